import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logging.js';
import { ingestPaths } from '../../src/ingest/ingest-paths.js';
import { createSqliteStore } from '../../src/store/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { inventedArticle } from '../support/articles.js';
import { simpleParser } from './simple-parser.js';

// Invented stories (tests/fixtures/articles/), headline on the first line.
const story = (name: string) => inventedArticle(name).text.trim();
const storyA = story('wire-harbour-strike.txt');
const storyB = story('cup-final-report.txt');
const storyC = story('provincial-election-campaign.txt');

/** The same story as another site runs it: its own headline and footer, two words edited. */
function republished(text: string): string {
  const [, ...paragraphs] = text.split('\n');
  const edited = paragraphs
    .join('\n')
    .replace(/\bthe\b/, 'this')
    .replace(/\bsaid\b/, 'stated');
  return `Another site's headline for the story\n${edited}\nFollow Example Daily on social media for more news.`;
}

let dir: string;
let store: Store;
const logger = silentLogger();
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'briefing-ingest-'));
  store = createSqliteStore(join(dir, 'store.db'));
  await store.migrate();
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

function write(relative: string, content: string | Buffer): string {
  const path = join(dir, relative);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

describe('ingestPaths', () => {
  it('stores the good files of a folder and reports the bad one with its problem', async () => {
    const a = write('articles/a.txt', storyA);
    const b = write('articles/nested/b.html', storyB);
    const bad = write('articles/broken.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]));
    const empty = write('articles/empty.md', '');
    write('articles/.hidden.txt', storyC);
    write('articles/notes.pdf', storyC);
    const { parse } = simpleParser();

    const report = await ingestPaths([join(dir, 'articles')], { store, logger, parse, progress: false });

    expect(report.added.map((article) => article.source).sort()).toEqual([a, b].sort());
    expect(report.failed).toEqual([
      { path: bad, problem: expect.stringMatching(/binary/) },
      { path: empty, problem: expect.stringMatching(/empty/) },
    ]);
    expect(await store.countArticles()).toBe(2);
    expect((await store.getArticleBySource(a))?.parsed.headline).toBe(storyA.split('\n')[0]);
  });

  it('reports a path that does not exist and still ingests the rest', async () => {
    const a = write('a.txt', storyA);
    const report = await ingestPaths([join(dir, 'missing'), a], { store, logger, parse: simpleParser().parse });
    expect(report.failed).toEqual([{ path: join(dir, 'missing'), problem: 'no such file or folder: check the path' }]);
    expect(report.added).toHaveLength(1);
  });

  it('reports a file the parser chokes on without stopping the batch', async () => {
    write('in/a.txt', storyA);
    const boom = write('in/boom.txt', `Headline\nMAKE-THE-PARSER-THROW here`);
    const report = await ingestPaths([join(dir, 'in')], { store, logger, parse: simpleParser().parse });
    expect(report.added).toHaveLength(1);
    expect(report.failed).toEqual([{ path: boom, problem: 'could not be parsed (unexpected token at line 3): please report this file' }]);
  });

  it('does not parse unchanged files again', async () => {
    write('in/a.txt', storyA);
    write('in/b.txt', storyB);
    await ingestPaths([join(dir, 'in')], { store, logger, parse: simpleParser().parse });

    const second = simpleParser();
    const report = await ingestPaths([join(dir, 'in')], { store, logger, parse: second.parse });
    expect(report.unchanged).toBe(2);
    expect(report.added).toEqual([]);
    expect(second.parsed).toEqual([]);
  });

  it('parses again a file whose text changed, as news', async () => {
    const a = write('in/a.txt', storyA);
    write('in/b.txt', storyB);
    const clock = { now: new Date('2026-03-01T08:00:00.000Z') };
    await ingestPaths([join(dir, 'in')], { store, logger, parse: simpleParser().parse, now: () => clock.now });

    writeFileSync(a, `${storyA}\nA correction was appended to this story later that day.`);
    clock.now = new Date('2026-03-02T08:00:00.000Z');
    const parser = simpleParser();
    const report = await ingestPaths([join(dir, 'in')], { store, logger, parse: parser.parse, now: () => clock.now });
    expect(parser.parsed).toEqual([a]);
    expect(report.updated.map((article) => [article.source, article.ingestedAt])).toEqual([[a, '2026-03-02T08:00:00.000Z']]);
    expect(report.unchanged).toBe(1);
    expect((await store.listArticlesSince('2026-03-01T12:00:00.000Z')).map((article) => article.source)).toEqual([a]);
  });

  it('parses everything again for a new parser version, without making old articles news', async () => {
    const a = write('in/a.txt', storyA);
    await ingestPaths([a], { store, logger, parse: simpleParser(1).parse, now: () => new Date('2026-03-01T08:00:00Z') });
    const parser = simpleParser(2);
    const report = await ingestPaths([a], { store, logger, parse: parser.parse, now: () => new Date('2026-03-05T08:00:00Z') });
    expect(parser.parsed).toEqual([a]);
    expect(report.updated).toHaveLength(1);
    const stored = await store.getArticleBySource(a);
    expect([stored?.parserVersion, stored?.ingestedAt]).toEqual([2, '2026-03-01T08:00:00.000Z']);
  });

  it('stores a story republished with another header, footer and a couple of edited words once', async () => {
    const original = write('in/1-original.txt', storyC);
    const copy = write('in/2-copy.txt', republished(storyC));
    const other = write('in/3-other.txt', storyB);
    const report = await ingestPaths([join(dir, 'in')], { store, logger, parse: simpleParser().parse });
    expect(report.added.map((article) => article.source)).toEqual([original, other]);
    expect(report.duplicates).toEqual([{ path: copy, of: original }]);
    expect(await store.countArticles()).toBe(2);

    const again = await ingestPaths([copy], { store, logger, parse: simpleParser().parse });
    expect(again.duplicates).toEqual([{ path: copy, of: original }]);
  });

  it('takes a file named explicitly whatever its extension, and each file once', async () => {
    const notes = write('notes.text', storyA);
    const report = await ingestPaths([notes, notes], { store, logger, parse: simpleParser().parse });
    expect(report.added.map((article) => article.source)).toEqual([notes]);
  });
});
