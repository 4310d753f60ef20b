import { describe, expect, it } from 'vitest';
import type { AttributionTrace } from '../../../src/article/attribution/attribute-quotes.js';
import { parseArticle } from '../../../src/article/parse-article.js';

/** The speech classifier's features of the quoted span that starts with `start`; invented sentences. */
function shapeOf(paragraph: string, start: string): string[] {
  const trace: AttributionTrace = { quotes: [], mentions: [] };
  parseArticle(['Valley news', '', 'Ada Lorn wrote books about the valley.', '', paragraph].join('\n'), { trace });
  return trace.quotes.find((q) => q.text.startsWith(start))?.speech ?? [];
}

describe('a short quoted name set off by commas', () => {
  it('reads as an appositive with the comma outside the marks', () => {
    expect(shapeOf('Her first atlas, "The Mills of the Ash", was published in 1998.', 'The Mills')).toContain('q:appositive');
  });

  it('reads as an appositive with the comma inside the marks, as American copy sets it', () => {
    expect(shapeOf('Her first atlas, "The Mills of the Ash," was published in 1998.', 'The Mills')).toContain('q:appositive');
  });

  it('does not when a saying verb stands right after the words', () => {
    expect(shapeOf('On the hill, "We will stay here," she said.', 'We will stay')).not.toContain('q:appositive');
    expect(shapeOf('At the meeting, "We will stay," Lorn told them.', 'We will stay')).not.toContain('q:appositive');
  });

  it('does not when a saying verb leads into the words', () => {
    expect(shapeOf('Lorn said, "We will stay here," and left the hall.', 'We will stay')).not.toContain('q:appositive');
  });
});
