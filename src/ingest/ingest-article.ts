/**
 * Ingesting one article's text under a source name: the step shared by file ingest, the folder
 * watcher and the feed poller. Parses only when the text or the parser changed, and stores the
 * same story only once however many sources carry it: the near-duplicate check runs again inside
 * the store's write lock, so two replicas ingesting two copies at once still store one.
 */
import { ParseRefusedError } from './parse-pool.js';
import { createHash } from 'node:crypto';
import type { ParsedArticle } from '../article/types.js';
import type { Logger } from '../logging.js';
import { secondsSince, type Metrics } from '../service/metrics.js';
import type { Store, StoredArticle } from '../store/store.js';
import { MIN_WORDS_FOR_NEAR_DUPLICATE, bodyWords, fingerprintOf, isNearDuplicate, shingles } from './fingerprint.js';
import { holdsArticleText, NO_ARTICLE_PROBLEM } from '../article/article-text.js';

/** The parser's signature (src/article/parse-article.ts). */
export type ParseArticle = (raw: string, options?: { source?: string; publishedAt?: string | null }) => ParsedArticle | Promise<ParsedArticle>;

/** What ingesting one text did. */
export type IngestOutcome =
  | { kind: 'added'; article: StoredArticle }
  | { kind: 'updated'; article: StoredArticle }
  | { kind: 'unchanged'; article: StoredArticle }
  | { kind: 'duplicate'; of: string }
  | { kind: 'failed'; problem: string };

/** What ingestArticleText needs. */
export interface IngestArticleDeps {
  store: Store;
  logger: Logger;
  parse: ParseArticle;
  /** The running parser's version: a stored parse from another version is redone. */
  parserVersion: number;
  now?: () => Date;
  /** Adds to a new parse before it is stored (the optional LLM suggestions); never throws. */
  enrich?: EnrichArticle;
  /** A publication date (YYYY-MM-DD) from outside the text, used when the article states none. */
  publishedAt?: string | null;
  /** Where the outcome and the parse time are counted. */
  metrics?: Metrics;
}

/** A step that adds to a parse before it is stored, e.g. LLM suggestions kept apart from the rules'. */
export type EnrichArticle = (article: ParsedArticle) => Promise<ParsedArticle>;

/** How many near-duplicate candidates are checked word by word: the best-ranked few are enough. */
const CANDIDATES_CHECKED = 8;

/**
 * sha256 of what was parsed, hex: the raw text, and the date given with it, if any (a date given
 * later must reach the stored parse).
 */
export function contentHashOf(text: string, publishedAt?: string | null): string {
  const hash = createHash('sha256').update(text);
  if (publishedAt) hash.update(`\u0000published ${publishedAt}`);
  return hash.digest('hex');
}

/** A stable article id derived from its source, so an updated article keeps its id. */
export function articleIdFor(source: string): string {
  return `art-${createHash('sha256').update(source).digest('hex').slice(0, 16)}`;
}

/**
 * Adds or updates the article `text` from `source`. Parser failures come back as 'failed';
 * store failures are thrown, as they are no fault of the article.
 */
export async function ingestArticleText(text: string, source: string, deps: IngestArticleDeps): Promise<IngestOutcome> {
  const outcome = await ingestText(text, source, deps);
  deps.metrics?.articleIngested(/^https?:\/\//i.test(source) ? 'feed' : 'file', outcome.kind);
  return outcome;
}

async function ingestText(text: string, source: string, deps: IngestArticleDeps): Promise<IngestOutcome> {
  const { store, logger } = deps;
  const now = deps.now ?? (() => new Date());
  const contentHash = contentHashOf(text, deps.publishedAt);
  const stored = await store.getArticleBySource(source);
  if (stored && stored.contentHash === contentHash && stored.parserVersion === deps.parserVersion) {
    return { kind: 'unchanged', article: stored };
  }

  let parsed: ParsedArticle;
  try {
    const started = performance.now();
    parsed = await deps.parse(text, deps.publishedAt ? { source, publishedAt: deps.publishedAt } : { source });
    deps.metrics?.articleParsed(secondsSince(started));
  } catch (err) {
    if (err instanceof ParseRefusedError) {
      logger.warn({ source, problem: err.message }, 'article refused by the parse pool');
      return { kind: 'failed', problem: err.message };
    }
    logger.warn({ source, err: err instanceof Error ? err.message : String(err) }, 'parser failed');
    return { kind: 'failed', problem: `could not be parsed (${oneLine(err)}): please report this file` };
  }
  if (!holdsArticleText(parsed.paragraphs)) return { kind: 'failed', problem: NO_ARTICLE_PROBLEM };
  const words = bodyWords(parsed.paragraphs);
  const fingerprint = fingerprintOf(words);

  // An updated source stays itself even if it now resembles another: it is that site's version.
  if (!stored) {
    const original = await findOriginal(store, fingerprint, words, source);
    if (original) {
      logger.debug({ source, of: original.source }, 'near-duplicate not stored');
      return { kind: 'duplicate', of: original.source };
    }
  }

  // Only for articles that will be stored: near-duplicates cost no model call.
  if (deps.enrich) parsed = await deps.enrich(parsed);
  const mine = words.length >= MIN_WORDS_FOR_NEAR_DUPLICATE ? shingles(words) : null;

  const article: StoredArticle = {
    id: stored?.id ?? articleIdFor(source),
    source,
    contentHash,
    fingerprint,
    parserVersion: parsed.parserVersion,
    parsed: { ...parsed, source: parsed.source ?? source },
    // A parser upgrade alone is not news: keep the first ingest time so digests do not repeat it.
    ingestedAt: stored && stored.contentHash === contentHash ? stored.ingestedAt : now().toISOString(),
  };
  // The database says what happened: another process may have stored this source meanwhile, or a
  // copy of the story from another source (checked again under the store's write lock).
  let original: StoredArticle | null = null;
  const outcome = await store.putArticle(article, stored ? {} : { duplicateOf: (candidates) => (original = originalAmong(candidates, fingerprint, mine)) });
  if (outcome === 'duplicate') {
    const of = (original as StoredArticle | null)?.source ?? '';
    logger.debug({ source, of }, 'near-duplicate not stored');
    return { kind: 'duplicate', of };
  }
  logger.debug({ source, id: article.id, outcome }, `article ${outcome}`);
  return { kind: outcome, article };
}

/** The candidate this body repeats: the same fingerprint, or shingles close enough. */
function originalAmong(candidates: StoredArticle[], fingerprint: string, mine: ReturnType<typeof shingles> | null): StoredArticle | null {
  if (fingerprint === '') return null;
  const exact = candidates.find((c) => c.fingerprint === fingerprint);
  if (exact) return exact;
  if (!mine) return null;
  return candidates.find((c) => isNearDuplicate(mine, shingles(bodyWords(c.parsed.paragraphs)))) ?? null;
}

/** The stored article this body duplicates: the same fingerprint, or a confirmed LSH candidate. */
async function findOriginal(store: Store, fingerprint: string, words: string[], source: string): Promise<StoredArticle | null> {
  if (fingerprint === '') return null;
  const exact = await store.findArticleByFingerprint(fingerprint);
  if (exact && exact.source !== source) return exact;
  if (words.length < MIN_WORDS_FOR_NEAR_DUPLICATE || !store.findSimilarArticles) return null;
  const mine = shingles(words);
  const candidates = await store.findSimilarArticles(fingerprint, CANDIDATES_CHECKED);
  for (const candidate of candidates) {
    if (candidate.source === source) continue;
    if (isNearDuplicate(mine, shingles(bodyWords(candidate.parsed.paragraphs)))) return candidate;
  }
  return null;
}

function oneLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ').trim().slice(0, 200);
}
