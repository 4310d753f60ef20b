/**
 * The PostgreSQL store (pg Pool), for several bot processes sharing one database. Migrations run
 * under an advisory lock so replicas starting together apply each migration once, and a delivery
 * is claimed by INSERT ... ON CONFLICT DO NOTHING RETURNING: exactly one process gets the row.
 * Article writes take a transaction-level advisory lock, so merging actors and the near-duplicate
 * check never race another replica, and NOTIFY every replica on commit.
 */
import pg from 'pg';
import type { Logger } from '../logging.js';
import { IMPORTED_TABLES, importArticles } from './bulk-import.js';
import { withPostgresLoader } from './sql/bulk-load.js';
import { createCorpusQueries } from './corpus-reads.js';
import { articlesToRederive, outdatedSources, rederiveArticle, splitStoredParses, writeArticle } from './corpus-write.js';
import { postgresMigrations } from './migrations/postgres-migrations.js';
import { countPending } from './migrations/migration.js';
import { postgresInstallations } from './installations.js';
import { migratePostgres } from './postgres-migrate.js';
import { articleChannel, watchPostgresArticles } from './postgres-watch.js';
import { articleFromRow, deliveryFromRow, fingerprintBands, normalizeInstant, subscriptionFromRow, type Row } from './rows.js';
import { postgresSearch } from './sql/search.js';
import { postgresSql } from './sql/sql.js';
import { inTransaction } from './sql/pg-transaction.js';
import { RELEASED_CLAIM_AT, type Store } from './store.js';
import { workState } from './work-state.js';
import { leases } from './leases.js';

/** Options for createPostgresStore. */
export interface PostgresStoreOptions {
  /** Keep every table in this schema (created if missing); tests give each run its own. */
  schema?: string;
  /** Pool size per process. */
  maxConnections?: number;
  /** Idle-connection errors (a restarted server) are logged here instead of crashing the process. */
  logger?: Logger;
  now?: () => Date;
}

// Lower case only: search_path folds unquoted names to lower case, CREATE SCHEMA below quotes them.
const schemaName = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Opens a pool to the PostgreSQL database at `url`. Nothing connects until the first query;
 * call migrate() before use.
 * @example const store = createPostgresStore('postgres://postgres@127.0.0.1:5432/test', { schema: 'run_1' });
 */
export function createPostgresStore(url: string, options: PostgresStoreOptions = {}): Store {
  const now = options.now ?? (() => new Date());
  const { schema } = options;
  if (schema !== undefined && !schemaName.test(schema)) {
    throw new TypeError(`schema must be lower-case letters, digits and underscores, not starting with a digit: ${schema}`);
  }
  const size = options.maxConnections ?? 5;
  const pool = new pg.Pool({
    connectionString: url,
    max: size,
    // Connections stay open once made: a chat bot's commands come seconds or minutes apart, and a
    // pool that closed them after 10 idle seconds (pg's default) made every such command open new
    // server processes with cold caches: /who, /claims, /quote, /timeline after 11 idle seconds took
    // 128 / 127 / 70 / 65 ms (median), 53 / 63 / 39 / 16 on kept connections (`npm run bench -- idle`).
    // Idle ones do not keep a finished CLI process alive.
    min: size,
    allowExitOnIdle: true,
    connectionTimeoutMillis: 5_000,
    // What pg_stat_activity shows for these connections (an operator's first question: whose are they?).
    application_name: `news-briefing-bot${schema ? `/${schema}` : ''}`,
    // Set at connection start-up, so every pooled connection sees the schema from its first query;
    // a low trigram threshold, so a name word two letters off is still a candidate (edit distance decides).
    // No parallel workers and no JIT: every query here is short, and starting workers or compiling
    // a plan (tens of milliseconds, once a large table's estimate passes jit_above_cost) costs more than it saves.
    options: `${schema ? `-c search_path=${schema} ` : ''}-c pg_trgm.similarity_threshold=0.2 -c max_parallel_workers_per_gather=0 -c jit=off`,
    // Counts, ranks and ids are bigint; every value here fits a JavaScript number.
    types: {
      getTypeParser: (oid: number, format?: 'text' | 'binary') => (oid === 20 ? Number : pg.types.getTypeParser(oid, format ?? 'text')),
    } as pg.CustomTypesConfig,
  });
  pool.on('error', (err) => options.logger?.warn({ err: err.message }, 'idle PostgreSQL connection failed'));
  let trgmSchema = 'public';
  const search = postgresSearch(() => trgmSchema);
  const articleLock = `news-briefing-articles:${schema ?? 'default'}`;
  const channel = articleChannel(schema);
  // Writers take turns on the article lock: merges, counts and the duplicate check see each other's commits.
  const writeArticles = <T>(work: (sql: ReturnType<typeof postgresSql>) => Promise<T>, changed: (result: T) => string[]) =>
    inTransaction(pool, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [articleLock]);
      const sql = postgresSql(client);
      const result = await work(sql);
      for (const id of changed(result)) await client.query('SELECT pg_notify($1, $2)', [channel, id]);
      return result;
    });

  const query = async (text: string, values: unknown[] = []): Promise<Row[]> => (await pool.query(text, values)).rows;
  const one = async (text: string, values: unknown[]): Promise<Row | null> => (await query(text, values))[0] ?? null;
  let closed = false;

  return {
    ...postgresInstallations(query),
    async migrate() {
      trgmSchema = await migratePostgres(pool, postgresMigrations, schema, now);
    },
    async pendingMigrations() {
      // to_regclass follows search_path, so this looks in the store's own schema.
      const [table] = await query("SELECT to_regclass('schema_migrations') IS NOT NULL AS present");
      if (!table?.present) return postgresMigrations.length;
      return countPending(
        postgresMigrations,
        (await query('SELECT version FROM schema_migrations')).map((row) => Number(row.version)),
      );
    },
    async warm() {
      const tables = (await query('SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename')).map((r) => String(r.tablename));
      // Planning a read opens the table and its indexes: one round trip per connection, each checked out at once.
      const plans = tables.map((table) => `EXPLAIN SELECT * FROM "${table}" LIMIT 1;`).join('\n');
      const connected = await Promise.allSettled(Array.from({ length: size }, () => pool.connect()));
      const clients = connected.flatMap((c) => (c.status === 'fulfilled' ? [c.value] : []));
      try {
        await Promise.all(clients.map((client) => client.query(plans)));
      } finally {
        for (const client of clients) client.release();
      }
      const failed = connected.find((c) => c.status === 'rejected');
      if (failed) throw failed.reason;
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },

    async putArticle(article, putOptions) {
      const result = await writeArticles(
        (sql) => writeArticle(sql, search, article, putOptions),
        (written) => (written.outcome === 'added' || written.outcome === 'updated' ? [written.id] : []),
      );
      return result.outcome;
    },
    importArticles: (articles, importOptions) => withPostgresLoader(pool, IMPORTED_TABLES, (loader) => importArticles(loader, search, articles, importOptions)),
    corpus: createCorpusQueries(postgresSql(pool), search),
    splitParses: (limit) => splitStoredParses(postgresSql(pool), limit),
    async rederive(limit) {
      let done = 0;
      for (const id of await articlesToRederive(postgresSql(pool), limit)) {
        if (
          await writeArticles(
            (sql) => rederiveArticle(sql, search, id),
            (did) => (did ? [id] : []),
          )
        )
          done += 1;
      }
      return done;
    },
    watchArticles: (listener) => watchPostgresArticles(url, channel, listener, options.logger),
    listOutdatedSources: (version, afterSeq, limit) => outdatedSources(postgresSql(pool), version, afterSeq, limit),
    ...workState(postgresSql(pool), (work) => work(), now),
    ...leases(postgresSql(pool), (work) => work(), now),
    async getArticleBySource(source) {
      const row = await one('SELECT * FROM articles WHERE source = $1', [source]);
      return row ? articleFromRow(row) : null;
    },
    async findArticleByFingerprint(fingerprint) {
      const row = await one('SELECT * FROM articles WHERE fingerprint = $1 ORDER BY ingested_at, id LIMIT 1', [fingerprint]);
      return row ? articleFromRow(row) : null;
    },
    async findSimilarArticles(fingerprint, limit) {
      const bands = fingerprintBands(fingerprint);
      if (bands.length === 0 || limit <= 0) return [];
      const rows = await query(
        `SELECT a.* FROM (
           SELECT article_id, count(*) AS shared FROM article_bands WHERE band = ANY($1::text[])
           GROUP BY article_id ORDER BY shared DESC, article_id LIMIT $2
         ) c JOIN articles a ON a.id = c.article_id ORDER BY c.shared DESC, a.id`,
        [bands, Math.floor(limit)],
      );
      return rows.map(articleFromRow);
    },
    async listArticles() {
      return (await query('SELECT * FROM articles ORDER BY ingested_at, id')).map(articleFromRow);
    },
    async listArticlesPage(after, limit) {
      const count = Math.max(0, Math.floor(limit));
      // Keyset paging: each page starts after the previous one's last row, so no page rescans earlier rows.
      const rows = after
        ? await query('SELECT * FROM articles WHERE (ingested_at, id) > ($1, $2) ORDER BY ingested_at, id LIMIT $3', [
            normalizeInstant(after.ingestedAt, 'after'),
            after.id,
            count,
          ])
        : await query('SELECT * FROM articles ORDER BY ingested_at, id LIMIT $1', [count]);
      return rows.map(articleFromRow);
    },
    async listArticlesSince(isoInstant, limit) {
      const since = normalizeInstant(isoInstant, 'since');
      const rows = await query('SELECT * FROM articles WHERE ingested_at > $1 ORDER BY ingested_at, id LIMIT $2', [since, limit ?? null]);
      return rows.map(articleFromRow);
    },
    async countArticles() {
      const row = await one('SELECT count(*)::int AS n FROM articles', []);
      return Number(row?.n ?? 0);
    },

    async putSubscription(sub) {
      await inTransaction(pool, async (client) => {
        // One subscription per channel: a new id for a subscribed channel replaces the old one.
        await client.query('DELETE FROM subscriptions WHERE platform = $1 AND channel_id = $2 AND id <> $3', [sub.platform, sub.channelId, sub.id]);
        await client.query(
          `INSERT INTO subscriptions (id, platform, channel_id, time, timezone, filter, status, paused_reason,
             created_by, created_at, last_delivered_at, workspace_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
           ON CONFLICT (id) DO UPDATE SET platform = excluded.platform, channel_id = excluded.channel_id,
             time = excluded.time, timezone = excluded.timezone, filter = excluded.filter, status = excluded.status,
             paused_reason = excluded.paused_reason, created_by = excluded.created_by,
             created_at = excluded.created_at, last_delivered_at = excluded.last_delivered_at,
             workspace_id = excluded.workspace_id`,
          [
            sub.id,
            sub.platform,
            sub.channelId,
            sub.time,
            sub.timezone,
            sub.filter,
            sub.status,
            sub.pausedReason,
            sub.createdBy,
            normalizeInstant(sub.createdAt, 'createdAt'),
            sub.lastDeliveredAt === null ? null : normalizeInstant(sub.lastDeliveredAt, 'lastDeliveredAt'),
            sub.workspaceId ?? null,
          ],
        );
      });
    },
    async getSubscription(platform, channelId) {
      const row = await one('SELECT * FROM subscriptions WHERE platform = $1 AND channel_id = $2', [platform, channelId]);
      return row ? subscriptionFromRow(row) : null;
    },
    async listSubscriptions() {
      return (await query('SELECT * FROM subscriptions ORDER BY created_at, id')).map(subscriptionFromRow);
    },
    async deleteSubscription(id) {
      await query('DELETE FROM subscriptions WHERE id = $1', [id]);
    },

    async claimDelivery(subscriptionId, slot, claimedBy, late) {
      const rows = await query(
        `INSERT INTO deliveries (subscription_id, slot, claimed_at, claimed_by, status, late)
         VALUES ($1, $2, $3, $4, 'claimed', $5)
         ON CONFLICT (subscription_id, slot) DO NOTHING RETURNING subscription_id`,
        [subscriptionId, normalizeInstant(slot, 'slot'), now().toISOString(), claimedBy, late],
      );
      return rows.length === 1;
    },
    async reclaimStaleDelivery(subscriptionId, slot, claimedBy, options) {
      // One UPDATE: a second process taking over the same claim waits for the row, then finds it fresh.
      const rows = await query(
        `UPDATE deliveries SET claimed_by = $3, claimed_at = $4, late = $5, attempts = attempts + 1
         WHERE subscription_id = $1 AND slot = $2 AND status = 'claimed' AND claimed_at < $6
         RETURNING subscription_id`,
        [
          subscriptionId,
          normalizeInstant(slot, 'slot'),
          claimedBy,
          now().toISOString(),
          options.late,
          normalizeInstant(options.claimedBefore, 'claimedBefore'),
        ],
      );
      return rows.length === 1;
    },
    async releaseDelivery(subscriptionId, slot, claimedBy) {
      const rows = await query(
        `UPDATE deliveries SET claimed_at = $4 WHERE subscription_id = $1 AND slot = $2 AND status = 'claimed' AND claimed_by = $3
         RETURNING subscription_id`,
        [subscriptionId, normalizeInstant(slot, 'slot'), claimedBy, RELEASED_CLAIM_AT],
      );
      return rows.length === 1;
    },
    async finishDelivery(subscriptionId, slot, outcome) {
      const at = normalizeInstant(slot, 'slot');
      await inTransaction(pool, async (client) => {
        const { rows } = await client.query(
          `UPDATE deliveries SET status = $3, message_id = $4, error = $5
           WHERE subscription_id = $1 AND slot = $2 RETURNING claimed_at`,
          [subscriptionId, at, outcome.status, outcome.messageId ?? null, outcome.error ?? null],
        );
        if (outcome.status === 'sent' && rows[0]) {
          await client.query('UPDATE subscriptions SET last_delivered_at = GREATEST(last_delivered_at, $2) WHERE id = $1', [
            subscriptionId,
            rows[0].claimed_at,
          ]);
        }
      });
    },
    async getDelivery(subscriptionId, slot) {
      const row = await one('SELECT * FROM deliveries WHERE subscription_id = $1 AND slot = $2', [subscriptionId, normalizeInstant(slot, 'slot')]);
      return row ? deliveryFromRow(row) : null;
    },
    async listDeliveries(subscriptionId) {
      const rows = await query('SELECT * FROM deliveries WHERE subscription_id = $1 ORDER BY slot', [subscriptionId]);
      return rows.map(deliveryFromRow);
    },
  };
}
