/**
 * Bounded views of a paragraph around a position. Patterns anchored at the end of "the text before
 * this name" used to run on the whole prefix for every name, which is quadratic in a long paragraph;
 * these helpers give them only the stretch a match can span, with the same result.
 */

const isSpace = (code: number) =>
  code === 32 ||
  (code >= 9 && code <= 13) ||
  code === 0xa0 ||
  code === 0x1680 ||
  (code >= 0x2000 && code <= 0x200a) ||
  code === 0x2028 ||
  code === 0x2029 ||
  code === 0x202f ||
  code === 0x205f ||
  code === 0x3000 ||
  code === 0xfeff;

/**
 * The index from which `text.slice(index, end)` holds at least `nonSpace` non-whitespace characters
 * (0 when the whole prefix holds fewer). A pattern anchored at `end` whose match holds at most
 * `nonSpace` non-whitespace characters, whatever the spacing, cannot start before it.
 */
export function startOfTail(text: string, end: number, nonSpace: number): number {
  let seen = 0;
  let k = end;
  while (k > 0 && seen < nonSpace) {
    k--;
    if (!isSpace(text.charCodeAt(k))) seen++;
  }
  return k;
}

/**
 * The first match of `pattern` (which must carry the g or y flag) at or after `from` in `text`.
 * Unlike running it on `text.slice(from)`, `^`, `\b` and look-behinds still see the whole text.
 */
export function execFrom(pattern: RegExp, text: string, from: number): RegExpExecArray | null {
  pattern.lastIndex = from;
  const match = pattern.exec(text);
  pattern.lastIndex = 0;
  return match;
}

/**
 * `[...text.matchAll(pattern)]` for a pattern with the g flag, found by `exec` on the pattern itself
 * rather than on the copy `matchAll` makes at every call (the copy and its iterator cost more than
 * the search where a pattern seldom matches). Starts, like `matchAll`, at the pattern's `lastIndex`,
 * and leaves that as it found it.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError('allMatches needs a pattern with the g flag');
  const from = pattern.lastIndex;
  const found: RegExpExecArray[] = [];
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    found.push(m);
    // An empty match: step over one character (a whole code point under the u or v flag), as matchAll does.
    if (m[0] === '') {
      const at = pattern.lastIndex;
      const wide = /[uv]/.test(pattern.flags) && at + 1 < text.length && text.codePointAt(at)! > 0xffff;
      pattern.lastIndex = at + (wide ? 2 : 1);
    }
  }
  pattern.lastIndex = from;
  return found;
}

/** `text.trim().split(/\s+/).filter(Boolean).length`: the runs of non-whitespace, counted without splitting. */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let k = 0; k < text.length; k++) {
    const space = isSpace(text.charCodeAt(k));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** `countWords(text) > limit`, reading no further than the word past the limit. */
export function hasMoreWordsThan(text: string, limit: number): boolean {
  let words = 0;
  let inWord = false;
  for (let k = 0; k < text.length; k++) {
    const space = isSpace(text.charCodeAt(k));
    if (!space && !inWord && ++words > limit) return true;
    inWord = !space;
  }
  return false;
}

/** `text.trimEnd().split(/\s+/).slice(-count)`, reading only the last `count` words from the end. */
export function lastWords(text: string, count: number): string[] {
  if (count <= 0) return text.trimEnd().split(/\s+/).slice(-count);
  let k = text.length;
  while (k > 0 && isSpace(text.charCodeAt(k - 1))) k--;
  const words: string[] = [];
  while (words.length < count) {
    let start = k;
    while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--;
    words.push(text.slice(start, k));
    if (start === 0) break;
    k = start;
    while (k > 0 && isSpace(text.charCodeAt(k - 1))) k--;
    // Whitespace at the very start: split() gives an empty first piece.
    if (k === 0) {
      if (words.length < count) words.push('');
      break;
    }
  }
  return words.reverse();
}

const globalCopies = new WeakMap<RegExp, RegExp>();

/**
 * `pattern.exec(text)` for a pattern anchored at the end (`$`) whose match holds at most `nonSpace`
 * characters that are not whitespace: only the end of the text is searched.
 */
export function matchAtEnd(pattern: RegExp, text: string, nonSpace: number): RegExpExecArray | null {
  let global = globalCopies.get(pattern);
  if (!global) {
    global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    globalCopies.set(pattern, global);
  }
  return execFrom(global, text, startOfTail(text, text.length, nonSpace));
}

/** `/\b\d+\s+$/.test(text)` (a number, then spaces, at the end) without scanning the whole text. */
export function endsWithNumberAndSpace(text: string): boolean {
  const trimmed = text.trimEnd();
  if (trimmed.length === text.length) return false;
  let k = trimmed.length;
  while (k > 0 && trimmed.charCodeAt(k - 1) >= 48 && trimmed.charCodeAt(k - 1) <= 57) k--;
  return k < trimmed.length && (k === 0 || !/\w/.test(trimmed[k - 1]!));
}

const isSpaceAt = (text: string, k: number) => isSpace(text.charCodeAt(k));

/**
 * The index where the last `count` whitespace-separated words of `text` begin (with any spaces
 * after them). A pattern with no `^` or look-behind, anchored at the end and spanning at most
 * `count` words, matches `text.slice(index)` exactly when it matches `text`.
 */
export function startOfLastWords(text: string, count: number): number {
  let k = text.length;
  for (let words = 0; words < count && k > 0; words++) {
    while (k > 0 && isSpaceAt(text, k - 1)) k--;
    while (k > 0 && !isSpaceAt(text, k - 1)) k--;
  }
  return k;
}

/**
 * The letters (in lower case) that end `text` before the spaces at its end: '' when it does not end
 * in spaces or no letter stands before them; null (read nothing into it) when a character outside
 * ASCII stands among the last word's, which case-insensitive patterns may read as a letter.
 */
export function lastWordBeforeSpaces(text: string): string | null {
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  if (end === text.length) return '';
  let start = end;
  for (; start > 0; start--) {
    const c = text.charCodeAt(start - 1);
    if (c >= 128 && !isSpace(c)) return null;
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) break;
  }
  // A character outside ASCII just before the letters may join them under the u and i flags.
  for (let k = start - 1; k >= 0 && !isSpace(text.charCodeAt(k)); k--) if (text.charCodeAt(k) >= 128) return null;
  return text.slice(start, end).toLowerCase();
}

/** `/^\s/.test(text)`, read from the first character code. */
export function startsWithSpace(text: string): boolean {
  return text.length > 0 && isSpace(text.charCodeAt(0));
}

/** Whether `text` ends in a comma, whitespace after it aside: `/,\s*$/.test(text)` read from the end. */
export function endsWithComma(text: string): boolean {
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  return end > 0 && text.charCodeAt(end - 1) === 44;
}

/** `text.split(/\s+/).length >= count`, counting only as far as needed. */
export function hasPieces(text: string, count: number): boolean {
  // split() gives one piece more than there are runs of whitespace.
  let runs = 0;
  for (let k = 0; k < text.length && runs + 1 < count; k++) {
    if (isSpaceAt(text, k) && (k === 0 || !isSpaceAt(text, k - 1))) runs++;
  }
  return runs + 1 >= count;
}

/** Removes the characters of `set` from both ends, like `replace(/^[set]+|[set]+$/g, '')`. */
export function trimChars(text: string, set: (char: string) => boolean): string {
  let start = 0;
  let end = text.length;
  while (start < end && set(text[start]!)) start++;
  while (end > start && set(text[end - 1]!)) end--;
  return text.slice(start, end);
}

/** `text.split(/\s+/).at(-1)`: what follows the last whitespace (empty when the text ends with it). */
export function lastPiece(text: string): string {
  let k = text.length;
  while (k > 0 && !isSpaceAt(text, k - 1)) k--;
  return text.slice(k);
}

/** Removes the characters of `set` from the end, like `replace(/[set]+$/, '')`. */
export function trimEndChars(text: string, set: (char: string) => boolean): string {
  let end = text.length;
  while (end > 0 && set(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/**
 * `text.slice(start, end)` with up to `context` characters either side, cut at whole words: the
 * excerpt a long sentence is shown by, so output grows with the input and not with its square.
 */
export function excerptAround(text: string, start: number, end: number, context: number): string {
  let from = Math.max(0, start - context);
  let to = Math.min(text.length, end + context);
  if (from > 0 && !isSpaceAt(text, from - 1)) {
    const space = text.indexOf(' ', from);
    from = space >= 0 && space < start ? space + 1 : start;
  }
  if (to < text.length && !isSpaceAt(text, to)) {
    const space = text.lastIndexOf(' ', to);
    to = space >= end ? space : end;
  }
  return text.slice(from, to).trim();
}

/**
 * A test for "is this offset inside one of these [start, end) ranges", answered by binary search
 * over the ranges sorted by start with the furthest end reached so far (exact even if they overlap).
 */
export function insideAny(ranges: Array<[number, number]>): (offset: number) => boolean {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const furthest: number[] = [];
  for (const [, end] of sorted) furthest.push(Math.max(end, furthest.at(-1) ?? -Infinity));
  return (offset) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]![0] <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && furthest[lo - 1]! > offset;
  };
}

const startField = (item: unknown) => (item as { start: number }).start;

/** The index of the first item of `list` (in text order) that starts at or after `offset`. */
function firstStartingAt<T>(list: T[], offset: number, startOf: (item: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (startOf(list[mid]!) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The items of a list in text order that start in [from, to), found by binary search. */
export function startingBetween<T>(list: T[], from: number, to: number, startOf: (item: T) => number = startField): T[] {
  return list.slice(firstStartingAt(list, from, startOf), firstStartingAt(list, to, startOf));
}
