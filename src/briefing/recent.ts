/**
 * The actors a set of articles mentions most: "key actors" of a digest, the names suggested when a
 * command is given none.
 */
import type { ParsedArticle } from '../article/types.js';
import type { CorpusActor, CorpusView } from './corpus.js';

/** The merged actors most mentioned in the given articles of a view (mentions times `weight`), best first. */
export function topActors(
  view: CorpusView,
  articles: readonly ParsedArticle[],
  limit: number,
  accept: (actor: CorpusActor) => boolean = () => true,
  weight: (actor: CorpusActor) => number = () => 1,
): CorpusActor[] {
  const counts = new Map<CorpusActor, number>();
  for (const article of articles) {
    for (const local of article.actors) {
      const actor = view.actorOf(article, local.id);
      if (actor && accept(actor)) counts.set(actor, (counts.get(actor) ?? 0) + local.mentions * weight(actor));
    }
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].name.localeCompare(b[0].name))
    .slice(0, limit)
    .map(([actor]) => actor);
}
