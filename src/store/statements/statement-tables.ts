/**
 * Statements in the store, written once for both databases and run inside the write transaction:
 * an article's quotes and claims become reports of statements merged across articles
 * (statement-plan.ts decides), found again by word-pair keys; discrepancies are links between
 * statements. Removing an article removes its reports and re-derives what it leaves behind: a
 * statement with no report goes, one with fewer takes the fullest wording left.
 */
import { dayNumber, type DerivedArticle } from '../derive/derive-article.js';
import { insertRows, type Sql } from '../sql/sql.js';
import {
  planStatements,
  rankByKeys,
  type CandidateStatement,
  type Posting,
  type ReportToPlace,
  type StatementLookup,
  type StatementPlan,
} from './statement-plan.js';
import { changedWording, MIN_FLAGGED_WORDS, relation, statementKeys, statementWords, storedKeys, type StatementWords } from './statement-words.js';

export const STATEMENT_COLUMNS = {
  id: 'bigint',
  speaker_actor_id: 'bigint',
  kind: 'text',
  text: 'text',
  words: 'text',
  first_day: 'int',
  last_day: 'int',
  articles: 'int',
} as const;
export const REPORT_COLUMNS = {
  article_id: 'text',
  item: 'text',
  ord: 'int',
  statement_id: 'bigint',
  rank: 'bigint',
  day: 'int',
  outlet: 'text',
  published_at: 'text',
  text: 'text',
  via: 'text',
} as const;
export const KEY_COLUMNS = { key: 'text', statement_id: 'bigint' } as const;
export const LINK_COLUMNS = { statement_id: 'bigint', other_id: 'bigint', kind: 'text' } as const;

interface StatementRow {
  id: number;
  speaker_actor_id: number | null;
  kind: string;
  text: string;
  words: string;
  first_day: number;
  last_day: number;
}

/** A stored statement row as the planner reads it. */
export function candidateOf(row: StatementRow): CandidateStatement {
  const segments = JSON.parse(row.words) as string[][];
  return {
    id: Number(row.id),
    speakerId: row.speaker_actor_id === null ? null : Number(row.speaker_actor_id),
    kind: row.kind === 'claim' ? 'claim' : 'quote',
    words: { tokens: segments.flat(), segments },
    text: row.text,
    firstDay: Number(row.first_day),
    lastDay: Number(row.last_day),
  };
}

/** Statements a key finds at most (the newest): a very common pair of words costs no more. */
const POSTINGS_PER_KEY = 200;

/**
 * A lookup for the reports of one article, answered in two queries for all of them: the statements
 * their keys find, then the rows of those each report is compared with (rankByKeys).
 */
export async function prefetchCandidates(sql: Sql, reports: readonly { keys: readonly string[]; speakerId: number | null }[]): Promise<StatementLookup> {
  const d = sql.dialect;
  const keys = [...new Set(reports.flatMap((r) => r.keys))];
  const postings = new Map<string, Posting[]>();
  if (keys.length > 0) {
    // Each key's newest postings straight from the (key, statement) index: a pair of words
    // thousands of statements share ('going to') reads no more than a rare one.
    const rows = await sql.all<{ key: string; statement_id: number; speaker_actor_id: number | null }>(
      d.name === 'postgres'
        ? `SELECT k.key, p.statement_id, s.speaker_actor_id FROM unnest($1::text[]) AS k(key)
           CROSS JOIN LATERAL (SELECT statement_id FROM statement_keys WHERE key = k.key ORDER BY statement_id DESC LIMIT $2) p
           JOIN statements s ON s.id = p.statement_id`
        : `SELECT p.key, p.statement_id, s.speaker_actor_id FROM json_each($1) k
           JOIN statement_keys p ON (p.key, p.statement_id) IN (
             SELECT x.key, x.statement_id FROM statement_keys x WHERE x.key = k.value ORDER BY x.statement_id DESC LIMIT $2)
           JOIN statements s ON s.id = p.statement_id`,
      [d.list(keys), POSTINGS_PER_KEY],
    );
    for (const r of rows) {
      const list = postings.get(r.key) ?? [];
      list.push({ id: Number(r.statement_id), speakerId: r.speaker_actor_id === null ? null : Number(r.speaker_actor_id) });
      postings.set(r.key, list);
    }
  }
  const wanted = [...new Set(reports.flatMap((r) => rankByKeys(postings, r.keys, r.speakerId)))];
  const byId = new Map<number, CandidateStatement>();
  if (wanted.length > 0) {
    for (const row of await sql.all<StatementRow>(`SELECT * FROM statements WHERE ${d.inList('id', 1)}`, [d.list(wanted)]))
      byId.set(Number(row.id), candidateOf(row));
  }
  // Copies: the planner updates the candidates it grows.
  return async (reportKeys, speakerId) => rankByKeys(postings, reportKeys, speakerId).flatMap((id) => (byId.has(id) ? [{ ...byId.get(id)! }] : []));
}

/** An article's reports, their speakers and relayers resolved to corpus actors. */
export function reportsOf(derived: DerivedArticle, actorOf: ReadonlyMap<string, number>): Array<ReportToPlace & { ord: number; via: number[] }> {
  return derived.reports.map((r) => ({
    item: r.item,
    ord: r.ord,
    speakerId: r.speakerLocalId ? (actorOf.get(r.speakerLocalId) ?? null) : null,
    words: statementWords(r.text),
    text: r.text,
    via: r.viaLocalIds.flatMap((id) => (actorOf.has(id) ? [actorOf.get(id)!] : [])),
  }));
}

/**
 * Adds an article's reports to the statements (creating, growing and linking them).
 * @example await linkStatements(sql, { id, rank }, deriveArticle(parsed), actorOf);
 */
export async function linkStatements(
  sql: Sql,
  article: { id: string; rank: number },
  derived: DerivedArticle,
  actorOf: ReadonlyMap<string, number>,
): Promise<void> {
  const reports = reportsOf(derived, actorOf).filter((r) => r.words.tokens.length > 0);
  if (reports.length === 0) return;
  const day = dayNumber(derived.publishedAt);
  const lookup = await prefetchCandidates(
    sql,
    reports.map((r) => ({ keys: statementKeys(r.words), speakerId: r.speakerId })),
  );
  const plan = await planStatements(reports, day, lookup);
  const ids = await sql.dialect.nextIds(sql, 'statement', plan.created.length);
  const idOf = (ref: number) => (ref < 0 ? ids[-ref - 1]! : ref);
  await insertRows(
    sql,
    'statements',
    STATEMENT_COLUMNS,
    plan.created.map((s, i) => statementRow(ids[i]!, s.speakerId, s.kind, s.text, s.words, day, day, 1)),
  );
  for (const [id, grown] of plan.grown)
    await sql.run('UPDATE statements SET text = $2, words = $3 WHERE id = $1', [id, grown.text, JSON.stringify(grown.words.segments)]);
  await insertRows(
    sql,
    'statement_reports',
    REPORT_COLUMNS,
    reports.map((r, k) => reportRow(article, derived, day, r, idOf(plan.targets[k]!))),
  );
  await insertKeys(
    sql,
    plan.keys.flatMap((keys, k) => keys.map((key) => ({ key, statement_id: idOf(plan.targets[k]!) }))),
  );
  await insertLinks(sql, linkRows(plan, idOf));
  const touched = [...new Set(plan.targets.map(idOf))].filter((id) => !ids.includes(id));
  const d = sql.dialect;
  // This article is new to each statement it reports (an updated article's old reports went first).
  if (touched.length > 0) await sql.run(`UPDATE statements SET articles = articles + 1 WHERE ${d.inList('id', 1)}`, [d.list(touched)]);
  if (day > 0 && touched.length > 0) {
    await sql.run(
      `UPDATE statements SET first_day = CASE WHEN first_day = 0 OR first_day > $2 THEN $2 ELSE first_day END,
         last_day = CASE WHEN last_day < $2 THEN $2 ELSE last_day END WHERE ${d.inList('id', 1)}`,
      [d.list(touched), day],
    );
  }
}

/** A statement row. */
export function statementRow(
  id: number,
  speakerId: number | null,
  kind: string,
  text: string,
  words: StatementWords,
  firstDay: number,
  lastDay: number,
  articles: number,
): Record<string, unknown> {
  return { id, speaker_actor_id: speakerId, kind, text, words: JSON.stringify(words.segments), first_day: firstDay, last_day: lastDay, articles };
}

/** A report row. */
export function reportRow(
  article: { id: string; rank: number },
  derived: Pick<DerivedArticle, 'outlet' | 'publishedAt'>,
  day: number,
  report: { item: string; ord: number; text: string; words: StatementWords; via: number[] },
  statementId: number,
): Record<string, unknown> {
  return {
    article_id: article.id,
    item: report.item,
    ord: report.ord,
    statement_id: statementId,
    rank: article.rank,
    day,
    outlet: derived.outlet,
    published_at: derived.publishedAt,
    text: report.text,
    via: JSON.stringify(report.via),
  };
}

/** Both directions of each discrepancy of a plan. */
export function linkRows(plan: StatementPlan, idOf: (ref: number) => number): Record<string, unknown>[] {
  return plan.links.flatMap((l) => [
    { statement_id: idOf(l.a), other_id: idOf(l.b), kind: l.kind },
    { statement_id: idOf(l.b), other_id: idOf(l.a), kind: l.kind },
  ]);
}

/** Inserts keys (statement, key) that are not there yet. */
export async function insertKeys(sql: Sql, rows: readonly Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  const d = sql.dialect;
  await sql.run(
    `INSERT INTO statement_keys (key, statement_id) SELECT DISTINCT key, statement_id FROM ${d.rowsOf(1, KEY_COLUMNS)} WHERE true ON CONFLICT DO NOTHING`,
    [d.rows(rows)],
  );
}

/** Inserts discrepancy links that are not there yet. */
export async function insertLinks(sql: Sql, rows: readonly Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  const d = sql.dialect;
  await sql.run(
    `INSERT INTO statement_links (statement_id, other_id, kind) SELECT statement_id, other_id, kind FROM ${d.rowsOf(1, LINK_COLUMNS)} WHERE true ON CONFLICT DO NOTHING`,
    [d.rows(rows)],
  );
}

/**
 * Removes an article's reports; a statement left without reports goes with its keys and links, one
 * left with others takes the fullest wording, days and keys they give, and keeps only the links
 * that still hold.
 */
export async function unlinkStatements(sql: Sql, articleId: string): Promise<void> {
  const d = sql.dialect;
  const affected = (await sql.all<{ statement_id: number }>('SELECT DISTINCT statement_id FROM statement_reports WHERE article_id = $1', [articleId])).map(
    (r) => Number(r.statement_id),
  );
  if (affected.length === 0) return;
  await sql.run('DELETE FROM statement_reports WHERE article_id = $1', [articleId]);
  // A report's words are those of its text (statementWords), as when it was stored: read again, not stored twice.
  const left = (
    await sql.all<{ statement_id: number; article_id: string; item: string; text: string; day: number }>(
      `SELECT statement_id, article_id, item, text, day FROM statement_reports WHERE ${d.inList('statement_id', 1)} ORDER BY rank, article_id, item DESC, ord`,
      [d.list(affected)],
    )
  ).map((r) => ({ ...r, words: statementWords(r.text) }));
  const byStatement = new Map<number, typeof left>();
  for (const r of left) byStatement.set(Number(r.statement_id), [...(byStatement.get(Number(r.statement_id)) ?? []), r]);
  const gone = affected.filter((id) => !byStatement.has(id));
  if (gone.length > 0) {
    await sql.run(`DELETE FROM statement_links WHERE ${d.inList('statement_id', 1)} OR ${d.inList('other_id', 1)}`, [d.list(gone)]);
    await sql.run(`DELETE FROM statement_keys WHERE ${d.inList('statement_id', 1)}`, [d.list(gone)]);
    await sql.run(`DELETE FROM statements WHERE ${d.inList('id', 1)}`, [d.list(gone)]);
  }
  for (const [id, reports] of byStatement) {
    // The most words; of as many, a quote's (as the speaker said them) before a claim's.
    const size = (r: (typeof reports)[number]) => r.words.tokens.length * 2 + (r.item === 'quote' ? 1 : 0);
    const fullest = reports.reduce((a, b) => (size(b) > size(a) ? b : a));
    const days = reports.map((r) => Number(r.day)).filter((day) => day > 0);
    await sql.run('UPDATE statements SET text = $2, words = $3, first_day = $4, last_day = $5, articles = $6 WHERE id = $1', [
      id,
      fullest.text,
      JSON.stringify(fullest.words.segments),
      days.length ? Math.min(...days) : 0,
      days.length ? Math.max(...days) : 0,
      new Set(reports.map((r) => r.article_id)).size,
    ]);
    await sql.run('DELETE FROM statement_keys WHERE statement_id = $1', [id]);
    await insertKeys(
      sql,
      reports.flatMap((r) => storedKeys(r.words).map((key) => ({ key, statement_id: id }))),
    );
  }
  await dropStaleLinks(sql, [...byStatement.keys()]);
}

/** Deletes the links of `ids` that no longer hold between the statements' current wordings. */
async function dropStaleLinks(sql: Sql, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  const d = sql.dialect;
  const links = await sql.all<{ statement_id: number; other_id: number; kind: string }>(
    `SELECT statement_id, other_id, kind FROM statement_links WHERE ${d.inList('statement_id', 1)}`,
    [d.list(ids)],
  );
  if (links.length === 0) return;
  const involved = [...new Set(links.flatMap((l) => [Number(l.statement_id), Number(l.other_id)]))];
  const rows = await sql.all<StatementRow>(`SELECT * FROM statements WHERE ${d.inList('id', 1)}`, [d.list(involved)]);
  const byId = new Map(rows.map((r) => [Number(r.id), candidateOf(r)]));
  for (const link of links) {
    const [a, b] = [byId.get(Number(link.statement_id)), byId.get(Number(link.other_id))];
    if (a && b && stillHolds(link.kind, a, b)) continue;
    await sql.run('DELETE FROM statement_links WHERE (statement_id = $1 AND other_id = $2) OR (statement_id = $2 AND other_id = $1)', [
      Number(link.statement_id),
      Number(link.other_id),
    ]);
  }
}

function stillHolds(kind: string, a: CandidateStatement, b: CandidateStatement): boolean {
  if (kind === 'wording') return changedWording(a.words, b.words);
  return relation(a.words, b.words) !== null && Math.min(a.words.tokens.length, b.words.tokens.length) >= MIN_FLAGGED_WORDS;
}
