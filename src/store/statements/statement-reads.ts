/**
 * Reading statements for an answer: which statement each quote and claim of a view's articles
 * reports, each statement's newest reports (one per article) and how many articles carry it, and
 * the statements it contradicts. Four indexed queries, bounded by the articles asked about.
 */
import type { ProvenanceRecord, ReportRecord, StatementRecord } from '../corpus-queries.js';
import type { Sql } from '../sql/sql.js';

/** Reports listed per statement (the newest); the count says how many there are in all. */
const REPORTS_LISTED = 12;

/**
 * The provenance of the quotes and claims of `articleIds`.
 * @example const record = await readProvenance(sql, ['a1', 'a2']); record.statementOf.get('a1#quote#0')
 */
export async function readProvenance(sql: Sql, articleIds: readonly string[]): Promise<ProvenanceRecord> {
  const d = sql.dialect;
  const statementOf = new Map<string, number>();
  const statements = new Map<number, StatementRecord>();
  if (articleIds.length === 0) return { statementOf, statements };
  const own = await sql.all<{ article_id: string; item: string; ord: number; statement_id: number }>(
    `SELECT article_id, item, ord, statement_id FROM statement_reports WHERE ${d.inList('article_id', 1)}`,
    [d.list(articleIds)],
  );
  for (const r of own) statementOf.set(`${r.article_id}#${r.item}#${r.ord}`, Number(r.statement_id));
  const ids = [...new Set(statementOf.values())];
  if (ids.length === 0) return { statementOf, statements };
  const links = await sql.all<{ statement_id: number; other_id: number; kind: string }>(
    `SELECT statement_id, other_id, kind FROM statement_links WHERE ${d.inList('statement_id', 1)}`,
    [d.list(ids)],
  );
  const all = [...new Set([...ids, ...links.map((l) => Number(l.other_id))])];
  const rows = await sql.all<{ id: number; speaker_actor_id: number | null; kind: string; text: string; name: string | null }>(
    `SELECT s.id, s.speaker_actor_id, s.kind, s.text, a.name FROM statements s LEFT JOIN actors a ON a.id = s.speaker_actor_id WHERE ${d.inList('s.id', 1)}`,
    [d.list(all)],
  );
  for (const r of rows) {
    statements.set(Number(r.id), {
      id: Number(r.id),
      speakerId: r.speaker_actor_id === null ? null : Number(r.speaker_actor_id),
      speakerName: r.name === null ? null : String(r.name),
      kind: r.kind === 'claim' ? 'claim' : 'quote',
      text: String(r.text),
      articles: 0,
      reports: [],
      links: [],
    });
  }
  for (const l of links) statements.get(Number(l.statement_id))?.links.push({ otherId: Number(l.other_id), kind: l.kind === 'wording' ? 'wording' : 'speaker' });
  // One row per statement and article, newest first, numbered within each statement.
  const reports = await sql.all<{ statement_id: number; article_id: string; outlet: string | null; published_at: string | null; articles: number }>(
    `SELECT statement_id, article_id, outlet, published_at, articles FROM (
       SELECT statement_id, article_id, max(outlet) AS outlet, max(published_at) AS published_at,
         row_number() OVER (PARTITION BY statement_id ORDER BY max(rank) DESC, article_id) AS n,
         count(*) OVER (PARTITION BY statement_id) AS articles
       FROM statement_reports WHERE ${d.inList('statement_id', 1)} GROUP BY statement_id, article_id
     ) g WHERE n <= $2 ORDER BY statement_id, n`,
    [d.list(all), REPORTS_LISTED],
  );
  for (const r of reports) {
    const statement = statements.get(Number(r.statement_id));
    if (!statement) continue;
    statement.articles = Number(r.articles);
    statement.reports.push(reportRecord(r));
  }
  return { statementOf, statements };
}

function reportRecord(r: { article_id: string; outlet: string | null; published_at: string | null }): ReportRecord {
  return { articleId: String(r.article_id), outlet: r.outlet === null ? null : String(r.outlet), publishedAt: r.published_at === null ? null : String(r.published_at) };
}
