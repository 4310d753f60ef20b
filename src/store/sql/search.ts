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
  /** Indexes the search keys of articles (one or many at once). */
  indexArticles(sql: Sql, entries: readonly SearchEntry[]): Promise<void>;
  unindexArticle(sql: Sql, article: { id: string; rank: number }): Promise<void>;
  /** Ids of articles using every key, newest first; only those ingested after `since` when given. */
  articlesWithKeys(sql: Sql, keys: readonly string[], limit: number, since?: string | null): Promise<string[]>;
  /** Name words sharing the most letter triples with `token`, most alike first. */
  similarTokens(sql: Sql, token: string, limit: number): Promise<string[]>;
}

/** PostgreSQL: tsvector of exact lexemes (our content keys), pg_trgm in the schema `trgmSchema()` names. */
export function postgresSearch(trgmSchema: () => string): SearchIndex {
  return {
    async indexArticles(sql, entries) {
      if (entries.length === 0) return;
      await sql.run(
        `INSERT INTO article_search (article_id, rank, ingested_at, keys)
         SELECT id, rank, ingested_at, array_to_tsvector(ARRAY(SELECT jsonb_array_elements_text(keys)))
         FROM jsonb_to_recordset($1::jsonb) AS r(id text, rank bigint, ingested_at timestamptz, keys jsonb)`,
        [sql.dialect.rows(entries.map((e) => ({ id: e.id, rank: e.rank, ingested_at: e.ingestedAt, keys: e.keys })))],
      );
    },
    async unindexArticle(sql, a) {
      await sql.run('DELETE FROM article_search WHERE article_id = $1', [a.id]);
    },
    async articlesWithKeys(sql, keys, limit, since = null) {
      if (keys.length === 0) return [];
      const query = keys.map((k) => `'${k.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`).join(' & ');
      const rows = since
        ? await sql.all<{ article_id: string }>(
            'SELECT article_id FROM article_search WHERE keys @@ $1::tsquery AND ingested_at > $3 ORDER BY rank DESC LIMIT $2',
            [query, limit, since],
          )
        : await sql.all<{ article_id: string }>(
            'SELECT article_id FROM article_search WHERE keys @@ $1::tsquery ORDER BY rank DESC LIMIT $2',
            [query, limit],
          );
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
    await sql.run(
      `INSERT INTO article_search (rowid, keys) SELECT value->>'rank', value->>'keys' FROM json_each($1)`,
      [JSON.stringify(entries.map((e) => ({ rank: e.rank, keys: e.keys.join(' ') })))],
    );
  },
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
