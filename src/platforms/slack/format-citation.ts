/**
 * Citations as short plain text for Slack: where a line comes from (agency, date, paragraph) and the
 * article it belongs to (headline, agency, date).
 */
import type { Citation } from '../../briefing/reply.js';

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** "2024-06-18" -> "June 18, 2024"; partial dates keep what they have; anything else is shown as it is. */
export function formatPublishedDate(date: string | null): string | null {
  if (!date) return null;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date.trim());
  if (!match) return date;
  const [, year, month, day] = match;
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!monthName) return year!;
  return day ? `${monthName} ${Number(day)}, ${year}` : `${monthName} ${year}`;
}

/** Where one line comes from, e.g. "AP, March 3, 2021, para. 5". */
export function formatLineSource(citation: Citation): string {
  const place = citation.paragraph < 0 ? 'photo caption' : `para. ${citation.paragraph + 1}`;
  return [citation.agency, formatPublishedDate(citation.publishedAt), place].filter(Boolean).join(', ');
}

/** One article, e.g. "Headline (AP, March 3, 2021)". */
export function formatArticle(citation: Citation): string {
  const details = [citation.agency, formatPublishedDate(citation.publishedAt)].filter(Boolean).join(', ');
  return details ? `${citation.headline} (${details})` : citation.headline;
}
