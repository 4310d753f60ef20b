/**
 * Features: what the ranker and the speech classifier see. Each is a name (a string) whose weight the
 * model learned. Only the shape of the text enters: which rule proposed a candidate, where it stands
 * (same sentence, paragraphs back, words away, subject or object), what kind of actor it is, whether
 * the rules heard it speak last, how a pronoun fits; the quote's length, punctuation and place. No
 * names and no article's words, so that what was learned carries over to articles nobody has seen.
 */
import type { QuoteSite } from '../quotes.js';
import { lastPiece, trimEndChars } from '../text-window.js';
import type { Actor } from '../types.js';
import type { Candidate } from './candidates.js';
import type { RuleProposals } from './rules.js';
import { bin, insideQuotes, QUOTE_WINDOW, within, wordsBetween } from './window.js';

/** A feature vector: the names of the features that fire (each with value 1). */
export type Features = string[];

/** Bump when features change: a model trained on other features is refused. */
export const FEATURE_SET_VERSION = 9;

const FIRST_PERSON = /\b(?:I|I'm|I've|I'll|I'd|we|we're|we've|we'll|my|our|me|us)\b/i;
const DETERMINER = /^(?:the|a|an|this|that|these|those|his|her|their|its|our|my|your)$/i;
const PREPOSITION = /^(?:of|as|for|on|in|at|to|with|by|from|about|like|into|than|over)$/i;

/** What is true of the quote itself, whoever said it. */
export function quoteFeatures(
  site: QuoteSite,
  previousOpen: boolean,
  rules: RuleProposals,
  candidates: Candidate[],
  context: { title: boolean; isRoleNoun: (word: string) => boolean },
): Features {
  const { span, paragraph, sentence, sentenceEnd, text } = site;
  const f: Features = [];
  if (site.wholeParagraph) f.push('q:whole');
  if (span.runOn) f.push('q:runon');
  if (span.start <= 1) f.push('q:parastart');
  if (span.start <= sentence.start + 2) f.push('q:sentstart');
  if (span.end >= sentenceEnd - 2) f.push('q:sentend');
  const last = trimEndChars(text, (c) => c === '"' || c === "'" || /\s/.test(c)).at(-1) ?? '';
  f.push(`q:end=${/[,.?!:;-]/.test(last) ? last : /\p{L}/u.test(last) ? 'letter' : 'other'}`);
  f.push(`q:len${bin(site.words, [1, 2, 3, 5, 8, 15, 30])}`);
  if (/^\p{Lu}/u.test(text)) f.push('q:capital');
  if (FIRST_PERSON.test(text)) f.push('q:first-person');
  if (/[.!?]\s+\p{Lu}/u.test(text)) f.push('q:sentences');
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|the|and|a|an|in|on|to|for|with|at|by|from)$/.test(w))) f.push('q:titlecase');
  if (text === text.toUpperCase() && /\p{Lu}{2}/u.test(text)) f.push('q:allcaps');
  const before = paragraph.slice(Math.max(0, span.start - 1 - QUOTE_WINDOW), span.start - 1);
  // The text before without its trailing whitespace (what \s*$ would match): the checks below read its end only.
  const trimmed = before.trimEnd();
  const prevWord = lastPiece(trimmed);
  const afterComma = trimmed.endsWith(',');
  if (trimmed.endsWith(':')) f.push('q:after-colon');
  else if (afterComma) f.push('q:after-comma');
  else if (DETERMINER.test(prevWord)) f.push('q:after-determiner');
  else if (PREPOSITION.test(prevWord)) f.push('q:after-preposition');
  else if (/^so-called$/i.test(prevWord)) f.push('q:after-so-called');
  else if (before.endsWith('(')) f.push('q:in-parentheses');
  // "the network's "Morning Show"": a possessive names the owner of a title, seldom of words said.
  else if (/\p{L}['’]s?$/u.test(prevWord) && /^\p{Lu}/u.test(text)) f.push('q:after-possessive');
  if (context.title) f.push('q:reads-as-title');
  const near = within(site.cues, span.start - QUOTE_WINDOW, span.end + QUOTE_WINDOW, (c) => c.index);
  const cueBefore = near.find((c) => c.end <= span.start - 1 && /^\s*(?:that\s*)?$/.test(paragraph.slice(c.end, span.start - 1)));
  if (cueBefore) f.push(`q:after-cue:${cueBefore.form}`);
  const after = paragraph.slice(span.end + 1, span.end + 40);
  if (/^[\s,.]*(?:\p{Ll}+ )?(?:he|she|they|it|I|we)\s/u.test(after)) f.push('q:then-pronoun');
  if (/^\s*[(]/.test(after)) f.push('q:then-parenthesis');
  // ""Night Desk" host Jane Roe", "the "Open Road" author": a title followed by its holder's role.
  const nextWord = /^[\s,.]*(\p{Ll}+)/u.exec(after)?.[1];
  if (nextWord && context.isRoleNoun(nextWord)) f.push('q:then-role');
  const outside = near.filter((c) => c.form !== 'noun' && !insideQuotes(site.spans, c.index));
  const inSentence = outside.filter((c) => c.index >= sentence.start && c.index < sentenceEnd);
  if (inSentence.length) f.push('q:cue-in-sentence');
  else if (outside.length) f.push('q:cue-in-paragraph');
  const verbBefore = inSentence.filter((c) => c.end <= span.start).at(-1);
  const gapBefore = verbBefore ? wordsBetween(paragraph, verbBefore.end, span.start - 1) : Infinity;
  if (verbBefore) f.push(`q:cue-before:${verbBefore.form}:gap${bin(gapBefore, [0, 2, 5, 12])}`);
  const verbAfter = inSentence.find((c) => c.index >= span.end);
  const gapAfter = verbAfter ? wordsBetween(paragraph, span.end + 1, verbAfter.index) : Infinity;
  if (verbAfter) f.push(`q:cue-after:${verbAfter.form}:gap${bin(gapAfter, [0, 2, 5, 12])}`);
  // "the newsletter, "Water Weekly", ignored": a name set off like an appositive; so with the comma
  // inside the marks as American copy sets it ("her first atlas, "The Mills of the Ash," was
  // published"), when no saying verb stands right before or after to make the words someone's.
  if (afterComma && /\p{Ll}$/u.test(trimmed.slice(-3, -1)) && site.words <= 6) {
    if (/^\s*,/.test(after) || (/,\s*$/.test(text) && /^\s+\p{Ll}/u.test(after) && gapBefore > 2 && gapAfter > 2)) f.push('q:appositive');
  }
  f.push(`q:spans-in-paragraph${bin(site.spans.length, [1, 2, 4])}`);
  if (near.some((c) => c.form === 'noun' && c.index >= sentence.start && c.index < span.start)) f.push('q:noun-cue-before');
  if (previousOpen) f.push('q:prev-open');
  if (rules.decided) f.push(`q:rule=${rules.decided.rule}`);
  else f.push('q:rule=none');
  f.push(`q:candidates${bin(candidates.length, [0, 1, 2, 4, 8])}`);
  return f;
}

/**
 * Features of one candidate: its reasons and what kind of actor it is. Crossing them with each other
 * or with the quote's own features was tried: it fitted the training folds and lost on held-out ones.
 */
export function candidateFeatures(candidate: Candidate, actor: Actor, timesHeard: number): Features {
  const f: Features = [...candidate.reasons];
  // Person or not, named or not: finer kinds would learn the habits of one kind of news (in US
  // politics places seldom speak; in world news "Russia said" is everyday).
  const kind = `kind:${actor.unnamed ? 'unnamed-' : ''}${actor.kind === 'person' ? 'person' : 'body'}`;
  f.push(kind, `mentions${bin(actor.mentions, [1, 2, 4, 8])}`);
  if (actor.kind === 'person' && !actor.name.includes(' ')) f.push('name:one-word');
  if (actor.roles.length) f.push('has-role');
  f.push(`heard-times${bin(timesHeard, [0, 1, 3])}`);
  return f;
}

/** Features of "nobody": the article does not say who. */
export function nobodyFeatures(quote: Features): Features {
  return ['nobody', ...quote.map((q) => `nobody&${q}`)];
}
