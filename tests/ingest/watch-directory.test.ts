import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchDirectory, type DirectoryWatcher } from '../../src/ingest/watch-directory.js';
import { silentLogger } from '../../src/logging.js';
import { recordingLogger } from '../briefing/helpers.js';
import { createSqliteStore } from '../../src/store/sqlite-store.js';
import type { Store, StoredArticle } from '../../src/store/store.js';
import { inventedArticle } from '../support/articles.js';
import { simpleParser } from './simple-parser.js';

const storyA = inventedArticle('wire-harbour-strike.txt').text;
const storyB = inventedArticle('cup-final-report.txt').text;

let root: string;
let store: Store;
let watcher: DirectoryWatcher | undefined;
let received: StoredArticle[];
let waiters: (() => void)[];

/** Resolves once onArticle has been called `count` times in all. */
function articlesReceived(count: number): Promise<void> {
  return new Promise((resolve) => {
    const check = () => (received.length >= count ? resolve() : waiters.push(check));
    check();
  });
}

function start(dir: string, options: { useFsWatch?: boolean; logger?: ReturnType<typeof silentLogger> } = {}): DirectoryWatcher {
  watcher = watchDirectory(dir, {
    store,
    logger: silentLogger(),
    parse: simpleParser().parse,
    debounceMs: 50,
    rescanMs: 0,
    ...options,
    onArticle: (article) => {
      received.push(article);
      for (const waiter of waiters.splice(0)) waiter();
    },
  });
  return watcher;
}

beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'briefing-watch-'));
  store = createSqliteStore(join(root, 'store.db'));
  await store.migrate();
  received = [];
  waiters = [];
});
afterEach(async () => {
  await watcher?.close();
  watcher = undefined;
  await store.close();
  rmSync(root, { recursive: true, force: true });
});

describe('watchDirectory', () => {
  it('ingests a file dropped into the watched folder and hands it over', async () => {
    const dir = join(root, 'articles');
    mkdirSync(dir);
    const running = start(dir);
    await running.rescan();
    writeFileSync(join(dir, 'new-story.txt'), storyA);
    await articlesReceived(1);
    expect(received[0]?.source).toBe(join(dir, 'new-story.txt'));
    expect(await store.countArticles()).toBe(1);
  });

  it('hands an edited file over again as the same article', async () => {
    const dir = join(root, 'articles');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    const path = join(dir, 'sub', 'story.txt');
    writeFileSync(path, storyA);
    start(dir);
    await articlesReceived(1);
    writeFileSync(path, `${storyA}\nAn update added at noon.`);
    await articlesReceived(2);
    expect(received[1]?.id).toBe(received[0]?.id);
    expect(received[1]?.parsed.paragraphs.at(-1)).toBe('An update added at noon.');
  });

  it('finds new files by rescanning when no watch reports them', async () => {
    const dir = join(root, 'articles');
    mkdirSync(dir);
    const running = start(dir, { useFsWatch: false });
    await running.rescan();
    writeFileSync(join(dir, 'a.txt'), storyA);
    writeFileSync(join(dir, 'b.html'), storyB);
    await running.rescan();
    expect(received.map((article) => article.source).sort()).toEqual([join(dir, 'a.txt'), join(dir, 'b.html')]);
    await running.rescan();
    expect(received).toHaveLength(2);
  });

  it('leaves hidden and non-article files alone', async () => {
    const dir = join(root, 'articles');
    mkdirSync(dir);
    const running = start(dir, { useFsWatch: false });
    writeFileSync(join(dir, '.story.txt.swp'), storyA);
    writeFileSync(join(dir, '.draft.txt'), storyA);
    writeFileSync(join(dir, 'photo.jpg'), storyB);
    await running.rescan();
    expect(received).toEqual([]);
    expect(await store.countArticles()).toBe(0);
  });

  it('starts on a folder that appears only later', async () => {
    const dir = join(root, 'later');
    const running = start(dir);
    await running.rescan();
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.txt'), storyA);
    await running.rescan();
    expect(received.map((article) => article.source)).toEqual([join(dir, 'a.txt')]);
  });

  it('says once that the folder is missing, not at every rescan, and how to fix it', async () => {
    const { logger, lines } = recordingLogger();
    const running = start(join(root, 'not-yet'), { logger });
    await running.rescan();
    await running.rescan();
    const told = lines.filter((l) => /folder does not exist/.test(String(l.msg)));
    expect(told).toHaveLength(1);
    expect(told[0]!.msg).toMatch(/create it \(or set ARTICLES_DIR\)/);
    expect(lines.filter((l) => l.level === 40)).toHaveLength(1);
  });
});
