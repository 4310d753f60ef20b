import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/article/normalize.js';
import { alignParagraphs } from '../../src/training/align.js';

/** Where a piece of the normalised paragraph stands in the raw text, through the offset map. */
function rawOffsetOf(raw: string, piece: string): number {
  const paragraph = normalizeText(raw);
  return alignParagraphs(raw, [paragraph]).toRaw(0, paragraph.indexOf(piece));
}

describe('mapping the parser’s offsets back to the raw text', () => {
  it('keeps offsets after curly quotes and an ellipsis, which normalise character by character', () => {
    const raw = 'Luc Bera said \u201Cwe stay\u2026\u201D and left the hall.';
    expect(rawOffsetOf(raw, 'left')).toBe(raw.indexOf('left'));
  });

  it('keeps offsets after mojibake that was repaired, once or twice over, composed or decomposed', () => {
    for (const raw of [
      'Luc B\u00c3\u00a9ra said "we stay" and left.',
      'Luc BA\u0303\u00a9ra said "we stay" and left.',
      'Luc Be\u0301ra said "we stay" and left.',
      'Luc B\u00c3\u0083\u00c2\u00a9ra said "we stay" and left.',
      'Luc BA\u0303\u0083A\u0302\u00a9ra said "we stay" and left.',
    ]) {
      expect(normalizeText(raw)).toContain('Béra');
      expect(rawOffsetOf(raw, '"we stay"')).toBe(raw.indexOf('"we stay"'));
      expect(rawOffsetOf(raw, 'left')).toBe(raw.indexOf('left'));
    }
  });
});
