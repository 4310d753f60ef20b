/**
 * Text from articles and users, made safe for Discord: control characters removed, markdown
 * escaped, mentions broken visually, and cut to a length only at a word boundary with a "…" mark.
 */

/** Marks text that goes on elsewhere (cut or continued). */
export const ELLIPSIS = '…';
const ZERO_WIDTH_SPACE = '\u200b';

// C0/C1 controls except newline and tab, and bidi overrides that could flip the layout of a line.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Removes control and bidi-override characters, normalises line ends, turns tabs into spaces. */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(UNSAFE_CHARACTERS, '');
}

/** Collapses all whitespace (newlines included) into single spaces, for one-line places. */
export function singleLine(text: string): string {
  return cleanText(text).replace(/\s+/g, ' ').trim();
}

/**
 * Escapes Discord markdown: inline markers everywhere, block markers (headings, quotes, lists,
 * subtext) at the start of a line.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\*_~`|[\]]/g, '\\$&')
    .replace(/^([ ]*)([#>+-])/gm, '$1\\$2')
    .replace(/^([ ]*\d+)\.(?=\s|$)/gm, '$1\\.');
}

/**
 * Makes mention syntax inert to the eye as well as to Discord: a zero-width space after every
 * `@` (so `@everyone`, `@here`, `<@123>`, `<@&123>` do not form) and after every `<` (so channel,
 * command, emoji and timestamp tags such as `<#123>` do not form either).
 */
export function neutraliseMentions(text: string): string {
  return text.replace(/[@<]/g, `$&${ZERO_WIDTH_SPACE}`);
}

/** Article or user text for places Discord renders as markdown (titles, descriptions, fields). */
export function markdownText(text: string): string {
  return neutraliseMentions(escapeMarkdown(cleanText(text)));
}

/** Markdown-safe text on one line (titles, field names). */
export function markdownLine(text: string): string {
  return neutraliseMentions(escapeMarkdown(singleLine(text)));
}

/** Text for places Discord shows as is, on one line (footers, button labels, choice names). */
export function plainLine(text: string): string {
  return neutraliseMentions(singleLine(text));
}

/** How plain text is turned into what Discord receives. */
export type Encode = (text: string) => string;

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

/**
 * The longest prefix of `text` that, encoded and followed by "…", fits in `max` characters; cut
 * after a word when any word fits, else inside the first word (still marked).
 */
function fitPrefix(text: string, max: number, encode: Encode): Fitted {
  const whole = encode(text);
  if (whole.length <= max) return { text: whole, consumed: text.length };
  if (max < ELLIPSIS.length) return { text: '', consumed: 0 };
  const fits = (end: number): boolean => encode(text.slice(0, end).trimEnd()).length + ELLIPSIS.length <= max;

  const boundaries: number[] = [];
  for (const match of text.matchAll(/\s+/g)) if (match.index > 0) boundaries.push(match.index);
  const best = largest(0, boundaries.length - 1, (i) => fits(boundaries[i]!));
  if (best >= 0) {
    const end = boundaries[best]!;
    const rest = /^\s*/.exec(text.slice(end))![0].length;
    return { text: encode(text.slice(0, end).trimEnd()) + ELLIPSIS, consumed: end + rest };
  }
  // No whole word fits: cut inside the first word, on a code point boundary.
  const codePoints = Array.from(text);
  const offsets: number[] = [];
  let offset = 0;
  for (const point of codePoints) offsets.push((offset += point.length));
  const count = largest(1, codePoints.length, (n) => fits(offsets[n - 1]!));
  const end = count >= 1 ? offsets[count - 1]! : 0;
  // Trimmed as `fits` measured it: a prefix of spaces alone would otherwise overrun the limit.
  return { text: encode(text.slice(0, end).trimEnd()) + ELLIPSIS, consumed: end };
}

/**
 * Encodes `text` and, when longer than `max`, cuts it after a whole word and marks the cut "…".
 * @example fitText('a long sentence', 8, markdownText) // 'a long…'
 */
export function fitText(text: string, max: number, encode: Encode): string {
  return fitPrefix(text, max, encode).text;
}

/**
 * Encodes `text` as consecutive chunks of at most `max` characters each, split after whole words;
 * every chunk but the last ends with "…" and every chunk but the first starts with one. Nothing
 * is lost.
 */
export function splitText(text: string, max: number, encode: Encode): string[] {
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
