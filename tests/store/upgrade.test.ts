import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { rederiveAll, splitAllParses } from '../../src/ingest/refresh-store.js';
import { silentLogger } from '../../src/logging.js';
import { postgresMigrations } from '../../src/store/migrations/postgres-migrations.js';
import { sqliteMigrations } from '../../src/store/migrations/sqlite-migrations.js';
import { createPostgresStore } from '../../src/store/postgres-store.js';
import { createSqliteStore } from '../../src/store/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { firstReport, laterReport, otherReport, stored } from './corpus-fixtures.js';
import { dropSchema, postgresUrl, queryInSchema, uniqueSchemaName } from './postgres-schema.js';

const dir = mkdtempSync(join(tmpdir(), 'briefing-upgrade-'));
const schemas: string[] = [];
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  for (const schema of schemas) await dropSchema(schema);
});

/** The articles as a store of the last version before the store answered commands kept them. */
const oldRows = () => [firstReport(), laterReport()].map((parsed, i) => stored(parsed, { ingestedAt: `2026-01-0${i + 1}T00:00:00.000Z` }));

async function expectAnswersAfterUpgrade(store: Store): Promise<void> {
  await store.migrate();
  expect(await store.countArticles()).toBe(2);
  // Nothing derived yet: the rows come from the stored parses, re-derived once.
  expect(await store.corpus.actorsNamed('kovalenko')).toEqual([]);
  // Not derived into quote and claim rows yet: replies read the parses until they are.
  expect(await store.corpus.items(['first', 'later'], 'quotes', { actor: 1 })).toBeNull();
  expect(await rederiveAll(store, silentLogger())).toEqual({ done: true, count: 2 });
  const [kovalenko] = await store.corpus.actorsNamed('kovalenko');
  expect((await store.corpus.items(['first'], 'quotes', { actor: kovalenko!.id }))![0]!.parsed.quotes).toEqual(firstReport().quotes);
  expect(kovalenko).toMatchObject({ name: 'Marta Kovalenko', articles: 2 });
  expect(await store.corpus.articlesWithKeys(['barge'], 10)).toEqual(['later', 'first']);
  expect((await store.corpus.newestArticles(5)).map((a) => a.id)).toEqual(['later', 'first']);
  expect(await store.corpus.counts()).toEqual({ articles: 2, actors: 4 });
  expect(await store.rederive(10)).toBe(0);
  // Each parse reads back whole before its paragraphs move to their own column and after.
  const whole = async () => Promise.all(oldRows().map(async (old) => (await store.getArticleBySource(old.source))!.parsed));
  expect(await whole()).toEqual(oldRows().map((old) => old.parsed));
  expect(await splitAllParses(store, silentLogger())).toBe(2);
  expect(await store.splitParses(10)).toBe(0);
  expect(await whole()).toEqual(oldRows().map((old) => old.parsed));
  const [slim] = await store.corpus.articles(['later'], false);
  expect(slim!.parsed).toMatchObject({ headline: laterReport().headline, paragraphs: [], events: [] });
}

describe('a store written before the store answered commands', () => {
  it('is upgraded on SQLite: new tables, then every stored parse re-derived into them', async () => {
    const path = join(dir, 'old.db');
    const db = new Database(path);
    db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    for (const migration of sqliteMigrations.filter((m) => m.version <= 4)) {
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(migration.version, migration.name, '2026-01-01T00:00:00.000Z');
    }
    const insert = db.prepare(
      'INSERT INTO articles (id, source, content_hash, fingerprint, parser_version, parsed, ingested_at, published_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    for (const a of oldRows())
      insert.run(a.id, a.source, a.contentHash, a.fingerprint, a.parserVersion, JSON.stringify(a.parsed), a.ingestedAt, a.parsed.publishedAt);
    db.close();
    const store = createSqliteStore(path);
    try {
      await expectAnswersAfterUpgrade(store);
    } finally {
      await store.close();
    }
  });

  it('is upgraded on PostgreSQL the same way', async () => {
    const schema = uniqueSchemaName();
    schemas.push(schema);
    const client = new pg.Client({ connectionString: postgresUrl });
    await client.connect();
    try {
      await client.query(`CREATE SCHEMA "${schema}"; SET search_path = "${schema}"`);
      await client.query('CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)');
      for (const migration of postgresMigrations.filter((m) => m.version <= 4)) {
        await client.query(migration.sql);
        await client.query('INSERT INTO schema_migrations VALUES ($1, $2, now())', [migration.version, migration.name]);
      }
      for (const a of oldRows()) {
        await client.query(
          'INSERT INTO articles (id, source, content_hash, fingerprint, parser_version, parsed, ingested_at, published_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
          [a.id, a.source, a.contentHash, a.fingerprint, a.parserVersion, JSON.stringify(a.parsed), a.ingestedAt, a.parsed.publishedAt],
        );
      }
    } finally {
      await client.end();
    }
    const store = createPostgresStore(postgresUrl, { schema });
    try {
      await expectAnswersAfterUpgrade(store);
    } finally {
      await store.close();
    }
  });
});

describe('a store whose articles were derived before events were rows', () => {
  it('reads their events from the parses until they are re-derived, and their quotes as rows meanwhile', async () => {
    const path = join(dir, 'derived-3.db');
    const store = createSqliteStore(path);
    try {
      await store.migrate();
      for (const article of oldRows()) await store.putArticle(article);
      // As derivation 3 left them: quote and claim rows, no event rows.
      const db = new Database(path);
      db.exec('UPDATE article_cited SET derivation = 3; UPDATE articles SET derived = 3; DELETE FROM event_names');
      db.close();
      const [reyes] = await store.corpus.actorsNamed('tomas reyes');
      expect(await store.corpus.items(['first', 'later'], 'events', { actor: reyes!.id })).toBeNull();
      expect(await store.corpus.items(['first', 'later'], 'quotes', { actor: reyes!.id })).not.toBeNull();
      expect(await rederiveAll(store, silentLogger())).toEqual({ done: true, count: 2 });
      const records = await store.corpus.items(['first', 'later'], 'events', { actor: reyes!.id });
      expect(records!.flatMap((r) => r.parsed.events)).toEqual(firstReport().events);
    } finally {
      await store.close();
    }
  });
});

describe('a store whose actors were merged before name completion had an index of beginnings', () => {
  const beginnings = ['k', 'ko', 'os', 'r'];
  const completions = (store: Store) =>
    Promise.all(beginnings.flatMap((prefix) => [1, 10].map((limit) => store.corpus.actorsWithNamePrefix(prefix, [], limit))));
  const undoIndex = 'DROP TABLE name_prefixes; DELETE FROM schema_migrations WHERE version = 16';

  async function expectSameCompletionsAfterUpgrade(open: () => Store, runOld: (sql: string) => Promise<void>): Promise<void> {
    const store = open();
    let before: Awaited<ReturnType<typeof completions>>;
    try {
      await store.migrate();
      for (const parsed of [firstReport(), laterReport(), otherReport()]) await store.putArticle(stored(parsed));
      before = await completions(store);
      expect(before.flat().length).toBeGreaterThan(0);
    } finally {
      await store.close();
    }
    await runOld(undoIndex);
    const upgraded = open();
    try {
      await upgraded.migrate();
      expect(await completions(upgraded)).toEqual(before);
    } finally {
      await upgraded.close();
    }
  }

  it('fills the index from the stored name words on SQLite', async () => {
    const path = join(dir, 'before-beginnings.db');
    await expectSameCompletionsAfterUpgrade(
      () => createSqliteStore(path),
      async (sql) => {
        const db = new Database(path);
        db.exec(sql);
        db.close();
      },
    );
  });

  it('fills the index from the stored name words on PostgreSQL', async () => {
    const schema = uniqueSchemaName();
    schemas.push(schema);
    await expectSameCompletionsAfterUpgrade(
      () => createPostgresStore(postgresUrl, { schema }),
      async (sql) => void (await queryInSchema(schema, sql)),
    );
  });
});
