import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { folderToWatch, startLiveIngest } from '../../src/ingest/live-ingest.js';
import { silentLogger } from '../../src/logging.js';
import type { Store, StoredArticle } from '../../src/store/store.js';
import { inventedArticle, nonBlankLines } from '../support/articles.js';
import { openLocalSite, type LocalSite } from './local-site.js';

const defaultArticle = readFileSync(join(process.cwd(), 'data', 'articles', 'putin-north-korea.txt'), 'utf8');
const otherStory = nonBlankLines(inventedArticle('river-flood-warning.txt').text);

describe('folderToWatch', () => {
  it('prefers INGEST_DIR, then ARTICLES_DIR, then the articles folder under DATA_DIR', () => {
    expect(folderToWatch(loadConfig({ INGEST_DIR: 'in', ARTICLES_DIR: 'arts' }))).toBe('in');
    expect(folderToWatch(loadConfig({ ARTICLES_DIR: 'arts' }))).toBe('arts');
    expect(folderToWatch(loadConfig({}))).toBe(join('data', 'articles'));
  });
});

describe('startLiveIngest', () => {
  let site: LocalSite;
  let base: string;
  let dir: string;
  let store: Store;
  beforeAll(async () => {
    site = await openLocalSite((req, res) => {
      if (req.url === '/feed.xml') {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.end(`<rss version="2.0"><channel><item><title>Flood warning</title><link>/flood.html</link></item></channel></rss>`);
      } else if (req.url === '/flood.html') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(
          `<html><body><article><h1>${otherStory[0]}</h1>${otherStory
            .slice(1)
            .map((p) => `<p>${p}</p>`)
            .join('')}</article></body></html>`,
        );
      } else {
        res.writeHead(404).end();
      }
    }, 'briefing-live-');
    ({ base, dir, store } = site);
    mkdirSync(join(dir, 'articles'));
  });
  afterAll(() => site.close());

  it('hands over articles from the watched folder and from the feeds', async () => {
    const received: StoredArticle[] = [];
    let notify = () => {};
    const both = new Promise<void>((resolve) => {
      notify = () => received.length >= 2 && resolve();
    });
    const live = await startLiveIngest({
      config: loadConfig({ DATA_DIR: dir, FEEDS: `${base}/feed.xml`, FEED_POLL_MINUTES: '0', FEEDS_ALLOW_PRIVATE: 'true' }),
      store,
      logger: silentLogger(),
      onArticle: (article) => {
        received.push(article);
        notify();
      },
    });
    writeFileSync(join(dir, 'articles', 'putin-north-korea.txt'), defaultArticle);
    await both;
    await live.stop();
    expect(received.map((article) => article.source).sort()).toEqual([`${base}/flood.html`, join(dir, 'articles', 'putin-north-korea.txt')].sort());
    expect(await store.countArticles()).toBe(2);
  });
});
