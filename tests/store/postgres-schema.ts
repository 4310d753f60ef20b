/** A PostgreSQL schema of its own per test run, dropped afterwards, so runs never see each other's rows. */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll } from 'vitest';

export const postgresUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A fresh, unused schema name such as `t_3f2a9c1b0d4e`. */
export function uniqueSchemaName(): string {
  return `t_${randomBytes(6).toString('hex')}`;
}

/** Drops the schema and everything in it. */
export async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}

/** Rows of a query run inside `schema`. */
export async function queryInSchema(schema: string, text: string, values: unknown[] = []): Promise<Record<string, unknown>[]> {
  const client = new pg.Client({ connectionString: postgresUrl, options: `-c search_path=${schema}` });
  await client.connect();
  try {
    return (await client.query(text, values)).rows;
  } finally {
    await client.end();
  }
}

/**
 * A maker of fresh schema names for one test file; every schema it made is dropped after the file's tests.
 * @example const freshSchema = schemasDroppedAfterAll(); createPostgresStore(postgresUrl, { schema: freshSchema() });
 */
export function schemasDroppedAfterAll(): () => string {
  const schemas: string[] = [];
  afterAll(async () => {
    for (const schema of schemas.splice(0)) await dropSchema(schema);
  });
  return () => {
    const schema = uniqueSchemaName();
    schemas.push(schema);
    return schema;
  };
}
