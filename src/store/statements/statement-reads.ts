/**
 * Reading statements for an answer: which statement each quote and claim of a view's articles
 * reports, each statement's newest reports (one per article) and how many articles carry it, and
 * the statements it contradicts. Four indexed queries, bounded by the articles asked about.
 */
import type { ProvenanceRecord, ReportRecord, StatementItem, StatementRecord } from '../corpus-queries.js';
import type { Sql } from '../sql/sql.js';

/** Reports listed per statement (the newest); the count says how many there are in all. */
const REPORTS_LISTED = 12;

/**
 * The provenance of the quotes and claims of `articleIds`, or of only `items` of them when given
 * (a reply shows a few of its articles' statements: reading all of them read 20 times the rows).
 * @example const record = await readProvenance(sql, ['a1', 'a2']); record.statementOf.get('a1#quote#0')
 */
export async function readProvenance(sql: Sql, articleIds: readonly string[], items?: readonly StatementItem[]): Promise<ProvenanceRecord> {
  const d = sql.dialect;
  const statementOf = new Map<string, number>();
  const statements = new Map<number, StatementRecord>();
  const wanted = new Set(articleIds);
  const onlyItems = items?.filter((i) => wanted.has(i.articleId));
  if (wanted.size === 0 || onlyItems?.length === 0) return { statementOf, statements };
  const own = await sql.all<{ article_id: string; item: string; ord: number; statement_id: number; outlet: string | null; published_at: string | null }>(
    onlyItems
      ? `SELECT s.article_id, s.item, s.ord, s.statement_id, s.outlet, s.published_at FROM ${d.rowsOf(1, { article_id: 'text', item: 'text', ord: 'int' })}
         JOIN statement_reports s ON s.article_id = r.article_id AND s.item = r.item AND s.ord = r.ord`
      : `SELECT article_id, item, ord, statement_id, outlet, published_at FROM statement_reports WHERE ${d.inList('article_id', 1)}`,
    [onlyItems ? d.rows(onlyItems.map((i) => ({ article_id: i.articleId, item: i.item, ord: i.ord }))) : d.list([...wanted])],
  );
  for (const r of own) statementOf.set(`${r.article_id}#${r.item}#${r.ord}`, Number(r.statement_id));
  const ids = [...new Set(statementOf.values())];
  if (ids.length === 0) return { statementOf, statements };
  const links = await sql.all<{ statement_id: number; other_id: number; kind: string }>(
    // PostgreSQL: one index probe per statement (with '= ANY' a few hundred ids made the planner scan the table).
    d.name === 'postgres'
      ? 'SELECT l.statement_id, l.other_id, l.kind FROM unnest($1::bigint[]) AS s(id) JOIN statement_links l ON l.statement_id = s.id'
      : `SELECT statement_id, other_id, kind FROM statement_links WHERE ${d.inList('statement_id', 1)}`,
    [d.list(ids)],
  );
  const all = [...new Set([...ids, ...links.map((l) => Number(l.other_id))])];
  // The speaker's name looked up per statement: a join let the planner hash every actor.
  const rows = await sql.all<{ id: number; speaker_actor_id: number | null; kind: string; text: string; articles: number; name: string | null }>(
    `SELECT s.id, s.speaker_actor_id, s.kind, s.text, s.articles, (SELECT a.name FROM actors a WHERE a.id = s.speaker_actor_id) AS name
     FROM statements s WHERE ${d.inList('s.id', 1)}`,
    [d.list(all)],
  );
  for (const r of rows) {
    statements.set(Number(r.id), {
      id: Number(r.id),
      speakerId: r.speaker_actor_id === null ? null : Number(r.speaker_actor_id),
      speakerName: r.name === null ? null : String(r.name),
      kind: r.kind === 'claim' ? 'claim' : 'quote',
      text: String(r.text),
      articles: Number(r.articles),
      reports: [],
      links: [],
    });
  }
  for (const l of links)
    statements.get(Number(l.statement_id))?.links.push({ otherId: Number(l.other_id), kind: l.kind === 'wording' ? 'wording' : 'speaker' });
  // A statement only these articles' rows report (most are: one article's words) has its reports
  // here already; the others' newest report rows come straight from the index, a few more than
  // listed (an article may report it more than once), then one per article.
  const ownRows = new Map<number, typeof own>();
  for (const r of own) ownRows.set(Number(r.statement_id), [...(ownRows.get(Number(r.statement_id)) ?? []), r]);
  const reportedHere = (statement: StatementRecord) => (ownRows.get(statement.id) ?? []).length > 0 && statement.articles <= 1;
  for (const statement of statements.values()) if (reportedHere(statement)) statement.reports.push(reportRecord(ownRows.get(statement.id)![0]!));
  const elsewhere = all.filter((id) => {
    const statement = statements.get(id);
    return !statement || !reportedHere(statement);
  });
  if (elsewhere.length === 0) return { statementOf, statements };
  const reports = await sql.all<{ statement_id: number; article_id: string; outlet: string | null; published_at: string | null }>(
    d.name === 'postgres'
      ? `SELECT s.id AS statement_id, r.article_id, r.outlet, r.published_at FROM unnest($1::bigint[]) AS s(id)
         CROSS JOIN LATERAL (SELECT article_id, outlet, published_at, rank FROM statement_reports WHERE statement_id = s.id ORDER BY rank DESC LIMIT $2) r
         ORDER BY s.id, r.rank DESC, r.article_id`
      : `SELECT r.statement_id, r.article_id, r.outlet, r.published_at FROM json_each($1) s
         JOIN statement_reports r ON (r.article_id, r.item, r.ord) IN (
           SELECT x.article_id, x.item, x.ord FROM statement_reports x WHERE x.statement_id = s.value ORDER BY x.rank DESC LIMIT $2)
         ORDER BY r.statement_id, r.rank DESC, r.article_id`,
    [d.list(elsewhere), REPORTS_LISTED * 3],
  );
  for (const r of reports) {
    const statement = statements.get(Number(r.statement_id));
    if (!statement || statement.reports.length >= REPORTS_LISTED || statement.reports.some((x) => x.articleId === String(r.article_id))) continue;
    statement.reports.push(reportRecord(r));
  }
  return { statementOf, statements };
}

function reportRecord(r: { article_id: string; outlet: string | null; published_at: string | null }): ReportRecord {
  return {
    articleId: String(r.article_id),
    outlet: r.outlet === null ? null : String(r.outlet),
    publishedAt: r.published_at === null ? null : String(r.published_at),
  };
}
