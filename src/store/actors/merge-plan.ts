/**
 * Which corpus actor each actor of a new article is, decided at ingest so the store holds actors
 * merged across articles. The rules (persons only merge with persons):
 * - a full name or alias of one equals a full name or alias of the other, or
 * - both are persons whose names agree on first and last word ("Jane Roe", "Jane Q. Roe"), or
 * - one is a lone surname and exactly one known person carries it.
 * An actor named only by a description ("a U.S. official") is never merged into another.
 * The store answers the lookups; names linked earlier in the same article count too.
 */
import type { DerivedActor } from '../derive/derive-article.js';

/** One name of a corpus actor, as a lookup returns it. */
export interface NameRow {
  actorId: number;
  /** The corpus actor's current kind and how many article actors it merges. */
  kind: string;
  appearances: number;
  folded: string;
}

/**
 * What the merge asks the store: actors with one of `names`, a person name with `firstLast`, or
 * ending in `surname`. Only actors of the asking actor's side (`person` or not) can match, and a
 * one-word name or a lone surname settles a match only when exactly one actor carries it, so the
 * store may answer those with the rows of two such actors: "Smith" as an alias is carried by
 * thousands of actors in a year's corpus.
 */
export interface NameLookup {
  names: string[];
  person: boolean;
  firstLast: string | null;
  surname: string | null;
}

/** A corpus actor: an existing id (positive) or the index of one to create (negative: -1 is the first). */
export type ActorRef = number;

/** The merge's decision for one article. */
export interface MergePlan {
  /** Aligned with the article's actors. */
  targets: ActorRef[];
  /** Actors to create, in order: ref -1 is newActors[0]. */
  newActors: { name: string; kind: string }[];
}

/**
 * Decides the corpus actor of every actor of an article.
 * @example const plan = await planMerge(derived.actors, (q) => store.lookupNames(q));
 */
export async function planMerge(actors: readonly DerivedActor[], lookup: (q: NameLookup) => Promise<NameRow[]>): Promise<MergePlan> {
  const plan: MergePlan = { targets: [], newActors: [] };
  // Names linked earlier in this article, and appearances gained, which later actors see.
  const overlay: NameRow[] = [];
  const gained = new Map<ActorRef, number>();
  const known = new Map<ActorRef, NameRow>();
  for (const actor of actors) {
    const names = actor.names.map((n) => n.folded);
    let target: ActorRef | undefined;
    // "A U.S. official" in one story and in another are not known to be one person: a new actor.
    if (names.length > 0 && !actor.unnamed) {
      const full = names[0]!;
      const person = actor.kind === 'person';
      const multi = full.includes(' ');
      const query: NameLookup = {
        names,
        person,
        firstLast: person && multi ? firstLastKey(full) : null,
        surname: person && !multi ? full : null,
      };
      const rows = [...(await lookup(query)), ...overlay.filter((row) => matchesLookup(row.folded, query))].map((row) => ({
        ...row,
        appearances: row.appearances + (gained.get(row.actorId) ?? 0),
      }));
      for (const row of rows) if (!known.has(row.actorId)) known.set(row.actorId, { ...row, appearances: row.appearances - (gained.get(row.actorId) ?? 0) });
      target = findMatch(actor.kind, names, rows);
    }
    if (target === undefined) {
      plan.newActors.push({ name: actor.name, kind: actor.kind });
      target = -plan.newActors.length;
    }
    plan.targets.push(target);
    gained.set(target, (gained.get(target) ?? 0) + 1);
    const base = known.get(target);
    const kind = base?.kind ?? actor.kind;
    for (const folded of names) overlay.push({ actorId: target, kind, appearances: base?.appearances ?? 0, folded });
  }
  return plan;
}

function findMatch(kind: string, names: string[], rows: NameRow[]): ActorRef | undefined {
  const compatible = (k: string) => (k === 'person') === (kind === 'person');
  const full = names[0]!;
  const words = full.split(' ');
  const person = kind === 'person';
  const named = (folded: string, accept: (k: string) => boolean) => actorsOf(rows.filter((r) => r.folded === folded && accept(r.kind)));
  // A lone word ("Kim") shared by several actors says nothing about which one is meant.
  const exact = named(full, compatible);
  if (exact.length === 1 || (exact.length > 1 && words.length > 1)) return mostMentioned(exact);
  if (person && words.length > 1) {
    const key = firstLastKey(full);
    const agreeing = actorsOf(rows.filter((r) => r.kind === 'person' && r.folded.includes(' ') && firstLastKey(r.folded) === key));
    if (agreeing.length > 0) return mostMentioned(agreeing);
  }
  for (const alias of names.slice(1)) {
    if (person && !alias.includes(' ')) continue;
    const hits = named(alias, compatible);
    if (hits.length === 1) return hits[0]!.actorId;
  }
  if (person && words.length === 1) {
    const bySurname = actorsOf(rows.filter((r) => r.kind === 'person' && r.folded.includes(' ') && lastWord(r.folded) === full));
    if (bySurname.length === 1) return bySurname[0]!.actorId;
  }
  return undefined;
}

/** "first|last" of a multi-word folded name: the key persons agree on. */
export function firstLastKey(folded: string): string {
  return `${folded.slice(0, folded.indexOf(' '))}|${lastWord(folded)}`;
}

/** The last word of a folded name. */
export function lastWord(folded: string): string {
  return folded.slice(folded.lastIndexOf(' ') + 1);
}

function matchesLookup(folded: string, q: NameLookup): boolean {
  if (q.names.includes(folded)) return true;
  if (!folded.includes(' ')) return false;
  return (q.firstLast !== null && firstLastKey(folded) === q.firstLast) || (q.surname !== null && lastWord(folded) === q.surname);
}

// One row per actor, first seen first (lookups return older actors first).
function actorsOf(rows: NameRow[]): NameRow[] {
  const seen = new Set<number>();
  return rows.filter((row) => !seen.has(row.actorId) && seen.add(row.actorId));
}

function mostMentioned(candidates: NameRow[]): ActorRef | undefined {
  let best: NameRow | undefined;
  for (const c of candidates) if (!best || c.appearances > best.appearances) best = c;
  return best?.actorId;
}
