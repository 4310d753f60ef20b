/**
 * Statements built in memory for a bulk import (bulk-import.ts): the same plan (statement-plan.ts)
 * and rows as storing the articles one by one, with the candidate lookups answered from maps. Memory
 * stays bounded: each key remembers its newest statements only, and the oldest statements are
 * written out and forgotten once many are held (an archive's old statements are seldom repeated).
 */
import { dayNumber, type DerivedArticle } from '../derive/derive-article.js';
import { planStatements, rankByKeys, type CandidateStatement, type Posting } from './statement-plan.js';
import { linkRows, reportRow, reportsOf, statementRow } from './statement-tables.js';

/** Statements each key remembers. */
const PER_KEY = 20;
/** Statements held before the oldest are written out. */
const MAX_HELD = 200_000;

interface Held extends CandidateStatement {
  keys: Set<string>;
}

/** Rows an article's statements add, and statement rows ready to write. */
export interface StatementBatch {
  reports: Record<string, unknown>[];
  keys: Record<string, unknown>[];
  links: Record<string, unknown>[];
  statements: Record<string, unknown>[];
}

/** The in-memory statement index of a bulk import. */
export function createMemoryStatements() {
  const held = new Map<number, Held>();
  const byKey = new Map<string, number[]>();
  let nextId = 1;

  const lookup = async (keys: readonly string[], speakerId: number | null): Promise<CandidateStatement[]> => {
    const postings = new Map<string, Posting[]>();
    for (const key of keys) postings.set(key, (byKey.get(key) ?? []).flatMap((id) => (held.has(id) ? [{ id, speakerId: held.get(id)!.speakerId }] : [])));
    // Copies: the planner updates the candidates it grows.
    return rankByKeys(postings, keys, speakerId).map((id) => {
      const { keys: _keys, ...statement } = held.get(id)!;
      return { ...statement };
    });
  };

  const rowOf = (s: Held) => statementRow(s.id, s.speakerId, s.kind, s.text, s.words, s.firstDay, s.lastDay);

  return {
    /** The id the next statement would get: where the store's counter goes on after the import. */
    get nextId() {
      return nextId;
    },
    /** Places an article's reports; returns its rows and any statements written out to make room. */
    async link(article: { id: string; rank: number }, derived: DerivedArticle, actorOf: ReadonlyMap<string, number>): Promise<StatementBatch> {
      const batch: StatementBatch = { reports: [], keys: [], links: [], statements: [] };
      const reports = reportsOf(derived, actorOf).filter((r) => r.words.tokens.length > 0);
      if (reports.length === 0) return batch;
      const day = dayNumber(derived.publishedAt);
      const plan = await planStatements(reports, day, lookup);
      const ids = plan.created.map(() => nextId++);
      const idOf = (ref: number) => (ref < 0 ? ids[-ref - 1]! : ref);
      plan.created.forEach((s, i) => held.set(ids[i]!, { id: ids[i]!, speakerId: s.speakerId, kind: s.kind, words: s.words, text: s.text, firstDay: day, lastDay: day, keys: new Set() }));
      for (const [id, grown] of plan.grown) Object.assign(held.get(id)!, grown);
      reports.forEach((report, k) => {
        const statement = held.get(idOf(plan.targets[k]!))!;
        if (day > 0) {
          statement.firstDay = statement.firstDay === 0 || statement.firstDay > day ? day : statement.firstDay;
          statement.lastDay = Math.max(statement.lastDay, day);
        }
        batch.reports.push(reportRow(article, derived, day, report, statement.id));
        for (const key of plan.keys[k]!) {
          if (statement.keys.has(key)) continue;
          statement.keys.add(key);
          batch.keys.push({ key, statement_id: statement.id });
          const list = byKey.get(key) ?? [];
          list.push(statement.id);
          if (list.length > PER_KEY) list.shift();
          byKey.set(key, list);
        }
      });
      batch.links.push(...linkRows(plan, idOf));
      if (held.size > MAX_HELD) {
        // Maps keep insertion order: the first held are the oldest.
        for (const [id, statement] of held) {
          if (held.size <= MAX_HELD * 0.8) break;
          batch.statements.push(rowOf(statement));
          held.delete(id);
        }
      }
      return batch;
    },
    /** The statements still held, as rows; the index is empty afterwards. */
    drain(): Record<string, unknown>[] {
      const rows = [...held.values()].map(rowOf);
      held.clear();
      byKey.clear();
      return rows;
    },
  };
}
