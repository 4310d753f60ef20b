/**
 * Sentence boundaries inside a paragraph, aware of abbreviations ("U.S.", "Mr.", "Sept."), initials
 * and quotation marks.
 */
import { allMatches, lastPiece } from './text-window.js';
import { speakerVerbForms, verbClasses } from './verb-forms.js';

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'gen',
  'sen',
  'rep',
  'gov',
  'lt',
  'col',
  'maj',
  'capt',
  'sgt',
  'adm',
  'st',
  'jr',
  'sr',
  'inc',
  'corp',
  'co',
  'ltd',
  'no',
  'vs',
  'jan',
  'feb',
  'mar',
  'apr',
  'aug',
  'sept',
  'sep',
  'oct',
  'nov',
  'dec',
  'prof',
  'rev',
  'ave',
  'mt',
  'ft',
  'gen',
  'cmdr',
  'supt',
  'pres',
  'fig',
  'approx',
  'est',
  'dept',
  'univ',
  'assn',
  'bros',
  'messrs',
]);

/** True when the word before a period is an abbreviation or an initial, not a sentence end. */
function isAbbreviation(word: string): boolean {
  const w = word.replace(/^["'(\[]+/, '');
  if (/^(?:\p{L}\.){1,4}$/u.test(w + '.')) return /^\p{Lu}/u.test(w) && w.replace(/\./g, '').length <= 3;
  return ABBREVIATIONS.has(w.toLowerCase());
}

/** One to four capitalised words, then a lower-case word: "Dana Ruell asked", "Sen. Ann Berg said". */
const NAME_THEN_WORD = /^ ((?:\p{Lu}[\p{L}.'’-]* ){1,4})(\p{Ll}+)/u;

/**
 * Whether a name and a verb that introduces a speaker ("asked", "said"; from the lexicon) come next.
 * After "?" or "!" any verb that introduces a speaker will do ('"A loan?" Berg repeated.', '"Never!"
 * Ann Holt shouted.'). After a full stop only a verb that can follow the words it reports, and the
 * attribution must also end soon ('"It held." Berg said on Monday.'), for '"It held." Berg said the
 * dam was safe.' opens a statement of its own.
 */
function speakerFollows(paragraph: string, at: number, afterFullStop: boolean): boolean {
  const m = NAME_THEN_WORD.exec(paragraph.slice(at, at + 80));
  if (!m) return false;
  if (!afterFullStop) return speakerVerbForms().has(m[2]!);
  if (!verbClasses().inverted.has(m[2]!)) return false;
  const words = paragraph
    .slice(at + m[0].length, at + m[0].length + 60)
    .split(/[.!?,;]/)[0]!
    .trim()
    .split(' ')
    .filter(Boolean);
  return words.length === 0 || (words.length <= 4 && /^(?:on|in|at|to|during|after|before|late|early|last|this|from)$/.test(words[0]!));
}

/**
 * The last paragraphs split, by text: a parse splits each paragraph once for its stages and again
 * for its dated events, and the second time is a lookup. Small and cleared when full.
 */
const recent = new Map<string, Sentence[]>();
const RECENT_MAX = 512;
const RECENT_CHARS = 1 << 20;
let recentChars = 0;

/** Splits a paragraph into sentences with their offsets (fresh objects on every call). */
export function splitSentences(paragraph: string): Sentence[] {
  let sentences = recent.get(paragraph);
  if (!sentences) {
    if (recent.size >= RECENT_MAX || recentChars + paragraph.length > RECENT_CHARS) {
      recent.clear();
      recentChars = 0;
    }
    recent.set(paragraph, (sentences = split(paragraph)));
    recentChars += paragraph.length;
  }
  return sentences.map((s) => ({ ...s }));
}

/** The marks that may end a sentence, before spaces and a capital or a digit. */
const SENTENCE_END = /(?<![.!?])[.!?]+["')\]]*(?=\s+["'(\[]?[\p{Lu}\d])/gu;

function split(paragraph: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  // Only a whole run of marks can end a sentence, so a match starts where a run starts: otherwise
  // "!!!...!" not followed by a capital was retried from every mark in it.
  for (const m of allMatches(SENTENCE_END, paragraph)) {
    const end = m.index + m[0].length;
    const before = lastPiece(paragraph.slice(start, m.index));
    // ("No. 3" is a number's; "said no. Then" ends a sentence.)
    const lowerNo = before === 'no' && !/^\s+\d/.test(paragraph.slice(end, end + 3));
    if (m[0].startsWith('.') && m[0].length === 1 && isAbbreviation(before) && !lowerNo) {
      // "U.S. officials" continues; "... against the U.S. The next ..." is rare enough to accept.
      continue;
    }
    // '"Who will pay?" Dana Ruell asked.': a quote ending in its own mark, then its speaker and a
    // saying verb, is one sentence.
    if (m[0].endsWith('"') && speakerFollows(paragraph, end, m[0].startsWith('.'))) continue;
    sentences.push({ text: paragraph.slice(start, end), start, end });
    start = end;
    while (start < paragraph.length && paragraph[start] === ' ') start++;
  }
  if (start < paragraph.length) sentences.push({ text: paragraph.slice(start), start, end: paragraph.length });
  return sentences.filter((s) => s.text.trim() !== '');
}
