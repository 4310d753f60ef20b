import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeedPoller } from '../../src/ingest/feeds.js';
import { silentLogger } from '../../src/logging.js';
import { openLocalSite, type LocalSite } from './local-site.js';

// An invented page that prints no date of its own: only the feed says when it was published.
const undatedPage = `<!doctype html><html><head><meta charset="utf-8"><title>Harbour to reopen</title></head><body>
  <article><h1>Harbour to reopen after storm repairs</h1>
  <p>PORTVALE (Reuters) - Mayor Ines Kort said on Monday the harbour would reopen on Friday after three weeks of repairs to its northern wall.</p>
  <p>The port authority said ferries would run a reduced timetable for the first week while engineers checked the new sluice gates.</p>
  <p>Fishing crews, who lost most of the winter season, asked the council for help with mooring fees until the catch recovers.</p>
  </article></body></html>`;

let site: LocalSite;

function respond(req: IncomingMessage, res: ServerResponse): void {
  if (req.url === '/rss.xml') {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.end(`<rss version="2.0"><channel><title>Port news</title>
      <item><title>Harbour</title><link>${site.base}/harbour.html</link><pubDate>Wed, 05 Mar 2025 22:30:00 -0500</pubDate></item>
    </channel></rss>`);
    return;
  }
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(undatedPage);
}

describe("a feed's pubDate", () => {
  beforeAll(async () => {
    site = await openLocalSite(respond, 'feed-dates-');
  });
  afterAll(() => site.close());

  it('dates a page that prints no date, in the feed time zone, so its weekdays resolve', async () => {
    const poller = createFeedPoller([`${site.base}/rss.xml`], { store: site.store, logger: silentLogger(), outbound: { allowPrivate: true } });
    const report = await poller.poll();
    expect(report.added).toHaveLength(1);
    const parsed = report.added[0]!.parsed;
    expect(parsed).toMatchObject({ publishedAt: '2025-03-05', dateFrom: 'given', undatedReason: null });
    expect(parsed.events.map((e) => [e.expression, e.date])).toEqual([
      ['on Monday', '2025-03-03'],
      ['on Friday', '2025-03-07'],
    ]);
  });
});
