/**
 * Reading statements for an answer: which statement each quote and claim of a view's articles
 * reports, each statement's newest reports (one per article) and how many articles carry it, and
 * the statements it contradicts. Four indexed reads, bounded by the articles asked about: one
 * statement on PostgreSQL (one round trip), one query after another on SQLite.
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
  const { own, links, rows, reports } =
    d.name === 'postgres' ? await provenanceInOneStatement(sql, [...wanted], onlyItems) : await provenanceStepByStep(sql, [...wanted], onlyItems);
  for (const r of own) statementOf.set(`${r.article_id}#${r.item}#${r.ord}`, Number(r.statement_id));
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
  // here already (reportedHere); the others' newest report rows were read from the index.
  const ownRows = new Map<number, OwnRow[]>();
  for (const r of own) ownRows.set(Number(r.statement_id), [...(ownRows.get(Number(r.statement_id)) ?? []), r]);
  for (const statement of statements.values()) if (reportedHere(ownRows, statement)) statement.reports.push(reportRecord(ownRows.get(statement.id)![0]!));
  for (const r of reports) {
    const statement = statements.get(Number(r.statement_id));
    if (!statement || statement.reports.length >= REPORTS_LISTED || statement.reports.some((x) => x.articleId === String(r.article_id))) continue;
    statement.reports.push(reportRecord(r));
  }
  return { statementOf, statements };
}

type OwnRow = { article_id: string; item: string; ord: number; statement_id: number; outlet: string | null; published_at: string | null };
type LinkRow = { statement_id: number; other_id: number; kind: string };
type StatementRow = { id: number; speaker_actor_id: number | null; kind: string; text: string; articles: number; name: string | null };
type ReportRow = { statement_id: number; article_id: string; outlet: string | null; published_at: string | null };
/** The rows provenance is built from: the asked reports, the links of their statements, those statements and the linked ones, and reports read elsewhere. */
type ProvenanceRows = { own: OwnRow[]; links: LinkRow[]; rows: StatementRow[]; reports: ReportRow[] };

function reportedHere(ownRows: ReadonlyMap<number, readonly OwnRow[]>, statement: { id: number; articles: number }): boolean {
  return (ownRows.get(statement.id) ?? []).length > 0 && statement.articles <= 1;
}

/**
 * PostgreSQL: the four reads of provenanceStepByStep as one statement (each step a CTE probing an
 * index per row), so a command waits for one round trip instead of four; on a loaded server each
 * round trip waited for the server's turn on a core.
 */
async function provenanceInOneStatement(sql: Sql, articleIds: readonly string[], onlyItems: readonly StatementItem[] | undefined): Promise<ProvenanceRows> {
  const d = sql.dialect;
  const ownFrom = onlyItems
    ? `${d.rowsOf(1, { article_id: 'text', item: 'text', ord: 'int' })} JOIN statement_reports s ON s.article_id = r.article_id AND s.item = r.item AND s.ord = r.ord`
    : `statement_reports s WHERE s.article_id = ANY($1::text[])`;
  const [row] = await sql.all<{ result: string }>(
    `WITH own AS MATERIALIZED (SELECT s.article_id, s.item, s.ord, s.statement_id, s.outlet, s.published_at FROM ${ownFrom}),
     ids AS MATERIALIZED (SELECT DISTINCT statement_id AS id FROM own),
     links AS MATERIALIZED (SELECT l.statement_id, l.other_id, l.kind FROM ids CROSS JOIN LATERAL
       (SELECT statement_id, other_id, kind FROM statement_links WHERE statement_id = ids.id) l),
     wanted AS MATERIALIZED (SELECT id FROM ids UNION SELECT other_id FROM links),
     st AS MATERIALIZED (SELECT s.id, s.speaker_actor_id, s.kind, s.text, s.articles, (SELECT a.name FROM actors a WHERE a.id = s.speaker_actor_id) AS name
       FROM wanted w CROSS JOIN LATERAL (SELECT * FROM statements WHERE id = w.id) s),
     reports AS (SELECT st.id AS statement_id, r.article_id, r.outlet, r.published_at, r.rank FROM st CROSS JOIN LATERAL
       (SELECT article_id, outlet, published_at, rank FROM statement_reports WHERE statement_id = st.id ORDER BY rank DESC LIMIT $2) r
       WHERE st.articles > 1 OR NOT EXISTS (SELECT 1 FROM own WHERE own.statement_id = st.id))
     SELECT json_build_array(
       (SELECT coalesce(json_agg(own), '[]') FROM own), (SELECT coalesce(json_agg(links), '[]') FROM links), (SELECT coalesce(json_agg(st), '[]') FROM st),
       (SELECT coalesce(json_agg(json_build_object('statement_id', statement_id, 'article_id', article_id, 'outlet', outlet, 'published_at', published_at)
          ORDER BY statement_id, rank DESC, article_id), '[]') FROM reports))::text AS result`,
    [onlyItems ? d.rows(onlyItems.map((i) => ({ article_id: i.articleId, item: i.item, ord: i.ord }))) : d.list(articleIds), REPORTS_LISTED * 3],
  );
  const [own, links, rows, reports] = JSON.parse(row!.result) as [OwnRow[], LinkRow[], StatementRow[], ReportRow[]];
  return { own, links, rows, reports };
}

/** SQLite (in-process, no round trips): four indexed queries one after the other. */
async function provenanceStepByStep(sql: Sql, articleIds: readonly string[], onlyItems: readonly StatementItem[] | undefined): Promise<ProvenanceRows> {
  const d = sql.dialect;
  const own = await sql.all<OwnRow>(
    onlyItems
      ? `SELECT s.article_id, s.item, s.ord, s.statement_id, s.outlet, s.published_at FROM ${d.rowsOf(1, { article_id: 'text', item: 'text', ord: 'int' })}
         JOIN statement_reports s ON s.article_id = r.article_id AND s.item = r.item AND s.ord = r.ord`
      : `SELECT article_id, item, ord, statement_id, outlet, published_at FROM statement_reports WHERE ${d.inList('article_id', 1)}`,
    [onlyItems ? d.rows(onlyItems.map((i) => ({ article_id: i.articleId, item: i.item, ord: i.ord }))) : d.list(articleIds)],
  );
  const ids = [...new Set(own.map((r) => Number(r.statement_id)))];
  if (ids.length === 0) return { own, links: [], rows: [], reports: [] };
  const links = await sql.all<LinkRow>(`SELECT statement_id, other_id, kind FROM statement_links WHERE ${d.inList('statement_id', 1)}`, [d.list(ids)]);
  const all = [...new Set([...ids, ...links.map((l) => Number(l.other_id))])];
  const rows = await sql.all<StatementRow>(
    `SELECT s.id, s.speaker_actor_id, s.kind, s.text, s.articles, (SELECT a.name FROM actors a WHERE a.id = s.speaker_actor_id) AS name
     FROM statements s WHERE ${d.inList('s.id', 1)}`,
    [d.list(all)],
  );
  const ownRows = new Map<number, OwnRow[]>();
  for (const r of own) ownRows.set(Number(r.statement_id), [...(ownRows.get(Number(r.statement_id)) ?? []), r]);
  const byId = new Map(rows.map((r) => [Number(r.id), r]));
  const elsewhere = all.filter((id) => {
    const statement = byId.get(id);
    return !statement || !reportedHere(ownRows, { id, articles: Number(statement.articles) });
  });
  if (elsewhere.length === 0) return { own, links, rows, reports: [] };
  const reports = await sql.all<ReportRow>(
    `SELECT r.statement_id, r.article_id, r.outlet, r.published_at FROM json_each($1) s
     JOIN statement_reports r ON (r.article_id, r.item, r.ord) IN (
       SELECT x.article_id, x.item, x.ord FROM statement_reports x WHERE x.statement_id = s.value ORDER BY x.rank DESC LIMIT $2)
     ORDER BY r.statement_id, r.rank DESC, r.article_id`,
    [d.list(elsewhere), REPORTS_LISTED * 3],
  );
  return { own, links, rows, reports };
}

function reportRecord(r: { article_id: string; outlet: string | null; published_at: string | null }): ReportRecord {
  return {
    articleId: String(r.article_id),
    outlet: r.outlet === null ? null : String(r.outlet),
    publishedAt: r.published_at === null ? null : String(r.published_at),
  };
}
