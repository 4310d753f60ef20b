/**
 * Which statement each quote and claim of a new article reports, decided at ingest so the store
 * holds statements merged across articles, and which statements contradict each other. The rules:
 * - one statement is one speaker's words: a report joins a statement of the same speaker whose
 *   words it repeats, or holds, or stands in (a trimmed or elided form); a quote and a claim join
 *   only on the very same words (a claim's paraphrase may hold words of several quotes);
 * - different words never join: they are another statement;
 * - a quote whose words another outlet gives to someone else ('speaker'), or whose speaker another
 *   outlet quotes for the same moment with the words changed ('wording'), is linked to that
 *   statement as a discrepancy, when both were published within DISCREPANCY_DAYS of each other.
 * The store answers the candidate lookups (statement-tables.ts; in memory for bulk imports).
 */
import { changedWording, MIN_FLAGGED_WORDS, relation, statementKeys, storedKeys, type StatementWords } from './statement-words.js';

/** A report of the new article, its speaker resolved to a corpus actor. */
export interface ReportToPlace {
  item: 'quote' | 'claim';
  speakerId: number | null;
  words: StatementWords;
  /** The words as the article gives them, for the statement's display. */
  text: string;
}

/** A stored statement as a lookup returns it. */
export interface CandidateStatement {
  id: number;
  speakerId: number | null;
  kind: 'quote' | 'claim';
  words: StatementWords;
  text: string;
  /** Publication days (dayNumber) of its dated reports; 0 when none is dated. */
  firstDay: number;
  lastDay: number;
}

/** What the planner asks: statements sharing keys with a report, and those of its speaker among them first. */
export type StatementLookup = (keys: readonly string[], speakerId: number | null) => Promise<CandidateStatement[]>;

/** A statement: an existing id (positive) or the index of one to create (negative: -1 is the first). */
export type StatementRef = number;

/** The planner's decision for one article. */
export interface StatementPlan {
  /** Aligned with the reports. */
  targets: StatementRef[];
  /** Statements to create, in order: ref -1 is created[0]. */
  created: { speakerId: number | null; kind: 'quote' | 'claim'; words: StatementWords; text: string }[];
  /** Existing statements whose fullest wording is now a longer form this article gave. */
  grown: Map<number, { words: StatementWords; text: string }>;
  /** Discrepancies found, each once. */
  links: { a: StatementRef; b: StatementRef; kind: 'speaker' | 'wording' }[];
  /** The keys each report is stored under (storedKeys), aligned with the reports. */
  keys: string[][];
}

/** How many statements sharing keys a report is compared with, and as many more of its own speaker. */
export const CANDIDATES = 10;

/** A statement a key finds, with its speaker. */
export interface Posting {
  id: number;
  speakerId: number | null;
}

/**
 * The statements a report is compared with: those sharing the most of its keys (fewest ids first on
 * a tie), and as many of its own speaker's among them; the speaker's first.
 * @example rankByKeys(new Map([['pier reopen', [{ id: 4, speakerId: 7 }]]]), ['pier reopen'], 7) // [4]
 */
export function rankByKeys(postings: ReadonlyMap<string, readonly Posting[]>, keys: readonly string[], speakerId: number | null): number[] {
  const shared = new Map<number, { id: number; count: number; speakerId: number | null }>();
  for (const key of new Set(keys)) {
    for (const p of postings.get(key) ?? []) {
      const entry = shared.get(p.id);
      if (entry) entry.count += 1;
      else shared.set(p.id, { id: p.id, count: 1, speakerId: p.speakerId });
    }
  }
  // The best CANDIDATES of all and of the speaker, kept in order as the entries pass (a bulk import
  // ranks hundreds of entries per report; sorting them all cost a fifth of its time).
  const best: Ranked[] = [];
  const own: Ranked[] = [];
  for (const entry of shared.values()) {
    keepBest(best, entry);
    if (speakerId !== null && entry.speakerId === speakerId) keepBest(own, entry);
  }
  return [...new Set([...own, ...best].map((e) => e.id))];
}

interface Ranked {
  id: number;
  count: number;
}

// Inserts `entry` into `top` (most shared keys first, fewest id on a tie), keeping CANDIDATES at most.
function keepBest(top: Ranked[], entry: Ranked): void {
  if (top.length === CANDIDATES && !before(entry, top[CANDIDATES - 1]!)) return;
  let i = top.length;
  while (i > 0 && before(entry, top[i - 1]!)) i -= 1;
  top.splice(i, 0, entry);
  if (top.length > CANDIDATES) top.pop();
}

function before(a: Ranked, b: Ranked): boolean {
  return a.count > b.count || (a.count === b.count && a.id < b.id);
}

/** How many days apart two reports may be and still be of one moment. */
export const DISCREPANCY_DAYS = 3;
/** Discrepancies recorded per report at most (a stock phrase many speakers use must not flood the store). */
const MAX_LINKS_PER_REPORT = 3;

/**
 * Decides the statement of every report of an article published on `day` (dayNumber; 0 undated).
 * @example const plan = await planStatements(reports, day, await prefetchCandidates(sql, reports));
 */
export async function planStatements(reports: readonly ReportToPlace[], day: number, lookup: StatementLookup): Promise<StatementPlan> {
  const plan: StatementPlan = { targets: [], created: [], grown: new Map(), links: [], keys: [] };
  // Statements this article created or grew: later reports of it see them as they now stand.
  const local: CandidateStatement[] = [];
  const linked = new Set<string>();
  for (const report of reports) {
    plan.keys.push(storedKeys(report.words));
    const stored = (await lookup(statementKeys(report.words), report.speakerId)).map((c) => {
      const grown = plan.grown.get(c.id);
      return grown ? { ...c, ...grown } : c;
    });
    const candidates = [...local, ...stored.filter((c) => !local.some((l) => l.id === c.id))];
    const { target, grows } = joinable(report, candidates);
    let ref: StatementRef;
    if (target) {
      ref = target.id;
      if (grows) {
        target.words = report.words;
        target.text = report.text;
        if (ref > 0) plan.grown.set(ref, { words: report.words, text: report.text });
        else plan.created[-ref - 1] = { ...plan.created[-ref - 1]!, words: report.words, text: report.text };
      }
    } else {
      plan.created.push({ speakerId: report.speakerId, kind: report.item, words: report.words, text: report.text });
      ref = -plan.created.length;
      local.push({ id: ref, speakerId: report.speakerId, kind: report.item, words: report.words, text: report.text, firstDay: day, lastDay: day });
    }
    if (target && !local.includes(target)) local.push(target);
    plan.targets.push(ref);
    // Discrepancies: only between this article's quote and other articles' quotes of the same moment.
    if (report.item !== 'quote' || report.words.tokens.length < MIN_FLAGGED_WORDS || day === 0) continue;
    let links = 0;
    for (const other of stored) {
      if (links >= MAX_LINKS_PER_REPORT) break;
      if (other.id === ref || other.kind !== 'quote' || !sameMoment(other, day)) continue;
      const kind = discrepancy(report, other);
      const key = `${Math.min(ref, other.id)}:${Math.max(ref, other.id)}`;
      if (!kind || linked.has(key)) continue;
      linked.add(key);
      plan.links.push({ a: ref, b: other.id, kind });
      links++;
    }
  }
  return plan;
}

/** The statement a report joins, and whether its words are a fuller form of the statement's. */
function joinable(report: ReportToPlace, candidates: CandidateStatement[]): { target: CandidateStatement | null; grows: boolean } {
  let trimmed: { target: CandidateStatement; grows: boolean } | null = null;
  for (const c of candidates) {
    if (report.speakerId === null || c.speakerId !== report.speakerId) continue;
    const how = relation(c.words, report.words);
    if (how === 'same') return { target: c, grows: false };
    // A quote and a claim are one statement only in the very same words.
    if (how === null || c.kind !== report.item) continue;
    trimmed ??= { target: c, grows: how === 'b-holds-a' };
  }
  return trimmed ?? { target: null, grows: false };
}

/** Whether a statement was reported within DISCREPANCY_DAYS of `day`. */
function sameMoment(statement: CandidateStatement, day: number): boolean {
  return statement.lastDay > 0 && day >= statement.firstDay - DISCREPANCY_DAYS && day <= statement.lastDay + DISCREPANCY_DAYS;
}

/** How a quote contradicts another article's quote, if it does. */
function discrepancy(report: ReportToPlace, other: CandidateStatement): 'speaker' | 'wording' | null {
  if (report.speakerId === null || other.speakerId === null) return null;
  if (report.speakerId !== other.speakerId) {
    const how = relation(other.words, report.words);
    const shorter = Math.min(other.words.tokens.length, report.words.tokens.length);
    return how !== null && shorter >= MIN_FLAGGED_WORDS ? 'speaker' : null;
  }
  return changedWording(other.words, report.words) ? 'wording' : null;
}
