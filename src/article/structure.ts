/**
 * From normalised text to an article's structure: headline, date, bylines, dateline, agency and
 * credits in their own fields; page furniture, photo captions, subheadings, credit lines and
 * copyright footers out of the body; the body re-joined into clean paragraphs.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CONTRIBUTED_LINE, CREDIT_LINE, looksLikePersonName, parseCredits, photographers, splitCaption, splitNames } from './credits.js';
import { readDateline } from './dateline.js';
import { parseStandaloneDate } from './dates.js';
import { detectLayout, joinLines, splitParagraphs, type Layout } from './layout.js';
import { loadLexicon } from './lexicon.js';
import { isClockLine, readPageHeader } from './page-header.js';
import type { Caption, Credit } from './types.js';

export interface ArticleStructure {
  headline: string;
  publishedAt: string | null;
  bylines: string[];
  credits: Credit[];
  dateline: string | null;
  agency: string | null;
  paragraphs: string[];
  captions: Caption[];
  subheadings: string[];
  /** Summary bullets and standfirst under the headline. */
  summary: string[];
  layout: Layout | 'html';
}

/** What structuring needs to know of the world: given names, to tell a byline without "By". */
export interface StructureDeps {
  isGivenName(word: string): boolean;
}

let givenNames: Map<string, string> | null = null;
const defaultDeps: StructureDeps = { isGivenName: (word) => (givenNames ??= loadLexicon().firstNames).has(word.toLowerCase()) };

/** What a caller may already know (from HTML metadata). */
export interface KnownMetadata {
  headline?: string | null;
  publishedAt?: string | null;
  bylines?: string[];
  layout?: 'html';
}

const COPYRIGHT =
  /©|\(c\)\s*\d{4}|\bcopyright\b|all rights reserved|may not be (?:re)?published|\bredistribut|solely responsible for (?:this|the|all) content/i;
const PUNCTUATION_ONLY = /^[\s|•·*_=~#>+\-–—]*$/;
const BRACKETED = /^\[[^\]]{0,120}\]$/;
const FURNITURE = JSON.parse(readFileSync(fileURLToPath(new URL('../../data/lexicon/page-furniture.json', import.meta.url)), 'utf8')) as {
  lines: string[];
  inline: string[];
  footerStarts: string[];
  closingStarts: string[];
};
const UI_LINE = new RegExp(`^(?:${FURNITURE.lines.join('|')})$`, 'i');
/** Lines after which the rest of a page is its footer: related links, topics. */
const FOOTER_START = new RegExp(`^(?:${[...FURNITURE.footerStarts, ...FURNITURE.closingStarts].join('|')})$`, 'i');
/** Lines that close the story whatever follows them: a topic list's heading, a newsletter's reading list. */
const CLOSING_START = new RegExp(`^(?:${FURNITURE.closingStarts.join('|')})$`, 'i');
// A pattern that opens with spaces is tried only where a run of spaces starts: tried inside the run
// as well, it rescanned the run from every space in it (same matches, since \s* takes the rest).
const UI_INLINE = FURNITURE.inline.map((pattern) => new RegExp(pattern.startsWith('\\s*') ? `(?<!\\s)${pattern}` : pattern, 'gi'));

/** Removes interface text that copying a page leaves inside lines ("..., opens new tab"). */
export function stripInlineFurniture(line: string): string {
  return UI_INLINE.reduce((text, re) => text.replace(re, ''), line);
}
const HEADER_WORDS_MAX = 8;
/** A box's label alone on its line: "Key points:", "Topics:", "In short:". */
const BOX_LABEL = /^\p{Lu}\p{Ll}*(?:\s\p{Ll}+){0,2}:$/u;
/** A footer that tells readers how to reach the newsroom: "To contact the reporters on this story:", "Contact the writer: ...". */
const CONTACT_FOOTER = /^(?:to contact the (?:reporters?|writers?|authors?|editors?)\b[^:]*:?|contact (?:the )?(?:writer|reporter|author)s?\b)/i;
/** A company's boilerplate opens under a heading of its name: "About Harbourline Logistics". */
const ABOUT_HEADING = /^About(?:\s\p{Lu}[\p{L}&.,'-]*){1,6}$/u;
/** The wires a story drew on, at its foot: "ABC/AAP", "kv/rm (dpa, AFP)" is read elsewhere. */
const WIRES_CREDITED = /^\p{Lu}{2,}(?:\/\p{Lu}{2,})+$/u;
/** Desk editors' initials in capitals, as an agency signs a story: "SSK RG", "KK SOM". */
const EDITOR_INITIALS = /^\p{Lu}{2,4}(?:\s\p{Lu}{2,4}){1,3}$/u;
/** A contributors' line at a story's foot: "— With assistance from A and B". */
const WITH_ASSISTANCE = /^[—–-]*\s*with (?:assistance|additional reporting) from\s(\S.*?)\.?$/i;
/** A short fact under a label at a page's foot: "Referee: Jan Bol", "Attendance: 14,210", "Venue: City Hall". */
const LABELLED_FACT = /^\p{Lu}\p{Ll}+(?:\s\p{Ll}+)?:\s+[^.!?"”:]{1,40}$/u;
const LIST_ITEM = /^\p{Lu}[\p{L}'’.-]*(?:\s[\p{L}'’.-]+){0,3}$/u;

/** A team sheet or cast list under a label: "Ajax: Bos; Kuiper, De Jong, ...; Smit (Bakker 70), ...". */
export function isRosterLine(line: string): boolean {
  const m = /^\p{Lu}[\p{L}'’ -]{0,40}:\s(.+)$/u.exec(line.trim());
  if (!m) return false;
  const items = m[1]!
    .replace(/\([^()]*\)/g, '')
    .replace(/\.$/, '')
    .split(/[;,]/)
    .map((x) => x.trim());
  return items.length >= 6 && items.every((x) => LIST_ITEM.test(x));
}

const wordsIn = (s: string) => s.trim().split(/\s+/).filter(Boolean).length;
const isTitleLike = (s: string) => {
  const words = s
    .replace(/[:.]$/, '')
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w));
  if (words.length === 0) return false;
  if (s === s.toUpperCase() && /\p{Lu}/u.test(s)) return true;
  const capitalised = words.filter((w) => /^["'(]?\p{Lu}/u.test(w)).length;
  return capitalised / words.length >= 0.6;
};

/** A time with no date, or a time ago: "11:42 GMT", "Updated at 11.58 GMT", "2 hours ago". */
const TIME_ONLY =
  /^(?:(?:updated|published|posted|last updated) )?(?:at )?(?:\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?(?: ?[A-Z]{2,5}(?:[+-]\d{1,2})?)?|\d+ (?:seconds?|mins?|minutes?|hours?|hrs?|days?) ago|just now)$/i;

/**
 * A line that is only an address to write to or a handle ("jdoe@paper.example", "@jdoe"), or an
 * agency's marker in capitals in parentheses: "(END)", "(MORE)", "(ATTN: ADDS comments in paras 6-7)".
 */
const ADDRESS_ONLY = /^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@\w{2,30})$/;
const WIRE_MARKER = /^\((?:\p{Lu}{2,}|\p{Lu}{2,}:[^()]*)\)$/u;

/** A line that belongs to the page, not to the story. */
export function isFurnitureLine(line: string): boolean {
  const t = line.trim();
  return (
    PUNCTUATION_ONLY.test(t) ||
    ADDRESS_ONLY.test(t) ||
    WIRE_MARKER.test(t) ||
    (BRACKETED.test(t) && parseStandaloneDate(t) === null) ||
    UI_LINE.test(t) ||
    TIME_ONLY.test(t.replace(/\s+/g, ' ')) ||
    FOOTER_START.test(t)
  );
}

function agencyFromText(text: string): string | null {
  if (/\bThomson Reuters\b|\bReuters\b/.test(text)) return 'Reuters';
  if (/\bAssociated Press\b|\(AP\)/.test(text)) return 'AP';
  if (/\bAgence France-Presse\b|\(AFP\)/.test(text)) return 'AFP';
  return null;
}

/** Splits the lines into header, body and footer, reading what the header and footer say. */
export function structureArticle(text: string, known: KnownMetadata = {}, deps: StructureDeps = defaultDeps): ArticleStructure {
  const lines = text.split('\n').map((l) => stripInlineFurniture(l).trimEnd());
  let i = 0;
  while (i < lines.length && lines[i]!.trim() === '') i++;

  // Header: what the lines above the story say (src/article/page-header.ts).
  const wrapped = !known.layout && detectLayout(lines.slice(i)) === 'wrapped';
  const header = readPageHeader(lines, i, { isFurniture: isFurnitureLine, isGivenName: deps.isGivenName }, wrapped, known.headline?.trim() || null);
  const headline = known.headline?.trim() || header.headline;
  let publishedAt = known.publishedAt ?? header.publishedAt;
  const bylines = known.bylines?.length ? [...known.bylines] : header.bylines;
  i = header.bodyStart;
  // A box of labelled lines above the story ("Claim: ...", "Rating: False", "Our verdict: ..."): a summary.
  const labelledBox = labelledBoxAt(lines, i);
  i = labelledBox.end;

  // Footer: copyright notices and credit blocks, from the end.
  let end = lines.length;
  const credits: Credit[] = [];
  const copyrightAt = lines.findIndex((l, k) => k >= i && COPYRIGHT.test(l) && wordsIn(l) <= 40 && k > lines.length - 12);
  if (copyrightAt >= 0) end = copyrightAt;
  // Related links and topics close a page when nothing after them but furniture is longer than a
  // link's title; a related box inside a story that goes on is only furniture.
  let lastLong = i;
  for (let k = end - 1; k >= i; k--) {
    if (wordsIn(lines[k]!) > 15 && !isFurnitureLine(lines[k]!)) {
      lastLong = k;
      break;
    }
  }
  // A live page's next entry (its time alone, then its title) closes the entry the article is.
  const nextEntry = lines.findIndex((l, k) => k > i && k < end && isClockLine(l) && opensEntry(lines, k + 1, end));
  if (nextEntry >= 0) end = nextEntry;
  const footerAt = lines.findIndex(
    (l, k) =>
      k > i && k < end && (CLOSING_START.test(l.trim()) || (k > lastLong && FOOTER_START.test(l.trim())) || (k > i + 2 && ABOUT_HEADING.test(l.trim()))),
  );
  if (footerAt >= 0) end = footerAt;
  // From the foot up: a date with its label ("First Published: Jul 08 2025"), the wires a story drew
  // on ("ABC/AAP"), editors' initials ("SSK RG"), a note in parentheses that closes the page, and
  // labelled facts and team sheets ("Referee: ...", "Attendance: ...", "Club: Bos; Kuiper, ...").
  let seenNote = false;
  for (let k = end - 1; k > i; k--) {
    const t = lines[k]!.trim();
    const dated = wordsIn(t) <= 12 && parseStandaloneDate(t.replace(/^[\p{L} ]{1,30}:\s*/u, '')) !== null && !/[.!?"”]$/.test(t);
    const note: boolean = !seenNote && /^\(.*\)$/.test(t) && wordsIn(t) <= 60 && !CREDIT_LINE.test(t);
    const listed = LABELLED_FACT.test(t) || isRosterLine(t);
    if (!(t === '' || dated || note || listed || WIRES_CREDITED.test(t) || EDITOR_INITIALS.test(t))) break;
    seenNote ||= note;
    end = k;
  }
  // A related box inside the story: its link titles (short, no full stop) go with it.
  for (let k = i; k < end; k++) {
    if (!FOOTER_START.test(lines[k]!.trim())) continue;
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
    if (!(CREDIT_LINE.test(t) || (CONTRIBUTED_LINE.test(t) && wordsIn(t) <= 30))) continue;
    if (k < end - 8 && !t.startsWith('(')) continue;
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

  const bodyLines = lines.slice(i, end).filter((l) => !isFurnitureLine(l) || l.trim() === '');
  const layout: Layout | 'html' = known.layout ?? detectLayout(bodyLines);
  const rawParagraphs = splitParagraphs(bodyLines, layout === 'html' ? 'line-per-paragraph' : layout);

  // Body: captions and subheadings out.
  const paragraphs: string[] = [];
  const captions: Caption[] = header.captions.map((c) => ({ text: c.text, after: -1, credit: c.credit }));
  for (const c of header.captions)
    for (const name of photographers(c.credit ?? '')) if (!credits.some((x) => x.name === name)) credits.push({ name, role: 'photo' });
  const subheadings: string[] = [];
  // A short label over short lines with no full stop ("Key points:", "Topic:"): a box beside the
  // story; before the story it is the summary.
  const boxed = new Set<number>();
  const boxSummary: string[] = [];
  rawParagraphs.forEach((p, k) => {
    if (!BOX_LABEL.test(p.trim())) return;
    let r = k + 1;
    while (r < rawParagraphs.length && wordsIn(rawParagraphs[r]!) <= 25 && !/[.!?"”]$/.test(rawParagraphs[r]!.trim())) r++;
    if (r === k + 1) return;
    const storyBefore = rawParagraphs.slice(0, k).some((q) => wordsIn(q) > 15 && /[.!?"”]$/.test(q.trim()) && !splitCaption(q));
    for (let b = k; b < r; b++) {
      boxed.add(b);
      if (b > k && !storyBefore) boxSummary.push(rawParagraphs[b]!);
    }
  });
  rawParagraphs.forEach((p, k) => {
    if (boxed.has(k)) return;
    const caption = splitCaption(p);
    if (caption) {
      // The credit alone on its line: the caption is the paragraph before it, when that one is dated
      // like a caption ("..., March 3, 2025.").
      if (
        caption.text === '' &&
        paragraphs.length > 1 &&
        /\b\d{1,2},? \d{4}\.$|\b\d{4}\.$/.test(paragraphs.at(-1)!) &&
        parseStandaloneDate(paragraphs.at(-1)!)
      ) {
        caption.text = paragraphs.pop()!;
      }
      captions.push({ text: caption.text, after: paragraphs.length - 1, credit: caption.credit });
      for (const name of photographers(caption.credit)) {
        if (!credits.some((c) => c.name === name)) credits.push({ name, role: 'photo' });
      }
      return;
    }
    const isLast = k === rawParagraphs.length - 1;
    // A speaker's name over a "Said:" line is who speaks, not a heading.
    const namesSpeaker = /^\p{Lu}\p{Ll}+:\s/u.test(rawParagraphs[k + 1] ?? '');
    // A short line in single quotation marks is a heading ('A fight for survival'); in double ones with
    // no full stop, a pull quote.
    const quotedHeading = wordsIn(p) <= HEADER_WORDS_MAX && (/^'[^']+'$/.test(p) || /^"[^"]+[^.!?,"]"$/.test(p));
    if (quotedHeading && paragraphs.length > 0) {
      subheadings.push(p);
      return;
    }
    if (
      paragraphs.length > 0 &&
      !isLast &&
      !namesSpeaker &&
      wordsIn(p) <= HEADER_WORDS_MAX &&
      !/[.!?"',;]$/.test(p) &&
      isTitleLike(p) &&
      !looksLikePersonName(p)
    ) {
      subheadings.push(p);
      return;
    }
    paragraphs.push(p);
  });

  // "Ruth Okafor covers water for the Gazette. Contact her at ...": the author's note at the foot.
  // A syndicated copy's last line names where it first ran and repeats the headline.
  if (paragraphs.length > 1 && headline && wordsIn(headline) >= 4 && paragraphs.at(-1)!.trim().endsWith(headline.trim())) paragraphs.pop();
  // An author's block under the story: the byline's name alone, then a line or two about them.
  const authorAt = paragraphs.findIndex((p, k) => k > 0 && k >= paragraphs.length - 4 && bylines.includes(p.trim()));
  if (authorAt > 0 && paragraphs.slice(authorAt + 1).every((p) => wordsIn(p) <= 15 && !/[.!?"”]$/.test(p.trim()))) paragraphs.splice(authorAt);
  if (paragraphs.length > 1 && isAuthorNote(paragraphs.at(-1)!, bylines, paragraphs.slice(0, -1))) paragraphs.pop();
  const dateline = paragraphs[0] ? readDateline(paragraphs[0]) : null;
  // A dateline's own date ("JAKARTA, June 3, 2025 (AFP) -") dates a wire with no date line.
  publishedAt ??= dateline?.date ?? null;
  const agency = dateline?.agency ?? header.agency ?? agencyFromText(creditText.join(' ') + ' ' + lines.slice(end).join(' '));
  // With no byline the reporters stay credits: "Reporting by" is not a byline.
  const inByline = new Set(bylines);
  return {
    headline: headline || firstSentence(paragraphs[0] ?? ''),
    publishedAt,
    bylines,
    credits: credits.filter((c) => !(inByline.has(c.name) && (c.role === 'reporting' || c.role === 'writing'))),
    dateline: dateline?.place ?? header.place,
    agency,
    paragraphs: paragraphs.map((p) => joinLines([p])),
    captions,
    subheadings,
    summary: [...header.summary, ...labelledBox.lines, ...boxSummary],
    layout,
  };
}

/** A short paragraph that opens with a byline's name and says what the author covers, or gives an address to write to. */
function isAuthorNote(paragraph: string, bylines: readonly string[], body: readonly string[]): boolean {
  const p = paragraph.trim();
  const rest = bylines.map((b) => (p.startsWith(`${b} `) ? p.slice(b.length + 1) : null)).find((r) => r !== null);
  if (rest == null || wordsIn(p) > 60) return false;
  return (
    /^(?:covers|reports on|writes about|edits|is an? [\p{L} -]{0,40}(?:reporter|correspondent|writer|editor)\b)/u.test(rest) ||
    // A bio: "X is a senior fellow at ... and the author of ...", where the story never names X.
    (/^(?:is|was) (?:an?|the) \p{Ll}/u.test(rest) && !body.some((q) => q.includes(p.slice(0, p.length - rest.length - 1)))) ||
    /\b[\w.+-]+@[\w-]+\.[\w.]+/.test(rest)
  );
}

/** A line under a short label in sentence case: "Claim: ...", "Our verdict: ...". */
const BOX_LINE = /^(\p{Lu}\p{Ll}+(?:\s\p{Ll}+)?):\s+(\S.*)$/u;

/**
 * Two or more lines at `start` under different labels in sentence case, one of them a short value
 * with no full stop ("Rating: False"): a box above the story, not its first paragraphs. A transcript's
 * labels repeat and name speakers; its lines are the story.
 */
function labelledBoxAt(lines: readonly string[], start: number): { lines: string[]; end: number } {
  const found: string[] = [];
  const labels = new Set<string>();
  let k = start;
  for (; k < lines.length; k++) {
    const t = lines[k]!.trim();
    if (t === '') continue;
    const m = BOX_LINE.exec(t);
    if (!m || labels.has(m[1]!.toLowerCase())) break;
    labels.add(m[1]!.toLowerCase());
    found.push(t);
  }
  const shortValue = found.some((t) => {
    const value = BOX_LINE.exec(t)![2]!;
    return wordsIn(value) <= 3 && !/[.!?"”]$/.test(value);
  });
  return found.length >= 2 && shortValue ? { lines: found, end: k } : { lines: [], end: start };
}

/** Whether the first line from `k` that is not blank reads as an entry's title: short, with no full stop. */
function opensEntry(lines: readonly string[], k: number, end: number): boolean {
  while (k < end && lines[k]!.trim() === '') k++;
  const t = (lines[k] ?? '').trim();
  return k < end && wordsIn(t) >= 3 && wordsIn(t) <= 15 && !/[.!?"”,;:]$/.test(t);
}

function firstSentence(paragraph: string): string {
  const m = /^(.{20,160}?[.!?])\s/.exec(paragraph);
  return (m ? m[1]! : paragraph.slice(0, 120)).trim();
}
