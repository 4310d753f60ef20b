/**
 * The corpus: every loaded article, newest first, with actors merged across articles and indexes
 * (actor names, name words, content words) that keep each command's lookups independent of corpus size.
 */
import type { ParsedArticle } from '../article/types.js';
import { createActorRegistry, type ActorRegistry } from './actor-registry.js';
import { createArticleCompactor, type ArticleCompactor } from './corpus-compact.js';
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
  /** Builds a deferred word index (see CorpusOptions) in small batches; resolves when done. */
  indexWordsInBackground(): Promise<void>;
  /** The content keys of a text (as `contentWords`), through the index's memoised reader. */
  contentKeys(text: string): Set<string>;
}

interface Entry extends RankedArticle {
  linked: CorpusActor[];
}

/** How the corpus is built. */
export interface CorpusOptions {
  /**
   * Leave the content-word index of the initial articles for later: it is built by
   * `indexWordsInBackground()`, or at once by the first topic search. Start-up then only merges
   * actors, the part every name lookup needs.
   */
  deferWordIndex?: boolean;
  /**
   * Compacts every article as it joins (see corpus-compact.ts). A loader may pass the one it already
   * compacted its pages with, so articles are not compacted twice and share one string table.
   */
  compactor?: ArticleCompactor;
}

/**
 * Builds a corpus from parsed articles.
 * @example const corpus = createCorpus([parseArticle(text)]); corpus.articles()[0].headline
 */
export function createCorpus(initial: readonly ParsedArticle[] = [], options: CorpusOptions = {}): Corpus {
  const entries = new Map<string, Entry>();
  let ordered: ParsedArticle[] = [];
  const registry = createActorRegistry();
  const readKeys = createContentKeyReader();
  const words = createWordIndex(readKeys);
  let compactor = options.compactor ?? createArticleCompactor();
  let seq = 0;
  let version = 0;
  const orderOf = (article: ParsedArticle): number => entries.get(article.id)?.order ?? 0;

  // Articles linked but not yet in the word index, in linking order (newest first).
  let unindexed: Entry[] = [];
  const indexWords = (limit = Infinity): void => {
    if (unindexed.length === 0) return;
    const batch = unindexed.length <= limit ? unindexed : unindexed.slice(0, limit);
    unindexed = unindexed.length <= limit ? [] : unindexed.slice(limit);
    for (const entry of batch) if (entries.get(entry.article.id) === entry) words.add(entry);
    // The deferred build is done: give back the spare room its posting lists grew while filling.
    if (unindexed.length === 0) words.trim();
  };

  const link = (article: ParsedArticle, sequence = ++seq, deferWords = false): Entry => {
    compactor.compact(article);
    const entry: Entry = { article, order: sortKey(article.publishedAt, sequence), linked: [] };
    entries.set(article.id, entry);
    entry.linked = registry.addArticle(article, orderOf);
    if (deferWords) unindexed.push(entry);
    else words.add(entry);
    return entry;
  };

  const unlink = (entry: Entry): void => {
    registry.removeArticle(entry.article, entry.linked);
    if (unindexed.includes(entry)) unindexed = unindexed.filter((e) => e !== entry);
    else words.remove(entry);
    entries.delete(entry.article.id);
  };

  // Sequence numbers follow date order; linking newest first then appends every appearance and
  // posting at the end of its list (kept newest first), so loading stays linear.
  const oldestFirst = dedupeById(initial).sort((a, b) => sortKey(a.publishedAt, 0) - sortKey(b.publishedAt, 0));
  seq = oldestFirst.length;
  for (let i = oldestFirst.length - 1; i >= 0; i -= 1) link(oldestFirst[i]!, i + 1, options.deferWordIndex === true);
  registry.flush();
  registry.trim();
  // Its tables of shared strings served the bulk load; later additions are few and start afresh.
  compactor = createArticleCompactor();
  if (options.deferWordIndex !== true) words.trim();
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
      indexWords();
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
    articlesWithWords(keys, limit) {
      indexWords();
      return words.articlesWithAll(keys, limit);
    },
    wordCount(key) {
      indexWords();
      return words.count(key);
    },
    async indexWordsInBackground() {
      // Small batches between event-loop turns, so commands are answered meanwhile.
      while (unindexed.length > 0) {
        indexWords(200);
        await new Promise((resolve) => setImmediate(resolve));
      }
    },
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
