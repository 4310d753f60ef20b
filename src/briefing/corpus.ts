/**
 * The corpus as the commands see it: the store's indexes (CorpusQueries), a small cache in front of
 * them, and views of the few articles an answer needs. No process holds the corpus: the cache keeps
 * a bounded number of parsed articles and actors, and forgets what changed as soon as the store's
 * change feed says so (any process may have stored an article).
 */
import { LRUCache } from 'lru-cache';
import type { ActorRecord, ArticleRecord, CorpusQueries, ItemsAbout, ItemsRead, StatementItem } from '../store/corpus-queries.js';
import type { ArticleChange } from '../store/store.js';
import { createContentKeyReader } from './content-words.js';
import { createView, type CorpusView } from './corpus-view.js';

export type { CorpusView } from './corpus-view.js';
export type { ActorAppearance, CorpusActor } from './corpus-actor.js';

/**
 * What a reply reads of a view's articles: everything, or only their claims or their quotes (and
 * what those name); or whole parses linking only the actors their quotes and claims name ('said':
 * /who, which shows no one else but the actor asked about).
 */
export type ViewReading = 'all' | 'claims' | 'quotes' | 'said';

/** How far back "recent" reaches. */
export interface RecentOptions {
  /** Days before the newest article's date (default 2). */
  days?: number;
  /** At most this many articles (default 20). */
  maxArticles?: number;
}

/** The store's corpus with a bounded cache. */
export interface Corpus {
  readonly queries: CorpusQueries;
  /** Stored articles and merged actors. */
  counts(): Promise<{ articles: number; actors: number }>;
  /** The content keys of a text (content-words.ts). */
  contentKeys(text: string): Set<string>;
  /**
   * A view of these articles (unknown ids left out), newest first. Its statements (statementOf)
   * are read only through withProvenance. A view read for claims or quotes (or 'said') links only the
   * actors those name (sources, speakers and relays) and `alsoLinked`, so a reply that shows nothing
   * else reads no other actor.
   */
  view(ids: readonly string[], reading?: ViewReading, alsoLinked?: readonly number[]): Promise<CorpusView>;
  /**
   * A view of the claims, quotes or events of these articles about an actor (said by them or naming
   * them) or using a topic's content keys (what a reply about either shows), read as rows, not
   * parses (item-rows.ts). Each article keeps its headline, date, agency and source, and the actors
   * those items link to. Read from the parses while the store's rows are older than the parses.
   */
  itemsView(ids: readonly string[], reading: ItemsRead, about: ItemsAbout): Promise<CorpusView>;
  /**
   * A view of `ids` as `view` reads them, and of `more` only what an actor said there: their quotes
   * and claims and those naming them, read as rows (as itemsView, both kinds in one record per
   * article). /who reads an actor's newest articles whole and, from older ones where they spoke,
   * their words alone; both reads at once.
   */
  viewWithSaid(ids: readonly string[], more: readonly string[], actorId: number, reading: ViewReading, alsoLinked?: readonly number[]): Promise<CorpusView>;
  /**
   * What `build` makes of `view` with the statements of the quotes and claims it shows: built once
   * on the view alone, which records the quotes and claims whose statements it looked up, then
   * again with the statements of those only (none read when it looked none up).
   * @example const reply = await corpus.withProvenance(view, (v) => buildClaimsReply(v, ...));
   */
  withProvenance<T>(view: CorpusView, build: (view: CorpusView) => T | Promise<T>): Promise<T>;
  /** The newest articles: at least one, at most `maxArticles`, within `days` of the newest. */
  recent(options?: RecentOptions): Promise<CorpusView>;
  /** The ids of `recent`'s articles, newest first. */
  recentIds(options?: RecentOptions): Promise<string[]>;
  /** Actors by id (unknown ids left out). */
  actors(ids: readonly number[]): Promise<ActorRecord[]>;
  /** The answer of `compute`, remembered under `key` until any article changes. */
  memo<T>(key: string, compute: () => Promise<T>): Promise<T>;
  /** Tells the cache what changed (the store's watchArticles). */
  changed(change: ArticleChange): void;
  /** How much the cache holds now. */
  cached(): { articles: number; actors: number; answers: number };
}

/** Cache sizes; the defaults keep the cache to about 20 MB of heap at most. */
export interface CorpusCacheOptions {
  /** Parsed articles kept (default 100: two views of an actor or a topic, and the newest). */
  maxArticles?: number;
  /** Merged actors kept (default 5,000). */
  maxActors?: number;
  /** Remembered answers (default 500). */
  maxAnswers?: number;
  /** Remembered statements of views (default 20; each holds a view's statements and their reports, up to a megabyte). */
  maxProvenance?: number;
}

// Words seen by the content-key reader before its memo starts afresh (names keep arriving).
const MAX_MEMO_WORDS = 50_000;

/**
 * The corpus over a store's queries.
 * @example const corpus = createCorpus(store.corpus); await store.watchArticles((c) => corpus.changed(c));
 */
export function createCorpus(queries: CorpusQueries, options: CorpusCacheOptions = {}): Corpus {
  const articles = new LRUCache<string, ArticleRecord>({ max: options.maxArticles ?? 100 });
  const actors = new LRUCache<number, ActorRecord>({ max: options.maxActors ?? 5_000 });
  const answers = new LRUCache<string, { value: Promise<unknown> }>({ max: options.maxAnswers ?? 500 });
  const provenances = new LRUCache<string, { value: Promise<unknown> }>({ max: options.maxProvenance ?? 20 });
  const readKeys = createContentKeyReader(MAX_MEMO_WORDS);
  const contentKeys = (text: string) => readKeys(text, new Set());

  // A reply about claims or quotes reads the parses without their paragraphs and events; one that
  // needs those reads them whole, and a whole parse serves every reading.
  const loadArticles = async (ids: readonly string[], reading: ViewReading): Promise<ArticleRecord[]> => {
    const body = reading === 'all' || reading === 'said';
    const found = new Map<string, ArticleRecord>();
    const missing: string[] = [];
    for (const id of new Set(ids)) {
      const cached = articles.get(id);
      if (cached && (cached.body || !body)) found.set(id, cached);
      else missing.push(id);
    }
    // What was read is used as read: a view larger than the cache loses none of its articles.
    for (const record of await queries.articles(missing, body)) {
      found.set(record.id, record);
      articles.set(record.id, record);
    }
    return ids.flatMap((id) => found.get(id) ?? []);
  };
  const loadActors = async (ids: readonly number[]): Promise<ActorRecord[]> => {
    const missing = [...new Set(ids)].filter((id) => !actors.has(id));
    for (const record of await queries.actors(missing)) actors.set(record.id, record);
    return ids.flatMap((id) => actors.get(id) ?? []);
  };
  const memoIn = <T>(cache: LRUCache<string, { value: Promise<unknown> }>, key: string, compute: () => Promise<T>): Promise<T> => {
    const known = cache.get(key);
    if (known) return known.value as Promise<T>;
    const value = compute();
    cache.set(key, { value });
    // A failed answer is not remembered: the next ask tries again.
    value.catch(() => cache.delete(key));
    return value;
  };
  const memo = <T>(key: string, compute: () => Promise<T>): Promise<T> => memoIn(answers, key, compute);
  const recentIds = ({ days = 2, maxArticles = 20 }: RecentOptions = {}): Promise<string[]> =>
    memo(`recent:${days}:${maxArticles}`, async () => {
      const heads = await queries.newestArticles(maxArticles);
      const newestDay = dayNumber(heads[0]?.publishedAt ?? null);
      const out: string[] = [];
      for (const head of heads) {
        const day = dayNumber(head.publishedAt);
        if (out.length > 0 && newestDay !== null && (day === null || newestDay - day > days)) break;
        out.push(head.id);
      }
      return out;
    });
  // What each view was built from and the quotes and claims whose statements its builds looked up.
  const parts = new WeakMap<
    CorpusView,
    { records: ArticleRecord[]; actors: ActorRecord[]; asked: Map<string, StatementItem>; keysOf: (text: string) => ReadonlySet<string> }
  >();
  const viewOf = async (records: ArticleRecord[], reading: ViewReading, alsoLinked: readonly number[] = []): Promise<CorpusView> => {
    const actorIds = [...new Set([...records.flatMap((r) => linkedActorIds(r, reading)), ...alsoLinked])];
    const actorRecords = await loadActors(actorIds);
    const asked = new Map<string, StatementItem>();
    const keysOf = rememberedKeys(contentKeys);
    const built = createView(records, actorRecords, keysOf, undefined, asked);
    parts.set(built, { records, actors: actorRecords, asked, keysOf });
    return built;
  };
  const view = async (ids: readonly string[], reading: ViewReading = 'all', alsoLinked: readonly number[] = []) =>
    viewOf(await loadArticles(ids, reading), reading, alsoLinked);
  // Thin records stay out of the cache: they hold the items of one actor or topic.
  const itemsView = async (ids: readonly string[], reading: ItemsRead, about: ItemsAbout) => {
    // An event's paragraph is told by the actors of the article (with their paragraphs): all of them.
    const parses: ViewReading = reading === 'events' ? 'all' : reading;
    return viewOf((await queries.items(ids, reading, about)) ?? (await loadArticles(ids, parses)), parses);
  };
  // An actor's quotes and claims in some articles, as one thin record per article (null: read the parses).
  const saidRecords = async (ids: readonly string[], actor: number): Promise<ArticleRecord[] | null> => {
    if (ids.length === 0) return [];
    const [quotes, claims] = await Promise.all([queries.items(ids, 'quotes', { actor }), queries.items(ids, 'claims', { actor })]);
    if (!quotes || !claims) return null;
    const claimsOf = new Map(claims.map((r) => [r.id, r]));
    return quotes.map((record) => {
      const other = claimsOf.get(record.id);
      if (!other) return record;
      const actors = new Map([...record.parsed.actors, ...other.parsed.actors].map((a) => [a.id, a]));
      return {
        ...record,
        parsed: { ...record.parsed, claims: other.parsed.claims, actors: [...actors.values()] },
        actorIds: new Map([...record.actorIds, ...other.actorIds]),
        itemOrds: { ...record.itemOrds, ...other.itemOrds },
      };
    });
  };
  const viewWithSaid = async (ids: readonly string[], more: readonly string[], actor: number, reading: ViewReading, alsoLinked: readonly number[] = []) => {
    const [whole, said] = await Promise.all([loadArticles(ids, reading), saidRecords(more, actor)]);
    return viewOf([...whole, ...(said ?? (await loadArticles(more, reading)))], reading, alsoLinked);
  };
  const withProvenance = async <T>(plain: CorpusView, build: (view: CorpusView) => T | Promise<T>): Promise<T> => {
    const from = parts.get(plain);
    if (!from) return build(plain);
    from.asked.clear();
    const first = await build(plain);
    if (from.asked.size === 0) return first;
    const keys = [...from.asked.keys()].sort();
    const items = keys.map((key) => from.asked.get(key)!);
    const articleIds = [...new Set(items.map((i) => i.articleId))];
    // Statements change when any article is stored: remembered like answers, until the next change.
    const provenance = await memoIn(provenances, keys.join(','), () => queries.provenance(articleIds, items));
    return build(createView(from.records, from.actors, from.keysOf, provenance));
  };

  return {
    queries,
    counts: () => memo('counts', () => queries.counts()),
    contentKeys,
    view,
    itemsView,
    viewWithSaid,
    withProvenance,
    recentIds,
    recent: async (options) => view(await recentIds(options)),
    actors: loadActors,
    memo,
    cached: () => ({ articles: articles.size, actors: actors.size, answers: answers.size }),
    changed(change) {
      answers.clear();
      provenances.clear();
      actors.clear();
      if (change.ids === null) articles.clear();
      else for (const id of change.ids) articles.delete(id);
    },
  };
}

/** The corpus actors of an article a reading needs: all of them, or those its claims or quotes (or both) name. */
function linkedActorIds(record: ArticleRecord, reading: ViewReading): number[] {
  if (reading === 'all') return [...record.actorIds.values()];
  const { parsed } = record;
  const claims = () => [...parsed.claims, ...(parsed.suggestions?.claims ?? [])].flatMap((c) => [c.sourceId, ...(c.coSourceIds ?? []), ...(c.via ?? [])]);
  const quotes = () => parsed.quotes.flatMap((q) => [q.speakerId, ...(q.via ?? [])]);
  const local = reading === 'claims' ? claims() : reading === 'quotes' ? quotes() : [...claims(), ...quotes()];
  return local.flatMap((id) => (id === null ? [] : (record.actorIds.get(id) ?? [])));
}

/**
 * The content keys of texts, remembered by text for one view: its replies read the same claims and
 * quotes more than once (a topic's matches, then disputes and nested claims among them), and
 * withProvenance builds a reply twice. Shared, so read-only.
 */
function rememberedKeys(contentKeys: (text: string) => Set<string>): (text: string) => ReadonlySet<string> {
  const known = new Map<string, ReadonlySet<string>>();
  return (text) => {
    let keys = known.get(text);
    if (!keys) known.set(text, (keys = contentKeys(text)));
    return keys;
  };
}

function dayNumber(iso: string | null): number | null {
  if (!iso) return null;
  const t = Date.parse(iso.slice(0, 10));
  return Number.isFinite(t) ? Math.floor(t / 86_400_000) : null;
}
