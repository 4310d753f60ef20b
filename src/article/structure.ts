/**
 * From normalised text to an article's structure: headline, date, bylines, dateline, agency and
 * credits in their own fields; page furniture, photo captions, subheadings, credit lines and
 * copyright footers out of the body; the body re-joined into clean paragraphs.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CONTRIBUTED_LINE, CREDIT_LINE, looksLikePersonName, parseByline, parseCredits, photographers, splitCaption } from './credits.js';
import { parseStandaloneDate } from './dates.js';
import { detectLayout, joinLines, splitParagraphs, type Layout } from './layout.js';
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
  layout: Layout | 'html';
}

/** What a caller may already know (from HTML metadata). */
export interface KnownMetadata {
  headline?: string | null;
  publishedAt?: string | null;
  bylines?: string[];
  layout?: 'html';
}

// A hyphen joins place words through the word class alone ("WINSTON-SALEM"), never as a separator as
// well: with both, "A-A-A-...-A x" could be split 2^n ways before failing. Words after the comma
// are separated by spaces for the same reason. (Same matches as before, checked on 3 M strings.)
const DATELINE =
  /^([\p{Lu}][\p{Lu}.'’-]*(?:[ /][\p{Lu}][\p{Lu}.'’-]*)*)(?:,\s*[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*){0,2}(?:\s*\d{1,2})?)?\s*\(([\p{L}][\p{L} .&-]{0,30})\)\s*[-–—]+\s*/u;
const DATELINE_NO_AGENCY = /^((?:[\p{Lu}]{2,}[.'’-]?)(?:[ /-][\p{Lu}]{2,}[.'’-]?){0,3})(?:,\s*[\p{Lu}][\p{L}.]*(?:\s+\d{1,2})?)?\s*[–—]+\s+/u;
const COPYRIGHT = /©|\(c\)\s*\d{4}|\bcopyright\b|all rights reserved|may not be (?:re)?published|\bredistribut|solely responsible for (?:this|the) content/i;
const PUNCTUATION_ONLY = /^[\s|•·*_=~#>+\-–—]*$/;
const BRACKETED = /^\[[^\]]{0,120}\]$/;
const FURNITURE = JSON.parse(readFileSync(fileURLToPath(new URL('../../data/lexicon/page-furniture.json', import.meta.url)), 'utf8')) as { lines: string[]; inline: string[] };
const UI_LINE = new RegExp(`^(?:${FURNITURE.lines.join('|')})$`, 'i');
// A pattern that opens with spaces is tried only where a run of spaces starts: tried inside the run
// as well, it rescanned the run from every space in it (same matches, since \s* takes the rest).
const UI_INLINE = FURNITURE.inline.map((pattern) => new RegExp(pattern.startsWith('\\s*') ? `(?<!\\s)${pattern}` : pattern, 'gi'));

/** Removes interface text that copying a page leaves inside lines ("..., opens new tab"). */
export function stripInlineFurniture(line: string): string {
  return UI_INLINE.reduce((text, re) => text.replace(re, ''), line);
}
const HEADER_WORDS_MAX = 8;
const CONNECTOR_END = /\b(?:the|of|to|and|in|for|a|an|with|on|against|as|at|by|from|over|after|amid|into|its|his|her|their)$/i;

const wordsIn = (s: string) => s.trim().split(/\s+/).filter(Boolean).length;
const isTitleLike = (s: string) => {
  const words = s.replace(/[:.]$/, '').split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0) return false;
  if (s === s.toUpperCase() && /\p{Lu}/u.test(s)) return true;
  const capitalised = words.filter((w) => /^["'(]?\p{Lu}/u.test(w)).length;
  return capitalised / words.length >= 0.6;
};

/** A line that belongs to the page, not to the story. */
export function isFurnitureLine(line: string): boolean {
  const t = line.trim();
  return PUNCTUATION_ONLY.test(t) || (BRACKETED.test(t) && parseStandaloneDate(t) === null) || UI_LINE.test(t);
}

function readDateline(first: string): { dateline: string | null; agency: string | null } {
  const m = DATELINE.exec(first);
  if (m && m[1]!.length >= 2) return { dateline: m[1]!.replace(/[,.]$/, ''), agency: m[2]!.trim() };
  const n = DATELINE_NO_AGENCY.exec(first);
  if (n) return { dateline: n[1]!.replace(/[,.]$/, ''), agency: null };
  return { dateline: null, agency: null };
}

function agencyFromText(text: string): string | null {
  if (/\bThomson Reuters\b|\bReuters\b/.test(text)) return 'Reuters';
  if (/\bAssociated Press\b|\(AP\)/.test(text)) return 'AP';
  if (/\bAgence France-Presse\b|\(AFP\)/.test(text)) return 'AFP';
  return null;
}

/** Splits the lines into header, body and footer, reading what the header and footer say. */
export function structureArticle(text: string, known: KnownMetadata = {}): ArticleStructure {
  const lines = text.split('\n').map((l) => stripInlineFurniture(l).trimEnd());
  let i = 0;
  while (i < lines.length && lines[i]!.trim() === '') i++;

  // Header: the headline, then short lines (date, byline, page furniture) until the story starts.
  let headline = known.headline?.trim() ?? '';
  let publishedAt = known.publishedAt ?? null;
  let bylines = [...(known.bylines ?? [])];
  if (!headline && i < lines.length) {
    const first = lines[i]!.trim();
    const startsStory = DATELINE.test(first) || wordsIn(first) > 30;
    if (!startsStory) {
      headline = first;
      i++;
      // A headline wrapped onto the next line: it ended on a connector, or the next line goes on in
      // lower case ("... after coalition" / "collapse").
      while (i < lines.length && (CONNECTOR_END.test(headline) || /^\p{Ll}/u.test(lines[i]!.trim())) && lines[i]!.trim() !== '' && wordsIn(lines[i]!) <= HEADER_WORDS_MAX) {
        headline = `${headline} ${lines[i]!.trim()}`;
        i++;
      }
    }
  }
  for (let scanned = 0; i < lines.length && scanned < 12; scanned++) {
    const t = lines[i]!.trim();
    if (t === '') {
      i++;
      continue;
    }
    if (DATELINE.test(t)) break;
    const date = t.length <= 80 ? parseStandaloneDate(t) : null;
    const byline = parseByline(t);
    if (date && wordsIn(t.replace(/[\d,:[\]()]/g, ' ')) <= 8) publishedAt ??= date;
    else if (byline.length > 0) bylines.push(...byline.filter((b) => !bylines.includes(b)));
    else if (!(isFurnitureLine(t) || (wordsIn(t) <= HEADER_WORDS_MAX && !/[.!?"]$/.test(t)))) break;
    i++;
  }
  headline = headline.replace(/\.$/, '').trim();

  // Footer: copyright notices and credit blocks, from the end.
  let end = lines.length;
  const credits: Credit[] = [];
  const copyrightAt = lines.findIndex((l, k) => k >= i && COPYRIGHT.test(l) && wordsIn(l) <= 40 && k > lines.length - 12);
  if (copyrightAt >= 0) end = copyrightAt;
  const creditText: string[] = [];
  for (let k = i; k < end; k++) {
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
  const captions: Caption[] = [];
  const subheadings: string[] = [];
  rawParagraphs.forEach((p, k) => {
    const caption = splitCaption(p);
    if (caption) {
      // The credit alone on its line: the caption is the paragraph before it, when that one is dated
      // like a caption ("..., March 3, 2025.").
      if (caption.text === '' && paragraphs.length > 1 && /\b\d{1,2},? \d{4}\.$|\b\d{4}\.$/.test(paragraphs.at(-1)!) && parseStandaloneDate(paragraphs.at(-1)!)) {
        caption.text = paragraphs.pop()!;
      }
      captions.push({ text: caption.text, after: paragraphs.length - 1, credit: caption.credit });
      for (const name of photographers(caption.credit)) {
        if (!credits.some((c) => c.name === name)) credits.push({ name, role: 'photo' });
      }
      return;
    }
    const isLast = k === rawParagraphs.length - 1;
    if (paragraphs.length > 0 && !isLast && wordsIn(p) <= HEADER_WORDS_MAX && !/[.!?"',;]$/.test(p) && isTitleLike(p) && !looksLikePersonName(p)) {
      subheadings.push(p);
      return;
    }
    paragraphs.push(p);
  });

  const { dateline, agency: datelineAgency } = paragraphs[0] ? readDateline(paragraphs[0]) : { dateline: null, agency: null };
  const agency = datelineAgency ?? agencyFromText(creditText.join(' ') + ' ' + lines.slice(end).join(' '));
  if (bylines.length === 0) bylines = credits.filter((c) => c.role === 'reporting' || c.role === 'writing').map((c) => c.name);
  const inByline = new Set(bylines);
  return {
    headline: headline || firstSentence(paragraphs[0] ?? ''),
    publishedAt,
    bylines,
    credits: credits.filter((c) => !(inByline.has(c.name) && (c.role === 'reporting' || c.role === 'writing'))),
    dateline,
    agency,
    paragraphs: paragraphs.map((p) => joinLines([p])),
    captions,
    subheadings,
    layout,
  };
}

function firstSentence(paragraph: string): string {
  const m = /^(.{20,160}?[.!?])\s/.exec(paragraph);
  return (m ? m[1]! : paragraph.slice(0, 120)).trim();
}
