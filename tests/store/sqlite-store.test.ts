import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createSqliteStore } from '../../src/store/sqlite-store.js';
import { sqliteMigrations } from '../../src/store/migrations/sqlite-migrations.js';
import { describeCorpusContract } from './corpus-contract.js';
import { describeStatementsContract } from './statements-contract.js';
import { describeStoreContract } from './store-contract.js';

const dir = mkdtempSync(join(tmpdir(), 'briefing-sqlite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let counter = 0;
const freshPath = () => join(dir, `store-${++counter}.db`);

describeStoreContract('SQLite', async () => createSqliteStore(freshPath()));
describeCorpusContract('SQLite', async () => createSqliteStore(freshPath()));
describeStatementsContract('SQLite', async () => createSqliteStore(freshPath()));

describe('SQLite store file', () => {
  it('uses write-ahead logging and records each migration once', async () => {
    const path = freshPath();
    const store = createSqliteStore(path);
    await store.migrate();
    await store.migrate();
    await store.close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all()).toEqual(
      sqliteMigrations.map((m) => m.version).sort((a, b) => a - b),
    );
    db.close();
  });

  it('keeps its rows across reopening the file', async () => {
    const path = freshPath();
    const first = createSqliteStore(path);
    await first.migrate();
    expect(await first.claimDelivery('s1', '2026-03-29T06:30:00.000Z', 'before-restart', false)).toBe(true);
    await first.close();
    const second = createSqliteStore(path);
    await second.migrate();
    expect(await second.claimDelivery('s1', '2026-03-29T06:30:00.000Z', 'after-restart', true)).toBe(false);
    expect((await second.getDelivery('s1', '2026-03-29T06:30:00.000Z'))?.claimedBy).toBe('before-restart');
    await second.close();
  });

  it('works in memory', async () => {
    const store = createSqliteStore(':memory:');
    await store.migrate();
    expect(await store.countArticles()).toBe(0);
    await store.close();
  });
});

describe('SQLite file shared by several processes', () => {
  it('gives each of 600 slots to exactly one of three processes that migrate and claim at once', async () => {
    const run = promisify(execFile);
    const path = freshPath();
    const worker = new URL('./sqlite-claim-worker.ts', import.meta.url).pathname;
    const startAt = String(Date.now() + 2500);
    const outputs = await Promise.all(
      ['proc-0', 'proc-1', 'proc-2'].map((name) => run(process.execPath, ['--import', 'tsx', worker, path, name, '600', startAt], { cwd: process.cwd() })),
    );
    const wins = outputs.map(({ stdout }) => (JSON.parse(stdout) as { won: number }).won);
    expect(wins.reduce((a, b) => a + b, 0)).toBe(600);
    const db = new Database(path, { readonly: true });
    expect(db.prepare('SELECT count(*) FROM deliveries').pluck().get()).toBe(600);
    expect(db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all()).toEqual(
      sqliteMigrations.map((m) => m.version).sort((a, b) => a - b),
    );
    db.close();
  });
});
