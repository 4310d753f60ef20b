/**
 * From normalised text to an article's structure: headline, date, bylines, dateline, agency and
 * credits in their own fields; page furniture, photo captions, subheadings, credit lines and
 * copyright footers out of the body; the body re-joined into clean paragraphs.
 */
import { looksLikePersonName, photographers, splitCaption } from './credits.js';
import { readDateline } from './dateline.js';
import { parseStandaloneDate } from './dates.js';
import { SAID_LINE } from './labelled-speech.js';
import { detectLayout, joinLines, splitParagraphs, type Layout } from './layout.js';
import { loadLexicon } from './lexicon.js';
import { readPageFooter } from './page-footer.js';
import { SPONSOR_LABEL, SUMMARY_LABEL, isFurnitureLine, stripInlineFurniture } from './page-furniture.js';
import { readPageHeader } from './page-header.js';
import { unwrapPage } from './page-wrappers.js';
import { countWords, lastWords } from './text-window.js';
import { escapeRegExp } from './escape-regexp.js';
import type { Caption, Credit } from './types.js';
import { agencyInText } from './wire-agencies.js';

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

const HEADER_WORDS_MAX = 8;
/** A question as a heading: a question word or a verb that asks first, a question mark last, no quotation. */
const QUESTION_HEADING = /^(?:What|Who|Whom|Whose|Why|When|Where|Which|How|Is|Are|Was|Were|Will|Would|Can|Could|Does|Do|Did|Should|Has|Have)\b[^"“”]*\?$/;
/** A quote's signature on its own line: a dash, then a name ("– Diane Orr, President, Harbour Agency"). */
const QUOTE_SIGNATURE = /^[–—-]\s*\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3}(?:,\s.*)?$/u;
/** A box's label alone on its line: "Key points:", "Topics:", "In short:", "In today's edition:". */
const BOX_LABEL = /^\p{Lu}\p{Ll}*(?:\s\p{Ll}+(?:['’]s)?){0,3}:$/u;
/** A heading in sentence case: two to four words, the first capitalised, no figure and no closing mark ("What was said", "Our ruling"). */
const SENTENCE_CASE_HEADING = /^\p{Lu}[\p{L}'’-]*(?:\s[\p{L}'’-]+){1,3}$/u;
/** A heading that asks with no question mark ("How the vote was counted", "What the 2024 figures show"). */
const WH_HEADING = /^(?:What|Why|How|Where|Who|When|Which)\s[^.!?:;"“”‘’'«»]{3,60}$/u;
/** A heading of one to four words with no figure and no closing mark. */
const LAST_HEADING = /^\p{Lu}[\p{L}'’-]*(?:\s[\p{L}'’-]+){0,3}$/u;
/** A heading in capitals may run longer than one in title case ("WHAT THE NEW PAY OFFER MEANS FOR CARE STAFF"). */
const CAPITALS_HEADING_WORDS_MAX = 12;

const wordsIn = countWords;
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

/**
 * Whether the story uses a title-case line as a name in its other paragraphs: the whole line, or its
 * last word in capitals where no sentence opens ("Berg said", "told Berg").
 */
function usedAsName(line: string, paragraphs: readonly string[], at: number): boolean {
  const last = line.split(/\s+/).at(-1)!;
  const surname = new RegExp(`(?<![.!?:"“]\\s|^)\\b${escapeRegExp(last)}\\b`, 'u');
  return paragraphs.some((q, j) => j !== at && (q.includes(line) || surname.test(q)));
}

/** `test`, remembering its answer for each line it was asked of. */
function onceALine(test: (line: string) => boolean): (line: string) => boolean {
  const answers = new Map<string, boolean>();
  return (line) => {
    let answer = answers.get(line);
    if (answer === undefined) answers.set(line, (answer = test(line)));
    return answer;
  };
}

/** Splits the lines into header, body and footer, reading what the header and footer say. */
export function structureArticle(text: string, known: KnownMetadata = {}, deps: StructureDeps = defaultDeps): ArticleStructure {
  const lines = joinTimecodedLabels(unwrapPage(text.split('\n')).map((l) => stripInlineFurniture(l).trimEnd()));
  let i = 0;
  while (i < lines.length && lines[i]!.trim() === '') i++;

  // Header: what the lines above the story say (src/article/page-header.ts).
  const wrapped = !known.layout && detectLayout(lines.slice(i)) === 'wrapped';
  // The header, the footer and the body each ask whether a line is the page's, often of the same
  // lines, and the answer is costly (a long list of patterns): each line is asked once.
  const isFurniture = onceALine(isFurnitureLine);
  const header = readPageHeader(lines, i, { isFurniture, isGivenName: deps.isGivenName }, wrapped, known.headline?.trim() || null);
  const headline = known.headline?.trim() || header.headline;
  let publishedAt = known.publishedAt ?? header.publishedAt;
  let bylines = known.bylines?.length ? [...known.bylines] : header.bylines;
  i = header.bodyStart;
  // A summary box's label the header took for a line of its own ("In short:" over short sentences): the box starts there.
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const t = (lines[k] ?? '').trim().replace(/’/g, "'");
    if (t === '') continue;
    if (SUMMARY_LABEL.test(t)) i = k;
    break;
  }
  // A box of labelled lines above the story ("Claim: ...", "Rating: False", "Our verdict: ..."): a summary.
  const labelledBox = labelledBoxAt(lines, i);
  i = labelledBox.end;

  // Footer: copyright notices, credit blocks, related links and the like, from the end (page-footer.ts).
  const footer = readPageFooter(lines, i, isFurniture);
  const { end, credits, creditText } = footer;

  const bodyLines = withoutSponsorBlocks(withoutInfoBoxes(withoutMarkedLists(withoutTables(lines.slice(i, end))))).filter(
    (l) => !isFurniture(l) || l.trim() === '',
  );
  const layout: Layout | 'html' = known.layout ?? detectLayout(bodyLines);
  const rawParagraphs = splitParagraphs(bodyLines, layout === 'html' ? 'line-per-paragraph' : layout);

  // Body: captions and subheadings out.
  const paragraphs: string[] = [];
  const captions: Caption[] = header.captions.map((c) => ({ text: c.text, after: -1, credit: c.credit }));
  for (const c of header.captions)
    for (const name of photographers(c.credit ?? '')) if (!credits.some((x) => x.name === name)) credits.push({ name, role: 'photo' });
  for (const c of header.credits) if (!credits.some((x) => x.name === c.name)) credits.push(c);
  const subheadings: string[] = [];
  // A short label over short lines with no full stop ("Key points:", "Topic:"): a box beside the
  // story; before the story it is the summary.
  const boxed = new Set<number>();
  const boxSummary: string[] = [];
  rawParagraphs.forEach((p, k) => {
    const summaryLabel = SUMMARY_LABEL.test(p.trim().replace(/’/g, "'"));
    if (!BOX_LABEL.test(p.trim()) && !summaryLabel) return;
    const storyBefore = rawParagraphs
      .slice(0, k)
      .some((q) => !boxed.has(rawParagraphs.indexOf(q)) && wordsIn(q) > 15 && /[.!?"”]$/.test(q.trim()) && !splitCaption(q));
    // Under a summary label above the story the points may be short sentences ("In short:" / "Three
    // beaches were closed."): up to the next such label, and one point under the last label.
    const isSummaryLabel = (q: string) => SUMMARY_LABEL.test(q.trim().replace(/’/g, "'"));
    let r = k + 1;
    if (summaryLabel && !storyBefore) {
      const nextLabel = rawParagraphs.findIndex((q, j) => j > k && j <= k + 5 && isSummaryLabel(q));
      // Under the last label: every bulleted point, else one point.
      let bullets = k + 1;
      while (bullets < rawParagraphs.length && bullets <= k + 6 && /^[•▪◦·*]\s/.test(rawParagraphs[bullets]!.trim())) bullets++;
      // Points with no bullets, closed by a line that is no sentence ("WATCH NOW", a video's length): all of them.
      let closedAt = -1;
      for (let j = k + 1; bullets === k + 1 && j <= k + 5 && j < rawParagraphs.length; j++) {
        const q = rawParagraphs[j]!.trim();
        if (wordsIn(q) > 30) break;
        if (/[.!?"”]$/.test(q)) continue;
        closedAt = j;
        break;
      }
      r = nextLabel > k ? nextLabel : closedAt > k + 1 ? closedAt : Math.max(bullets, k + 2);
      if (r > rawParagraphs.length || rawParagraphs.slice(k + 1, r).some((q) => wordsIn(q) > 30)) r = k + 1;
    } else {
      while (r < rawParagraphs.length && wordsIn(rawParagraphs[r]!) <= 25 && !/[.!?"”]$/.test(rawParagraphs[r]!.trim())) r++;
    }
    if (r === k + 1) return;
    for (let b = k; b < r; b++) {
      boxed.add(b);
      if (b > k && !storyBefore) boxSummary.push(rawParagraphs[b]!.replace(/^[•▪◦·*]\s+/, ''));
    }
  });
  // Most tests below weigh a paragraph by its words, several of them the same paragraph: counted once.
  const wordCounts: number[] = [];
  const wordsAt = (k: number) => (k < rawParagraphs.length ? (wordCounts[k] ??= wordsIn(rawParagraphs[k]!)) : 0);
  // An explainer's questions as subheadings ("What happened?", "Who is to blame?"): short lines that
  // ask, with no quotation in them, two or more between the story's paragraphs.
  const asks = rawParagraphs.map((p, k) => k > 0 && k < rawParagraphs.length - 1 && QUESTION_HEADING.test(p.trim()) && wordsAt(k) <= 10);
  const askedHeadings = asks.filter(Boolean).length >= 2;
  // A short heading in sentence case ("The facts", "Council results"): over a paragraph of the story,
  // or over nothing but lines with no closing mark to the end (a list of links, a line of figures), which go with it.
  const endsSentence = (q: string) => /[.!?"”’»]$/.test(q.trim());
  // plainFrom[k]: every paragraph from k to the end is short with no closing mark.
  const plainFrom = new Array<boolean>(rawParagraphs.length + 1).fill(true);
  for (let k = rawParagraphs.length - 1; k >= 0; k--) plainFrom[k] = plainFrom[k + 1]! && wordsAt(k) <= 25 && !endsSentence(rawParagraphs[k]!);
  const sentenceCaseHeading = (k: number) => {
    const p = rawParagraphs[k]!.trim();
    const next = rawParagraphs[k + 1];
    // "Where the 30 percent comes from": a heading that asks without its question mark, figures and all.
    if (k > 0 && WH_HEADING.test(p) && wordsAt(k) <= 8 && next !== undefined && wordsAt(k + 1) >= 12 && endsSentence(next)) return true;
    if (!SENTENCE_CASE_HEADING.test(p) || looksLikePersonName(p)) return false;
    // (Not a speaker's name and role over a 'Said: "..."' line.)
    if (next === undefined || /^\p{Lu}\p{Ll}+:\s+["“]/u.test(next)) return false;
    if (wordsAt(k + 1) >= 12 && endsSentence(next)) return true;
    return k > 0 && plainFrom[k + 1]!;
  };
  let trailingFrom = rawParagraphs.length;
  // ("Line-ups" over team names, one word: the same when every line after it has no closing mark.)
  const trailingHeading = (k: number) => LAST_HEADING.test(rawParagraphs[k]!.trim()) && plainFrom[k + 1]!;
  for (let k = 1; k < rawParagraphs.length - 1; k++) {
    if (
      !boxed.has(k) &&
      (sentenceCaseHeading(k) || trailingHeading(k)) &&
      !endsSentence(rawParagraphs[k + 1]!) &&
      !looksLikePersonName(rawParagraphs[k]!.trim())
    ) {
      trailingFrom = k;
      break;
    }
  }
  let flat: string[] | null = null;
  const flatParagraphs = () => (flat ??= rawParagraphs.map(flatWords));
  rawParagraphs.forEach((p, k) => {
    if (boxed.has(k)) return;
    if (k >= trailingFrom) {
      if (k === trailingFrom) subheadings.push(p);
      return;
    }
    if (sentenceCaseHeading(k) && !/:$/.test(p.trim())) {
      subheadings.push(p);
      return;
    }
    // A heading with nothing under it, last on the page ("Line-ups" over a team sheet the foot took).
    // (Not a name signed at the foot: "Our Sources" is no one's, "Anna Berg" is.)
    if (
      k === rawParagraphs.length - 1 &&
      paragraphs.length > 0 &&
      LAST_HEADING.test(p.trim()) &&
      !(looksLikePersonName(p.trim()) && deps.isGivenName(p.trim().split(/\s+/)[0]!))
    ) {
      subheadings.push(p);
      return;
    }
    if (askedHeadings && asks[k] && paragraphs.length > 0) {
      subheadings.push(p);
      return;
    }
    // "– Name, Title, Body" under a quote, as a news release signs its quotes: who said it, so it
    // goes with the quote.
    if (paragraphs.length > 0 && QUOTE_SIGNATURE.test(p.trim()) && wordsAt(k) <= 15 && /["”]$/.test(paragraphs.at(-1)!.trim())) {
      paragraphs.push(`${paragraphs.pop()!.trimEnd()} ${p.trim()}`);
      return;
    }
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
    const quotedHeading = wordsAt(k) <= HEADER_WORDS_MAX && (/^'[^']+'$/.test(p) || /^"[^"]+[^.!?,"]"$/.test(p));
    if (quotedHeading && paragraphs.length > 0) {
      subheadings.push(p);
      return;
    }
    // A pull quote: a line wholly in quotation marks that repeats words the story prints elsewhere.
    if (isPullQuote(p, flatParagraphs)) return;
    const capitals = p === p.toUpperCase() && /\p{Lu}{2}/u.test(p);
    // "Pier Repairs", "What Happens Next": a line in title case that could be a name, between two of
    // the story's paragraphs, is a section's heading when it opens with no given name and the story
    // never uses it, or its last word, as a name (a speaker's label over an answer is used so).
    const headingNotName =
      looksLikePersonName(p.trim()) &&
      wordsAt(k) <= 4 &&
      !deps.isGivenName(p.trim().split(/\s+/)[0]!) &&
      wordsAt(k + 1) >= 8 &&
      endsSentence(rawParagraphs[k + 1] ?? '') &&
      !usedAsName(p.trim(), rawParagraphs, k);
    // "Reporter Anna Berg said:" over a paragraph in quotation marks introduces the quote, not a section.
    // (So does "Transport Minister Jane Roe said:" over words with no quotation marks, as a release prints them.)
    const introducesQuote = /:$/.test(p.trim()) && (/^\s*["“‘']/.test(rawParagraphs[k + 1] ?? '') || SAID_LINE.test(p.trim()));
    if (
      paragraphs.length > 0 &&
      !isLast &&
      !namesSpeaker &&
      !introducesQuote &&
      wordsAt(k) <= (capitals ? CAPITALS_HEADING_WORDS_MAX : HEADER_WORDS_MAX) &&
      !/[.!?"',;]$/.test(p) &&
      isTitleLike(p) &&
      (!looksLikePersonName(p) || headingNotName)
    ) {
      subheadings.push(p);
      return;
    }
    // A sentence with no full stop between paragraphs, and no quotation in it: a photo's caption
    // that names no photographer ("Crews clear the debris inside the hall on Tuesday morning").
    if (
      paragraphs.length > 0 &&
      !isLast &&
      wordsAt(k) >= 8 &&
      wordsAt(k) <= 40 &&
      !/[.!?:;,"'”’)\]…-]$/.test(p.trim()) &&
      !/["“”«»]/.test(p) &&
      !isTitleLike(p)
    ) {
      captions.push({ text: p, after: paragraphs.length - 1, credit: null });
      return;
    }
    // A standfirst the page repeats as the story's first paragraph (with a photo between): once.
    if (paragraphs.length <= 2 && paragraphs.some((q) => q.trim() === p.trim())) return;
    paragraphs.push(p);
  });

  // "Ruth Okafor covers water for the Gazette. Contact her at ...": the author's note at the foot.
  // A syndicated copy's last line names where it first ran and repeats the headline.
  if (paragraphs.length > 1 && headline && wordsIn(headline) >= 4 && paragraphs.at(-1)!.trim().endsWith(headline.trim())) paragraphs.pop();
  // An author's block under the story: the byline's name alone, then a line or two about them.
  const authorAt = paragraphs.findIndex((p, k) => k > 0 && k >= paragraphs.length - 4 && bylines.includes(p.trim()));
  if (authorAt > 0 && paragraphs.slice(authorAt + 1).every((p) => wordsIn(p) <= 15 && !/[.!?"”]$/.test(p.trim()))) paragraphs.splice(authorAt);
  if (paragraphs.length > 1 && isAuthorNote(paragraphs.at(-1)!, bylines, paragraphs.slice(0, -1))) paragraphs.pop();
  // An opinion page with no byline: "Councillor Beth Arden is the opposition's housing spokesperson."
  // opening or closing the piece names its author, and is no part of the argument.
  if (bylines.length === 0 && lines.slice(0, header.bodyStart).some((l) => OPINION_LABEL.test(l.trim()))) {
    for (const at of [0, paragraphs.length - 1]) {
      const rest = paragraphs.filter((_, k) => k !== at);
      const author = rest.length > 0 ? bioAuthor(paragraphs[at]!, rest) : null;
      if (!author) continue;
      bylines = [author];
      paragraphs.splice(at, 1);
      break;
    }
  }
  const dateline = paragraphs[0] ? readDateline(paragraphs[0]) : null;
  // A dateline's own date ("JAKARTA, June 3, 2025 (AFP) -") dates a wire with no date line.
  publishedAt ??= dateline?.date ?? null;
  const agency = dateline?.agency ?? header.agency ?? agencyInText(creditText.join(' ') + ' ' + lines.slice(end).join(' '));
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

/** Lower case, words only: how a pull quote and the paragraph it repeats are compared. */
const flatWords = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * A magazine's pull quote: a paragraph that is only a quotation in its marks ("“We are the ones
 * nobody sees.”"), with no one said to say it, whose words stand in a longer paragraph of the page.
 * `flat` holds the paragraphs as `flatWords` gives them, made once for the page.
 */
function isPullQuote(paragraph: string, flat: () => readonly string[]): boolean {
  const m = /^["“”]([^"“”]{12,300})["“”]$/.exec(paragraph.trim());
  if (!m) return false;
  const words = flatWords(m[1]!);
  return flat().some((other) => other.length > words.length + 4 && other.includes(words));
}

/** A cell of figures: "4,812", "31.4%", "-0.5", "$1.2bn", "+3". */
const FIGURE = /^[-+−–(]?[£$€¥]?\d[\d,.]*(?:%|bn|m|k|pts?)?\)?$/i;
/** A table's source or note under it: "Source: Election board", "Note: figures rounded". */
const TABLE_NOTE = /^(?:sources?|note|notes|figures|data)\s*:\s*\S.{0,100}$/i;
/** A summary line under a results table: labelled figures and no full stop ("Majority: 1,327 · Turnout: 61.8% · Harbour Party HOLD", "Turnout: 64.1%"). */
const TABLE_SUMMARY = /^(?=.*(?:^|\s)\p{Lu}\p{Ll}+(?:\s\p{Ll}+)?:\s?\d)(?!.*[.!?"”]$).{3,120}$/u;

/**
 * A row of a table as a page's text gives it: a few words (a party, a team, a company), then two
 * figures or more and nothing else ("Green Party 4,812 31.4% 13", "1. Arsenal 20 15 3 2 48"), or
 * short cells between bars or tabs with a figure among them.
 */
function isTableRow(line: string): boolean {
  // Cells between bars or tabs ("Ana Roe | Green | 11,204 | 38.9%"): short cells, one a figure at least.
  if (/\s\|\s|\t/.test(line.trim())) {
    const parts = line
      .trim()
      .replace(/^\|/, '')
      .replace(/\|$/, '')
      .split(/[|\t]/)
      .map((c) => c.trim())
      .filter((c) => c !== '');
    return parts.length >= 3 && parts.some((c) => FIGURE.test(c)) && parts.every((c) => wordsIn(c) <= 5 && !/[.!?]$/.test(c));
  }
  // The row ends in two figures: a line that does not (nearly every line) is told so without
  // splitting all its words.
  const tail = lastWords(line.trim(), 2);
  if (tail.length < 2 || !FIGURE.test(tail[0]!) || !FIGURE.test(tail[1]!)) return false;
  const cells = line.trim().split(/\s+/);
  // A rank may open the row ("1. Arsenal 20 15 ..."); then the label's words, then figures only.
  let k = FIGURE.test(cells[0] ?? '') ? 1 : 0;
  const labelFrom = k;
  while (k < cells.length && !FIGURE.test(cells[k]!)) k++;
  const figures = cells.length - k;
  return figures >= 2 && k - labelFrom <= 5 && cells.slice(k).every((c) => FIGURE.test(c));
}

/**
 * Blanks a list of links that a page marks inside the story, item by item: "list 1 of 3" / a title /
 * "list 2 of 3" / ... / "end of list". The titles are other stories, not this one's paragraphs.
 */
export function withoutMarkedLists(lines: readonly string[]): string[] {
  const out = [...lines];
  for (let k = 0; k < out.length; k++) {
    const first = /^list 1 of (\d{1,2})$/i.exec(out[k]!.trim());
    if (!first) continue;
    const reach = Math.min(out.length, k + 3 * Number(first[1]) + 3);
    const close = out.findIndex((l, j) => j > k && j < reach && /^end of list$/i.test(l.trim()));
    if (close < 0) continue;
    for (let j = k; j <= close; j++) out[j] = '';
    k = close;
  }
  return out;
}

/**
 * A transcription service's speaker label on a line of its own, a time code after the name:
 * "Mayor Ines Calder (00:00:04):", "TOMAS REYES [01:24]:", "Reporter 1 (00:01:20):".
 */
const TIMECODED_LABEL = /^(\p{Lu}[\p{L}'’.-]*(?:\s[\p{Lu}\d][\p{L}\d'’.-]*){0,4})\s*[([]\d{1,2}:\d{2}(?::\d{2})?[)\]]:?$/u;

/**
 * Joins each time-coded speaker label to the turn under it ("Mayor Ines Calder (00:00:04):" /
 * "Good afternoon." -> "Mayor Ines Calder: Good afternoon."), as a transcript that gives both on one
 * line has them: the label says whose the words are, the time code is the recording's.
 */
export function joinTimecodedLabels(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < lines.length; k++) {
    const label = TIMECODED_LABEL.exec(lines[k]!.trim());
    let next = k + 1;
    while (label && next < lines.length && lines[next]!.trim() === '') next++;
    if (label && next < lines.length && !TIMECODED_LABEL.test(lines[next]!.trim())) {
      out.push(`${label[1]}: ${lines[next]!.trim()}`);
      k = next;
    } else out.push(lines[k]!);
  }
  return out;
}

/**
 * A section's heading in a newsletter: a short line in capitals ("SCHOOL BUSES", "ONE MORE THING") or
 * in title case ("The Pier", "Port Expansion").
 */
const CAPITALS_HEADING = /^(?=.*\p{Lu}{2})[\p{Lu}\d][\p{Lu}\d '’&:,-]{2,60}$/u;
const TITLE_CASE_HEADING = /^\p{Lu}[\p{L}'’&-]*(?:\s(?:\p{Lu}[\p{L}'’&-]*|of|and|the|in|on|for|a|to)){0,5}$/u;
const isSectionHeading = (line: string) => CAPITALS_HEADING.test(line) || TITLE_CASE_HEADING.test(line);

/**
 * Blanks a newsletter's sponsor blocks: a sponsor's label alone on its line ("SPONSORED", "A MESSAGE
 * FROM OUR SPONSOR") and its pitch under it, up to three lines, where a section heading (in capitals
 * or in title case) or the end of the body closes it; with nothing to close it only the label goes, so a label that
 * sits inside the story takes no paragraph of it.
 */
export function withoutSponsorBlocks(lines: readonly string[]): string[] {
  const out = [...lines];
  for (let k = 0; k < out.length; k++) {
    if (!SPONSOR_LABEL.test(out[k]!.trim())) continue;
    let r = k + 1;
    let pitch = 0;
    while (r < out.length && pitch <= 3 && !isSectionHeading(out[r]!.trim())) {
      if (out[r]!.trim() !== '') pitch++;
      r++;
    }
    const closed = pitch >= 1 && pitch <= 3 && (r >= out.length || isSectionHeading(out[r]!.trim()));
    for (let j = k; j < (closed ? r : k + 1); j++) out[j] = '';
    k = closed ? r - 1 : k;
  }
  return out;
}

/** A labelled line of a facts box: "Case No. 24-3318", "Court: Appeals court", "Nature of Suit: Contract". */
const INFO_LINE = /^\p{Lu}\p{Ll}+(?:\s\p{L}+){0,3}(?::|\sNo\.)\s+\S/u;

/**
 * Blanks a box of facts inside the story: three short labelled lines or more in a row ("Case Title:
 * A v. B", "Case No. 24-3318", "Court: ..."), with a short title-case label over them ("Case
 * Information"). The labels are in upper and lower case, so a transcript's speakers ("GENE HADLEY:")
 * are none; a line that ends a sentence is the story's.
 */
export function withoutInfoBoxes(lines: readonly string[]): string[] {
  const out = [...lines];
  const isInfo = (l: string) => INFO_LINE.test(l.trim()) && countWords(l) <= 14 && !/[.!?"”]$/.test(l.trim());
  for (let k = 0; k < out.length; k++) {
    let r = k;
    while (r < out.length && isInfo(out[r]!)) r++;
    if (r - k < 3) continue;
    let from = k;
    const above = k > 0 ? out[k - 1]!.trim() : '';
    if (above && countWords(above) <= 3 && /^\p{Lu}[\p{L} ]*$/u.test(above)) from = k - 1;
    for (let j = from; j < r; j++) out[j] = '';
    k = r;
  }
  return out;
}

/**
 * Blanks the tables in the body: two rows of figures or more in a row, with the line of column
 * names over them (short, no figure, no full stop) and a "Source:" line under them. A table's
 * figures are no paragraphs of the story.
 */
export function withoutTables(lines: readonly string[]): string[] {
  const out = [...lines];
  for (let k = 0; k < out.length; k++) {
    if (!isTableRow(out[k]!)) continue;
    let r = k;
    while (r < out.length && (isTableRow(out[r]!) || (out[r]!.trim() === '' && isTableRow(out[r + 1] ?? '')))) r++;
    if (out.slice(k, r).filter(isTableRow).length < 2) continue;
    let top = k - 1;
    while (top >= 0 && out[top]!.trim() === '') top--;
    const heads = top >= 0 ? out[top]!.trim() : '';
    // (Its header row: a few words with no figure, an abbreviation's full stop at most closing it: "Votes Pct.")
    const abbreviationEnd = /\s\p{Lu}\p{Ll}{0,3}\.$/u.test(heads);
    if (heads && !/\d/.test(heads) && (abbreviationEnd || !/[.!?:;,"”]$/.test(heads)) && heads.split(/\s+/).length <= 10 && heads.split(/\t|\s+/).length >= 3)
      out[top] = '';
    for (let b = k; b < r; b++) out[b] = '';
    let under = r;
    // A note or two under it: its source, its summary of labelled figures.
    for (let notes = 0; notes < 2; notes++) {
      while (under < out.length && out[under]!.trim() === '') under++;
      if (under >= out.length || !(TABLE_NOTE.test(out[under]!.trim()) || TABLE_SUMMARY.test(out[under]!.trim()))) break;
      out[under] = '';
    }
    k = r;
  }
  return out;
}

/** A section label that marks a piece of opinion. */
const OPINION_LABEL = /^(?:opinion|comment|commentary|op-ed|column|guest column|guest essay|perspective|viewpoint|letters?)$/i;
/** An author's note: a title, a name of two to four words, then what they are. */
const BIO =
  /^(?:(?:Councillor|Cllr|Dr|Prof|Professor|Sen|Rep|Sir|Dame|Rev)\.?\s)?(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’.-]*){1,3})\s(?:is|was|has been|serves as)\s(?:an?|the|\p{Ll}+\s(?:of|at|for))\s/u;

/**
 * The author a bio names ("Beth Arden is the opposition housing spokesperson on the council."): one
 * sentence of at most 40 words whose name the rest of the piece never uses.
 */
function bioAuthor(paragraph: string, rest: readonly string[]): string | null {
  const p = paragraph.trim();
  const found = BIO.exec(p);
  if (!found || wordsIn(p) > 40 || /[.!?]\s+\p{Lu}/u.test(p.replace(/\b(?:Dr|Prof|Sen|Rep|Rev|St|Mr|Mrs|Ms|U\.S|U\.K)\.\s/g, ''))) return null;
  const name = found[1]!;
  const surname = name.split(/\s+/).at(-1)!;
  return rest.some((q) => q.includes(surname)) ? null : name;
}

/** A short paragraph that opens with a byline's name and says what the author covers, or gives an address to write to. */
function isAuthorNote(paragraph: string, bylines: readonly string[], body: readonly string[]): boolean {
  const p = paragraph.trim();
  const rest = bylines.map((b) => (p.startsWith(`${b} `) ? p.slice(b.length + 1) : null)).find((r) => r !== null);
  if (rest == null || wordsIn(p) > 60) return false;
  return (
    /^(?:covers|reports on|writes (?:about|on|for|\p{Ll}+(?: and \p{Ll}+)? for)\b|edits|is an? [\p{L} -]{0,40}(?:reporter|correspondent|writer|editor)\b)/u.test(
      rest,
    ) ||
    // A bio: "X is a senior fellow at ... and the author of ...", where the story never names X.
    (/^(?:is|was) (?:an?|the) \p{Ll}/u.test(rest) && !body.some((q) => q.includes(p.slice(0, p.length - rest.length - 1)))) ||
    /\b[\w.+-]+@[\w-]+\.[\w.]+/.test(rest)
  );
}

/** A line under a short label in sentence case: "Claim: ...", "Our verdict: ...". */
const BOX_LINE = /^(\p{Lu}\p{Ll}+(?:\s\p{Ll}+)?):\s+(\S.*)$/u;

/**
 * Two or more lines at `start` under different labels in sentence case, one of them a short value
 * with no full stop ("Rating: False") or opening with a short rating ("Our verdict: False. The ..."): a box above the story, not its first paragraphs. A transcript's
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
    // ("Our verdict: False. The levy adds ...": a rating of a word or three opens the value.)
    const rating = /^([^.!?]+)[.!?]\s+\p{Lu}/u.exec(value)?.[1];
    return (wordsIn(value) <= 3 && !/[.!?"”]$/.test(value)) || (rating !== undefined && wordsIn(rating) <= 3);
  });
  return found.length >= 2 && shortValue ? { lines: found, end: k } : { lines: [], end: start };
}

function firstSentence(paragraph: string): string {
  const m = /^(.{20,160}?[.!?])\s/.exec(paragraph);
  return (m ? m[1]! : paragraph.slice(0, 120)).trim();
}
