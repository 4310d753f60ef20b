/**
 * Near-duplicate detection for the same story republished by several sites: MinHash over
 * three-word shingles of the body, banded for locality-sensitive hashing (LSH). The store indexes
 * the band keys, so finding candidates costs a lookup, not a scan; candidates are then confirmed
 * by the exact shingle overlap of their bodies.
 */

/** Words per shingle: three keeps word order without letting one edited word spoil much. */
const SHINGLE_WORDS = 3;
const BANDS = 32;
const ROWS_PER_BAND = 4;
const HASHES = BANDS * ROWS_PER_BAND;

/**
 * Bodies this short are too generic to call near-duplicates ("Subscribe to read more"); only an
 * identical body counts for them.
 */
export const MIN_WORDS_FOR_NEAR_DUPLICATE = 25;

/** Lower-case words of the body, accents and punctuation dropped, so typography does not matter. */
export function bodyWords(paragraphs: readonly string[]): string[] {
  const words: string[] = [];
  for (const paragraph of paragraphs) {
    const plain = paragraph
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase();
    for (const match of plain.matchAll(/[\p{L}\p{N}]+/gu)) words.push(match[0]);
  }
  return words;
}

/** The set of overlapping word triples; a body shorter than a triple is one shingle. */
export function shingles(words: readonly string[]): Set<string> {
  const set = new Set<string>();
  if (words.length === 0) return set;
  if (words.length < SHINGLE_WORDS) {
    set.add(words.join(' '));
    return set;
  }
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) set.add(words.slice(i, i + SHINGLE_WORDS).join(' '));
  return set;
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** MurmurHash3's finaliser: a bijection on 32 bits that spreads every input bit. */
function mix(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The MinHash signature: for each of HASHES hash functions, the least value over the shingles. */
function minHash(set: ReadonlySet<string>): Uint32Array {
  const signature = new Uint32Array(HASHES).fill(0xffffffff);
  for (const shingle of set) {
    const h1 = fnv1a(shingle);
    const h2 = (mix(h1 ^ 0x9e3779b9) | 1) >>> 0;
    for (let i = 0; i < HASHES; i++) {
      // Kirsch–Mitzenmacher: h1 + i*h2 stands in for independent hash functions.
      const value = mix((h1 + Math.imul(i + 1, h2)) >>> 0);
      if (value < signature[i]!) signature[i] = value;
    }
  }
  return signature;
}

/**
 * The fingerprint stored with an article: BANDS band keys joined by spaces, each the band's index
 * and a hash of its ROWS_PER_BAND MinHash values. Two bodies with shingle overlap (Jaccard) J share
 * at least one band with probability 1 - (1 - J^4)^32: 0.99 at J = 0.6, about 0.13 at J = 0.2.
 * Empty when the body has no words.
 */
export function fingerprintOf(words: readonly string[]): string {
  const set = shingles(words);
  if (set.size === 0) return '';
  const signature = minHash(set);
  const keys: string[] = [];
  for (let band = 0; band < BANDS; band++) {
    let hash = 0x811c9dc5 ^ band;
    for (let row = 0; row < ROWS_PER_BAND; row++) {
      hash = Math.imul(hash ^ signature[band * ROWS_PER_BAND + row]!, 0x01000193);
    }
    keys.push(`${String(band).padStart(2, '0')}${mix(hash).toString(16).padStart(8, '0')}`);
  }
  return keys.join(' ');
}

/** How much two shingle sets overlap: Jaccard (shared / all) and containment (shared / smaller). */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): { jaccard: number; containment: number } {
  if (a.size === 0 || b.size === 0) return { jaccard: 0, containment: 0 };
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const shingle of small) if (large.has(shingle)) shared++;
  return { jaccard: shared / (a.size + b.size - shared), containment: shared / small.size };
}

/**
 * The same story: nearly all shingles shared (a few edited words, a different header or footer),
 * or one body mostly inside the other (a short story under a long header and footer, a site that
 * trimmed the last paragraphs). Unrelated stories on one topic stay far below (Jaccard < 0.1).
 */
export function isNearDuplicate(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const { jaccard, containment } = overlap(a, b);
  return jaccard >= 0.8 || (containment >= 0.85 && jaccard >= 0.5);
}
