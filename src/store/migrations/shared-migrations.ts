/** Migrations whose SQL is the same on PostgreSQL and SQLite, listed by both stores' migration lists. */
import { fillNamePrefixesSql } from '../actors/name-prefixes.js';
import type { Migration } from './migration.js';

/**
 * The merge asks for at most two persons carrying a lone surname (merge-plan.ts needs exactly one);
 * with the actor id in the index those two are read in id order and the scan stops, where before
 * every carrier of a common surname was read, a number that grows with the corpus.
 */
export const surnameCarriersInIdOrder: Migration = {
  version: 11,
  name: 'persons carrying a surname read in actor order from the index',
  sql: `
    DROP INDEX actor_names_surname;
    CREATE INDEX actor_names_surname ON actor_names (surname, actor_id) WHERE surname IS NOT NULL;
  `,
};

/**
 * A name's actors read from indexes in order, so /who with a surname thousands of actors carry reads
 * a few of them (corpus-reads.ts actorsNamed): those whose full name it is, and those it names most often.
 */
export const namesReadInOrder: Migration = {
  version: 13,
  name: "a name's actors read in order from indexes",
  sql: `
    CREATE INDEX actors_folded ON actors (folded);
    DROP INDEX actor_names_folded;
    CREATE INDEX actor_names_folded ON actor_names (folded, refs DESC, actor_id);
  `,
};

/**
 * Replies about one actor read the quotes and claims by or naming them as rows, not the parses of
 * the articles they come from (corpus-reads.ts itemsAbout): each quote and claim keeps its own JSON,
 * and the actors its words name are rows beside its sources. Stored articles get them when they are
 * re-derived (DERIVATION_VERSION 3); until then replies read their parses, as before.
 */
export const itemsReadAsRows: Migration = {
  version: 14,
  name: 'quotes and claims read as rows, with the actors they name',
  sql: `
    CREATE TABLE article_cited (article_id text PRIMARY KEY, rank bigint NOT NULL, data json NOT NULL);
    ALTER TABLE quotes ADD COLUMN data json;
    ALTER TABLE quotes ADD COLUMN keys text;
    ALTER TABLE claims ADD COLUMN data json;
    ALTER TABLE claims ADD COLUMN keys text;
    CREATE TABLE quote_names (article_id text NOT NULL, ord integer NOT NULL, actor_id bigint NOT NULL, rank bigint NOT NULL, PRIMARY KEY (article_id, ord, actor_id));
    CREATE TABLE claim_names (article_id text NOT NULL, ord integer NOT NULL, actor_id bigint NOT NULL, rank bigint NOT NULL, PRIMARY KEY (article_id, ord, actor_id));
  `,
};

/**
 * /timeline of an actor or a topic reads the events it shows as rows (item-rows.ts), as /claims and
 * /quote read theirs: each event keeps its own JSON and its words' content keys, `event_names` links
 * it to the actors its paragraph or its words name, and an appearance keeps the paragraphs that name
 * its actor (what a reply tells the actor's events by). `article_cited.derivation` says which
 * derivation wrote an article's rows, so replies read the parses of articles derived before these.
 */
export const eventsReadAsRows: Migration = {
  version: 15,
  name: 'events read as rows, with the actors they name',
  sql: `
    ALTER TABLE events ADD COLUMN data json;
    ALTER TABLE events ADD COLUMN keys text;
    ALTER TABLE appearances ADD COLUMN paragraphs json;
    ALTER TABLE article_cited ADD COLUMN derivation integer NOT NULL DEFAULT 3;
    CREATE TABLE event_names (article_id text NOT NULL, ord integer NOT NULL, actor_id bigint NOT NULL, rank bigint NOT NULL, PRIMARY KEY (article_id, ord, actor_id));
  `,
};

/**
 * Name completion reads the most mentioned actors for a short beginning from an index in order
 * (actors/name-prefixes.ts), where it walked the actors most mentioned first and kept those whose
 * name has a word of that beginning: thousands of rows at 300,000 articles for a beginning a few
 * thousand actors share. Filled from the stored name words.
 */
export const namePrefixLeaders: Migration = {
  version: 16,
  name: 'name completion reads the most mentioned actors of a beginning from an index',
  sql: `
    CREATE TABLE name_prefixes (actor_id bigint NOT NULL, prefix text NOT NULL, mentions integer NOT NULL, PRIMARY KEY (actor_id, prefix));
    ${fillNamePrefixesSql()};
    CREATE INDEX name_prefixes_leaders ON name_prefixes (prefix, mentions DESC, actor_id);
  `,
};
