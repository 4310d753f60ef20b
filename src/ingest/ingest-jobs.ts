/**
 * New articles as jobs on the shared queue (src/jobs): a watched file's text, a feed to poll, a
 * feed item to fetch. Every process registers the same handlers; whichever takes a job does the
 * work once for all: N replicas poll each feed once per interval, parse each article once, and a
 * job whose worker died is retried by another. What feed polling remembers lives in the store.
 */
import { createHash } from 'node:crypto';
import { readArticleFile } from '../article/read-article-file.js';
import type { Logger } from '../logging.js';
import type { Metrics } from '../service/metrics.js';
import type { JobQueue } from '../jobs/queue.js';
import type { Store, StoredArticle } from '../store/store.js';
import { collectArticleFiles } from './collect-files.js';
import { createFeedPoller, type FeedMemory, type FeedPollerDeps } from './feeds.js';
import type { OutboundPolicy } from './outbound-fetch.js';
import { ingestArticleText, type EnrichArticle, type ParseArticle } from './ingest-article.js';
import type { IngestReport } from './ingest-paths.js';
import { resolveParser } from './parser.js';

/** The jobs' names. */
export const JOBS = {
  ingestText: 'ingest-text',
  feedsDue: 'feeds-due',
  feedPoll: 'feed-poll',
  feedItem: 'feed-item',
} as const;

/** What the ingest jobs need. */
export interface IngestJobsDeps {
  queue: JobQueue;
  store: Store;
  logger: Logger;
  /** Feed URLs (FEEDS, already checked). */
  feeds: readonly string[];
  /** Which addresses feeds and pages may be fetched from; by default public ones only. */
  outbound?: OutboundPolicy;
  enrich?: EnrichArticle;
  /** The parser (default: the project's); tests and benchmarks pass their own. */
  parse?: ParseArticle;
  /** Where ingest outcomes and parse times are counted. */
  metrics?: Metrics;
  /** Told of each article a job stored in this process. */
  onArticle?: (article: StoredArticle) => void | Promise<void>;
}

/** Jobs this process runs at once, per kind: parsing is CPU-bound, fetching waits on the network. */
const CONCURRENCY = { text: 2, feeds: 1, items: 4 };

/**
 * Registers the ingest jobs' handlers and returns how to queue a watched folder's files.
 * @example const jobs = await registerIngestJobs({ queue, store, logger, feeds: [] }); await jobs.queueFiles(['a.txt'], 'data/articles');
 */
export async function registerIngestJobs(deps: IngestJobsDeps): Promise<{ queueFiles(paths: string[], within?: string): Promise<IngestReport> }> {
  const { queue, store, logger } = deps;
  const parser = await resolveParser(deps.parse);
  const feedDeps: FeedPollerDeps = {
    store,
    logger,
    ...(deps.outbound ? { outbound: deps.outbound } : {}),
    ...(deps.metrics ? { metrics: deps.metrics } : {}),
    parse: parser.parse,
    memory: storeFeedMemory(store),
    handOff: async (url, publishedAt) => void (await queue.send(JOBS.feedItem, { url, publishedAt }, { singletonKey: url })),
    ...(deps.enrich ? { enrich: deps.enrich } : {}),
    ...(deps.onArticle ? { onArticle: deps.onArticle } : {}),
  };

  await queue.work<{ source: string; text: string }>(
    JOBS.ingestText,
    async ({ source, text }) => {
      // A store failure throws, and the job is retried; a bad article is reported once.
      const outcome = await ingestArticleText(text, source, {
        store,
        logger,
        parse: parser.parse,
        parserVersion: parser.version,
        ...(deps.metrics ? { metrics: deps.metrics } : {}),
        ...(deps.enrich ? { enrich: deps.enrich } : {}),
      });
      if (outcome.kind === 'added' || outcome.kind === 'updated') {
        logger.info({ source, id: outcome.article.id }, outcome.kind === 'added' ? 'article added' : 'article updated');
        await deps.onArticle?.(outcome.article);
      } else if (outcome.kind === 'duplicate') logger.info({ source, of: outcome.of }, 'same story as a stored article');
      else if (outcome.kind === 'failed') logger.warn({ source, problem: outcome.problem }, 'article file not ingested');
    },
    { concurrency: CONCURRENCY.text },
  );
  await queue.work<Record<string, never>>(JOBS.feedsDue, async () => {
    for (const url of deps.feeds) await queue.send(JOBS.feedPoll, { url }, { singletonKey: url });
  });
  await queue.work<{ url: string }>(JOBS.feedPoll, async ({ url }) => void (await createFeedPoller([url], feedDeps).poll()), {
    concurrency: CONCURRENCY.feeds,
  });
  await queue.work<{ url: string; publishedAt?: string | null }>(
    JOBS.feedItem,
    async ({ url, publishedAt }) => void (await createFeedPoller([], feedDeps).ingestItem(url, publishedAt ?? null)),
    {
      concurrency: CONCURRENCY.items,
    },
  );

  return {
    async queueFiles(paths, within) {
      const report: IngestReport = { added: [], updated: [], unchanged: 0, duplicates: [], failed: [], warnings: [] };
      // As ingestPaths does: links leading out of the watched folder are refused, one line each.
      const { files, failed } = await collectArticleFiles(paths, within === undefined ? {} : { within });
      report.failed.push(...failed);
      for (const path of files) {
        const read = await readArticleFile(path);
        if (!read.ok) {
          report.failed.push({ path, problem: read.problem });
          continue;
        }
        if (read.warning) report.warnings.push({ path, warning: read.warning });
        // Keyed by file and content: a file seen by several replicas, or twice, is queued once.
        const key = `${path}#${createHash('sha256').update(read.text).digest('hex').slice(0, 16)}`;
        await queue.send(JOBS.ingestText, { source: path, text: read.text }, { singletonKey: key });
      }
      return report;
    },
  };
}

/** The feed poller's memory in the store, shared by every replica. */
export function storeFeedMemory(store: Pick<Store, 'getState' | 'putState' | 'pruneState'>): FeedMemory {
  return {
    handled: async (url) => (await store.getState('feed-item', url)) as { at: number; failed: boolean } | null,
    remember: (url, item) => store.putState('feed-item', url, item),
    forgetBefore: (before) => store.pruneState('feed-item', new Date(before).toISOString()),
    validators: async (feedUrl) => ((await store.getState('feed-validators', feedUrl)) as Record<string, string> | null) ?? {},
    setValidators: (feedUrl, validators) => store.putState('feed-validators', feedUrl, validators),
  };
}
