/**
 * Finds the actor a user means: exact full name or alias first, then every word of the query in a
 * name ("Kim" gives every Kim), then small typos ("Ushakof"). Words that are in no name at all
 * ("President", "Mr.") are ignored when the rest still names someone. Every step is a lookup in
 * the store's name indexes.
 */
import type { ActorRecord } from '../store/corpus-queries.js';
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

  const byWords = await q.actorsWithWords(words.map((w) => [w]), CANDIDATES);
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
  const nameWords: string[] = [];
  for (const w of words) if (similar.get(w)!.length > 0 || (await q.hasNameWord(w))) nameWords.push(w);
  if (nameWords.some((w) => !FUNCTION_WORDS.has(w)) && nameWords.length * 2 >= words.length) {
    const typo = await q.actorsWithWords(nameWords.map((w) => [w, ...similar.get(w)!]), CANDIDATES);
    if (typo.length === 1) return { kind: 'found', actor: typo[0]!, how: 'loose' };
    if (typo.length > 1) return { kind: 'ambiguous', actors: rank(typo, new Set()) };
  }
  return { kind: 'none', suggestions: await suggest(corpus, words) };
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

// "Did you mean": names within a few edits or sharing a beginning, closest first.
async function suggest(corpus: Corpus, words: string[]): Promise<ActorRecord[]> {
  const q = corpus.queries;
  const scored = new Map<number, { actor: ActorRecord; score: number }>();
  const score = (actor: ActorRecord, value: number) => {
    const known = scored.get(actor.id);
    if (!known || value < known.score) scored.set(actor.id, { actor, score: value });
  };
  for (const word of words.slice(0, 4)) {
    if (word.length < 3) continue;
    const near = (await q.similarNameWords(word, Math.min(3, Math.max(1, Math.floor(word.length / 3))))).slice(0, 10);
    if (near.length > 0) {
      for (const actor of await q.actorsWithWords([near], 20)) {
        const own = new Set([actor.name, ...actor.aliases].flatMap((n) => foldText(n).split(' ')));
        const closest = near.findIndex((token) => own.has(token));
        score(actor, closest < 0 ? near.length : closest);
      }
    }
    const prefixed = await q.nameWordsWithPrefix(word.slice(0, 3), 20);
    if (prefixed.length > 0) for (const actor of await q.actorsWithWords([prefixed], 10)) if (!scored.has(actor.id)) score(actor, 50);
  }
  const ranked = [...scored.values()]
    .sort((a, b) => a.score - b.score || b.actor.mentions - a.actor.mentions)
    .slice(0, 5)
    .map(({ actor }) => actor);
  return ranked.length > 0 ? ranked : suggestKnown(corpus);
}

async function suggestKnown(corpus: Corpus): Promise<ActorRecord[]> {
  const recent = await corpus.recent();
  return topActors(recent, recent.articles, 5, (a) => a.kind === 'person');
}

function unique(actors: ActorRecord[]): ActorRecord[] {
  const seen = new Set<number>();
  return actors.filter((a) => !seen.has(a.id) && seen.add(a.id));
}
