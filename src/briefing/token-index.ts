/**
 * The distinct name words of the corpus, for typo-tolerant and prefix lookups. One-edit typos are
 * found through a deletion index (every word minus one letter), so no lookup scans all words;
 * two-edit typos scan only words of similar length.
 */
import { distance } from 'fastest-levenshtein';

/** Name words with typo and prefix lookup. */
export interface TokenIndex {
  add(token: string): void;
  remove(token: string): void;
  has(token: string): boolean;
  /** Known words within `maxEdits` edits of `token` (itself excluded), closest first. */
  similar(token: string, maxEdits: number): string[];
  /** Known words starting with `prefix`, in alphabetical order, at most `limit`. */
  withPrefix(prefix: string, limit: number): string[];
}

/** Creates an empty token index. */
export function createTokenIndex(): TokenIndex {
  const counts = new Map<string, number>();
  const deletions = new Map<string, string[]>();
  const byLength = new Map<number, Set<string>>();
  let sorted: string[] | null = null;

  return {
    add(token) {
      const n = counts.get(token) ?? 0;
      counts.set(token, n + 1);
      if (n > 0) return;
      for (const key of deletionsOf(token)) {
        const list = deletions.get(key);
        if (list) list.push(token);
        else deletions.set(key, [token]);
      }
      let bucket = byLength.get(token.length);
      if (!bucket) byLength.set(token.length, (bucket = new Set()));
      bucket.add(token);
      sorted = null;
    },
    remove(token) {
      const n = counts.get(token) ?? 0;
      if (n > 1) {
        counts.set(token, n - 1);
        return;
      }
      if (n === 0) return;
      counts.delete(token);
      for (const key of deletionsOf(token)) {
        const list = deletions.get(key)?.filter((t) => t !== token);
        if (!list || list.length === 0) deletions.delete(key);
        else deletions.set(key, list);
      }
      byLength.get(token.length)?.delete(token);
      sorted = null;
    },
    has: (token) => counts.has(token),
    similar(token, maxEdits) {
      if (maxEdits <= 0 || token.length === 0) return [];
      const found = new Map<string, number>();
      // Candidates one edit away share a deletion key with the query (or are one).
      for (const key of [token, ...deletionsOf(token)]) {
        for (const candidate of deletions.get(key) ?? []) considered(found, token, candidate, maxEdits);
        if (counts.has(key)) considered(found, token, key, maxEdits);
      }
      if (maxEdits >= 2 && found.size === 0) {
        for (let len = token.length - maxEdits; len <= token.length + maxEdits; len += 1) {
          for (const candidate of byLength.get(len) ?? []) considered(found, token, candidate, maxEdits);
        }
      }
      found.delete(token);
      return [...found.entries()].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).map(([t]) => t);
    },
    withPrefix(prefix, limit) {
      if (!sorted) sorted = [...counts.keys()].sort();
      const out: string[] = [];
      for (let i = lowerBound(sorted, prefix); i < sorted.length && out.length < limit; i += 1) {
        const token = sorted[i]!;
        if (!token.startsWith(prefix)) break;
        out.push(token);
      }
      return out;
    },
  };
}

function considered(found: Map<string, number>, token: string, candidate: string, maxEdits: number): void {
  if (found.has(candidate)) return;
  const d = distance(token, candidate);
  if (d <= maxEdits) found.set(candidate, d);
}

function deletionsOf(token: string): string[] {
  if (token.length < 3) return [];
  const keys = new Set<string>();
  for (let i = 0; i < token.length; i += 1) keys.add(token.slice(0, i) + token.slice(i + 1));
  return [...keys];
}

function lowerBound(sorted: string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
