/**
 * How we know what someone said, as the replies show it: through whom the words came ("via
 * Coastline Radio"), which outlets carry the same statement ("Reported by Harbour Wire (June 11)
 * and Kestrel Courier (June 11), 2 articles", or "Single source"), and where outlets disagree
 * ("Attributed to X by Harbour Wire, to Y by Kestrel Courier"). Pure functions of a view.
 */
import type { ParsedArticle } from '../article/types.js';
import type { ReportRecord, StatementRecord } from '../store/corpus-queries.js';
import { cite } from './citation.js';
import type { CorpusView } from './corpus.js';
import type { ReplyLine } from './reply.js';
import { byCodeUnits } from './text.js';

/** Who published an article: its agency, else the host of the page it came from ("www." dropped). */
export function articleOutlet(article: Pick<ParsedArticle, 'agency' | 'source'>): string | null {
  const agency = (article.agency ?? '').trim();
  if (agency) return agency;
  const source = article.source ?? '';
  if (!/^https?:\/\//i.test(source)) return null;
  try {
    return new URL(source).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** The names of the actors a quote or claim came through, nearest the speaker first. */
export function relayNames(view: CorpusView, article: ParsedArticle, via: readonly string[] | undefined): string[] {
  const names: string[] = [];
  for (const id of via ?? []) {
    const name = view.actorOf(article, id)?.name ?? article.actors.find((a) => a.id === id)?.name;
    if (name && !names.includes(name)) names.push(name);
  }
  return names;
}

/** "via Coastline Radio"; "via Norland News Agency, then Coastline Radio" for a longer chain. */
export function viaPhrase(names: readonly string[]): string {
  return names.length === 0 ? '' : `via ${names.join(', then ')}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "June 11" (with the year when `withYear`); undated reports say so. */
function shortDate(iso: string | null, withYear: boolean): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  if (!m) return 'undated';
  return `${MONTHS[Number(m[2]) - 1]} ${Number(m[3])}${withYear ? `, ${m[1]}` : ''}`;
}

/** "A, B and C". */
function listed(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The outlets of some reports with their first dates, in the order they reported: "Harbour Wire (June 11)". */
function outletsOf(reports: readonly ReportRecord[]): string[] {
  const years = new Set(reports.map((r) => (r.publishedAt ?? '').slice(0, 4)));
  const byOutlet = new Map<string, { name: string; dates: string[] }>();
  for (const r of [...reports].sort((a, b) => byCodeUnits(a.publishedAt ?? '', b.publishedAt ?? ''))) {
    const name = r.outlet ?? 'an unnamed outlet';
    const key = name.toLowerCase();
    const entry = byOutlet.get(key) ?? { name, dates: [] };
    const date = shortDate(r.publishedAt, years.size > 1);
    if (!entry.dates.includes(date)) entry.dates.push(date);
    byOutlet.set(key, entry);
  }
  return [...byOutlet.values()].map((o) => `${o.name} (${o.dates.join(', ')})`);
}

/** How many outlets carry a statement (among its listed reports). */
const outletCount = (statement: StatementRecord) => new Set(statement.reports.map((r) => (r.outlet ?? '').toLowerCase())).size;

/**
 * Who carries a statement: "Reported by Harbour Wire (June 11) and Kestrel Courier (June 11), 2
 * articles", or "Single source: Harbour Wire (June 11)".
 */
export function reportsNote(statement: StatementRecord): string {
  const outlets = outletsOf(statement.reports);
  const more = statement.articles > statement.reports.length ? ` (the newest ${statement.reports.length} listed)` : '';
  const articles = `${statement.articles} article${statement.articles === 1 ? '' : 's'}`;
  if (outletCount(statement) <= 1) return `Single source: ${outlets[0] ?? 'one outlet'}${statement.articles > 1 ? `, ${articles}` : ''}${more}`;
  return `Reported by ${listed(outlets)}, ${articles}${more}`;
}

/**
 * Where outlets disagree about a statement: "Attributed to Mira Halvorsen by Harbour Wire, to Jonas
 * Brekke by Kestrel Courier"; "Worded differently by Kestrel Courier: “...”".
 */
export function discrepancyNotes(view: CorpusView, statement: StatementRecord): string[] {
  const notes: string[] = [];
  const outletNames = (s: StatementRecord) => listed([...new Set(s.reports.map((r) => r.outlet ?? 'an unnamed outlet'))]);
  for (const link of statement.links) {
    const other = view.statement(link.otherId);
    if (!other) continue;
    if (link.kind === 'speaker') {
      notes.push(
        `Attributed to ${statement.speakerName ?? 'someone'} by ${outletNames(statement)}, to ${other.speakerName ?? 'someone else'} by ${outletNames(other)}`,
      );
    } else {
      notes.push(`Worded differently by ${outletNames(other)}: “${clipWords(other.text, 160)}”`);
    }
  }
  return notes;
}

/** Cut at a word, with an ellipsis, when longer than `max`. */
function clipWords(text: string, max: number): string {
  const plain = text.trim().replace(/[,;:]$/, '');
  if (plain.length <= max) return plain;
  const cut = plain.lastIndexOf(' ', max);
  return `${plain.slice(0, cut > 0 ? cut : max)}…`;
}

/** Whether the view's articles come from more than one outlet (only then is "single source" news). */
export function viewHasOutlets(view: CorpusView): boolean {
  return new Set(view.articles.map((a) => (articleOutlet(a) ?? '').toLowerCase())).size > 1;
}

/**
 * The notes under a quote or claim: its discrepancies, and who carries it when that says something
 * (several outlets, or one outlet among several in the view).
 */
export function provenanceNotes(view: CorpusView, article: ParsedArticle, item: 'quote' | 'claim', ord: number): string[] {
  const statement = ord < 0 ? undefined : view.statementOf(article, item, ord);
  if (!statement) return [];
  const notes = discrepancyNotes(view, statement);
  if (statement.articles > 1 || outletCount(statement) > 1 || viewHasOutlets(view)) notes.unshift(reportsNote(statement));
  return notes;
}

/** Most discrepancies a digest lists. */
const MAX_DISCREPANCIES = 5;

/**
 * The discrepancies among the quotes of some articles, each once, as digest lines: "“The strike will
 * end ...”: attributed to Mira Halvorsen by Harbour Wire, to Jonas Brekke by Kestrel Courier".
 */
export function discrepancyLines(view: CorpusView, articles: readonly ParsedArticle[]): ReplyLine[] {
  const lines: ReplyLine[] = [];
  const seen = new Set<string>();
  for (const article of articles) {
    article.quotes.forEach((quote, ord) => {
      const statement = view.statementOf(article, 'quote', ord);
      for (const link of statement?.links ?? []) {
        const key = [statement!.id, link.otherId].sort((a, b) => a - b).join(':');
        if (lines.length >= MAX_DISCREPANCIES || seen.has(key) || !view.statement(link.otherId)) continue;
        seen.add(key);
        const [note] = discrepancyNotes(view, { ...statement!, links: [link] });
        const said =
          link.kind === 'speaker' ? `“${clipWords(statement!.text, 160)}”` : `${statement!.speakerName ?? 'Someone'}, “${clipWords(statement!.text, 160)}”`;
        lines.push({ text: `${said}: ${note![0]!.toLowerCase()}${note!.slice(1)}`, citation: cite(article, quote.paragraph) });
      }
    });
  }
  return lines;
}
