/**
 * Storing an article, written once for both stores and run inside their write transaction: the
 * near-duplicate check and the insert happen under one lock (no check-then-insert race between
 * replicas), then the article's index rows are rebuilt. Also re-deriving stored parses after an
 * upgrade.
 */
import { DERIVATION_VERSION, dayNumber } from './derive/derive-article.js';
import { articleRank, indexArticle, unindexArticle } from './corpus-index.js';
import { joinParse, splitParse } from './parse-columns.js';
import { articleFromRow, fingerprintBands, normalizeInstant, toIso, type Row } from './rows.js';
import type { SearchIndex } from './sql/search.js';
import { toJsonText, type Sql } from './sql/sql.js';
import type { PutArticleOptions, PutArticleOutcome, StoredArticle } from './store.js';

/** How many near-duplicate candidates sharing band keys are offered to the check. */
const SIMILAR_CANDIDATES = 8;

/** What writeArticle did, with the stored article's id when it stored or found it. */
export type WriteOutcome = { outcome: Exclude<PutArticleOutcome, 'duplicate'>; id: string } | { outcome: 'duplicate' };

/**
 * Stores `article` (replacing the article of its source) unless that source already holds the
 * same content from the same parser ('unchanged'), or `options.duplicateOf` names a stored original
 * among the candidates ('duplicate'). Call inside the write transaction.
 */
export async function writeArticle(sql: Sql, search: SearchIndex, article: StoredArticle, options: PutArticleOptions = {}): Promise<WriteOutcome> {
  const d = sql.dialect;
  const [existing] = await sql.all<{ id: string; rank: number; derived: number; content_hash: string; parser_version: number }>(
    'SELECT id, rank, derived, content_hash, parser_version FROM articles WHERE source = $1',
    [article.source],
  );
  // Inside the write lock, so another process's put of the same content is seen, not raced.
  if (existing && existing.content_hash === article.contentHash && Number(existing.parser_version) === article.parserVersion) {
    return { outcome: 'unchanged', id: existing.id };
  }
  if (!existing && options.duplicateOf && options.duplicateOf(await duplicateCandidates(sql, article))) return { outcome: 'duplicate' };
  let actorsChange = 0;
  if (existing && existing.derived > 0) actorsChange -= await unindexArticle(sql, search, { id: existing.id, rank: Number(existing.rank) });
  const [seq] = await d.nextIds(sql, 'article', 1);
  const rank = articleRank(dayNumber(article.parsed.publishedAt ?? null), seq!);
  const columns = splitParse(article.parsed);
  const [row] = await sql.all<{ id: string }>(
    `INSERT INTO articles (id, source, content_hash, fingerprint, parser_version, parsed, ingested_at, published_at, seq, rank, headline, derived, body)
     VALUES ($1, $2, $3, $4, $5, ${d.json(6)}, $7, $8, $9, $10, $11, $12, ${d.json(13)})
     ON CONFLICT (source) DO UPDATE SET content_hash = excluded.content_hash, fingerprint = excluded.fingerprint,
       parser_version = excluded.parser_version, parsed = excluded.parsed, body = excluded.body, ingested_at = excluded.ingested_at,
       published_at = excluded.published_at, seq = excluded.seq, rank = excluded.rank, headline = excluded.headline,
       derived = excluded.derived
     RETURNING id`,
    [
      article.id,
      article.source,
      article.contentHash,
      article.fingerprint,
      article.parserVersion,
      toJsonText(columns.head),
      normalizeInstant(article.ingestedAt, 'ingestedAt'),
      article.parsed.publishedAt ?? null,
      seq,
      rank,
      article.parsed.headline ?? '',
      DERIVATION_VERSION,
      toJsonText(columns.body),
    ],
  );
  const id = String(row!.id);
  await sql.run('DELETE FROM article_bands WHERE article_id = $1', [id]);
  const bands = fingerprintBands(article.fingerprint);
  if (bands.length > 0) {
    await sql.run(`INSERT INTO article_bands (band, article_id) SELECT band, $2 FROM ${d.rowsOf(1, { band: 'text' })} WHERE true ON CONFLICT DO NOTHING`, [
      d.rows(bands.map((band) => ({ band }))),
      id,
    ]);
  }
  actorsChange += await indexArticle(sql, search, { id, rank, ingestedAt: normalizeInstant(article.ingestedAt, 'ingestedAt'), parsed: article.parsed });
  await sql.run('UPDATE corpus_counts SET articles = articles + $1, actors = actors + $2 WHERE id = 1', [existing ? 0 : 1, actorsChange]);
  return { outcome: existing ? 'updated' : 'added', id };
}

/**
 * Re-derives one stored article whose index rows are missing or from an older derivation; false
 * when it is already current (another process got there first). Call inside the write transaction.
 */
export async function rederiveArticle(sql: Sql, search: SearchIndex, id: string): Promise<boolean> {
  const [row] = await sql.all<Row>('SELECT id, rank, derived, parsed, body, ingested_at FROM articles WHERE id = $1', [id]);
  if (!row || Number(row.derived) === DERIVATION_VERSION) return false;
  const parsed = joinParse(row.parsed, row.body);
  let actorsChange = 0;
  if (Number(row.derived) > 0) actorsChange -= await unindexArticle(sql, search, { id, rank: Number(row.rank) });
  // A new change number, so other processes watching for changes see the article answerable anew.
  const [seq] = await sql.dialect.nextIds(sql, 'article', 1);
  const rank = articleRank(dayNumber(parsed.publishedAt ?? null), seq!);
  await sql.run('UPDATE articles SET seq = $5, rank = $2, headline = $3, derived = $4 WHERE id = $1', [
    id,
    rank,
    parsed.headline ?? '',
    DERIVATION_VERSION,
    seq,
  ]);
  actorsChange += await indexArticle(sql, search, { id, rank, ingestedAt: toIso(row.ingested_at), parsed });
  await sql.run('UPDATE corpus_counts SET actors = actors + $1 WHERE id = 1', [actorsChange]);
  return true;
}

/** Up to `limit` ids of articles whose index rows are missing or outdated, in change order. */
export async function articlesToRederive(sql: Sql, limit: number): Promise<string[]> {
  // Derivations only move forward: the older ones are a range of the (derived, seq) index.
  const rows = await sql.all<{ id: string }>('SELECT id FROM articles WHERE derived < $1 ORDER BY derived, seq LIMIT $2', [DERIVATION_VERSION, limit]);
  return rows.map((r) => String(r.id));
}

// The stored articles the new one may repeat: the same fingerprint first, then those sharing the most band keys.
async function duplicateCandidates(sql: Sql, article: StoredArticle): Promise<StoredArticle[]> {
  if (article.fingerprint === '') return [];
  const d = sql.dialect;
  const exact = await sql.all<Row>('SELECT * FROM articles WHERE fingerprint = $1 ORDER BY ingested_at, id LIMIT 1', [article.fingerprint]);
  const bands = fingerprintBands(article.fingerprint);
  const similar =
    bands.length === 0
      ? []
      : await sql.all<Row>(
          `SELECT a.* FROM (
       SELECT article_id, count(*) AS shared FROM article_bands WHERE ${d.inList('band', 1)}
       GROUP BY article_id ORDER BY shared DESC, article_id LIMIT $2
     ) c JOIN articles a ON a.id = c.article_id ORDER BY c.shared DESC, a.id`,
          [d.list(bands), SIMILAR_CANDIDATES],
        );
  const seen = new Set<string>();
  return [...exact, ...similar].map(articleFromRow).filter((a) => a.source !== article.source && !seen.has(a.id) && seen.add(a.id));
}

/** Sources of articles stored by another parser version, in change order after `afterSeq`. */
export async function outdatedSources(sql: Sql, parserVersion: number, afterSeq: number, limit: number): Promise<{ source: string; seq: number }[]> {
  const rows = await sql.all<{ source: string; seq: number }>(
    // Two ranges of the (parser_version, seq) index: no scan of the articles that are current.
    `SELECT source, seq FROM articles WHERE seq > $1 AND (parser_version < $2 OR parser_version > $2) ORDER BY seq LIMIT $3`,
    [afterSeq, parserVersion, limit],
  );
  return rows.map((r) => ({ source: String(r.source), seq: Number(r.seq) }));
}

/**
 * Splits up to `limit` parses stored before their paragraphs and events had a column of their own
 * (migration 12, parse-columns.ts) in one statement; resolves to how many (0: none left). The parse
 * reads the same before and after, so no change is announced.
 */
export async function splitStoredParses(sql: Sql, limit: number): Promise<number> {
  const rows =
    sql.dialect.name === 'postgres'
      ? `body = json_build_object('paragraphs', parsed->'paragraphs', 'events', parsed->'events'), parsed = (parsed::jsonb - 'paragraphs' - 'events')::json`
      : `body = json_object('paragraphs', json_extract(parsed, '$.paragraphs'), 'events', json_extract(parsed, '$.events')),
         parsed = json_remove(parsed, '$.paragraphs', '$.events')`;
  const split = await sql.all(`UPDATE articles SET ${rows} WHERE id IN (SELECT id FROM articles WHERE body IS NULL ORDER BY seq LIMIT $1) RETURNING id`, [
    limit,
  ]);
  return split.length;
}
