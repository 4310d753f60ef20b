/** Migrations whose SQL is the same on PostgreSQL and SQLite, listed by both stores' migration lists. */
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
