/**
 * Sentence boundaries inside a paragraph, aware of abbreviations ("U.S.", "Mr.", "Sept."), initials
 * and quotation marks.
 */
import { lastPiece } from './text-window.js';

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'st', 'jr', 'sr', 'inc',
  'corp', 'co', 'ltd', 'no', 'vs', 'jan', 'feb', 'mar', 'apr', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec', 'prof', 'rev',
  'ave', 'mt', 'ft', 'gen', 'cmdr', 'supt', 'pres', 'fig', 'approx', 'est', 'dept', 'univ', 'assn', 'bros', 'messrs',
]);

/** True when the word before a period is an abbreviation or an initial, not a sentence end. */
function isAbbreviation(word: string): boolean {
  const w = word.replace(/^["'(\[]+/, '');
  if (/^(?:\p{L}\.){1,4}$/u.test(w + '.')) return /^\p{Lu}/u.test(w) && w.replace(/\./g, '').length <= 3;
  return ABBREVIATIONS.has(w.toLowerCase());
}

/** Splits a paragraph into sentences with their offsets. */
export function splitSentences(paragraph: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  // Only a whole run of marks can end a sentence, so a match starts where a run starts: otherwise
  // "!!!...!" not followed by a capital was retried from every mark in it.
  const re = /(?<![.!?])[.!?]+["')\]]*(?=\s+["'(\[]?[\p{Lu}\d])/gu;
  for (const m of paragraph.matchAll(re)) {
    const end = m.index + m[0].length;
    const before = lastPiece(paragraph.slice(start, m.index));
    if (m[0].startsWith('.') && m[0].length === 1 && isAbbreviation(before)) {
      // "U.S. officials" continues; "... against the U.S. The next ..." is rare enough to accept.
      continue;
    }
    sentences.push({ text: paragraph.slice(start, end), start, end });
    start = end;
    while (start < paragraph.length && paragraph[start] === ' ') start++;
  }
  if (start < paragraph.length) sentences.push({ text: paragraph.slice(start), start, end: paragraph.length });
  return sentences.filter((s) => s.text.trim() !== '');
}
