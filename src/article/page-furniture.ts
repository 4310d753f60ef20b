/**
 * Page furniture: the interface text a copied page carries along (link labels, sign-up prompts,
 * times alone, addresses, agency markers), matched by line from data/lexicon/page-furniture.json and
 * by shape. The header, the footer and the body all ask it whether a line is the page's or the story's.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseStandaloneDate } from './dates.js';
import { countWords } from './text-window.js';

const PUNCTUATION_ONLY = /^[\s|•·*_=~#>+\-–—]*$/;
const BRACKETED = /^\[[^\]]{0,120}\]$/;
const FURNITURE = JSON.parse(readFileSync(fileURLToPath(new URL('../../data/lexicon/page-furniture.json', import.meta.url)), 'utf8')) as {
  lines: string[];
  inline: string[];
  footerStarts: string[];
  closingStarts: string[];
  summaryLabels: string[];
  sponsorLabels: string[];
};
const UI_LINE = new RegExp(`^(?:${FURNITURE.lines.join('|')})$`, 'i');
/** The label of a summary box above a story, alone on its line: "In short:", "What's next?". */
export const SUMMARY_LABEL = new RegExp(`^(?:${FURNITURE.summaryLabels.join('|')})[:?]?$`, 'i');
/** Lines after which the rest of a page is its footer: related links, topics. */
export const FOOTER_START = new RegExp(`^(?:${[...FURNITURE.footerStarts, ...FURNITURE.closingStarts].join('|')})$`, 'i');
/**
 * A footer's opening line, or the same label given in two languages between a slash or a bar ("Más
 * noticias / More news", "Lire aussi | Read also"): one of its halves is.
 */
export function isFooterStart(line: string): boolean {
  const t = line.trim();
  if (FOOTER_START.test(t)) return true;
  // Two halves need a slash or a bar between them.
  if (!t.includes('/') && !t.includes('|')) return false;
  const halves = t.split(/\s[/|]\s/);
  return halves.length === 2 && halves.every((h) => countWords(h) <= 5) && halves.some((h) => FOOTER_START.test(h.trim()));
}
/** The label over a newsletter's sponsor block, alone on its line: "SPONSORED", "A message from our sponsor". */
export const SPONSOR_LABEL = new RegExp(`^(?:${FURNITURE.sponsorLabels.join('|')})[:.]?$`, 'i');
/** Lines that close the story whatever follows them: a topic list's heading, a newsletter's reading list. */
export const CLOSING_START = new RegExp(`^(?:${FURNITURE.closingStarts.join('|')})$`, 'i');
// A pattern that opens with spaces is tried only where a run of spaces starts: tried inside the run
// as well, it rescanned the run from every space in it (same matches, since \s* takes the rest).
// Such a pattern is first looked for without its spaces (a search that can skip ahead to its words),
// so most lines, which hold none of it, are not scanned position by position.
const UI_INLINE = FURNITURE.inline.map((pattern) => {
  const spaced = pattern.startsWith('\\s*');
  return { re: new RegExp(spaced ? `(?<!\\s)${pattern}` : pattern, 'gi'), probe: spaced ? new RegExp(pattern.slice(3), 'i') : null };
});

/** Removes interface text that copying a page leaves inside lines ("..., opens new tab"). */
export function stripInlineFurniture(line: string): string {
  return UI_INLINE.reduce((text, { re, probe }) => (probe && !probe.test(text) ? text : text.replace(re, '')), line);
}

/**
 * A time with no date, or a time ago: "11:42 GMT", "Updated at 11.58 GMT", "2 hours ago", and a live
 * entry's stamp of both, "18m ago / 2:33 PM EDT".
 */
const TIME_ONLY =
  /^(?:(?:updated|published|posted|last updated) )?(?:at )?(?:\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?(?: ?[A-Z]{2,5}(?:[+-]\d{1,2})?)?|\d+ ?(?:seconds?|m|mins?|minutes?|h|hours?|hrs?|days?) ago(?: ?[/|·•] ?\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?(?: ?[A-Z]{2,5})?)?|just now)$/i;

/** More words than any line TIME_ONLY matches (ten at most: "last updated at 2 hours ago / 2:33 p.m. EDT"). */
const TIME_ONLY_WORDS = 12;

/**
 * A line that is only an address to write to, a handle or a web address ("jdoe@paper.example", "@jdoe",
 * "www.paper.example"), or an
 * agency's marker in capitals in parentheses: "(END)", "(MORE)", "(ATTN: ADDS comments in paras 6-7)".
 */
const ADDRESS_ONLY = /^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@\w{2,30}|(?:https?:\/\/|www\.)[^\s"“”]+)$/;
const WIRE_MARKER = /^\((?:\p{Lu}{2,}|\p{Lu}{2,}:[^()]*)\)$/u;

/**
 * A postal address alone on its line, as a page's contact block gives it: a house number and a
 * street, a comma, and a postal code at the end ("200 Civic Plaza, Marrowby, OR 97000", "14 Mill
 * Lane, Kelby KB2 4QT", "Havnegata 3, 8010 Bodø" is not read: the number comes after the street).
 */
export const POSTAL_ADDRESS =
  /^(?:\d{1,5}[A-Za-z]?\s+[\p{Lu}\d][\p{L}\d.'’-]*(?:\s+[\p{L}\d.'’-]+){0,4}|P\.?O\.? Box \d{1,6}),\s*(?:[^,.!?]{2,40},\s*)?[^,.!?]{0,30}?\b(?:\p{Lu}{2}\s+\d{5}(?:-\d{4})?|\p{Lu}{1,2}\d[\dA-Z]?\s+\d\p{Lu}{2}|\d{4,5})$/u;

/**
 * A menu or breadcrumb: two or more short items between bars, arrows or middle dots ("News | Local |
 * World", "Home > World > Africa", "News · Politics · Elections", "Share: Facebook | X | Email"), or three or more between slashes ("Home /
 * News / Science"), an optional label before them.
 */
function isMenuLine(t: string): boolean {
  // A breadcrumb between slashes takes three items or more: "Home / News / Research" ("Name / Outlet" is a credit).
  const slashed = (t.match(/\s\/\s/g) ?? []).length >= 2;
  if (!/\s[|>»›·]\s/.test(t) && !slashed) return false;
  // "By Anneli Roe | Fact-checker", "by Ana Roe | Staff reporter": a byline with its trade after a bar, not a menu.
  if (/^(?:By|by|BY):?\s\p{Lu}[\p{L}'’.-]+\s\p{Lu}/u.test(t)) return false;
  const items = t
    .replace(/^\p{L}[\p{L} ]{0,19}:(?=\s)/u, '')
    .split(slashed ? /[|>»›]|\s\/\s/ : /[|>»›]|\s·\s/)
    .map((item) => item.trim());
  // "Home / World / Ministers agree on a budget after a night of talks": a breadcrumb ending in the headline.
  if (items.length >= 3 && /^home$/i.test(items[0]!) && items.slice(0, -1).every((item) => item.length > 0 && countWords(item) <= 4)) return true;
  return (
    items.length >= 2 &&
    // (A menu's last item may trail off: "How Do I...", "More…".)
    items.every((item) => item.length > 0 && item.length <= 30 && countWords(item) <= 4 && !/[.!?]/.test(item.replace(/(?:\.{2,3}|…)$/, ''))) &&
    parseStandaloneDate(t) === null
  );
}

/** Scorers and their minutes, two or more, as a results box prints them: "Stanic 34, Morrow 81", "Ode 12 pen, 90+2". */
const SCORERS =
  /^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?\s\d{1,3}(?:\+\d{1,2})?(?:\s\(?(?:pen|og)\)?)?(?:,\s(?:\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?\s)?\d{1,3}(?:\+\d{1,2})?(?:\s\(?(?:pen|og)\)?)?)+$/u;
/** A player under the squad number on a team sheet: "9 Fraser", "12 Van Dijk". */
const SQUAD_NUMBER = /^\d{1,2}\s\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?$/u;
/** A score as live text and results boxes print it: "Kelm 0, Osk 2", "Match ends, Kelm Town 0, Osk Rovers 2." */
const SCORE_LINE = /(?:^|[,:]\s)\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}\s\d{1,2},\s\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}\s\d{1,2}\.?$/u;
/**
 * A final or half-time score under its label, as a results strip prints it above a headline: "FULL
 * TIME: Harrowvale 27-19 Kelmscott", "FT: Osk 2-1 Kelm Town", "Half-time: Tarn 13 Brede 10". (A bare
 * score with no label may be a headline in its own right.)
 */
const LABELLED_SCORE =
  /^(?:FULL[- ]TIME|HALF[- ]TIME|Full[- ]time|Half[- ]time|FT|HT|FINAL(?: SCORE)?|Final(?: score)?|RESULT|Result):\s\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}\s\d{1,3}(?:(?:\s?[-–]\s?|\s)\d{1,3}\s\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}|,?\s\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}\s\d{1,3})$/u;
/** A minute mark of a match ("38'", "90+3'", "45+2’"), closing a word. */
const MINUTE_MARK = /\b\d{1,3}(?:\+\d{1,2})?\s?['’′](?=[\s,;)]|$)/;
const HAS_FIGURE = /\d/;
/** A play-by-play line led by its over, lap or period and a colon: "Over 31: Tarn 188-2. ...", "Lap 12: ...". */
const PERIOD_LINE = /^(?:Over|Lap|Inning|Innings|End|Quarter|Period|Minute)\s\d{1,3}(?:\.\d)?:\s\S/;
/**
 * A match report's box: a key event led by its minute ("38' GOAL - Benitez sweeps in ...", "67' Yellow
 * card for ..."), or a short line of scorers with minute marks and no full stop ("Harlow 1 (Benitez 38')",
 * "Okonedo 12', 45+2'").
 */
function isMatchEventLine(t: string): boolean {
  // Every shape below holds a figure (a minute, a score, a squad number): a line with none is none of them.
  if (!HAS_FIGURE.test(t)) return false;
  if (PERIOD_LINE.test(t) && countWords(t) <= 30) return true;
  if (SCORERS.test(t) || SQUAD_NUMBER.test(t) || LABELLED_SCORE.test(t) || (SCORE_LINE.test(t) && countWords(t) <= 14)) return true;
  if (!MINUTE_MARK.test(t)) return false;
  if (/^\d{1,3}(?:\+\d{1,2})?\s?['’′]\s+\S/.test(t)) return countWords(t) <= 30;
  return countWords(t) <= 15 && !/[.!?"”]$/.test(t);
}

const LIST_ITEM = /^\p{Lu}[\p{L}'’.-]*(?:\s[\p{L}'’.-]+){0,3}$/u;

/** A team sheet or cast list under a label: "Ajax: Bos; Kuiper, De Jong, ...; Smit (Bakker 70), ...". */
export function isRosterLine(line: string): boolean {
  // (No colon, no label: most lines are told so without a pass of the pattern.)
  if (!line.includes(':')) return false;
  const m = /^\p{Lu}[\p{L}'’ -]{0,40}:\s(.+)$/u.exec(line.trim());
  if (!m) return false;
  const items = m[1]!
    .replace(/\([^()]*\)/g, '')
    .replace(/\.$/, '')
    .split(/[;,]/)
    .map((x) => x.trim());
  return items.length >= 6 && items.every((x) => LIST_ITEM.test(x));
}

/** A cell of figures: "184,220", "31.4", "+6", "-3", "9.2%", "0". */
const FIGURE_CELL = /^[+\-−–]?[$€£¥]?\d[\d.,]*%?$/;

/**
 * A row of a table copied as text, its cells between bars or tabs: three cells or more, at least half
 * of them figures ("Green Left (GV) | 121,905 | 20.8 | 13 | +6", "HALV.OL\t184.50\t+9.2%").
 */
export function isTableRow(line: string): boolean {
  const t = line.trim();
  // No tab and no bar: one cell, never a row. (Splitting first cost every line of every page a pass.)
  if (!t.includes('\t') && !t.includes('|')) return false;
  const cells = (/\t/.test(t) ? t.split(/\t+/) : t.split(/\s\|\s/)).map((c) => c.trim());
  if (cells.length < 3 || cells.some((c) => c === '' || countWords(c) > 6)) return false;
  return cells.filter((c) => FIGURE_CELL.test(c)).length * 2 >= cells.length;
}

/** A line that belongs to the page, not to the story. */
export function isFurnitureLine(line: string): boolean {
  const t = line.trim();
  return (
    PUNCTUATION_ONLY.test(t) ||
    ADDRESS_ONLY.test(t) ||
    WIRE_MARKER.test(t) ||
    (BRACKETED.test(t) && parseStandaloneDate(t) === null) ||
    UI_LINE.test(t) ||
    isMenuLine(t) ||
    POSTAL_ADDRESS.test(t) ||
    isMatchEventLine(t) ||
    isRosterLine(t) ||
    isTableRow(t) ||
    // (Only a line with a digit or "just now" can be a time: the others are not re-spaced to be tried.)
    // (Nor can a line of more words than the longest stamp, "last updated 2 hours ago / 2:33 PM EDT".)
    ((/\d/.test(t) || /just\s+now/i.test(t)) && countWords(t) <= TIME_ONLY_WORDS && TIME_ONLY.test(t.replace(/\s+/g, ' '))) ||
    isFooterStart(t)
  );
}
