/**
 * The default store: one SQLite file (better-sqlite3, WAL). Several processes may open the same
 * file: writes wait on each other through busy_timeout, and the delivery claim is a single
 * INSERT ... ON CONFLICT DO NOTHING, so exactly one of them wins a slot. Within a process, writes
 * run one at a time (an article's write transaction awaits between statements). Commands are
 * answered from FTS5 and the derived tables (corpus-reads.ts); another process's writes are seen
 * through PRAGMA data_version.
 */
import Database from 'better-sqlite3';
import { IMPORTED_TABLES, importArticles } from './bulk-import.js';
import { withSqliteLoader } from './sql/bulk-load.js';
import { createCorpusQueries } from './corpus-reads.js';
import { articlesToRederive, outdatedSources, rederiveArticle, splitStoredParses, writeArticle } from './corpus-write.js';
import { sqliteMigrations } from './migrations/sqlite-migrations.js';
import { countPending, type Migration } from './migrations/migration.js';
import { sqliteInstallations } from './installations.js';
import { articleFromRow, deliveryFromRow, fingerprintBands, normalizeInstant, subscriptionFromRow, type Row } from './rows.js';
import { sqliteSearch } from './sql/search.js';
import { createSerial } from './sql/serial.js';
import { sqliteSql } from './sql/sql.js';
import { watchSqliteArticles } from './sqlite-watch.js';
import { workState } from './work-state.js';
import { leases } from './leases.js';
import { RELEASED_CLAIM_AT, type ArticleChange, type Store, type StoredArticle } from './store.js';

/** Options for tests: a clock for claim times. */
export interface SqliteStoreOptions {
  now?: () => Date;
  /** How long a writer waits for another process's lock before failing, in ms. */
  busyTimeoutMs?: number;
  /** How often another process's writes are looked for, in ms (watchArticles). */
  watchIntervalMs?: number;
  /** The page cache's size in KiB (default 2,000, SQLite's own default). */
  pageCacheKib?: number;
}

/**
 * better-sqlite3 builds SQLite with a 16 MB page cache (DEFAULT_CACHE_SIZE=-16000), which a bot
 * answering commands over a large file fills and keeps: 20 MB of its resident memory at 10,000
 * articles. Pages it drops stay in the operating system's file cache, a read away.
 */
const PAGE_CACHE_KIB = 2_000;

/**
 * Sets WAL mode, waiting out other processes that hold the file: on a new file SQLite answers
 * SQLITE_BUSY at once, without its busy handler, while another connection is switching it (three
 * replicas started together on one new file).
 */
function switchToWal(db: Database.Database, timeoutMs: number): void {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      db.pragma('journal_mode = WAL');
      return;
    } catch (err) {
      if ((err as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() >= until) throw err;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 25);
    }
  }
}

/**
 * Opens (or creates) the SQLite store at `path`; ':memory:' for a private in-memory database.
 * Call migrate() before use.
 * @example const store = createSqliteStore('data/briefing.db'); await store.migrate();
 */
export function createSqliteStore(path: string, options: SqliteStoreOptions = {}): Store {
  const now = options.now ?? (() => new Date());
  const db = new Database(path);
  // busy_timeout first: switching to WAL itself needs a lock another process may hold.
  const busyTimeoutMs = Math.max(0, Math.floor(options.busyTimeoutMs ?? 10_000));
  db.pragma(`busy_timeout = ${busyTimeoutMs}`);
  if (path !== ':memory:') switchToWal(db, busyTimeoutMs);
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma(`cache_size = ${-Math.max(0, Math.floor(options.pageCacheKib ?? PAGE_CACHE_KIB))}`);

  let statements: ReturnType<typeof prepare> | undefined;

  const sql = () => (statements ??= prepare(db));
  const exec = sqliteSql(db);
  // One write at a time in this process; BEGIN IMMEDIATE keeps other processes out meanwhile.
  const serial = createSerial();
  const write = <T>(work: () => T | Promise<T>): Promise<T> => serial.run(work);
  const transaction = <T>(work: () => Promise<T>): Promise<T> =>
    write(async () => {
      db.exec('BEGIN IMMEDIATE');
      try {
        const result = await work();
        db.exec('COMMIT');
        return result;
      } catch (err) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw err;
      }
    });
  const listeners = new Set<(change: ArticleChange) => void>();
  const changed = (ids: string[] | null) => {
    for (const listener of listeners) listener({ ids });
  };

  const putSubscriptionTx = db.transaction((sub: Parameters<Store['putSubscription']>[0]) => {
    const s = sql();
    // One subscription per channel: a new id for a subscribed channel replaces the old one.
    s.deleteOtherSubscriptionOfChannel.run(sub.platform, sub.channelId, sub.id);
    s.upsertSubscription.run({
      id: sub.id,
      platform: sub.platform,
      channel_id: sub.channelId,
      time: sub.time,
      timezone: sub.timezone,
      filter: sub.filter,
      status: sub.status,
      paused_reason: sub.pausedReason,
      created_by: sub.createdBy,
      created_at: normalizeInstant(sub.createdAt, 'createdAt'),
      last_delivered_at: sub.lastDeliveredAt === null ? null : normalizeInstant(sub.lastDeliveredAt, 'lastDeliveredAt'),
      workspace_id: sub.workspaceId ?? null,
    });
  });

  const finishDeliveryTx = db.transaction((subscriptionId: string, slot: string, outcome: Parameters<Store['finishDelivery']>[2]) => {
    const s = sql();
    s.finishDelivery.run(outcome.status, outcome.messageId ?? null, outcome.error ?? null, subscriptionId, slot);
    if (outcome.status === 'sent') s.advanceLastDelivered.run({ subscriptionId, slot });
  });

  return {
    ...sqliteInstallations(db),
    async migrate() {
      await write(() => migrateSqlite(db, sqliteMigrations, now));
    },
    async pendingMigrations() {
      const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
      if (!table) return sqliteMigrations.length;
      return countPending(sqliteMigrations, db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]);
    },
    async warm() {
      // In process: no connection to open, and its pages are read as the first commands need them.
    },
    async close() {
      await serial.run(() => undefined);
      if (db.open) db.close();
    },

    async putArticle(article, options) {
      const result = await transaction(() => writeArticle(exec, sqliteSearch, article, options));
      if (result.outcome === 'added' || result.outcome === 'updated') changed([result.id]);
      return result.outcome;
    },
    async importArticles(articles, importOptions) {
      const done = await write(() => withSqliteLoader(db, IMPORTED_TABLES, (loader) => importArticles(loader, sqliteSearch, articles, importOptions)));
      changed(null);
      return done;
    },
    corpus: createCorpusQueries(exec, sqliteSearch),
    splitParses: (limit) => transaction(() => splitStoredParses(exec, limit)),
    async rederive(limit) {
      const done: string[] = [];
      for (const id of await articlesToRederive(exec, limit)) {
        if (await transaction(() => rederiveArticle(exec, sqliteSearch, id))) done.push(id);
      }
      if (done.length > 0) changed(done);
      return done.length;
    },
    async watchArticles(listener) {
      listeners.add(listener);
      const watch = watchSqliteArticles(db, listener, options.watchIntervalMs ?? 500);
      return {
        async stop() {
          listeners.delete(listener);
          watch.stop();
        },
      };
    },
    listOutdatedSources: (version, afterSeq, limit) => outdatedSources(exec, version, afterSeq, limit),
    ...workState(exec, write, now),
    ...leases(exec, write, now),
    async getArticleBySource(source) {
      const row = sql().articleBySource.get(source) as Row | undefined;
      return row ? articleFromRow(row) : null;
    },
    async findArticleByFingerprint(fingerprint) {
      const row = sql().articleByFingerprint.get(fingerprint) as Row | undefined;
      return row ? articleFromRow(row) : null;
    },
    async findSimilarArticles(fingerprint, limit) {
      const bands = fingerprintBands(fingerprint);
      if (bands.length === 0 || limit <= 0) return [];
      const rows = sql().similarArticles.all(JSON.stringify(bands), Math.floor(limit)) as Row[];
      return rows.map(articleFromRow);
    },
    async listArticles() {
      return (sql().listArticles.all() as Row[]).map(articleFromRow);
    },
    async listArticlesPage(after, limit) {
      const count = Math.max(0, Math.floor(limit));
      const rows = after
        ? sql().listArticlesAfter.iterate(normalizeInstant(after.ingestedAt, 'after'), after.id, count)
        : sql().listArticlesFirst.iterate(count);
      // Row by row, so each row's JSON text is garbage as soon as it is parsed rather than held for the page.
      const page: StoredArticle[] = [];
      for (const row of rows as IterableIterator<Row>) page.push(articleFromRow(row));
      return page;
    },
    async listArticlesSince(isoInstant, limit = -1) {
      const since = normalizeInstant(isoInstant, 'since');
      return (sql().listArticlesSince.all(since, limit) as Row[]).map(articleFromRow);
    },
    async countArticles() {
      return Number((sql().countArticles.get() as { n: number }).n);
    },

    async putSubscription(sub) {
      await write(() => putSubscriptionTx.immediate(sub));
    },
    async getSubscription(platform, channelId) {
      const row = sql().subscriptionByChannel.get(platform, channelId) as Row | undefined;
      return row ? subscriptionFromRow(row) : null;
    },
    async listSubscriptions() {
      return (sql().listSubscriptions.all() as Row[]).map(subscriptionFromRow);
    },
    async deleteSubscription(id) {
      await write(() => sql().deleteSubscription.run(id));
    },

    async claimDelivery(subscriptionId, slot, claimedBy, late) {
      const result = await write(() => sql().claimDelivery.run(subscriptionId, normalizeInstant(slot, 'slot'), now().toISOString(), claimedBy, late ? 1 : 0));
      return result.changes === 1;
    },
    async reclaimStaleDelivery(subscriptionId, slot, claimedBy, options) {
      const result = await write(() =>
        sql().reclaimStaleDelivery.run({
          subscriptionId,
          slot: normalizeInstant(slot, 'slot'),
          claimedAt: now().toISOString(),
          claimedBy,
          late: options.late ? 1 : 0,
          claimedBefore: normalizeInstant(options.claimedBefore, 'claimedBefore'),
        }),
      );
      return result.changes === 1;
    },
    async releaseDelivery(subscriptionId, slot, claimedBy) {
      const result = await write(() => sql().releaseDelivery.run(RELEASED_CLAIM_AT, subscriptionId, normalizeInstant(slot, 'slot'), claimedBy));
      return result.changes === 1;
    },
    async finishDelivery(subscriptionId, slot, outcome) {
      await write(() => finishDeliveryTx.immediate(subscriptionId, normalizeInstant(slot, 'slot'), outcome));
    },
    async getDelivery(subscriptionId, slot) {
      const row = sql().delivery.get(subscriptionId, normalizeInstant(slot, 'slot')) as Row | undefined;
      return row ? deliveryFromRow(row) : null;
    },
    async listDeliveries(subscriptionId) {
      return (sql().listDeliveries.all(subscriptionId) as Row[]).map(deliveryFromRow);
    },
  };
}

/**
 * Applies pending migrations inside one IMMEDIATE transaction: a second process starting at the
 * same moment waits for the write lock, then finds nothing left to do.
 */
function migrateSqlite(db: Database.Database, migrations: Migration[], now: () => Date): void {
  const run = db.transaction(() => {
    db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    const applied = new Set(db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]);
    const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (applied.has(migration.version)) continue;
      db.exec(migration.sql);
      record.run(migration.version, migration.name, now().toISOString());
    }
  });
  run.immediate();
}

/** Statements are prepared after migrate(), once the tables exist. */
function prepare(db: Database.Database) {
  return {
    articleBySource: db.prepare('SELECT * FROM articles WHERE source = ?'),
    articleByFingerprint: db.prepare('SELECT * FROM articles WHERE fingerprint = ? ORDER BY ingested_at, id LIMIT 1'),
    // The band list arrives as one JSON array parameter, however many bands there are.
    similarArticles: db.prepare(
      `SELECT a.* FROM (
         SELECT article_id, count(*) AS shared FROM article_bands
         WHERE band IN (SELECT value FROM json_each(?)) GROUP BY article_id
         ORDER BY shared DESC, article_id LIMIT ?
       ) c JOIN articles a ON a.id = c.article_id ORDER BY c.shared DESC, a.id`,
    ),
    listArticles: db.prepare('SELECT * FROM articles ORDER BY ingested_at, id'),
    // Keyset paging on the (ingested_at, id) index: each page starts after the previous one's last row.
    listArticlesFirst: db.prepare('SELECT * FROM articles ORDER BY ingested_at, id LIMIT ?'),
    listArticlesAfter: db.prepare('SELECT * FROM articles WHERE (ingested_at, id) > (?, ?) ORDER BY ingested_at, id LIMIT ?'),
    listArticlesSince: db.prepare('SELECT * FROM articles WHERE ingested_at > ? ORDER BY ingested_at, id LIMIT ?'),
    countArticles: db.prepare('SELECT count(*) AS n FROM articles'),
    deleteOtherSubscriptionOfChannel: db.prepare('DELETE FROM subscriptions WHERE platform = ? AND channel_id = ? AND id <> ?'),
    upsertSubscription: db.prepare(
      `INSERT INTO subscriptions (id, platform, channel_id, time, timezone, filter, status, paused_reason, created_by,
         created_at, last_delivered_at, workspace_id)
       VALUES (@id, @platform, @channel_id, @time, @timezone, @filter, @status, @paused_reason, @created_by,
         @created_at, @last_delivered_at, @workspace_id)
       ON CONFLICT (id) DO UPDATE SET platform = excluded.platform, channel_id = excluded.channel_id,
         time = excluded.time, timezone = excluded.timezone, filter = excluded.filter, status = excluded.status,
         paused_reason = excluded.paused_reason, created_by = excluded.created_by, created_at = excluded.created_at,
         last_delivered_at = excluded.last_delivered_at, workspace_id = excluded.workspace_id`,
    ),
    subscriptionByChannel: db.prepare('SELECT * FROM subscriptions WHERE platform = ? AND channel_id = ?'),
    listSubscriptions: db.prepare('SELECT * FROM subscriptions ORDER BY created_at, id'),
    deleteSubscription: db.prepare('DELETE FROM subscriptions WHERE id = ?'),
    claimDelivery: db.prepare(
      `INSERT INTO deliveries (subscription_id, slot, claimed_at, claimed_by, status, late)
       VALUES (?, ?, ?, ?, 'claimed', ?) ON CONFLICT (subscription_id, slot) DO NOTHING`,
    ),
    // One UPDATE: of two processes taking over the same stale claim, the second finds it fresh.
    reclaimStaleDelivery: db.prepare(
      `UPDATE deliveries SET claimed_by = @claimedBy, claimed_at = @claimedAt, late = @late, attempts = attempts + 1
       WHERE subscription_id = @subscriptionId AND slot = @slot AND status = 'claimed' AND claimed_at < @claimedBefore`,
    ),
    releaseDelivery: db.prepare(`UPDATE deliveries SET claimed_at = ? WHERE subscription_id = ? AND slot = ? AND status = 'claimed' AND claimed_by = ?`),
    finishDelivery: db.prepare('UPDATE deliveries SET status = ?, message_id = ?, error = ? WHERE subscription_id = ? AND slot = ?'),
    advanceLastDelivered: db.prepare(
      `UPDATE subscriptions SET last_delivered_at = (
         SELECT max(coalesce(subscriptions.last_delivered_at, ''), d.claimed_at) FROM deliveries d
         WHERE d.subscription_id = @subscriptionId AND d.slot = @slot)
       WHERE id = @subscriptionId
         AND EXISTS (SELECT 1 FROM deliveries d WHERE d.subscription_id = @subscriptionId AND d.slot = @slot)`,
    ),
    delivery: db.prepare('SELECT * FROM deliveries WHERE subscription_id = ? AND slot = ?'),
    listDeliveries: db.prepare('SELECT * FROM deliveries WHERE subscription_id = ? ORDER BY slot'),
  };
}
