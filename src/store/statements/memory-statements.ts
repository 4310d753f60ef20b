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
  /** Distinct articles reporting it, and the last of them (an article's reports come together). */
  articles: number;
  lastArticle: string;
}

/** Rows an article's statements add, and statement rows ready to write. */
export interface StatementBatch {
  reports: Record<string, unknown>[];
  keys: Record<string, unknown>[];
  links: Record<string, unknown>[];
  statements: Record<string, unknown>[];
}

/**
 * The in-memory statement index of a bulk import, holding at most `maxHeld` statements.
 * @example const saying = createMemoryStatements(); const rows = await saying.link(article, derived, actorOf);
 */
export function createMemoryStatements(maxHeld = MAX_HELD) {
  const held = new Map<number, Held>();
  // Postings carry the speaker (fixed at creation), so a lookup reads no statement it does not return.
  const byKey = new Map<string, Posting[]>();
  let nextId = 1;

  const lookup = async (keys: readonly string[], speakerId: number | null): Promise<CandidateStatement[]> => {
    const postings = new Map<string, Posting[]>();
    for (const key of keys) {
      const list = byKey.get(key);
      if (list) postings.set(key, list);
    }
    // Copies: the planner updates the candidates it grows.
    return rankByKeys(postings, keys, speakerId).map((id) => {
      const s = held.get(id)!;
      return { id: s.id, speakerId: s.speakerId, kind: s.kind, words: s.words, text: s.text, firstDay: s.firstDay, lastDay: s.lastDay };
    });
  };

  const rowOf = (s: Held) => statementRow(s.id, s.speakerId, s.kind, s.text, s.words, s.firstDay, s.lastDay, s.articles);

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
      plan.created.forEach((s, i) =>
        held.set(ids[i]!, {
          id: ids[i]!,
          speakerId: s.speakerId,
          kind: s.kind,
          words: s.words,
          text: s.text,
          firstDay: day,
          lastDay: day,
          keys: new Set(),
          articles: 0,
          lastArticle: '',
        }),
      );
      for (const [id, grown] of plan.grown) Object.assign(held.get(id)!, grown);
      reports.forEach((report, k) => {
        const statement = held.get(idOf(plan.targets[k]!))!;
        if (statement.lastArticle !== article.id) {
          statement.articles += 1;
          statement.lastArticle = article.id;
        }
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
          list.push({ id: statement.id, speakerId: statement.speakerId });
          if (list.length > PER_KEY) list.shift();
          byKey.set(key, list);
        }
      });
      batch.links.push(...linkRows(plan, idOf));
      if (held.size > maxHeld) {
        // Maps keep insertion order: the first held are the oldest.
        for (const [id, statement] of held) {
          if (held.size <= maxHeld * 0.8) break;
          batch.statements.push(rowOf(statement));
          held.delete(id);
          for (const key of statement.keys) {
            const list = byKey.get(key)?.filter((p) => p.id !== id) ?? [];
            if (list.length > 0) byKey.set(key, list);
            else byKey.delete(key);
          }
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
