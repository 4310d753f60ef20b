/**
 * Saved HTML pages: the main content through @mozilla/readability over linkedom's DOM, plus the
 * headline, date and authors from the page's metadata.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { parseStandaloneDate } from './dates.js';

/** True when the text is an HTML document rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2000).toLowerCase();
  return /<!doctype html|<html[\s>]|<body[\s>]|<article[\s>]/.test(head) || (/<p[\s>]/.test(head) && /<\/p>/.test(head));
}

export interface HtmlArticle {
  headline: string | null;
  publishedAt: string | null;
  bylines: string[];
  /** The main content as text, one paragraph per line. */
  text: string;
}

const meta = (doc: Document, names: string[]): string | null => {
  for (const name of names) {
    const el = doc.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const value = el?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return null;
};

/** Extracts the article from an HTML page. */
export function extractHtmlArticle(html: string): HtmlArticle {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  const headline = meta(doc, ['og:title', 'twitter:title', 'headline']) ?? doc.querySelector('h1')?.textContent?.trim() ?? doc.title ?? null;
  const dateRaw = meta(doc, ['article:published_time', 'datePublished', 'date', 'pubdate', 'publish-date', 'dc.date']) ?? doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? null;
  const publishedAt = dateRaw ? (/^\d{4}-\d{2}-\d{2}/.exec(dateRaw)?.[0] ?? parseStandaloneDate(dateRaw)) : null;
  const author = meta(doc, ['author', 'article:author', 'byl']);
  let paragraphs: string[] = [];
  let byline: string | null = null;
  try {
    const article = new Readability(doc.cloneNode(true) as Document, { charThreshold: 100 }).parse();
    if (article?.content) {
      const { document: content } = parseHTML(`<html><body>${article.content}</body></html>`);
      paragraphs = [...content.querySelectorAll('p, h2, h3, h4, li, blockquote, figcaption')]
        .filter((el) => !el.querySelector('p'))
        .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
        .filter(Boolean);
      if (paragraphs.length === 0) paragraphs = (article.textContent ?? '').split(/\n\s*\n/).map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean);
    }
    byline = article?.byline ?? null;
  } catch {
    // Readability gave up: fall back to every paragraph of the page.
  }
  if (paragraphs.length === 0) {
    paragraphs = [...doc.querySelectorAll('p')].map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean);
  }
  const names = (author ?? byline ?? '')
    .replace(/^by\s+/i, '')
    .split(/,|\band\b/)
    .map((s) => s.trim())
    .filter((s) => /^\p{Lu}\S*(?:\s+\p{Lu}\S*){1,3}$/u.test(s));
  return { headline, publishedAt, bylines: names, text: paragraphs.join('\n') };
}
