/** Time per parse stage, for parsers that report their stages (`parseArticle`'s `stages` option). */

import type { StageTimer } from '../src/article/parse-article.js';

export type { StageTimer };

/** A timer that adds up the milliseconds spent in each stage (the stage '' is "outside a parse"). */
export function stageTimer(): { spent: Map<string, number>; timer: StageTimer } {
  const spent = new Map<string, number>();
  let current = '';
  let since = 0;
  const timer: StageTimer = {
    enter(stage) {
      const now = performance.now();
      if (current) spent.set(current, (spent.get(current) ?? 0) + now - since);
      const left = current;
      current = stage;
      since = now;
      return left;
    },
  };
  return { spent, timer };
}

/** CPU milliseconds this process has used (user and system). */
export function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** How far a round's CPU time may sit above the last rounds' median and still count as levelled. */
const LEVEL_TOLERANCE = 1.2;
/** The fewest rounds that make a warmed-up figure. */
export const MIN_WARM_ROUNDS = 3;

/**
 * The first round from which the parser's CPU time per round has levelled: that round and at least
 * three quarters of those after it are within 20% of the median of the last third of the rounds (a
 * round now and then is slowed by a collection or a busy neighbour core). V8 keeps optimising the
 * parser's larger functions for many rounds, so the earlier rounds measure its warm-up, not the
 * parser. Returns undefined when fewer than three rounds have levelled (run more rounds).
 */
export function levelledFrom(cpuPerRound: readonly number[]): number | undefined {
  const n = cpuPerRound.length;
  if (n < MIN_WARM_ROUNDS) return undefined;
  const tail = cpuPerRound.slice(-Math.max(MIN_WARM_ROUNDS, Math.floor(n / 3))).sort((a, b) => a - b);
  const level = tail.length % 2 ? tail[(tail.length - 1) / 2]! : (tail[tail.length / 2 - 1]! + tail[tail.length / 2]!) / 2;
  const limit = level * LEVEL_TOLERANCE;
  for (let from = 0; from <= n - MIN_WARM_ROUNDS; from++) {
    if (cpuPerRound[from]! > limit) continue;
    const above = cpuPerRound.slice(from).filter((ms) => ms > limit).length;
    if (above <= Math.floor((n - from) / 4)) return from;
  }
  return undefined;
}
