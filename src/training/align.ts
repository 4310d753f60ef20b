/**
 * Offsets in the parser's paragraphs back to offsets in the raw article text, so that what the
 * parser finds (quotes, names) can be matched with annotations made on the raw text. The parser
 * normalises characters (curly to straight quotes, "…" to "...", zero-width characters dropped),
 * lifts out headlines and captions and may re-join lines, so each paragraph is located in the
 * normalised raw text and the normalised text is mapped back character by character.
 */
import { normalizeText } from '../article/normalize.js';

/** Maps (paragraph, offset) in the parser's output to an offset in the raw text, or -1. */
export interface OffsetMap {
  toRaw(paragraph: number, offset: number): number;
  /** Paragraphs that could not be found in the raw text. */
  unaligned: number;
}

/**
 * For each index of `normalizeText(raw)`, the raw index it came from. Walks both texts together:
 * each raw character normalises to zero or more characters; a repair that spans several raw
 * characters maps its result to the first of them, and any other mismatch steps both sides by one.
 */
function normalizedToRaw(raw: string, normalized: string): Int32Array {
  const map = new Int32Array(normalized.length + 1).fill(-1);
  let j = 0;
  for (let i = 0; i < raw.length && j < normalized.length; i++) {
    const n = raw[i] === '\r' ? (raw[i + 1] === '\n' ? '' : '\n') : normalizeText(raw[i]!);
    if (n.length && normalized.startsWith(n, j)) {
      for (let k = 0; k < n.length; k++) map[j + k] = i;
      j += n.length;
    } else if (n.length) {
      // A repair over several raw characters ("Ã©" -> "é", "e" and a combining accent -> "é"): the
      // shortest run of raw characters that normalises to what stands here, all mapped to its first.
      const k = repairedRun(raw, i, normalized, j);
      if (k) {
        const m = normalizeText(raw.slice(i, i + k));
        for (let q = 0; q < m.length; q++) map[j + q] = i;
        j += m.length;
        i += k - 1;
      } else {
        map[j] = i;
        j++;
      }
    }
  }
  map[normalized.length] = raw.length;
  return map;
}

/**
 * How many raw characters from `i` (two to eight: a letter encoded twice over and decomposed is six)
 * normalise to the text at `j`, or 0.
 */
function repairedRun(raw: string, i: number, normalized: string, j: number): number {
  for (let k = 2; k <= 8 && i + k <= raw.length; k++) {
    const m = normalizeText(raw.slice(i, i + k));
    if (m.length && normalized.startsWith(m, j)) return k;
  }
  return 0;
}

/** Builds the offset map of a parse's paragraphs over its raw text. */
export function alignParagraphs(raw: string, paragraphs: string[]): OffsetMap {
  const normalized = normalizeText(raw);
  const map = normalizedToRaw(raw, normalized);
  const starts: number[] = [];
  let cursor = 0;
  let unaligned = 0;
  for (const paragraph of paragraphs) {
    let at = normalized.indexOf(paragraph, cursor);
    if (at < 0) at = normalized.indexOf(paragraph);
    // A paragraph the parser changed (furniture stripped, lines re-joined): place it by its opening words.
    if (at < 0) at = normalized.indexOf(paragraph.slice(0, 40), cursor);
    if (at < 0) unaligned++;
    starts.push(at);
    if (at >= 0) cursor = at + Math.min(paragraph.length, 40);
  }
  return {
    unaligned,
    toRaw(paragraph, offset) {
      const start = starts[paragraph] ?? -1;
      if (start < 0) return -1;
      return map[Math.min(normalized.length, start + offset)] ?? -1;
    },
  };
}
