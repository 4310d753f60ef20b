/**
 * Name completion's index: each actor under every beginning of its name words up to
 * PREFIX_INDEXED characters, with its mention count beside it, so the most mentioned actors for a
 * short beginning are the first rows of an index (`name_prefixes (prefix, mentions DESC, actor_id)`)
 * however many actors share it. Longer beginnings are rare enough to read from the name words.
 * Kept in the write transaction: mention counts move with the actors', and an actor whose name
 * words change has its beginnings written anew.
 */
import type { Sql } from '../sql/sql.js';

/** Name-word beginnings indexed up to this many characters (what a user types before a list is short). */
export const PREFIX_INDEXED = 4;

/** Characters, not UTF-16 units, as SQL's substr and length count them. */
const characters = (text: string): string[] => Array.from(text);

/** Whether the index holds this beginning's actors. */
export function isIndexedPrefix(prefix: string): boolean {
  const length = characters(prefix).length;
  return length > 0 && length <= PREFIX_INDEXED;
}

/**
 * The distinct beginnings of `tokens` the index holds.
 * @example namePrefixes(['ana', 'aho']) // ['a', 'an', 'ana', 'ah', 'aho']
 */
export function namePrefixes(tokens: Iterable<string>): string[] {
  const found = new Set<string>();
  for (const token of tokens) {
    const chars = characters(token);
    for (let n = 1; n <= Math.min(PREFIX_INDEXED, chars.length); n++) found.add(chars.slice(0, n).join(''));
  }
  return [...found];
}

/** SQL (both dialects) filling the index from the name words of a stored corpus: the migration's backfill. */
export function fillNamePrefixesSql(): string {
  const lengths = Array.from({ length: PREFIX_INDEXED }, (_, i) => `SELECT ${i + 1} AS len`).join(' UNION ALL ');
  return `INSERT INTO name_prefixes (actor_id, prefix, mentions)
    SELECT DISTINCT t.actor_id, substr(t.token, 1, n.len), a.mentions
    FROM actor_tokens t JOIN actors a ON a.id = t.actor_id JOIN (${lengths}) n ON length(t.token) >= n.len`;
}

/** Adds mention-count changes to the index rows of those actors. */
export async function addPrefixMentions(sql: Sql, changes: readonly { id: number; mentions: number }[]): Promise<void> {
  const moved = changes.filter((c) => c.mentions !== 0);
  if (moved.length === 0) return;
  const d = sql.dialect;
  await sql.run(
    `UPDATE name_prefixes SET mentions = name_prefixes.mentions + r.mentions
     FROM ${d.rowsOf(1, { id: 'bigint', mentions: 'int' })} WHERE name_prefixes.actor_id = r.id`,
    [d.rows(moved)],
  );
}

/** Writes anew the index rows of actors whose name words changed, with their current mention counts. */
export async function replacePrefixes(sql: Sql, actors: ReadonlyMap<number, readonly string[]>): Promise<void> {
  if (actors.size === 0) return;
  const d = sql.dialect;
  await sql.run(`DELETE FROM name_prefixes WHERE ${d.inList('actor_id', 1)}`, [d.list([...actors.keys()])]);
  const rows = [...actors].flatMap(([actor_id, tokens]) => namePrefixes(tokens).map((prefix) => ({ actor_id, prefix })));
  if (rows.length === 0) return;
  await sql.run(
    `INSERT INTO name_prefixes (actor_id, prefix, mentions)
     SELECT r.actor_id, r.prefix, a.mentions FROM ${d.rowsOf(1, { actor_id: 'bigint', prefix: 'text' })} JOIN actors a ON a.id = r.actor_id`,
    [d.rows(rows)],
  );
}
