/**
 * Writing many rows into empty tables fast, for a bulk import (bulk-import.ts): PostgreSQL streams
 * them with COPY (pg-copy-streams) on one connection in one transaction; SQLite runs one prepared
 * INSERT per row inside one transaction. The tables' secondary indexes are dropped first and built
 * once after the load (building an index from sorted rows is far cheaper than updating it row by
 * row); so are primary keys and unique constraints that no foreign key needs, which the load
 * still enforces when it adds them back (a repeated key fails it).
 */
import type Database from 'better-sqlite3';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { inTransaction } from './pg-transaction.js';
import { postgresSql, sqliteSql, toJsonText, type ColumnType, type Sql } from './sql.js';

/** Loads rows into tables; `finish` ends the load (indexes rebuilt, staged rows moved in). */
export interface BulkLoader {
  /** Statements on the loader's own connection and transaction. */
  readonly sql: Sql;
  /**
   * Appends `rows` to `table`; with `skipRepeats`, a row whose key is already there (or repeats one
   * of the load) is left out instead of failing the load.
   */
  load(table: string, columns: Record<string, ColumnType>, rows: readonly Record<string, unknown>[], options?: { skipRepeats?: boolean }): Promise<void>;
  finish(): Promise<void>;
}

/**
 * Runs `work` with a loader for `tables` on a connection of its own, in one transaction: committed
 * when work resolves, rolled back (indexes and all) when it throws.
 * @example await withPostgresLoader(pool, ['articles'], (loader) => loader.load('articles', columns, rows));
 */
export async function withPostgresLoader<T>(pool: pg.Pool, tables: readonly string[], work: (loader: BulkLoader) => Promise<T>): Promise<T> {
  return inTransaction(pool, async (client) => {
    // Index builds after the load sort in memory rather than on disk.
    await client.query("SET LOCAL maintenance_work_mem = '256MB'");
    // Parses are large: lz4 compresses them several times faster than the default pglz (PostgreSQL 14+ built with lz4).
    await client.query('SAVEPOINT compression');
    await client.query("SET LOCAL default_toast_compression = 'lz4'").catch(() => client.query('ROLLBACK TO SAVEPOINT compression'));
    const sql = postgresSql(client);
    const indexes = await sql.all<{ name: string; definition: string }>(
      `SELECT indexname AS name, indexdef AS definition FROM pg_indexes i
       WHERE schemaname = current_schema() AND tablename = ANY($1)
         AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname AND c.connamespace = i.schemaname::regnamespace)`,
      [[...tables]],
    );
    for (const index of indexes) await client.query(`DROP INDEX ${quoteName(index.name)}`);
    // Primary keys and unique constraints too (those no foreign key leans on): rows arrive in no
    // key order, so keeping their B-trees up to date row by row cost more than the rest of the
    // load; added back at the end, each is built by one sort and still refuses a repeated key.
    const constraints = await sql.all<{ table: string; name: string; definition: string }>(
      `SELECT t.relname AS "table", c.conname AS name, pg_get_constraintdef(c.oid) AS definition
       FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
       WHERE c.connamespace = current_schema()::regnamespace AND c.contype IN ('p', 'u') AND t.relname = ANY($1)
         AND NOT EXISTS (SELECT 1 FROM pg_constraint f WHERE f.contype = 'f' AND f.conindid = c.conindid)`,
      [[...tables]],
    );
    for (const c of constraints) await client.query(`ALTER TABLE ${quoteName(c.table)} DROP CONSTRAINT ${quoteName(c.name)}`);
    const staged = new Map<string, string>();
    const loader: BulkLoader = {
      sql,
      async load(table, columns, rows, options = {}) {
        if (rows.length === 0) return;
        let target = table;
        if (options.skipRepeats) {
          target = staged.get(table) ?? `bulk_${table}`;
          if (!staged.has(table)) {
            await client.query(`CREATE TEMP TABLE ${target} (LIKE ${table}) ON COMMIT DROP`);
            staged.set(table, target);
          }
        }
        const names = Object.keys(columns);
        const stream = client.query(copyFrom(`COPY ${target} (${names.join(', ')}) FROM STDIN`));
        await pipeline(Readable.from([copyText(rows, columns)]), stream);
      },
      async finish() {
        // Before the keys are back (with them, each staged row would probe a half-built index): one
        // row per primary key, as ON CONFLICT DO NOTHING kept when the key was there.
        for (const [table, from] of staged) {
          const key = /^PRIMARY KEY \((.+)\)$/.exec(
            constraints.find((c) => c.table === table && c.definition.startsWith('PRIMARY KEY'))?.definition ?? '',
          )?.[1];
          await client.query(`INSERT INTO ${table} SELECT DISTINCT ${key ? `ON (${key}) ` : ''}* FROM ${from} ON CONFLICT DO NOTHING`);
        }
        for (const c of constraints) await client.query(`ALTER TABLE ${quoteName(c.table)} ADD CONSTRAINT ${quoteName(c.name)} ${c.definition}`);
        for (const index of indexes) await client.query(index.definition);
      },
    };
    return work(loader);
  });
}

/**
 * The page cache of a SQLite load, as cache_size gives it (negative: KiB): 256 MB, for the load
 * only. The primary keys stay during a load and take random text keys; with the store's own 16 MB
 * an import slowed as the file outgrew the cache (20,000 articles: the last quarter 2.0x as slow as
 * the first, twice; with 256 MB 0.74x and 1.05x, and 100,000 could not finish in 60 minutes).
 */
const LOAD_PAGE_CACHE = -256_000;

/**
 * Runs `work` with a loader for `tables` on `db`; the caller holds the store's write turn, and the
 * load is one transaction (rolled back when work throws).
 */
export async function withSqliteLoader<T>(db: Database.Database, tables: readonly string[], work: (loader: BulkLoader) => Promise<T>): Promise<T> {
  const sql = sqliteSql(db);
  // A load reads back the rows it merges into: a larger page cache while it runs, the store's own after.
  const pageCache = Number(db.pragma('cache_size', { simple: true }));
  db.pragma(`cache_size = ${LOAD_PAGE_CACHE}`);
  db.exec('BEGIN IMMEDIATE');
  try {
    const indexes = db
      .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (SELECT value FROM json_each(?))`)
      .all(JSON.stringify(tables)) as { name: string; sql: string }[];
    for (const index of indexes) db.exec(`DROP INDEX ${quoteName(index.name)}`);
    const inserts = new Map<string, Database.Statement>();
    const loader: BulkLoader = {
      sql,
      async load(table, columns, rows, options = {}) {
        const names = Object.keys(columns);
        const text = `INSERT ${options.skipRepeats ? 'OR IGNORE ' : ''}INTO ${table} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`;
        let insert = inserts.get(text);
        if (!insert) inserts.set(text, (insert = db.prepare(text)));
        const types = names.map((name) => columns[name]!);
        for (const row of rows) insert.run(names.map((name, i) => sqliteValue(row[name], types[i]!)));
      },
      async finish() {
        for (const index of indexes) db.exec(index.sql);
      },
    };
    const result = await work(loader);
    db.exec('COMMIT');
    return result;
  } catch (err) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw err;
  } finally {
    db.pragma(`cache_size = ${pageCache}`);
  }
}

/** Rows in COPY's text format: tab-separated, `\N` for null, backslash escapes. */
export function copyText(rows: readonly Record<string, unknown>[], columns: Record<string, ColumnType>): string {
  const entries = Object.entries(columns);
  let out = '';
  for (const row of rows) {
    out += entries.map(([name, type]) => copyField(row[name], type)).join('\t');
    out += '\n';
  }
  return out;
}

function copyField(value: unknown, type: ColumnType): string {
  if (value === null || value === undefined) return '\\N';
  const text = type === 'json' ? toJsonText(value) : String(value).replaceAll('\u0000', '');
  return text.replace(/[\\\n\r\t]/g, (c) => COPY_ESCAPES[c]!);
}

const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function sqliteValue(value: unknown, type: ColumnType): unknown {
  if (value === undefined || value === null) return null;
  if (type === 'json') return JSON.stringify(value);
  return typeof value === 'boolean' ? Number(value) : value;
}

function quoteName(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
