/**
 * What a merged actor is, recomputed from small per-actor tallies the store keeps (names, roles,
 * kinds) rather than from every article it appears in, so a busy actor costs the same to update
 * as a new one. Also the tallies' changes when an article's actors join or leave.
 */
import type { DerivedName } from '../derive/derive-article.js';

/** One actor of one article, linked to its corpus actor, with what it gives that actor. */
export interface Appearance {
  localId: string;
  actorId: number;
  kind: string;
  mentions: number;
  names: DerivedName[];
  roles: { folded: string; text: string }[];
}

/** A change to an actor's tallies. */
export interface TallyChanges {
  /** Keyed by actor id and folded name. */
  names: Map<string, { actorId: number; folded: string; text: string; refs: number; weight: number; lastRank: number }>;
  roles: Map<string, { actorId: number; folded: string; text: string; count: number; lastRank: number }>;
  kinds: Map<string, { actorId: number; kind: string; count: number }>;
  /** Appearances, distinct articles and mentions per actor. */
  counters: Map<number, { appearances: number; articles: number; mentions: number }>;
}

/**
 * The tally changes of adding (sign 1) or removing (sign -1) one article's appearances; `rank` is
 * the article's, so among equally frequent names and roles the newest article's come first.
 * @example tallyChanges(appearances, 1, rank).counters.get(7) // { appearances: 1, articles: 1, mentions: 3 }
 */
export function tallyChanges(appearances: readonly Appearance[], sign: 1 | -1, rank = 0): TallyChanges {
  const changes: TallyChanges = { names: new Map(), roles: new Map(), kinds: new Map(), counters: new Map() };
  const articlesCounted = new Set<number>();
  for (const a of appearances) {
    const counter = changes.counters.get(a.actorId) ?? { appearances: 0, articles: 0, mentions: 0 };
    counter.appearances += sign;
    counter.mentions += sign * a.mentions;
    // Two actors of one article merged into one corpus actor count one article.
    if (!articlesCounted.has(a.actorId)) {
      articlesCounted.add(a.actorId);
      counter.articles += sign;
    }
    changes.counters.set(a.actorId, counter);
    for (const name of a.names) {
      const key = `${a.actorId}\u0000${name.folded}`;
      const entry = changes.names.get(key) ?? { actorId: a.actorId, folded: name.folded, text: name.text, refs: 0, weight: 0, lastRank: rank };
      entry.refs += sign;
      if (name.canonical) entry.weight += sign * Math.max(1, a.mentions);
      changes.names.set(key, entry);
    }
    for (const role of a.roles) {
      const key = `${a.actorId}\u0000${role.folded}`;
      const entry = changes.roles.get(key) ?? { actorId: a.actorId, folded: role.folded, text: role.text, count: 0, lastRank: rank };
      entry.count += sign;
      changes.roles.set(key, entry);
    }
    const kindKey = `${a.actorId}\u0000${a.kind}`;
    const kind = changes.kinds.get(kindKey) ?? { actorId: a.actorId, kind: a.kind, count: 0 };
    kind.count += sign;
    changes.kinds.set(kindKey, kind);
  }
  return changes;
}

/** An actor's tallies as stored, with the rank of the newest article giving each name or role. */
export interface ActorTallies {
  names: { folded: string; text: string; refs: number; weight: number; lastRank: number }[];
  roles: { folded: string; text: string; count: number; lastRank: number }[];
  kinds: { kind: string; count: number }[];
  /** The kind stored now: kept when tied with another. */
  kind: string;
}

/** The displayed summary of a merged actor, and the words its names are found by. */
export interface ActorSummary {
  name: string;
  folded: string;
  kind: string;
  roles: string[];
  aliases: string[];
  tokens: string[];
}

/** Longest lists kept on the actor row: replies show a few. */
const MAX_LISTED = 30;

/**
 * Summarises an actor from its tallies: the canonical name is a full name rather than a lone
 * surname, then the one most mentioned; roles most frequent first; the kind most articles give.
 */
export function summarizeTallies(tallies: ActorTallies): ActorSummary {
  const names = tallies.names.filter((n) => n.refs > 0);
  const full = (text: string) => (text.trim().split(/\s+/).length > 1 ? 1 : 0);
  const canonical =
    names.filter((n) => n.weight > 0).sort((a, b) => full(b.text) - full(a.text) || b.weight - a.weight || a.text.localeCompare(b.text))[0] ?? names[0];
  const roles = tallies.roles
    .filter((r) => r.count > 0)
    .sort((a, b) => b.count - a.count || b.lastRank - a.lastRank)
    .slice(0, MAX_LISTED)
    .map((r) => r.text);
  let kind = tallies.kind;
  let best = tallies.kinds.find((k) => k.kind === kind)?.count ?? 0;
  for (const k of tallies.kinds) if (k.count > best) ({ kind, count: best } = k);
  const tokens = new Set<string>();
  for (const n of names) for (const token of n.folded.split(' ')) tokens.add(token);
  return {
    name: canonical?.text ?? '',
    folded: canonical?.folded ?? '',
    kind,
    roles,
    aliases: names
      .filter((n) => n !== canonical && n.text !== '')
      .sort((a, b) => b.lastRank - a.lastRank)
      .slice(0, MAX_LISTED)
      .map((n) => n.text),
    tokens: [...tokens],
  };
}
