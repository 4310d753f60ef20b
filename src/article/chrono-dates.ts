/**
 * chrono-node, a maintained natural-language date parser, as the second reader of a sentence: it
 * catches what the parser's own patterns do not write out ("the 5th of March", "Mar 5th, 2024",
 * "2024/03/05"), and only there. Weekdays, bare months and times are left to
 * the rules, which read the clause's tense where chrono picks the nearest day.
 */
import * as chrono from 'chrono-node';
import type { DateTime } from 'luxon';

/** A date chrono found, as an ISO date or range at the precision the words give. */
export interface ChronoHit {
  start: number;
  end: number;
  date: string;
}

/** Words that make a chrono reading a date worth an event: a number or a month. */
const DATE_WORDS = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b/i;
/**
 * Spans of time ("after three weeks of repairs", "two years before the war"): the rules read the
 * ones that count from the publication date ("two weeks ago", "in two weeks") and refuse the rest.
 */
const SPAN_OF_TIME = /\b(?:days?|weeks?|fortnights?|months?|years?|decades?)\b/i;
const ASK_CHRONO = /\d(?:st|nd|rd|th)\b|\d[/.-]\d/i;
/** The longest sentence chrono reads; PolNeAR's longest is under 500 characters. */
const CHRONO_MAX_SENTENCE = 1000;
const pad = (n: number) => String(n).padStart(2, '0');

type Component = chrono.ParsedComponents;

function isoOf(c: Component): string | null {
  const y = c.get('year');
  const m = c.get('month');
  const d = c.get('day');
  if (y === null || m === null || d === null) return null;
  if (c.isCertain('day')) return `${y}-${pad(m)}-${pad(d)}`;
  // A month without its year is the rules' to place by tense.
  if (c.isCertain('month')) return c.isCertain('year') ? `${y}-${pad(m)}` : null;
  return c.isCertain('year') ? String(y) : null;
}

function read(sentence: string, reference: Date): Array<{ start: number; end: number; date: string }> {
  const hits: Array<{ start: number; end: number; date: string }> = [];
  for (const r of chrono.en.casual.parse(sentence, { instant: reference, timezone: 0 })) {
    const s = r.start;
    // Weekdays, months alone and clock times are the rules' to read (tense, precision).
    if (!s.isCertain('day') && !s.isCertain('month') && !s.isCertain('year')) continue;
    if (s.isCertain('weekday') && !s.isCertain('day')) continue;
    if (!DATE_WORDS.test(r.text) || SPAN_OF_TIME.test(r.text)) continue;
    const start = isoOf(s);
    const end = r.end ? isoOf(r.end) : null;
    if (!start) continue;
    hits.push({ start: r.index, end: r.index + r.text.length, date: end && end > start ? `${start}/${end}` : start });
  }
  return hits;
}

/**
 * Dates chrono reads in `sentence`, resolved against the publication date. Without one, only the
 * readings that do not depend on it (the same from two distant reference dates) are kept.
 */
export function chronoDates(sentence: string, pub: DateTime | null): ChronoHit[] {
  // What it adds needs an ordinal ("the 5th of March") or a numeric date ("2024/03/05"): the rules read
  // the rest, so without one of these it is not asked.
  // Nor on a sentence longer than any real one (chrono's time grows faster than the text).
  if (sentence.length > CHRONO_MAX_SENTENCE || !ASK_CHRONO.test(sentence)) return [];
  if (pub) return read(sentence, new Date(Date.UTC(pub.year, pub.month - 1, pub.day, 12)));
  // Without a publication date only a written year can make a reading that does not depend on it.
  if (!/\d{4}/.test(sentence)) return [];
  const a = read(sentence, new Date(Date.UTC(2001, 0, 15, 12)));
  const b = read(sentence, new Date(Date.UTC(2031, 6, 15, 12)));
  return a.filter((x) => b.some((y) => y.start === x.start && y.end === x.end && y.date === x.date));
}
