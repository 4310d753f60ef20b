/**
 * Credit lines ("(Reporting by A and B in Lima; Additional reporting by C; Editing by D)"),
 * bylines ("By A, B and C") and photo credits ("Agency/Name/Ministry via REUTERS/File Photo").
 */
import type { Credit } from './types.js';

/** A line that opens a credits block. */
export const CREDIT_LINE = /^\(?\s*(?:(?:additional\s+)?reporting|writing|written|editing|edited|compiled|research|graphics|production|fact-?checking)\b[^;]*?\bby\b/i;
/** AP style: "Associated Press writer X in Y contributed to this report." */
export const CONTRIBUTED_LINE = /\bcontributed\s+(?:to\s+)?(?:this\s+)?(?:report|story|article)\b/i;

const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|de|da|van|von|der|bin|al|el|la|le)$/u;

/** True when the words look like a person's name ("Anna Berg", "Lee Min Ho"). */
export function looksLikePersonName(text: string): boolean {
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
    .split(/\s*(?:,|;|\band\b|&)\s*/)
    .map((part) => part.replace(/\s+(?:in|at|from|for)\s+.*$/, '').trim())
    .map((part) => part.replace(/^(?:by|and)\s+/i, '').replace(/[.\s]+$/, ''))
    .filter((part) => looksLikePersonName(part));
}

/** Reads a byline such as "By Lena Vorst, Piet Ambers and Mira Holt"; [] if it is none. */
export function parseByline(line: string): string[] {
  const m = /^by\s+(.+)$/i.exec(line.trim());
  if (!m) return [];
  const names = m[1]!
    .split(/\s*[|,]\s*(?=\p{Lu})|\s+and\s+|\s+AND\s+/u)
    .map((s) => s.replace(/[.,]$/, '').trim())
    // AP prints bylines in capitals: "By LISA MASCARO".
    .map((s) => (s === s.toUpperCase() ? s.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase()) : s));
  return names.filter(looksLikePersonName);
}

/** Reads a credits block into credits with their roles. */
export function parseCredits(text: string): Credit[] {
  const credits: Credit[] = [];
  const inner = text.trim().replace(/^\(/, '').replace(/\)\s*$/, '');
  for (const clause of inner.split(/;/)) {
    const m = /^\s*(.*?)\s+by\s+(.+)$/i.exec(clause.trim());
    if (m) {
      const role = m[1]!.toLowerCase().replace(/\s+/g, ' ').trim();
      for (const name of splitNames(m[2]!)) credits.push({ name, role });
      continue;
    }
    const contributed = /^(.*?)\s+contributed\b/i.exec(clause.trim());
    if (contributed) {
      const names = contributed[1]!.replace(/^.*?\b(?:writers?|reporters?|correspondents?|journalists?)\s+/i, '');
      for (const name of splitNames(names)) credits.push({ name, role: 'contributor' });
    }
  }
  return credits;
}

const PHOTO_WORDS = /\b(?:REUTERS|Reuters|AP|AFP|Getty|EPA|EFE|Bloomberg|Pool|Handout|File Photo|Photo|Photograph|Images?|Courtesy|via|Shutterstock|Sputnik|Xinhua|Yonhap|KCNA|Anadolu)\b/;
/** A photographer's name, a comma and a photo agency: "Jose Ortega, AFP", "Kim Lee, Getty Images". */
const NAME_THEN_AGENCY = /^\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3},\s*(?:AFP|AP|REUTERS|Reuters|EPA|EFE|ANSA|AAP|Getty Images|Bloomberg|Shutterstock|Xinhua|Anadolu|Yonhap|Kyodo|Sputnik|TASS|Pool)(?:\s+via\s+[\p{L} ]+)?$/u;
const NOT_PHOTOGRAPHER = /\b(?:Photo|Images?|Pool|Handout|File|Reuters|REUTERS|Getty|Courtesy|Kremlin|Press|Service|Agency|News|Office|Ministry)\b/;

/**
 * Splits a photo caption into its description and its credit; null when the text is no caption.
 * @example splitCaption('Leaders meet in Paris, May 2, 2023. REUTERS/Jane Doe/File Photo')
 */
export function splitCaption(paragraph: string): { text: string; credit: string } | null {
  // "FILE - A man walks ...": a picture from the archive; the label is no part of what it shows.
  const trimmed = paragraph.trim().replace(/^FILE\s*[-–—]\s*/, '');
  const paren = /\s*\(((?:[^()]*\/[^()]*|Photo[^()]*|[^()]*\b(?:Getty Images|AP Photo)[^()]*))\)\s*$/.exec(trimmed);
  if (paren && PHOTO_WORDS.test(paren[1]!)) return { text: trimmed.slice(0, paren.index).trim(), credit: paren[1]!.trim() };
  const lastStop = Math.max(trimmed.lastIndexOf('. '), trimmed.lastIndexOf('.” '), -1);
  const tail = (lastStop >= 0 ? trimmed.slice(lastStop + 1) : trimmed).trim().replace(/\.$/, '');
  const words = tail.split(/\s+/);
  // "Jose Ortega, AFP": a photographer and an agency after the caption's last sentence.
  if (lastStop >= 0 && NAME_THEN_AGENCY.test(tail)) return { text: trimmed.slice(0, lastStop + 1).trim(), credit: tail };
  const creditShaped = /\//.test(tail) || /^(?:Photo|Image|Picture)s?\b.*:/i.test(tail) || /\b(?:Getty Images|AP Photo|File Photo)\b/.test(tail);
  if (!creditShaped || !PHOTO_WORDS.test(tail) || words.length > 14) return null;
  return { text: lastStop >= 0 ? trimmed.slice(0, lastStop + 1).trim() : '', credit: tail };
}

/** The photographers a photo credit names ("Xinhua/Jonas Keel/Handout via REUTERS" -> Jonas Keel). */
export function photographers(credit: string): string[] {
  // A publication is no photographer: "The Guardian" in "Photograph: Name/The Guardian".
  return credit
    .split(/\/|\bvia\b|:|,|\bfor\b|\bby\b/)
    .map((s) => s.replace(/^(?:Photo|Photograph|Picture|Image)s?\s*/i, '').trim())
    .filter((s) => looksLikePersonName(s) && !NOT_PHOTOGRAPHER.test(s) && !/^The\s/.test(s));
}
