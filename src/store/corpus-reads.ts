/**
 * CorpusQueries over either store: the same statements on both, through sql.ts's dialect, with
 * full-text and trigram lookups from search.ts. Every query reads an index and returns a bounded
 * number of rows.
 */
import { distance } from 'fastest-levenshtein';
import type { ActorRecord, ArticleHead, ArticleRecord, CorpusQueries } from './corpus-queries.js';
import { isIndexedPrefix } from './actors/name-prefixes.js';
import { readItems } from './item-rows.js';
import { joinParse } from './parse-columns.js';
import type { SearchIndex } from './sql/search.js';
import { readProvenance } from './statements/statement-reads.js';
import type { Sql, SqlRow } from './sql/sql.js';

/** Below this many actors for a name beginning, completion reads them all; above, it walks the most mentioned. */
const PREFIX_COLLECT_AT_MOST = 6_000;

/** Actors read for a name at most (a reply offers ten of them). */
const NAMED_AT_MOST = 50;

/** Name words fetched by letter triples before edit distances pick the close ones. */
const TRIGRAM_CANDIDATES = 200;

const ACTOR_COLUMNS = 'a.id, a.name, a.kind, a.roles, a.aliases, a.mentions, a.articles';

/**
 * How long a word's trigram candidates are shared: a name search that finds nothing asks for the same
 * word's near spellings twice within one command (as typos, then as suggestions), each a scan of
 * the name words; a name stored meanwhile waits this long at most to be suggested.
 */
const CANDIDATES_SHARED_MS = 1_000;

/**
 * The read side of a store.
 * @example const queries = createCorpusQueries(postgresSql(pool), postgresSearch('public'));
 */
export function createCorpusQueries(sql: Sql, search: SearchIndex): CorpusQueries {
  const d = sql.dialect;
  const ids = async (text: string, params: unknown[]) => (await sql.all<{ id: string }>(text, params)).map((r) => String(r.id));
  const shared = new Map<string, { at: number; tokens: Promise<string[]> }>();
  const trigramCandidates = (word: string): Promise<string[]> => {
    const now = Date.now();
    for (const [key, entry] of shared) if (now - entry.at > CANDIDATES_SHARED_MS) shared.delete(key);
    const known = shared.get(word);
    if (known) return known.tokens;
    const tokens = search.similarTokens(sql, word, TRIGRAM_CANDIDATES);
    shared.set(word, { at: now, tokens });
    tokens.catch(() => shared.delete(word));
    return tokens;
  };
  return {
    async counts() {
      const [row] = await sql.all<{ articles: number; actors: number }>('SELECT articles, actors FROM corpus_counts WHERE id = 1');
      return { articles: Number(row?.articles ?? 0), actors: Number(row?.actors ?? 0) };
    },
    async newestArticles(limit, since = null) {
      const rows = since
        ? await sql.all<SqlRow>('SELECT id, rank, published_at FROM articles WHERE ingested_at > $2 ORDER BY rank DESC LIMIT $1', [limit, since])
        : await sql.all<SqlRow>('SELECT id, rank, published_at FROM articles ORDER BY rank DESC LIMIT $1', [limit]);
      return rows.map((r): ArticleHead => ({ id: String(r.id), rank: Number(r.rank), publishedAt: r.published_at === null ? null : String(r.published_at) }));
    },
    async articles(wanted, body = true) {
      if (wanted.length === 0) return [];
      // One round trip: each parse (as text, parsed here: quicker than the driver's own JSON
      // handling) with its actors' links to the merged actors.
      const text = (column: string) => (d.name === 'postgres' ? `a.${column}::text AS ${column}` : `a.${column}`);
      const rows = await sql.all<SqlRow>(
        `SELECT a.id, a.rank, ${text('parsed')}${body ? `, ${text('body')}` : ''},
           (SELECT ${d.pairs('p.local_id', 'p.actor_id')} FROM appearances p WHERE p.article_id = a.id) AS links
         FROM articles a WHERE ${d.inList('a.id', 1)}`,
        [d.list(wanted)],
      );
      return rows.map((r): ArticleRecord => ({
        id: String(r.id),
        rank: Number(r.rank),
        parsed: joinParse(r.parsed, r.body),
        body,
        actorIds: new Map(((r.links ? JSON.parse(String(r.links)) : []) as [string, number][]).map(([local, actor]) => [String(local), Number(actor)])),
      }));
    },
    async actors(wanted) {
      if (wanted.length === 0) return [];
      return (await sql.all<SqlRow>(`SELECT ${ACTOR_COLUMNS} FROM actors a WHERE ${d.inList('a.id', 1)}`, [d.list(wanted)])).map(actorRecord);
    },
    async actorsNamed(folded, limit = NAMED_AT_MOST) {
      // The actors whose full name it is, and those it names most often (both read from an index
      // in order, so a name thousands of actors carry costs what a rare one does), then ranked.
      const rows = await sql.all<SqlRow>(
        `SELECT ${ACTOR_COLUMNS} FROM actors a WHERE a.id IN (
           SELECT id FROM (SELECT id FROM actors WHERE folded = $1 ORDER BY id LIMIT $2) own
           UNION SELECT actor_id FROM (SELECT actor_id FROM actor_names WHERE folded = $1 ORDER BY refs DESC, actor_id LIMIT $2) named)
         ORDER BY CASE WHEN a.folded = $1 THEN 0 ELSE 1 END, CASE WHEN a.kind = 'person' THEN 0 ELSE 1 END, a.mentions DESC, a.id LIMIT $2`,
        [folded, limit],
      );
      return rows.map(actorRecord);
    },
    async actorsWithWords(words, limit) {
      if (words.length === 0 || words.some((w) => w.length === 0)) return [];
      const each = words.map((_, i) => `SELECT actor_id FROM actor_tokens WHERE ${d.inList('token', i + 2)}`).join(' INTERSECT ');
      const rows = await sql.all<SqlRow>(
        `SELECT ${ACTOR_COLUMNS} FROM actors a WHERE a.id IN (${each})
         ORDER BY CASE WHEN a.kind = 'person' THEN 0 ELSE 1 END, a.mentions DESC, a.name LIMIT $1`,
        [limit, ...words.map((w) => d.list(w))],
      );
      return rows.map(actorRecord);
    },
    async actorsWithNamePrefix(prefix, words, limit) {
      if (prefix === '' || words.some((w) => w.length === 0)) return [];
      if (words.length === 0 && isIndexedPrefix(prefix)) {
        // A short beginning alone: its most mentioned actors are the first rows of an index.
        const rows = await sql.all<SqlRow>(
          `SELECT ${ACTOR_COLUMNS} FROM actors a
           WHERE a.id IN (SELECT actor_id FROM name_prefixes WHERE prefix = $1 ORDER BY mentions DESC, actor_id LIMIT $2)
           ORDER BY a.mentions DESC, a.id LIMIT $2`,
          [prefix, limit],
        );
        return rows.map(actorRecord);
      }
      const range = [prefix, `${prefix}\uffff`];
      const each = words.map((_, i) => ` AND a.id IN (SELECT actor_id FROM actor_tokens WHERE ${d.inList('token', i + 4)})`).join('');
      const [{ actors = 0 } = {}] = await sql.all<{ actors: number }>('SELECT sum(actors) AS actors FROM name_tokens WHERE token >= $1 AND token < $2', range);
      // A longer beginning, or one after words typed in full. Few actors carry a word of this
      // beginning: read them all and sort. Many: walk the actors most mentioned first and keep
      // those that do, which finds enough early.
      const rows =
        Number(actors ?? 0) <= PREFIX_COLLECT_AT_MOST
          ? await sql.all<SqlRow>(
              `SELECT ${ACTOR_COLUMNS} FROM actors a
             WHERE a.id IN (SELECT actor_id FROM actor_tokens WHERE token >= $1 AND token < $2)${each}
             ORDER BY a.mentions DESC, a.id LIMIT $3`,
              [...range, limit, ...words.map((w) => d.list(w))],
            )
          : await sql.all<SqlRow>(
              `SELECT ${ACTOR_COLUMNS} FROM actors a
             WHERE EXISTS (SELECT 1 FROM actor_tokens t WHERE t.actor_id = a.id AND t.token >= $1 AND t.token < $2)${each}
             ORDER BY a.mentions DESC, a.id LIMIT $3`,
              [...range, limit, ...words.map((w) => d.list(w))],
            );
      return rows.map(actorRecord);
    },
    async hasNameWord(word) {
      return (await sql.all('SELECT 1 FROM name_tokens WHERE token = $1', [word])).length > 0;
    },
    async similarNameWords(word, maxEdits) {
      if (maxEdits <= 0 || word.length === 0) return [];
      const found: { token: string; edits: number }[] = [];
      for (const token of await trigramCandidates(word)) {
        if (token === word || Math.abs(token.length - word.length) > maxEdits) continue;
        const edits = distance(word, token);
        if (edits <= maxEdits) found.push({ token, edits });
      }
      // As a deletion index would: two-edit words only when no one-edit word exists.
      const closest = found.some((f) => f.edits === 1) ? found.filter((f) => f.edits === 1) : found;
      return closest.sort((a, b) => a.edits - b.edits || a.token.localeCompare(b.token)).map((f) => f.token);
    },
    async nameWordsWithPrefix(prefix, limit) {
      const rows = await sql.all<{ token: string }>('SELECT token FROM name_tokens WHERE token >= $1 AND token < $2 ORDER BY token LIMIT $3', [
        prefix,
        `${prefix}\uffff`,
        limit,
      ]);
      return rows.map((r) => r.token).filter((t) => t.startsWith(prefix));
    },
    actorArticleIds: (actorId, limit, since = null) =>
      since
        ? // What is new since a digest is few articles: read those, not the actor's whole history.
          ids(
            `SELECT a.id FROM articles a WHERE a.ingested_at > $3
               AND EXISTS (SELECT 1 FROM appearances p WHERE p.article_id = a.id AND p.actor_id = $1)
             ORDER BY a.rank DESC LIMIT $2`,
            [actorId, limit, since],
          )
        : distinctNewest(sql, 'SELECT article_id AS id FROM appearances WHERE actor_id = $1 ORDER BY rank DESC LIMIT $2', actorId, limit),
    quotedArticleIds: (actorId, limit) =>
      distinctNewest(sql, 'SELECT article_id AS id FROM quotes WHERE speaker_actor_id = $1 ORDER BY rank DESC LIMIT $2', actorId, limit),
    claimArticleIds: (actorId, limit) =>
      distinctNewest(sql, 'SELECT article_id AS id FROM claim_sources WHERE actor_id = $1 ORDER BY rank DESC LIMIT $2', actorId, limit),
    items: (articleIds, read, about) => readItems(sql, articleIds, read, about),
    articlesWithKeys: (keys, limit, since = null) => search.articlesWithKeys(sql, keys, limit, since),
    async keyCount(key, cap) {
      return Math.min(cap, (await search.keyCounts(sql, [key])).get(key) ?? 0);
    },
    provenance: (articleIds, items) => readProvenance(sql, articleIds, items),
  };
}

/**
 * Distinct article ids from rows in newest-first index order. An article can hold several rows
 * for one actor (a party is the source of three claims in one story, a speaker of six quotes), so
 * four times the rows wanted are read (straight from the index, no sort: a fraction of a
 * millisecond more), and more again in the rare case that was not enough, a round trip more.
 */
async function distinctNewest(sql: Sql, text: string, actorId: number, limit: number): Promise<string[]> {
  for (let rows = limit * 4 + 8; ; rows *= 4) {
    const read = await sql.all<{ id: string }>(text, [actorId, rows]);
    const distinct = [...new Set(read.map((r) => String(r.id)))];
    if (distinct.length >= limit || read.length < rows) return distinct.slice(0, limit);
  }
}

function actorRecord(r: SqlRow): ActorRecord {
  return {
    id: Number(r.id),
    name: String(r.name),
    kind: String(r.kind),
    roles: jsonList(r.roles),
    aliases: jsonList(r.aliases),
    mentions: Number(r.mentions),
    articles: Number(r.articles),
  };
}

function jsonList(value: unknown): string[] {
  const list = typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
  return Array.isArray(list) ? list.map(String) : [];
}
