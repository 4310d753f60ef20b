import { describe, expect, it } from 'vitest';
import { parseFeed, parseFeedList } from '../../src/ingest/feed-xml.js';

describe('parseFeed', () => {
  it('reads RSS 2.0 items, making links absolute and falling back to a permalink guid', () => {
    const xml = `<?xml version="1.0"?>
      <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>News &amp; more</title>
        <atom:link href="https://news.example/rss" rel="self"/>
        <item><title><![CDATA[Talks <em>resume</em>]]></title><link> /world/talks#top </link>
          <pubDate>Tue, 18 Jun 2024 10:00:00 GMT</pubDate></item>
        <item><title>By guid</title><guid>https://news.example/world/guid-only</guid></item>
        <item><title>Not a permalink</title><guid isPermaLink="false">https://news.example/x</guid></item>
        <item><title>Mail link</title><link>mailto:desk@news.example</link></item>
      </channel></rss>`;
    expect(parseFeed(xml, 'https://news.example/rss')).toEqual({
      ok: true,
      items: [
        { url: 'https://news.example/world/talks', title: 'Talks <em>resume</em>', publishedAt: '2024-06-18T10:00:00.000Z', publishedDate: '2024-06-18' },
        { url: 'https://news.example/world/guid-only', title: 'By guid', publishedAt: null, publishedDate: null },
      ],
    });
  });

  it("dates an item by the day its feed printed, in the feed's own time zone, and prefers published to updated", () => {
    const xml = `<rss version="2.0"><channel>
        <item><link>https://news.example/late</link><pubDate>Tue, 04 Mar 2025 23:30:00 -0500</pubDate></item>
      </channel></rss>`;
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><entry><link href="https://news.example/a"/>
        <updated>2025-03-06T08:00:00Z</updated><published>2025-03-04T09:00:00+01:00</published></entry></feed>`;
    expect(parseFeed(xml, 'https://news.example/rss')).toMatchObject({ items: [{ publishedAt: '2025-03-05T04:30:00.000Z', publishedDate: '2025-03-04' }] });
    expect(parseFeed(atom, 'https://news.example/atom')).toMatchObject({ items: [{ publishedDate: '2025-03-04' }] });
  });

  it('reads Atom entries through their alternate HTML link', () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
      <entry><title>One</title><link rel="edit" href="/edit/1"/><link rel="alternate" type="text/html" href="/story/1"/>
        <id>urn:1</id><updated>2024-06-18T10:00:00Z</updated></entry>
      <entry><title>Two</title><link href="https://other.example/story/2"/><id>urn:2</id></entry>
      <entry><title>Two again</title><link href="https://other.example/story/2"/><id>urn:3</id></entry>
    </feed>`;
    const result = parseFeed(xml, 'https://wire.example/atom.xml');
    expect(result.ok && result.items.map((item) => item.url)).toEqual(['https://wire.example/story/1', 'https://other.example/story/2']);
  });

  it('says when a document is not a feed', () => {
    expect(parseFeed('<html><body>Moved</body></html>', 'https://x.example/')).toEqual({
      ok: false,
      problem: 'is not an RSS or Atom feed (its root element is <html>)',
    });
    expect(parseFeed('', 'https://x.example/').ok).toBe(false);
  });
});

describe('parseFeedList', () => {
  it('splits FEEDS on commas and spaces and drops repeats', () => {
    expect(parseFeedList(' https://a.example/rss, http://b.example/atom.xml  https://a.example/rss ,')).toEqual({
      ok: true,
      urls: ['https://a.example/rss', 'http://b.example/atom.xml'],
    });
    expect(parseFeedList(undefined)).toEqual({ ok: true, urls: [] });
  });

  it('names the first entry that is not an http URL', () => {
    expect(parseFeedList('https://a.example/rss,ftp://b.example/feed')).toEqual({ ok: false, bad: 'ftp://b.example/feed' });
  });
});
