/**
 * Bounded looks around a quote. A paragraph can be one huge run of text with thousands of quotes,
 * names and cues (hostile input, or a transcript pasted whole): every search a quote makes stays
 * within a window of the text around it, found by binary search, so the work per quote is bounded
 * and an article costs time in proportion to its length.
 */
import type { QuoteSpan } from '../quotes.js';
import type { Sentence } from '../sentences.js';
import { insideAny, startingBetween } from '../text-window.js';

/** Characters either side of a quote within which its paragraph's cues and names are looked at. */
export const QUOTE_WINDOW = 400;
/** How many of an earlier paragraph's last cues or names are looked at. */
export const EARLIER_ITEMS = 12;

/** The items of a list in text order that start within [from, to). */
export const within = <T>(list: T[], from: number, to: number, startOf?: (item: T) => number): T[] => startingBetween(list, from, to, startOf);

/** Words between two offsets, counted up to `cap` (the bins stop there). */
export function wordsBetween(text: string, from: number, to: number, cap = 31): number {
  let words = 0;
  let inWord = false;
  for (let k = from; k < to && words < cap; k++) {
    const space = text.charCodeAt(k) <= 32;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** Start of the sentence that holds an offset, by binary search (sentences are in order). */
export function sentenceStartOf(sentences: Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? sentences[lo - 1]!.start : 0;
}

const insideTests = new WeakMap<QuoteSpan[], (offset: number) => boolean>();
/** Whether an offset lies inside one of a paragraph's quote spans (the test built once per paragraph). */
export function insideQuotes(spans: QuoteSpan[], offset: number): boolean {
  let test = insideTests.get(spans);
  if (!test) insideTests.set(spans, (test = insideAny(spans.map((s): [number, number] => [s.start, s.end]))));
  return test(offset);
}

/** A number as the name of its bin: the first edge it does not pass, or "<last>+". */
export const bin = (n: number, edges: number[]): string => {
  const k = edges.findIndex((e) => n <= e);
  return k < 0 ? `${edges.at(-1)}+` : `${edges[k]}`;
};
