/**
 * The store's small key-value memory for background work (which feed items were handled, a feed's
 * validators), shared by every replica: written once for both stores.
 */
import { normalizeInstant } from './rows.js';
import { toJsonText, type Sql } from './sql/sql.js';
import type { Store } from './store.js';

/** getState, putState and pruneState over `sql`; writes go through `write` (the store's write path). */
export function workState(sql: Sql, write: <T>(work: () => Promise<T>) => Promise<T>, now: () => Date): Pick<Store, 'getState' | 'putState' | 'pruneState'> {
  return {
    async getState(scope, key) {
      const [row] = await sql.all<{ value: unknown }>('SELECT value FROM work_state WHERE scope = $1 AND key = $2', [scope, key]);
      if (!row) return null;
      return typeof row.value === 'string' ? JSON.parse(row.value) : row.value;
    },
    async putState(scope, key, value) {
      await write(() =>
        value === null || value === undefined
          ? sql.run('DELETE FROM work_state WHERE scope = $1 AND key = $2', [scope, key])
          : sql.run(
              `INSERT INTO work_state (scope, key, value, updated_at) VALUES ($1, $2, ${sql.dialect.json(3)}, $4)
               ON CONFLICT (scope, key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
              [scope, key, toJsonText(value), now().toISOString()],
            ),
      );
    },
    async pruneState(scope, before) {
      await write(() => sql.run('DELETE FROM work_state WHERE scope = $1 AND updated_at < $2', [scope, normalizeInstant(before, 'before')]));
    },
  };
}
