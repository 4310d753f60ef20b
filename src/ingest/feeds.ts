/**
 * Polling RSS and Atom feeds (FEEDS, every FEED_POLL_MINUTES): each new item's page is fetched,
 * parsed and ingested with the item URL as its source. Known URLs are not fetched again, and a
 * story several feeds carry is stored once (near-duplicate detection in ingestArticleText). Feeds
 * and pages are fetched only from public addresses unless FEEDS_ALLOW_PRIVATE (outbound-fetch.ts).
 */
import { ConfigError } from '../config.js';
import type { Logger } from '../logging.js';
import type { Metrics } from '../service/metrics.js';
import type { Store, StoredArticle } from '../store/store.js';
import { parseFeed, parseFeedList } from './feed-xml.js';
import { fetchText } from './fetch-text.js';
import { createOutboundFetch, type OutboundPolicy } from './outbound-fetch.js';
import { ingestArticleText, type EnrichArticle, type ParseArticle } from './ingest-article.js';
import { resolveParser } from './parser.js';

/** What the feed poller needs; the clock and the outbound policy are passed in. */
export interface FeedPollerDeps {
  store: Store;
  logger: Logger;
  /** Which addresses feeds and pages may be fetched from; by default public ones only. */
  outbound?: OutboundPolicy;
  now?: () => Date;
  parse?: ParseArticle;
  /** Adds to each new parse before it is stored (optional LLM suggestions). */
  enrich?: EnrichArticle;
  /** Where ingest outcomes and parse times are counted. */
  metrics?: Metrics;
  /** Called for each article stored, so the running corpus can add it. */
  onArticle?: (article: StoredArticle) => void | Promise<void>;
  /** Per request, in ms. */
  timeoutMs?: number;
  /** Only the first items of each feed are looked at (feeds list newest first). */
  maxItemsPerFeed?: number;
  /** A page that failed is tried again after this long, in ms. */
  retryFailedAfterMs?: number;
}

/** What one poll did. */
export interface FeedPollReport {
  feeds: { url: string; items: number; problem: string | null }[];
  added: StoredArticle[];
  /** Items whose page tells a story already stored from `of`. */
  duplicates: { url: string; of: string }[];
  failed: { url: string; problem: string }[];
  /** Items skipped because their URL is stored or was handled before. */
  known: number;
}

/** A poller for a fixed list of feeds; it remembers what it has handled between polls. */
export interface FeedPoller {
  poll(): Promise<FeedPollReport>;
}

const FEED_TYPES = ['application/rss+xml', 'application/atom+xml', 'application/rdf+xml', 'application/xml', 'text/xml'];
const PAGE_TYPES = ['text/html', 'application/xhtml+xml', 'text/plain'];
const MAX_FEED_BYTES = 10 * 1024 * 1024;
const MAX_PAGE_BYTES = 5 * 1024 * 1024;
const FORGET_HANDLED_AFTER_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Creates a poller for `feedUrls`.
 * @example const report = await createFeedPoller(['https://example.com/rss'], { store, logger }).poll();
 */
export function createFeedPoller(feedUrls: readonly string[], deps: FeedPollerDeps): FeedPoller {
  const now = deps.now ?? (() => new Date());
  const timeoutMs = deps.timeoutMs ?? 15_000;
  const retryFailedAfterMs = deps.retryFailedAfterMs ?? 60 * 60 * 1000;
  /** Conditional-request validators per feed, so an unchanged feed costs a 304. */
  const validators = new Map<string, Record<string, string>>();
  /** Item URLs not stored (duplicates, failures) and when they were handled. */
  const handled = new Map<string, { at: number; failed: boolean }>();
  const parser = resolveParser(deps.parse);
  const fetch = createOutboundFetch(deps.outbound ?? { allowPrivate: false });

  async function itemsOf(feedUrl: string, report: FeedPollReport) {
    const result = await fetchText(feedUrl, {
      fetch,
      timeoutMs,
      maxBytes: MAX_FEED_BYTES,
      accept: [...FEED_TYPES, 'text/plain', 'text/html'],
      headers: validators.get(feedUrl) ?? {},
    });
    if (!result.ok) {
      report.feeds.push({ url: feedUrl, items: 0, problem: result.problem });
      return [];
    }
    const etag = result.headers.get('etag');
    const modified = result.headers.get('last-modified');
    validators.set(feedUrl, {
      ...(etag ? { 'if-none-match': etag } : {}),
      ...(modified ? { 'if-modified-since': modified } : {}),
    });
    if ('notModified' in result) {
      report.feeds.push({ url: feedUrl, items: 0, problem: null });
      return [];
    }
    const parsed = parseFeed(result.text, feedUrl);
    report.feeds.push({ url: feedUrl, items: parsed.ok ? parsed.items.length : 0, problem: parsed.ok ? null : parsed.problem });
    return parsed.ok ? parsed.items.slice(0, deps.maxItemsPerFeed ?? 50) : [];
  }

  async function poll(): Promise<FeedPollReport> {
    const report: FeedPollReport = { feeds: [], added: [], duplicates: [], failed: [], known: 0 };
    // Items leave feeds within days; forgetting old entries keeps a long-running bot's memory flat.
    for (const [url, entry] of handled) if (now().getTime() - entry.at > FORGET_HANDLED_AFTER_MS) handled.delete(url);
    const { parse, version } = await parser;
    for (const feedUrl of feedUrls) {
      for (const item of await itemsOf(feedUrl, report)) {
        const before = handled.get(item.url);
        const retryDue = before?.failed === true && now().getTime() - before.at >= retryFailedAfterMs;
        if ((before && !retryDue) || (await deps.store.getArticleBySource(item.url))) {
          report.known++;
          continue;
        }
        const page = await fetchText(item.url, { fetch, timeoutMs, maxBytes: MAX_PAGE_BYTES, accept: PAGE_TYPES });
        if (!page.ok || 'notModified' in page) {
          const problem = page.ok ? 'answered 304 to a plain request' : page.problem;
          report.failed.push({ url: item.url, problem });
          handled.set(item.url, { at: now().getTime(), failed: true });
          continue;
        }
        const outcome = await ingestArticleText(page.text, item.url, {
          store: deps.store,
          logger: deps.logger,
          parse,
          parserVersion: version,
          now,
          metrics: deps.metrics,
          ...(deps.enrich ? { enrich: deps.enrich } : {}),
          // The feed's date dates a page that does not print its own.
          ...(item.publishedDate ? { publishedAt: item.publishedDate } : {}),
        });
        if (outcome.kind === 'added' || outcome.kind === 'updated') {
          report.added.push(outcome.article);
          handled.delete(item.url);
          await deps.onArticle?.(outcome.article);
        } else if (outcome.kind === 'duplicate') {
          report.duplicates.push({ url: item.url, of: outcome.of });
          handled.set(item.url, { at: now().getTime(), failed: false });
        } else if (outcome.kind === 'failed') {
          report.failed.push({ url: item.url, problem: outcome.problem });
          handled.set(item.url, { at: now().getTime(), failed: true });
        } else {
          report.known++;
        }
      }
    }
    for (const { url, problem } of report.feeds) if (problem) deps.logger.warn({ feed: url, problem }, 'feed not read');
    for (const { url, problem } of report.failed) deps.logger.warn({ url, problem }, 'feed item not ingested');
    deps.logger.info(
      { added: report.added.length, duplicates: report.duplicates.length, failed: report.failed.length, known: report.known },
      'feeds polled',
    );
    return report;
  }

  return { poll };
}

/** A running feed poll. */
export interface FeedPolling {
  /** Polls now, or waits for the poll in progress; resolves with its report. */
  pollNow(): Promise<FeedPollReport>;
  /** Stops the timer; resolves when the poll in progress has finished. */
  stop(): Promise<void>;
}

/**
 * Starts polling the feeds of the FEEDS setting at once and then every `intervalMinutes`
 * (0: only when pollNow is called). Throws ConfigError for an entry that is not a URL.
 * @example const polling = startFeedPolling(config.FEEDS, config.FEED_POLL_MINUTES, { store, logger, outbound: { allowPrivate: config.FEEDS_ALLOW_PRIVATE } });
 */
export function startFeedPolling(feedsSetting: string | undefined, intervalMinutes: number, deps: FeedPollerDeps): FeedPolling {
  const list = parseFeedList(feedsSetting);
  if (!list.ok) {
    throw new ConfigError(`FEEDS: "${list.bad}" is not an http(s) URL: list feed URLs separated by commas`);
  }
  const poller = createFeedPoller(list.urls, deps);
  let running: Promise<FeedPollReport> | null = null;
  const pollNow = (): Promise<FeedPollReport> => {
    // Never two polls at once: a slow poll makes the next tick wait for it instead.
    running ??= poller.poll().finally(() => {
      running = null;
    });
    return running;
  };
  const tick = () =>
    void pollNow().catch((err: unknown) =>
      deps.logger.error({ err: err instanceof Error ? err.message : String(err) }, 'feed poll failed'),
    );
  const timer = intervalMinutes > 0 && list.urls.length > 0 ? setInterval(tick, intervalMinutes * 60_000) : undefined;
  timer?.unref();
  if (list.urls.length > 0) tick();
  return {
    pollNow,
    async stop() {
      clearInterval(timer);
      await running?.catch(() => undefined);
    },
  };
}
