/**
 * SQLite schema history. Timestamps are ISO UTC strings (they sort as text), parses are JSON text.
 * Keep this list in step with postgres-migrations.ts: same version numbers, same tables.
 */
import type { Migration } from './migration.js';
import { eventsReadAsRows, namePrefixLeaders, itemsReadAsRows, namesReadInOrder, surnameCarriersInIdOrder } from './shared-migrations.js';

/**
 * Version 5, as postgres-migrations.ts: merged actors and their tallies, name words with an FTS5
 * trigram table (padded ^word$) for typos, appearances, FTS5 search keys whose rowid is the article's
 * rank (matches come newest first), quotes, claims, events, counts, and counters for ids.
 */
const answersFromTheStore: Migration = {
  version: 5,
  name: 'merged actors, search keys, quotes, claims and events derived from each parse',
  sql: `
    CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
    ALTER TABLE articles ADD COLUMN seq INTEGER;
    ALTER TABLE articles ADD COLUMN rank INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE articles ADD COLUMN headline TEXT NOT NULL DEFAULT '';
    ALTER TABLE articles ADD COLUMN derived INTEGER NOT NULL DEFAULT 0;
    UPDATE articles SET seq = (SELECT n FROM (SELECT id, row_number() OVER (ORDER BY ingested_at, id) AS n FROM articles) o WHERE o.id = articles.id);
    INSERT INTO counters (name, value) SELECT 'article', coalesce(max(seq), 0) FROM articles;
    CREATE INDEX articles_rank ON articles (rank DESC);
    CREATE INDEX articles_seq ON articles (seq);
    CREATE INDEX articles_derived ON articles (derived, seq);
    CREATE INDEX articles_parser ON articles (parser_version, seq);

    CREATE TABLE actors (
      id INTEGER PRIMARY KEY, name TEXT NOT NULL, folded TEXT NOT NULL, kind TEXT NOT NULL,
      roles TEXT NOT NULL DEFAULT '[]', aliases TEXT NOT NULL DEFAULT '[]',
      mentions INTEGER NOT NULL DEFAULT 0, appearances INTEGER NOT NULL DEFAULT 0, articles INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE actor_names (
      seen INTEGER PRIMARY KEY, actor_id INTEGER NOT NULL, folded TEXT NOT NULL, text TEXT NOT NULL,
      refs INTEGER NOT NULL, weight INTEGER NOT NULL, last_rank INTEGER NOT NULL, first_last TEXT, surname TEXT,
      UNIQUE (actor_id, folded)
    );
    CREATE INDEX actor_names_folded ON actor_names (folded);
    CREATE INDEX actor_names_first_last ON actor_names (first_last) WHERE first_last IS NOT NULL;
    CREATE INDEX actor_names_surname ON actor_names (surname) WHERE surname IS NOT NULL;
    CREATE TABLE actor_roles (
      seen INTEGER PRIMARY KEY, actor_id INTEGER NOT NULL, folded TEXT NOT NULL, text TEXT NOT NULL,
      count INTEGER NOT NULL, last_rank INTEGER NOT NULL, UNIQUE (actor_id, folded)
    );
    CREATE TABLE actor_kinds (actor_id INTEGER NOT NULL, kind TEXT NOT NULL, count INTEGER NOT NULL, PRIMARY KEY (actor_id, kind)) WITHOUT ROWID;
    CREATE TABLE actor_tokens (token TEXT NOT NULL, actor_id INTEGER NOT NULL, PRIMARY KEY (token, actor_id)) WITHOUT ROWID;
    CREATE INDEX actor_tokens_actor ON actor_tokens (actor_id);
    CREATE TABLE name_tokens (id INTEGER PRIMARY KEY, token TEXT NOT NULL UNIQUE, actors INTEGER NOT NULL);
    CREATE VIRTUAL TABLE name_tokens_trgm USING fts5 (token, content='', contentless_delete=1, tokenize='trigram');
    CREATE TRIGGER name_tokens_added AFTER INSERT ON name_tokens BEGIN
      INSERT INTO name_tokens_trgm (rowid, token) VALUES (new.id, '^' || new.token || '$');
    END;
    CREATE TRIGGER name_tokens_removed AFTER DELETE ON name_tokens BEGIN
      DELETE FROM name_tokens_trgm WHERE rowid = old.id;
    END;

    CREATE TABLE appearances (
      article_id TEXT NOT NULL, local_id TEXT NOT NULL, actor_id INTEGER NOT NULL, rank INTEGER NOT NULL,
      kind TEXT NOT NULL, mentions INTEGER NOT NULL, names TEXT NOT NULL, roles TEXT NOT NULL,
      PRIMARY KEY (article_id, local_id)
    ) WITHOUT ROWID;
    CREATE INDEX appearances_actor ON appearances (actor_id, rank DESC);
    CREATE VIRTUAL TABLE article_search USING fts5 (keys, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0');

    CREATE TABLE quotes (
      article_id TEXT NOT NULL, ord INTEGER NOT NULL, rank INTEGER NOT NULL, speaker_actor_id INTEGER,
      kind TEXT NOT NULL, paragraph INTEGER NOT NULL, PRIMARY KEY (article_id, ord)
    ) WITHOUT ROWID;
    CREATE INDEX quotes_speaker ON quotes (speaker_actor_id, rank DESC) WHERE speaker_actor_id IS NOT NULL;
    CREATE TABLE claims (article_id TEXT NOT NULL, ord INTEGER NOT NULL, rank INTEGER NOT NULL, kind TEXT NOT NULL, paragraph INTEGER NOT NULL, PRIMARY KEY (article_id, ord)) WITHOUT ROWID;
    CREATE TABLE claim_sources (article_id TEXT NOT NULL, ord INTEGER NOT NULL, actor_id INTEGER NOT NULL, rank INTEGER NOT NULL, PRIMARY KEY (article_id, ord, actor_id)) WITHOUT ROWID;
    CREATE INDEX claim_sources_actor ON claim_sources (actor_id, rank DESC);
    CREATE TABLE events (
      article_id TEXT NOT NULL, ord INTEGER NOT NULL, rank INTEGER NOT NULL, date TEXT NOT NULL,
      start_day TEXT NOT NULL, end_day TEXT NOT NULL, paragraph INTEGER NOT NULL, PRIMARY KEY (article_id, ord)
    ) WITHOUT ROWID;
    CREATE INDEX events_start ON events (start_day);

    -- What background work remembers between runs on any replica (feed items handled, feed validators).
    CREATE TABLE work_state (scope TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL, updated_at TEXT NOT NULL, PRIMARY KEY (scope, key));
    CREATE INDEX work_state_updated ON work_state (scope, updated_at);

    -- Leases held by one process at a time (a Discord shard, a replica's presence), taken over once expired.
    CREATE TABLE leases (name TEXT PRIMARY KEY, holder TEXT NOT NULL, expires_at TEXT NOT NULL);

    CREATE TABLE corpus_counts (id INTEGER PRIMARY KEY CHECK (id = 1), articles INTEGER NOT NULL, actors INTEGER NOT NULL);
    INSERT INTO corpus_counts (id, articles, actors) SELECT 1, count(*), 0 FROM articles;
  `,
};

/** Version 7, as in postgres-migrations.ts: FTS5 counts the articles of each key itself; a view of it. */
const searchKeyCounts: Migration = {
  version: 7,
  name: 'how many articles use each search key; actors by mentions for name completion',
  sql: `
    CREATE VIRTUAL TABLE search_keys USING fts5vocab (article_search, row);
    CREATE INDEX actors_mentions ON actors (mentions DESC, id);
  `,
};

/** Version 8, as in postgres-migrations.ts: statements, their reports, word-pair keys and discrepancy links. */
const statementsAcrossArticles: Migration = {
  version: 8,
  name: 'statements and their reports across articles, word-pair keys, discrepancy links',
  sql: `
    CREATE TABLE statements (
      id INTEGER PRIMARY KEY, speaker_actor_id INTEGER, kind TEXT NOT NULL, text TEXT NOT NULL, words TEXT NOT NULL,
      first_day INTEGER NOT NULL, last_day INTEGER NOT NULL
    );
    CREATE TABLE statement_reports (
      article_id TEXT NOT NULL, item TEXT NOT NULL, ord INTEGER NOT NULL, statement_id INTEGER NOT NULL, rank INTEGER NOT NULL,
      day INTEGER NOT NULL, outlet TEXT, published_at TEXT, text TEXT NOT NULL, words TEXT NOT NULL, via TEXT NOT NULL,
      PRIMARY KEY (article_id, item, ord)
    ) WITHOUT ROWID;
    CREATE INDEX statement_reports_statement ON statement_reports (statement_id, rank DESC);
    CREATE TABLE statement_keys (key TEXT NOT NULL, statement_id INTEGER NOT NULL, PRIMARY KEY (key, statement_id)) WITHOUT ROWID;
    CREATE INDEX statement_keys_statement ON statement_keys (statement_id);
    CREATE TABLE statement_links (statement_id INTEGER NOT NULL, other_id INTEGER NOT NULL, kind TEXT NOT NULL, PRIMARY KEY (statement_id, other_id)) WITHOUT ROWID;
    CREATE INDEX statement_links_other ON statement_links (other_id);
  `,
};

/**
 * Version 9: how many articles report each statement, kept at every write, so an answer reads a
 * statement's count and its newest reports from the index instead of every report it has (a
 * statement a thousand articles carry cost a thousand rows per answer).
 */
const statementArticleCounts: Migration = {
  version: 9,
  name: 'articles reporting each statement',
  sql: `
    ALTER TABLE statements ADD COLUMN articles INTEGER NOT NULL DEFAULT 0;
    UPDATE statements SET articles = (SELECT count(DISTINCT r.article_id) FROM statement_reports r WHERE r.statement_id = statements.id);
  `,
};

/**
 * Version 10: a report's words are not stored beside its text: they are the text's words
 * (statementWords), read again when an article is removed. A third of each report row, 6% of a
 * corpus's bytes.
 */
const reportWordsFromText: Migration = {
  version: 10,
  name: "a report's words read from its text, not stored",
  sql: 'ALTER TABLE statement_reports DROP COLUMN words',
};

/**
 * A parse's paragraphs and events in a column of their own (parse-columns.ts), so /claims and /quote
 * read a third less JSON per article. Adding the column is instant at any size; the parses stored
 * before it are split in the background of a running bot (splitParses, refresh-store.ts), and read
 * whole meanwhile.
 */
const paragraphsInTheirOwnColumn: Migration = {
  version: 12,
  name: "a parse's paragraphs and events in a column of their own",
  sql: `
    ALTER TABLE articles ADD COLUMN body TEXT;
    CREATE INDEX articles_unsplit ON articles (seq) WHERE body IS NULL;
  `,
};

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
  answersFromTheStore,
  searchKeyCounts,
  statementsAcrossArticles,
  statementArticleCounts,
  reportWordsFromText,
  surnameCarriersInIdOrder,
  paragraphsInTheirOwnColumn,
  namesReadInOrder,
  itemsReadAsRows,
  eventsReadAsRows,
  namePrefixLeaders,
];
