/**
 * One way to run SQL against either store, so the corpus index and its queries are written once:
 * statements use PostgreSQL's `$1` placeholders (SQLite reads them as named parameters), and the few
 * places where the dialects differ (lists, row sets passed as JSON, JSON columns) go through the
 * Dialect. Full-text search and name trigrams, which differ most, live in each store's own module.
 */
import type Database from 'better-sqlite3';
import type pg from 'pg';

/** A row as a driver returns it. */
export type SqlRow = Record<string, unknown>;

/** Column types of a row set passed as JSON. */
export type ColumnType = 'bigint' | 'int' | 'text' | 'json' | 'timestamp';

/** What differs between the two dialects in the shared statements. */
export interface Dialect {
  readonly name: 'postgres' | 'sqlite';
  /** `column` is one of the values of list parameter `$param`. */
  inList(column: string, param: number): string;
  /** The value to bind for a list parameter. */
  list(values: readonly (string | number)[]): unknown;
  /** A FROM item `r` over the rows of parameter `$param`, bound with `rows(...)`. */
  rowsOf(param: number, columns: Record<string, ColumnType>): string;
  /** The value to bind for `rowsOf`. */
  rows(values: readonly Record<string, unknown>[]): string;
  /** A JSON parameter as a value for a JSON column. */
  json(param: number): string;
  /** JSON text of an array of `[a, b]` pairs over the rows of a subquery, e.g. `(SELECT ${pairs('x', 'y')} FROM t)`. */
  pairs(a: string, b: string): string;
  /** `count` fresh ids of a counter ('article' for change order, 'actor' and 'statement' ids); never reused. */
  nextIds(sql: Sql, counter: 'article' | 'actor' | 'statement', count: number): Promise<number[]>;
}

/** Runs statements in one connection (or transaction). */
export interface Sql {
  readonly dialect: Dialect;
  all<T = SqlRow>(text: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs a statement; resolves to the number of rows it changed. */
  run(text: string, params?: readonly unknown[]): Promise<number>;
}

const pgTypes: Record<ColumnType, string> = { bigint: 'bigint', int: 'integer', text: 'text', json: 'jsonb', timestamp: 'timestamptz' };
// jsonb in row sets (parsed once, fast to take apart); assigned to json or jsonb columns alike.

export const postgresDialect: Dialect = {
  name: 'postgres',
  inList: (column, param) => `${column} = ANY($${param})`,
  list: (values) => [...values],
  rowsOf: (param, columns) =>
    `jsonb_to_recordset($${param}::jsonb) AS r(${Object.entries(columns)
      .map(([name, type]) => `${name} ${pgTypes[type]}`)
      .join(', ')})`,
  rows: (values) => JSON.stringify(values, dropNul),
  json: (param) => `$${param}::jsonb`,
  pairs: (a, b) => `json_agg(json_build_array(${a}, ${b}))::text`,
  async nextIds(sql, counter, count) {
    if (count <= 0) return [];
    const rows = await sql.all<{ id: number }>(`SELECT nextval('${counter}_ids') AS id FROM generate_series(1, $1)`, [count]);
    return rows.map((r) => Number(r.id));
  },
};

export const sqliteDialect: Dialect = {
  name: 'sqlite',
  inList: (column, param) => `${column} IN (SELECT value FROM json_each($${param}))`,
  list: (values) => JSON.stringify(values),
  rowsOf: (param, columns) =>
    `(SELECT ${Object.entries(columns)
      .map(([name, type]) => (type === 'json' ? `value->'${name}' AS ${name}` : `value->>'${name}' AS ${name}`))
      .join(', ')} FROM json_each($${param})) AS r`,
  rows: (values) => JSON.stringify(values),
  json: (param) => `$${param}`,
  pairs: (a, b) => `json_group_array(json_array(${a}, ${b}))`,
  // Callers hold the write lock, so read-then-bump cannot race.
  async nextIds(sql, counter, count) {
    if (count <= 0) return [];
    const rows = await sql.all<{ value: number }>(
      'INSERT INTO counters (name, value) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET value = value + $2 RETURNING value',
      [counter, count],
    );
    const last = Number(rows[0]!.value);
    return Array.from({ length: count }, (_, i) => last - count + 1 + i);
  },
};

/** Inserts rows into `table`, all in one statement. */
export async function insertRows(sql: Sql, table: string, columns: Record<string, ColumnType>, rows: readonly Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  const names = Object.keys(columns).join(', ');
  await sql.run(`INSERT INTO ${table} (${names}) SELECT ${names} FROM ${sql.dialect.rowsOf(1, columns)} WHERE true`, [sql.dialect.rows(rows)]);
}

/** A JSON column's value as the driver gives it (PostgreSQL: parsed; SQLite: text), parsed. */
export function fromJson(value: unknown): unknown {
  return typeof value === 'string' ? JSON.parse(value) : value;
}

/** jsonb rejects the NUL character, which odd input can carry into a parse; drop it. */
function dropNul(_key: string, value: unknown): unknown {
  return typeof value === 'string' ? value.replaceAll('\u0000', '') : value;
}

/** A JSON text PostgreSQL's jsonb accepts (no NUL characters). */
export function toJsonText(value: unknown): string {
  return JSON.stringify(value, dropNul);
}

/** Most statement texts read as named statements: the code writes a bounded number; any past it run unnamed. */
const NAMED_AT_MOST = 400;
const statementNames = new Map<string, string>();

/**
 * A read's statement name: PostgreSQL then parses and plans it once per connection, not at every
 * reply (planning took as long as running for the indexed reads, 0.5-1 ms each).
 */
function statementName(text: string): string | undefined {
  let name = statementNames.get(text);
  if (name === undefined && statementNames.size < NAMED_AT_MOST) statementNames.set(text, (name = `read_${statementNames.size}`));
  return name;
}

/** Statements on a PostgreSQL pool or client. */
export function postgresSql(client: Pick<pg.Pool | pg.PoolClient, 'query'>): Sql {
  return {
    dialect: postgresDialect,
    async all<T>(text: string, params: readonly unknown[] = []) {
      // (Without parameters a text may hold several statements, which only the simple protocol runs.)
      const name = params.length > 0 ? statementName(text) : undefined;
      return (await (name ? client.query({ name, text, values: params as unknown[] }) : client.query(text, params as unknown[]))).rows as T[];
    },
    async run(text, params = []) {
      return (await client.query(text, params as unknown[])).rowCount ?? 0;
    },
  };
}

/** Statements on a better-sqlite3 connection; prepared statements are cached by text. */
export function sqliteSql(db: Database.Database): Sql {
  const cache = new Map<string, Database.Statement>();
  const prepared = (text: string) => {
    let statement = cache.get(text);
    if (!statement) {
      statement = db.prepare(text);
      cache.set(text, statement);
    }
    return statement;
  };
  const bind = (params: readonly unknown[]) => {
    const named: Record<string, unknown> = {};
    params.forEach((value, i) => (named[String(i + 1)] = typeof value === 'boolean' ? Number(value) : value));
    return named;
  };
  return {
    dialect: sqliteDialect,
    async all<T>(text: string, params: readonly unknown[] = []) {
      const statement = prepared(text);
      return (statement.reader ? statement.all(bind(params)) : (statement.run(bind(params)), [])) as T[];
    },
    async run(text, params = []) {
      return prepared(text).run(bind(params)).changes;
    },
  };
}
