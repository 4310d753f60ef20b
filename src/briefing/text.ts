/**
 * Text helpers shared by the briefing core: folding names for matching (case, accents, punctuation),
 * content words for topic matching, and cleaning what users type before it is searched or echoed.
 */
import { fitText } from './fit-text.js';

// Control and invisible formatting characters (bidi overrides, zero-width joiners) never help a
// reader and can reorder or hide text on screen, so they are removed from anything we show.
const CONTROL = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

/**
 * Orders two strings by their code units: for ISO dates and instants the same order as
 * localeCompare, which runs the locale's collation on every call (a digest sorts hundreds of dates).
 * @example ['2025-03-09', '2025-03-08'].sort(byCodeUnits) // ['2025-03-08', '2025-03-09']
 */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Folds text for matching: no accents, lower case, abbreviation dots dropped ("U.S." -> "us"),
 * possessive 's dropped, every other non-letter/digit a space. One pass over the characters: this
 * runs on every paragraph a reply reads, so it avoids Unicode regular expressions.
 * @example foldText('Kim Jong-un') // 'kim jong un'
 */
export function foldText(text: string): string {
  const source = text.normalize('NFKD').toLowerCase();
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < source.length; i += 1) {
    const code = source.charCodeAt(i);
    if (isWordCode(code, source, i)) {
      if (pendingSpace && out !== '') out += ' ';
      pendingSpace = false;
      out += source[i];
      continue;
    }
    if (code >= 0x300 && code <= 0x36f) continue; // combining accents left by NFKD
    if (isApostrophe(code) && source[i + 1] === 's' && !isWordAt(source, i + 2)) {
      i += 1; // possessive 's
      pendingSpace = true;
      continue;
    }
    // A dot after a lone letter ("u.s.", "j. smith") joins or ends an abbreviation, not a word.
    if (code === 46 && isWordAt(source, i - 1) && !isWordAt(source, i - 2)) continue;
    pendingSpace = true;
  }
  return out;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordCode(code: number, text: string, i: number): boolean {
  if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) return true;
  if (code < 128 || (code >= 0x300 && code <= 0x36f)) return false;
  return WORD_CHAR.test(text[i]!);
}

function isWordAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isWordCode(text.charCodeAt(i), text, i);
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 96 || code === 0xb4;
}

/** A memoised `foldText` for hot loops over names that repeat (corpus loading). */
export function createFolder(): (text: string) => string {
  const memo = new Map<string, string>();
  return (text) => {
    let folded = memo.get(text);
    if (folded === undefined) {
      folded = foldText(text);
      memo.set(text, folded);
    }
    return folded;
  };
}

/** The folded words of a name or query. */
export function foldedTokens(text: string): string[] {
  const folded = foldText(text);
  return folded === '' ? [] : folded.split(' ');
}

/** Removes control characters and collapses whitespace; the text stays plain. */
export function stripControl(text: string): string {
  return text.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * What the user typed, made safe to show back: control characters gone, whitespace collapsed,
 * at most `max` characters (an ellipsis marks the cut). Renderers still escape it.
 */
export function echoUserText(text: string, max = 100): string {
  return fitText(stripControl(text), max);
}

/**
 * A user query reduced to what can be searched: chat mention syntax (`<@123>`, `<!channel>`,
 * `@everyone`) and markdown punctuation removed, capped so a huge paste costs nothing.
 */
export function searchableQuery(text: string, max = 200): string {
  return stripControl(text)
    .slice(0, max * 4)
    .replace(/<[@#!][^>]*>/g, ' ')
    .replace(/@(everyone|here|channel)\b/gi, ' ')
    .replace(/[*_~`|>\\[\]{}<]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, max);
}

/**
 * Command arguments as a log line shows them: each value without control characters and at most
 * 200 characters, so a pasted article never floods the log.
 * @example argsForLog({ name: 'x'.repeat(5000) }).name.length // 200
 */
export function argsForLog(args: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!args || typeof args !== 'object') return out;
  for (const [k, v] of Object.entries(args as Record<string, unknown>)) if (v !== undefined) out[k] = echoUserText(String(v), 200);
  return out;
}

/** Shortens article text for a line of a reply, cutting at a word boundary. */
export function clip(text: string, max: number): string {
  const clean = stripControl(text);
  if (clean.length <= max) return clean;
  // Cut after a word (fitText); then no comma or colon left dangling before the mark, read from
  // the end (an end-anchored pattern rescans runs).
  const fitted = fitText(clean, max);
  let end = fitted.length - 1;
  while (end > 0 && /[\s,;:]/.test(fitted[end - 1]!)) end--;
  return `${fitted.slice(0, end)}…`;
}

/** Splits a paragraph into sentences without breaking at abbreviations such as "U.S." or "Mr.". */
export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  // A sentence ends at . ! ? (plus closing quotes) followed by space and an upper-case letter or
  // opening quote, unless the word before the dot is a single letter or a common abbreviation.
  const boundary = /([.!?]["”’)]*)\s+(?=["“‘(]?\p{Lu})/gu;
  let start = 0;
  for (let m = boundary.exec(paragraph); m !== null; m = boundary.exec(paragraph)) {
    const before = paragraph.slice(start, m.index + 1);
    // The word before the mark, read back from it rather than matched over the whole sentence.
    let wordStart = before.length;
    while (wordStart > 0 && !/\s/.test(before[wordStart - 1]!)) wordStart--;
    const lastWord = before.slice(wordStart);
    if (m[1] === '.' && isAbbreviation(lastWord)) continue;
    const end = m.index + m[1]!.length;
    sentences.push(paragraph.slice(start, end).trim());
    start = end;
  }
  const rest = paragraph.slice(start).trim();
  if (rest !== '') sentences.push(rest);
  return sentences;
}

const ABBREVIATIONS = new Set([
  'mr.',
  'mrs.',
  'ms.',
  'dr.',
  'prof.',
  'sen.',
  'rep.',
  'gov.',
  'gen.',
  'col.',
  'lt.',
  'sgt.',
  'st.',
  'jr.',
  'sr.',
  'no.',
  'vs.',
  'inc.',
  'corp.',
  'co.',
  'ltd.',
  'jan.',
  'feb.',
  'mar.',
  'apr.',
  'aug.',
  'sept.',
  'sep.',
  'oct.',
  'nov.',
  'dec.',
  'u.s.',
  'u.n.',
  'u.k.',
  'e.u.',
  'a.m.',
  'p.m.',
  'etc.',
]);

function isAbbreviation(word: string): boolean {
  const w = word.replace(/^["“‘(]+/, '').toLowerCase();
  return ABBREVIATIONS.has(w) || /^(\p{L}\.)+$/u.test(w);
}
