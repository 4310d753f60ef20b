import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { withPostgresLoader } from '../../src/store/sql/bulk-load.js';
import { postgresUrl, schemasDroppedAfterAll } from './postgres-schema.js';

const freshSchema = schemasDroppedAfterAll();
const pools: pg.Pool[] = [];
afterAll(async () => {
  for (const pool of pools.splice(0)) await pool.end();
});

async function poolWithLinks(): Promise<pg.Pool> {
  const schema = freshSchema();
  const pool = new pg.Pool({ connectionString: postgresUrl, options: `-c search_path=${schema}`, max: 1 });
  pools.push(pool);
  await pool.query(`CREATE SCHEMA ${schema}`);
  await pool.query('CREATE TABLE links (a bigint NOT NULL, b bigint NOT NULL, kind text NOT NULL, PRIMARY KEY (a, b))');
  return pool;
}

const COLUMNS = { a: 'bigint', b: 'bigint', kind: 'text' } as const;

describe('PostgreSQL bulk loader', () => {
  it('keeps one row per primary key of rows loaded as possible repeats, even when their other columns differ, and has the key back after', async () => {
    const pool = await poolWithLinks();
    const rows = [
      { a: 1, b: 2, kind: 'speaker' },
      { a: 1, b: 2, kind: 'wording' },
      { a: 2, b: 1, kind: 'speaker' },
    ];
    await withPostgresLoader(pool, ['links'], async (loader) => {
      await loader.load('links', COLUMNS, rows, { skipRepeats: true });
      await loader.load('links', COLUMNS, rows.slice(0, 1), { skipRepeats: true });
      await loader.finish();
    });
    expect(Number((await pool.query('SELECT count(*) AS n FROM links')).rows[0].n)).toBe(2);
    await expect(pool.query("INSERT INTO links VALUES (2, 1, 'wording')")).rejects.toThrow(/duplicate key/);
  });

  it('fails the whole load, keeping none of its rows, when rows loaded as distinct repeat a primary key', async () => {
    const pool = await poolWithLinks();
    const load = withPostgresLoader(pool, ['links'], async (loader) => {
      await loader.load('links', COLUMNS, [
        { a: 1, b: 2, kind: 'speaker' },
        { a: 1, b: 2, kind: 'speaker' },
      ]);
      await loader.finish();
    });
    await expect(load).rejects.toThrow();
    expect(Number((await pool.query('SELECT count(*) AS n FROM links')).rows[0].n)).toBe(0);
    await expect(pool.query("INSERT INTO links VALUES (1, 2, 'x'), (1, 2, 'y')")).rejects.toThrow(/duplicate key/);
  });
});
