import { describe, expect, it } from 'vitest';
import { createCueFinder } from '../../src/article/cues.js';
import { createGroupFinder } from '../../src/article/groups.js';
import { loadLexicon, readFirstNames } from '../../src/article/lexicon.js';
import { findMentions } from '../../src/article/mentions.js';
import { kindBefore } from '../../src/article/name-context.js';
import { splitSentences } from '../../src/article/sentences.js';
import { allMatches, countWords, endsWithComma, lastWordBeforeSpaces, lastWords, startsWithSpace } from '../../src/article/text-window.js';

describe('the given-names file is read line by line', () => {
  it('keeps each name with its gender and skips comments, blank lines and one-letter names', () => {
    const names = readFirstNames('# a comment\nanna\tf\n\nbo\tm\tlater field\nx\tf\nkim\n');
    expect([...names]).toEqual([
      ['anna', 'f'],
      ['bo', 'm'],
      ['kim', 'u'],
    ]);
  });
});

describe('groups named by a nationality are found where a nationality starts', () => {
  const groups = createGroupFinder(loadLexicon());
  const found = (text: string) => groups(text, 0).map((g) => [g.name, g.text]);

  it('finds a nationality and a collective noun, with words between', () => {
    expect(found('Chilean mining ministry officials and French authorities met.')).toContainEqual(['French authorities', 'French authorities']);
    expect(found('The Chilean mining ministry said so.')).toContainEqual(['Chilean mining ministry', 'Chilean mining ministry']);
  });

  it('takes a shorter nationality when the longer one is not followed by a group', () => {
    expect(found('U.S. officials said so.')).toContainEqual(['U.S. officials', 'U.S. officials']);
  });

  it('reads a place before a possessive and a bare noun later', () => {
    expect(found("Norway's foreign ministry said the ministry would reply.").map(([name]) => name)).toEqual(["Norway's foreign ministry", '']);
  });

  it('finds nothing inside a longer word', () => {
    expect(found('XFrench authorities')).toEqual([['', 'authorities']]);
  });
});

describe('sentences are split once per paragraph', () => {
  it('gives fresh sentence objects each time, so a caller cannot change another one', () => {
    const text = 'The dam held. Engineers said so.';
    const first = splitSentences(text);
    first[0]!.text = 'changed';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['The dam held.', 'Engineers said so.']);
  });
});

describe('the last words of a text are read from its end', () => {
  it('gives what splitting the trimmed text at whitespace gives', () => {
    for (const [text, count] of [
      ['said the former  minister ', 3],
      ['  two words', 5],
      ['one', 2],
      ['', 1],
      ['a\u00a0b\tc\nd', 2],
    ] as const) {
      expect(lastWords(text, count)).toEqual(text.trimEnd().split(/\s+/).slice(-count));
    }
  });
});

describe('reporting cues are looked up word by word from a hash of their letters', () => {
  const cues = createCueFinder(loadLexicon());
  const found = (text: string) => cues.find(text).map((c) => [c.text, c.form]);

  it('finds verbs and nouns in lower case only, whatever the case of the letters after the first', () => {
    expect(found('The mayor saID the plan failed.')).toEqual([['saID', 'verb']]);
    // ("claims" after "with" is a plural noun, as after a determiner.)
    expect(found('Said the mayor, with claims of fraud.')).toEqual([['claims', 'noun']]);
    expect(found('Said the mayor, who claims fraud.')).toEqual([['claims', 'verb']]);
  });

  it('skips words joined by hyphens and words that only contain a cue', () => {
    expect(found('A said-so story, unsaid and resaid.')).toEqual([]);
  });

  it('reads a cue at the very start or end of the text, and none joined by a hyphen there', () => {
    expect(found('said')).toEqual([['said', 'verb']]);
    expect(found('Aides denied')).toEqual([['denied', 'verb']]);
    expect(found('-said it')).toEqual([]);
    expect(found('a plan half-said')).toEqual([]);
  });

  it('still reads phrases from their first word, in any case', () => {
    expect(found('Officials Weighed in on the vote, according to aides.').map(([text]) => text)).toEqual(['Weighed in', 'according to']);
  });
});

describe('words are counted without splitting', () => {
  it('gives what splitting the trimmed text at whitespace gives', () => {
    for (const text of ['', '   ', 'one', ' two  words ', 'tab\tand\nnew line', '\u00a0no-break\u2009thin\u3000wide ', 'a,b c.'])
      expect(countWords(text)).toBe(text.trim().split(/\s+/).filter(Boolean).length);
  });
});

describe('all matches of a pattern are found without copying it', () => {
  const same = (pattern: RegExp, text: string) => {
    const expected = [...text.matchAll(pattern)].map((m) => [m.index, ...m]);
    expect(allMatches(pattern, text).map((m) => [m.index, ...m])).toEqual(expected);
    expect(pattern.lastIndex).toBe(0);
  };

  it('gives what matchAll gives, empty matches and wide characters included', () => {
    same(/\b(\w+)day\b/g, 'Monday, then Tuesday and a holiday');
    same(/x*/g, 'axxb');
    same(/(?:)/gu, 'a\u{1F600}b');
    same(/\d+/g, 'none here');
  });

  it('refuses a pattern without the g flag, as matchAll does', () => {
    expect(() => allMatches(/a/, 'a')).toThrow(TypeError);
  });
});

describe('names skip lexicon look-ups that cannot match', () => {
  const lex = loadLexicon();
  const names = (text: string) => findMentions(text, 0, lex).map((m) => [m.text, m.title]);

  it('still reads a gazetteer name with a possessive in it whole, and a possessive before another name apart', () => {
    expect(names("Envoys of the Lao People's Democratic Republic arrived.")).toContainEqual(["Lao People's Democratic Republic", '']);
    expect(names("Bremvik's Tarla Osk spoke first.")).toEqual([
      ['Bremvik', ''],
      ['Tarla Osk', ''],
    ]);
  });

  it('joins a possessive before an organisation word into one name, which is then no possessive', () => {
    const [mention] = findMentions("The Kessa Fishermen's Association's boats stayed in port.", 0, lex);
    expect([mention?.text, mention?.possessive]).toEqual(["Kessa Fishermen's Association", true]);
    const [inside] = findMentions("The Kessa Fishermen's Association met.", 0, lex);
    expect([inside?.text, inside?.possessive]).toEqual(["Kessa Fishermen's Association", false]);
  });

  it('drops a function word that only opens a sentence, and keeps the name after it', () => {
    expect(names('The vote passed. But Ivel Danso objected.')).toEqual([['Ivel Danso', '']]);
  });

  it('still splits off titles of several words and demonyms in front of a name', () => {
    expect(names('Deputy Prime Minister Orla Venn spoke.')).toEqual([['Orla Venn', 'Deputy Prime Minister']]);
    expect(names('South African Teo Marr spoke.')).toEqual([['Teo Marr', 'South African']]);
  });
});

describe('the words before a name are matched only when they end in a word a pattern can end in', () => {
  const lex = loadLexicon();
  const facts = { words: 1, hasTitle: false, possessive: false, looksLikeOrganization: false, placeNounAfter: false };
  const kind = (before: string, words = 1) => kindBefore(before, { ...facts, words }, lex);

  it('reads the last word before the spaces at the end, in lower case', () => {
    expect(lastWordBeforeSpaces('residents of ')).toBe('of');
    expect(lastWordBeforeSpaces('flew back IN\u00a0\t')).toBe('in');
    expect(lastWordBeforeSpaces('said Tuesday, ')).toBe('');
    expect(lastWordBeforeSpaces('no space at the end')).toBe('');
    expect(lastWordBeforeSpaces('')).toBe('');
  });

  it('reads nothing into a last word with a character outside ASCII, which the patterns may take for a letter', () => {
    expect(lastWordBeforeSpaces('acro\u017fs ')).toBeNull();
    expect(lastWordBeforeSpaces('caf\u00e9-in ')).toBeNull();
  });

  it('gives the kinds the patterns give', () => {
    expect(kind('shares in ')).toBe('organization');
    expect(kind('the final between Harlow Rovers and ')).toBe('organization');
    expect(kind('residents of ')).toBe('place');
    expect(kind('Residents Of ')).toBe('place');
    expect(kind('the ferry diverted back to ')).toBe('place');
    expect(kind('a dairy farmer from ')).toBe('place');
    expect(kind('Officials in ')).toBe('place');
    expect(kind('The ')).toBe('organization');
    expect(kind('the unions Brelco and ')).toBe('organization');
    expect(kind('its chairwoman, ', 2)).toBe('person');
    expect(kind('said ')).toBeNull();
    expect(kind('residents of')).toBeNull();
  });
});

describe('a comma at the end is found from the end', () => {
  it('gives what /,\\s*$/ gives', () => {
    for (const text of ['', ',', 'a, ', 'a,\u00a0\n', 'a ,b', 'a.', ' ,  x']) expect(endsWithComma(text)).toBe(/,\s*$/.test(text));
  });

  it('and a space at the start from the first character', () => {
    for (const text of ['', ' a', '\u00a0a', '\u2009', 'a ', ',a']) expect(startsWithSpace(text)).toBe(/^\s/.test(text));
  });
});
