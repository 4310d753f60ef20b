/**
 * Credit lines ("(Reporting by A and B in Lima; Additional reporting by C; Editing by D)"),
 * bylines ("By A, B and C") and photo credits ("Agency/Name/Ministry via REUTERS/File Photo").
 */
import { hasMoreWordsThan, trimEndChars } from './text-window.js';
import type { Credit } from './types.js';

/** The trades a credit line names: "Reporting", "Additional reporting", "Editing", "Photographs", "Translated from the German". */
const CREDIT_ROLE =
  '(?:(?:additional\\s+)?reporting|report(?:ed)?|writing|written|editing|edited|compiled|research|graphics|production|fact-?check(?:ing|ed)|reviewed|photograph(?:s|y)?|photos?|pictures?|illustrations?|translation|translated(?:\\s+from(?:\\s+the)?\\s+\\p{L}+)?)';
/**
 * A credit line: its trades ("Reporting and writing", "Graphics, production"), at most two words
 * more, then "by": "(Reporting by A; Editing by B)", "--Editing by C.". A sentence that only opens
 * with such a word ("Reporting from X, NAME said ... by boat") is none.
 */
export const CREDIT_LINE = new RegExp(
  `^(?:[-–—]{1,2})?\\(?\\s*${CREDIT_ROLE}\\b(?:(?:,\\s?|\\s(?:and|&)\\s)${CREDIT_ROLE}\\b)*(?:\\s+[a-z-]+){0,2}\\s+by\\b`,
  'iu',
);
/**
 * AP style: "Associated Press writer X in Y contributed to this report.", "... contributed from Place.";
 * a broadcaster's "Outlet's X contributed reporting."
 */
export const CONTRIBUTED_LINE = /\bcontributed\s+(?:(?:to\s+)?(?:this\s+)?(?:report|story|article)\b|reporting\b|from\s+\p{Lu})/iu;
/** An outlet's possessive before a reporter's name: "CNN's", "the BBC's", "Coastline News'". */
export const OUTLET_POSSESSIVE = /^(?:the\s+)?\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*)?(?:['’]s|(?<=s)['’])\s+/u;

const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|de|da|van|von|der|bin|al|el|la|le)$/u;

/** True when the words look like a person's name ("Anna Berg", "Lee Min Ho"). */
export function looksLikePersonName(text: string): boolean {
  // Asked of whole paragraphs too: more than five words is told without splitting them all.
  if (hasMoreWordsThan(text, 5)) return false;
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  if (!/^\p{Lu}/u.test(words[0]!) || !/^\p{Lu}/u.test(words.at(-1)!)) return false;
  if (words.every((w) => w === w.toUpperCase())) return false;
  return words.every((w) => NAME_WORD.test(w));
}

/** Splits "A, B and C in Place" into names, dropping places and trailing words. */
export function splitNames(list: string): string[] {
  return list
    .replace(/[()]/g, ' ')
    .split(/,|;|\band\b|&/)
    .map((part) =>
      part
        .trim()
        .replace(/\s(?:in|at|from|for)\s.*$/, '')
        .trim(),
    )
    .map((part) => trimEndChars(part.replace(/^(?:by|and)\s+/i, ''), (c) => c === '.' || /\s/.test(c)))
    .filter((part) => looksLikePersonName(part));
}

const CAPITALS_NAME_THEN_OUTLET = /^(\p{Lu}[\p{Lu}'’.-]+(?:\s\p{Lu}[\p{Lu}'’.-]*){1,3}),?\s(?:\p{Lu}\p{Ll}+)(?:\s\p{Lu}\p{Ll}+){0,3}$/u;
/** A byline's part that names a trade, not a person: "Environment Correspondent", "Staff Writer". */
const BYLINE_TRADE_END = /\b(?:reporter|correspondent|editor|writer|producer|columnist|journalist|contributor)$/i;
const BYLINE_TRADE = /^(?:[\p{L}-]+\s){0,3}?(?:reporter|correspondent|editor|writer|producer|columnist)\s(?=\p{Lu})/iu;

/** A word that names a news outlet or its bureau, not a person: "Kestrel Press Canada", "Harbour News". */
const OUTLET_WORD = /\b(?:Press|News|Wire|Agency|Radio|TV|Television|Media|Herald|Gazette|Tribune|Journal|Courier|Bureau)\b/u;

/** A desk or team that signs a story, not a person: "Harbour Wire Fact Check", "Metro Desk", "Reuters staff". */
export const DESK_END = /(?<!\s)\s+(?:staff|fact[- ]check(?:\s+team)?|fact[- ]checkers|verify|desk|team|newsroom|correspondent|news service|bureau)$/i;

/** Reads a byline such as "By Lena Vorst, Piet Ambers and Mira Holt"; [] if it is none. */
export function parseByline(line: string): string[] {
  // "Interview by NAME", "Words by NAME", "Report by NAME": who wrote the piece, under another word; "by: NAME" as some
  // station sites print it, "Author: NAME" as European sites label it.
  const m = /^(?:(?:(?:interview(?:ed)?|words|text|story|report)\s+)?by:?|authors?:)\s+(\S.*)$/i.exec(line.trim());
  if (!m) return [];
  // "By regional reporter Tamsin Carr": the desk and trade before the name are no part of it.
  const names = m[1]!
    .replace(BYLINE_TRADE, '')
    // "By Claire Roe (Osk, correspondent) and Jan Ode": where and as what a reporter writes, in brackets after the name.
    .replace(/\s\([^()]{1,60}\)(?=\s(?:and|AND)\s|,|$)/gu, '')
    // "By JANE ROE FOR THE DAILY TIDINGS", "By Jane Roe for Tidings Online": the outlet written for.
    .replace(/\s(?:for|FOR)\s.*$/u, '')
    // "By Jane Roe at Marsh Park", "By Jane Roe in Tarrow": where the reporter wrote from (a ground, a court, a town).
    .replace(/\s(?:at|in)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}$/u, '')
    // "By JANE ROE Associated Press", "By JANE ROE, Harbour Wire": a name in capitals, then the outlet.
    .replace(CAPITALS_NAME_THEN_OUTLET, '$1')
    .split(/[|,]\s*(?=\p{Lu})|\s(?:and|AND)\s+/u)
    // "By JANE ROE and JOHN DOE Associated Press": the outlet after the last of several names.
    .map((s) => s.trim().replace(/[.,]$/, '').trim().replace(CAPITALS_NAME_THEN_OUTLET, '$1'))
    // "By Jane Roe, Environment Correspondent": the trade after the comma is no second name; nor is
    // the outlet or its bureau ("By Marie DUVAL, Kestrel Press Canada").
    .filter((s, k) => !BYLINE_TRADE_END.test(s) && !(k > 0 && OUTLET_WORD.test(s)))
    // AP prints bylines in capitals: "By LISA MASCARO".
    .map((s) => (s === s.toUpperCase() ? s.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase()) : s));
  return names.filter((name) => looksLikePersonName(name) && !DESK_END.test(name));
}

/** Reads a credits block into credits with their roles. */
export function parseCredits(text: string): Credit[] {
  const credits: Credit[] = [];
  const inner = text
    .trim()
    .replace(/^\(/, '')
    .replace(/\)\s*$/, '');
  for (const clause of inner.split(/;/)) {
    // "Translated by NAME. Read the original in Spanish: ...": a sentence after the credit is no part of it.
    const trimmed = clause.trim().replace(/(\p{Ll}{2})\.\s+\p{Lu}.*$/su, '$1');
    // "Reporting by X": the first " by " with words after it (the clause is trimmed, so there are).
    const by = /\sby:?\s+/i.exec(trimmed);
    if (by) {
      const role = trimmed.slice(0, by.index).toLowerCase().replace(/\s+/g, ' ').trim();
      for (const name of splitNames(trimmed.slice(by.index + by[0].length))) credits.push({ name, role });
      continue;
    }
    const contributed = /\scontributed\b/i.exec(trimmed);
    if (contributed) {
      const names = trimmed
        .slice(0, contributed.index)
        .trimEnd()
        .replace(/^.*?\b(?:writers?|reporters?|correspondents?|journalists?)\s+/i, '')
        .replace(OUTLET_POSSESSIVE, '');
      for (const name of splitNames(names)) credits.push({ name, role: 'contributor' });
    }
  }
  return credits;
}

/** A photographer's name, a slash and the outlet: "Jacques Pelletier/Radio-Canada", "Yusuf Adeyemi/Meridian". */
export const NAME_SLASH_OUTLET = /^\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,2}\/\p{Lu}[\p{L}.&-]+(?:\s\p{Lu}[\p{L}.&-]+){0,2}$/u;
/** A page's label before a caption: "Image caption, ...", "Media caption ...". */
export const PAGE_CAPTION = /^(?:image|media) caption,?\s+/i;
const PHOTO_WORDS =
  /\b(?:REUTERS|Reuters|AP|AFP|Getty|EPA|EFE|Bloomberg|Pool|Handout|File Photo|Photo|Photograph|Screenshot|Screengrab|Pictures?|Images?|Illustrations?|Courtesy|via|Shutterstock|Sputnik|Xinhua|Yonhap|KCNA|Anadolu)\b/;
/** A photographer's name, a comma and a photo agency: "Jose Ortega, AFP", "Kim Lee, Getty Images". */
const NAME_THEN_AGENCY =
  /^\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3},\s*(?:AFP|AP|REUTERS|Reuters|EPA|EFE|ANSA|AAP|Getty Images|Bloomberg|Shutterstock|Xinhua|Anadolu|Yonhap|Kyodo|Sputnik|TASS|Pool)(?: via [\p{L} ]+)?$/u;
/** No photographer: an agency's or a body's word, or a newspaper's last word ("Ivo Bak/Harbour Times"). */
const NOT_PHOTOGRAPHER =
  /\b(?:Photo|Images?|Pool|Handout|File|Reuters|REUTERS|Getty|Courtesy|Press|Service|Agency|News|Office|Ministry|Society|Museum|Archives?|Library|Collection|University|Institute|Foundation|Department|Council)\b|\s(?:Times|Post|Daily|Herald|Gazette|Tribune|Journal|Observer|Chronicle|Telegraph|Standard|Globe|Examiner|Inquirer|Dispatch|Sentinel|Courier|Photography|Studios?)$/;

/**
 * A credit at a caption's end after its last sentence: "Credit...Name for The Outlet" (a label with
 * dots or a colon), or "Name for The Outlet" run on to the full stop with no space or after one.
 */
const CREDIT_RUN_ON =
  /(^|[.!?”"]\s*)((?:Credits?(?:\.{2,3}|…|:)\s*\S.{2,80})|(?:\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,2}\sfor\s(?:[Tt]he\s)?\p{Lu}[\p{L}&.-]*(?:\s\p{Lu}[\p{L}&.-]*){0,3}))$/u;

/**
 * Splits a photo caption into its description and its credit; null when the text is no caption.
 * @example splitCaption('Leaders meet in Paris, May 2, 2023. REUTERS/Jane Doe/File Photo')
 */
export function splitCaption(paragraph: string): { text: string; credit: string } | null {
  // A page's own label: "Image caption, ...", "Media caption ..." (the credit is on a line of its own).
  const labelled = PAGE_CAPTION.exec(paragraph.trim());
  if (labelled) return { text: paragraph.trim().slice(labelled[0].length), credit: '' };
  // "FILE - A man walks ...": a picture from the archive; the label is no part of what it shows.
  const trimmed = paragraph.trim().replace(/^FILE\s*[-–—]\s*/, '');
  // A credit in parentheses at the end: "(Photo: ...)", "(REUTERS/...)", "(... Getty Images ...)".
  const open = trimmed.endsWith(')') ? trimmed.lastIndexOf('(') : -1;
  const inParens = open >= 0 ? trimmed.slice(open + 1, -1) : '';
  const isCredit =
    open >= 0 &&
    !inParens.includes(')') &&
    // "(HT Photo)", "(PTI Photo)", "(File Photo)": an outlet's or an agency's picture, named by it.
    (inParens.includes('/') ||
      inParens.startsWith('Photo') ||
      /\b(?:Getty Images|AP Photo)/.test(inParens) ||
      /^\p{Lu}[\p{L}.&-]{0,20}\sPhoto$/u.test(inParens));
  if (isCredit && PHOTO_WORDS.test(inParens)) return { text: trimmed.slice(0, open).trim(), credit: inParens.trim() };
  // "(Name/Outlet)" or "[Name/Outlet]" after a sentence: a photographer and the outlet that employs them.
  const closer = trimmed.endsWith(')') ? '(' : trimmed.endsWith(']') ? '[' : '';
  const from = closer ? trimmed.lastIndexOf(closer) : -1;
  const held = from > 0 ? trimmed.slice(from + 1, -1) : '';
  // "[File: Name/Agency]", "(Photo: Name/Agency)": a label before the photographer says what the picture is.
  const named = held.replace(/^(?:File|Photo|Image|Picture|Handout)\s?:\s?/i, '');
  if (from > 0 && NAME_SLASH_OUTLET.test(named) && looksLikePersonName(named.split('/')[0]!)) return { text: trimmed.slice(0, from).trim(), credit: held };
  // "(Outlet Region: Name)" after a sentence: a broadcaster's picture desk and its photographer.
  const desk = open > 0 && /[.!?]\s*$/.test(trimmed.slice(0, open)) ? /^\p{Lu}[\p{L} ]{1,40}:\s*(\S.*)$/u.exec(inParens) : null;
  if (desk && looksLikePersonName(desk[1]!)) return { text: trimmed.slice(0, open).trim(), credit: inParens.trim() };
  // "Idle wagons near the yard Image: Name/agency": a labelled credit after the description, with no full stop between.
  const creditLabel = /\s((?:Photo|Image|Picture|Photograph)s?:\s.{3,80})$/u.exec(trimmed);
  if (creditLabel && /[/,]/.test(creditLabel[1]!) && photographers(creditLabel[1]!).length > 0)
    return { text: trimmed.slice(0, creditLabel.index).trim(), credit: creditLabel[1]! };
  // "... on Monday.Credit...Name for The Outlet", "... archive.Name for The Outlet": a credit run on to
  // the caption's last sentence, labelled or not, a photographer working for the outlet.
  const runOn = CREDIT_RUN_ON.exec(trimmed);
  if (runOn && (/^Credit/.test(runOn[2]!) || photographers(runOn[2]!).length > 0))
    return { text: trimmed.slice(0, runOn.index + runOn[1]!.length).trim(), credit: runOn[2]!.trim() };
  const lastStop = Math.max(trimmed.lastIndexOf('. '), trimmed.lastIndexOf('.” '), -1);
  const tail = (lastStop >= 0 ? trimmed.slice(lastStop + 1) : trimmed).trim().replace(/\.$/, '');
  // "Jose Ortega, AFP": a photographer and an agency after the caption's last sentence, or alone.
  if (NAME_THEN_AGENCY.test(tail)) return { text: lastStop >= 0 ? trimmed.slice(0, lastStop + 1).trim() : '', credit: tail };
  const creditShaped =
    /\//.test(tail) ||
    /^(?:Photo(?:graph)?|Image|Picture|Illustration|Screenshot|Screengrab)s?\b.*:/i.test(tail) ||
    /\b(?:Getty Images|AP Photo|File Photo)\b/.test(tail);
  // "AGENCY/Name", "Name/AGENCY": an agency in capitals the list does not know, beside a photographer's name.
  // ("OUTLET / Name" with spaces round the slash, as some European papers print it.)
  const agencyBeside =
    /^\p{Lu}{2,}(?:[ -]\p{Lu}{2,})?\s?\/\s?\p{Lu}\p{Ll}|\p{Ll}\s?\/\s?\p{Lu}{2,}(?:[ -]\p{Lu}{2,})?$/u.test(tail) && photographers(tail).length > 0;
  // "JEAN-MARC TESSIER / COURRIER RHODANIEN": a photographer and the outlet, both in capitals, as French
  // papers print them after a caption's last sentence.
  if (lastStop >= 0 && CAPITALS_NAME_SLASH_OUTLET.test(tail)) return { text: trimmed.slice(0, lastStop + 1).trim(), credit: tail };
  if (!creditShaped || !(PHOTO_WORDS.test(tail) || agencyBeside) || tail.split(/\s+/).length > 14) return null;
  return { text: lastStop >= 0 ? trimmed.slice(0, lastStop + 1).trim() : '', credit: tail };
}

/** "JEAN-MARC TESSIER" -> "Jean-Marc Tessier". */
const capitalsToTitleCase = (name: string) => name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());

/** A photographer's name in capitals, a slash between spaces and the outlet in capitals: "JEAN-MARC TESSIER / COURRIER RHODANIEN". */
const CAPITALS_NAME_SLASH_OUTLET = /^(\p{Lu}[\p{Lu}'’-]+(?:\s\p{Lu}[\p{Lu}'’-]+){1,2})\s\/\s\p{Lu}[\p{Lu}&.'’-]+(?:\s\p{Lu}[\p{Lu}&.'’-]+){0,3}$/u;

/** The photographers a photo credit names ("Xinhua/Jonas Keel/Handout via REUTERS" -> Jonas Keel). */
export function photographers(credit: string): string[] {
  const capitals = CAPITALS_NAME_SLASH_OUTLET.exec(credit.trim());
  const capitalsName = capitals ? capitalsToTitleCase(capitals[1]!) : '';
  if (capitalsName && !NOT_PHOTOGRAPHER.test(capitalsName)) return [capitalsName];
  // A publication is no photographer: "The Guardian" in "Photograph: Name/The Guardian".
  return credit
    .split(/\/|\bvia\b|:|,|\bfor\b|\bby\b|\band\b|&/)
    .map((s) => s.replace(/^(?:Photo|Photograph|Picture|Image|Illustration|Credit)s?(?:\.{2,3}|…)?\s*/i, '').trim())
    .filter((s) => looksLikePersonName(s) && !NOT_PHOTOGRAPHER.test(s) && !/^The\s/.test(s) && !/\b\p{Lu}{2,}\b/u.test(s));
}
