/**
 * Citations and the words used to show them: every line of a reply points at one paragraph of one
 * article, shown to people as "[1 ¶15]" with the article listed once under the reply.
 */
import type { ParsedArticle } from '../article/types.js';
import type { Citation, Reply } from './reply.js';

/** The citation of one paragraph (-1 for a photo caption) of an article. */
export function cite(article: ParsedArticle, paragraph: number): Citation {
  return {
    articleId: article.id,
    headline: article.headline,
    paragraph,
    publishedAt: article.publishedAt,
    agency: article.agency,
  };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A date as people read it: "June 18, 2024", "March 2024", "2024"; ranges as "June 19–20, 2024".
 * Text that is not an ISO date comes back unchanged.
 */
export function formatDate(iso: string | null): string {
  if (!iso) return 'undated';
  const [start, end] = iso.split('/');
  if (end === undefined) return formatOne(start!);
  const a = /^(\d{4})-(\d{2})-(\d{2})$/.exec(start!);
  const b = /^(\d{4})-(\d{2})-(\d{2})$/.exec(end);
  if (a && b && a[1] === b[1] && a[2] === b[2]) {
    return `${MONTHS[Number(a[2]) - 1]} ${Number(a[3])}–${Number(b[3])}, ${a[1]}`;
  }
  return `${formatOne(start!)} – ${formatOne(end)}`;
}

function formatOne(iso: string): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso);
  if (!m) return iso;
  const month = m[2] ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!month) return m[1]!;
  return m[3] ? `${month} ${Number(m[3])}, ${m[1]}` : `${month} ${m[1]}`;
}

/** "Reuters, June 18, 2024" (whatever of agency and date is known). */
export function sourceLine(c: Pick<Citation, 'agency' | 'publishedAt'>): string {
  return [c.agency, c.publishedAt ? formatDate(c.publishedAt) : null].filter(Boolean).join(', ');
}

/** The article as listed under a reply: "Headline — Reuters, June 18, 2024". */
export function articleLabel(c: Pick<Citation, 'headline' | 'agency' | 'publishedAt'>): string {
  const source = sourceLine(c);
  return source ? `${c.headline} — ${source}` : c.headline;
}

/** "¶15" for the 15th paragraph (1-based for people), "caption" for a photo caption. */
export function paragraphLabel(paragraph: number): string {
  return paragraph < 0 ? 'caption' : `¶${paragraph + 1}`;
}

/** A line's reference inside a reply, e.g. "[1 ¶15]": article number in `reply.citations`, then paragraph. */
export function citationRef(reply: Pick<Reply, 'citations'>, c: Citation): string {
  const n = reply.citations.findIndex((x) => x.articleId === c.articleId);
  return `[${n < 0 ? '?' : n + 1} ${paragraphLabel(c.paragraph)}]`;
}

/** The first paragraph of the body naming an actor; a caption only when nothing else does. */
export function firstBodyParagraph(paragraphs: readonly number[]): number {
  const body = paragraphs.filter((p) => p >= 0);
  return body.length > 0 ? Math.min(...body) : (paragraphs[0] ?? 0);
}
