/**
 * Dates in news copy: absolute ("September 13, 2023", "2024-06-18"), partial ("in March",
 * "May 4-5", "since 1998") and relative ("on Monday", "two years ago", "last week"), resolved
 * against the publication date. Pure functions; luxon does the calendar arithmetic.
 */
import { DateTime } from 'luxon';

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7,
  jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
};
const WEEKDAYS: Record<string, number> = { monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7 };
const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, fifteen: 15, twenty: 20, thirty: 30, several: 0, few: 0,
};

const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const WEEKDAY = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const NUM = '(\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)';

/** Cheap test before the many patterns: most sentences hold no date at all. */
const MAY_HOLD_DATE = /\d|day\b|ago\b|year|month|week|tonight|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/i;
const pad = (n: number) => String(n).padStart(2, '0');
const monthOf = (word: string) => MONTHS[word.toLowerCase().replace('.', '')] ?? 0;
const isoDay = (d: DateTime) => d.toISODate() ?? '';
const isoMonth = (y: number, m: number) => `${y}-${pad(m)}`;

/** A date expression found in a sentence. */
export interface DateMention {
  /** The words that gave the date. */
  expression: string;
  /** ISO 8601: YYYY, YYYY-MM, YYYY-MM-DD or START/END. */
  date: string;
  index: number;
}

/** Reads a stand-alone date such as "June 18, 2024", "18 June 2024" or "2024-06-18"; null if none. */
export function parseStandaloneDate(text: string): string | null {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (iso) return valid(+iso[1]!, +iso[2]!, +iso[3]!);
  const mdy = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i').exec(text);
  if (mdy) return valid(+mdy[3]!, monthOf(mdy[1]!), +mdy[2]!);
  const dmy = new RegExp(`\\b(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})\\b`, 'i').exec(text);
  if (dmy) return valid(+dmy[3]!, monthOf(dmy[2]!), +dmy[1]!);
  const us = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(text);
  if (us) return valid(+us[3]!, +us[1]!, +us[2]!);
  return null;
}

function valid(y: number, m: number, d: number): string | null {
  const dt = DateTime.utc(y, m, d);
  return dt.isValid && y >= 1800 && y <= 2200 ? isoDay(dt) : null;
}

/** True when the sentence speaks of what will happen, so bare weekdays and months point forward. */
function isFuture(sentence: string): boolean {
  return /\b(will|'ll|is due|are due|is set to|are set to|plans? to|planned|is scheduled|are scheduled|expects?|expected|expecting|forecasts?|hopes? to|aims? to|intends? to|upcoming|next)\b/i.test(sentence) || /\b(?:would|could|may|might)\b/.test(sentence);
}

/**
 * Finds date expressions in a sentence and resolves them against the publication date
 * (YYYY-MM-DD or null: relative dates are then left out).
 * @example findDates('The minister will visit Peru on May 4-5.', '2025-05-01') // [{ date: '2025-05-04/2025-05-05', ... }]
 */
export function findDates(sentence: string, publishedAt: string | null): DateMention[] {
  const found: DateMention[] = [];
  if (!MAY_HOLD_DATE.test(sentence)) return found;
  const taken: Array<[number, number]> = [];
  const pub = publishedAt ? DateTime.fromISO(publishedAt, { zone: 'utc' }) : null;
  const future = isFuture(sentence);
  const add = (m: RegExpExecArray, date: string | null) => {
    if (!date) return;
    const start = m.index;
    const end = m.index + m[0].length;
    // Taken spans are kept apart and in order, so only the last one starting before `end` can overlap.
    let at = 0;
    let hi = taken.length;
    while (at < hi) {
      const mid = (at + hi) >> 1;
      if (taken[mid]![0] < end) at = mid + 1;
      else hi = mid;
    }
    if (at > 0 && taken[at - 1]![1] > start) return;
    taken.splice(at, 0, [start, end]);
    found.push({ expression: m[0].trim(), date, index: start });
  };
  const each = (re: RegExp, fn: (m: RegExpExecArray) => string | null) => {
    for (const m of sentence.matchAll(re)) add(m as RegExpExecArray, fn(m as RegExpExecArray));
  };

  // Full dates first, so their parts are not read again as partial ones.
  each(new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'gi'), (m) => valid(+m[3]!, monthOf(m[1]!), +m[2]!));
  each(new RegExp(`\\b(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})\\b`, 'gi'), (m) => valid(+m[3]!, monthOf(m[2]!), +m[1]!));
  each(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (m) => valid(+m[1]!, +m[2]!, +m[3]!));
  // Month-day ranges and month-day without a year take the publication year.
  each(new RegExp(`\\b${MONTH}\\s+(\\d{1,2})\\s*(?:-|–|to|through)\\s*(\\d{1,2})\\b`, 'gi'), (m) => {
    if (!pub) return null;
    const a = valid(pub.year, monthOf(m[1]!), +m[2]!);
    const b = valid(pub.year, monthOf(m[1]!), +m[3]!);
    return a && b ? `${a}/${b}` : null;
  });
  each(new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s*\\d{4})`, 'gi'), (m) => (pub ? valid(pub.year, monthOf(m[1]!), +m[2]!) : null));
  each(new RegExp(`\\b(\\d{1,2})\\s+${MONTH}\\b(?!\\s*\\d{4})`, 'gi'), (m) => (pub ? valid(pub.year, monthOf(m[2]!), +m[1]!) : null));
  // Month and year, or a month alone ("in March").
  each(new RegExp(`\\b${MONTH}\\s+(\\d{4})\\b`, 'gi'), (m) => isoMonth(+m[2]!, monthOf(m[1]!)));
  each(new RegExp(`\\b(in|since|by|until|last|next|this|early|late|mid-|from)\\s+${MONTH}\\b(?!\\s+\\d)`, 'gi'), (m) => {
    if (!pub) return null;
    const month = monthOf(m[2]!);
    const word = m[1]!.toLowerCase();
    let year = pub.year;
    if (word === 'last') year = month >= pub.month ? pub.year - 1 : pub.year;
    else if (word === 'next') year = month <= pub.month ? pub.year + 1 : pub.year;
    else if (future && month < pub.month) year = pub.year + 1;
    else if (!future && month > pub.month) year = pub.year - 1;
    return isoMonth(year, month);
  });
  // Weekdays: the one of the publication week the tense points to.
  each(new RegExp(`\\b(?:on\\s+|last\\s+|next\\s+|this\\s+)?${WEEKDAY}\\b`, 'gi'), (m) => {
    if (!pub) return null;
    const target = WEEKDAYS[m[1]!.toLowerCase()]!;
    const lead = m[0].toLowerCase();
    const forward = lead.startsWith('next') || (future && !lead.startsWith('last'));
    let delta = target - pub.weekday;
    if (forward) delta = delta < 0 ? delta + 7 : delta;
    else delta = delta > 0 ? delta - 7 : delta;
    if (lead.startsWith('next') && delta === 0) delta = 7;
    if (lead.startsWith('last') && delta === 0) delta = -7;
    return isoDay(pub.plus({ days: delta }));
  });
  // "two years ago", "three months ago", "five days ago".
  each(new RegExp(`\\b${NUM}\\s+(year|month|week|day)s?\\s+ago\\b`, 'gi'), (m) => {
    if (!pub) return null;
    const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : NUMBER_WORDS[m[1]!.toLowerCase()] ?? 0;
    if (!n) return null;
    const unit = m[2]!.toLowerCase();
    const then = pub.minus({ [`${unit}s`]: n });
    if (unit === 'year') return String(then.year);
    if (unit === 'month') return isoMonth(then.year, then.month);
    return isoDay(then);
  });
  each(/\b(yesterday|today|tomorrow|tonight)\b/gi, (m) => {
    if (!pub) return null;
    const w = m[1]!.toLowerCase();
    return isoDay(pub.plus({ days: w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0 }));
  });
  each(/\b(last|this|next|earlier this|later this)\s+(year|month|week)\b/gi, (m) => {
    if (!pub) return null;
    const shift = m[1]!.toLowerCase() === 'last' ? -1 : m[1]!.toLowerCase() === 'next' ? 1 : 0;
    const unit = m[2]!.toLowerCase();
    const then = pub.plus({ [`${unit}s`]: shift });
    if (unit === 'year') return String(then.year);
    if (unit === 'month') return isoMonth(then.year, then.month);
    const start = then.startOf('week');
    return `${isoDay(start)}/${isoDay(start.plus({ days: 6 }))}`;
  });
  // Bare years: "since 2006", "in 2019", "the 1950 Korean War"; not "2,000" or "11,000".
  each(/(?<![\d,.$-])\b(1[89]\d\d|20\d\d|21\d\d)\b(?!\d|,\d|s\b|-\d)/g, (m) => m[1]!);

  return found.sort((a, b) => a.index - b.index);
}
