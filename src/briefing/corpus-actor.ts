/**
 * An actor of the whole corpus as the replies read it: the merged actor the store keeps (one
 * real-world entity across every article) with its appearances in the articles at hand.
 */
import type { Actor, ParsedArticle } from '../article/types.js';
import type { ActorRecord } from '../store/corpus-queries.js';

/** One article's view of a corpus actor. */
export interface ActorAppearance {
  article: ParsedArticle;
  actor: Actor;
}

/** A merged actor with its appearances in a view's articles, newest article first. */
export interface CorpusActor extends ActorRecord {
  appearances: ActorAppearance[];
  /** From an actor named only by a description ("a U.S. official"): never merged with another article's. */
  unnamed?: boolean;
}

/** The distinct articles of an actor's appearances, newest first (at most `limit`). */
export function actorArticles(actor: CorpusActor, limit = Infinity): ParsedArticle[] {
  const articles: ParsedArticle[] = [];
  // Appearances are in article order, so one article's appearances sit next to each other.
  for (const { article } of actor.appearances) {
    if (articles.length >= limit) break;
    if (articles[articles.length - 1] !== article) articles.push(article);
  }
  return articles;
}
