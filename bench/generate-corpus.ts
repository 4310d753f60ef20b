/**
 * A large corpus for the benchmarks, made from real articles: every polnear-dev text and the default
 * article are parsed once, then copied with person names permuted (first names and surnames drawn
 * from all the articles' people), fresh ids and publication dates spread over a year. The parses are
 * rewritten rather than re-parsed, so 10,000 articles take seconds. The store's importArticles
 * writes them with COPY on PostgreSQL (one transaction of prepared inserts on SQLite) and builds
 * the secondary indexes after the load (src/store/sql/bulk-load.ts).
 */
import { readFileSync } from 'node:fs';
import { parseArticle } from '../src/article/parse-article.js';
import type { ParsedArticle } from '../src/article/types.js';
import { realTexts } from './real-texts.js';

/**
 * Parses the real articles once: the default article and polnear-dev when the shared folder is there;
 * `skipped` says what was left out (then the corpus is copies of the default article).
 */
export function parseBaseArticles(): { articles: ParsedArticle[]; skipped: string | null } {
  const { files, skipped } = realTexts();
  return { articles: files.map((file) => parseArticle(readFileSync(file, 'utf8'), { source: file })), skipped };
}

/**
 * `count` articles made from `bases`, copy k of base b getting a deterministic name permutation.
 * @example const corpus = generateCorpus(parseBaseArticles().articles, 10_000);
 */
export function generateCorpus(bases: readonly ParsedArticle[], count: number, startDate = '2024-01-01'): ParsedArticle[] {
  return [...generateArticles(bases, count, startDate)];
}

/**
 * The articles of generateCorpus one at a time, so hundreds of thousands never sit in memory at once;
 * publication dates are spread evenly over the year from `startDate`.
 */
export function* generateArticles(bases: readonly ParsedArticle[], count: number, startDate = '2024-01-01'): Generator<ParsedArticle> {
  const firstNames = new Set<string>();
  const surnames = new Set<string>();
  for (const article of bases) {
    for (const actor of article.actors) {
      const words = actor.name.split(/\s+/);
      if (actor.kind !== 'person' || words.length < 2) continue;
      firstNames.add(words[0]!);
      surnames.add(words[words.length - 1]!);
    }
  }
  const firstPool = [...firstNames].sort();
  const surnamePool = [...surnames].sort();
  const start = Date.parse(startDate);
  for (let k = 0; k < count; k += 1) {
    const base = bases[k % bases.length]!;
    const variant = Math.floor(k / bases.length);
    const day = new Date(start + Math.floor((k * 365) / count) * 86_400_000).toISOString().slice(0, 10);
    yield copyWithNames(base, variant, day, firstPool, surnamePool);
  }
}

function copyWithNames(base: ParsedArticle, variant: number, day: string, firsts: string[], lasts: string[]): ParsedArticle {
  const renames = new Map<string, string>();
  if (variant > 0) {
    for (const actor of base.actors) {
      const words = actor.name.split(/\s+/);
      if (actor.kind !== 'person' || words.length < 2) continue;
      const first = words[0]!;
      const last = words[words.length - 1]!;
      const newFirst = firsts[(hash(first) + variant * 7) % firsts.length]!;
      const newLast = lasts[(hash(last) + variant * 13 + hash(first)) % lasts.length]!;
      renames.set(actor.name, [newFirst, ...words.slice(1, -1), newLast].join(' '));
      if (!renames.has(last)) renames.set(last, newLast);
    }
  }
  const rename = renamer(renames);
  return {
    ...base,
    id: `${base.id}-${variant}`,
    headline: rename(base.headline),
    publishedAt: day,
    paragraphs: base.paragraphs.map(rename),
    actors: base.actors.map((a) => ({ ...a, name: rename(a.name), aliases: a.aliases.map(rename), roles: a.roles.map(rename) })),
    quotes: base.quotes.map((q) => ({ ...q, text: rename(q.text), sentence: rename(q.sentence) })),
    claims: base.claims.map((c) => ({ ...c, text: rename(c.text), sourceText: rename(c.sourceText) })),
    events: base.events.map((e) => ({ ...e, text: rename(e.text) })),
    captions: base.captions.map((c) => ({ ...c, text: rename(c.text) })),
    source: `generated/${base.id}-${variant}.txt`,
  };
}

function renamer(renames: Map<string, string>): (text: string) => string {
  if (renames.size === 0) return (text) => text;
  const keys = [...renames.keys()].sort((a, b) => b.length - a.length).map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`\\b(${keys.join('|')})\\b`, 'g');
  return (text) => (text ? text.replace(pattern, (m) => renames.get(m) ?? m) : text);
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}
