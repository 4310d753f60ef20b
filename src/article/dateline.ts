/**
 * The dateline that opens a wire story: the place it was filed from, a date, the agency, then a
 * dash: "SEOUL/MOSCOW (Reuters) -", "PORT HALVEY, Texas (AP) —", "SANTIAGO, March 4 (Reuters) -",
 * "JAKARTA, June 3, 2025 (AFP) -", "ROME, 4 March (ANSA) -", a date with no place ("March 4 (Reuters) -") or a place with no
 * agency ("KYIV, Ukraine —", "LONDON, March 4 -", "TROMSØ, Norway, Tuesday —"), a release's date in parentheses after the place
 * ("BRAMLEY, Ore. (May 2, 2026) —"), a place and a full stop as German papers print it ("Mühlbach. The council ...").
 */
import { MONTH, monthOf, validDay } from './date-rules.js';

/** What a dateline says. */
export interface Dateline {
  /** The place as printed, with its state or country ("PORT HALVEY, Texas"); null when it names none. */
  place: string | null;
  agency: string | null;
  /** A full date printed in the dateline (YYYY-MM-DD), when it has a year. */
  date: string | null;
  /** Characters of the paragraph the dateline takes, dash and space included. */
  length: number;
}

// A hyphen joins place words through the word class alone ("WINSTON-SALEM"), never as a separator as
// well, so no string can be split many ways. The parts after the place are separated by spaces.
const PLACE = "[\\p{Lu}][\\p{Lu}.'’-]*(?:[ /][\\p{Lu}][\\p{Lu}.'’-]*)*";
/** A weekday before the date, which says nothing the date does not: "Wednesday", "Wed.,". */
const WEEKDAY_NAME = '(?:Mon|Tue|Tues|Wed|Wednes|Thu|Thur|Thurs|Fri|Sat|Satur|Sun)(?:day)?\\b';
const WEEKDAY = `(?:${WEEKDAY_NAME}\\.?,?\\s+)?`;
/** A month named in the dateline, as a named group. */
const MONTH_AS = (name: string) => MONTH.replace('(', `(?<${name}>`);
/**
 * After the place: ", Texas", ", Ukraine", ", March 4", ", June 3, 2025", ", Nov 19", or a date written
 * day first (", 4 March", ", 4 March 2025"); a weekday alone may close it (", Norway, Wednesday", ", Tuesday"),
 * which dates nothing by itself.
 */
const AFTER_PLACE = `(?:,\\s*(?<regionFirst>(?!${WEEKDAY_NAME})[\\p{Lu}][\\p{L}.]*(?:\\s+[\\p{Lu}][\\p{L}.]*){0,2}),\\s*${WEEKDAY}${MONTH_AS('monthSecond')}\\s+(?<daySecond>\\d{1,2})(?:,\\s*(?<yearSecond>\\d{4}))?|,\\s*${WEEKDAY}${MONTH_AS('month')}\\s+(?<day>\\d{1,2})(?:,\\s*(?<year>\\d{4}))?|,\\s*${WEEKDAY}(?<dayFirst>\\d{1,2})\\s+${MONTH_AS('monthAfter')}(?:\\s+(?<yearAfter>\\d{4}))?|,\\s*(?<region>(?!${WEEKDAY_NAME})[\\p{Lu}][\\p{L}.]*(?:\\s+[\\p{Lu}][\\p{L}.]*){0,2}))?(?:,\\s*${WEEKDAY_NAME}\\.?)?`;
/** A release's date in parentheses after the place: "(June 17, 2025)", "(17 June 2025)". */
const PAREN_DATE = `(?:\\s*\\((?:${MONTH_AS('monthParen')}\\s+(?<dayParen>\\d{1,2}),?\\s*(?<yearParen>\\d{4})|(?<dayParenFirst>\\d{1,2})\\s+${MONTH_AS('monthParenAfter')}\\s+(?<yearParenAfter>\\d{4}))\\))?`;
const AGENCY = '(?:\\((?<agency>[\\p{L}][\\p{L} .&-]{0,30})\\)|/(?<wire>\\p{Lu}[\\p{L}]{1,30})/)';
const WITH_AGENCY = new RegExp(`^(?<place>${PLACE})${AFTER_PLACE}${PAREN_DATE}\\s*${AGENCY}\\s*[-–—]+\\s*`, 'u');
/** A place of two capitals or more with no agency needs a dash that is not a hyphen: "KYIV, Ukraine —", "KELM, Mass. --". */
const NO_AGENCY = new RegExp(`^(?<place>(?:[\\p{Lu}]{2,}[.'’-]?)(?:[ /-][\\p{Lu}]{2,}[.'’-]?){0,3})${AFTER_PLACE}${PAREN_DATE}\\s*(?:[–—]+|\\s--?)\\s+`, 'u');
/** Labels in capitals that open a caption or a story but name no place: "FILE - A man walks ...". */
const NOT_A_PLACE =
  /^(?:FILE|UPDATE|UPDATED|CORRECTION|CORRECTED|BREAKING|EXCLUSIVE|ANALYSIS|WATCH|LIVE|OPINION|EDITORIAL|FACTBOX|EXPLAINER|INSIGHT|NOTE|PHOTOS?|VIDEO)$/;

/** A date and the agency with no place: "March 4 (Reuters) -". */
const DATE_ONLY = new RegExp(`^${WEEKDAY}${MONTH_AS('month')}\\s+(?<day>\\d{1,2})(?:,\\s*(?<year>\\d{4}))?\\s*${AGENCY}\\s*[-–—]+\\s*`, 'u');

/** The outlet alone, opening the story: "(CNN) —", "(Bloomberg) --". A dash, not a hyphen, follows it. */
const AGENCY_ONLY = new RegExp(`^${AGENCY}\\s*(?:--|[–—])\\s*`, 'u');

/**
 * A publication's name and the date and time it filed, in parentheses, opening the story, as a legal
 * newswire does: "Courtline (November 12, 2025, 5:41 PM EST) --". The name is the outlet's own, no
 * agency's, and names no place.
 */
const OUTLET_DATED = new RegExp(
  `^\\p{Lu}[\\p{L}\\d]+(?:\\s\\p{Lu}[\\p{L}\\d]+){0,2}\\s\\(${MONTH_AS('month')}\\s+(?<day>\\d{1,2}),\\s*(?<year>\\d{4})(?:,\\s*\\d{1,2}:\\d{2}\\s*[AaPp]\\.?[Mm]\\.?(?:\\s+\\p{Lu}{2,4})?)?\\)\\s*(?:--|[–—])\\s*`,
  'u',
);

function dateOf(g: Record<string, string | undefined>): string | null {
  const month = g.month ?? g.monthAfter ?? g.monthSecond ?? g.monthParen ?? g.monthParenAfter;
  const day = g.day ?? g.dayFirst ?? g.daySecond ?? g.dayParen ?? g.dayParenFirst;
  const year = g.year ?? g.yearAfter ?? g.yearSecond ?? g.yearParen ?? g.yearParenAfter;
  return month && day && year ? validDay(Number(year), monthOf(month), Number(day)) : null;
}

/** The place as printed, with its state or country: "PORT HALVEY, Texas". */
const placeOf = (g: Record<string, string | undefined>) => {
  const region = g.region ?? g.regionFirst;
  return (region ? `${g.place}, ${region}` : g.place!).replace(/,$/, '');
};
/** The agency in parentheses, or a release wire between slashes ("/PRNewswire/"). */
const agencyOf = (g: Record<string, string | undefined>) => (g.agency ?? g.wire)!.trim();
/**
 * A place in upper and lower case, a date and the agency, with or without a dash: "Guwahati, Jul 8
 * (PTI) The ...". The date and the agency together are what make it a dateline.
 */
const MIXED_CASE = new RegExp(
  `^(?<place>\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){0,2}),\\s*${WEEKDAY}${MONTH_AS('month')}\\s+(?<day>\\d{1,2})(?:,\\s*(?<year>\\d{4}))?\\s*${AGENCY}\\s*(?:[-–—:]+\\s*)?`,
  'u',
);

/**
 * A place in upper and lower case alone before a full stop, as German and Central European papers
 * open a story and their English editions keep: "Mühlbach. The town council of Mühlbach voted ...".
 */
const PLACE_STOP = /^(?<place>\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2})\.\s+(?=\p{Lu})/u;

/**
 * The place of "Place. Sentence ...": only when the sentence after it names the place again, not at
 * its start (a one-word sentence that opens a feature, "Silence. The hall ...", names nothing again).
 */
function placeBeforeStop(first: string): Dateline | null {
  const m = PLACE_STOP.exec(first);
  if (!m || WEEKDAY_OR_MONTH.test(m.groups!.place!)) return null;
  const rest = first.slice(m[0].length);
  const place = m.groups!.place!;
  const again = rest.indexOf(place);
  if (again <= 0 || /\p{L}/u.test(rest[again - 1]!) || /\p{L}/u.test(rest[again + place.length] ?? '')) return null;
  return { place, agency: null, date: null, length: m[0].length };
}
const WEEKDAY_OR_MONTH = new RegExp(`^(?:${WEEKDAY_NAME}|${MONTH})$`, 'u');

/**
 * Reads the dateline at the start of a story's first paragraph; null when it has none.
 * @example readDateline('PORT HALVEY, Texas (AP) — Officials ordered ...') // { place: 'PORT HALVEY, Texas', agency: 'AP', date: null, length: 22 }
 */
export function readDateline(first: string): Dateline | null {
  const m = WITH_AGENCY.exec(first);
  if (m && m.groups!.place!.length >= 2 && !NOT_A_PLACE.test(m.groups!.place!)) {
    return { place: placeOf(m.groups!), agency: agencyOf(m.groups!), date: dateOf(m.groups!), length: m[0].length };
  }
  const d = DATE_ONLY.exec(first);
  if (d) return { place: null, agency: agencyOf(d.groups!), date: dateOf(d.groups!), length: d[0].length };
  const x = MIXED_CASE.exec(first);
  if (x) return { place: x.groups!.place!, agency: agencyOf(x.groups!), date: dateOf(x.groups!), length: x[0].length };
  const a = AGENCY_ONLY.exec(first);
  if (a && /^\p{Lu}/u.test(agencyOf(a.groups!))) return { place: null, agency: agencyOf(a.groups!), date: null, length: a[0].length };
  const o = OUTLET_DATED.exec(first);
  if (o) return { place: null, agency: null, date: dateOf(o.groups!), length: o[0].length };
  const n = NO_AGENCY.exec(first);
  if (n && !NOT_A_PLACE.test(n.groups!.place!)) {
    return { place: placeOf(n.groups!), agency: null, date: dateOf(n.groups!), length: n[0].length };
  }
  return placeBeforeStop(first);
}
