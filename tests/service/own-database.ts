/** A PostgreSQL database of the test's own on the local server, for bot processes that take a DATABASE_URL. */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { postgresUrl } from '../store/postgres-schema.js';

/** A fresh database and its URL; drop() removes it, closing any connection left open. */
export interface OwnDatabase {
  url: string;
  drop(): Promise<void>;
}

export async function createOwnDatabase(): Promise<OwnDatabase> {
  const name = `svc_${randomBytes(6).toString('hex')}`;
  await onServer(`CREATE DATABASE ${name}`);
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

async function onServer(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
