/**
 * The foot of a copied page, read from the end up: a copyright notice, related links and topics, a
 * live page's next entry, dated and labelled lines, team sheets, wire and editor marks, newsroom
 * contact lines, contributors' and credit lines. What is left above is the story.
 */
import { CONTRIBUTED_LINE, CREDIT_LINE, looksLikePersonName, parseCredits, splitNames } from './credits.js';
import { parseStandaloneDate } from './dates.js';
import { CLOSING_START, isFooterStart, isFurnitureLine, isRosterLine, POSTAL_ADDRESS } from './page-furniture.js';
import { isClockLine } from './page-header.js';
import { countWords } from './text-window.js';
import type { Credit } from './types.js';

/** What the foot of a page says, and where the story above it ends. */
export interface PageFooter {
  /** Index of the first line after the story. */
  end: number;
  /** Editors, contributors and credited names read from the foot and from credit lines. */
  credits: Credit[];
  /** The credit blocks as written ("(Reporting by ...; Editing by ...)"). */
  creditText: string[];
}

const COPYRIGHT =
  /©|\(c\)\s*\d{4}|\bcopyright\b|all rights reserved|may not be (?:re)?published|\bredistribut|solely responsible for (?:this|the|all) content/i;
/** A footer that tells readers how to reach the newsroom: "To contact the reporters on this story:", "Contact the writer: ...". */
const CONTACT_FOOTER = /^(?:to contact the (?:reporters?|writers?|authors?|editors?)\b[^:]*:?|contact (?:the )?(?:writer|reporter|author)s?\b)/i;
/**
 * A company's boilerplate opens under a heading of its name: "About Harbourline Logistics", "About
 * Kelm Institute of Marine Science"; an
 * outlet's note on its own work under one about itself: "About our fact-checks", "About the author".
 */
const ABOUT_HEADING =
  /^About(?:\s\p{Lu}[\p{L}&.,'-]*(?:\s(?:of|and|for|the|de|&)\s\p{Lu}[\p{L}&.,'-]*|\s\p{Lu}[\p{L}&.,'-]*){0,6}|\s(?:us|our|this|these|the)(?:\s[\p{L}'’-]+){0,3})$/u;
/** The wires a story drew on, at its foot: "ABC/AAP", "kv/rm (dpa, AFP)" is read elsewhere. */
const WIRES_CREDITED = /^\p{Lu}{2,}(?:\/\p{Lu}{2,})+$/u;
/** Desk editors' initials in capitals, as an agency signs a story: "SSK RG", "KK SOM". */
const EDITOR_INITIALS = /^\p{Lu}{2,4}(?:\s\p{Lu}{2,4}){1,3}$/u;
/** A contributors' line at a story's foot: "— With assistance from A and B". */
const WITH_ASSISTANCE = /^[—–-]*\s*with (?:assistance|additional reporting) from\s(\S.*?)\.?$/i;
/** A button that asks for money or a sign-up: "SUBSCRIBE NOW", "Donate", "Become a member". */
const APPEAL_BUTTON = /^(?:subscribe|donate|support us|become a (?:member|subscriber)|join us|sign up)\b.{0,30}$/i;
/** What an appeal above such a button speaks of. */
const APPEAL = /\b(?:subscrib\w*|donat\w*|journalism|membership|support (?:us|our work))\b/i;
/** A short fact under a label at a page's foot: "Referee: Jan Bol", "Attendance: 14,210", "Venue: City Hall". */
const LABELLED_FACT = /^\p{Lu}\p{Ll}+(?:\s\p{Ll}+)?:\s+[^.!?"”:]{1,40}$/u;
/** A team sheet or cast list under a label (page-furniture.ts): kept here for the foot's callers. */
export { isRosterLine };

const wordsIn = countWords;

/**
 * Reads the foot of `lines` below the story that starts at `i`. Blanks in `lines` the credit lines
 * and a related box's link titles it takes out of the body.
 */
export function readPageFooter(lines: string[], i: number, isFurniture: (line: string) => boolean = isFurnitureLine): PageFooter {
  let end = lines.length;
  const credits: Credit[] = [];
  const copyrightAt = lines.findIndex((l, k) => k >= i && k > lines.length - 12 && COPYRIGHT.test(l) && wordsIn(l) <= 40);
  if (copyrightAt >= 0) end = copyrightAt;
  // Related links and topics close a page when nothing after them but furniture is longer than a
  // link's title; a related box inside a story that goes on is only furniture.
  let lastLong = i;
  for (let k = end - 1; k >= i; k--) {
    if (wordsIn(lines[k]!) > 15 && !isFurniture(lines[k]!)) {
      lastLong = k;
      break;
    }
  }
  // A live page's next entry (its time alone, then its title) closes the entry the article is.
  const nextEntry = lines.findIndex((l, k) => k > i && k < end && isEntryStamp(l) && opensEntry(lines, k + 1, end));
  if (nextEntry >= 0) end = authorCardAbove(lines, nextEntry, i);
  const footerAt = lines.findIndex(
    (l, k) => k > i && k < end && (CLOSING_START.test(l.trim()) || (k > lastLong && isFooterStart(l)) || (k > i + 2 && ABOUT_HEADING.test(l.trim()))),
  );
  if (footerAt >= 0) end = footerAt;
  // From the foot up: a date with its label ("First Published: Jul 08 2025"), the wires a story drew
  // on ("ABC/AAP"), editors' initials ("SSK RG"), a note in parentheses that closes the page, and
  // labelled facts and team sheets ("Referee: ...", "Attendance: ...", "Club: Bos; Kuiper, ...").
  let seenNote = false;
  for (let k = end - 1; k > i; k--) {
    const t = lines[k]!.trim();
    const dated = wordsIn(t) <= 12 && parseStandaloneDate(t.replace(/^[\p{L} ]{1,30}(?::|\s[-–—])\s*/u, '')) !== null && !/[.!?"”]$/.test(t);
    const note: boolean = !seenNote && /^\(.*\)$/.test(t) && wordsIn(t) <= 60 && !CREDIT_LINE.test(t);
    const listed = LABELLED_FACT.test(t) || isRosterLine(t);
    // A contact block at the foot: the office's name on its own line over its postal address.
    const addressee = k + 1 === end && POSTAL_ADDRESS.test(lines[k + 1]?.trim() ?? '') && wordsIn(t) <= 6 && !/[.!?:;"”]$/.test(t);
    if (!(t === '' || dated || note || listed || addressee || WIRES_CREDITED.test(t) || EDITOR_INITIALS.test(t) || (isFurniture(t) && !CREDIT_LINE.test(t))))
      break;
    seenNote ||= note;
    end = k;
  }
  // Link titles at the very foot with no label over them ("How the county voted: map by ward" /
  // "Results from 2022"): two short lines or more with no closing mark under the story's last sentence.
  {
    let k = end;
    let titles = 0;
    while (k - 1 > i) {
      const t = lines[k - 1]!.trim();
      if (t !== '' && (wordsIn(t) > 8 || /[.!?"”'’:;,)\]]$/.test(t) || looksLikePersonName(t))) break;
      if (t !== '') titles++;
      k--;
    }
    while (k < end && lines[k]!.trim() === '') k++;
    const above =
      lines
        .slice(i, k)
        .filter((l) => l.trim() !== '')
        .at(-1)
        ?.trim() ?? '';
    if (titles >= 2 && /[.!?"”]$/.test(above) && wordsIn(above) >= 8) end = k;
  }
  // An appeal to subscribe or give above a "Subscribe now" button at the foot ("By subscribing, you
  // can help us ..."): up to three short lines that ask for the reader's money, not the story's.
  if (end < lines.length && APPEAL_BUTTON.test(lines[end]!.trim())) {
    for (let k = end - 1, n = 0; k > i && n < 3; k--, n++) {
      const t = lines[k]!.trim();
      if (t !== '' && !(APPEAL.test(t) && wordsIn(t) <= 30)) break;
      end = k;
    }
  }
  // A related box inside the story: its link titles (short, no full stop) go with it.
  for (let k = i; k < end; k++) {
    if (!isFooterStart(lines[k]!)) continue;
    let r = k + 1;
    for (; r < end && lines[r]!.trim() !== '' && wordsIn(lines[r]!) <= 15 && !/[.!?"”]$/.test(lines[r]!.trim()); r++) lines[r] = '';
    k = r - 1;
  }
  // "To contact the reporter on this story:", "Contact the writer: ...": the rest is how to reach the
  // newsroom; the editors it names are the story's editors.
  const contactAt = lines.findIndex((l, k) => k > i && k < end && k >= end - 12 && CONTACT_FOOTER.test(l.trim()));
  if (contactAt >= 0) {
    let editors = false;
    for (let k = contactAt; k < end; k++) {
      const t = lines[k]!.trim();
      if (CONTACT_FOOTER.test(t)) editors = /\beditors?\b/i.test(t.slice(0, 40));
      const listed = t.replace(CONTACT_FOOTER, '').replace(/^[^:]*:\s*/, '');
      if (editors) for (const name of splitNames(listed.replace(/\sat\s\S+@\S+/g, ''))) credits.push({ name, role: 'editing' });
    }
    end = contactAt;
  }
  const creditText: string[] = [];
  for (let k = i; k < end; k++) {
    // "— With assistance from A and B": the story's contributors, at its foot.
    const assisted = WITH_ASSISTANCE.exec(lines[k]!.trim());
    if (assisted && k >= end - 8) {
      for (const name of splitNames(assisted[1]!)) credits.push({ name, role: 'contributor' });
      lines[k] = '';
      continue;
    }
    const t = lines[k]!.trim();
    if (k < end - 8 && !t.startsWith('(')) continue;
    if (!(CREDIT_LINE.test(t) || (wordsIn(t) <= 30 && CONTRIBUTED_LINE.test(t)))) continue;
    // A credits block runs on until its closing parenthesis or a blank line.
    let stop = k;
    let block = t;
    while (t.startsWith('(') && !block.includes(')') && stop + 1 < end && lines[stop + 1]!.trim() !== '') {
      stop++;
      block = `${block} ${lines[stop]!.trim()}`;
    }
    creditText.push(block);
    for (let r = k; r <= stop; r++) lines[r] = '';
    k = stop;
  }
  for (const block of creditText) credits.push(...parseCredits(block));
  // "--With assistance from NAME." under a list of other stories ("Most Read from ..." and its titles)
  // that closed the story: the contributors are still the story's.
  for (let k = end; k < lines.length; k++) {
    const assisted = WITH_ASSISTANCE.exec(lines[k]!.trim());
    if (assisted) for (const name of splitNames(assisted[1]!)) credits.push({ name, role: 'contributor' });
  }
  return { end, credits, creditText };
}

/** Whether the first line from `k` that is not blank reads as an entry's title: short, with no full stop. */
/** A reporter's beat alone on its line: "Transportation reporter", "Senior political correspondent". */
const BEAT_LINE = /^(?:[\p{L}-]+\s){0,3}(?:correspondent|editor|reporter|writer|columnist|analyst|producer|journalist|contributor)$/iu;

/**
 * Where a live entry that opens at `entry` with its time really begins: above it, the author's card
 * of that entry, a name alone and the reporter's beat under it ("Ravi Menon" / "Transportation
 * reporter"), goes with it. The card holds at most those two lines; `floor` is the story's first line.
 */
function authorCardAbove(lines: readonly string[], entry: number, floor: number): number {
  let k = entry;
  while (k - 1 > floor && lines[k - 1]!.trim() === '') k--;
  if (k - 1 > floor && BEAT_LINE.test(lines[k - 1]!.trim())) k--;
  while (k - 1 > floor && lines[k - 1]!.trim() === '') k--;
  const name = (lines[k - 1] ?? '').trim();
  return k - 1 > floor && wordsIn(name) <= 4 && !/[.!?"”,;:]$/.test(name) && looksLikePersonName(name) ? k - 1 : entry;
}

/** A live entry's time alone, or with its date after a comma: "17.52 CET", "9:12 a.m. ET, March 4, 2025". */
function isEntryStamp(line: string): boolean {
  if (isClockLine(line)) return true;
  const dated = /^(\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?(?: ?[A-Z]{2,5})?),\s+(\S.{4,40})$/i.exec(line.trim());
  return !!dated && isClockLine(dated[1]!) && parseStandaloneDate(dated[2]!) !== null;
}

function opensEntry(lines: readonly string[], k: number, end: number): boolean {
  while (k < end && lines[k]!.trim() === '') k++;
  const t = (lines[k] ?? '').trim();
  return k < end && wordsIn(t) >= 3 && wordsIn(t) <= 15 && !/[.!?"”,;:]$/.test(t);
}
