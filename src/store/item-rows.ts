/**
 * A reply about one actor or one topic reads the quotes, claims or events it shows as rows (migrations 14 and 15),
 * not the parses of the articles they come from: each article comes back as a thin record with what
 * citing it reads (article_cited: headline, date, agency, source), only those quotes or claims (each
 * with its index in the whole parse), and only the actors they link to. A claims reply about a busy
 * actor reads a few kilobytes where the parses were 11 KB an article.
 */
import type { Actor, ActorKind, ArticleEvent, Claim, ParsedArticle, Quote } from '../article/types.js';
import type { ArticleRecord, ItemsAbout, ItemsRead } from './corpus-queries.js';
import type { DerivedName } from './derive/derive-article.js';
import { fromJson, type Sql, type SqlRow } from './sql/sql.js';

/** The derivation that first wrote each kind of row (derive-article.ts): older articles are read from their parses. */
const ROWS_SINCE: Record<ItemsRead, number> = { quotes: 3, claims: 3, events: 4 };

/**
 * The quotes, claims or events of some articles about an actor (said by them or naming them; events
 * in a paragraph or words naming them) or using a topic's content keys, as thin article records (every article asked for, with none of its items
 * when it has no such one; unknown ids left out). Null when one of the articles was derived before
 * these rows existed: read its parse instead.
 * @example await readItems(sql, ['a1', 'a2'], 'claims', { actor: 17 }) // [{ id: 'a1', parsed: { claims: [...] }, itemOrds: { claims: [0, 3] } }, ...]
 */
export async function readItems(sql: Sql, articleIds: readonly string[], read: ItemsRead, about: ItemsAbout): Promise<ArticleRecord[] | null> {
  if (articleIds.length === 0) return [];
  const d = sql.dialect;
  // Nothing is read from the articles table: its rows carry the whole parse, which SQLite walks
  // through to reach a later column, and whose pages crowd its cache out. The heads are read beside
  // the items (on PostgreSQL, on a second connection): one round trip fewer in a reply's wait.
  const [heads, { byArticle, appearances }] = await Promise.all([
    sql.all<SqlRow>(`SELECT c.article_id, c.rank, c.data, c.derivation FROM article_cited c WHERE ${d.inList('c.article_id', 1)}`, [d.list(articleIds)]),
    readLinked(sql, articleIds, read, about),
  ]);
  // Written with the item rows: an article without it, or written before rows of this kind, was derived before them (or is gone).
  if (heads.length < new Set(articleIds).size || heads.some((h) => Number(h.derivation) < ROWS_SINCE[read])) return null;
  return heads.map((head) => {
    const storeId = String(head.article_id);
    const entry = byArticle.get(storeId) ?? { ords: [], values: [] };
    const own = appearances.filter((p) => String(p.article_id) === storeId);
    const cited = fromJson(head.data) as Partial<ParsedArticle>;
    const parsed: ParsedArticle = {
      id: typeof cited.id === 'string' ? cited.id : storeId,
      headline: typeof cited.headline === 'string' ? cited.headline : '',
      publishedAt: typeof cited.publishedAt === 'string' ? cited.publishedAt : null,
      agency: typeof cited.agency === 'string' ? cited.agency : null,
      dateline: null,
      bylines: [],
      credits: [],
      paragraphs: [],
      actors: own.map(actorOf),
      quotes: read === 'quotes' ? (entry.values as Quote[]) : [],
      claims: read === 'claims' ? (entry.values as Claim[]) : [],
      events: read === 'events' ? (entry.values as ArticleEvent[]) : [],
      captions: [],
      subheadings: [],
      layout: '',
      source: typeof cited.source === 'string' ? cited.source : null,
      parserVersion: 0,
      ...(cited.suggestions && typeof cited.suggestions === 'object' ? { suggestions: cited.suggestions } : {}),
    };
    return {
      id: storeId,
      rank: Number(head.rank),
      parsed,
      body: false,
      actorIds: new Map(own.map((p) => [String(p.local_id), Number(p.actor_id)])),
      itemOrds: { [read]: entry.ords },
    };
  });
}

/** The items of the articles about the subject, by article, and the appearances of the actors they link to. */
async function readLinked(
  sql: Sql,
  articleIds: readonly string[],
  read: ItemsRead,
  about: ItemsAbout,
): Promise<{ byArticle: Map<string, { ords: number[]; values: Item[] }>; appearances: SqlRow[] }> {
  const d = sql.dialect;
  const data = d.name === 'postgres' ? 'i.data::text AS data' : 'i.data';
  const columns = 'p.article_id, p.local_id, p.actor_id, p.kind, p.mentions, p.names, p.roles, p.paragraphs';
  // An event links to no actor of its own: the actor it is about, with the paragraphs that name
  // them, read beside the events (of every article asked for, kept for those with an event): one
  // round trip fewer in a timeline's wait.
  const actorOfEvents =
    read === 'events' && 'actor' in about
      ? sql.all<SqlRow>(`SELECT ${columns} FROM appearances p WHERE ${d.inList('p.article_id', 1)} AND p.actor_id = $2`, [d.list(articleIds), about.actor])
      : Promise.resolve([]);
  const [items, aboutActor] = await Promise.all([
    sql.all<SqlRow>(
      'actor' in about
        ? // Driven by the articles' rows that link the actor (each table's key starts with the
          // article), so an actor in thousands of articles costs what one in forty does.
          `SELECT i.article_id, i.ord, ${data} FROM (${linking(d.inList('article_id', 1), read)}) m
         JOIN ${read} i ON i.article_id = m.article_id AND i.ord = m.ord ORDER BY i.article_id, i.ord`
        : // Every key as a whole word of the item's keys (keys are letters and digits only).
          `SELECT i.article_id, i.ord, ${data} FROM ${read} i WHERE ${d.inList('i.article_id', 1)}
         ${about.words.map((_, n) => `AND i.keys LIKE $${n + 2}`).join(' ')} ORDER BY i.article_id, i.ord`,
      'actor' in about ? [d.list(articleIds), about.actor] : [d.list(articleIds), ...about.words.map((w) => `% ${w} %`)],
    ),
    actorOfEvents,
  ]);
  const byArticle = new Map<string, { ords: number[]; values: Item[] }>();
  for (const row of items) {
    const id = String(row.article_id);
    const entry = byArticle.get(id) ?? { ords: [], values: [] };
    entry.ords.push(Number(row.ord));
    entry.values.push(fromJson(row.data) as Item);
    byArticle.set(id, entry);
  }
  if (read === 'events') return { byArticle, appearances: aboutActor.filter((p) => byArticle.has(String(p.article_id))) };
  // The exact (article, local id) pairs: local ids repeat across articles ("a1"), so a list of each
  // read nearly every actor of every article (500-780 rows for a busy actor's 40 articles).
  const pairs = [...byArticle.entries()].flatMap(([id, e]) =>
    [...new Set(e.values.flatMap((v) => linkedLocalIds(v, read)))].map((local) => ({ article_id: id, local_id: local })),
  );
  const appearances =
    pairs.length === 0
      ? []
      : await sql.all<SqlRow>(
          `SELECT ${columns} FROM appearances p
           WHERE (p.article_id, p.local_id) IN (SELECT article_id, local_id FROM ${d.rowsOf(1, { article_id: 'text', local_id: 'text' })})`,
          [d.rows(pairs)],
        );
  return { byArticle, appearances };
}

/**
 * The (article, ord) pairs of the items an actor says (source, co-source, speaker) or whose words
 * name them, or of the events their paragraph or words name them in ($2).
 */
function linking(ofArticles: string, read: ItemsRead): string {
  switch (read) {
    case 'claims':
      return `SELECT article_id, ord FROM claim_sources WHERE ${ofArticles} AND actor_id = $2 UNION SELECT article_id, ord FROM claim_names WHERE ${ofArticles} AND actor_id = $2`;
    case 'quotes':
      return `SELECT article_id, ord FROM quotes WHERE ${ofArticles} AND speaker_actor_id = $2 UNION SELECT article_id, ord FROM quote_names WHERE ${ofArticles} AND actor_id = $2`;
    case 'events':
      return `SELECT article_id, ord FROM event_names WHERE ${ofArticles} AND actor_id = $2`;
  }
}

/** A quote, a claim or an event as its row keeps it. */
type Item = Quote | Claim | ArticleEvent;

/** The local actors a quote (speaker, relays) or claim (sources, relays) links to; an event links to none. */
function linkedLocalIds(value: Item, read: ItemsRead): string[] {
  const ids =
    read === 'quotes'
      ? [(value as Quote).speakerId, ...((value as Quote).via ?? [])]
      : read === 'claims'
        ? [(value as Claim).sourceId, ...((value as Claim).coSourceIds ?? []), ...((value as Claim).via ?? [])]
        : [];
  return ids.filter((id): id is string => typeof id === 'string');
}

/** An article's actor as its appearance row keeps it (with the paragraphs that name it, where the row has them). */
function actorOf(row: SqlRow): Actor {
  const names = fromJson(row.names) as DerivedName[];
  const roles = fromJson(row.roles) as { text: string }[];
  const name = names.find((n) => n.canonical)?.text ?? names[0]?.text ?? '';
  return {
    id: String(row.local_id),
    name,
    kind: String(row.kind) as ActorKind,
    roles: roles.map((r) => r.text),
    aliases: names.filter((n) => n.text !== name).map((n) => n.text),
    mentions: Number(row.mentions),
    paragraphs: row.paragraphs === null || row.paragraphs === undefined ? [] : (fromJson(row.paragraphs) as number[]),
  };
}
