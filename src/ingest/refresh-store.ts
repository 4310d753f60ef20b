/**
 * Bringing a stored corpus up to date after an upgrade, in the background of a running bot:
 * articles whose index rows are missing or from an older derivation are re-derived from their
 * stored parse (no file needed), parses stored in one column are split into two (parse-columns.ts),
 * and articles parsed by an older parser are parsed again from their files, when those are still
 * there. Safe on several replicas at once: each article is redone under the store's write lock and
 * skipped once current (a split is one statement over rows not yet split).
 */
import { existsSync } from 'node:fs';
import type { Logger } from '../logging.js';
import type { Store } from '../store/store.js';
import type { EnrichArticle } from './ingest-article.js';
import { ingestPaths } from './ingest-paths.js';
import type { VersionedParser } from './parser.js';

/** What a refresh did. */
export interface RefreshReport {
  rederived: number;
  split: number;
  reparsed: number;
}

const BATCH = 200;

/**
 * Re-derives every article that needs it; with `budgetMs` (or `signal`), stops after about that
 * long and resolves with `done: false` when work remains.
 * @example while (!(await rederiveAll(store, logger, 1000))) ...
 */
export async function rederiveAll(store: Store, logger: Logger, budgetMs = Infinity, signal?: AbortSignal): Promise<{ done: boolean; count: number }> {
  const started = Date.now();
  let count = 0;
  for (;;) {
    if (signal?.aborted) return { done: false, count };
    const did = await store.rederive(BATCH);
    count += did;
    if (did === 0) {
      if (count > 0) logger.info({ articles: count }, 'stored articles re-indexed');
      return { done: true, count };
    }
    if (count === did) logger.info('re-indexing stored articles (answers fill in as it goes)');
    if (Date.now() - started > budgetMs) return { done: false, count };
  }
}

/**
 * Splits every parse stored before paragraphs and events had a column of their own, a batch (one
 * statement) at a time; until then a reply about claims or quotes reads those parses whole.
 */
export async function splitAllParses(store: Store, logger: Logger, signal?: AbortSignal): Promise<number> {
  let count = 0;
  while (!signal?.aborted) {
    const did = await store.splitParses(BATCH);
    if (did === 0) break;
    if (count === 0) logger.info('moving stored paragraphs and events into a column of their own');
    count += did;
  }
  if (count > 0) logger.info({ articles: count }, 'stored parses split');
  return count;
}

/**
 * Re-derives, splits stored parses, then re-parses articles an older parser stored whose file still exists.
 * @example void refreshStore({ store, logger, parser }).catch((err) => logger.error({ err }, 'refresh failed'));
 */
export async function refreshStore(deps: {
  store: Store;
  logger: Logger;
  parser: VersionedParser;
  enrich?: EnrichArticle;
  /** Stops between batches (the bot is shutting down). */
  signal?: AbortSignal;
}): Promise<RefreshReport> {
  const { store, logger, parser, signal } = deps;
  const { count: rederived } = await rederiveAll(store, logger, Infinity, signal);
  const split = await splitAllParses(store, logger, signal);
  let reparsed = 0;
  for (let after = 0; !signal?.aborted;) {
    const batch = await store.listOutdatedSources(parser.version, after, BATCH);
    if (batch.length === 0) break;
    after = batch[batch.length - 1]!.seq;
    const files = batch.map((b) => b.source).filter((source) => existsSync(source));
    if (files.length === 0) continue;
    if (reparsed === 0) logger.info('re-parsing articles stored by an older parser');
    const report = await ingestPaths(files, {
      store,
      logger,
      parse: parser.parse,
      parserVersion: parser.version,
      progress: false,
      ...(deps.enrich ? { enrich: deps.enrich } : {}),
    });
    reparsed += report.updated.length;
  }
  if (reparsed > 0) logger.info({ articles: reparsed }, 'articles re-parsed');
  return { rederived, split, reparsed };
}
