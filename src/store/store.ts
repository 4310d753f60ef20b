/**
 * The store interface: articles with their parses, digest subscriptions and the delivery log.
 * Two implementations: SQLite (default, a file under data/) and PostgreSQL (DATABASE_URL).
 */
import type { ParsedArticle } from '../article/types.js';
import type { PlatformId } from '../briefing/command.js';
import type { InstallationStoreMethods } from './installations.js';

export type { Installation } from './installations.js';
import type { ImportOptions } from './bulk-import.js';
import type { CorpusQueries } from './corpus-queries.js';

/** An article as stored: its raw text's hash and its parse. */
export interface StoredArticle {
  id: string;
  /** Where it came from (file path or URL). */
  source: string;
  /** sha256 of the raw input; re-parse only when it changes. */
  contentHash: string;
  /**
   * A fingerprint of the body for near-duplicate detection: LSH band keys joined by single spaces
   * (see src/ingest/fingerprint.ts); empty when the body has no words.
   */
  fingerprint: string;
  parserVersion: number;
  parsed: ParsedArticle;
  /** ISO timestamp of ingest. */
  ingestedAt: string;
}

/** Where a page of articles starts: just after this article in (ingestedAt, id) order. */
export type ArticleCursor = Pick<StoredArticle, 'ingestedAt' | 'id'>;

/** How putArticle treats a new source whose story may already be stored. */
export interface PutArticleOptions {
  /**
   * Called with stored articles that may tell the same story (the same fingerprint, then those
   * sharing the most band keys), inside the write lock: returning one of them stores nothing.
   * Only asked for a source not stored yet.
   */
  duplicateOf?: (candidates: StoredArticle[]) => StoredArticle | null;
}

/** Articles changed by some process: their ids, or null when anything may have changed (a missed stretch). */
export interface ArticleChange {
  ids: string[] | null;
}

/** A running watch for article changes. */
export interface ArticleWatch {
  stop(): Promise<void>;
}

/** A live lease. */
export interface Lease {
  name: string;
  holder: string;
  /** ISO instant. */
  expiresAt: string;
}

/** A channel's digest subscription. */
export interface Subscription {
  id: string;
  /** The platform's id in src/platforms/index.ts (or 'console'). */
  platform: PlatformId;
  channelId: string;
  /** HH:MM, local to `timezone`. */
  time: string;
  /** IANA zone, e.g. Europe/London. */
  timezone: string;
  /** Actor or topic filter; null for everything. */
  filter: string | null;
  /** 'active', or 'paused' with a reason. */
  status: 'active' | 'paused';
  pausedReason: string | null;
  createdBy: string;
  createdAt: string;
  /** ISO timestamp of the last digest delivered, null before the first. */
  lastDeliveredAt: string | null;
  /** The workspace the channel belongs to (Slack's team id), where a platform has several. */
  workspaceId?: string | null;
}

/** One row of the delivery log: a (subscription, slot) claimed before sending. */
export interface Delivery {
  subscriptionId: string;
  /** The slot's scheduled instant, ISO UTC, e.g. 2026-03-29T06:30:00.000Z. */
  slot: string;
  claimedAt: string;
  claimedBy: string;
  status: 'claimed' | 'sent' | 'failed' | 'skipped';
  messageId: string | null;
  late: boolean;
  error: string | null;
  /** 1 for the first claim; each takeover of a stale claim adds one. */
  attempts: number;
}

/**
 * The claimedAt of a claim handed back by releaseDelivery: long past any lease, so the next process
 * that looks at the slot takes it over at once.
 */
export const RELEASED_CLAIM_AT = '1970-01-01T00:00:00.000Z';

/**
 * What putArticle did, as the database saw it: 'added' (no article had this source), 'updated'
 * (content or parser version differed), 'unchanged' (another process had just stored the same) or
 * 'duplicate' (a new source repeating a stored story, when PutArticleOptions.duplicateOf says so).
 */
export type PutArticleOutcome = 'added' | 'updated' | 'unchanged' | 'duplicate';

/** Persistence for the bot. Every method is async so both implementations share it. */
export interface Store extends InstallationStoreMethods {
  /** Creates or upgrades tables. Safe to call on every start. */
  migrate(): Promise<void>;
  /**
   * How many of this build's migrations the database lacks (0 once migrate() has run). It queries
   * the database, so an answer also says the store is reachable: /readyz asks it.
   */
  pendingMigrations(): Promise<number>;
  /**
   * Makes the first commands as quick as the next ones: PostgreSQL opens its whole pool and has each
   * server process plan a read of every table (their catalogs cached); SQLite, in process, has nothing to do.
   */
  warm(): Promise<void>;
  close(): Promise<void>;

  /**
   * Stores an article under its source and indexes it (actors merged, search keys, quotes, claims,
   * events), in one atomic step under the store's write lock, and says what that did: several
   * processes storing one source at once get one 'added' between them, and with `duplicateOf` a
   * new source repeating a stored story is not stored (the check cannot race another writer).
   */
  putArticle(article: StoredArticle, options?: PutArticleOptions): Promise<PutArticleOutcome>;
  /**
   * Imports many articles (distinct sources) into an empty store in large batches, merged and
   * indexed as putArticle would (an archive backfill; the scale benchmark). Rejects on a non-empty store.
   */
  importArticles(articles: Iterable<StoredArticle> | AsyncIterable<StoredArticle>, options?: ImportOptions): Promise<{ articles: number; actors: number }>;
  /** The read side: what the briefing commands ask, answered from indexes. */
  readonly corpus: CorpusQueries;
  /**
   * Re-derives up to `limit` stored articles whose index rows are missing or from an older
   * derivation (after an upgrade); resolves to how many it did (0: all current).
   */
  rederive(limit: number): Promise<number>;
  /**
   * Moves the paragraphs and events of up to `limit` parses stored before they had a column of
   * their own (after an upgrade) into it; resolves to how many (0: none left).
   */
  splitParses(limit: number): Promise<number>;
  /** Sources of articles a different parser version stored, in change order after `afterSeq` (for re-parsing). */
  listOutdatedSources(parserVersion: number, afterSeq: number, limit: number): Promise<{ source: string; seq: number }[]>;
  /**
   * Calls `listener` when any process (this one included) stores or re-derives articles, within about
   * a second: PostgreSQL LISTEN/NOTIFY; SQLite a check of PRAGMA data_version.
   */
  watchArticles(listener: (change: ArticleChange) => void): Promise<ArticleWatch>;
  getArticleBySource(source: string): Promise<StoredArticle | null>;
  findArticleByFingerprint(fingerprint: string): Promise<StoredArticle | null>;
  /**
   * Near-duplicate candidates: up to `limit` stored articles sharing the most band keys with
   * `fingerprint`, most shared first. Optional so simple test stores can leave it out.
   */
  findSimilarArticles?(fingerprint: string, limit: number): Promise<StoredArticle[]>;
  /** Oldest ingest first. */
  listArticles(): Promise<StoredArticle[]>;
  /**
   * One page of `listArticles`: up to `limit` articles after `after` (the last article of the
   * previous page; null for the first page), so a large store loads without holding every row at once.
   */
  listArticlesPage?(after: ArticleCursor | null, limit: number): Promise<StoredArticle[]>;
  /** Articles ingested strictly after the given ISO instant, oldest first (at most `limit`). */
  listArticlesSince(isoInstant: string, limit?: number): Promise<StoredArticle[]>;
  countArticles(): Promise<number>;

  /** What background work remembers, by scope and key (JSON values); null when nothing is kept. */
  getState(scope: string, key: string): Promise<unknown>;
  /** Keeps `value` under (scope, key), or forgets it when null. */
  putState(scope: string, key: string, value: unknown): Promise<void>;
  /** Forgets what a scope kept before the given ISO instant. */
  pruneState(scope: string, before: string): Promise<void>;

  /**
   * Takes the lease `name` for `holder` until `ttlMs` from now, or renews it; false when another
   * holder's lease is still live. Exactly one of several processes asking at once gets it.
   */
  acquireLease(name: string, holder: string, ttlMs: number): Promise<boolean>;
  /** Gives up a lease `holder` holds (nothing when it does not). */
  releaseLease(name: string, holder: string): Promise<void>;
  /** Live leases whose name starts with `prefix`. */
  listLeases(prefix: string): Promise<Lease[]>;

  putSubscription(sub: Subscription): Promise<void>;
  getSubscription(platform: string, channelId: string): Promise<Subscription | null>;
  listSubscriptions(): Promise<Subscription[]>;
  deleteSubscription(id: string): Promise<void>;

  /**
   * Claims (subscription, slot) for delivery. Returns true for exactly one caller across all
   * processes sharing the store; false when the slot was already claimed.
   */
  claimDelivery(subscriptionId: string, slot: string, claimedBy: string, late: boolean): Promise<boolean>;
  /**
   * Takes over a claim still 'claimed' and claimed before `claimedBefore` (its holder died or hung
   * past the lease): sets claimedBy, claimedAt (now) and late, adds one to attempts. Returns true
   * for exactly one caller across all processes; false when the claim is finished or still fresh.
   */
  reclaimStaleDelivery(subscriptionId: string, slot: string, claimedBy: string, options: { claimedBefore: string; late: boolean }): Promise<boolean>;
  /**
   * Hands back a claim this process holds and will not finish (it is shutting down): its claimedAt
   * becomes RELEASED_CLAIM_AT, so the next process that looks at the slot takes it over at once, with
   * the same resend checks as after a crash, instead of waiting out the lease. Returns false when the
   * delivery is finished or claimed by another process.
   */
  releaseDelivery(subscriptionId: string, slot: string, claimedBy: string): Promise<boolean>;
  /**
   * Records the outcome of a claimed delivery. On 'sent' it also moves the subscription's
   * lastDeliveredAt forward to the claim time, so the next digest starts there.
   */
  finishDelivery(
    subscriptionId: string,
    slot: string,
    outcome: { status: 'sent' | 'failed' | 'skipped'; messageId?: string | null; error?: string | null },
  ): Promise<void>;
  getDelivery(subscriptionId: string, slot: string): Promise<Delivery | null>;
  listDeliveries(subscriptionId: string): Promise<Delivery[]>;
}
