/**
 * Bringing a PostgreSQL schema up to date: migrations applied once however many replicas start
 * together, and pg_trgm (database-wide) created where the name lookups can find it.
 */
import type pg from 'pg';
import type { Migration } from './migrations/migration.js';

/**
 * Applies pending migrations while holding a session advisory lock keyed on the schema, so
 * processes starting together take turns and each migration runs once. Each migration commits
 * with its schema_migrations row, so a crash mid-way leaves a consistent version.
 */
export async function migratePostgres(pool: pg.Pool, migrations: Migration[], schema: string | undefined, now: () => Date): Promise<string> {
  const client = await pool.connect();
  const lockKey = `news-briefing-migrate:${schema ?? 'default'}`;
  try {
    const trgm = await ensureTrigrams(client);
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [lockKey]);
    try {
      if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
      await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)');
      const { rows } = await client.query('SELECT version FROM schema_migrations');
      const applied = new Set(rows.map((row: { version: number }) => Number(row.version)));
      for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
        if (applied.has(migration.version)) continue;
        await client.query('BEGIN');
        try {
          await client.query(migration.sql.replaceAll('{{trgm}}', `"${trgm}"`));
          await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
            migration.version,
            migration.name,
            now().toISOString(),
          ]);
          await client.query('COMMIT');
        } catch (err) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw err;
        }
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtext($1))', [lockKey]).catch(() => undefined);
    }
    return trgm;
  } finally {
    client.release();
  }
}

/**
 * pg_trgm (typo-tolerant name lookups) is database-wide: created once in public if missing, under a
 * lock every store takes, and looked up wherever it already lives. Returns its schema.
 */
async function ensureTrigrams(client: pg.PoolClient): Promise<string> {
  const find = async () =>
    (await client.query("SELECT extnamespace::regnamespace::text AS schema FROM pg_extension WHERE extname = 'pg_trgm'")).rows[0]?.schema as string | undefined;
  const found = await find();
  if (found) return found.replace(/^"|"$/g, '');
  await client.query("SELECT pg_advisory_lock(hashtext('news-briefing-extensions'))");
  try {
    await client.query('CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public');
  } finally {
    await client.query("SELECT pg_advisory_unlock(hashtext('news-briefing-extensions'))").catch(() => undefined);
  }
  return ((await find()) ?? 'public').replace(/^"|"$/g, '');
}
