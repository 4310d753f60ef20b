/**
 * SQLite schema history. Timestamps are ISO UTC strings (they sort as text), parses are JSON text.
 * Keep this list in step with postgres-migrations.ts: same version numbers, same tables.
 */
import type { Migration } from './migration.js';

/** Every SQLite migration, oldest first. */
export const sqliteMigrations: Migration[] = [
  {
    version: 1,
    name: 'articles, subscriptions and the delivery log',
    sql: `
      CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        source TEXT NOT NULL UNIQUE,
        content_hash TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        parser_version INTEGER NOT NULL,
        parsed TEXT NOT NULL,
        ingested_at TEXT NOT NULL,
        published_at TEXT
      );
      CREATE INDEX articles_fingerprint ON articles (fingerprint);
      CREATE INDEX articles_ingested_at ON articles (ingested_at);

      CREATE TABLE subscriptions (
        id TEXT PRIMARY KEY,
        platform TEXT NOT NULL,
        channel_id TEXT NOT NULL,
        time TEXT NOT NULL,
        timezone TEXT NOT NULL,
        filter TEXT,
        status TEXT NOT NULL CHECK (status IN ('active', 'paused')),
        paused_reason TEXT,
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        last_delivered_at TEXT,
        UNIQUE (platform, channel_id)
      );

      -- No foreign key to subscriptions: the log outlives an unsubscribe.
      CREATE TABLE deliveries (
        subscription_id TEXT NOT NULL,
        slot TEXT NOT NULL,
        claimed_at TEXT NOT NULL,
        claimed_by TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('claimed', 'sent', 'failed', 'skipped')),
        message_id TEXT,
        late INTEGER NOT NULL DEFAULT 0,
        error TEXT,
        CONSTRAINT deliveries_once UNIQUE (subscription_id, slot)
      );
    `,
  },
  {
    version: 2,
    name: 'LSH band keys for near-duplicate lookup',
    sql: `
      CREATE TABLE article_bands (
        band TEXT NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        PRIMARY KEY (band, article_id)
      ) WITHOUT ROWID;
      CREATE INDEX article_bands_article ON article_bands (article_id);
    `,
  },
  {
    version: 3,
    name: 'delivery claims are leases: count takeovers of stale claims',
    sql: 'ALTER TABLE deliveries ADD COLUMN attempts INTEGER NOT NULL DEFAULT 1',
  },
  {
    version: 4,
    name: 'articles paged in (ingested_at, id) order straight from an index',
    sql: 'CREATE INDEX articles_ingested_at_id ON articles (ingested_at, id)',
  },
  // Version 5 is the store-engine lane's (derived corpus tables); the two apply in either order.
  {
    version: 6,
    name: 'chat app installations per workspace (Slack OAuth), and the workspace of a subscription',
    sql: `
      CREATE TABLE installations (
        platform TEXT NOT NULL,
        workspace_id TEXT NOT NULL,
        enterprise_id TEXT,
        data TEXT NOT NULL,
        installed_at TEXT NOT NULL,
        PRIMARY KEY (platform, workspace_id)
      );
      ALTER TABLE subscriptions ADD COLUMN workspace_id TEXT;
    `,
  },
];
