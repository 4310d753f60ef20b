/**
 * The dateline that opens a wire story: the place it was filed from, a date, the agency, then a
 * dash: "SEOUL/MOSCOW (Reuters) -", "PORT HALVEY, Texas (AP) —", "SANTIAGO, March 4 (Reuters) -",
 * "JAKARTA, June 3, 2025 (AFP) -", a date with no place ("March 4 (Reuters) -") or a place with no
 * agency ("KYIV, Ukraine —", "LONDON, March 4 -").
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
/** After the place: ", Texas", ", Ukraine", ", March 4", ", June 3, 2025", ", Nov 19". */
const AFTER_PLACE = `(?:,\\s*${MONTH}\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?|,\\s*([\\p{Lu}][\\p{L}.]*(?:\\s+[\\p{Lu}][\\p{L}.]*){0,2}))?`;
const AGENCY = '\\(([\\p{L}][\\p{L} .&-]{0,30})\\)';
const WITH_AGENCY = new RegExp(`^(${PLACE})${AFTER_PLACE}\\s*${AGENCY}\\s*[-–—]+\\s*`, 'u');
/** A place of two capitals or more with no agency needs a dash that is not a hyphen: "KYIV, Ukraine —". */
const NO_AGENCY = new RegExp(`^((?:[\\p{Lu}]{2,}[.'’-]?)(?:[ /-][\\p{Lu}]{2,}[.'’-]?){0,3})${AFTER_PLACE}\\s*(?:[–—]+|\\s-)\\s+`, 'u');
/** Labels in capitals that open a caption or a story but name no place: "FILE - A man walks ...". */
const NOT_A_PLACE =
  /^(?:FILE|UPDATE|UPDATED|CORRECTION|CORRECTED|BREAKING|EXCLUSIVE|ANALYSIS|WATCH|LIVE|OPINION|EDITORIAL|FACTBOX|EXPLAINER|INSIGHT|NOTE|PHOTOS?|VIDEO)$/;

/** A date and the agency with no place: "March 4 (Reuters) -". */
const DATE_ONLY = new RegExp(`^${MONTH}\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?\\s*${AGENCY}\\s*[-–—]+\\s*`, 'u');

function dateOf(month: string | undefined, day: string | undefined, year: string | undefined): string | null {
  return month && day && year ? validDay(Number(year), monthOf(month), Number(day)) : null;
}

/**
 * Reads the dateline at the start of a story's first paragraph; null when it has none.
 * @example readDateline('PORT HALVEY, Texas (AP) — Officials ordered ...') // { place: 'PORT HALVEY, Texas', agency: 'AP', date: null, length: 22 }
 */
export function readDateline(first: string): Dateline | null {
  const m = WITH_AGENCY.exec(first);
  if (m && m[1]!.length >= 2 && !NOT_A_PLACE.test(m[1]!)) {
    const place = m[5] ? `${m[1]}, ${m[5]}` : m[1]!;
    return { place: place.replace(/,$/, ''), agency: m[6]!.trim(), date: dateOf(m[2], m[3], m[4]), length: m[0].length };
  }
  const d = DATE_ONLY.exec(first);
  if (d) return { place: null, agency: d[4]!.trim(), date: dateOf(d[1], d[2], d[3]), length: d[0].length };
  const n = NO_AGENCY.exec(first);
  if (n && !NOT_A_PLACE.test(n[1]!)) {
    const place = n[5] ? `${n[1]}, ${n[5]}` : n[1]!;
    return { place: place.replace(/,$/, ''), agency: null, date: dateOf(n[2], n[3], n[4]), length: n[0].length };
  }
  return null;
}
