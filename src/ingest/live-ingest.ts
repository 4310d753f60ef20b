/**
 * New articles while the bot runs: the watched folder and, when FEEDS is set, the feed poller,
 * started and stopped together. Each stored article reaches `onArticle` so the running corpus can
 * add it (an id it already has means "replace").
 */
import { join } from 'node:path';
import type { Config } from '../config.js';
import type { Logger } from '../logging.js';
import type { Metrics } from '../service/metrics.js';
import type { Store, StoredArticle } from '../store/store.js';
import { startFeedPolling, type FeedPolling } from './feeds.js';
import { watchDirectory } from './watch-directory.js';
import type { EnrichArticle } from './ingest-article.js';

/** The folder watched for new article files: INGEST_DIR, else ARTICLES_DIR, else DATA_DIR/articles. */
export function folderToWatch(config: Pick<Config, 'INGEST_DIR' | 'ARTICLES_DIR' | 'DATA_DIR'>): string {
  return config.INGEST_DIR ?? config.ARTICLES_DIR ?? join(config.DATA_DIR, 'articles');
}

/** What startLiveIngest needs. */
export interface LiveIngestDeps {
  config: Pick<Config, 'INGEST_DIR' | 'ARTICLES_DIR' | 'DATA_DIR' | 'FEEDS' | 'FEED_POLL_MINUTES' | 'FEEDS_ALLOW_PRIVATE'>;
  store: Store;
  logger: Logger;
  onArticle: (article: StoredArticle) => void | Promise<void>;
  /** Adds to each new parse before it is stored (optional LLM suggestions). */
  enrich?: EnrichArticle;
  /** Where ingest outcomes and parse times are counted. */
  metrics?: Metrics;
}

/** Running folder watch and feed polling. */
export interface LiveIngest {
  folder: string;
  feeds: FeedPolling | null;
  stop(): Promise<void>;
}

/**
 * Starts watching the article folder and, when FEEDS is set, polling the feeds. Throws
 * ConfigError for a FEEDS entry that is not a URL.
 * @example const live = startLiveIngest({ config, store, logger, onArticle: (a) => corpus.add(a) });
 */
export function startLiveIngest(deps: LiveIngestDeps): LiveIngest {
  const { config, store, logger, metrics, onArticle } = deps;
  const feeds = config.FEEDS
    ? startFeedPolling(config.FEEDS, config.FEED_POLL_MINUTES, {
        store,
        logger,
        metrics,
        onArticle,
        outbound: { allowPrivate: config.FEEDS_ALLOW_PRIVATE },
        ...(deps.enrich ? { enrich: deps.enrich } : {}),
      })
    : null;
  const folder = folderToWatch(config);
  const watcher = watchDirectory(folder, { store, logger, metrics, onArticle, ...(deps.enrich ? { enrich: deps.enrich } : {}) });
  logger.info({ folder, feeds: config.FEEDS ?? null }, 'watching for new articles');
  return {
    folder,
    feeds,
    async stop() {
      await Promise.all([watcher.close(), feeds?.stop()]);
    },
  };
}
