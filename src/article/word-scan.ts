/**
 * The words and marks of a text, as `/[\p{L}\p{N}](?:[\p{L}\p{N}'.&-]*[\p{L}\p{N}.'])?|[^\s\p{L}\p{N}]/gu`
 * finds them, found by a scan over character codes: a letter or digit starts a word that runs over
 * letters, digits, "'", ".", "&" and "-" and ends at its last letter, digit, "'" or "."; any other
 * character but a space is a token of its own. Plain ASCII is classified by code, anything else by
 * the same Unicode properties as the pattern (a character outside the Basic Multilingual Plane counts
 * as one).
 */

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const SPACE = /^\s$/u;

const isAsciiLetterOrDigit = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isLetterOrDigit = (c: number) => (c < 128 ? isAsciiLetterOrDigit(c) : LETTER_OR_DIGIT.test(String.fromCodePoint(c)));
const isSpace = (c: number) => (c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(String.fromCodePoint(c)));
const APOSTROPHE = 39;
const PERIOD = 46;
const AMPERSAND = 38;
const HYPHEN = 45;

/** Calls `each(start, end)` for every word and mark of `text`, in order. */
export function scanWords(text: string, each: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.codePointAt(i)!;
    const width = c > 0xffff ? 2 : 1;
    if (isSpace(c)) {
      i += width;
      continue;
    }
    if (!isLetterOrDigit(c)) {
      each(i, i + width);
      i += width;
      continue;
    }
    let j = i + width;
    // End of the word: after its last letter, digit, "'" or "."; "&" and "-" only inside.
    let end = j;
    while (j < n) {
      const d = text.codePointAt(j)!;
      const w = d > 0xffff ? 2 : 1;
      if (d === APOSTROPHE || d === PERIOD || isLetterOrDigit(d)) end = j + w;
      else if (d !== AMPERSAND && d !== HYPHEN) break;
      j += w;
    }
    each(i, end);
    i = end;
  }
}
