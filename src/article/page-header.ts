/**
 * The header of a copied page, read by what its lines look like: the headline (after section labels,
 * before the byline; an entry's own title after a live page's timestamp), the publication date from
 * timestamp lines in their many forms, bylines with or without "By" ("Anna de Vries", "From Helen
 * Achterberg in Canberra", "Karin Holm, Jesper Lund", "Fiona McLeish Scotland correspondent"), summary
 * bullets and a standfirst under the headline, a photo caption above the story, mail headers of a
 * newsletter. Where the story starts is the first line that reads like its body.
 */
import {
  CREDIT_LINE,
  DESK_END,
  NAME_SLASH_OUTLET,
  OUTLET_POSSESSIVE,
  PAGE_CAPTION,
  parseByline,
  parseCredits,
  looksLikePersonName,
  splitCaption,
} from './credits.js';
import { readDateline } from './dateline.js';
import { parseStandaloneDate } from './dates.js';
import type { Credit } from './types.js';
import { CLOSING_START, isTableRow } from './page-furniture.js';
import { agencyByLabel } from './wire-agencies.js';
import { escapeRegExp } from './escape-regexp.js';
import { lastPiece } from './text-window.js';

/** What the header says. */
export interface PageHeader {
  headline: string;
  publishedAt: string | null;
  bylines: string[];
  /** Summary bullets and standfirst under the headline, out of the body. */
  summary: string[];
  /** Photo captions above the story. */
  captions: Array<{ text: string; credit: string | null }>;
  /** Credit lines of the header ("Photography by NAME", "Edited by NAME"), read. */
  credits: Credit[];
  /** An agency the header names ("By Reuters", an "Associated Press" line under the byline). */
  agency: string | null;
  /** Where the story was filed, when the date line names it after a bar ("Nov 13th 2025|OSLO"). */
  place: string | null;
  /** Index of the story's first line. */
  bodyStart: number;
}

/** What the header reader needs to know of the world. */
export interface HeaderDeps {
  /** A line of page furniture ("Share", "Advertisement", "[to top of second column]"). */
  isFurniture(line: string): boolean;
  /** A common given name ("Anna", "Karin"): a byline without "By" starts with one. */
  isGivenName(word: string): boolean;
}

type Kind = 'blank' | 'furniture' | 'date' | 'byline' | 'caption' | 'subject' | 'body' | 'text';

interface HeaderLine {
  index: number;
  text: string;
  kind: Kind;
  names: string[];
  date: string | null;
  agency: string | null;
  caption?: { text: string; credit: string | null };
  /** The place a "Location:" line names. */
  place?: string;
  /** What a credit line of the header credits ("Photography by NAME"). */
  credits?: Credit[];
}

/** Lines scanned for a header at most. */
const HEADER_LINES = 40;
const MAIL_HEADER = /^(from|to|cc|bcc|reply-to|sent|date|subject):(.*)$/i;
/** Where a wire or a ministry files from, under a label: "Location: Lundavi, Kasembe Province", "Dateline: OSLO". */
const PLACE_LABEL = /^(?:location|dateline|filed from|place):\s+(\S.{0,80})$/i;
/** A role closing a byline: "Fiona McLeish Scotland correspondent". */
const BYLINE_ROLE = /\s(?:correspondent|editor|reporter|writer|columnist|analyst|producer|journalist|contributor|staff)$/i;
/** A wire's slug before its headline: "UPDATE 2-", "REFILE-", "EXCLUSIVE-", "RPT-". */
const WIRE_PREFIX =
  /^(?:(?:UPDATE|REFILE|CORRECTED|RPT|INSIGHT|EXCLUSIVE|ANALYSIS|FACTBOX|WRAPUP|FOCUS|EXPLAINER|PREVIEW|INTERVIEW|BREAKINGVIEWS|COLUMN)(?:\s+\d+)?\s*-\s*)+(?=\S)/;
/** An agency's version tag before its headline: "(LEAD)", "(2nd LD)", "(URGENT)", "(AMENDED)". */
const VERSION_TAG = /^\((?:\d+(?:st|nd|rd|th)\s+)?\p{Lu}{2,}(?:\s+\p{Lu}{2,})?\)\s+(?=\S)/u;
/** A bullet's mark before a summary point. */
const BULLET = /^(?:[*•·▪–-]\s+)/;
/**
 * A time alone on its line, as a live page stamps each entry: "17.52 CET", "9:05 a.m. ET", "14:20",
 * or how long ago with it, "18m ago / 2:33 PM EDT".
 */
const CLOCK_LINE = /^(?:\d{1,2} ?(?:m|mins?|minutes?|h|hrs?|hours?) ago ?[/|·•] ?)?\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?(?: ?[A-Z]{2,5}(?:[+-]\d{1,2})?)?$/i;
/** A byline that names a desk's trade and no one: "By Court Reporter", "By Staff Correspondent", "BY OUR CORRESPONDENT". */
const DESK_TRADE = /^by\s+(?:[\p{L}-]+\s+){0,2}(?:reporter|correspondent|writer|staff|editor)s?$/iu;
/** Whether a line is a bare clock time (no "Updated", no date). */
export const isClockLine = (line: string) => CLOCK_LINE.test(line.trim());
/**
 * A place after a date and a bar, as a weekly prints it ("Nov 13th 2025|OSLO", "May 2nd 2025 | Lagos"),
 * or after a dash, as a government release does ("March 11, 2025 – Halifax, Nova Scotia").
 */
const DATE_THEN_PLACE = /\d\s*(?:\||\s[–—]\s)\s*(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2}(?:,\s\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2})?)$/u;
/** A place in capitals after a time, its zone and a hyphen, as an Indian daily stamps it ("03:42 pm IST - NEW DELHI"). */
const TIME_THEN_CAPITAL_PLACE = /\d(?:\s?[ap]\.?m\.?)?(?:\s\p{Lu}{2,4})?\s[-–—]\s(\p{Lu}{2,}(?:[\s-]\p{Lu}{2,}){0,2})$/u;
/** Where the reporter filed from, on a line of its own under the byline: "Reporting from Ternholm, Zeeland". */
const REPORTING_FROM = /^[Rr]eporting from\s+(\p{Lu}[\p{L}'’.-]*(?:[\s-]\p{Lu}[\p{L}'’.-]*){0,3}(?:,\s\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2})?)$/u;
/** The label over a release's contact block: "Contact:", "Media contacts:", "Press contact: NAME". */
const CONTACT_LABEL = /^(?:(?:media|press|news|public|investor)\s+)?contacts?(?:\s+(?:information|details))?(?::.*)?$/i;
/** A phone number or an address to write to, alone on a line ("(555) 010-4471", "Tel: +44 20 7946 0000", "press@x.example"). */
const CONTACT_DETAIL = /^(?:(?:tel|phone|mobile|cell|fax|e-?mail)\.?:?\s*)?(?:[+(\d][\d\s().+/-]{6,}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?:\/\/|www\.)\S+)$/i;

/**
 * The lines of a release's contact block in the header: the label, then its items one a line (a name,
 * a title, a phone, an e-mail) down to the last phone or address. Such a name is whom to call, not
 * who wrote the story.
 */
function contactBlock(lines: readonly string[], start: number): Set<number> {
  const block = new Set<number>();
  for (let k = start; k < Math.min(lines.length, start + HEADER_LINES); k++) {
    if (!CONTACT_LABEL.test(lines[k]!.trim())) continue;
    let last = CONTACT_DETAIL.test(lines[k]!.trim().replace(/^[^:]*:\s*/, '')) ? k : -1;
    for (let j = k + 1; j < Math.min(lines.length, k + 8); j++) {
      const t = lines[j]!.trim();
      if (CONTACT_DETAIL.test(t)) last = j;
      else if (t === '' || words(t) > 5 || terminal(t)) break;
    }
    if (last < 0) continue;
    for (let j = k; j <= last; j++) block.add(j);
  }
  return block;
}

/** A header line this long under a short one is a standfirst, not a headline. */
const STANDFIRST_WORDS = 20;
const CONNECTOR_END = /\b(?:the|of|to|and|in|for|a|an|with|on|against|as|at|by|from|over|after|amid|into|its|his|her|their)$/i;
/** Every word of two or more in capitals: "Middle East", "Royal Family" (a section's label), not "The night shift". */
const titleCase = (s: string) =>
  s
    .trim()
    .split(/\s+/)
    .every((w) => /^[\p{Lu}\d&]/u.test(w) || /^(?:of|and|the|in|on|for|&)$/.test(w));
const words = (s: string) => s.trim().split(/\s+/).filter(Boolean).length;
const terminal = (s: string) => /[.!?"”)\]]$/.test(s.trim());

/** A header's credit line read, its role in the footer's words ("Photography by" is a photo credit, "Edited by" editing). */
function headerCredits(line: string): Credit[] {
  return parseCredits(line).map((c) => ({
    name: c.name,
    role: /^(?:photo|picture)/.test(c.role) ? 'photo' : c.role === 'edited' ? 'editing' : /^translat/.test(c.role) ? 'translation' : c.role,
  }));
}

/** The names of a byline that has no "By": a list of names, "From NAME in PLACE", or a name and a role. */
function bylineWithoutBy(line: string, deps: HeaderDeps): string[] {
  const t = line.trim();
  const givenFirst = (name: string) => deps.isGivenName(name.split(/\s+/)[0]!);
  const namesIn = (list: string) =>
    list
      .split(/,|\band\b|&/)
      .map((n) => n.trim())
      .filter(Boolean);
  if (/^From\s/.test(t)) {
    // "From Helen Achterberg in Canberra": the place after " in " is no part of the name; an outlet's
    // possessive before the names ("From CNN's Julia Vargas") is none either.
    const rest = t.slice(5).trim().replace(OUTLET_POSSESSIVE, '');
    const at = rest.lastIndexOf(' in ');
    const names = at > 0 && /^\p{Lu}/u.test(rest.slice(at + 4)) ? rest.slice(0, at) : rest;
    return namesIn(names).filter((n) => looksLikePersonName(n));
  }
  // "Lorenzo Bianchi in Rome", "Jan Bol at the Arena": a name with a given name the lexicon knows, then
  // where the reporter is.
  const placed = /^(.+?) (?:in|at)(?: the)? (\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})$/u.exec(t);
  if (placed && looksLikePersonName(placed[1]!) && givenFirst(placed[1]!)) return [placed[1]!];
  const role = BYLINE_ROLE.exec(t);
  // "Signe Holm, Political reporter": the name, a comma, then the trade with its beat.
  const comma = t.indexOf(', ');
  if (role && comma > 0 && comma < role.index && words(t.slice(comma + 2)) <= 4) {
    const candidate = t.slice(0, comma);
    return looksLikePersonName(candidate) && givenFirst(candidate) ? [candidate] : [];
  }
  if (role && role.index > 0) {
    // The name is the first two or three words; the rest names a beat ("Scotland", "Political").
    const name = t.slice(0, role.index).split(/\s+/);
    for (const size of [2, 3]) {
      const candidate = name.slice(0, size).join(' ');
      if (name.length >= size && looksLikePersonName(candidate) && givenFirst(candidate)) return [candidate];
    }
    return [];
  }
  // "Karin Holm, Hyonhee Shin": every part a name, and at least one with a given name the lexicon knows.
  const parts = namesIn(t);
  return parts.length > 0 && parts.every((n) => looksLikePersonName(n)) && parts.some(givenFirst) ? parts : [];
}

/** An agency's name, then a dash or a bar and its date: "KYODO NEWS - Mar 4, 2025 - 15:42", "Xinhua | Updated: 2025-03-04". */
function agencyStamp(t: string): { agency: string; date: string; place?: string } | null {
  const separator = /\s[-–—|]\s/.exec(t.slice(0, 44));
  const agency = separator ? agencyByLabel(t.slice(0, separator.index).trim().toLowerCase()) : undefined;
  if (!separator || !agency) return null;
  // The page's section tags come after a further bar; the time after a further dash.
  const stamp = t.slice(separator.index + separator[0].length).split(' | ')[0]!;
  const date = parseStandaloneDate(stamp.replace(/\s[-–—]\s/g, ' '));
  if (!date) return null;
  // "EFE | Madrid, 4 Mar 2025": where the story was filed, before the date.
  const place = /^(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2}),\s/u.exec(stamp)?.[1];
  return place && !MONTH_OR_DAY.test(place) ? { agency, date, place } : { agency, date };
}

/** A month's or a weekday's name, which opens a date rather than naming a place. */
const MONTH_OR_DAY = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)/i;

function classify(index: number, text: string, deps: HeaderDeps, wrapped: boolean): HeaderLine {
  // "ByRachel Kim and Omar Haddad": a page's "By" run on to the name when copied.
  const t = text.trim().replace(/^By(?=\p{Lu}\p{Ll}+\s\p{Lu})/u, 'By ');
  const line: HeaderLine = { index, text: t, kind: 'text', names: [], date: null, agency: null };
  if (t === '') return { ...line, kind: 'blank' };
  const mail = MAIL_HEADER.exec(t);
  if (mail) {
    const field = mail[1]!.toLowerCase();
    if (field === 'subject') return { ...line, kind: 'subject', text: mail[2]!.trim() };
    if (!/^\s/.test(mail[2]!)) return line;
    const date = field === 'sent' || field === 'date' ? parseStandaloneDate(mail[2]!) : null;
    return { ...line, kind: date ? 'date' : 'furniture', date };
  }
  const placeLabel = PLACE_LABEL.exec(t);
  // A named place, not a room: the last parts of "Press room, Ministry of Transport, Tarrow" name the town.
  if (placeLabel) return { ...line, kind: 'furniture', place: labelledPlace(placeLabel[1]!) };
  const reportingFrom = REPORTING_FROM.exec(t);
  if (reportingFrom) return { ...line, kind: 'furniture', place: reportingFrom[1]! };
  if (deps.isFurniture(t)) return { ...line, kind: 'furniture' };
  // "KYODO NEWS - Mar 4, 2025 - 15:42 | All, Japan, Health": the agency, a dash, the date and time,
  // and the page's section tags after a bar.
  const stamped = t.length <= 160 ? agencyStamp(t) : null;
  if (stamped) return { ...line, kind: 'date', date: stamped.date, agency: stamped.agency, ...(stamped.place ? { place: stamped.place } : {}) };
  if (readDateline(t)) return { ...line, kind: 'body' };
  // "Photography by NAME", "Edited by NAME": who else made the piece, a line of the page's ("Report by
  // NAME" over a match report is who wrote it: its byline).
  const credited = words(t) <= 10 && CREDIT_LINE.test(t) && !/^\(?\s*(?:writ|report\s+by\b)/i.test(t) ? headerCredits(t) : [];
  if (credited.length > 0) return { ...line, kind: 'furniture', credits: credited };
  // "The Canadian Press · Posted: Feb 10, 2026 3:48 PM EST | Last Updated: 4 hours ago": the agency
  // in the byline's place, a dot, then the date line.
  const dotted = /^(.{2,40}?)\s+·\s+(\S.*)$/.exec(t);
  const dottedAgency = dotted ? agencyByLabel(dotted[1]!.toLowerCase()) : undefined;
  if (dotted && dottedAgency) {
    const stamped = parseStandaloneDate(dotted[2]!);
    if (stamped) return { ...line, kind: 'date', date: stamped, agency: dottedAgency };
  }
  const date = t.length <= 100 && !(terminal(t) && words(t) >= 6) ? parseStandaloneDate(t) : null;
  if (date && words(t.replace(/[\d,:/|[\]()]/g, ' ')) <= 10) return { ...line, kind: 'date', date };
  const named = t.replace(/^by\s+/i, '').toLowerCase();
  // "By Reuters staff", "By AP Fact Check": an agency's desk signs for it; "Le Courrier with AFP": the
  // outlet's own copy on an agency's story.
  const withAgency = words(t) <= 8 && !/^by\s/i.test(t) ? /\swith\s+((?:the\s+)?[\p{L}. -]{2,30})$/iu.exec(named) : null;
  const agencyLine = agencyByLabel(named.replace(DESK_END, '').trimEnd()) ?? (withAgency ? agencyByLabel(withAgency[1]!.trim()) : undefined);
  if (agencyLine) return { ...line, kind: 'byline', agency: agencyLine };
  // "By HT Correspondent, New Delhi", "By Staff Reporter, Pune": a desk signs, from a place.
  const deskComma = /^by\s/i.test(t) ? t.indexOf(', ') : -1;
  if (deskComma > 0 && DESK_END.test(t.slice(0, deskComma)) && words(t) <= 8) {
    const place = t.slice(deskComma + 2).trim();
    return { ...line, kind: 'byline', ...(/^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2}$/u.test(place) ? { place } : {}) };
  }
  const byline = parseByline(t);
  if (byline.length > 0) return { ...line, kind: 'byline', names: byline };
  // "By Herald Staff", "By Metro Desk": a byline that signs for a desk names no one.
  // "By Court Reporter", "By Staff Correspondent": a desk's trade alone.
  if (/^by\s/i.test(t) && (DESK_END.test(t) || DESK_TRADE.test(t)) && words(t) <= 6) return { ...line, kind: 'byline' };
  const unsigned = words(t) <= 8 && !terminal(t) ? bylineWithoutBy(t, deps) : [];
  if (unsigned.length > 0) return { ...line, kind: 'byline', names: unsigned };
  const caption = PAGE_CAPTION.test(t) ? { text: t.replace(PAGE_CAPTION, ''), credit: null } : splitCaption(t);
  if (caption) return { ...line, kind: 'caption', caption };
  // Body text: a paragraph of the story. In hard-wrapped text a header line is short; elsewhere a
  // header line (headline, bullet, standfirst) has no full stop at its end.
  const body = wrapped ? words(t) > 8 || terminal(t) : words(t) > 40 || (terminal(t) && words(t) >= 6);
  return { ...line, kind: body ? 'body' : 'text' };
}

/**
 * A name alone on its line, with no "By", whose surname opens the next paragraph ("Orrin Hale" over
 * "Hale, who has fished the bay for thirty years, said ..."): the name a profile's section starts
 * with, in the story, not its byline (a byline's writer is not the subject of the lines under it).
 */
function introducesNext(line: HeaderLine, lines: readonly string[], k: number): boolean {
  if (line.kind !== 'byline' || line.names.length !== 1 || /^(?:by|from)\s/i.test(line.text.trim())) return false;
  let next = k + 1;
  while (next < lines.length && lines[next]!.trim() === '') next++;
  const surname = lastPiece(line.names[0]!);
  const opening = (lines[next] ?? '').trim().split(/\s+/).slice(0, 3).join(' ');
  return new RegExp(`^(?:\\p{L}+\\s+)?${escapeRegExp(surname)}\\b`, 'u').test(opening);
}

/**
 * Reads the header of `lines` from `start`.
 * `knownHeadline` comes from a page's metadata, when there is one.
 * @example readPageHeader(['Harbour to reopen', 'By Lena Vorst', 'The harbour reopened on Monday.'], 0, deps, false).headline // 'Harbour to reopen'
 */
export function readPageHeader(lines: readonly string[], start: number, deps: HeaderDeps, wrapped: boolean, knownHeadline: string | null = null): PageHeader {
  const scanned: HeaderLine[] = [];
  const contact = contactBlock(lines, start);
  const read = (k: number): HeaderLine => {
    const line = classify(k, lines[k]!, deps, wrapped);
    if (contact.has(k) && line.kind !== 'blank') return { ...line, kind: 'furniture', names: [] };
    return introducesNext(line, lines, k) ? { ...line, kind: 'body', names: [] } : line;
  };
  // Each body-like line looks up to ten lines ahead, so most lines were classified again and again;
  // a line reads the same every time, so it is read once. Callers change a line's top-level fields
  // (kind, names, caption), never its arrays or objects in place: each gets its own shallow copy.
  const classified = new Map<number, HeaderLine>();
  const classifyAt = (k: number): HeaderLine => {
    let line = classified.get(k);
    if (line === undefined) classified.set(k, (line = read(k)));
    return { ...line };
  };
  for (let k = start; k < lines.length && scanned.length < HEADER_LINES; k++) {
    const line = classifyAt(k);
    scanned.push(line);
    if (line.kind !== 'body') continue;
    // A sentence over a photographer's credit alone on its line ("Name/Outlet"): a photo's caption.
    let below = k + 1;
    while (below < lines.length && lines[below]!.trim() === '') below++;
    const credit = below < lines.length ? classifyAt(below) : null;
    const photographer = credit?.kind === 'caption' && credit.caption!.text === '' && NAME_SLASH_OUTLET.test(credit.caption!.credit ?? '');
    if (photographer && !/^["“”‘']/.test(line.text) && !readDateline(line.text)) {
      line.kind = 'caption';
      line.caption = { text: line.text, credit: credit.caption!.credit };
      continue;
    }
    // The first line is the headline unless it opens the story; a body-like line just before a
    // byline or a date is a standfirst or a headline ending in a full stop.
    const content = scanned.filter((l) => l.kind !== 'blank' && l.kind !== 'furniture');
    // With the headline known (a page's metadata), only a repeat of it is.
    const isFirst = content.length === 1 && !readDateline(line.text) && words(line.text) <= 40 && (knownHeadline === null || line.text === knownHeadline);
    // The next three lines that say something: share bars, players and captions between a standfirst
    // and its byline are the page's, and do not count.
    const soon: Kind[] = [];
    for (let j = k + 1; j < Math.min(lines.length, k + 10) && soon.length < 3; j++) {
      // A line that closes the story ("FILED UNDER: ...") ends the look: a name under it is a
      // newsletter's or a list's, never this story's byline (a brief of two paragraphs has no more).
      if (CLOSING_START.test(lines[j]!.trim())) break;
      const kind = classifyAt(j).kind;
      // A fact-check's box between the headline and its byline ("Rating: False" / "Claim: ..." /
      // "Verdict: ..."): labelled lines of the page's, which do not count either.
      if (kind !== 'blank' && kind !== 'furniture' && kind !== 'caption' && !LABELLED.test(lines[j]!.trim())) soon.push(kind);
    }
    // (Two lines of body text next are the story going on, not a standfirst: a live page's next
    // entry, its author's card, may follow them.)
    const storyGoesOn = soon[0] === 'body' && soon[1] === 'body';
    // A date ahead, when the header has had its date already, is the foot's ("Published - ..." under a brief).
    const dated = scanned.some((l) => l.kind === 'date');
    if (isFirst || (!readDateline(line.text) && !storyGoesOn && soon.some((s) => s === 'byline' || (s === 'date' && !dated)))) line.kind = 'text';
    else break;
  }
  const bodyAt = scanned.findIndex((l) => l.kind === 'body');
  const header = bodyAt >= 0 ? scanned.slice(0, bodyAt) : scanned.slice(0, 1);
  const bodyStart = bodyAt >= 0 ? scanned[bodyAt]!.index : (header[0]?.index ?? start) + 1;

  // A name alone on a page's first line is its masthead ("Daily Ledger"): a byline stands under a headline.
  const top = header.find((l) => l.kind !== 'blank' && l.kind !== 'furniture');
  if (top?.kind === 'byline' && top.names.length > 0 && !/^(?:by|from)\s/i.test(top.text) && header.some((l) => l.kind === 'date')) {
    top.kind = 'text';
    top.names = [];
  }
  labelledBoxInHeader(header);
  tableNotesInHeader(header);
  tableCellsInHeader(header);
  signedAboveDate(header);
  kickerAboveByline(header);
  beatUnderByline(header);
  const subject = header.find((l) => l.kind === 'subject')?.text ?? null;
  // A live page's entry under the page's own header: the entry's title, date and authors are the article's.
  const entry = entryStart(header);
  const headlineAt = entry + pickHeadline(header.slice(entry), subject);
  let headline = headlineAt >= 0 ? header[headlineAt]!.text : (subject ?? '');
  // A headline wrapped onto the next line: it ended on a connector, or the next line goes on in lower case.
  let after = headlineAt + 1;
  while (headlineAt >= 0 && after < header.length && header[after]!.kind === 'text' && (CONNECTOR_END.test(headline) || /^\p{Ll}/u.test(header[after]!.text))) {
    headline = `${headline} ${header[after]!.text}`;
    after++;
  }

  // An entry with no date of its own has the page's.
  const entryDated = header.slice(entry).filter((l) => l.kind === 'date');
  const dated = entryDated.length ? entryDated : header.filter((l) => l.kind === 'date');
  const publishedAt = (dated.find((l) => !/\bupdated\b/i.test(l.text)) ?? dated[0])?.date ?? null;
  const placed =
    dated.map((l) => DATE_THEN_PLACE.exec(l.text)?.[1] ?? TIME_THEN_CAPITAL_PLACE.exec(l.text)?.[1]).find(Boolean) ??
    header.find((l) => l.place)?.place ??
    null;
  const bylines = [...new Set(header.slice(entry).flatMap((l) => l.names))];
  const agency = header.find((l) => l.agency)?.agency ?? null;
  const captions = header.filter((l) => l.kind === 'caption').map((l) => l.caption!);
  const credits = header.flatMap((l) => l.credits ?? []);
  // Under the headline: summary bullets and a standfirst; a short line right under a byline is its desk ("BBC News, Amsterdam").
  const summary = header
    .slice(Math.max(after, 0))
    .filter((l, k, rest) => l.kind === 'text' && words(l.text) >= 3 && l.text !== headline && !(k > 0 && rest[k - 1]!.kind === 'byline' && words(l.text) <= 5))
    .map((l) => l.text.replace(BULLET, ''));
  return {
    headline: headline.replace(/\.$/, '').replace(WIRE_PREFIX, '').replace(VERSION_TAG, '').trim(),
    publishedAt,
    bylines,
    summary,
    captions,
    credits,
    agency,
    place: placed,
    bodyStart,
  };
}

/** A line under a short label in sentence case: "Claim: ...", "Said by: ...", "Rating: False". */
const LABELLED = /^(\p{Lu}\p{Ll}+(?:\s\p{Ll}+)?):\s+(\S.*)$/u;

/**
 * A fact-check's box between the headline and the byline ("Claim: ..." / "Said by: NAME" / "Date: 12
 * September 2025" / "Rating: False"): lines under different labels, two of them text, one value short.
 * The box is the page's, no headline, and its date is when the claim was made, not the story's.
 */
function labelledBoxInHeader(header: HeaderLine[]): void {
  for (let k = 0; k < header.length; k++) {
    const run: HeaderLine[] = [];
    const labels = new Set<string>();
    for (let j = k; j < header.length; j++) {
      const l = header[j]!;
      if (l.kind === 'blank') continue;
      const m = LABELLED.exec(l.text.trim());
      if (!m || labels.has(m[1]!.toLowerCase())) break;
      labels.add(m[1]!.toLowerCase());
      run.push(l);
    }
    const texts = run.filter((l) => l.kind === 'text' || l.kind === 'body').length;
    const shortValue = run.some((l) => {
      const value = LABELLED.exec(l.text.trim())![2]!;
      return words(value) <= 3 && !/[.!?"”]$/.test(value);
    });
    if (run.length >= 2 && texts >= 2 && shortValue) {
      for (const l of run) Object.assign(l, { kind: 'furniture', date: null, names: [] });
      return;
    }
  }
}

/**
 * The notes under a table in the header ("Turnout: 71.2% (2022: 74.0%)", "61 seats, 31 needed for a
 * majority"): short lines with a figure right under two rows of figures or more, which go with the
 * table, not over the byline as a headline.
 */
function tableNotesInHeader(header: HeaderLine[]): void {
  let rows = 0;
  for (const l of header) {
    if (l.kind === 'blank') continue;
    if (l.kind === 'furniture' && isTableRow(l.text)) rows++;
    else if (rows >= 2 && l.kind === 'text' && /\d/.test(l.text) && words(l.text) <= 10) Object.assign(l, { kind: 'furniture' });
    else rows = 0;
  }
}

/** A table's cell of figures alone on its line, as a table copied one cell per line gives it: "18,204", "39.1%", "+6". */
const FIGURE_ONLY = /^[+\-−–]?[$€£¥]?\d[\d.,]*%?$/;

/**
 * A results table copied one cell per line ("Moira Roe" / "Harbour Party" / "18,204" / "39.1%"): where
 * four lines or more in the header are figures alone, the short lines just before each figure are the
 * cells of its row (a candidate, a party), not bylines or a standfirst; the labels over the first row
 * ("Candidate" / "Party" / "Votes") go with them.
 */
function tableCellsInHeader(header: HeaderLine[]): void {
  const content = header.filter((l) => l.kind !== 'blank');
  if (content.filter((l) => FIGURE_ONLY.test(l.text)).length < 4) return;
  const isCell = (l: HeaderLine) => l.kind !== 'date' && !/^(?:by|from)\s/i.test(l.text) && words(l.text) <= 5 && !terminal(l.text);
  let first = -1;
  content.forEach((l, k) => {
    if (!FIGURE_ONLY.test(l.text)) return;
    if (first < 0) first = k;
    Object.assign(l, { kind: 'furniture', names: [] });
    for (let j = k - 1; j >= 0 && j >= k - 3 && !FIGURE_ONLY.test(content[j]!.text) && isCell(content[j]!); j--)
      Object.assign(content[j]!, { kind: 'furniture', names: [] });
  });
  // The column labels: one-word lines in capitals just over the first row's cells.
  for (let j = first - 3; j >= 0 && /^\p{Lu}[\p{L}%]*$/u.test(content[j]!.text) && content[j]!.kind !== 'date'; j--)
    Object.assign(content[j]!, { kind: 'furniture', names: [] });
}

/**
 * Where a live page's entry begins in its header: after the page's own byline, when a date line and a
 * title come before a second byline ("By A, B and C" / "Updated ..." / "1:32 p.m. ET, May 10, 2024" /
 * the entry's title / "From A and B"). 0 for a page with one header.
 */
function entryStart(header: readonly HeaderLine[]): number {
  const bylines = header.flatMap((l, k) => (l.kind === 'byline' ? [k] : []));
  if (bylines.length < 2) return clockedEntry(header);
  const [before, last] = [bylines.at(-2)!, bylines.at(-1)!];
  const between = header.slice(before + 1, last);
  const dated = between.some((l) => l.kind === 'date');
  const titled = between.some((l) => l.kind === 'text' && words(l.text) >= 4);
  return dated && titled ? before + 1 : 0;
}

/**
 * A line read as a byline without "By" above one with it ("Tasman Bay" / "By Jess Harlow"): a
 * place or section kicker over the headline, not a second byline.
 */
function kickerAboveByline(header: HeaderLine[]): void {
  const signed = header.findIndex((l) => l.kind === 'byline' && /^(?:\p{L}+\s+)?by\s/iu.test(l.text));
  for (const l of header.slice(0, Math.max(signed, 0))) {
    if (l.kind === 'byline' && l.names.length > 0 && !/^(?:by|from)\s/i.test(l.text)) {
      l.kind = 'text';
      l.names = [];
    }
  }
}

/**
 * The place a "Location:" line gives: the town and region after any room or building ("Press room,
 * Ministry of Transport, Tarrow" -> "Tarrow"; "Lundavi, Kasembe Province" as it stands).
 */
function labelledPlace(value: string): string | undefined {
  const parts = value
    .replace(/\.$/, '')
    .split(/,\s*/)
    .map((p) => p.trim());
  const building = /\b(?:room|hall|building|house|office|centre|center|ministry|department|headquarters|hotel|studio|auditorium|chamber)\b/i;
  const lastBuilding = parts.map((p) => building.test(p)).lastIndexOf(true);
  const rest = parts.slice(lastBuilding + 1).filter((p) => /^\p{Lu}/u.test(p));
  return rest.length > 0 && rest.length <= 2 ? rest.join(', ') : undefined;
}

const REPORTER_PLACE = /\s(?:in|at)(?:\sthe)?\s\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2}$/u;

/**
 * A header with no byline whose date line has a name alone right above it ("Maarten de Wit" / "Nov
 * 12, 2025", as a newsletter signs; "Jan Bol at the Arena" over a match report's date): that name is
 * the byline, known given name or not. The headline
 * stands above it, so the name is never the header's first line.
 */
function signedAboveDate(header: HeaderLine[]): void {
  if (header.some((l) => l.kind === 'byline')) return;
  const content = header.filter((l) => l.kind !== 'blank' && l.kind !== 'furniture');
  const dated = content.findIndex((l) => l.kind === 'date');
  const signed = content[dated - 1];
  if (dated < 2 || signed?.kind !== 'text') return;
  // "Jan Bol at the Arena", "Jan Bol in Leiden": where the reporter was is no part of the name.
  const name = signed.text.replace(REPORTER_PLACE, '');
  if (words(name) < 2 || words(name) > 4 || !looksLikePersonName(name)) return;
  signed.kind = 'byline';
  signed.names = [name];
}

/**
 * A live page with no bylines: after the page's date, an entry opens with its time alone ("17.52
 * CET", "9:05 a.m.") and its title under it. Where that entry begins, else 0.
 */
function clockedEntry(header: readonly HeaderLine[]): number {
  const dated = header.findIndex((l) => l.kind === 'date');
  if (dated < 0) return 0;
  for (let k = header.length - 2; k > dated; k--) {
    if (header[k]!.kind === 'furniture' && isClockLine(header[k]!.text) && header[k + 1]!.kind === 'text' && words(header[k + 1]!.text) >= 4) {
      // An entry that opens with its author's card ("Camila Ortiz" / "City Hall reporter" / "18m ago /
      // 2:33 PM EDT" / title): the card is the entry's, and so is its byline.
      let j = k - 1;
      while (j > dated && (header[j]!.kind === 'furniture' || header[j]!.kind === 'blank')) j--;
      return j > dated && header[j]!.kind === 'byline' && header[j]!.names.length > 0 ? j : k + 1;
    }
  }
  return 0;
}

/**
 * A reporter's beat on the line under a byline with no "By" ("Camila Ortiz" / "City Hall reporter"):
 * the byline's, no headline.
 */
function beatUnderByline(header: HeaderLine[]): void {
  // A name alone over a beat is the author's card whether or not its given name is a known one
  // ("Hedda Lorn" / "Environment reporter").
  header.forEach((l, k) => {
    const below = header[k + 1];
    if (l.kind === 'text' && below?.kind === 'text' && isBeat(below.text) && words(l.text) >= 2 && words(l.text) <= 3 && looksLikePersonName(l.text))
      Object.assign(l, { kind: 'byline', names: [l.text] });
  });
  header.forEach((l, k) => {
    const above = header[k - 1];
    if (l.kind === 'text' && above?.kind === 'byline' && above.names.length > 0 && isBeat(l.text)) Object.assign(l, { kind: 'furniture' });
  });
}

/** A reporter's beat alone on its line: "City Hall reporter", "Senior political correspondent". */
const isBeat = (text: string) => words(text) <= 4 && BYLINE_ROLE.test(` ${text}`) && !terminal(text);

/**
 * The headline among the header's lines. With a byline: going back from it, past furniture, dates and
 * captions, the run of text lines met first (a live page's entry title after its timestamp). With
 * none: every text line of the header. Either way, section labels ("World", "Europe"; three words at
 * most) stand between a site's tagline and the headline, so the headline is the first line of four
 * words or more after the last label. A newsletter's subject names it outright.
 */
/** A team's name of one to four capitalised words. */
const TEAM = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}`;
/** A score and nothing else: "Kelby 18-24 Harrowfield", "Kelby Kestrels 18 Harrowfield Hawks 24". */
const BARE_SCORE = new RegExp(`^${TEAM}\\s\\d{1,3}(?:\\s?[-–]\\s?\\d{1,3}\\s${TEAM}|,?\\s${TEAM}\\s\\d{1,3})$`, 'u');

function pickHeadline(header: readonly HeaderLine[], subject: string | null): number {
  if (subject) {
    const repeated = header.findIndex((l) => l.kind === 'text' && l.text === subject);
    if (repeated >= 0) return repeated;
  }
  // An agency's name alone on a line ("AP", "Reuters" over a portal's copy) can stand above the
  // headline: the byline that names people is the one the headline sits over.
  const named = header.findIndex((l) => l.kind === 'byline' && l.names.length > 0);
  const byline = named >= 0 ? named : header.findIndex((l) => l.kind === 'byline');
  let run: HeaderLine[];
  if (byline >= 0) {
    let k = byline - 1;
    while (k >= 0 && header[k]!.kind !== 'text') k--;
    const end = k;
    while (k >= 0 && (header[k]!.kind === 'text' || header[k]!.kind === 'blank')) k--;
    run = header.slice(k + 1, end + 1).filter((l) => l.kind === 'text');
  } else {
    run = header.filter((l) => l.kind === 'text');
  }
  if (run.length === 0) return subject ? -1 : header.findIndex((l) => l.kind === 'text');
  // A site's menu, one item a line ("Home" / "About" / "Contact" / "Press Releases"): three short
  // lines or more in a row with a long line after them. The site's name and tagline stand above it;
  // the headline is under it.
  const short = (l: HeaderLine) => words(l.text) <= 2 && !/[.!?:]$/.test(l.text);
  let menuEnd = -1;
  for (let k = 2; k < run.length - 1; k++) {
    if (short(run[k]!) && short(run[k - 1]!) && short(run[k - 2]!) && run.slice(k + 1).some((l) => words(l.text) >= 4)) menuEnd = k;
  }
  if (menuEnd >= 0) run = run.slice(menuEnd + 1);
  // The page's first line, a few capitalised words over a longer line with no full stop, is its
  // masthead ("Kestrel Press Fact Check" / "Posts misrepresent the mayor's comments on meters").
  const masthead =
    run.length >= 2 &&
    run[0] === header.find((l) => l.kind === 'text') &&
    words(run[0]!.text) <= 5 &&
    run[0]!.text.split(/\s+/).every((w) => /^\p{Lu}/u.test(w)) &&
    words(run[1]!.text) >= 6 &&
    !/[.!?]$/.test(run[1]!.text.trim());
  // A score alone over a longer line ("Kelby Kestrels 18 Harrowfield Hawks 24" / "Hawks end ..."): the
  // results strip, not the headline (alone, a score may be the headline).
  const scoreStrip = (l: HeaderLine) => BARE_SCORE.test(l.text) && run.slice(run.indexOf(l) + 1).some((x) => words(x.text) >= 4 && !BARE_SCORE.test(x.text));
  const long = (l: HeaderLine) => words(l.text) >= 4 && !(masthead && l === run[0]) && !scoreStrip(l);
  const firstLong = run.findIndex(long);
  // The last label before a long line, among the lines up to the first long line after a label.
  let lastLabel = -1;
  for (let k = 0; k < run.length; k++) {
    if (!long(run[k]!) && run.slice(k + 1).some(long)) lastLabel = k;
    else if (long(run[k]!) && lastLabel >= 0) break;
  }
  const chosen = (lastLabel >= 0 ? run.slice(lastLabel + 1).find(long) : undefined) ?? run[firstLong] ?? run.at(-1)!;
  // A magazine's short title over its long standfirst ("The night shift" / a sentence of twenty words
  // or more): the only long line is the standfirst, and the short line right above it the headline.
  const at = run.indexOf(chosen);
  const above = run[at - 1];
  // Not by its length alone: a section label in title case under another label ("World" / "Middle
  // East") stands over a long headline, unless the long line ends a sentence as a standfirst does.
  const labelAbove = (k: number) => k >= 1 && words(run[k - 1]!.text) <= 3 && titleCase(run[k]!.text);
  if (
    words(chosen.text) >= STANDFIRST_WORDS &&
    run.filter(long).length === 1 &&
    above &&
    words(above.text) >= 2 &&
    above.text !== above.text.toUpperCase() &&
    (!labelAbove(at - 1) || /[.!?]$/.test(chosen.text))
  )
    return header.indexOf(above);
  return header.indexOf(chosen);
}
