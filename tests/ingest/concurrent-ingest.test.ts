import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths, type IngestReport } from '../../src/ingest/ingest-paths.js';
import { silentLogger } from '../../src/logging.js';
import { createPostgresStore } from '../../src/store/postgres-store.js';
import { createSqliteStore } from '../../src/store/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { dropSchema, postgresUrl, uniqueSchemaName } from '../store/postgres-schema.js';
import { simpleParser } from './simple-parser.js';

const FILES = 30;
const words = (
  'council harbour budget river school market bridge clinic farmers rail winter ferry library museum ' +
  'tenants drought flood vote mayor permit tunnel orchard quarry festival census pension tariff grain ' +
  'wharf canal college hospital airport garden stadium factory workers union rents timber copper'
).split(' ');

/** An invented article whose sentences share few word pairs with any other, so none is a near-duplicate. */
function inventedArticle(seed: number): string {
  let state = seed * 7919 + 17;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648);
  const sentence = () => Array.from({ length: 14 }, () => words[next() % words.length]).join(' ');
  const paragraphs = Array.from({ length: 5 }, () => `The ${sentence()}, officials said on Monday.`);
  return `Invented story number ${seed}\n${paragraphs.join('\n')}\n`;
}

let edits = 0;
const dir = mkdtempSync(join(tmpdir(), 'briefing-concurrent-ingest-'));
beforeAll(() => {
  for (let i = 0; i < FILES; i++) writeFileSync(join(dir, `story-${String(i).padStart(2, '0')}.txt`), inventedArticle(i));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const totals = (reports: IngestReport[]) => ({
  added: reports.reduce((n, r) => n + r.added.length, 0),
  updated: reports.reduce((n, r) => n + r.updated.length, 0),
  unchanged: reports.reduce((n, r) => n + r.unchanged, 0),
  duplicates: reports.reduce((n, r) => n + r.duplicates.length, 0),
  failed: reports.reduce((n, r) => n + r.failed.length, 0),
});

describe.each([
  {
    name: 'PostgreSQL',
    open: () => {
      const schema = uniqueSchemaName();
      return { stores: [0, 1, 2].map(() => createPostgresStore(postgresUrl, { schema })), cleanup: () => dropSchema(schema) };
    },
  },
  {
    name: 'SQLite',
    open: () => {
      const path = join(dir, `store-${Date.now()}.db`);
      return { stores: [0, 1, 2].map(() => createSqliteStore(path)), cleanup: async () => undefined };
    },
  },
])('three ingests of one folder at once into $name', ({ open }) => {
  let stores: Store[];
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ stores, cleanup } = open());
    for (const store of stores) await store.migrate();
  });
  afterAll(async () => {
    for (const store of stores) await store.close();
    await cleanup();
  });

  it('count each stored article as added once, the other two finding it unchanged', async () => {
    const reports = await Promise.all(
      stores.map((store) => ingestPaths([dir], { store, logger: silentLogger(), parse: simpleParser().parse, parserVersion: 1 })),
    );
    expect(await stores[0]!.countArticles()).toBe(FILES);
    expect(totals(reports)).toEqual({ added: FILES, updated: 0, unchanged: 2 * FILES, duplicates: 0, failed: 0 });
    const sources = reports.flatMap((r) => r.added.map((a) => a.source));
    expect(new Set(sources).size).toBe(FILES);
  });

  it('count an edited file as updated once, however many ingests see the edit', async () => {
    edits += 1;
    writeFileSync(join(dir, 'story-00.txt'), `${inventedArticle(0)}Correction number ${edits} was appended to the story on Tuesday.\n`);
    const reports = await Promise.all(
      stores.map((store) => ingestPaths([dir], { store, logger: silentLogger(), parse: simpleParser().parse, parserVersion: 1 })),
    );
    expect(totals(reports)).toEqual({ added: 0, updated: 1, unchanged: 3 * FILES - 1, duplicates: 0, failed: 0 });
    expect(await stores[0]!.countArticles()).toBe(FILES);
  });
});
