/**
 * The parser's own date patterns: what news copy writes and a general date library reads poorly,
 * because the answer depends on the publication date and on the tense around the date: weekdays,
 * months without a year ("in March", "the March talks", "mid-February"), day and month ranges
 * ("12 to 14 March", "between March and May"), "over the weekend", "in two weeks", numeric dates
 * ("1/2/2025", with the other reading named), "two years ago", "last week", seasons. Pure; luxon does the
 * calendar arithmetic.
 */
import { DateTime } from 'luxon';
import { ahead, isoMonth, numberOf, shifted, thisUnit, weekday, weekend, type RuleContext, type RuleHit } from './date-relative.js';
import { resolveSeason, SEASON_RULE } from './date-seasons.js';
import { directionAt, directionBefore, type Direction } from './date-tense.js';
import { allMatches } from './text-window.js';

export type { RuleContext, RuleHit } from './date-relative.js';

const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

export const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const WEEKDAY = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const NUM = '(\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';
const TO = '\\s*(?:-|–|—|to|through|until|till)\\s*';

export const monthOf = (word: string) => MONTHS[word.toLowerCase().replace('.', '')] ?? 0;
const isoDay = (d: DateTime) => d.toISODate() ?? '';

/** A valid calendar day as YYYY-MM-DD, or null. */
export function validDay(y: number, m: number, d: number): string | null {
  const dt = DateTime.utc(y, m, d);
  return dt.isValid && y >= 1800 && y <= 2200 ? isoDay(dt) : null;
}

/** The year of a month (and day) given without one, from the tense of its clause. */
function yearFor(pub: DateTime, month: number, day: number | null, direction: Direction, lead = ''): number {
  const word = lead.toLowerCase();
  if (word === 'last' || word === 'past') return month > pub.month || (month === pub.month && day === null) ? pub.year - 1 : pub.year;
  if (word === 'next' || word === 'coming') return month < pub.month || (month === pub.month && day === null) ? pub.year + 1 : pub.year;
  if (day === null) {
    if (direction === 'future' && month < pub.month) return pub.year + 1;
    if (direction === 'past' && month > pub.month) return pub.year - 1;
    return pub.year;
  }
  // A day a month or more on the wrong side of the publication date belongs to the next or last year;
  // closer than that it is more likely a time zone or a late edit.
  const same = DateTime.utc(pub.year, month, Math.min(day, 28));
  const days = same.diff(pub, 'days').days;
  if (direction === 'past' && days > 31) return pub.year - 1;
  if (direction === 'future' && days < -31) return pub.year + 1;
  return pub.year;
}

type Rule = { re: RegExp; resolve: (m: RegExpExecArray, ctx: RuleContext, sentence: string) => RuleHit | string | null };

const dir = (m: RegExpExecArray, sentence: string) => directionAt(sentence, m.index, m.index + m[0].length);

/** A day of the publication year, or of the year the tense points to. */
function dayWithoutYear(ctx: RuleContext, m: RegExpExecArray, sentence: string, month: number, day: number): string | null {
  if (!ctx.pub) return null;
  return validDay(yearFor(ctx.pub, month, day, dir(m, sentence)), month, day);
}

function range(a: string | null, b: string | null): string | null {
  return a && b && a <= b ? `${a}/${b}` : null;
}

/** "1/2/2025": month first as US copy writes it, unless a part is over 12 or the article writes days first. */
function numericDate(m: RegExpExecArray, dayFirstOrder: boolean): RuleHit | null {
  const [a, b] = [Number(m[1]), Number(m[2])];
  let year = Number(m[3]);
  if (m[3]!.length === 2) year += 2000;
  const start = m.index;
  const end = m.index + m[0].length;
  if (a > 12 && b > 12) return null;
  const monthFirst = validDay(year, a, b);
  const dayFirst = validDay(year, b, a);
  if (a > 12 || b > 12 || a === b) return { start, end, date: a > 12 ? dayFirst : monthFirst };
  const date = dayFirstOrder ? dayFirst : monthFirst;
  const other = dayFirstOrder ? monthFirst : dayFirst;
  const reading = dayFirstOrder ? 'day first' : 'month first, as US copy writes it';
  return { start, end, date, note: `"${m[0]}" is ambiguous: read ${reading} (${date}); the other order gives ${other}` };
}

/** What joins a range's ends: "to", a dash, or "and" after "between". */
const RANGE_TO = `(?:${TO}|\\s+and\\s+)`;
/** The range of two days, when joined by "and" only after "between" ("on March 30 and April 2, 2025" is two days). */
const joinedRange = (m: RegExpExecArray, sentence: string, start: string | null, end: string | null) =>
  !/\sand\s/i.test(m[0]) || /\bbetween\s+$/i.test(sentence.slice(0, m.index)) ? range(start, end) : null;

const ORDER: Rule[] = [
  // Full dates first, so their parts are not read again as partial ones; a year after a range dates
  // both its ends ("March 30 to April 2, 2025", "between September 2 and October 6, 2025").
  {
    re: new RegExp(`\\b${MONTH}\\s+${DAY}${RANGE_TO}${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, 'gi'),
    resolve: (m, _ctx, s) => joinedRange(m, s, validDay(+m[5]!, monthOf(m[1]!), +m[2]!), validDay(+m[5]!, monthOf(m[3]!), +m[4]!)),
  },
  {
    re: new RegExp(`\\b${DAY}\\s+${MONTH}${RANGE_TO}${DAY}\\s+${MONTH},?\\s+${YEAR}\\b`, 'gi'),
    resolve: (m, _ctx, s) => joinedRange(m, s, validDay(+m[5]!, monthOf(m[2]!), +m[1]!), validDay(+m[5]!, monthOf(m[4]!), +m[3]!)),
  },
  {
    re: new RegExp(`\\b${MONTH}\\s+${DAY}${RANGE_TO}${DAY},?\\s+${YEAR}\\b`, 'gi'),
    resolve: (m, _ctx, s) => joinedRange(m, s, validDay(+m[4]!, monthOf(m[1]!), +m[2]!), validDay(+m[4]!, monthOf(m[1]!), +m[3]!)),
  },
  {
    re: new RegExp(`\\b${DAY}${RANGE_TO}${DAY}\\s+${MONTH},?\\s+${YEAR}\\b`, 'gi'),
    resolve: (m, _ctx, s) => joinedRange(m, s, validDay(+m[4]!, monthOf(m[3]!), +m[1]!), validDay(+m[4]!, monthOf(m[3]!), +m[2]!)),
  },
  { re: new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, 'gi'), resolve: (m) => validDay(+m[3]!, monthOf(m[1]!), +m[2]!) },
  { re: new RegExp(`\\b${DAY}\\s+${MONTH},?\\s+${YEAR}\\b`, 'gi'), resolve: (m) => validDay(+m[3]!, monthOf(m[2]!), +m[1]!) },
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, resolve: (m) => validDay(+m[1]!, +m[2]!, +m[3]!) },
  { re: /(?<![\d/.])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/])/g, resolve: (m, ctx) => numericDate(m, ctx.dayFirst) },
  // Dotted dates are written day first wherever they are written.
  { re: /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.]\d)/g, resolve: (m) => numericDate(m, true) },
  // Ranges across months without a year: "March 30 to April 2", "30 March-2 April".
  {
    re: new RegExp(`\\b${MONTH}\\s+${DAY}${TO}${MONTH}\\s+${DAY}\\b`, 'gi'),
    resolve: (m, ctx, s) => range(dayWithoutYear(ctx, m, s, monthOf(m[1]!), +m[2]!), dayWithoutYear(ctx, m, s, monthOf(m[3]!), +m[4]!)),
  },
  {
    re: new RegExp(`\\b${DAY}\\s+${MONTH}${TO}${DAY}\\s+${MONTH}\\b`, 'gi'),
    resolve: (m, ctx, s) => range(dayWithoutYear(ctx, m, s, monthOf(m[2]!), +m[1]!), dayWithoutYear(ctx, m, s, monthOf(m[4]!), +m[3]!)),
  },
  // Day ranges in one month: "June 19-20", "12 to 14 March", "between 12 and 14 March".
  {
    re: new RegExp(`\\bbetween\\s+${MONTH}\\s+${DAY}\\s+and\\s+${DAY}\\b(?![,.]?\\s*\\d)`, 'gi'),
    resolve: (m, ctx, s) => range(dayWithoutYear(ctx, m, s, monthOf(m[1]!), +m[2]!), dayWithoutYear(ctx, m, s, monthOf(m[1]!), +m[3]!)),
  },
  {
    re: new RegExp(`\\bbetween\\s+${DAY}\\s+and\\s+${DAY}\\s+${MONTH}\\b(?!,?\\s*\\d)`, 'gi'),
    resolve: (m, ctx, s) => range(dayWithoutYear(ctx, m, s, monthOf(m[3]!), +m[1]!), dayWithoutYear(ctx, m, s, monthOf(m[3]!), +m[2]!)),
  },
  {
    re: new RegExp(`\\b${MONTH}\\s+${DAY}${TO}${DAY}\\b(?![,.]?\\s*\\d)`, 'gi'),
    resolve: (m, ctx, s) => range(dayWithoutYear(ctx, m, s, monthOf(m[1]!), +m[2]!), dayWithoutYear(ctx, m, s, monthOf(m[1]!), +m[3]!)),
  },
  {
    re: new RegExp(`\\b${DAY}${TO}${DAY}\\s+${MONTH}\\b(?!,?\\s*\\d)`, 'gi'),
    resolve: (m, ctx, s) => range(dayWithoutYear(ctx, m, s, monthOf(m[3]!), +m[1]!), dayWithoutYear(ctx, m, s, monthOf(m[3]!), +m[2]!)),
  },
  // A weekday before a full or partial date is the same day: the date says it ("Tuesday, March 4").
  {
    re: new RegExp(`\\b${WEEKDAY},?\\s+(?:the\\s+)?(?=${MONTH}\\s+\\d|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH})`, 'gi'),
    resolve: (m) => ({ start: m.index, end: m.index + m[0].length, date: null }),
  },
  // Month and day without a year: the year its tense points to.
  { re: new RegExp(`\\b${MONTH}\\s+${DAY}\\b(?![,.]?\\s*\\d)`, 'gi'), resolve: (m, ctx, s) => dayWithoutYear(ctx, m, s, monthOf(m[1]!), +m[2]!) },
  { re: new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH}\\b(?!,?\\s*\\d)`, 'gi'), resolve: (m, ctx, s) => dayWithoutYear(ctx, m, s, monthOf(m[2]!), +m[1]!) },
  // Month ranges: "between March and May 2024", "from March to May", "March-May".
  {
    re: new RegExp(`\\b(?:between|from)\\s+${MONTH}\\s+(?:and|to|through|until)\\s+${MONTH}(?:\\s+${YEAR})?\\b`, 'gi'),
    resolve: (m, ctx, s) => monthRange(ctx, m, s, monthOf(m[1]!), monthOf(m[2]!), m[3]),
  },
  {
    re: new RegExp(`\\b${MONTH}\\s*(?:-|–|to|through)\\s*${MONTH}(?:\\s+${YEAR})?\\b`, 'gi'),
    resolve: (m, ctx, s) => monthRange(ctx, m, s, monthOf(m[1]!), monthOf(m[2]!), m[3]),
  },
  // Two months in a row: "in August and September" (a span when the second follows the first).
  {
    re: new RegExp(`\\b(?:in|during|over|through)\\s+${MONTH}\\s+and\\s+${MONTH}(?:,?\\s+${YEAR})?\\b(?!\\s+\\d)`, 'gi'),
    resolve: (m, ctx, s) => (monthOf(m[2]!) === (monthOf(m[1]!) % 12) + 1 ? monthRange(ctx, m, s, monthOf(m[1]!), monthOf(m[2]!), m[3]) : null),
  },
  // Month and year, or a month alone ("in March", "mid-February", "the March talks").
  { re: new RegExp(`\\b${MONTH},?\\s+${YEAR}\\b`, 'gi'), resolve: (m) => isoMonth(+m[2]!, monthOf(m[1]!)) },
  {
    re: new RegExp(
      `\\b(in|since|by|until|last|next|this|past|coming|early|late|mid|from|during|through|before|after|end of|start of|beginning of|middle of|(?:planned|scheduled|set|slated|due|booked|pencil+ed in) for)(?:\\s+|-)(?:early\\s+|late\\s+|mid-)?${MONTH}(?!\\s+\\d)\\b`,
      'gi',
    ),
    resolve: (m, ctx, s) => monthAlone(ctx, m, s, monthOf(m[2]!), m[1]!),
  },
  // A month used as a modifier: "the March talks", "a May election" (a lower-case noun follows).
  // Case matters here: "the march through the city" is no month.
  {
    re: new RegExp(`\\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]his|[Tt]hat|[Ll]ast|[Nn]ext)\\s+${MONTH}(?=\\s+[a-z])`, 'g'),
    resolve: (m, ctx, s) => monthAlone(ctx, m, s, monthOf(m[1]!), /^(?:last|next)/i.test(m[0]) ? m[0].split(/\s/)[0]! : ''),
  },
  // Weekends: "over the weekend" behind, "this weekend" and "for the weekend" by tense, "next weekend" ahead.
  { re: /\b(over|during|at|on|for|this|last|next|past|coming)\s+(?:the\s+)?weekend\b/gi, resolve: (m, ctx, s) => weekend(ctx, m, s) },
  // Weekdays: the one of the publication week the clause's tense points to.
  {
    re: new RegExp(`\\b(?:on\\s+|last\\s+|next\\s+|this\\s+|this\\s+past\\s+|this\\s+coming\\s+)?${WEEKDAY}\\b`, 'gi'),
    resolve: (m, ctx, s) => weekday(ctx, m, s),
  },
  // "two years ago", "three months ago", "five days ago".
  { re: new RegExp(`\\b${NUM}\\s+(year|month|week|day)s?\\s+ago\\b`, 'gi'), resolve: (m, ctx) => shifted(ctx, -numberOf(m[1]!), m[2]!) },
  // "in two weeks", "within three days", "two weeks from now": ahead, unless the clause is a duration.
  {
    re: new RegExp(
      `\\b(?:in|within)\\s+(?:the\\s+next\\s+)?${NUM}\\s+(year|month|week|day)s?(?:'?\\s+time)?\\b|\\b${NUM}\\s+(year|month|week|day)s?\\s+from\\s+(?:now|today)\\b`,
      'gi',
    ),
    resolve: (m, ctx, s) => ahead(ctx, m, s),
  },
  {
    re: /\b(yesterday|today|tomorrow|tonight)\b/gi,
    resolve: (m, ctx) =>
      ctx.pub ? isoDay(ctx.pub.plus({ days: m[1]!.toLowerCase() === 'yesterday' ? -1 : m[1]!.toLowerCase() === 'tomorrow' ? 1 : 0 })) : null,
  },
  { re: /\b(last|this|next|earlier this|later this|past|coming)\s+(year|month|week)\b/gi, resolve: (m, ctx) => thisUnit(ctx, m[1]!, m[2]!) },
  // Seasons: "this summer", "last spring", "the autumn of 2023" (src/article/date-seasons.ts).
  { re: SEASON_RULE, resolve: resolveSeason },
  // Bare years: "since 2006", "in 2019", "the 1950 war"; not "2,000" or "11,000".
  { re: /(?<![\d,.$-])\b(1[89]\d\d|20\d\d|21\d\d)\b(?!\d|,\d|s\b|-\d)/g, resolve: (m) => m[1]! },
];

function monthRange(ctx: RuleContext, m: RegExpExecArray, sentence: string, from: number, to: number, year: string | undefined): string | null {
  if (!from || !to) return null;
  if (year) {
    const y = Number(year);
    return `${isoMonth(to < from ? y - 1 : y, from)}/${isoMonth(y, to)}`;
  }
  if (!ctx.pub) return null;
  // A past range has ended by publication, so its end places it; a future one has not begun.
  const direction = dir(m, sentence);
  if (direction === 'past') {
    const endYear = yearFor(ctx.pub, to, null, 'past');
    return `${isoMonth(to < from ? endYear - 1 : endYear, from)}/${isoMonth(endYear, to)}`;
  }
  const y = yearFor(ctx.pub, from, null, direction);
  return `${isoMonth(y, from)}/${isoMonth(to < from ? y + 1 : y, to)}`;
}

function monthAlone(ctx: RuleContext, m: RegExpExecArray, sentence: string, month: number, lead: string): string | null {
  if (!ctx.pub || !month) return null;
  // "by June", "until March": a deadline, ahead unless the clause says it is past.
  const deadline = /^(?:by|until)$/i.test(lead);
  // "was planned for April": the tense of what was planned, read from the month itself, after its lead.
  const planned = / for$/i.test(lead);
  // "will stay open until 9 p.m. on weekdays from June": a start after a verb in the future lies ahead,
  // though "until" opened a clause of its own between them.
  const start = /^(?:from|starting)$/i.test(lead) && directionBefore(sentence, m.index) === 'future';
  const at = m.index + m[0].length - (m[2]?.length ?? 0);
  const direction =
    planned || start
      ? directionAt(sentence, at, m.index + m[0].length, 'future')
      : deadline
        ? directionAt(sentence, m.index, m.index + m[0].length, 'future')
        : dir(m, sentence);
  return isoMonth(yearFor(ctx.pub, month, null, direction, lead), month);
}

/** Rules that need a month name or a weekday in the sentence, so the others are not even tried. */
const NEEDS = ORDER.map(({ re }) => ({ month: re.source.includes('January|'), weekday: re.source.includes('Monday|') }));
const MONTH_HINT = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/;
const WEEKDAY_HINT = /day\b/i;

/**
 * Spans taken so far, kept apart and in order, so only the last one starting before a new span's end
 * can overlap it (a sentence of thousands of dates stays linear-logarithmic).
 */
export class TakenSpans {
  private readonly spans: Array<[number, number]> = [];

  /** Takes [start, end) unless it overlaps a span already taken; true when taken. */
  take(start: number, end: number): boolean {
    let at = 0;
    let hi = this.spans.length;
    while (at < hi) {
      const mid = (at + hi) >> 1;
      if (this.spans[mid]![0] < end) at = mid + 1;
      else hi = mid;
    }
    if (at > 0 && this.spans[at - 1]![1] > start) return false;
    this.spans.splice(at, 0, [start, end]);
    return true;
  }
}

/** Runs every rule over `sentence`; the first rule to cover a span keeps it. */
export function applyDateRules(sentence: string, ctx: RuleContext, taken = new TakenSpans()): RuleHit[] {
  const hits: RuleHit[] = [];
  const hasMonth = MONTH_HINT.test(sentence);
  const hasWeekday = WEEKDAY_HINT.test(sentence);
  for (const [k, { re, resolve }] of ORDER.entries()) {
    if ((NEEDS[k]!.month && !hasMonth) || (NEEDS[k]!.weekday && !hasWeekday && !NEEDS[k]!.month)) continue;
    for (const m of allMatches(re, sentence)) {
      const start = m.index;
      const end = m.index + m[0].length;
      const result = resolve(m as RegExpExecArray, ctx, sentence);
      if (result === null) continue;
      const hit = typeof result === 'string' ? { start, end, date: result } : result;
      if (taken.take(hit.start, hit.end)) hits.push(hit);
    }
  }
  return hits;
}
