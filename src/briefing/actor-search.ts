/**
 * Finds the actor a user means: exact full name or alias first, then every word of the query in a
 * name ("Kim" gives every Kim), then small typos ("Ushakof"). Words that are in no name at all
 * ("President", "Mr.") are ignored when the rest still names someone.
 */
import type { Corpus, CorpusActor } from './corpus.js';
import { closeEdits, closestNames } from './closest-names.js';
import { recentArticles, topActors } from './recent.js';
import { foldText, searchableQuery } from './text.js';

/** What a name query resolved to. */
export type ActorLookup =
  | { kind: 'found'; actor: CorpusActor; how: 'name' | 'words' | 'loose' }
  | { kind: 'ambiguous'; actors: CorpusActor[] }
  | { kind: 'none'; suggestions: CorpusActor[] };

// Small words inside organisation names ("Center for ...") that never identify anyone alone.
const FUNCTION_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'to', 'de', 'del', 'la', 'le', 'van', 'von', 'al', 'us']);

/** Most choices offered for one query. */
export const MAX_CHOICES = 10;

/** How many edits a word of this length may carry and still count as a typo. */
export function typoBudget(length: number): number {
  if (length < 4) return 0;
  return length < 7 ? 1 : 2;
}

/**
 * Resolves a name query against the corpus actors.
 * @example findActors(corpus, 'ushakof') // { kind: 'found', how: 'loose', actor: ... }
 */
export function findActors(corpus: Corpus, query: string): ActorLookup {
  const folded = foldText(searchableQuery(query));
  if (folded === '') return { kind: 'none', suggestions: suggestKnown(corpus) };
  const words = folded.split(' ').slice(0, 8);

  const exact = corpus.actors.byName(folded);
  const fullName = exact.filter((a) => foldText(a.name) === folded);
  if (fullName.length === 1) return { kind: 'found', actor: fullName[0]!, how: 'name' };

  const byWords = withAllWords(corpus, words, (w) => [w]);
  const candidates = unique([...exact, ...byWords]);
  // One person known by exactly this alias beats organisations or places that merely contain the word.
  const [only] = exact;
  if (exact.length === 1 && only && candidates.every((c) => c === only || (c.kind === 'person') !== (only.kind === 'person'))) {
    return { kind: 'found', actor: only, how: 'name' };
  }
  if (candidates.length === 1) return { kind: 'found', actor: candidates[0]!, how: exact.length ? 'name' : 'words' };
  if (candidates.length > 1) return { kind: 'ambiguous', actors: rank(candidates, new Set(exact)) };

  // Drop words no name contains or resembles ("president"), then allow typos in the rest; a match
  // that needed either is a loose one, which topic searches try after the words themselves.
  const nameWords = words.filter((w) => corpus.actors.tokens.has(w) || similarWords(corpus, w).length > 0);
  if (nameWords.some((w) => !FUNCTION_WORDS.has(w)) && nameWords.length * 2 >= words.length) {
    const typo = withAllWords(corpus, nameWords, (w) => [w, ...similarWords(corpus, w)]);
    if (typo.length === 1) return { kind: 'found', actor: typo[0]!, how: 'loose' };
    if (typo.length > 1) return { kind: 'ambiguous', actors: rank(typo, new Set()) };
  }
  return { kind: 'none', suggestions: suggest(corpus, folded) };
}

function similarWords(corpus: Corpus, word: string): string[] {
  return corpus.actors.tokens.similar(word, typoBudget(word.length));
}

// Actors whose names contain, for every query word, the word or one of its alternatives.
function withAllWords(corpus: Corpus, words: string[], alternatives: (w: string) => string[]): CorpusActor[] {
  let result: Set<CorpusActor> | null = null;
  for (const word of words) {
    const matching = new Set<CorpusActor>();
    for (const alt of alternatives(word)) {
      for (const actor of corpus.actors.byToken(alt)) if (!result || result.has(actor)) matching.add(actor);
    }
    result = matching;
    if (result.size === 0) return [];
  }
  return result ? [...result] : [];
}

function rank(actors: CorpusActor[], preferred: ReadonlySet<CorpusActor>): CorpusActor[] {
  return actors
    .sort(
      (a, b) =>
        Number(preferred.has(b)) - Number(preferred.has(a)) ||
        Number(b.kind === 'person') - Number(a.kind === 'person') ||
        b.mentions - a.mentions ||
        a.name.localeCompare(b.name),
    )
    .slice(0, MAX_CHOICES);
}

// "Did you mean": the actors whose name words resemble or begin like the typed words, ranked by
// closeness (closestNames); none when nothing is close, never a fallback list of the well known.
function suggest(corpus: Corpus, typed: string): CorpusActor[] {
  const candidates = new Set<CorpusActor>();
  for (const word of typed.split(' ').slice(0, 6)) {
    if (word.length < 3) continue;
    // Resembling words, and words sharing the first letters (closestNames decides which are close).
    const tokens = [...corpus.actors.tokens.similar(word, closeEdits(word.length)), ...corpus.actors.tokens.withPrefix(word.slice(0, 4), 50)];
    for (const token of tokens) for (const actor of corpus.actors.byToken(token)) candidates.add(actor);
  }
  const byMentions = [...candidates].sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
  return closestNames(typed, byMentions, (actor) => [actor.name, ...actor.aliases], 5);
}

function suggestKnown(corpus: Corpus): CorpusActor[] {
  return topActors(corpus, recentArticles(corpus), 5, (a) => a.kind === 'person');
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
