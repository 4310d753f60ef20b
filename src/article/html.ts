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

/** Deeper nesting than this is flattened before parsing; real article pages stay far below it. */
const MAX_DEPTH = 100;
/** Elements that never nest (void) or close themselves implicitly, so they do not count as depth. */
const NOT_NESTING = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'option',
  'optgroup',
  'thead',
  'tbody',
  'tfoot',
  'colgroup',
  'rb',
  'rt',
  'rp',
  '!doctype',
]);

/**
 * Drops the opening and closing tags of elements nested deeper than MAX_DEPTH, keeping their text:
 * the DOM and Readability take quadratic time in depth (727 nested <div>s took 4.8 s). A page that
 * is not that deep is returned as it is.
 */
export function flattenDeepNesting(html: string): string {
  const kept: boolean[] = [];
  let depth = 0;
  let dropped = false;
  const out = html.replace(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)(?:[\s/][^<>]*)?>/g, (tag, closing: string, name: string) => {
    const element = name.toLowerCase();
    if (NOT_NESTING.has(element) || tag.endsWith('/>')) return tag;
    if (closing) {
      if (kept.length === 0) return tag;
      const keep = kept.pop()!;
      if (keep) depth--;
      else dropped = true;
      return keep ? tag : '';
    }
    const keep = depth < MAX_DEPTH;
    kept.push(keep);
    if (keep) depth++;
    else dropped = true;
    return keep ? tag : '';
  });
  return dropped ? out : html;
}

/** Extracts the article from an HTML page. */
export function extractHtmlArticle(raw: string): HtmlArticle {
  const html = flattenDeepNesting(raw);
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  const headline = meta(doc, ['og:title', 'twitter:title', 'headline']) ?? doc.querySelector('h1')?.textContent?.trim() ?? doc.title ?? null;
  const dateRaw =
    meta(doc, ['article:published_time', 'datePublished', 'date', 'pubdate', 'publish-date', 'dc.date']) ??
    doc.querySelector('time[datetime]')?.getAttribute('datetime') ??
    null;
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
        // A caption's credit often sits in an element of its own with no space before it ("...near
        // Hamburg<span>Image: ...</span>"): its parts are joined with a space.
        .map((el) =>
          (el.tagName === 'FIGCAPTION' ? [...el.childNodes].map((n) => n.textContent ?? '').join(' ') : (el.textContent ?? '')).replace(/\s+/g, ' ').trim(),
        )
        .filter(Boolean);
      if (paragraphs.length === 0)
        paragraphs = (article.textContent ?? '')
          .split(/\n\s*\n/)
          .map((s) => s.replace(/\s+/g, ' ').trim())
          .filter(Boolean);
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
