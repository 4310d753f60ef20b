/**
 * Indexing one stored article, written once for both stores: its actors merged into corpus actors
 * (merge-plan.ts decides, the tallies in actor-summary.ts keep each actor's names, roles and kind),
 * its search keys, and rows for its quotes, claims and events. Callers run it inside the store's
 * write transaction (one writer at a time), so merges and counts never race.
 */
import { summarizeTallies, tallyChanges, type ActorTallies, type Appearance, type TallyChanges } from './actors/actor-summary.js';
import { firstLastKey, lastWord, planMerge, type NameLookup, type NameRow } from './actors/merge-plan.js';
import { deriveArticle } from './derive/derive-article.js';
import type { SearchIndex } from './sql/search.js';
import type { Sql } from './sql/sql.js';

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
    return { localId: actor.localId, actorId: ref < 0 ? newIds[-ref - 1]! : ref, kind: actor.kind, mentions: actor.mentions, names: actor.names, roles: actor.roles };
  });
  if (appearances.length > 0) {
    await sql.run(
      `INSERT INTO appearances (article_id, local_id, actor_id, rank, kind, mentions, names, roles)
       SELECT $2, local_id, actor_id, $3, kind, mentions, names, roles
       FROM ${d.rowsOf(1, { local_id: 'text', actor_id: 'bigint', kind: 'text', mentions: 'int', names: 'json', roles: 'json' })} WHERE true
       ON CONFLICT (article_id, local_id) DO NOTHING`,
      [d.rows(appearances.map((a) => ({ local_id: a.localId, actor_id: a.actorId, kind: a.kind, mentions: a.mentions, names: a.names, roles: a.roles }))), article.id, article.rank],
    );
  }
  await applyTallies(sql, tallyChanges(appearances, 1));
  await summarize(sql, [...new Set(appearances.map((a) => a.actorId))]);

  const actorOf = new Map(appearances.map((a) => [a.localId, a.actorId]));
  await search.indexArticle(sql, { id: article.id, rank: article.rank, ingestedAt: article.ingestedAt, keys: derived.searchKeys });
  await insertRows(sql, 'quotes', { article_id: 'text', ord: 'int', rank: 'bigint', speaker_actor_id: 'bigint', kind: 'text', paragraph: 'int' },
    derived.quotes.map((q) => ({ article_id: article.id, ord: q.ord, rank: article.rank, speaker_actor_id: q.speakerLocalId ? actorOf.get(q.speakerLocalId) ?? null : null, kind: q.kind, paragraph: q.paragraph })));
  await insertRows(sql, 'claims', { article_id: 'text', ord: 'int', rank: 'bigint', kind: 'text', paragraph: 'int' },
    derived.claims.map((c) => ({ article_id: article.id, ord: c.ord, rank: article.rank, kind: c.kind, paragraph: c.paragraph })));
  const sources = derived.claims.flatMap((c) =>
    [...new Set(c.sourceLocalIds.flatMap((id) => (actorOf.has(id) ? [actorOf.get(id)!] : [])))].map((actorId) => ({ article_id: article.id, ord: c.ord, actor_id: actorId, rank: article.rank })),
  );
  await insertRows(sql, 'claim_sources', { article_id: 'text', ord: 'int', actor_id: 'bigint', rank: 'bigint' }, sources);
  await insertRows(sql, 'events', { article_id: 'text', ord: 'int', rank: 'bigint', date: 'text', start_day: 'text', end_day: 'text', paragraph: 'int' },
    derived.events.map((e) => ({ article_id: article.id, ord: e.ord, rank: article.rank, date: e.date, start_day: e.startDay, end_day: e.endDay, paragraph: e.paragraph })));
  return plan.newActors.length;
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
    names: json(r.names) as Appearance['names'],
    roles: json(r.roles) as Appearance['roles'],
  }));
  await sql.run('DELETE FROM appearances WHERE article_id = $1', [article.id]);
  await applyTallies(sql, tallyChanges(appearances, -1));
  const affected = [...new Set(appearances.map((a) => a.actorId))];
  const gone = affected.length === 0 ? [] : (await sql.all<{ id: number }>(
    `SELECT id FROM actors WHERE ${d.inList('id', 1)} AND appearances <= 0`,
    [d.list(affected)],
  )).map((r) => Number(r.id));
  if (gone.length > 0) {
    await summarize(sql, gone);
    for (const table of ['actor_names', 'actor_roles', 'actor_kinds']) await sql.run(`DELETE FROM ${table} WHERE ${d.inList('actor_id', 1)}`, [d.list(gone)]);
    await sql.run(`DELETE FROM actors WHERE ${d.inList('id', 1)}`, [d.list(gone)]);
  }
  await summarize(sql, affected.filter((id) => !gone.includes(id)));
  await search.unindexArticle(sql, article);
  for (const table of ['quotes', 'claims', 'claim_sources', 'events']) await sql.run(`DELETE FROM ${table} WHERE article_id = $1`, [article.id]);
  return gone.length;
}

async function lookupNames(sql: Sql, q: NameLookup): Promise<NameRow[]> {
  const d = sql.dialect;
  const rows = await sql.all<{ actor_id: number; kind: string; appearances: number; folded: string }>(
    `SELECT n.actor_id, a.kind, a.appearances, n.folded FROM actor_names n JOIN actors a ON a.id = n.actor_id
     WHERE ${d.inList('n.folded', 1)} OR n.first_last = $2 OR n.surname = $3 ORDER BY n.actor_id, n.seen`,
    [d.list(q.names), q.firstLast, q.surname],
  );
  return rows.map((r) => ({ actorId: Number(r.actor_id), kind: r.kind, appearances: Number(r.appearances), folded: r.folded }));
}

async function applyTallies(sql: Sql, changes: TallyChanges): Promise<void> {
  const d = sql.dialect;
  if (changes.counters.size > 0) {
    await sql.run(
      `UPDATE actors SET appearances = actors.appearances + r.appearances, articles = actors.articles + r.articles,
         mentions = actors.mentions + r.mentions
       FROM ${d.rowsOf(1, { id: 'bigint', appearances: 'int', articles: 'int', mentions: 'int' })} WHERE actors.id = r.id`,
      [d.rows([...changes.counters].map(([id, c]) => ({ id, ...c })))],
    );
  }
  const names = [...changes.names.values()].map((n) => ({
    actor_id: n.actorId,
    folded: n.folded,
    text: n.text,
    refs: n.refs,
    weight: n.weight,
    first_last: n.folded.includes(' ') ? firstLastKey(n.folded) : null,
    surname: n.folded.includes(' ') ? lastWord(n.folded) : null,
  }));
  if (names.length > 0) {
    await sql.run(
      `INSERT INTO actor_names (actor_id, folded, text, refs, weight, first_last, surname)
       SELECT actor_id, folded, text, refs, weight, first_last, surname
       FROM ${d.rowsOf(1, { actor_id: 'bigint', folded: 'text', text: 'text', refs: 'int', weight: 'int', first_last: 'text', surname: 'text' })} WHERE true
       ON CONFLICT (actor_id, folded) DO UPDATE SET refs = actor_names.refs + excluded.refs, weight = actor_names.weight + excluded.weight`,
      [d.rows(names)],
    );
  }
  const roles = [...changes.roles.values()].map((r) => ({ actor_id: r.actorId, folded: r.folded, text: r.text, count: r.count }));
  if (roles.length > 0) {
    await sql.run(
      `INSERT INTO actor_roles (actor_id, folded, text, count) SELECT actor_id, folded, text, count
       FROM ${d.rowsOf(1, { actor_id: 'bigint', folded: 'text', text: 'text', count: 'int' })} WHERE true
       ON CONFLICT (actor_id, folded) DO UPDATE SET count = actor_roles.count + excluded.count`,
      [d.rows(roles)],
    );
  }
  const kinds = [...changes.kinds.values()].map((k) => ({ actor_id: k.actorId, kind: k.kind, count: k.count }));
  if (kinds.length > 0) {
    await sql.run(
      `INSERT INTO actor_kinds (actor_id, kind, count) SELECT actor_id, kind, count
       FROM ${d.rowsOf(1, { actor_id: 'bigint', kind: 'text', count: 'int' })} WHERE true
       ON CONFLICT (actor_id, kind) DO UPDATE SET count = actor_kinds.count + excluded.count`,
      [d.rows(kinds)],
    );
  }
  const touched = [...changes.counters.keys()];
  if (touched.length > 0 && [...changes.counters.values()].some((c) => c.appearances < 0)) {
    await sql.run(`DELETE FROM actor_names WHERE ${d.inList('actor_id', 1)} AND refs <= 0`, [d.list(touched)]);
    await sql.run(`DELETE FROM actor_roles WHERE ${d.inList('actor_id', 1)} AND count <= 0`, [d.list(touched)]);
    await sql.run(`DELETE FROM actor_kinds WHERE ${d.inList('actor_id', 1)} AND count <= 0`, [d.list(touched)]);
  }
}

/** Recomputes the summary (name, kind, roles, aliases) and name words of the given actors. */
async function summarize(sql: Sql, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  const d = sql.dialect;
  const list = d.list(ids);
  const tallies = new Map<number, ActorTallies>();
  for (const row of await sql.all<{ id: number; kind: string }>(`SELECT id, kind FROM actors WHERE ${d.inList('id', 1)}`, [list])) {
    tallies.set(Number(row.id), { names: [], roles: [], kinds: [], kind: row.kind });
  }
  const of = (id: unknown) => tallies.get(Number(id));
  for (const r of await sql.all<{ actor_id: number; folded: string; text: string; refs: number; weight: number }>(
    `SELECT actor_id, folded, text, refs, weight FROM actor_names WHERE ${d.inList('actor_id', 1)} ORDER BY seen`, [list])) {
    of(r.actor_id)?.names.push({ folded: r.folded, text: r.text, refs: Number(r.refs), weight: Number(r.weight) });
  }
  for (const r of await sql.all<{ actor_id: number; folded: string; text: string; count: number }>(
    `SELECT actor_id, folded, text, count FROM actor_roles WHERE ${d.inList('actor_id', 1)} ORDER BY seen`, [list])) {
    of(r.actor_id)?.roles.push({ folded: r.folded, text: r.text, count: Number(r.count) });
  }
  for (const r of await sql.all<{ actor_id: number; kind: string; count: number }>(
    `SELECT actor_id, kind, count FROM actor_kinds WHERE ${d.inList('actor_id', 1)}`, [list])) {
    of(r.actor_id)?.kinds.push({ kind: r.kind, count: Number(r.count) });
  }
  const current = new Map<number, Set<string>>();
  for (const r of await sql.all<{ actor_id: number; token: string }>(
    `SELECT actor_id, token FROM actor_tokens WHERE ${d.inList('actor_id', 1)}`, [list])) {
    const set = current.get(Number(r.actor_id)) ?? new Set<string>();
    set.add(r.token);
    current.set(Number(r.actor_id), set);
  }
  const updates: Record<string, unknown>[] = [];
  const added: { token: string; actor_id: number }[] = [];
  const removed: { token: string; actor_id: number }[] = [];
  for (const id of ids) {
    const t = tallies.get(id);
    const summary = t ? summarizeTallies(t) : null;
    if (summary && summary.name !== '') {
      updates.push({ id, name: summary.name, folded: summary.folded, kind: summary.kind, roles: summary.roles, aliases: summary.aliases });
    }
    const want = new Set(summary && t!.names.some((n) => n.refs > 0) ? summary.tokens : []);
    const have = current.get(id) ?? new Set<string>();
    for (const token of want) if (!have.has(token)) added.push({ token, actor_id: id });
    for (const token of have) if (!want.has(token)) removed.push({ token, actor_id: id });
  }
  if (updates.length > 0) {
    await sql.run(
      `UPDATE actors SET name = r.name, folded = r.folded, kind = r.kind, roles = r.roles, aliases = r.aliases
       FROM ${d.rowsOf(1, { id: 'bigint', name: 'text', folded: 'text', kind: 'text', roles: 'json', aliases: 'json' })} WHERE actors.id = r.id`,
      [d.rows(updates)],
    );
  }
  await changeTokens(sql, added, removed);
}

// Name words: which actor each word names, and how many actors use each word (for typo and prefix lookups).
async function changeTokens(sql: Sql, added: { token: string; actor_id: number }[], removed: { token: string; actor_id: number }[]): Promise<void> {
  const d = sql.dialect;
  const pairs = { token: 'text', actor_id: 'bigint' } as const;
  if (added.length > 0) {
    await sql.run(`INSERT INTO actor_tokens (token, actor_id) SELECT token, actor_id FROM ${d.rowsOf(1, pairs)} WHERE true ON CONFLICT DO NOTHING`, [d.rows(added)]);
  }
  if (removed.length > 0) {
    await sql.run(
      `DELETE FROM actor_tokens WHERE EXISTS (SELECT 1 FROM ${d.rowsOf(1, pairs)} WHERE r.token = actor_tokens.token AND r.actor_id = actor_tokens.actor_id)`,
      [d.rows(removed)],
    );
  }
  const delta = new Map<string, number>();
  for (const { token } of added) delta.set(token, (delta.get(token) ?? 0) + 1);
  for (const { token } of removed) delta.set(token, (delta.get(token) ?? 0) - 1);
  const rows = [...delta].filter(([, n]) => n !== 0).map(([token, n]) => ({ token, n }));
  if (rows.length === 0) return;
  await sql.run(
    `INSERT INTO name_tokens (token, actors) SELECT token, n FROM ${d.rowsOf(1, { token: 'text', n: 'int' })} WHERE true
     ON CONFLICT (token) DO UPDATE SET actors = name_tokens.actors + excluded.actors`,
    [d.rows(rows)],
  );
  if (rows.some((r) => r.n < 0)) {
    await sql.run(`DELETE FROM name_tokens WHERE ${d.inList('token', 1)} AND actors <= 0`, [d.list(rows.filter((r) => r.n < 0).map((r) => r.token))]);
  }
}

async function insertRows(sql: Sql, table: string, columns: Record<string, 'bigint' | 'int' | 'text'>, rows: Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  const names = Object.keys(columns).join(', ');
  await sql.run(`INSERT INTO ${table} (${names}) SELECT ${names} FROM ${sql.dialect.rowsOf(1, columns)} WHERE true`, [sql.dialect.rows(rows)]);
}

function json(value: unknown): unknown {
  return typeof value === 'string' ? JSON.parse(value) : value;
}
