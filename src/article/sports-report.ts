/**
 * A match report reads some common words as positions in a team ("centre Ilse Varn", "lock Teun
 * Marten", "prop Joost Rask"); any other page reads them as what they usually are ("the city centre",
 * "a lock on the door"). This file tells a match report from the rest by its score and its words, and
 * gives the lexicon that reads those positions as roles.
 */
import type { Lexicon } from './lexicon.js';
import { escapeRegExp } from './escape-regexp.js';

/** A score in the text: "24-10", "2 - 1", "3–0"; not a date range ("2024-25"), a time or a ratio in a longer number. */
const SCORE = /(?<![\d.,:/-])\d{1,2}\s?[-–]\s?\d{1,2}(?![\d.,:/%-])/u;

const wordsCache = new WeakMap<readonly string[], RegExp>();
function wordsPattern(words: readonly string[]): RegExp {
  let re = wordsCache.get(words);
  if (!re) {
    const alternatives = words.map((w) => escapeRegExp(w).replace(/ /g, '\\s+'));
    re = new RegExp(`\\b(?:${alternatives.join('|')})\\b`, 'giu');
    wordsCache.set(words, re);
  }
  return re;
}

/** The distinct words of `words` the text uses. */
function wordsUsed(text: string, words: readonly string[]): number {
  if (words.length === 0) return 0;
  return new Set((text.match(wordsPattern(words)) ?? []).map((w) => w.toLowerCase().replace(/\s+/g, ' '))).size;
}

/**
 * True when the page reads as a match report: two words only a match report uses ("kick-off",
 * "scrum"), or one beside a score, or three that other copy uses too ("goal", "penalty", "scored")
 * beside a score ("a 5-4 ruling on the death penalty" is no match).
 */
export function isSportsReport(text: string, lex: Lexicon): boolean {
  const own = wordsUsed(text, lex.sportsReportWords);
  if (own >= 2) return true;
  if (!SCORE.test(text)) return false;
  return own >= 1 || wordsUsed(text, lex.sportsReportCommonWords) >= 3;
}

const sportsCache = new WeakMap<Lexicon, Lexicon>();
/**
 * The lexicon with the positions that are also common words as role nouns and no words for a body
 * (one object per lexicon, so its caches hold).
 */
export function withSportsPositions(lex: Lexicon): Lexicon {
  let out = sportsCache.get(lex);
  if (!out) {
    // ("centre" names a body elsewhere: "the Harbour Centre"; before a player it is his position.)
    const positions = new Set(lex.sportsPositions);
    const sourceNouns = new Map(lex.sourceNouns);
    for (const p of positions) sourceNouns.set(p, 'person');
    out = {
      ...lex,
      roleNouns: new Set([...lex.roleNouns, ...positions]),
      orgNouns: new Set([...lex.orgNouns].filter((w) => !positions.has(w))),
      orgWords: new Set([...lex.orgWords].filter((w) => !positions.has(w))),
      sourceNouns,
    };
    sportsCache.set(lex, out);
  }
  return out;
}
