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
