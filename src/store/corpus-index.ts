/**
 * Indexing one stored article, written once for both stores: its actors merged into corpus actors
 * (merge-plan.ts decides, the tallies in actor-summary.ts keep each actor's names, roles and kind),
 * its search keys, rows for its quotes, claims and events, and its reports of statements merged
 * across articles (statements/). Callers run it inside the store's write transaction (one writer
 * at a time), so merges and counts never race.
 */
import { tallyChanges, type Appearance } from './actors/actor-summary.js';
import { applyTallies, lookupNames, summarize } from './actors/actor-tables.js';
import { planMerge } from './actors/merge-plan.js';
import { DERIVATION_VERSION, deriveArticle, type DerivedArticle } from './derive/derive-article.js';
import type { SearchIndex } from './sql/search.js';
import { linkStatements, unlinkStatements } from './statements/statement-tables.js';
import { fromJson, insertRows, type Sql } from './sql/sql.js';

/** What indexing needs of a stored article. */
export interface ArticleToIndex {
  id: string;
  rank: number;
  ingestedAt: string;
  parsed: unknown;
}

/** The newest-first order of articles: publication day, then change order. */
export function articleRank(publishedDay: number, seq: number): number {
  return publishedDay * 2 ** 32 + seq;
}

/**
 * Adds an article's index rows; returns how many corpus actors it created.
 * @example await indexArticle(sql, search, { id, rank, ingestedAt, parsed });
 */
export async function indexArticle(sql: Sql, search: SearchIndex, article: ArticleToIndex): Promise<number> {
  const d = sql.dialect;
  const derived = deriveArticle(article.parsed);
  const plan = await planMerge(derived.actors, (q) => lookupNames(sql, q));
  const newIds = await d.nextIds(sql, 'actor', plan.newActors.length);
  if (newIds.length > 0) {
    await sql.run(
      `INSERT INTO actors (id, name, folded, kind) SELECT id, name, '', kind FROM ${d.rowsOf(1, { id: 'bigint', name: 'text', kind: 'text' })} WHERE true`,
      [d.rows(plan.newActors.map((a, i) => ({ id: newIds[i], name: a.name, kind: a.kind })))],
    );
  }
  const appearances: Appearance[] = derived.actors.map((actor, i) => {
    const ref = plan.targets[i]!;
    return {
      localId: actor.localId,
      actorId: ref < 0 ? newIds[-ref - 1]! : ref,
      kind: actor.kind,
      mentions: actor.mentions,
      names: actor.names,
      roles: actor.roles,
    };
  });
  if (appearances.length > 0) {
    await sql.run(
      `INSERT INTO appearances (article_id, local_id, actor_id, rank, kind, mentions, names, roles, paragraphs)
       SELECT $2, local_id, actor_id, $3, kind, mentions, names, roles, paragraphs
       FROM ${d.rowsOf(1, { local_id: 'text', actor_id: 'bigint', kind: 'text', mentions: 'int', names: 'json', roles: 'json', paragraphs: 'json' })} WHERE true
       ON CONFLICT (article_id, local_id) DO NOTHING`,
      [
        d.rows(
          appearances.map((a, i) => ({
            local_id: a.localId,
            actor_id: a.actorId,
            kind: a.kind,
            mentions: a.mentions,
            names: a.names,
            roles: a.roles,
            paragraphs: derived.actors[i]!.paragraphs,
          })),
        ),
        article.id,
        article.rank,
      ],
    );
  }
  await applyTallies(sql, tallyChanges(appearances, 1, article.rank));
  await summarize(sql, [...new Set(appearances.map((a) => a.actorId))]);

  const actorOf = new Map(appearances.map((a) => [a.localId, a.actorId]));
  await search.indexArticles(sql, [{ id: article.id, rank: article.rank, ingestedAt: article.ingestedAt, keys: derived.searchKeys }]);
  await insertStatementRows(sql, statementRows(article, derived, actorOf));
  await linkStatements(sql, article, derived, actorOf);
  return plan.newActors.length;
}

/** The rows of an article's quotes, claims (with their sources and the actors they name as corpus actors), events, and what citing it reads. */
export interface StatementRows {
  cited: Record<string, unknown>[];
  quotes: Record<string, unknown>[];
  quoteNames: Record<string, unknown>[];
  claims: Record<string, unknown>[];
  claimSources: Record<string, unknown>[];
  claimNames: Record<string, unknown>[];
  events: Record<string, unknown>[];
  eventNames: Record<string, unknown>[];
}

/** Columns of the tables of an article's quotes, claims and events. */
export const STATEMENT_TABLES = {
  article_cited: { article_id: 'text', rank: 'bigint', data: 'json', derivation: 'int' },
  quotes: { article_id: 'text', ord: 'int', rank: 'bigint', speaker_actor_id: 'bigint', kind: 'text', paragraph: 'int', keys: 'text', data: 'json' },
  quote_names: { article_id: 'text', ord: 'int', actor_id: 'bigint', rank: 'bigint' },
  claims: { article_id: 'text', ord: 'int', rank: 'bigint', kind: 'text', paragraph: 'int', keys: 'text', data: 'json' },
  claim_sources: { article_id: 'text', ord: 'int', actor_id: 'bigint', rank: 'bigint' },
  claim_names: { article_id: 'text', ord: 'int', actor_id: 'bigint', rank: 'bigint' },
  events: { article_id: 'text', ord: 'int', rank: 'bigint', date: 'text', start_day: 'text', end_day: 'text', paragraph: 'int', keys: 'text', data: 'json' },
  event_names: { article_id: 'text', ord: 'int', actor_id: 'bigint', rank: 'bigint' },
} as const;

/**
 * An article's statement rows, its local actor ids resolved to corpus actors by `actorOf`.
 * @example statementRows({ id, rank }, deriveArticle(parsed), new Map([['a1', 17]]))
 */
export function statementRows(article: { id: string; rank: number }, derived: DerivedArticle, actorOf: ReadonlyMap<string, number>): StatementRows {
  const at = { article_id: article.id, rank: article.rank };
  // One row per corpus actor an item links to (two local actors can be one corpus actor).
  const linked = <T extends { ord: number }>(items: readonly T[], localIds: (item: T) => readonly string[]) =>
    items.flatMap((item) =>
      [...new Set(localIds(item).flatMap((id) => (actorOf.has(id) ? [actorOf.get(id)!] : [])))].map((actorId) => ({ ...at, ord: item.ord, actor_id: actorId })),
    );
  return {
    cited: [{ ...at, data: derived.cited, derivation: DERIVATION_VERSION }],
    quotes: derived.quotes.map((q) => ({
      ...at,
      ord: q.ord,
      speaker_actor_id: q.speakerLocalId ? (actorOf.get(q.speakerLocalId) ?? null) : null,
      kind: q.kind,
      paragraph: q.paragraph,
      keys: q.keys,
      data: q.data,
    })),
    quoteNames: linked(derived.quotes, (q) => q.namedLocalIds),
    claims: derived.claims.map((c) => ({ ...at, ord: c.ord, kind: c.kind, paragraph: c.paragraph, keys: c.keys, data: c.data })),
    claimSources: linked(derived.claims, (c) => c.sourceLocalIds),
    claimNames: linked(derived.claims, (c) => c.namedLocalIds),
    events: derived.events.map((e) => ({
      ...at,
      ord: e.ord,
      date: e.date,
      start_day: e.startDay,
      end_day: e.endDay,
      paragraph: e.paragraph,
      keys: e.keys,
      data: e.data,
    })),
    eventNames: linked(derived.events, (e) => e.namedLocalIds),
  };
}

/** Inserts statement rows (of one article or many). */
export async function insertStatementRows(sql: Sql, rows: StatementRows): Promise<void> {
  await insertRows(sql, 'article_cited', STATEMENT_TABLES.article_cited, rows.cited);
  await insertRows(sql, 'quotes', STATEMENT_TABLES.quotes, rows.quotes);
  await insertRows(sql, 'quote_names', STATEMENT_TABLES.quote_names, rows.quoteNames);
  await insertRows(sql, 'claims', STATEMENT_TABLES.claims, rows.claims);
  await insertRows(sql, 'claim_sources', STATEMENT_TABLES.claim_sources, rows.claimSources);
  await insertRows(sql, 'claim_names', STATEMENT_TABLES.claim_names, rows.claimNames);
  await insertRows(sql, 'events', STATEMENT_TABLES.events, rows.events);
  await insertRows(sql, 'event_names', STATEMENT_TABLES.event_names, rows.eventNames);
}

/**
 * Removes an article's index rows, unmerging its actors (an actor left with no appearance goes);
 * returns how many corpus actors went.
 */
export async function unindexArticle(sql: Sql, search: SearchIndex, article: { id: string; rank: number }): Promise<number> {
  const d = sql.dialect;
  const rows = await sql.all<{ local_id: string; actor_id: number; kind: string; mentions: number; names: unknown; roles: unknown }>(
    'SELECT local_id, actor_id, kind, mentions, names, roles FROM appearances WHERE article_id = $1',
    [article.id],
  );
  const appearances: Appearance[] = rows.map((r) => ({
    localId: r.local_id,
    actorId: Number(r.actor_id),
    kind: r.kind,
    mentions: Number(r.mentions),
    names: fromJson(r.names) as Appearance['names'],
    roles: fromJson(r.roles) as Appearance['roles'],
  }));
  await sql.run('DELETE FROM appearances WHERE article_id = $1', [article.id]);
  await applyTallies(sql, tallyChanges(appearances, -1));
  const affected = [...new Set(appearances.map((a) => a.actorId))];
  const gone =
    affected.length === 0
      ? []
      : (await sql.all<{ id: number }>(`SELECT id FROM actors WHERE ${d.inList('id', 1)} AND appearances <= 0`, [d.list(affected)])).map((r) => Number(r.id));
  if (gone.length > 0) {
    await summarize(sql, gone);
    for (const table of ['actor_names', 'actor_roles', 'actor_kinds']) await sql.run(`DELETE FROM ${table} WHERE ${d.inList('actor_id', 1)}`, [d.list(gone)]);
    await sql.run(`DELETE FROM actors WHERE ${d.inList('id', 1)}`, [d.list(gone)]);
  }
  await summarize(
    sql,
    affected.filter((id) => !gone.includes(id)),
  );
  await search.unindexArticle(sql, article);
  for (const table of ['article_cited', 'quotes', 'quote_names', 'claims', 'claim_sources', 'claim_names', 'events', 'event_names'])
    await sql.run(`DELETE FROM ${table} WHERE article_id = $1`, [article.id]);
  await unlinkStatements(sql, article.id);
  return gone.length;
}
