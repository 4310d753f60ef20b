/** One numbered schema change. Versions only grow; an applied migration is never edited. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** How many of `migrations` are not among the `applied` versions. */
export function countPending(migrations: readonly Migration[], applied: Iterable<number>): number {
  const done = new Set(applied);
  return migrations.filter((m) => !done.has(m.version)).length;
}
