/**
 * "Now" for commands asked without a topic: the newest articles (those published within a couple
 * of days of the newest one), and the actors they mention most.
 */
import type { ParsedArticle } from '../article/types.js';
import type { Corpus, CorpusActor } from './corpus.js';

/** How far back "recent" reaches. */
export interface RecentOptions {
  /** Days before the newest article's date (default 2). */
  days?: number;
  /** At most this many articles (default 20). */
  maxArticles?: number;
}

/** The newest articles: at least one, at most `maxArticles`, within `days` of the newest. */
export function recentArticles(corpus: Corpus, options: RecentOptions = {}): ParsedArticle[] {
  const { days = 2, maxArticles = 20 } = options;
  const all = corpus.articles();
  const newest = all[0];
  if (!newest) return [];
  const newestDay = dayNumber(newest.publishedAt);
  const out: ParsedArticle[] = [];
  for (const article of all) {
    if (out.length >= maxArticles) break;
    const day = dayNumber(article.publishedAt);
    if (out.length > 0 && newestDay !== null && (day === null || newestDay - day > days)) break;
    out.push(article);
  }
  return out;
}

function dayNumber(iso: string | null): number | null {
  if (!iso) return null;
  const t = Date.parse(iso.slice(0, 10));
  return Number.isFinite(t) ? Math.floor(t / 86_400_000) : null;
}

/** The corpus actors most mentioned in the given articles (mentions times `weight`), best first. */
export function topActors(
  corpus: Corpus,
  articles: readonly ParsedArticle[],
  limit: number,
  accept: (actor: CorpusActor) => boolean = () => true,
  weight: (actor: CorpusActor) => number = () => 1,
): CorpusActor[] {
  const counts = new Map<CorpusActor, number>();
  for (const article of articles) {
    for (const local of article.actors) {
      const actor = corpus.actorOf(article, local.id);
      if (actor && accept(actor)) counts.set(actor, (counts.get(actor) ?? 0) + local.mentions * weight(actor));
    }
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].name.localeCompare(b[0].name))
    .slice(0, limit)
    .map(([actor]) => actor);
}
