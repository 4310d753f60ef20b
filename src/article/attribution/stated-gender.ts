/**
 * The gender an article itself gives a person, never a guess from the name: the words it describes
 * them with ("spokeswoman", "Mrs.", gender.ts), and the pronouns it binds to them, a "his" or "her"
 * later in a sentence that names that person and no other (outside quotation marks). A given name
 * says little outside the languages a name list was made from, and sent quotes to the wrong person
 * when it was tried; what the article states is the reporter's own word.
 */
import type { QuoteSpan } from '../quotes.js';
import type { Sentence } from '../sentences.js';
import type { PlacedMention } from '../speakers.js';
import type { Actor } from '../types.js';
import { describedGender, type Gender } from './gender.js';
import { insideQuotes } from './window.js';

/** What the stated gender reads of an article. */
export interface StatedGenderSource {
  paragraphs: string[];
  sentences: Sentence[][];
  quoteSpans: QuoteSpan[][];
  mentionsIn: (paragraph: number) => PlacedMention[];
  actors: Map<string, Actor>;
}

const MASCULINE = /\b(?:he|him|his|himself)\b/gi;
const FEMININE = /\b(?:she|her|hers|herself)\b/gi;

/** Pronouns of one gender outside quotation marks in [from, to) of a paragraph. */
function count(paragraph: string, spans: QuoteSpan[], from: number, to: number, pattern: RegExp): number {
  let n = 0;
  const text = paragraph.slice(from, to);
  for (const m of text.matchAll(pattern)) if (!insideQuotes(spans, from + m.index)) n++;
  return n;
}

/** A gender the article states, and how: by a describing word, or by pronouns bound in one sentence or several. */
export interface StatedGender {
  gender: Gender;
  how: 'described' | 'bound' | 'bound-once' | 'none';
}

/**
 * Each person's gender as the article states it ('u' when it does not, or says both): described
 * first; otherwise the pronouns bound to them, when one gender has them and the other has none.
 */
export function createStatedGender(source: StatedGenderSource): (actorId: string) => StatedGender {
  let bound: Map<string, { m: number; f: number }> | null = null;
  const votes = () => {
    if (bound) return bound;
    const tallies = new Map<string, { m: number; f: number }>();
    bound = tallies;
    source.paragraphs.forEach((paragraph, p) => {
      const spans = source.quoteSpans[p] ?? [];
      const mentions = source.mentionsIn(p).filter((m) => !m.insideQuote);
      for (const sentence of source.sentences[p] ?? []) {
        const named = mentions.filter((m) => m.start >= sentence.start && m.start < sentence.end);
        const people = new Set(named.map((m) => m.actorId).filter((id) => source.actors.get(id)?.kind === 'person'));
        if (people.size !== 1) continue;
        const [actorId] = people;
        const first = named.find((m) => m.actorId === actorId)!;
        const m = count(paragraph, spans, first.end, sentence.end, MASCULINE);
        const f = count(paragraph, spans, first.end, sentence.end, FEMININE);
        if (m > 0 === f > 0) continue;
        const tally = tallies.get(actorId!) ?? { m: 0, f: 0 };
        if (m) tally.m++;
        else tally.f++;
        tallies.set(actorId!, tally);
      }
    });
    return bound;
  };
  const cache = new Map<string, StatedGender>();
  return (actorId) => {
    let stated = cache.get(actorId);
    if (stated !== undefined) return stated;
    const actor = source.actors.get(actorId);
    stated = { gender: 'u', how: 'none' };
    if (actor && actor.kind === 'person') {
      const described = describedGender(actor);
      if (described !== 'u') stated = { gender: described, how: 'described' };
      else {
        const tally = votes().get(actorId);
        // One sentence can bind a pronoun to someone it does not name ("Berg said the governor knew he"): two are surer.
        if (tally && (tally.m === 0) !== (tally.f === 0)) stated = { gender: tally.m ? 'm' : 'f', how: tally.m + tally.f >= 2 ? 'bound' : 'bound-once' };
      }
    }
    cache.set(actorId, stated);
    return stated;
  };
}
