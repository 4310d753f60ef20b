import { describe, expect, it } from 'vitest';
import { findAttributions } from '../../src/llm/attribution.js';
import { sentenceProblem } from '../../src/llm/grounding.js';
import { harbour } from './invented-article.js';

const citing = (paragraph: number) => [{ article: harbour, paragraph }];

describe('a model sentence that attributes words to someone', () => {
  it.each([
    ['an invented unquoted claim citing a real paragraph', 'Veldt said the council ended the talks with the ferry operators.', 1],
    ['words the paragraph gives to another source', 'Veldt said the harbour bridge will reopen in May.', 0],
    ["a claim given to the source's subject instead of its source", 'The council accused the union of ignoring safety warnings about the old bridge.', 3],
    ['the negation dropped from what was said', 'Veldt said ferry routes would be cut.', 1],
    ['a position put after the words ("..., Veldt said")', 'The union approved the budget, Veldt said.', 2],
    ['"according to" a source that said something else', "According to the fishermen's union, the bridge will reopen in May.", 0],
    ["one source's words reported as another's", 'Veldt said the council denied the accusation.', 3],
  ])('is refused for %s', (_what, sentence, paragraph) => {
    expect(sentenceProblem(sentence, citing(paragraph))).toBe('unbacked attribution');
  });

  it.each([
    ['a faithful paraphrase of a stored claim', "The fishermen's union accused the council of ignoring warnings about the old bridge's safety.", 3],
    ['a paraphrase of what the paragraph says the source said', 'Veldt said the repairs would cost less than expected.', 1],
    ['the negation kept in other words', 'Veldt said no ferry routes would be cut.', 1],
    ['the source named after the words', 'The bridge will reopen in May after repairs, the city council said.', 0],
    ['a pronoun for the source of a stored quote', 'She said the work would restore full traffic by the summer.', 2],
    ['"according to" the source that said it', 'According to the city council, the harbour bridge will reopen in May.', 0],
    ['a statement of fact that attributes nothing', 'The harbour bridge will reopen in May.', 0],
  ])('is kept for %s', (_what, sentence, paragraph) => {
    expect(sentenceProblem(sentence, citing(paragraph))).toBeNull();
  });

  it('finds who and what in the usual shapes', () => {
    expect(findAttributions('Veldt said the council ended the talks.')).toEqual([{ source: 'Veldt', content: ' the council ended the talks.' }]);
    expect(findAttributions('The talks ended, the council said on Monday.')).toEqual([{ source: 'the council', content: 'The talks ended' }]);
    expect(findAttributions('The bridge is old.')).toEqual([]);
  });
});
