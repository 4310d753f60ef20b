/**
 * Finds the actor a user means: exact full name or alias first, then every word of the query in a
 * name ("Kim" gives every Kim), then small typos ("Ushakof"). Words that are in no name at all
 * ("President", "Mr.") are ignored when the rest still names someone. Every step is a lookup in
 * the store's name indexes.
 */
import type { ActorRecord } from '../store/corpus-queries.js';
import { closeEdits, closestNames } from './closest-names.js';
import type { Corpus } from './corpus.js';
import { topActors } from './recent.js';
import { foldText, searchableQuery } from './text.js';

/** What a name query resolved to. */
export type ActorLookup =
  | { kind: 'found'; actor: ActorRecord; how: 'name' | 'words' | 'loose' }
  | { kind: 'ambiguous'; actors: ActorRecord[] }
  | { kind: 'none'; suggestions: ActorRecord[] };

// Small words inside organisation names ("Center for ...") that never identify anyone alone.
const FUNCTION_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'to', 'de', 'del', 'la', 'le', 'van', 'von', 'al', 'us']);

/** Most choices offered for one query. */
export const MAX_CHOICES = 10;

// Enough candidates to rank and to tell one match from several.
const CANDIDATES = 50;

/** How many edits a word of this length may carry and still count as a typo. */
export function typoBudget(length: number): number {
  if (length < 4) return 0;
  return length < 7 ? 1 : 2;
}

/**
 * Resolves a name query against the merged actors.
 * @example await findActors(corpus, 'ushakof') // { kind: 'found', how: 'loose', actor: ... }
 */
export function findActors(corpus: Corpus, query: string): Promise<ActorLookup> {
  const folded = foldText(searchableQuery(query));
  return corpus.memo(`actors:${folded}`, () => lookUp(corpus, folded));
}

async function lookUp(corpus: Corpus, folded: string): Promise<ActorLookup> {
  const q = corpus.queries;
  if (folded === '') return { kind: 'none', suggestions: await suggestKnown(corpus) };
  const words = folded.split(' ').slice(0, 8);

  const exact = await q.actorsNamed(folded);
  const fullName = exact.filter((a) => foldText(a.name) === folded);
  if (fullName.length === 1) return { kind: 'found', actor: fullName[0]!, how: 'name' };
  // Enough actors known by exactly this name fill the choices, which rank them before any that only
  // hold its words: those need not be read (every carrier of a common surname, tens of thousands).
  if (exact.length >= MAX_CHOICES) return { kind: 'ambiguous', actors: rank(exact, new Set(exact.map((a) => a.id))) };

  const byWords = await q.actorsWithWords(
    words.map((w) => [w]),
    CANDIDATES,
  );
  const candidates = unique([...exact, ...byWords]);
  // One person known by exactly this alias beats organisations or places that merely contain the word.
  const [only] = exact;
  if (exact.length === 1 && only && candidates.every((c) => c.id === only.id || (c.kind === 'person') !== (only.kind === 'person'))) {
    return { kind: 'found', actor: only, how: 'name' };
  }
  if (candidates.length === 1) return { kind: 'found', actor: candidates[0]!, how: exact.length ? 'name' : 'words' };
  if (candidates.length > 1) return { kind: 'ambiguous', actors: rank(candidates, new Set(exact.map((a) => a.id))) };

  // Drop words no name contains or resembles ("president"), then allow typos in the rest; a match
  // that needed either is a loose one, which topic searches try after the words themselves.
  const similar = new Map<string, string[]>();
  for (const w of words) similar.set(w, await q.similarNameWords(w, typoBudget(w.length)));
  // A mistyped name that many are known by, spelled right ("Vrga" for Varga): those, as above.
  if (words.length === 1) {
    const known = unique((await Promise.all(similar.get(words[0]!)!.map((w) => q.actorsNamed(w)))).flat());
    if (known.length >= MAX_CHOICES) return { kind: 'ambiguous', actors: rank(known, new Set(known.map((a) => a.id))) };
  }
  const nameWords: string[] = [];
  for (const w of words) if (similar.get(w)!.length > 0 || (await q.hasNameWord(w))) nameWords.push(w);
  if (nameWords.some((w) => !FUNCTION_WORDS.has(w)) && nameWords.length * 2 >= words.length) {
    const typo = await q.actorsWithWords(
      nameWords.map((w) => [w, ...similar.get(w)!]),
      CANDIDATES,
    );
    if (typo.length === 1) return { kind: 'found', actor: typo[0]!, how: 'loose' };
    if (typo.length > 1) return { kind: 'ambiguous', actors: rank(typo, new Set()) };
  }
  return { kind: 'none', suggestions: await suggest(corpus, folded) };
}

function rank(actors: ActorRecord[], preferred: ReadonlySet<number>): ActorRecord[] {
  return actors
    .sort(
      (a, b) =>
        Number(preferred.has(b.id)) - Number(preferred.has(a.id)) ||
        Number(b.kind === 'person') - Number(a.kind === 'person') ||
        b.mentions - a.mentions ||
        a.name.localeCompare(b.name),
    )
    .slice(0, MAX_CHOICES);
}

// "Did you mean": the actors whose name words resemble or begin like the typed words (found in the
// store's name indexes), ranked by closeness (closestNames); none when nothing is close, never a
// fallback list of the well known.
async function suggest(corpus: Corpus, typed: string): Promise<ActorRecord[]> {
  const q = corpus.queries;
  const candidates = new Map<number, ActorRecord>();
  for (const word of typed.split(' ').slice(0, 6)) {
    if (word.length < 3) continue;
    // Resembling words, and words sharing the first letters (closestNames decides which are close).
    const near = (await q.similarNameWords(word, closeEdits(word.length))).slice(0, 10);
    const prefixed = await q.nameWordsWithPrefix(word.slice(0, 4), 20);
    for (const tokens of [near, prefixed]) {
      if (tokens.length === 0) continue;
      for (const actor of await q.actorsWithWords([tokens], 20)) candidates.set(actor.id, actor);
    }
  }
  const byMentions = [...candidates.values()].sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
  return closestNames(typed, byMentions, (actor) => [actor.name, ...actor.aliases], 5);
}

async function suggestKnown(corpus: Corpus): Promise<ActorRecord[]> {
  const recent = await corpus.recent();
  return topActors(recent, recent.articles, 5, (a) => a.kind === 'person');
}

function unique(actors: ActorRecord[]): ActorRecord[] {
  const seen = new Set<number>();
  return actors.filter((a) => !seen.has(a.id) && seen.add(a.id));
}
