import type { IncomingMessage, ServerResponse } from 'node:http';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config.js';
import { createFeedPoller } from '../../src/ingest/feeds.js';
import { startLiveIngest } from '../../src/ingest/live-ingest.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logging.js';
import type { Store, StoredArticle } from '../../src/store/store.js';
import { inventedArticle, nonBlankLines } from '../support/articles.js';
import { openLocalSite, type LocalSite } from './local-site.js';

const paragraphsOf = (name: string) => nonBlankLines(inventedArticle(name).text);
const storyA = paragraphsOf('wire-harbour-strike.txt');
const storyB = paragraphsOf('glacier-retreat-study-crlf.txt');

/** An article page as a news site serves it: navigation, the story, a footer. */
function page(site: string, headline: string, paragraphs: string[]): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${headline} | ${site}</title></head><body>
    <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/subscribe">Subscribe</a></nav>
    <article><h1>${headline}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article>
    <footer>Copyright 2025 ${site}. All rights reserved.</footer></body></html>`;
}

const latin9Paragraphs = [
  'Officials in the capital said on Monday that the new café regulations, with a 50 € licence fee, would take effect next month.',
  'The ministry said owners had been consulted and that most of them welcomed the clearer rules on opening hours and terraces.',
  'Critics said the changes came too late for the many small businesses that closed during the past two difficult winters.',
];

let base: string;
const hits = new Map<string, number>();
const feedRequests: IncomingMessage[] = [];

function respond(req: IncomingMessage, res: ServerResponse): void {
  const path = req.url ?? '/';
  hits.set(path, (hits.get(path) ?? 0) + 1);
  const send = (status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': type, ...headers });
    res.end(body);
  };
  switch (path) {
    case '/rss.xml':
      feedRequests.push(req);
      if (req.headers['if-none-match'] === '"rss-v1"') return void send(304, 'application/rss+xml', '');
      return send(
        200,
        'application/rss+xml; charset=utf-8',
        `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Daily</title>
          <item><title>A</title><link>${base}/news/a.html</link></item>
          <item><title>Cafe rules</title><link>/news/cafe.html</link></item>
          <item><title>Gone</title><link>/news/gone.html</link></item>
        </channel></rss>`,
        { etag: '"rss-v1"' },
      );
    case '/atom.xml':
      return send(
        200,
        'application/atom+xml',
        `<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
          <entry><title>A</title><link href="${base}/news/a.html"/><id>1</id></entry>
          <entry><title>A elsewhere</title><link rel="alternate" type="text/html" href="/wire/a-copy.html"/><id>2</id></entry>
          <entry><title>B</title><link href="/wire/b.html"/><id>3</id></entry>
          <entry><title>Picture</title><link href="/wire/photo.jpg"/><id>4</id></entry>
        </feed>`,
      );
    case '/news/a.html':
      return send(200, 'text/html; charset=utf-8', page('Daily', 'Dockers strike at the harbour', storyA));
    case '/wire/a-copy.html': {
      const edited = storyA.map((p, i) => (i === 1 ? p.replace(/\bthe\b/, 'this') : p));
      return send(200, 'text/html', page('Wire Service', 'Harbour halted by dockers', edited));
    }
    case '/wire/b.html':
      return send(200, 'text/html', page('Wire Service', 'Glacier shrinking faster, study says', storyB));
    case '/news/cafe.html':
      return send(
        200,
        // Latin-9: the euro sign is byte 0xA4, which the Windows-1252 fallback would read as '¤'.
        'text/html; charset=ISO-8859-15',
        iconv.encode(page('Daily', 'New rules for cafés', latin9Paragraphs).replace('<meta charset="utf-8">', ''), 'iso-8859-15'),
      );
    case '/wire/photo.jpg':
      return send(200, 'image/jpeg', Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
    case '/slow.xml':
      return; // never answers
    default:
      return send(404, 'text/plain', 'not found');
  }
}

/** The site runs on 127.0.0.1, which feeds may reach only as with FEEDS_ALLOW_PRIVATE=true. */
const localSite = { allowPrivate: true };

let store: Store;
let site: LocalSite;
beforeAll(async () => {
  site = await openLocalSite(respond, 'briefing-feeds-');
  ({ base, store } = site);
});
afterAll(() => site.close());

describe('feed polling', () => {
  const received: StoredArticle[] = [];
  const poller = () =>
    createFeedPoller([`${base}/rss.xml`, `${base}/atom.xml`], {
      store,
      logger: silentLogger(),
      outbound: localSite,
      onArticle: (article) => void received.push(article),
    });
  const shared = { poller: undefined as ReturnType<typeof poller> | undefined };

  it('stores each new item of an RSS and an Atom feed under its URL, a republished story once', async () => {
    shared.poller = poller();
    const report = await shared.poller.poll();
    expect(report.feeds).toEqual([
      { url: `${base}/rss.xml`, items: 3, problem: null },
      { url: `${base}/atom.xml`, items: 4, problem: null },
    ]);
    expect(report.added.map((article) => article.source)).toEqual([`${base}/news/a.html`, `${base}/news/cafe.html`, `${base}/wire/b.html`]);
    expect(report.duplicates).toEqual([{ url: `${base}/wire/a-copy.html`, of: `${base}/news/a.html` }]);
    expect(report.known).toBe(1);
    expect(received.map((article) => article.source)).toEqual(report.added.map((article) => article.source));
    expect(hits.get('/news/a.html')).toBe(1);
  });

  it('reports pages that are missing or not articles, by URL', async () => {
    const report = await poller().poll();
    expect(report.failed).toEqual([
      { url: `${base}/news/gone.html`, problem: 'answered HTTP 404 Not Found' },
      { url: `${base}/wire/photo.jpg`, problem: 'is image/jpeg, not text/html or application/xhtml+xml or text/plain' },
    ]);
  });

  it('reads a page in the charset its server declares', async () => {
    const cafe = await store.getArticleBySource(`${base}/news/cafe.html`);
    expect(cafe?.parsed.headline).toBe('New rules for cafés');
    expect(cafe?.parsed.paragraphs.join(' ')).toContain('the new café regulations, with a 50 € licence fee');
  });

  it('fetches nothing again on the next poll, asking for the feed conditionally', async () => {
    const pagesBefore = [...hits].filter(([path]) => !path.endsWith('.xml')).reduce((sum, [, n]) => sum + n, 0);
    const report = await shared.poller!.poll();
    const pagesAfter = [...hits].filter(([path]) => !path.endsWith('.xml')).reduce((sum, [, n]) => sum + n, 0);
    expect(pagesAfter).toBe(pagesBefore);
    expect(report.added).toEqual([]);
    expect(feedRequests.at(-1)?.headers['if-none-match']).toBe('"rss-v1"');
    expect(report.feeds[0]).toEqual({ url: `${base}/rss.xml`, items: 0, problem: null });
    expect(await store.countArticles()).toBe(3);
  });

  it('gives up on a feed that does not answer in time and reads the others', async () => {
    const report = await createFeedPoller([`${base}/slow.xml`, `${base}/nowhere.xml`], {
      store,
      logger: silentLogger(),
      outbound: localSite,
      timeoutMs: 300,
    }).poll();
    expect(report.feeds).toEqual([
      { url: `${base}/slow.xml`, items: 0, problem: 'did not answer within 0.3 s' },
      { url: `${base}/nowhere.xml`, items: 0, problem: 'answered HTTP 404 Not Found' },
    ]);
  });

  it('refuses a FEEDS entry that is not a URL, naming it', async () => {
    const config = loadConfig({ DATA_DIR: site.dir, FEEDS: 'https://ok.example/rss, news.example/rss' });
    const start = startLiveIngest({ config, store, logger: silentLogger() });
    await expect(start).rejects.toThrow(ConfigError);
    await expect(start).rejects.toThrow('FEEDS: "news.example/rss" is not an http(s) URL: list feed URLs separated by commas');
  });
});
