/**
 * Actor-name completion (Discord autocomplete, console tab): names whose words start with what
 * was typed, best known first; the most mentioned recent actors for an empty prefix.
 */
import type { ActorRecord } from '../store/corpus-queries.js';
import type { Corpus } from './corpus.js';
import { topActors } from './recent.js';
import type { Completion } from './service.js';
import { foldText, searchableQuery } from './text.js';

// Enough to pick the best 25 from: the store returns the most mentioned first.
const MAX_CANDIDATES = 50;

/** Up to `limit` actor names matching `prefix`. */
export async function completeActorName(corpus: Corpus, prefix: string, limit: number): Promise<Completion[]> {
  if (limit <= 0) return [];
  const folded = foldText(searchableQuery(prefix, 100));
  if (folded === '') {
    const recent = await corpus.recent();
    return topActors(recent, recent.articles, limit).map(asCompletion);
  }
  return corpus.memo(`complete:${limit}:${folded}`, async () => {
    const q = corpus.queries;
    const words = folded.split(' ');
    const last = words.pop()!;
    // Every earlier word typed in full, the last one as a beginning.
    let candidates = await q.actorsWithNamePrefix(
      last,
      words.map((w) => [w]),
      MAX_CANDIDATES,
    );
    if (candidates.length === 0 && last.length >= 4) {
      const similar = await q.similarNameWords(last, 1);
      if (similar.length > 0) candidates = await q.actorsWithWords([similar], MAX_CANDIDATES);
    }
    // Names that start with what was typed first, then the most mentioned.
    return candidates
      .map((actor) => ({ actor, starts: foldText(actor.name).startsWith(folded) ? 1 : 0 }))
      .sort((a, b) => b.starts - a.starts || b.actor.mentions - a.actor.mentions || a.actor.name.localeCompare(b.actor.name))
      .slice(0, limit)
      .map(({ actor }) => asCompletion(actor));
  });
}

function asCompletion(actor: Pick<ActorRecord, 'name'>): Completion {
  const name = actor.name.length > 100 ? actor.name.slice(0, 100) : actor.name;
  return { name, value: name };
}
