/**
 * Leases in the store, written once for both: a name held by one process until it expires, so
 * replicas can split work that must have a single owner (each Discord shard) and take it over
 * when its owner stops renewing.
 */
import { toIso } from './rows.js';
import type { Sql } from './sql/sql.js';
import type { Store } from './store.js';

/** acquireLease, releaseLease and listLeases over `sql`; writes go through `write`. */
export function leases(
  sql: Sql,
  write: <T>(work: () => Promise<T>) => Promise<T>,
  now: () => Date,
): Pick<Store, 'acquireLease' | 'releaseLease' | 'listLeases'> {
  return {
    async acquireLease(name, holder, ttlMs) {
      const at = now();
      // One statement: a live lease of another holder is left alone, so racing takers get one winner.
      const rows = await write(() =>
        sql.all(
          `INSERT INTO leases (name, holder, expires_at) VALUES ($1, $2, $3)
           ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
           WHERE leases.holder = excluded.holder OR leases.expires_at < $4
           RETURNING name`,
          [name, holder, new Date(at.getTime() + ttlMs).toISOString(), at.toISOString()],
        ),
      );
      return rows.length === 1;
    },
    async releaseLease(name, holder) {
      await write(() => sql.run('DELETE FROM leases WHERE name = $1 AND holder = $2', [name, holder]));
    },
    async listLeases(prefix) {
      const rows = await sql.all<{ name: string; holder: string; expires_at: unknown }>(
        'SELECT name, holder, expires_at FROM leases WHERE name >= $1 AND name < $2 AND expires_at >= $3 ORDER BY name',
        [prefix, `${prefix}\uffff`, now().toISOString()],
      );
      return rows.map((r) => ({ name: r.name, holder: r.holder, expiresAt: toIso(r.expires_at as string) }));
    },
  };
}
