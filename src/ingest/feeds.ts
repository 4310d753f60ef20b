/**
 * Polling RSS and Atom feeds (FEEDS, every FEED_POLL_MINUTES): each new item's page is fetched,
 * parsed and ingested with the item URL as its source. Known URLs are not fetched again, and a
 * story several feeds carry is stored once (near-duplicate detection in ingestArticleText). What a
 * poller remembers between polls (items handled, conditional-request validators) lives in a
 * FeedMemory: in the process by default, in the store when replicas share the polling (feed-jobs.ts),
 * which may also hand each new item to a job instead of fetching it inline. Feeds and pages are fetched
 * only from public addresses unless FEEDS_ALLOW_PRIVATE (outbound-fetch.ts).
 */
import type { Logger } from '../logging.js';
import type { Metrics } from '../service/metrics.js';
import type { Store, StoredArticle } from '../store/store.js';
import { parseFeed } from './feed-xml.js';
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
  /** Where handled items and validators are kept (default: this process). */
  memory?: FeedMemory;
  /** When given, a new item's URL is handed here (a job) instead of being fetched in this poll. */
  handOff?: (itemUrl: string, publishedAt: string | null) => Promise<void>;
}

/** An item URL not stored (a duplicate or a failure) and when it was handled. */
export interface HandledItem {
  at: number;
  failed: boolean;
}

/** What a poller remembers between polls. */
export interface FeedMemory {
  handled(url: string): Promise<HandledItem | null>;
  remember(url: string, item: HandledItem | null): Promise<void>;
  /** Forgets items handled before `before` (ms since the epoch). */
  forgetBefore(before: number): Promise<void>;
  validators(feedUrl: string): Promise<Record<string, string>>;
  setValidators(feedUrl: string, validators: Record<string, string>): Promise<void>;
}

/** A FeedMemory in this process. */
export function createFeedMemory(): FeedMemory {
  const handled = new Map<string, HandledItem>();
  const validators = new Map<string, Record<string, string>>();
  return {
    handled: async (url) => handled.get(url) ?? null,
    async remember(url, item) {
      if (item) handled.set(url, item);
      else handled.delete(url);
    },
    async forgetBefore(before) {
      for (const [url, entry] of handled) if (entry.at < before) handled.delete(url);
    },
    validators: async (feedUrl) => validators.get(feedUrl) ?? {},
    async setValidators(feedUrl, given) {
      validators.set(feedUrl, given);
    },
  };
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
  /** Fetches and ingests one item's page (what a poll does for each new item, or a handed-off job). */
  ingestItem(url: string, publishedAt?: string | null): Promise<FeedPollReport>;
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
  /** Item URLs not stored (duplicates, failures), and conditional-request validators per feed (an unchanged feed costs a 304). */
  const memory = deps.memory ?? createFeedMemory();
  const parser = resolveParser(deps.parse);
  const fetch = createOutboundFetch(deps.outbound ?? { allowPrivate: false });

  async function itemsOf(feedUrl: string, report: FeedPollReport) {
    const result = await fetchText(feedUrl, {
      fetch,
      timeoutMs,
      maxBytes: MAX_FEED_BYTES,
      accept: [...FEED_TYPES, 'text/plain', 'text/html'],
      headers: await memory.validators(feedUrl),
    });
    if (!result.ok) {
      report.feeds.push({ url: feedUrl, items: 0, problem: result.problem });
      return [];
    }
    const etag = result.headers.get('etag');
    const modified = result.headers.get('last-modified');
    await memory.setValidators(feedUrl, {
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
    // Items leave feeds within days; forgetting old entries keeps what is remembered small.
    await memory.forgetBefore(now().getTime() - FORGET_HANDLED_AFTER_MS);
    for (const feedUrl of feedUrls) {
      for (const item of await itemsOf(feedUrl, report)) {
        const before = await memory.handled(item.url);
        const retryDue = before?.failed === true && now().getTime() - before.at >= retryFailedAfterMs;
        if ((before && !retryDue) || (await deps.store.getArticleBySource(item.url))) {
          report.known++;
          continue;
        }
        // The feed's date dates a page that does not print its own.
        if (deps.handOff) await deps.handOff(item.url, item.publishedDate);
        else await ingestItem(item.url, report, item.publishedDate);
      }
    }
    for (const { url, problem } of report.feeds) if (problem) deps.logger.warn({ feed: url, problem }, 'feed not read');
    for (const { url, problem } of report.failed) deps.logger.warn({ url, problem }, 'feed item not ingested');
    deps.logger.info({ added: report.added.length, duplicates: report.duplicates.length, failed: report.failed.length, known: report.known }, 'feeds polled');
    return report;
  }

  /** Fetches, parses and stores one item's page, noting the outcome in `report` and the memory. */
  async function ingestItem(url: string, report: FeedPollReport, publishedAt: string | null): Promise<void> {
    const { parse, version } = await parser;
    const page = await fetchText(url, { fetch, timeoutMs, maxBytes: MAX_PAGE_BYTES, accept: PAGE_TYPES });
    if (!page.ok || 'notModified' in page) {
      const problem = page.ok ? 'answered 304 to a plain request' : page.problem;
      report.failed.push({ url, problem });
      await memory.remember(url, { at: now().getTime(), failed: true });
      return;
    }
    const outcome = await ingestArticleText(page.text, url, {
      store: deps.store,
      logger: deps.logger,
      parse,
      parserVersion: version,
      now,
      metrics: deps.metrics,
      ...(deps.enrich ? { enrich: deps.enrich } : {}),
      ...(publishedAt ? { publishedAt } : {}),
    });
    if (outcome.kind === 'added' || outcome.kind === 'updated') {
      report.added.push(outcome.article);
      await memory.remember(url, null);
      await deps.onArticle?.(outcome.article);
    } else if (outcome.kind === 'duplicate') {
      report.duplicates.push({ url, of: outcome.of });
      await memory.remember(url, { at: now().getTime(), failed: false });
    } else if (outcome.kind === 'failed') {
      report.failed.push({ url, problem: outcome.problem });
      await memory.remember(url, { at: now().getTime(), failed: true });
    } else {
      report.known++;
    }
  }

  return {
    poll,
    async ingestItem(url, publishedAt = null) {
      const report: FeedPollReport = { feeds: [], added: [], duplicates: [], failed: [], known: 0 };
      await ingestItem(url, report, publishedAt);
      for (const { problem } of report.failed) deps.logger.warn({ url, problem }, 'feed item not ingested');
      return report;
    },
  };
}
