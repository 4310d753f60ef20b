/**
 * `node --import tsx bench/profile-summary.ts FILE.cpuprofile [TOP]`: reads a V8 CPU profile (from
 * `node --cpu-prof`) and prints self time by source file and by function, largest first, as shares
 * of the profile. Pairs with `npm run bench -- parse --stages` to see where a parse spends its time.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, topArg] = process.argv.slice(2);
if (!file) throw new Error('usage: profile-summary.ts FILE.cpuprofile [TOP]');
const top = Number(topArg ?? 30);
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parentOf = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
const whereOf = (frame: ProfileNode['callFrame']) => frame.url.replace(/^.*\/(src|node_modules|bench)\//, '$1/') || '(native)';
const nameOf = (frame: ProfileNode['callFrame']) => `${frame.functionName || '(anonymous)'} ${whereOf(frame)}:${frame.lineNumber + 1}`;
// Inclusive time: a sample counts once for every function on its stack (regular expressions' native
// time lands on the function that ran them).
const inclusive = new Map<string, number>();
const byFile = new Map<string, number>();
const byFunction = new Map<string, number>();
let total = 0;
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0;
  const frame = byId.get(id)!.callFrame;
  const where = whereOf(frame);
  byFile.set(where, (byFile.get(where) ?? 0) + dt);
  const fn = nameOf(frame);
  byFunction.set(fn, (byFunction.get(fn) ?? 0) + dt);
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
    const name = nameOf(byId.get(at)!.callFrame);
    if (!seen.has(name)) inclusive.set(name, (inclusive.get(name) ?? 0) + dt);
    seen.add(name);
  }
  total += dt;
});
const print = (title: string, m: Map<string, number>) => {
  process.stdout.write(`\n${title}\n`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) process.stdout.write(`${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}\n`);
};
print('self time by file', byFile);
print('self time by function', byFunction);
print('total time by function (callees included)', inclusive);
