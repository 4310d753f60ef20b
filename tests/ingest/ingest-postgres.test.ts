import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../src/ingest/ingest-paths.js';
import { silentLogger } from '../../src/logging.js';
import { createPostgresStore } from '../../src/store/postgres-store.js';
import type { Store } from '../../src/store/store.js';
import { dropSchema, postgresUrl, uniqueSchemaName } from '../store/postgres-schema.js';
import { inventedArticle } from '../support/articles.js';

const defaultArticle = readFileSync(join(process.cwd(), 'data', 'articles', 'putin-north-korea.txt'), 'utf8');
const otherStory = inventedArticle('council-budget-hard-wrapped.txt').text;

describe('ingest into PostgreSQL', () => {
  const schema = uniqueSchemaName();
  let dir: string;
  let store: Store;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'briefing-ingest-pg-'));
    writeFileSync(join(dir, 'a-original.txt'), defaultArticle);
    const copy = defaultArticle.replace('reclusive', 'secretive').replace('blackmail', 'coercion');
    writeFileSync(join(dir, 'b-copy.txt'), `Syndicated from the wire\n\n${copy}\n\nShare this story with your friends.`);
    writeFileSync(join(dir, 'c-other.txt'), otherStory);
    store = createPostgresStore(postgresUrl, { schema });
    await store.migrate();
  });
  afterAll(async () => {
    await store.close();
    await dropSchema(schema);
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores a republished story once and skips unchanged files on the next run', async () => {
    const logger = silentLogger();
    const first = await ingestPaths([dir], { store, logger });
    expect(first.added.map((article) => article.source)).toEqual([join(dir, 'a-original.txt'), join(dir, 'c-other.txt')]);
    expect(first.duplicates).toEqual([{ path: join(dir, 'b-copy.txt'), of: join(dir, 'a-original.txt') }]);

    const second = await ingestPaths([dir], { store, logger });
    expect([second.added.length, second.updated.length, second.unchanged]).toEqual([0, 0, 2]);
    expect((await store.listArticles()).map((article) => article.parsed.headline)).toContain('Putin vows to support North Korea against the United States');
  });
});
