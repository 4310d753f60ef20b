/**
 * PostgreSQL schema history: the same versions and tables as sqlite-migrations.ts in PostgreSQL's
 * dialect (timestamptz, jsonb, boolean).
 */
import type { Migration } from './migration.js';

/** Every PostgreSQL migration, oldest first. */
export const postgresMigrations: Migration[] = [
  {
    version: 1,
    name: 'articles, subscriptions and the delivery log',
    sql: `
      CREATE TABLE articles (
        id text PRIMARY KEY,
        source text NOT NULL UNIQUE,
        content_hash text NOT NULL,
        fingerprint text NOT NULL,
        parser_version integer NOT NULL,
        parsed jsonb NOT NULL,
        ingested_at timestamptz NOT NULL,
        published_at text
      );
      CREATE INDEX articles_fingerprint ON articles (fingerprint);
      CREATE INDEX articles_ingested_at ON articles (ingested_at);

      CREATE TABLE subscriptions (
        id text PRIMARY KEY,
        platform text NOT NULL,
        channel_id text NOT NULL,
        time text NOT NULL,
        timezone text NOT NULL,
        filter text,
        status text NOT NULL CHECK (status IN ('active', 'paused')),
        paused_reason text,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        last_delivered_at timestamptz,
        UNIQUE (platform, channel_id)
      );

      -- No foreign key to subscriptions: the log outlives an unsubscribe.
      CREATE TABLE deliveries (
        subscription_id text NOT NULL,
        slot timestamptz NOT NULL,
        claimed_at timestamptz NOT NULL,
        claimed_by text NOT NULL,
        status text NOT NULL CHECK (status IN ('claimed', 'sent', 'failed', 'skipped')),
        message_id text,
        late boolean NOT NULL DEFAULT false,
        error text,
        CONSTRAINT deliveries_once UNIQUE (subscription_id, slot)
      );
    `,
  },
  {
    version: 2,
    name: 'LSH band keys for near-duplicate lookup',
    sql: `
      CREATE TABLE article_bands (
        band text NOT NULL,
        article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        PRIMARY KEY (band, article_id)
      );
      CREATE INDEX article_bands_article ON article_bands (article_id);
    `,
  },
  {
    version: 3,
    name: 'delivery claims are leases: count takeovers of stale claims',
    sql: 'ALTER TABLE deliveries ADD COLUMN attempts integer NOT NULL DEFAULT 1',
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
        platform text NOT NULL,
        workspace_id text NOT NULL,
        enterprise_id text,
        data jsonb NOT NULL,
        installed_at timestamptz NOT NULL,
        PRIMARY KEY (platform, workspace_id)
      );
      ALTER TABLE subscriptions ADD COLUMN workspace_id text;
    `,
  },
];
