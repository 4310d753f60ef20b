/**
 * Citations as short plain text for Slack: where a line comes from (agency, date, paragraph) and the
 * article it belongs to (headline, agency, date). Dates are the core's (src/briefing/citation.ts).
 */
import { articleLabel, sourceLine } from '../../briefing/citation.js';
import type { Citation } from '../../briefing/reply.js';

/** Where one line comes from, e.g. "AP, March 3, 2021, para. 5". */
export function formatLineSource(citation: Citation): string {
  const place = citation.paragraph < 0 ? 'photo caption' : `para. ${citation.paragraph + 1}`;
  return [sourceLine(citation), place].filter(Boolean).join(', ');
}

/** One article, e.g. "Headline — AP, March 3, 2021". */
export function formatArticle(citation: Citation): string {
  return articleLabel(citation);
}
