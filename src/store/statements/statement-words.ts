/**
 * The words of a statement as the cross-article match reads them: folded (case, accents and
 * punctuation do not count), cut into segments where an outlet left words out ("..." or "[...]"), so
 * that a trimmed or elided quote is found inside the full one and different words never are.
 * Pure functions; the store keeps the folded words of every report.
 */
import { foldText } from '../../briefing/text.js';

/** A statement's words: all of them in order, and the runs an ellipsis or a bracket separates. */
export interface StatementWords {
  tokens: string[];
  segments: string[][];
}

/** Where an outlet left words out or put its own in: an ellipsis, or words in square brackets. */
const GAP = /\.{3}|\u2026|\. \. \.|\[[^\]]{0,80}\]/g;

/**
 * The words of a text, folded, with its gaps.
 * @example statementWords('We will ... rebuild the pier.').segments // [['we', 'will'], ['rebuild', 'the', 'pier']]
 */
export function statementWords(text: string): StatementWords {
  const segments = text
    .split(GAP)
    .map((piece) => foldText(piece).split(' ').filter(Boolean))
    .filter((segment) => segment.length > 0);
  return { tokens: segments.flat(), segments };
}

/**
 * Whether every segment of `part` stands, contiguous and in order, in `whole`: a trimmed form of the
 * same words, however the outlet cut them.
 */
export function holdsWords(whole: readonly string[], part: StatementWords): boolean {
  if (part.tokens.length === 0 || part.tokens.length > whole.length) return false;
  // Most pairs share few words: a word of the part missing from the whole settles it at once.
  const present = new Set(whole);
  if (!part.tokens.every((t) => present.has(t))) return false;
  let from = 0;
  for (const segment of part.segments) {
    const at = indexOfRun(whole, segment, from);
    if (at < 0) return false;
    from = at + segment.length;
  }
  return true;
}

function indexOfRun(whole: readonly string[], run: readonly string[], from: number): number {
  outer: for (let i = from; i + run.length <= whole.length; i++) {
    for (let k = 0; k < run.length; k++) if (whole[i + k] !== run[k]) continue outer;
    return i;
  }
  return -1;
}

/** The fewest words a trimmed form needs to be matched inside a longer one; shorter ones must be equal. */
export const MIN_TRIMMED_WORDS = 3;

/**
 * How two wordings of one speaker relate: the same words ('same'), one a trimmed form of the other
 * ('trimmed': `a` holds `b` or `b` holds `a`), or neither.
 */
export function relation(a: StatementWords, b: StatementWords): 'same' | 'a-holds-b' | 'b-holds-a' | null {
  if (a.tokens.length === b.tokens.length && a.tokens.every((t, i) => t === b.tokens[i])) return 'same';
  if (b.tokens.length >= MIN_TRIMMED_WORDS && holdsWords(a.tokens, b)) return 'a-holds-b';
  if (a.tokens.length >= MIN_TRIMMED_WORDS && holdsWords(b.tokens, a)) return 'b-holds-a';
  return null;
}

/** Fewest words a quote needs before its words given to someone else, or changed, are worth a flag. */
export const MIN_FLAGGED_WORDS = 4;

/**
 * Whether two wordings are one statement's words changed (not only trimmed): at least
 * MIN_FLAGGED_WORDS words each, neither holding the other, and most words shared in order (their
 * longest common run of words, not necessarily adjacent, is at least 60% of the longer).
 * @example changedWording(statementWords('We will not leave the port'), statementWords('We will never leave the port')) // true
 */
export function changedWording(a: StatementWords, b: StatementWords): boolean {
  if (a.tokens.length < MIN_FLAGGED_WORDS || b.tokens.length < MIN_FLAGGED_WORDS) return false;
  const longer = Math.max(a.tokens.length, b.tokens.length);
  // The words in common, counted without order, bound the common run from above: most pairs stop here.
  if (sharedWords(a.tokens, b.tokens) < 0.6 * longer) return false;
  if (relation(a, b) !== null) return false;
  return commonWords(a.tokens, b.tokens) >= 0.6 * longer;
}

/** How many words two lists share, each word counted as often as both have it. */
function sharedWords(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const t of a) counts.set(t, (counts.get(t) ?? 0) + 1);
  let shared = 0;
  for (const t of b) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(t, n - 1);
    }
  }
  return shared;
}

/** Words of a quote longer than this are compared on their first part only (bounded work per pair). */
const COMPARED_WORDS = 200;

/** The longest common subsequence of two word lists, by dynamic programming over two rows. */
export function commonWords(a: readonly string[], b: readonly string[]): number {
  const x = a.slice(0, COMPARED_WORDS);
  const y = b.slice(0, COMPARED_WORDS);
  let previous = new Array<number>(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i++) {
    const row = new Array<number>(y.length + 1).fill(0);
    for (let j = 1; j <= y.length; j++) row[j] = x[i - 1] === y[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, row[j - 1]!);
    previous = row;
  }
  return previous[y.length]!;
}

/** Function words: a pair of them ("of the") finds too many statements to be a key. */
const FUNCTION_WORDS = new Set(
  'a an the and or but of in on at to for with by from as is are was were be been it its this that these those we i you he she they our us them his her their not no will would has have had do does did so if than then there here which who what'.split(
    ' ',
  ),
);
/** Most keys a statement is found by. */
const MAX_KEYS = 64;

/**
 * The keys a statement is found by: each pair of neighbouring words within a segment, unless both
 * are function words; a one-word statement is found by its word. A trimmed form shares keys with
 * the full one; so does a changed wording, in the words it kept.
 */
export function statementKeys(words: StatementWords): string[] {
  if (words.tokens.length === 1) return [words.tokens[0]!];
  const keys = new Set<string>();
  for (const segment of words.segments) {
    for (let i = 0; i + 1 < segment.length && keys.size < MAX_KEYS; i++) {
      if (FUNCTION_WORDS.has(segment[i]!) && FUNCTION_WORDS.has(segment[i + 1]!)) continue;
      keys.add(`${segment[i]} ${segment[i + 1]}`);
    }
  }
  // A statement of function words only ("we will not") is still found by its first pair.
  if (keys.size === 0 && words.tokens.length > 1) keys.add(`${words.tokens[0]} ${words.tokens[1]}`);
  return [...keys];
}

/**
 * The keys a statement is stored under: every other pair of each segment (the first, third, ...),
 * half the rows of statementKeys. A trimmed form of three words or more spans two neighbouring pairs
 * of the full words, one of them stored, so it still finds the statement by its own keys.
 */
export function storedKeys(words: StatementWords): string[] {
  if (words.tokens.length <= 2) return statementKeys(words);
  const everyOther = { tokens: words.tokens, segments: words.segments.flatMap((segment) => pairsAtEven(segment)) };
  const keys = statementKeys(everyOther);
  return keys.length > 0 ? keys : statementKeys(words).slice(0, 1);
}

/** The pairs of a segment at even positions, each as a segment of two words. */
function pairsAtEven(segment: readonly string[]): string[][] {
  const pairs: string[][] = [];
  for (let i = 0; i + 1 < segment.length; i += 2) pairs.push([segment[i]!, segment[i + 1]!]);
  return pairs;
}
