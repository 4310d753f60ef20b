import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths, type IngestReport } from '../../src/ingest/ingest-paths.js';
import { silentLogger } from '../../src/logging.js';
import { createSqliteStore } from '../../src/store/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { PARSER_VERSION } from '../../src/article/parse-article.js';

const defaultArticle = readFileSync(join(process.cwd(), 'data', 'articles', 'putin-north-korea.txt'), 'utf8');

/** The default article as another site republished it: its own header and footer, two words edited. */
function republishedElsewhere(text: string): string {
  const body = text.split('\n').slice(4).join('\n').replace('reclusive', 'secretive').replace('praised Pyongyang', 'lauded Pyongyang');
  return [
    'Putin pledges backing for Pyongyang on rare trip | World | Example Daily',
    'Published 18 June 2024',
    '',
    body,
    '',
    'Copyright 2024 Example Daily. All rights reserved. Sign up for our morning newsletter.',
  ].join('\n');
}

describe('ingest with the project parser', () => {
  let dir: string;
  let store: Store;
  let report: IngestReport;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'briefing-ingest-real-'));
    mkdirSync(join(dir, 'articles'));
    writeFileSync(join(dir, 'articles', 'putin-north-korea.txt'), defaultArticle);
    writeFileSync(join(dir, 'articles', 'republished.txt'), republishedElsewhere(defaultArticle));
    writeFileSync(join(dir, 'articles', 'corrupt.txt'), Buffer.from([0, 159, 146, 150, 0, 1, 2, 3]));
    writeFileSync(
      join(dir, 'articles', 'page.html'),
      '<html><body><article><h1>Short note</h1><p>Markets were calm on Friday as traders waited for data.</p></article></body></html>',
    );
    store = createSqliteStore(join(dir, 'store.db'));
    await store.migrate();
    report = await ingestPaths([join(dir, 'articles')], { store, logger: silentLogger(), progress: false });
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores the good articles of a folder with their parse', async () => {
    expect(report.added.map((article) => article.parsed.headline)).toEqual(['Short note', 'Putin vows to support North Korea against the United States']);
    const stored = await store.getArticleBySource(join(dir, 'articles', 'putin-north-korea.txt'));
    expect(stored?.parsed.actors.some((actor) => actor.name === 'Yuri Ushakov')).toBe(true);
  });

  it('reports the corrupt file by name and problem', () => {
    expect(report.failed).toEqual([{ path: join(dir, 'articles', 'corrupt.txt'), problem: expect.stringMatching(/binary/) }]);
  });

  it('stores the republished copy of the story only once', async () => {
    expect(report.duplicates).toEqual([{ path: join(dir, 'articles', 'republished.txt'), of: join(dir, 'articles', 'putin-north-korea.txt') }]);
    expect(await store.countArticles()).toBe(2);
  });

  it('leaves every unchanged file unparsed on the next run', async () => {
    const again = await ingestPaths([join(dir, 'articles')], {
      store,
      logger: silentLogger(),
      parse: () => {
        throw new Error('parsed again');
      },
      parserVersion: PARSER_VERSION,
    });
    expect(again.unchanged).toBe(2);
    expect(again.added).toEqual([]);
  });
});
