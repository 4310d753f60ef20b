/**
 * Reading RSS 2.0, RSS 1.0 (RDF) and Atom feeds into a list of item links, with linkedom's
 * lenient XML parser: real feeds are often not well-formed, and a link is all ingest needs.
 */
import { DOMParser } from 'linkedom';
import { DateTime } from 'luxon';

/** One entry of a feed: the page to fetch. */
export interface FeedItem {
  /** Absolute http(s) URL of the article page. */
  url: string;
  title: string | null;
  /** ISO instant from pubDate / published / dc:date / updated, when given and valid. */
  publishedAt: string | null;
  /**
   * The same as a calendar date (YYYY-MM-DD) in the feed's own time zone, as its readers saw it:
   * "Tue, 04 Mar 2025 23:30:00 -0500" is March 4, though it is March 5 in UTC.
   */
  publishedDate: string | null;
}

/** The items of a feed, or what is wrong with it. */
export type FeedParseResult = { ok: true; items: FeedItem[] } | { ok: false; problem: string };

interface XmlElement {
  tagName: string;
  textContent: string | null;
  children: ArrayLike<XmlElement>;
  getAttribute(name: string): string | null;
}

const childrenOf = (element: XmlElement): XmlElement[] => Array.from(element.children);
const nameOf = (element: XmlElement): string => element.tagName.toLowerCase();
const textOf = (element: XmlElement | undefined): string | null => {
  const text = element?.textContent?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
};

/** An absolute http(s) URL for `link` read relative to the feed, or null. */
function absoluteHttpUrl(link: string | null, base: string): string | null {
  if (!link) return null;
  try {
    const url = new URL(link.trim(), base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    url.hash = '';
    return url.toString();
  } catch {
    return null;
  }
}

function isoOrNull(text: string | null): string | null {
  if (!text) return null;
  const time = Date.parse(text);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

function localDateOrNull(text: string | null): string | null {
  if (!text) return null;
  for (const read of [DateTime.fromRFC2822, DateTime.fromISO, DateTime.fromHTTP]) {
    const date = read(text, { setZone: true });
    if (date.isValid) return date.toISODate();
  }
  return isoOrNull(text)?.slice(0, 10) ?? null;
}

/** Date elements in the order they are trusted: when the story was first published, then updated. */
const DATE_ELEMENTS = ['pubdate', 'published', 'dc:date', 'updated'];

/** RSS: <link>text</link>, else a permalink <guid>. */
function rssLink(children: XmlElement[], base: string): string | null {
  const link = children.find((child) => nameOf(child) === 'link');
  const fromLink = absoluteHttpUrl(textOf(link) ?? link?.getAttribute('href') ?? null, base);
  if (fromLink) return fromLink;
  const guid = children.find((child) => nameOf(child) === 'guid');
  return guid && guid.getAttribute('isPermaLink') !== 'false' ? absoluteHttpUrl(textOf(guid), base) : null;
}

/** Atom: the rel="alternate" link (rel missing means alternate), HTML preferred. */
function atomLink(children: XmlElement[], base: string): string | null {
  const links = children.filter((child) => nameOf(child) === 'link');
  const alternates = links.filter((link) => (link.getAttribute('rel') ?? 'alternate') === 'alternate');
  const html = alternates.find((link) => /html/i.test(link.getAttribute('type') ?? 'text/html')) ?? alternates[0];
  return absoluteHttpUrl(html?.getAttribute('href') ?? null, base);
}

/**
 * The items of an RSS or Atom document, in feed order, links made absolute against `feedUrl`,
 * items without a usable link dropped.
 * @example parseFeed(xml, 'https://example.com/feed.xml')
 */
export function parseFeed(xml: string, feedUrl: string): FeedParseResult {
  let document: { documentElement: XmlElement | null; querySelectorAll(selector: string): ArrayLike<XmlElement> };
  try {
    document = new DOMParser().parseFromString(xml, 'text/xml') as unknown as typeof document;
  } catch {
    return { ok: false, problem: 'is not readable XML' };
  }
  const root = document.documentElement ? nameOf(document.documentElement) : '';
  const isAtom = root === 'feed';
  if (!isAtom && root !== 'rss' && root !== 'rdf:rdf') {
    return { ok: false, problem: `is not an RSS or Atom feed (its root element is <${root || 'nothing'}>)` };
  }
  const items: FeedItem[] = [];
  const seen = new Set<string>();
  for (const item of Array.from(document.querySelectorAll(isAtom ? 'entry' : 'item'))) {
    const children = childrenOf(item);
    const url = isAtom ? atomLink(children, feedUrl) : rssLink(children, feedUrl);
    if (!url || seen.has(url)) continue;
    seen.add(url);
    const dated = DATE_ELEMENTS.map((name) => children.find((child) => nameOf(child) === name)).find((child) => textOf(child));
    items.push({
      url,
      title: textOf(children.find((child) => nameOf(child) === 'title')),
      publishedAt: isoOrNull(textOf(dated)),
      publishedDate: localDateOrNull(textOf(dated)),
    });
  }
  return { ok: true, items };
}

/**
 * The feed URLs of the FEEDS setting (separated by commas or white space), or the first entry
 * that is not an http(s) URL.
 */
export function parseFeedList(setting: string | undefined): { ok: true; urls: string[] } | { ok: false; bad: string } {
  const urls: string[] = [];
  for (const entry of (setting ?? '').split(/[\s,]+/).filter(Boolean)) {
    const url = absoluteHttpUrl(entry, 'http://invalid.invalid/');
    if (!url || !/^https?:\/\//i.test(entry)) return { ok: false, bad: entry };
    if (!urls.includes(url)) urls.push(url);
  }
  return { ok: true, urls };
}
