/**
 * A stored parse in two columns: `parsed`, everything the claims and quote commands read (headline,
 * date, actors, quotes, claims), and `body`, the article's paragraphs and dated events, which only
 * /who, /timeline, /digest and /articles read. /claims and /quote read a third less JSON per article
 * that way (paragraphs and events are about 35% of a parse), and so make less garbage per command.
 * A row stored before the split (migration 12 splits every row) has the whole parse in `parsed` and
 * no body; both read the same.
 */
import type { ParsedArticle } from '../article/types.js';

/** The parts of a parse kept in `body`. */
export interface ParseBody {
  paragraphs: ParsedArticle['paragraphs'];
  events: ParsedArticle['events'];
}

/**
 * The two columns of a parse.
 * @example const { head, body } = splitParse(parsed); // head has no paragraphs or events
 */
export function splitParse(parsed: ParsedArticle): { head: Omit<ParsedArticle, keyof ParseBody>; body: ParseBody } {
  const { paragraphs, events, ...head } = parsed;
  return { head, body: { paragraphs, events } };
}

/**
 * A parse from its columns, as the driver gives them (JSON text or values). Without a body (read for
 * claims or quotes only, or a row that was never split) it has what `parsed` holds; a head read
 * alone gets empty paragraphs and events so its type stays whole.
 */
export function joinParse(head: unknown, body: unknown): ParsedArticle {
  const parsed = (typeof head === 'string' ? JSON.parse(head) : head) as ParsedArticle;
  if (body !== null && body !== undefined) Object.assign(parsed, typeof body === 'string' ? JSON.parse(body) : body);
  parsed.paragraphs ??= [];
  parsed.events ??= [];
  return parsed;
}
