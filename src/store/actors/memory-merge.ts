/**
 * The actor merge of a bulk import, kept in memory: the same rules (merge-plan.ts) and tallies
 * (actor-summary.ts) as a one-by-one ingest, without a database round trip per article. At the end
 * every actor's summary and name words are written at once.
 */
import { summarizeTallies, tallyChanges, type Appearance, type ActorSummary } from './actor-summary.js';
import { firstLastKey, lastWord, planMerge, type NameLookup, type NameRow } from './merge-plan.js';
import type { DerivedActor } from '../derive/derive-article.js';

/** One merged actor with its tallies, as an import builds it. */
export interface MemoryActor {
  id: number;
  kind: string;
  appearances: number;
  articles: number;
  mentions: number;
  names: Map<string, { text: string; refs: number; weight: number; lastRank: number }>;
  roles: Map<string, { text: string; count: number; lastRank: number }>;
  kinds: Map<string, number>;
}

/** The merged actors of an import in progress. */
export interface MemoryMerge {
  /** Links an article's actors (merging or creating); returns their corpus actor ids, aligned. */
  link(actors: readonly DerivedActor[], rank: number): Promise<Appearance[]>;
  /** Every actor, with its summary. */
  actors(): Iterable<{ actor: MemoryActor; summary: ActorSummary }>;
  readonly size: number;
}

/**
 * Starts an empty merge; actor ids count up from `firstId`.
 * @example const merge = createMemoryMerge(1); await merge.link(derived.actors, rank);
 */
export function createMemoryMerge(firstId = 1): MemoryMerge {
  const byId = new Map<number, MemoryActor>();
  // Sets, not arrays: a common surname is carried by thousands of actors in a large import, and
  // a membership test per new name over such a list made the import quadratic.
  const byName = new Map<string, Set<MemoryActor>>();
  const byFirstLast = new Map<string, Set<MemoryActor>>();
  const bySurname = new Map<string, Set<MemoryActor>>();
  let nextId = firstId;

  const push = (index: Map<string, Set<MemoryActor>>, key: string, actor: MemoryActor) => {
    const set = index.get(key);
    if (!set) index.set(key, new Set([actor]));
    else set.add(actor);
  };
  const rowsOf = (actor: MemoryActor, accept: (folded: string) => boolean): NameRow[] =>
    [...actor.names.keys()].filter(accept).map((folded) => ({ actorId: actor.id, kind: actor.kind, appearances: actor.appearances, folded }));
  const lookup = async (q: NameLookup): Promise<NameRow[]> => {
    const rows: NameRow[] = [];
    for (const name of q.names) {
      // A one-word name needs two carriers on the asker's side at most (NameLookup).
      const lone = !name.includes(' ');
      let found = 0;
      for (const actor of byName.get(name) ?? []) {
        if ((actor.kind === 'person') !== q.person) continue;
        rows.push(...rowsOf(actor, (f) => f === name));
        if (lone && ++found === 2) break;
      }
    }
    if (q.firstLast) {
      for (const actor of byFirstLast.get(q.firstLast) ?? []) rows.push(...rowsOf(actor, (f) => f.includes(' ') && firstLastKey(f) === q.firstLast));
    }
    if (q.surname) {
      // A lone surname merges only when exactly one person carries it (merge-plan.ts), so two such
      // persons settle it: reading every carrier of a common surname grew with the corpus.
      let persons = 0;
      for (const actor of bySurname.get(q.surname) ?? []) {
        rows.push(...rowsOf(actor, (f) => f.includes(' ') && lastWord(f) === q.surname));
        if (actor.kind === 'person' && ++persons === 2) break;
      }
    }
    return rows.sort((a, b) => a.actorId - b.actorId);
  };

  return {
    get size() {
      return byId.size;
    },
    async link(actors, rank) {
      const plan = await planMerge(actors, lookup);
      const created = plan.newActors.map((a) => {
        const actor: MemoryActor = {
          id: nextId++,
          kind: a.kind,
          appearances: 0,
          articles: 0,
          mentions: 0,
          names: new Map(),
          roles: new Map(),
          kinds: new Map(),
        };
        byId.set(actor.id, actor);
        return actor;
      });
      const appearances: Appearance[] = actors.map((actor, i) => {
        const ref = plan.targets[i]!;
        return {
          localId: actor.localId,
          actorId: ref < 0 ? created[-ref - 1]!.id : ref,
          kind: actor.kind,
          mentions: actor.mentions,
          names: actor.names,
          roles: actor.roles,
        };
      });
      const changes = tallyChanges(appearances, 1, rank);
      for (const [id, c] of changes.counters) {
        const actor = byId.get(id)!;
        actor.appearances += c.appearances;
        actor.articles += c.articles;
        actor.mentions += c.mentions;
      }
      for (const n of changes.names.values()) {
        const actor = byId.get(n.actorId)!;
        const known = actor.names.get(n.folded);
        if (known) {
          known.refs += n.refs;
          known.weight += n.weight;
          known.lastRank = Math.max(known.lastRank, n.lastRank);
          continue;
        }
        actor.names.set(n.folded, { text: n.text, refs: n.refs, weight: n.weight, lastRank: n.lastRank });
        push(byName, n.folded, actor);
        if (n.folded.includes(' ')) {
          push(byFirstLast, firstLastKey(n.folded), actor);
          push(bySurname, lastWord(n.folded), actor);
        }
      }
      for (const r of changes.roles.values()) {
        const actor = byId.get(r.actorId)!;
        const known = actor.roles.get(r.folded);
        if (known) {
          known.count += r.count;
          known.lastRank = Math.max(known.lastRank, r.lastRank);
        } else actor.roles.set(r.folded, { text: r.text, count: r.count, lastRank: r.lastRank });
      }
      for (const k of changes.kinds.values()) {
        const actor = byId.get(k.actorId)!;
        actor.kinds.set(k.kind, (actor.kinds.get(k.kind) ?? 0) + k.count);
        // The kind most articles give, the one held now when tied: as summarize does after each article.
        let best = actor.kinds.get(actor.kind) ?? 0;
        for (const [kind, count] of actor.kinds) {
          if (count > best) {
            best = count;
            actor.kind = kind;
          }
        }
      }
      return appearances;
    },
    *actors() {
      for (const actor of byId.values()) {
        const summary = summarizeTallies({
          names: [...actor.names].map(([folded, n]) => ({ folded, ...n })),
          roles: [...actor.roles].map(([folded, r]) => ({ folded, ...r })),
          kinds: [...actor.kinds].map(([kind, count]) => ({ kind, count })),
          kind: actor.kind,
        });
        yield { actor, summary };
      }
    },
  };
}
