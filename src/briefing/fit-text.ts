/**
 * Fitting text to a length limit, for every platform and the core alike: cut after a whole word
 * (inside the first word only when no word fits), the cut marked "…", measured after the
 * platform's own escaping so an escape never pushes a value over its limit or gets split.
 */

/** Marks text that goes on elsewhere (cut or continued). */
export const ELLIPSIS = '…';

/** How plain text is turned into what a platform receives (escaping); the identity by default. */
export type Encode = (text: string) => string;

const identity: Encode = (text) => text;

interface Fitted {
  /** The encoded prefix, with the mark when something was left out. */
  text: string;
  /** How many characters of the plain input it covers. */
  consumed: number;
}

/** Largest n in [lo, hi] with ok(n), assuming ok is (mostly) monotone; lo - 1 when none. */
function largest(lo: number, hi: number, ok: (n: number) => boolean): number {
  let found = lo - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ok(mid)) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

// Text before a cut at a word: no trailing space before the mark.
const beforeCut = (text: string): string => text.trimEnd();

/**
 * The longest prefix of `text` that, encoded and followed by "…", fits in `max` characters; cut
 * after a word when any word fits, else inside the first word (still marked).
 */
function fitPrefix(text: string, max: number, encode: Encode): Fitted {
  const whole = encode(text);
  if (whole.length <= max) return { text: whole, consumed: text.length };
  if (max < ELLIPSIS.length) return { text: '', consumed: 0 };
  const fits = (end: number): boolean => encode(beforeCut(text.slice(0, end))).length + ELLIPSIS.length <= max;

  const boundaries: number[] = [];
  for (const match of text.matchAll(/\s+/g)) if (match.index > 0) boundaries.push(match.index);
  const best = largest(0, boundaries.length - 1, (i) => fits(boundaries[i]!));
  if (best >= 0) {
    const end = boundaries[best]!;
    const rest = /^\s*/.exec(text.slice(end))![0].length;
    return { text: encode(beforeCut(text.slice(0, end))) + ELLIPSIS, consumed: end + rest };
  }
  // No whole word fits: cut inside the first word, on a code point boundary.
  const codePoints = Array.from(text);
  const offsets: number[] = [];
  let offset = 0;
  for (const point of codePoints) offsets.push((offset += point.length));
  const count = largest(1, codePoints.length, (n) => fits(offsets[n - 1]!));
  const end = count >= 1 ? offsets[count - 1]! : 0;
  // Trimmed as `fits` measured it: a prefix of spaces alone would otherwise overrun the limit.
  return { text: encode(beforeCut(text.slice(0, end))) + ELLIPSIS, consumed: end };
}

/**
 * Encodes `text` and, when longer than `max`, cuts it after a whole word and marks the cut "…".
 * @example fitText('a long sentence', 8, markdownText) // 'a long…'
 */
export function fitText(text: string, max: number, encode: Encode = identity): string {
  return fitPrefix(text, max, encode).text;
}

/**
 * Encodes `text` as consecutive chunks of at most `max` characters each, split after whole words;
 * every chunk but the last ends with "…" and every chunk but the first starts with one. Nothing
 * is lost.
 */
export function splitText(text: string, max: number, encode: Encode = identity): string[] {
  const chunks: string[] = [];
  let rest = text;
  let continued = false;
  while (chunks.length === 0 || rest.length > 0) {
    const budget = continued ? max - ELLIPSIS.length : max;
    const fitted = fitPrefix(rest, budget, encode);
    if (fitted.consumed === 0 && rest.length > 0) {
      // Budget too small for a single character: give up rather than loop.
      chunks.push(fitText(rest, max, encode));
      break;
    }
    chunks.push((continued ? ELLIPSIS : '') + fitted.text);
    rest = rest.slice(fitted.consumed);
    continued = true;
  }
  return chunks;
}
