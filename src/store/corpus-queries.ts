/**
 * The read side of the store: what the briefing commands ask, answered from indexes so no process
 * holds the corpus. Both stores implement it with the same statements (corpus-reads.ts); results
 * are small and bounded by the limits callers pass.
 */
import type { ParsedArticle } from '../article/types.js';

/** A merged actor as stored: one real-world entity across every article. */
export interface ActorRecord {
  id: number;
  /** The fullest name any article gives. */
  name: string;
  kind: string;
  /** Distinct roles across articles, most frequent first. */
  roles: string[];
  /** Other names articles use, without the canonical one. */
  aliases: string[];
  /** Mentions across every article. */
  mentions: number;
  /** Distinct articles it appears in. */
  articles: number;
}

/** A stored article's parse with the corpus actor each of its actors belongs to. */
export interface ArticleRecord {
  /** The store's id of the article (see StoredArticle.id). */
  id: string;
  /** Newest-first order: higher is newer (publication day, then change order). */
  rank: number;
  /** With `body: false` its paragraphs and events are empty (read without them, see articles()). */
  parsed: ParsedArticle;
  /** Whether the parse has its paragraphs and events. */
  body: boolean;
  /** Local actor id -> corpus actor id. */
  actorIds: ReadonlyMap<string, number>;
  /**
   * Read as rows (items): the index in the whole parse of each of its quotes, claims or events, which
   * are only those the reply asked for. Absent for a parse read whole.
   */
  itemOrds?: { quotes?: readonly number[]; claims?: readonly number[]; events?: readonly number[] };
}

/** An article in the newest-first order, without its parse. */
export interface ArticleHead {
  id: string;
  rank: number;
  publishedAt: string | null;
}

/** An article that reported a statement: who published it and when. */
export interface ReportRecord {
  articleId: string;
  outlet: string | null;
  publishedAt: string | null;
}

/** A statement merged across articles, with its newest reports and its discrepancies. */
export interface StatementRecord {
  id: number;
  speakerId: number | null;
  /** The merged speaker's name (null when unattributed or gone). */
  speakerName: string | null;
  kind: 'quote' | 'claim';
  /** The fullest wording any article gives. */
  text: string;
  /** Distinct articles that report it. */
  articles: number;
  /** Its newest reports, one per article, newest first (a bounded number). */
  reports: ReportRecord[];
  /** Statements it contradicts: the same words given to another speaker, or its words changed. */
  links: { otherId: number; kind: 'speaker' | 'wording' }[];
}

/** A quote or claim of a stored article, by its index in the parse. */
export interface StatementItem {
  articleId: string;
  item: 'quote' | 'claim';
  ord: number;
}

/** The statements the quotes and claims of some articles report, and those they contradict. */
export interface ProvenanceRecord {
  /** `${articleId}#${'quote' | 'claim'}#${ord}` -> statement id. */
  statementOf: ReadonlyMap<string, number>;
  /** Those statements and the ones they are linked to, by id. */
  statements: ReadonlyMap<number, StatementRecord>;
}

/** Whose or which quotes and claims a reply reads as rows: an actor's (by id), or a topic's (its content keys). */
export type ItemsAbout = { actor: number } | { words: readonly string[] };

/** What a reply reads as rows (items): quotes, claims or dated events. */
export type ItemsRead = 'quotes' | 'claims' | 'events';

/** The questions the briefing asks the store. */
export interface CorpusQueries {
  /** Numbers of stored articles and merged actors. */
  counts(): Promise<{ articles: number; actors: number }>;
  /** The newest articles, at most `limit`; only those ingested after `since` when given. */
  newestArticles(limit: number, since?: string | null): Promise<ArticleHead[]>;
  /**
   * Articles by id (in no particular order; unknown ids are left out). With `body` false, without
   * their paragraphs and events (a third less to read, for replies that show only quotes or claims).
   */
  articles(ids: readonly string[], body?: boolean): Promise<ArticleRecord[]>;
  /** Actors by id. */
  actors(ids: readonly number[]): Promise<ActorRecord[]>;
  /**
   * Actors whose full name or any other name folds to `folded`: those whose full name does first,
   * then persons, then the most mentioned, at most `limit` (a surname a year of news gives to
   * thousands of actors must not be read whole).
   */
  actorsNamed(folded: string, limit?: number): Promise<ActorRecord[]>;
  /**
   * Actors with, for every entry of `words`, one of its alternatives as a word of one of their names;
   * persons first, then most mentioned, at most `limit`.
   */
  actorsWithWords(words: readonly (readonly string[])[], limit: number): Promise<ActorRecord[]>;
  /** Whether some actor's name uses this word. */
  hasNameWord(word: string): Promise<boolean>;
  /** Name words within `maxEdits` edits of `word` (itself excluded), closest first. */
  similarNameWords(word: string, maxEdits: number): Promise<string[]>;
  /**
   * Name completion: actors with a name word starting with `prefix` and, for every entry of
   * `words`, one of its alternatives as a word; most mentioned first, at most `limit`.
   */
  actorsWithNamePrefix(prefix: string, words: readonly (readonly string[])[], limit: number): Promise<ActorRecord[]>;
  /** Name words starting with `prefix`, alphabetical, at most `limit`. */
  nameWordsWithPrefix(prefix: string, limit: number): Promise<string[]>;
  /** Article ids an actor appears in, newest first; only those ingested after `since` when given. */
  actorArticleIds(actorId: number, limit: number, since?: string | null): Promise<string[]>;
  /** Article ids where an actor is quoted, newest first. */
  quotedArticleIds(actorId: number, limit: number): Promise<string[]>;
  /** Article ids where an actor is a source of a claim, newest first. */
  claimArticleIds(actorId: number, limit: number): Promise<string[]>;
  /**
   * The quotes or claims of these articles about an actor (said by them as speaker, source or
   * co-source, or naming them), or their events (in a paragraph or words naming them), or those
   * using every one of a topic's content keys, as thin records: headline, date, agency and source,
   * those items only, the actors they link to (an event's: the actor, with the paragraphs naming
   * them; item-rows.ts). Null when an article's rows are older than that: read its parse with
   * articles() instead.
   */
  items(articleIds: readonly string[], read: ItemsRead, about: ItemsAbout): Promise<ArticleRecord[] | null>;
  /** Article ids whose headline and body use every content key, newest first. */
  articlesWithKeys(keys: readonly string[], limit: number, since?: string | null): Promise<string[]>;
  /** How many articles use a content key, counting at most `cap`. */
  keyCount(key: string, cap: number): Promise<number>;
  /**
   * The statements the quotes and claims of these articles report, with their reports and
   * discrepancies; with `items`, only those quotes and claims (of the same articles).
   */
  provenance(articleIds: readonly string[], items?: readonly StatementItem[]): Promise<ProvenanceRecord>;
}
