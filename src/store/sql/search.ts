/**
 * The two places the dialects differ most, behind one interface: full-text search over articles'
 * content keys (PostgreSQL: tsvector with a GIN index; SQLite: an FTS5 table whose rowid is the
 * article's rank, so matches come newest first without sorting) and letter-triple lookups of name
 * words for typos (pg_trgm; an FTS5 trigram table).
 */
import type { Sql } from './sql.js';

/** Full-text and trigram indexes of one dialect. */
/** An article's search keys as indexed. */
export interface SearchEntry {
  id: string;
  rank: number;
  ingestedAt: string;
  keys: readonly string[];
}

export interface SearchIndex {
  /**
   * Indexes the search keys of articles (one or many at once). With `counts`, how many articles
   * use each key is added up there instead of in the store, for addKeyCounts to write once: a bulk
   * import's batches would otherwise update the common keys' rows once a batch, and inside its one
   * transaction every such update leaves a row version behind that later updates walk past.
   */
  indexArticles(sql: Sql, entries: readonly SearchEntry[], counts?: Map<string, number>): Promise<void>;
  /** Adds to the stored number of articles using each key (what indexArticles added up). */
  addKeyCounts(sql: Sql, counts: ReadonlyMap<string, number>): Promise<void>;
  unindexArticle(sql: Sql, article: { id: string; rank: number }): Promise<void>;
  /** Ids of articles using every key, newest first; only those ingested after `since` when given. */
  articlesWithKeys(sql: Sql, keys: readonly string[], limit: number, since?: string | null): Promise<string[]>;
  /** Name words sharing the most letter triples with `token`, most alike first. */
  similarTokens(sql: Sql, token: string, limit: number): Promise<string[]>;
  /** How many articles use each key (keys no article uses are left out). */
  keyCounts(sql: Sql, keys: readonly string[]): Promise<Map<string, number>>;
}

/**
 * A topic search either collects every match through the GIN index and sorts (rows read: the
 * matches), or walks the articles newest first until enough match (rows read: about limit x
 * articles / matches). Walking is cheaper once the expected matches pass sqrt(limit x articles);
 * it starts at twice that, since words that go together less than independent words would make a
 * walk read more, and never below this many matches.
 */
const COLLECT_AT_LEAST = 500;

/** Key counts written per statement. */
const KEY_COUNT_ROWS = 20_000;

/** PostgreSQL: tsvector of exact lexemes (our content keys), pg_trgm in the schema `trgmSchema()` names. */
export function postgresSearch(trgmSchema: () => string): SearchIndex {
  const keyCounts = async (sql: Sql, keys: readonly string[]): Promise<Map<string, number>> => {
    const rows = await sql.all<{ key: string; articles: number }>('SELECT key, articles FROM search_keys WHERE key = ANY($1)', [[...keys]]);
    return new Map(rows.map((r) => [r.key, Number(r.articles)]));
  };
  const addKeyCounts = async (sql: Sql, counts: ReadonlyMap<string, number>): Promise<void> => {
    const rows = [...counts].map(([key, n]) => ({ key, n }));
    for (let from = 0; from < rows.length; from += KEY_COUNT_ROWS) {
      await sql.run(
        `INSERT INTO search_keys (key, articles) SELECT key, n FROM jsonb_to_recordset($1::jsonb) AS r(key text, n integer)
         ON CONFLICT (key) DO UPDATE SET articles = search_keys.articles + excluded.articles`,
        [sql.dialect.rows(rows.slice(from, from + KEY_COUNT_ROWS))],
      );
    }
  };
  return {
    async indexArticles(sql, entries, counts) {
      if (entries.length === 0) return;
      await sql.run(
        `INSERT INTO article_search (article_id, rank, ingested_at, keys)
         SELECT id, rank, ingested_at, array_to_tsvector(ARRAY(SELECT jsonb_array_elements_text(keys)))
         FROM jsonb_to_recordset($1::jsonb) AS r(id text, rank bigint, ingested_at timestamptz, keys jsonb)`,
        [sql.dialect.rows(entries.map((e) => ({ id: e.id, rank: e.rank, ingested_at: e.ingestedAt, keys: e.keys })))],
      );
      const added = counts ?? new Map<string, number>();
      for (const entry of entries) for (const key of new Set(entry.keys)) added.set(key, (added.get(key) ?? 0) + 1);
      if (!counts) await addKeyCounts(sql, added);
    },
    addKeyCounts,
    async unindexArticle(sql, a) {
      const [row] = await sql.all<{ keys: string[] }>('DELETE FROM article_search WHERE article_id = $1 RETURNING tsvector_to_array(keys) AS keys', [a.id]);
      if (row && row.keys.length > 0) {
        await sql.run('UPDATE search_keys SET articles = articles - 1 WHERE key = ANY($1)', [row.keys]);
        await sql.run('DELETE FROM search_keys WHERE key = ANY($1) AND articles <= 0', [row.keys]);
      }
    },
    keyCounts,
    async articlesWithKeys(sql, keys, limit, since = null) {
      if (keys.length === 0) return [];
      const counts = await keyCounts(sql, keys);
      if (counts.size < new Set(keys).size) return [];
      // Expected matches if the words were independent: few, collect them all through the GIN index
      // and sort; many, walk the newest articles until enough match.
      const [total] = await sql.all<{ articles: number }>('SELECT articles FROM corpus_counts WHERE id = 1');
      const n = Math.max(1, Number(total?.articles ?? 1));
      const expected = [...counts.values()].reduce((product, count) => (product * count) / n, n);
      const query = keys.map((k) => `'${k.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`).join(' & ');
      const match = `keys @@ $1::tsquery${since ? ' AND ingested_at > $3' : ''}`;
      const text =
        expected <= Math.max(COLLECT_AT_LEAST, 2 * Math.sqrt(limit * n))
          ? `WITH m AS MATERIALIZED (SELECT article_id, rank FROM article_search WHERE ${match}) SELECT article_id FROM m ORDER BY rank DESC LIMIT $2`
          : `SELECT article_id FROM article_search WHERE ${match} ORDER BY rank DESC LIMIT $2`;
      const rows = await sql.all<{ article_id: string }>(text, since ? [query, limit, since] : [query, limit]);
      return rows.map((r) => r.article_id);
    },
    async similarTokens(sql, token, limit) {
      const trgm = trgmSchema();
      const rows = await sql.all<{ token: string }>(
        `SELECT token FROM name_tokens WHERE token OPERATOR(${trgm}.%) $1 ORDER BY ${trgm}.similarity(token, $1) DESC, token LIMIT $2`,
        [token, limit],
      );
      return rows.map((r) => r.token);
    },
  };
}

/** SQLite: FTS5 over content keys (rowid = rank) and an FTS5 trigram table of padded name words. */
export const sqliteSearch: SearchIndex = {
  async indexArticles(sql, entries) {
    if (entries.length === 0) return;
    await sql.run(`INSERT INTO article_search (rowid, keys) SELECT value->>'rank', value->>'keys' FROM json_each($1)`, [
      JSON.stringify(entries.map((e) => ({ rank: e.rank, keys: e.keys.join(' ') }))),
    ]);
  },
  // FTS5 keeps its own counts (the search_keys vocabulary table).
  async addKeyCounts() {},
  async unindexArticle(sql, a) {
    await sql.run('DELETE FROM article_search WHERE rowid = $1', [a.rank]);
  },
  async articlesWithKeys(sql, keys, limit, since = null) {
    if (keys.length === 0) return [];
    const match = keys.map((k) => `"${k.replaceAll('"', '""')}"`).join(' AND ');
    const rows = await sql.all<{ id: string }>(
      `SELECT a.id FROM article_search s JOIN articles a ON a.rank = s.rowid
       WHERE article_search MATCH $1 ${since ? 'AND a.ingested_at > $3' : ''} ORDER BY s.rowid DESC LIMIT $2`,
      since ? [match, limit, since] : [match, limit],
    );
    return rows.map((r) => r.id);
  },
  async keyCounts(sql, keys) {
    const rows = await sql.all<{ term: string; doc: number }>(`SELECT term, doc FROM search_keys WHERE ${sql.dialect.inList('term', 1)}`, [
      sql.dialect.list([...keys]),
    ]);
    return new Map(rows.map((r) => [r.term, Number(r.doc)]));
  },
  async similarTokens(sql, token, limit) {
    const padded = `^${token}$`;
    const triples = new Set<string>();
    for (let i = 0; i + 3 <= padded.length; i += 1) triples.add(padded.slice(i, i + 3));
    if (triples.size === 0) return [];
    const match = [...triples].map((t) => `"${t.replaceAll('"', '""')}"`).join(' OR ');
    const rows = await sql.all<{ token: string }>(
      `SELECT t.token FROM name_tokens_trgm g JOIN name_tokens t ON t.id = g.rowid
       WHERE name_tokens_trgm MATCH $1 ORDER BY g.rank, t.token LIMIT $2`,
      [match, limit],
    );
    return rows.map((r) => r.token);
  },
};
