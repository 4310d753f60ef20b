/**
 * "Did you mean": ranks candidate names by how close they are to what was typed, and offers none
 * when nothing is close, instead of the same few well-known names whatever was typed. Pure: the
 * caller passes the candidates (in its own order, e.g. most mentioned first, which breaks ties).
 */
import { distance } from 'fastest-levenshtein';
import { foldedTokens } from './text.js';

// Words that carry no name ("it", "about", "the"): never matched on their own.
const FILLER = new Set('the and for with from about that this what who said says its his her their mr mrs ms dr'.split(' '));

/** Edits a typed word of this length may differ by and still be close: none under 4 letters, about one in three. */
export function closeEdits(length: number): number {
  return length < 4 ? 0 : Math.max(1, Math.floor(length / 3));
}

/**
 * How far a typed word is from a name word: 0 for the same word, small for a beginning of it or a
 * typo, Infinity when not close at all.
 */
export function wordCost(typed: string, name: string): number {
  if (typed === name) return 0;
  // A beginning typed ("ush" for "ushakov"): closer the more of the word it covers.
  if (typed.length >= 3 && name.startsWith(typed)) return 0.5 * (1 - typed.length / name.length);
  const edits = distance(typed, name);
  if (edits > closeEdits(typed.length)) return Infinity;
  return edits / Math.max(typed.length, name.length) + 0.25;
}

/**
 * The candidates whose names are close to `typed`, closest first, at most `limit`; [] when none is.
 * @example closestNames('Ushakof', actors, (a) => [a.name]) // [the actor named Ushakov]
 */
export function closestNames<T>(typed: string, candidates: readonly T[], names: (candidate: T) => readonly string[], limit = 5): T[] {
  const words = [...new Set(foldedTokens(typed))].filter((w) => w.length >= 3 && !FILLER.has(w)).slice(0, 6);
  if (words.length === 0 || limit <= 0) return [];
  const scored: Array<{ candidate: T; cost: number; order: number }> = [];
  candidates.forEach((candidate, order) => {
    const own = [...new Set(names(candidate).flatMap((n) => foldedTokens(n)))];
    let close = 0;
    let cost = 0;
    for (const word of words) {
      const best = Math.min(Infinity, ...own.map((n) => wordCost(word, n)));
      if (best === Infinity) cost += 1;
      else {
        close += 1;
        cost += best;
      }
    }
    if (close > 0) scored.push({ candidate, cost, order });
  });
  return scored
    .sort((a, b) => a.cost - b.cost || a.order - b.order)
    .slice(0, limit)
    .map((s) => s.candidate);
}
