/**
 * Noticing articles another process wrote to the same SQLite file (`briefing ingest` in another
 * terminal while the console runs): PRAGMA data_version changes when another connection commits,
 * a cheap check done every `intervalMs`; then the articles past the last change number seen are
 * the new or updated ones. This process's own writes are reported by the store directly.
 */
import type Database from 'better-sqlite3';
import type { ArticleChange } from './store.js';

/**
 * Starts checking; the timer does not keep the process alive.
 * @example const watch = watchSqliteArticles(db, (change) => cache.forget(change), 500);
 */
export function watchSqliteArticles(db: Database.Database, listener: (change: ArticleChange) => void, intervalMs: number): { stop(): void } {
  const version = () => Number(db.pragma('data_version', { simple: true }));
  const newestSeq = () => Number((db.prepare('SELECT coalesce(max(seq), 0) AS seq FROM articles').get() as { seq: number }).seq);
  let seen = version();
  let lastSeq = newestSeq();
  const check = () => {
    if (!db.open) return;
    try {
      const now = version();
      if (now === seen) return;
      seen = now;
      const rows = db.prepare('SELECT id, seq FROM articles WHERE seq > ? ORDER BY seq').all(lastSeq) as { id: string; seq: number }[];
      if (rows.length === 0) return;
      lastSeq = Number(rows[rows.length - 1]!.seq);
      listener({ ids: rows.map((r) => r.id) });
    } catch {
      // A locked or closing database: the next check tries again.
    }
  };
  const timer = setInterval(check, Math.max(50, intervalMs));
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
