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
  const tokens = corpus.actors.tokens.withPrefix(last, 100);
  for (const token of tokens) {
    for (const actor of corpus.actors.byToken(token)) {
      if (words.every((w) => foldText(actor.name).split(' ').includes(w) || actor.aliases.some((a) => foldText(a).split(' ').includes(w)))) {
        candidates.add(actor);
      }
      if (candidates.size >= MAX_CANDIDATES) break;
    }
    if (candidates.size >= MAX_CANDIDATES) break;
  }
  if (candidates.size === 0) {
    for (const token of corpus.actors.tokens.similar(last, last.length >= 4 ? 1 : 0)) {
      for (const actor of corpus.actors.byToken(token)) candidates.add(actor);
    }
  }
  return [...candidates]
    .sort(
      (a, b) =>
        Number(foldText(b.name).startsWith(folded)) - Number(foldText(a.name).startsWith(folded)) ||
        b.mentions - a.mentions ||
        a.name.localeCompare(b.name),
    )
    .slice(0, limit)
    .map(asCompletion);
}

function asCompletion(actor: CorpusActor): Completion {
  const name = actor.name.length > 100 ? actor.name.slice(0, 100) : actor.name;
  return { name, value: name };
}
