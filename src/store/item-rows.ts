/**
 * A reply about one actor or one topic reads the quotes or claims it shows as rows (migration 14),
 * not the parses of the articles they come from: each article comes back as a thin record with what
 * citing it reads (article_cited: headline, date, agency, source), only those quotes or claims (each
 * with its index in the whole parse), and only the actors they link to. A claims reply about a busy
 * actor reads a few kilobytes where the parses were 11 KB an article.
 */
import type { Actor, ActorKind, Claim, ParsedArticle, Quote } from '../article/types.js';
import type { ArticleRecord, ItemsAbout } from './corpus-queries.js';
import type { DerivedName } from './derive/derive-article.js';
import { fromJson, type Sql, type SqlRow } from './sql/sql.js';

/** What a reply reads as rows: quotes or claims. */
export type ItemsRead = 'quotes' | 'claims';

/**
 * The quotes or claims of some articles about an actor (said by them or naming them) or using a
 * topic's content keys, as thin article records (every article asked for, with none of its items
 * when it has no such one; unknown ids left out). Null when one of the articles was derived before
 * these rows existed: read its parse instead.
 * @example await readItems(sql, ['a1', 'a2'], 'claims', { actor: 17 }) // [{ id: 'a1', parsed: { claims: [...] }, itemOrds: { claims: [0, 3] } }, ...]
 */
export async function readItems(sql: Sql, articleIds: readonly string[], read: ItemsRead, about: ItemsAbout): Promise<ArticleRecord[] | null> {
  if (articleIds.length === 0) return [];
  const d = sql.dialect;
  // Nothing is read from the articles table: its rows carry the whole parse, which SQLite walks
  // through to reach a later column, and whose pages crowd its cache out.
  const heads = await sql.all<SqlRow>(`SELECT c.article_id, c.rank, c.data FROM article_cited c WHERE ${d.inList('c.article_id', 1)}`, [d.list(articleIds)]);
  // Written with the item rows by derivation 3: an article without it was derived before them (or is gone).
  if (heads.length < new Set(articleIds).size) return null;
  const data = d.name === 'postgres' ? 'i.data::text AS data' : 'i.data';
  const items = await sql.all<SqlRow>(
    'actor' in about
      ? // Driven by the articles' rows that link the actor (each table's key starts with the
        // article), so an actor in thousands of articles costs what one in forty does.
        `SELECT i.article_id, i.ord, ${data} FROM (${linking(d.inList('article_id', 1), read)}) m
         JOIN ${read} i ON i.article_id = m.article_id AND i.ord = m.ord ORDER BY i.article_id, i.ord`
      : // Every key as a whole word of the item's keys (keys are letters and digits only).
        `SELECT i.article_id, i.ord, ${data} FROM ${read} i WHERE ${d.inList('i.article_id', 1)}
         ${about.words.map((_, n) => `AND i.keys LIKE $${n + 2}`).join(' ')} ORDER BY i.article_id, i.ord`,
    'actor' in about ? [d.list(articleIds), about.actor] : [d.list(articleIds), ...about.words.map((w) => `% ${w} %`)],
  );
  const byArticle = new Map<string, { ords: number[]; values: (Quote | Claim)[] }>();
  for (const row of items) {
    const id = String(row.article_id);
    const entry = byArticle.get(id) ?? { ords: [], values: [] };
    entry.ords.push(Number(row.ord));
    entry.values.push(fromJson(row.data) as Quote | Claim);
    byArticle.set(id, entry);
  }
  // The exact (article, local id) pairs: local ids repeat across articles ("a1"), so a list of each
  // read nearly every actor of every article (500-780 rows for a busy actor's 40 articles).
  const pairs = [...byArticle.entries()].flatMap(([id, e]) =>
    [...new Set(e.values.flatMap((v) => linkedLocalIds(v, read)))].map((local) => ({ article_id: id, local_id: local })),
  );
  const appearances =
    pairs.length === 0
      ? []
      : await sql.all<SqlRow>(
          `SELECT p.article_id, p.local_id, p.actor_id, p.kind, p.mentions, p.names, p.roles FROM appearances p
           WHERE (p.article_id, p.local_id) IN (SELECT article_id, local_id FROM ${d.rowsOf(1, { article_id: 'text', local_id: 'text' })})`,
          [d.rows(pairs)],
        );
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
      events: [],
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

/** The (article, ord) pairs of the items an actor says (source, co-source, speaker) or whose words name them ($2). */
function linking(ofArticles: string, read: ItemsRead): string {
  return read === 'claims'
    ? `SELECT article_id, ord FROM claim_sources WHERE ${ofArticles} AND actor_id = $2 UNION SELECT article_id, ord FROM claim_names WHERE ${ofArticles} AND actor_id = $2`
    : `SELECT article_id, ord FROM quotes WHERE ${ofArticles} AND speaker_actor_id = $2 UNION SELECT article_id, ord FROM quote_names WHERE ${ofArticles} AND actor_id = $2`;
}

/** The local actors a quote (speaker, relays) or claim (sources, relays) links to. */
function linkedLocalIds(value: Quote | Claim, read: ItemsRead): string[] {
  const ids =
    read === 'quotes'
      ? [(value as Quote).speakerId, ...((value as Quote).via ?? [])]
      : [(value as Claim).sourceId, ...((value as Claim).coSourceIds ?? []), ...((value as Claim).via ?? [])];
  return ids.filter((id): id is string => typeof id === 'string');
}

/** An article's actor as its appearance row keeps it (no paragraphs: thin records have none). */
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
    paragraphs: [],
  };
}
