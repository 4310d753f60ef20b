import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logging.js';
import { createStore } from '../../src/store/create-store.js';
import { dropSchema, postgresUrl, queryInSchema, uniqueSchemaName } from './postgres-schema.js';

const dir = mkdtempSync(join(tmpdir(), 'briefing-create-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function openingError(env: Record<string, string>): Promise<Error> {
  const error = await createStore(loadConfig(env), silentLogger()).then(
    () => new Error('the store opened'),
    (err: Error) => err,
  );
  return error;
}

describe('createStore', () => {
  it('opens a SQLite file under DATA_DIR by default, creating the folder', async () => {
    const dataDir = join(dir, 'nested', 'data');
    const store = await createStore(loadConfig({ DATA_DIR: dataDir }), silentLogger());
    expect(await store.countArticles()).toBe(0);
    await store.close();
    expect(existsSync(join(dataDir, 'briefing.db'))).toBe(true);
  });

  it('names SQLITE_PATH in one line when the file cannot be opened', async () => {
    const notAFolder = join(dir, 'plain-file');
    writeFileSync(notAFolder, 'x');
    const error = await openingError({ SQLITE_PATH: join(notAFolder, 'briefing.db') });
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toMatch(/^SQLITE_PATH: cannot open the SQLite database .*writable location$/);
    expect(error.message).not.toContain('\n');
  });

  it('says the server cannot be reached when nothing listens at DATABASE_URL', async () => {
    const port = await closedPort();
    const error = await openingError({ DATABASE_URL: `postgres://postgres:secret@127.0.0.1:${port}/test` });
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toBe(
      `DATABASE_URL: cannot reach PostgreSQL at 127.0.0.1:${port}/test (ECONNREFUSED): start the server or fix the host and port, or unset DATABASE_URL to use SQLite`,
    );
    expect(error.message).not.toContain('secret');
  });

  it('names a database that does not exist', async () => {
    const error = await openingError({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/no_such_database_here' });
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toMatch(/^DATABASE_URL: database "no_such_database_here" does not exist .*createdb/);
  });

  it('rejects a DATABASE_URL that is not a URL', async () => {
    const error = await openingError({ DATABASE_URL: 'postgres://[bad' });
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toMatch(/^DATABASE_URL is not a valid URL: use postgres:\/\//);
  });

  it('uses PostgreSQL when DATABASE_URL is set', async () => {
    const schema = uniqueSchemaName();
    const admin = new pg.Client({ connectionString: postgresUrl });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    await admin.end();
    try {
      const url = `${postgresUrl}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
      const store = await createStore(loadConfig({ DATABASE_URL: url, DATA_DIR: join(dir, 'unused') }), silentLogger());
      expect(await store.claimDelivery('s1', '2026-03-29T06:30:00.000Z', 'p', false)).toBe(true);
      await store.close();
      expect(await queryInSchema(schema, 'SELECT claimed_by FROM deliveries')).toEqual([{ claimed_by: 'p' }]);
      expect(existsSync(join(dir, 'unused'))).toBe(false);
    } finally {
      await dropSchema(schema);
    }
  });
});
