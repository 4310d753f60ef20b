/**
 * The corpus: every loaded article, newest first, with actors merged across articles and indexes
 * (actor names, name words, content words) that keep each command's lookups independent of corpus size.
 */
import type { ParsedArticle } from '../article/types.js';
import { createActorRegistry, type ActorRegistry } from './actor-registry.js';
import type { CorpusActor } from './corpus-actor.js';
import { createContentKeyReader } from './content-words.js';
import { createWordIndex, type RankedArticle } from './word-index.js';

export type { CorpusActor, ActorAppearance } from './corpus-actor.js';

/** Loaded articles and their merged actors. */
export interface Corpus {
  /** Number of articles. */
  readonly size: number;
  /** Bumped on every change, so callers can cache derived data. */
  readonly version: number;
  /** All articles, newest first (undated ones last). */
  articles(): readonly ParsedArticle[];
  article(id: string): ParsedArticle | undefined;
  /** Adds an article, replacing one with the same id. */
  add(article: ParsedArticle): void;
  /** Removes an article; false when it was not loaded. */
  remove(articleId: string): boolean;
  /** The corpus actor an article's actor belongs to. */
  actorOf(article: ParsedArticle, actorId: string | null): CorpusActor | undefined;
  /** Name lookups: by exact folded name or alias, by name word, and the name-word index. */
  readonly actors: Pick<ActorRegistry, 'byName' | 'byToken' | 'tokens' | 'size' | 'all'>;
  /** Articles whose headline and body use every content key, newest first. */
  articlesWithWords(keys: readonly string[], limit: number): ParsedArticle[];
  /** How many articles use a content key. */
  wordCount(key: string): number;
  /** The content keys of a text (as `contentWords`), through the index's memoised reader. */
  contentKeys(text: string): Set<string>;
}

interface Entry extends RankedArticle {
  linked: CorpusActor[];
}

/**
 * Builds a corpus from parsed articles.
 * @example const corpus = createCorpus([parseArticle(text)]); corpus.articles()[0].headline
 */
export function createCorpus(initial: readonly ParsedArticle[] = []): Corpus {
  const entries = new Map<string, Entry>();
  let ordered: ParsedArticle[] = [];
  const registry = createActorRegistry();
  const readKeys = createContentKeyReader();
  const words = createWordIndex(readKeys);
  let seq = 0;
  let version = 0;
  const orderOf = (article: ParsedArticle): number => entries.get(article.id)?.order ?? 0;

  const link = (article: ParsedArticle, sequence = ++seq): Entry => {
    const entry: Entry = { article, order: sortKey(article.publishedAt, sequence), linked: [] };
    entries.set(article.id, entry);
    entry.linked = registry.addArticle(article, orderOf);
    words.add(entry);
    return entry;
  };

  const unlink = (entry: Entry): void => {
    registry.removeArticle(entry.article, entry.linked);
    words.remove(entry);
    entries.delete(entry.article.id);
  };

  // Sequence numbers follow date order; linking newest first then appends every appearance and
  // posting at the end of its list (kept newest first), so loading stays linear.
  const oldestFirst = dedupeById(initial).sort((a, b) => sortKey(a.publishedAt, 0) - sortKey(b.publishedAt, 0));
  seq = oldestFirst.length;
  for (let i = oldestFirst.length - 1; i >= 0; i -= 1) link(oldestFirst[i]!, i + 1);
  registry.flush();
  ordered = [...entries.values()].sort((a, b) => b.order - a.order).map((e) => e.article);

  return {
    get size() {
      return entries.size;
    },
    get version() {
      return version;
    },
    articles: () => ordered,
    article: (id) => entries.get(id)?.article,
    add(article) {
      const existing = entries.get(article.id);
      if (existing) unlink(existing);
      const entry = link(article);
      registry.flush();
      const rest = ordered.filter((a) => a.id !== article.id);
      const at = rest.findIndex((a) => orderOf(a) < entry.order);
      rest.splice(at < 0 ? rest.length : at, 0, article);
      ordered = rest;
      version += 1;
    },
    remove(articleId) {
      const entry = entries.get(articleId);
      if (!entry) return false;
      unlink(entry);
      registry.flush();
      ordered = ordered.filter((a) => a.id !== articleId);
      version += 1;
      return true;
    },
    actorOf(article, actorId) {
      if (actorId === null) return undefined;
      const entry = entries.get(article.id);
      if (!entry) return undefined;
      const i = article.actors.findIndex((a) => a.id === actorId);
      return i < 0 ? undefined : entry.linked[i];
    },
    actors: registry,
    articlesWithWords: (keys, limit) => words.articlesWithAll(keys, limit),
    wordCount: (key) => words.count(key),
    contentKeys: (text) => readKeys(text, new Set()),
  };
}

// Newer publication dates sort higher; among equal dates the later addition is newer.
function sortKey(publishedAt: string | null, sequence: number): number {
  const day = publishedAt ? Math.floor(Date.parse(publishedAt.slice(0, 10)) / 86_400_000) : NaN;
  const days = Number.isFinite(day) ? day + 100_000 : 0;
  return days * 10_000_000 + sequence;
}

function dedupeById(articles: readonly ParsedArticle[]): ParsedArticle[] {
  const byId = new Map<string, ParsedArticle>();
  for (const article of articles) byId.set(article.id, article);
  return [...byId.values()];
}
