/**
 * Dates in news copy, through one resolver: the parser's own rules first (src/article/date-rules.ts:
 * the readings that depend on the publication date and the clause's tense), then chrono-node for
 * what they leave (src/article/chrono-dates.ts). Also the stand-alone dates of page headers
 * ("Updated 3:42 PM GMT, March 4, 2025", a year run into the time as "20259:05 AM").
 */
import { DateTime } from 'luxon';
import { chronoDates } from './chrono-dates.js';
import { applyDateRules, MONTH, monthOf, TakenSpans, validDay } from './date-rules.js';

/** A date expression found in a sentence. */
export interface DateMention {
  /** The words that gave the date. */
  expression: string;
  /** ISO 8601: YYYY, YYYY-MM, YYYY-MM-DD or START/END. */
  date: string;
  index: number;
  /** Set where the reading was a choice, e.g. the order of day and month in "1/2/2025". */
  note?: string;
}

/** What dates are resolved against. */
export interface DateContext {
  /** YYYY-MM-DD, or null: relative dates are then left out. */
  publishedAt: string | null;
  /** The article writes the day before the month ("4 March"), so "1/2/2025" is read day first. */
  dayFirst?: boolean;
}

/** Cheap test before the many patterns: most sentences hold no date at all. */
const MAY_HOLD_DATE = /\d|days?\b|ago\b|year|month|week|night|spring|summer|autumn|fall\b|winter|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/i;

/**
 * Finds date expressions in a sentence and resolves them against the publication date.
 * @example findDates('The minister will visit Peru on May 4-5.', '2025-05-01') // [{ date: '2025-05-04/2025-05-05', ... }]
 */
export function findDates(sentence: string, context: string | null | DateContext): DateMention[] {
  if (!MAY_HOLD_DATE.test(sentence)) return [];
  const ctx = typeof context === 'object' && context !== null ? context : { publishedAt: context };
  const pub = ctx.publishedAt ? DateTime.fromISO(ctx.publishedAt, { zone: 'utc' }) : null;
  const taken = new TakenSpans();
  const hits = applyDateRules(sentence, { pub: pub?.isValid ? pub : null, dayFirst: ctx.dayFirst ?? false }, taken);
  for (const c of chronoDates(sentence, pub?.isValid ? pub : null)) if (taken.take(c.start, c.end)) hits.push(c);
  return hits
    .filter((h) => h.date !== null)
    .sort((a, b) => a.start - b.start)
    .map((h) => ({ expression: sentence.slice(h.start, h.end).trim(), date: h.date!, index: h.start, ...('note' in h && h.note ? { note: h.note } : {}) }));
}

/** `text` when it is a valid calendar date written YYYY-MM-DD, else null. */
export function isoDateOrNull(text: string | null | undefined): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text?.trim() ?? '');
  return m ? validDay(+m[1]!, +m[2]!, +m[3]!) : null;
}

/** True when the text writes days before months ("4 March 2025") more often than after. */
export function writesDayFirst(text: string): boolean {
  const dayMonth = text.match(new RegExp(`\\b\\d{1,2}\\s+${MONTH}\\b`, 'g'))?.length ?? 0;
  const monthDay = text.match(new RegExp(`\\b${MONTH}\\s+\\d{1,2}\\b`, 'g'))?.length ?? 0;
  return dayMonth > monthDay;
}

const FOUR_FIGURES = /\d{4}/;
// The year may run straight into a time when a page's spans lose their space: "20259:05 AM"; or
// into the same date again, when a page prints it twice in two spans: "3 Mar 20253 Mar 2025".
const STANDALONE_YEAR = `(\\d{4})(?:\\b|(?=\\d{1,2}[:.]\\d{2})|(?=\\d{1,2}\\s+${MONTH}))`;
const STANDALONE_MDY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${STANDALONE_YEAR}`, 'i');
const STANDALONE_DMY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+${STANDALONE_YEAR}`, 'i');
const STANDALONE_DASHED = new RegExp(`\\b(\\d{1,2})-${MONTH}-(\\d{4})\\b`, 'i');

/**
 * Reads a stand-alone date such as "June 18, 2024", "18 June 2024", "2024-06-18", "18.06.2024" or a page
 * header's timestamp ("Updated 3:42 PM GMT, March 4, 2025"; "June 3, 20259:05 AM GMT+2"); null if none.
 */
export function parseStandaloneDate(text: string): string | null {
  // Every form below has a year of four figures: most lines have none, and skip the scans.
  if (!FOUR_FIGURES.test(text)) return null;
  const iso = /\b(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(text);
  if (iso) return validDay(+iso[1]!, +iso[2]!, +iso[3]!);
  // The year first between dots or slashes, as East Asian pages stamp them ("2025.03.04 15:42",
  // "2025/03/04"): always year, month, day.
  const yearFirst = /(?<![\d./])(\d{4})([./])(\d{1,2})\2(\d{1,2})(?![\d./])/.exec(text);
  if (yearFirst) return validDay(+yearFirst[1]!, +yearFirst[3]!, +yearFirst[4]!);
  const mdy = STANDALONE_MDY.exec(text);
  if (mdy) return validDay(+mdy[3]!, monthOf(mdy[1]!), +mdy[2]!);
  const dmy = STANDALONE_DMY.exec(text);
  if (dmy) return validDay(+dmy[3]!, monthOf(dmy[2]!), +dmy[1]!);
  // A terminal's timestamp: "14-Feb-2024 11:32:05".
  const dashed = STANDALONE_DASHED.exec(text);
  if (dashed) return validDay(+dashed[3]!, monthOf(dashed[2]!), +dashed[1]!);
  // Day, month and year between dots, as European pages stamp them: "04.03.2025 | 14:05" (the dots
  // are no US order).
  const dotted = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.])/.exec(text);
  if (dotted) return validDay(+dotted[3]!, +dotted[2]!, +dotted[1]!);
  const us = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/.exec(text);
  if (us) return +us[1]! > 12 ? validDay(+us[3]!, +us[2]!, +us[1]!) : validDay(+us[3]!, +us[1]!, +us[2]!);
  return null;
}
