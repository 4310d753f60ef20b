/**
 * Which articles use which content words, newest article first, so topic searches read a few
 * posting lists instead of every article.
 *
 * Postings are small article numbers (slots) rather than references: once a bulk build is trimmed,
 * long lists become typed arrays of 2 or 4 bytes a posting instead of 8, which at ten thousand
 * articles (about 250 distinct words each) is tens of megabytes.
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
  /** Packs lists a bulk build grew into exact, compact storage. */
  trim(): void;
}

// Slots in descending article order. Growable while a build fills them, packed by trim().
type Postings = number[] | Uint16Array | Int32Array;

// Below this length a plain array is smaller than a typed array with its buffer.
const PACK_FROM = 24;

/** Creates an empty word index reading keys with `readKeys` (see createContentKeyReader). */
export function createWordIndex(readKeys: (text: string, into: Set<string>) => Set<string>): WordIndex {
  const postings = new Map<string, Postings>();
  const bySlot: (RankedArticle | undefined)[] = [];
  const slotOf = new Map<RankedArticle, number>();
  const freeSlots: number[] = [];
  const orderAt = (slot: number): number => bySlot[slot]!.order;
  // The words an article is indexed under: headline and body.
  const articleWords = (article: ParsedArticle): Set<string> => {
    const words = readKeys(article.headline, new Set());
    for (const paragraph of article.paragraphs) readKeys(paragraph, words);
    return words;
  };

  return {
    add(entry) {
      if (slotOf.has(entry)) return;
      const slot = freeSlots.pop() ?? bySlot.length;
      bySlot[slot] = entry;
      slotOf.set(entry, slot);
      for (const key of articleWords(entry.article)) {
        const list = postings.get(key);
        if (!list) postings.set(key, [slot]);
        else postings.set(key, insertByOrder(list, slot, entry.order, orderAt));
      }
    },
    remove(entry) {
      const slot = slotOf.get(entry);
      if (slot === undefined) return;
      for (const key of articleWords(entry.article)) {
        const list = postings.get(key);
        if (!list) continue;
        const next = without(list, slot);
        if (next.length === 0) postings.delete(key);
        else postings.set(key, next);
      }
      slotOf.delete(entry);
      bySlot[slot] = undefined;
      freeSlots.push(slot);
    },
    count: (key) => postings.get(key)?.length ?? 0,
    trim() {
      for (const [key, list] of postings) postings.set(key, pack(list));
    },
    articlesWithAll(keys, limit) {
      if (keys.length === 0) return [];
      const lists = keys.map((k) => postings.get(k) ?? []).sort((a, b) => a.length - b.length);
      if (lists[0]!.length === 0) return [];
      const [smallest, ...others] = lists;
      const cursors = others.map(() => 0);
      const out: ParsedArticle[] = [];
      // All lists share one order (descending `order`), so a merge walk intersects them.
      for (let s = 0; s < smallest!.length; s += 1) {
        const slot = smallest![s]!;
        const order = orderAt(slot);
        let inAll = true;
        for (let i = 0; i < others.length && inAll; i += 1) {
          const list = others[i]!;
          let c = cursors[i]!;
          while (c < list.length && orderAt(list[c]!) > order) c += 1;
          cursors[i] = c;
          inAll = c < list.length && list[c] === slot;
        }
        if (inAll) {
          out.push(bySlot[slot]!.article);
          if (out.length >= limit) break;
        }
      }
      return out;
    },
  };
}

/**
 * Inserts a slot keeping descending order. Growable lists grow in place; packed ones are copied
 * (one article added to a running bot touches a few hundred lists once).
 */
function insertByOrder(list: Postings, slot: number, order: number, orderAt: (slot: number) => number): Postings {
  // New articles are usually the newest of a bulk load's batch or the newest overall.
  let lo = 0;
  let hi = list.length;
  if (orderAt(list[hi - 1]!) > order) lo = hi;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (orderAt(list[mid]!) > order) lo = mid + 1;
    else hi = mid;
  }
  if (Array.isArray(list)) {
    if (lo === list.length) list.push(slot);
    else list.splice(lo, 0, slot);
    return list;
  }
  const grown = packedFor(list.length + 1, Math.max(slot, maxOf(list)));
  grown.set(list.subarray(0, lo), 0);
  grown[lo] = slot;
  grown.set(list.subarray(lo), lo + 1);
  return grown;
}

function without(list: Postings, slot: number): Postings {
  const at = list.indexOf(slot);
  if (at < 0) return list;
  if (Array.isArray(list)) return list.filter((s) => s !== slot);
  const shrunk = packedFor(list.length - 1, maxOf(list));
  shrunk.set(list.subarray(0, at), 0);
  shrunk.set(list.subarray(at + 1), at);
  return shrunk;
}

// A grown array keeps up to half again its length (and at least 16 slots) in reserve; a copy is exact.
function pack(list: Postings): Postings {
  if (!Array.isArray(list)) return list;
  if (list.length < PACK_FROM) return list.slice();
  const packed = packedFor(list.length, maxOf(list));
  packed.set(list);
  return packed;
}

function packedFor(length: number, maxSlot: number): Uint16Array | Int32Array {
  return maxSlot <= 0xffff ? new Uint16Array(length) : new Int32Array(length);
}

function maxOf(list: Postings): number {
  let max = 0;
  for (let i = 0; i < list.length; i += 1) if (list[i]! > max) max = list[i]!;
  return max;
}
