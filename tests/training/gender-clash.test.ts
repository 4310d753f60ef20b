import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/article/lexicon.js';
import { createParserResources } from '../../src/article/parse-article.js';
import { readBratAttributions } from '../../src/training/brat.js';
import type { AnnotatedArticle } from '../../src/training/corpus.js';
import { articleExamples } from '../../src/training/examples.js';

/** Brat lines for one attribution whose Source, Cue and Content are the first occurrences of these words after `from`. */
function relation(text: string, n: number, source: string, cue: string, content: string, from = 0): string {
  const at = (s: string) => {
    const i = text.indexOf(s, from);
    if (i < 0) throw new Error(`no "${s}" in the invented text`);
    return `${i} ${i + s.length}\t${s}`;
  };
  const t = 4 * n;
  return [
    `T${t + 1}\tSource ${at(source)}`,
    `T${t + 2}\tCue ${at(cue)}`,
    `T${t + 3}\tContent ${at(content)}`,
    `E${n + 1}\tAttribution:T${t + 2} Content:T${t + 3} Cue:T${t + 2} Source:T${t + 1}`,
  ].join('\n');
}

describe('which quotes teach the speaker ranker', () => {
  const resources = createParserResources(loadLexicon(), null);
  const article = (text: string, ann: string): AnnotatedArticle => ({ name: 'invented', textPath: 'invented.txt', text, relations: readBratAttributions(ann) });

  it('leaves out a quote whose "he" the annotation credits to the nearest named source, a woman', () => {
    const text = [
      'Harbour board votes on dredging',
      '',
      'Mayor Anna Lindqvist said on Monday that the harbour would be dredged in the spring.',
      '',
      'Her deputy had doubts. "The channel silts up again within a year," he said.',
    ].join('\n');
    const quoteStart = text.indexOf('"The channel');
    const ann = [
      relation(text, 0, 'Mayor Anna Lindqvist', 'said', 'the harbour would be dredged in the spring'),
      relation(text, 1, 'he', 'said', 'The channel silts up again within a year', quoteStart),
    ].join('\n');
    const ex = articleExamples(article(text, ann), resources);
    expect(ex.counts.clash).toBe(1);
    expect(ex.speaker).toHaveLength(0);
  });

  it('keeps a quote whose "she" the annotation credits to that same woman', () => {
    const text = [
      'Harbour board votes on dredging',
      '',
      'Mayor Anna Lindqvist said on Monday that the harbour would be dredged in the spring.',
      '',
      'She was firm. "The channel will be dredged before the ferries run," she said.',
    ].join('\n');
    const quoteStart = text.indexOf('"The channel');
    const ann = [
      relation(text, 0, 'Mayor Anna Lindqvist', 'said', 'the harbour would be dredged in the spring'),
      relation(text, 1, 'she', 'said', 'The channel will be dredged before the ferries run', quoteStart),
    ].join('\n');
    const ex = articleExamples(article(text, ann), resources);
    expect(ex.counts.clash).toBe(0);
    expect(ex.speaker.length).toBeGreaterThanOrEqual(1);
  });
});
