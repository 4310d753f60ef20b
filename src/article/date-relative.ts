/**
 * Dates counted from the publication date: weekdays and weekends placed by the clause's tense,
 * "two years ago", "in two weeks" (unless it is a span of time, "the first time in two years"),
 * "last week", "this month". Used by the rules in date-rules.ts; luxon does the arithmetic.
 */
import type { DateTime } from 'luxon';
import { directionAt, directionBefore } from './date-tense.js';

const WEEKDAYS: Record<string, number> = { monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7 };
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
};
const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (d: DateTime) => d.toISODate() ?? '';
/** YYYY-MM. */
export const isoMonth = (y: number, m: number) => `${y}-${pad(m)}`;
/** "3" or "three" as a number; 0 for a word it does not know. */
export const numberOf = (word: string) =>
  /^\d+$/.test(word) ? Number(word) : Object.hasOwn(NUMBER_WORDS, word.toLowerCase()) ? NUMBER_WORDS[word.toLowerCase()]! : 0;
const dir = (m: RegExpExecArray, sentence: string) => directionAt(sentence, m.index, m.index + m[0].length);

/** What the rules know of the article. */
export interface RuleContext {
  /** The publication date, or null: relative dates are then left out. */
  pub: DateTime | null;
  /** The article writes days before months ("4 March"), so "1/2/2025" is 1 February. */
  dayFirst: boolean;
}

/** A date the rules found: the span, its resolved date, and a note where the reading is a choice. */
export interface RuleHit {
  start: number;
  end: number;
  /** ISO date, or null for a span that is no date here but must not be read by a later reader either. */
  date: string | null;
  note?: string;
}

/** "over the weekend" behind the publication date, "next weekend" ahead, "this weekend" by tense. */
export function weekend(ctx: RuleContext, m: RegExpExecArray, sentence: string): string | null {
  const pub = ctx.pub;
  if (!pub) return null;
  const word = m[1]!.toLowerCase();
  // "over the weekend" follows the verb it modifies: behind unless that verb is in the future ("will meet over the weekend").
  const overBy = () => directionBefore(sentence, m.index) === 'future';
  const forward = word === 'next' || word === 'coming' || (word === 'over' ? overBy() : word !== 'last' && word !== 'past' && dir(m, sentence) === 'future');
  // Saturday of the weekend meant: the coming one, or the last one that has begun.
  let saturday = pub.plus({ days: 6 - pub.weekday });
  if (forward && word === 'next' && pub.weekday >= 6) saturday = saturday.plus({ days: 7 });
  if (!forward) saturday = pub.weekday >= 6 && word !== 'last' ? saturday : saturday.minus({ days: 7 });
  return `${isoDay(saturday)}/${isoDay(saturday.plus({ days: 1 }))}`;
}

/** A weekday of the publication week, forward or back as "next"/"last" or the clause's tense say. */
export function weekday(ctx: RuleContext, m: RegExpExecArray, sentence: string): string | null {
  const pub = ctx.pub;
  if (!pub) return null;
  const target = WEEKDAYS[m[1]!.toLowerCase()]!;
  const lead = m[0].toLowerCase();
  // "shut until Friday", "rain till Thursday", "closed until at least Monday": a span that runs on from now ends ahead.
  const untilThen =
    /\b(?:until|till|til)(?:\s+at\s+(?:least|the\s+earliest))?\s+$/i.test(sentence.slice(Math.max(0, m.index - 24), m.index)) && lead === m[1]!.toLowerCase();
  const forward =
    lead.startsWith('next') ||
    lead.startsWith('this coming') ||
    untilThen ||
    (!lead.startsWith('last') && !lead.startsWith('this past') && dir(m, sentence) === 'future');
  let delta = target - pub.weekday;
  if (forward) delta = delta < 0 ? delta + 7 : delta;
  else delta = delta > 0 ? delta - 7 : delta;
  if (lead.startsWith('next') && delta === 0) delta = 7;
  if (lead.startsWith('last') && delta === 0) delta = -7;
  return isoDay(pub.plus({ days: delta }));
}

/** The publication date moved by `n` units, at the unit's own precision. */
export function shifted(ctx: RuleContext, n: number, unitWord: string): string | null {
  if (!ctx.pub || !n) return null;
  const unit = unitWord.toLowerCase();
  const then = ctx.pub.plus({ [`${unit}s`]: n });
  if (unit === 'year') return String(then.year);
  if (unit === 'month') return isoMonth(then.year, then.month);
  return isoDay(then);
}

/** Words before "in N years" that make it a span of time, not a date: "the first time in 24 years". */
const DURATION_BEFORE =
  /\b(?:time|times|first|highest|lowest|largest|biggest|smallest|worst|best|most|least|fewest|only|ever|strongest|weakest|fastest|slowest|deadliest|longest|shortest|greatest|sharpest|steepest)\b[^,;]*$/;

/** "in two weeks", "within three days": ahead of publication, unless a span of time or a past clause. */
export function ahead(ctx: RuleContext, m: RegExpExecArray, sentence: string): RuleHit | string | null {
  const block = { start: m.index, end: m.index + m[0].length, date: null };
  const direction = directionAt(sentence, m.index, m.index + m[0].length, 'future');
  if (!ctx.pub || DURATION_BEFORE.test(sentence.slice(Math.max(0, m.index - 60), m.index)) || direction === 'past') return block;
  const n = /^(\d+|[a-z]+)\s+(year|month|week|day)/i.exec(m[0].replace(/^\s*(?:in|within)\s+(?:the\s+next\s+)?/i, ''));
  return n ? (shifted(ctx, numberOf(n[1]!), n[2]!) ?? block) : block;
}

/** "last week", "this month", "next year": the unit around the publication date. */
export function thisUnit(ctx: RuleContext, lead: string, unitWord: string): string | null {
  if (!ctx.pub) return null;
  const word = lead.toLowerCase();
  const shift = word === 'last' || word === 'past' ? -1 : word === 'next' || word === 'coming' ? 1 : 0;
  const unit = unitWord.toLowerCase();
  const then = ctx.pub.plus({ [`${unit}s`]: shift });
  if (unit === 'year') return String(then.year);
  if (unit === 'month') return isoMonth(then.year, then.month);
  const start = then.startOf('week');
  return `${isoDay(start)}/${isoDay(start.plus({ days: 6 }))}`;
}
