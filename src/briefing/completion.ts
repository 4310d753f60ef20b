/**
 * Actor-name completion (Discord autocomplete, console tab): names whose words start with what
 * was typed, best known first; the most mentioned recent actors for an empty prefix.
 */
import type { Corpus, CorpusActor } from './corpus.js';
import type { Completion } from './service.js';
import { recentArticles, topActors } from './recent.js';
import { foldText, searchableQuery } from './text.js';

const MAX_CANDIDATES = 300;

/** Up to `limit` actor names matching `prefix`. */
export function completeActorName(corpus: Corpus, prefix: string, limit: number): Completion[] {
  if (limit <= 0) return [];
  const folded = foldText(searchableQuery(prefix, 100));
  if (folded === '') return topActors(corpus, recentArticles(corpus), limit).map(asCompletion);
  const words = folded.split(' ');
  const last = words.pop()!;
  const candidates = new Set<CorpusActor>();
  const hasWord = (actor: CorpusActor, word: string) =>
    [actor.name, ...actor.aliases].some((n) => foldText(n).split(' ').includes(word));
  for (const token of corpus.actors.tokens.withPrefix(last, 100)) {
    for (const actor of corpus.actors.byToken(token)) {
      if (words.every((w) => hasWord(actor, w))) candidates.add(actor);
      if (candidates.size >= MAX_CANDIDATES) break;
    }
    if (candidates.size >= MAX_CANDIDATES) break;
  }
  if (candidates.size === 0) {
    for (const token of corpus.actors.tokens.similar(last, last.length >= 4 ? 1 : 0)) {
      for (const actor of corpus.actors.byToken(token)) candidates.add(actor);
    }
  }
  // Names that start with what was typed first, then the most mentioned.
  return [...candidates]
    .map((actor) => ({ actor, starts: foldText(actor.name).startsWith(folded) ? 1 : 0 }))
    .sort((a, b) => b.starts - a.starts || b.actor.mentions - a.actor.mentions || a.actor.name.localeCompare(b.actor.name))
    .slice(0, limit)
    .map(({ actor }) => asCompletion(actor));
}

function asCompletion(actor: CorpusActor): Completion {
  const name = actor.name.length > 100 ? actor.name.slice(0, 100) : actor.name;
  return { name, value: name };
}
