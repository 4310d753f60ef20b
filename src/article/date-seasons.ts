/**
 * Seasons as dates: "this summer", "last spring", "next autumn", "in the winter", "the summer of 2023",
 * "spring 2024". A season is a span of months (meteorological seasons of the northern hemisphere,
 * where most news copy is written: spring March-May, summer June-August, autumn September-November,
 * winter December-February), written START/END as YYYY-MM/YYYY-MM. Which year: a year written beside
 * the season; else "last"/"next" step back or ahead from the publication date, "this" takes the one
 * of the publication year, and a bare season goes the way its clause's tense points.
 */
import type { DateTime } from 'luxon';
import { isoMonth, type RuleContext } from './date-relative.js';
import { directionAt } from './date-tense.js';

/** First month of each season. */
const SEASON_START: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };

/**
 * A season and what places it. "fall" is read only where it cannot be the verb or the noun
 * ("this fall", "the fall of 2023", "fall 2023"). A lead word is always wanted, so "the Arab Spring" is no date.
 */
export const SEASON_RULE = new RegExp(
  [
    // "the summer of 2023", "summer 2023", "in spring 2024"
    `\\b(?:(?:the|in|during|by|since|until|over)\\s+)?(?:(?:early|late|mid)[-\\s])?(spring|summer|autumn|winter|fall)(?:\\s+of)?\\s+(\\d{4})\\b`,
    // "this summer", "last spring", "next autumn", "this coming winter", "this past fall"
    `\\b(this|last|next|past|coming|this\\s+past|this\\s+coming)\\s+(?:(?:early|late|mid)[-\\s])?(spring|summer|autumn|winter|fall)\\b`,
    // "in the summer", "over the summer", "by the autumn", "before the winter", "in the early spring";
    // without "the" ("in winter") a season is as often a habit as a date, and is left alone.
    `\\b(in|during|over|by|before|after|until|through|since|throughout|from|later\\s+in|earlier\\s+in|early\\s+in|late\\s+in)\\s+the\\s+(?:(?:early|late|mid)[-\\s])?(spring|summer|autumn|winter)\\b(?!\\s+(?:of|term|session|semester|school|camp|games|olympics|months?|season|collection|break|holidays?|recess|time)\\b)`,
  ].join('|'),
  'gi',
);

/** The span of one season whose first month falls in `year`. */
function span(season: string, year: number): string {
  const first = SEASON_START[season]!;
  const lastMonth = first + 2 > 12 ? first + 2 - 12 : first + 2;
  return `${isoMonth(year, first)}/${isoMonth(first + 2 > 12 ? year + 1 : year, lastMonth)}`;
}

/** Months since year 0 of the first and last month of the season starting in `year`. */
function bounds(season: string, year: number): [number, number] {
  const start = year * 12 + SEASON_START[season]! - 1;
  return [start, start + 2];
}

/** The year the season began in, for the occurrence that holds the publication month, or null. */
function holding(season: string, pub: DateTime): number | null {
  const at = pub.year * 12 + pub.month - 1;
  for (const year of [pub.year - 1, pub.year]) {
    const [from, to] = bounds(season, year);
    if (at >= from && at <= to) return year;
  }
  return null;
}

/** The start year of the last occurrence that has ended before the publication month. */
function lastEnded(season: string, pub: DateTime): number {
  const at = pub.year * 12 + pub.month - 1;
  let year = pub.year;
  while (bounds(season, year)[1] >= at) year--;
  return year;
}

/** The start year of the first occurrence that begins after the publication month. */
function nextStarting(season: string, pub: DateTime): number {
  const at = pub.year * 12 + pub.month - 1;
  let year = pub.year - 1;
  while (bounds(season, year)[0] <= at) year++;
  return year;
}

/**
 * Resolves a match of SEASON_RULE; null when nothing places it (no publication date for a relative one).
 * @example resolveSeason(/this summer/.exec('...'), { pub: DateTime.utc(2024, 4, 18), dayFirst: false }, '...') // '2024-06/2024-08'
 */
export function resolveSeason(m: RegExpExecArray, ctx: RuleContext, sentence: string): string | null {
  if (m[1] && m[2]) {
    const season = m[1].toLowerCase() === 'fall' ? 'autumn' : m[1].toLowerCase();
    // "winter 2024" is the winter that ends early in 2024 when written with the year it mostly lies in;
    // news copy writes the year the season starts in ("the winter of 2023" = December 2023 onwards).
    return span(season, Number(m[2]));
  }
  if (!ctx.pub) return null;
  const lead = (m[3] ?? m[5] ?? '').toLowerCase().replace(/\s+/g, ' ');
  const word = (m[4] ?? m[6] ?? '').toLowerCase();
  const season = word === 'fall' ? 'autumn' : word;
  if (!season) return null;
  const pub = ctx.pub;
  const current = holding(season, pub);
  if (lead === 'last' || lead === 'past' || lead === 'this past') return span(season, lastEnded(season, pub));
  if (lead === 'next' || lead === 'coming' || lead === 'this coming') return span(season, nextStarting(season, pub));
  if (current !== null) return span(season, current);
  const direction = directionAt(sentence, m.index, m.index + m[0].length, lead === 'this' ? 'future' : undefined);
  if (lead === 'this' && season !== 'winter') return span(season, pub.year);
  return span(season, direction === 'past' ? lastEnded(season, pub) : nextStarting(season, pub));
}
