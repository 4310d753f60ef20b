/**
 * Which articles use which content words, newest article first, so topic searches read a few
 * posting lists instead of every article.
 */
import type { ParsedArticle } from '../article/types.js';

/** An article with its position in the corpus order (higher is newer). */
export interface RankedArticle {
  article: ParsedArticle;
  order: number;
}

/** Content word -> articles using it. */
export interface WordIndex {
  add(entry: RankedArticle): void;
  remove(entry: RankedArticle): void;
  /** Articles using every key, newest first, at most `limit`. */
  articlesWithAll(keys: readonly string[], limit: number): ParsedArticle[];
  /** How many articles use a key. */
  count(key: string): number;
  /** Gives back the spare room lists grew while a bulk build filled them. */
  trim(): void;
}

/** Creates an empty word index reading keys with `readKeys` (see createContentKeyReader). */
export function createWordIndex(readKeys: (text: string, into: Set<string>) => Set<string>): WordIndex {
  const postings = new Map<string, RankedArticle[]>();
  // The words an article is indexed under: headline and body.
  const articleWords = (article: ParsedArticle): Set<string> => {
    const words = readKeys(article.headline, new Set());
    for (const paragraph of article.paragraphs) readKeys(paragraph, words);
    return words;
  };

  return {
    add(entry) {
      for (const key of articleWords(entry.article)) {
        const list = postings.get(key);
        if (!list) postings.set(key, [entry]);
        else insertByOrder(list, entry);
      }
    },
    remove(entry) {
      for (const key of articleWords(entry.article)) {
        const list = postings.get(key)?.filter((e) => e !== entry);
        if (!list || list.length === 0) postings.delete(key);
        else postings.set(key, list);
      }
    },
    count: (key) => postings.get(key)?.length ?? 0,
    trim() {
      // A grown array keeps up to half again its length (and at least 16 slots) in reserve; a copy is exact.
      for (const [key, list] of postings) postings.set(key, list.slice());
    },
    articlesWithAll(keys, limit) {
      if (keys.length === 0) return [];
      const lists = keys.map((k) => postings.get(k) ?? []).sort((a, b) => a.length - b.length);
      if (lists[0]!.length === 0) return [];
      const [smallest, ...others] = lists;
      const cursors = others.map(() => 0);
      const out: ParsedArticle[] = [];
      // All lists share one order (descending `order`), so a merge walk intersects them.
      for (const entry of smallest!) {
        let inAll = true;
        for (let i = 0; i < others.length && inAll; i += 1) {
          const list = others[i]!;
          let c = cursors[i]!;
          while (c < list.length && list[c]!.order > entry.order) c += 1;
          cursors[i] = c;
          inAll = c < list.length && list[c] === entry;
        }
        if (inAll) {
          out.push(entry.article);
          if (out.length >= limit) break;
        }
      }
      return out;
    },
  };
}

// Lists stay in descending order; new articles are usually the newest, so look from the front.
function insertByOrder(list: RankedArticle[], entry: RankedArticle): void {
  const last = list[list.length - 1]!;
  if (last.order > entry.order) {
    list.push(entry);
    return;
  }
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.order > entry.order) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, entry);
}
