/**
 * A view: a few articles the store selected for one answer (an actor's newest, a topic's, the
 * newest of all), with each of their actors linked to its merged actor and each of their quotes and
 * claims to the statement it reports (its reports across articles, its discrepancies). The reply builders read
 * only views, so they stay pure and never see more than a bounded number of articles.
 */
import type { Claim, ParsedArticle, Quote } from '../article/types.js';
import type { ActorRecord, ArticleRecord, ProvenanceRecord, StatementItem, StatementRecord } from '../store/corpus-queries.js';
import type { CorpusActor } from './corpus-actor.js';

/** Articles with their merged actors. */
export interface CorpusView {
  /** The view's articles, newest first. */
  readonly articles: readonly ParsedArticle[];
  /** The merged actor an article's actor belongs to. */
  actorOf(article: ParsedArticle, localId: string | null): CorpusActor | undefined;
  /** A merged actor appearing in the view, by id. */
  actor(id: number): CorpusActor | undefined;
  /** The content keys of a text (content-words.ts), through a memoised reader. */
  contentKeys(text: string): ReadonlySet<string>;
  /** The statement a quote or claim (by its index in the parse) reports: its reports across articles and discrepancies. */
  statementOf(article: ParsedArticle, item: 'quote' | 'claim', ord: number): StatementRecord | undefined;
  /** A quote's or claim's index in its article's whole parse (a view read as rows holds only some of them). */
  ordOf(article: ParsedArticle, item: 'quote' | 'claim', value: Quote | Claim): number;
  /** A statement the view's statements are linked to, by id. */
  statement(id: number): StatementRecord | undefined;
}

const NO_PROVENANCE: ProvenanceRecord = { statementOf: new Map(), statements: new Map() };

/**
 * Builds a view from article records (any order; the view is newest first) and the records of
 * their actors. Actors not given (removed meanwhile) are left unlinked. `asked`, when given,
 * collects the quotes and claims whose statements a reply looked up, by their provenance key
 * (corpus.ts reads provenance for those only).
 * @example const view = createView(records, actors, (t) => contentWords(t));
 */
export function createView(
  records: readonly ArticleRecord[],
  actors: readonly ActorRecord[],
  contentKeys: (text: string) => ReadonlySet<string>,
  provenance: ProvenanceRecord = NO_PROVENANCE,
  asked?: Map<string, StatementItem>,
): CorpusView {
  const storeIds = new Map(records.map((r) => [r.parsed, r.id]));
  const ordered = [...records].sort((a, b) => b.rank - a.rank);
  const byId = new Map<number, CorpusActor>(actors.map((a) => [a.id, { ...a, appearances: [] }]));
  const links = new Map<ParsedArticle, Map<string, CorpusActor>>();
  const ords = new Map<Quote | Claim, number>();
  for (const record of ordered) {
    record.itemOrds?.quotes?.forEach((ord, i) => ords.set(record.parsed.quotes[i]!, ord));
    record.itemOrds?.claims?.forEach((ord, i) => ords.set(record.parsed.claims[i]!, ord));
    const local = new Map<string, CorpusActor>();
    for (const actor of record.parsed.actors ?? []) {
      const id = record.actorIds.get(actor.id);
      const merged = id === undefined ? undefined : byId.get(id);
      if (!merged) continue;
      merged.appearances.push({ article: record.parsed, actor });
      local.set(actor.id, merged);
    }
    links.set(record.parsed, local);
  }
  return {
    articles: ordered.map((r) => r.parsed),
    actorOf: (article, localId) => (localId === null ? undefined : links.get(article)?.get(localId)),
    actor: (id) => {
      const actor = byId.get(id);
      return actor && actor.appearances.length > 0 ? actor : undefined;
    },
    contentKeys,
    statementOf: (article, item, ord) => {
      const storeId = storeIds.get(article);
      const key = `${storeId}#${item}#${ord}`;
      if (storeId !== undefined) asked?.set(key, { articleId: storeId, item, ord });
      const id = provenance.statementOf.get(key);
      return id === undefined ? undefined : provenance.statements.get(id);
    },
    ordOf: (article, item, value) => ords.get(value) ?? (item === 'quote' ? article.quotes.indexOf(value as Quote) : article.claims.indexOf(value as Claim)),
    statement: (id) => provenance.statements.get(id),
  };
}
