/**
 * PostgreSQL schema history: the same versions and tables as sqlite-migrations.ts in PostgreSQL's
 * dialect (timestamptz, jsonb, boolean).
 */
import type { Migration } from './migration.js';
import { eventsReadAsRows, namePrefixLeaders, itemsReadAsRows, namesReadInOrder, surnameCarriersInIdOrder } from './shared-migrations.js';

/**
 * Version 5: the store answers commands. Merged actors with their name, role and kind tallies, name
 * words (pg_trgm for typos; `{{trgm}}` is the schema pg_trgm lives in), appearances, search keys as
 * tsvector (GIN), quotes, claims, events, and counts; parses kept as json text (read whole, never queried). Rows are derived from each stored parse by
 * src/store/derive/derive-article.ts: existing articles get `derived = 0` and are re-derived at start.
 */
const answersFromTheStore: Migration = {
  version: 5,
  name: 'merged actors, search keys, quotes, claims and events derived from each parse',
  sql: `
    CREATE SEQUENCE article_ids;
    CREATE SEQUENCE actor_ids;
    -- Parses are only ever read whole: json keeps the text as written, so reading one is a copy, not a conversion.
    ALTER TABLE articles ALTER COLUMN parsed TYPE json USING parsed::json;
    ALTER TABLE articles ADD COLUMN seq bigint, ADD COLUMN rank bigint NOT NULL DEFAULT 0,
      ADD COLUMN headline text NOT NULL DEFAULT '', ADD COLUMN derived integer NOT NULL DEFAULT 0;
    WITH ordered AS (SELECT id, row_number() OVER (ORDER BY ingested_at, id) AS n FROM articles)
      UPDATE articles SET seq = ordered.n FROM ordered WHERE articles.id = ordered.id;
    SELECT setval('article_ids', coalesce(max(seq), 0) + 1, false) FROM articles;
    CREATE INDEX articles_rank ON articles (rank DESC);
    CREATE INDEX articles_seq ON articles (seq);
    CREATE INDEX articles_derived ON articles (derived, seq);
    CREATE INDEX articles_parser ON articles (parser_version, seq);

    CREATE TABLE actors (
      id bigint PRIMARY KEY, name text NOT NULL, folded text NOT NULL, kind text NOT NULL,
      roles jsonb NOT NULL DEFAULT '[]', aliases jsonb NOT NULL DEFAULT '[]',
      mentions integer NOT NULL DEFAULT 0, appearances integer NOT NULL DEFAULT 0, articles integer NOT NULL DEFAULT 0
    );
    CREATE TABLE actor_names (
      seen bigserial PRIMARY KEY, actor_id bigint NOT NULL, folded text NOT NULL, text text NOT NULL,
      refs integer NOT NULL, weight integer NOT NULL, last_rank bigint NOT NULL, first_last text, surname text,
      UNIQUE (actor_id, folded)
    );
    CREATE INDEX actor_names_folded ON actor_names (folded);
    CREATE INDEX actor_names_first_last ON actor_names (first_last) WHERE first_last IS NOT NULL;
    CREATE INDEX actor_names_surname ON actor_names (surname) WHERE surname IS NOT NULL;
    CREATE TABLE actor_roles (
      seen bigserial PRIMARY KEY, actor_id bigint NOT NULL, folded text NOT NULL, text text NOT NULL,
      count integer NOT NULL, last_rank bigint NOT NULL, UNIQUE (actor_id, folded)
    );
    CREATE TABLE actor_kinds (actor_id bigint NOT NULL, kind text NOT NULL, count integer NOT NULL, PRIMARY KEY (actor_id, kind));
    CREATE TABLE actor_tokens (token text COLLATE "C" NOT NULL, actor_id bigint NOT NULL, PRIMARY KEY (token, actor_id));
    CREATE INDEX actor_tokens_actor ON actor_tokens (actor_id);
    CREATE TABLE name_tokens (token text COLLATE "C" PRIMARY KEY, actors integer NOT NULL);
    CREATE INDEX name_tokens_trgm ON name_tokens USING gin (token {{trgm}}.gin_trgm_ops);

    CREATE TABLE appearances (
      article_id text NOT NULL, local_id text NOT NULL, actor_id bigint NOT NULL, rank bigint NOT NULL,
      kind text NOT NULL, mentions integer NOT NULL, names jsonb NOT NULL, roles jsonb NOT NULL,
      PRIMARY KEY (article_id, local_id)
    );
    CREATE INDEX appearances_actor ON appearances (actor_id, rank DESC);
    CREATE TABLE article_search (article_id text PRIMARY KEY, rank bigint NOT NULL, ingested_at timestamptz NOT NULL, keys tsvector NOT NULL);
    CREATE INDEX article_search_keys ON article_search USING gin (keys);
    CREATE INDEX article_search_rank ON article_search (rank DESC);
    CREATE INDEX article_search_ingested ON article_search (ingested_at);

    CREATE TABLE quotes (
      article_id text NOT NULL, ord integer NOT NULL, rank bigint NOT NULL, speaker_actor_id bigint,
      kind text NOT NULL, paragraph integer NOT NULL, PRIMARY KEY (article_id, ord)
    );
    CREATE INDEX quotes_speaker ON quotes (speaker_actor_id, rank DESC) WHERE speaker_actor_id IS NOT NULL;
    CREATE TABLE claims (article_id text NOT NULL, ord integer NOT NULL, rank bigint NOT NULL, kind text NOT NULL, paragraph integer NOT NULL, PRIMARY KEY (article_id, ord));
    CREATE TABLE claim_sources (article_id text NOT NULL, ord integer NOT NULL, actor_id bigint NOT NULL, rank bigint NOT NULL, PRIMARY KEY (article_id, ord, actor_id));
    CREATE INDEX claim_sources_actor ON claim_sources (actor_id, rank DESC);
    CREATE TABLE events (
      article_id text NOT NULL, ord integer NOT NULL, rank bigint NOT NULL, date text NOT NULL,
      start_day text NOT NULL, end_day text NOT NULL, paragraph integer NOT NULL, PRIMARY KEY (article_id, ord)
    );
    CREATE INDEX events_start ON events (start_day);

    -- What background work remembers between runs on any replica (feed items handled, feed validators).
    CREATE TABLE work_state (scope text NOT NULL, key text NOT NULL, value jsonb NOT NULL, updated_at timestamptz NOT NULL, PRIMARY KEY (scope, key));
    CREATE INDEX work_state_updated ON work_state (scope, updated_at);

    -- Leases held by one process at a time (a Discord shard, a replica's presence), taken over once expired.
    CREATE TABLE leases (name text PRIMARY KEY, holder text NOT NULL, expires_at timestamptz NOT NULL);

    CREATE TABLE corpus_counts (id integer PRIMARY KEY CHECK (id = 1), articles bigint NOT NULL, actors bigint NOT NULL);
    INSERT INTO corpus_counts (id, articles, actors) SELECT 1, count(*), 0 FROM articles;
  `,
};

/**
 * Version 7: how many articles use each search key, kept at every write, so a topic search knows
 * a word no article uses at once and picks its plan by how common the words are (the planner's own
 * estimate for a word outside its statistics made it walk every article newest first).
 */
const searchKeyCounts: Migration = {
  version: 7,
  name: 'how many articles use each search key; actors by mentions for name completion',
  sql: `
    CREATE TABLE search_keys (key text COLLATE "C" PRIMARY KEY, articles integer NOT NULL);
    INSERT INTO search_keys (key, articles) SELECT word, ndoc FROM ts_stat('SELECT keys FROM article_search');
    CREATE INDEX actors_mentions ON actors (mentions DESC, id);
  `,
};

/**
 * Version 8: statements across articles. Every quote and claim with a speaker is a report of a
 * statement (one speaker's words, merged across articles when the words are the same or a trimmed
 * form), found again by pairs of its words; discrepancies between statements are links.
 */
const statementsAcrossArticles: Migration = {
  version: 8,
  name: 'statements and their reports across articles, word-pair keys, discrepancy links',
  sql: `
    CREATE SEQUENCE statement_ids;
    CREATE TABLE statements (
      id bigint PRIMARY KEY, speaker_actor_id bigint, kind text NOT NULL, text text NOT NULL, words text NOT NULL,
      first_day integer NOT NULL, last_day integer NOT NULL
    );
    CREATE TABLE statement_reports (
      article_id text NOT NULL, item text NOT NULL, ord integer NOT NULL, statement_id bigint NOT NULL, rank bigint NOT NULL,
      day integer NOT NULL, outlet text, published_at text, text text NOT NULL, words text NOT NULL, via text NOT NULL,
      PRIMARY KEY (article_id, item, ord)
    );
    CREATE INDEX statement_reports_statement ON statement_reports (statement_id, rank DESC);
    CREATE TABLE statement_keys (key text COLLATE "C" NOT NULL, statement_id bigint NOT NULL, PRIMARY KEY (key, statement_id));
    CREATE INDEX statement_keys_statement ON statement_keys (statement_id);
    CREATE TABLE statement_links (statement_id bigint NOT NULL, other_id bigint NOT NULL, kind text NOT NULL, PRIMARY KEY (statement_id, other_id));
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
    ALTER TABLE statements ADD COLUMN articles integer NOT NULL DEFAULT 0;
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
    ALTER TABLE articles ADD COLUMN body json;
    CREATE INDEX articles_unsplit ON articles (seq) WHERE body IS NULL;
  `,
};

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
