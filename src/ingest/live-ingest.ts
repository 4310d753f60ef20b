/**
 * New articles while the bot runs: the watched folder and, when FEEDS is set, the feeds, as jobs
 * on the shared queue (ingest-jobs.ts). A watched file is read here and its text queued; feeds are
 * due every FEED_POLL_MINUTES, once across all replicas. Each article a job stores in this process
 * reaches `onArticle`; every process learns of it through the store's change feed.
 */
import { join } from 'node:path';
import { ConfigError, type Config } from '../config.js';
import { createLocalQueue } from '../jobs/local-queue.js';
import type { JobQueue } from '../jobs/queue.js';
import type { Logger } from '../logging.js';
import type { Metrics } from '../service/metrics.js';
import type { Store, StoredArticle } from '../store/store.js';
import { parseFeedList } from './feed-xml.js';
import type { EnrichArticle } from './ingest-article.js';
import { JOBS, registerIngestJobs } from './ingest-jobs.js';
import { watchDirectory } from './watch-directory.js';

/** The folder watched for new article files: INGEST_DIR, else ARTICLES_DIR, else DATA_DIR/articles. */
export function folderToWatch(config: Pick<Config, 'INGEST_DIR' | 'ARTICLES_DIR' | 'DATA_DIR'>): string {
  return config.INGEST_DIR ?? config.ARTICLES_DIR ?? join(config.DATA_DIR, 'articles');
}

/** What startLiveIngest needs. */
export interface LiveIngestDeps {
  config: Pick<Config, 'INGEST_DIR' | 'ARTICLES_DIR' | 'DATA_DIR' | 'FEEDS' | 'FEED_POLL_MINUTES' | 'FEEDS_ALLOW_PRIVATE'>;
  store: Store;
  logger: Logger;
  /** The shared queue (pg-boss with PostgreSQL); by default one in this process. */
  queue?: JobQueue;
  onArticle?: (article: StoredArticle) => void | Promise<void>;
  /** Adds to each new parse before it is stored (optional LLM suggestions). */
  enrich?: EnrichArticle;
  /** Where ingest outcomes and parse times are counted. */
  metrics?: Metrics;
}

/** Running folder watch and feed jobs. */
export interface LiveIngest {
  folder: string;
  stop(): Promise<void>;
}

/**
 * Registers the ingest jobs, starts watching the article folder and, when FEEDS is set, polling
 * the feeds. Rejects with ConfigError for a FEEDS entry that is not a URL.
 * @example const live = await startLiveIngest({ config, store, logger, queue });
 */
export async function startLiveIngest(deps: LiveIngestDeps): Promise<LiveIngest> {
  const { config, store, logger, metrics } = deps;
  const feeds = parseFeedList(config.FEEDS);
  if (!feeds.ok) throw new ConfigError(`FEEDS: "${feeds.bad}" is not an http(s) URL: list feed URLs separated by commas`);
  const queue = deps.queue ?? createLocalQueue(logger);
  const jobs = await registerIngestJobs({
    queue,
    store,
    logger,
    feeds: feeds.urls,
    outbound: { allowPrivate: config.FEEDS_ALLOW_PRIVATE },
    ...(deps.metrics ? { metrics: deps.metrics } : {}),
    ...(deps.enrich ? { enrich: deps.enrich } : {}),
    ...(deps.onArticle ? { onArticle: deps.onArticle } : {}),
  });
  if (feeds.urls.length > 0) await queue.every(JOBS.feedsDue, config.FEED_POLL_MINUTES, {});
  const folder = folderToWatch(config);
  const watcher = watchDirectory(folder, { store, logger, metrics, onArticle: () => undefined, ingest: (paths, within) => jobs.queueFiles(paths, within) });
  logger.info({ folder, feeds: feeds.urls, queue: queue.kind }, 'watching for new articles');
  return {
    folder,
    async stop() {
      await watcher.close();
      if (!deps.queue) await queue.stop();
    },
  };
}
