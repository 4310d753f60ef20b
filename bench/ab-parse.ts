/**
 * `node --import tsx bench/ab-parse.ts OTHER_CHECKOUT [ROUNDS]`: this checkout's parser against
 * another's (a git worktree of an earlier commit, say), both loaded in one process and read text by
 * text in turn (the order swapped every round) over the benchmark's texts. On a shared machine the
 * other processes' load changes from minute to minute; side by side in one process it weighs on both
 * alike, so the ratio holds where two separate runs disagree by 20%. Prints articles/s of each, the
 * ratio of the totals and of each round, and whether the two parsers' outputs were identical.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { realTexts } from './real-texts.js';
import { cpuMs, stageTimer, type StageTimer } from './stage-timer.js';

type Parse = (raw: string, options: { resources: unknown; stages?: StageTimer }) => unknown;
interface ParserModule {
  parseArticle: Parse;
  createParserResources: () => unknown;
}

const other = process.argv[2];
if (!other) throw new Error('usage: ab-parse.ts OTHER_CHECKOUT [ROUNDS]');
const rounds = Number(process.argv[3] ?? 10);
const here = (await import('../src/article/parse-article.js')) as unknown as ParserModule;
const there = (await import(pathToFileURL(join(resolve(other), 'src/article/parse-article.ts')).href)) as ParserModule;
const texts = realTexts().files.map((f) => readFileSync(f, 'utf8'));
/** One side of the comparison, with its timings. */
const side = (name: string, module: ParserModule) => ({
  name,
  parse: module.parseArticle,
  resources: module.createParserResources(),
  ms: 0,
  cpu: 0,
  rounds: [] as number[],
  cpuRounds: [] as number[],
  stages: stageTimer(),
});
const parsers = [side('this', here), side(other, there)];

let same = true;
for (const t of texts)
  same &&=
    JSON.stringify(parsers[0]!.parse(t, { resources: parsers[0]!.resources })) === JSON.stringify(parsers[1]!.parse(t, { resources: parsers[1]!.resources }));
for (let r = 0; r < rounds; r++) {
  const inRound = [0, 0];
  const cpuInRound = [0, 0];
  for (const t of texts) {
    for (const k of r % 2 ? [1, 0] : [0, 1]) {
      const p = parsers[k]!;
      const w0 = performance.now();
      const c0 = cpuMs();
      p.parse(t, { resources: p.resources, stages: p.stages.timer });
      p.stages.timer.enter('');
      const cpu = cpuMs() - c0;
      p.cpu += cpu;
      cpuInRound[k]! += cpu;
      const ms = performance.now() - w0;
      p.ms += ms;
      inRound[k]! += ms;
    }
  }
  parsers[0]!.rounds.push(inRound[1]! / inRound[0]!);
  parsers[0]!.cpuRounds.push(cpuInRound[1]! / cpuInRound[0]!);
}
const rate = (ms: number) => ((rounds * texts.length * 1000) / ms).toFixed(0);
const sorted = [...parsers[0]!.rounds].sort((a, b) => a - b);
// CPU time moves least with the other processes' load: the figure to compare on a busy machine.
const cpuSorted = [...parsers[0]!.cpuRounds].sort((a, b) => a - b);
for (const p of parsers) process.stdout.write(`${p.name}: ${rate(p.ms)} articles/s, ${rate(p.cpu)} per cpu-second\n`);
process.stdout.write(
  `this/other speed: ${(parsers[1]!.ms / parsers[0]!.ms).toFixed(3)} (cpu ${(parsers[1]!.cpu / parsers[0]!.cpu).toFixed(3)}); by round min ${sorted[0]!.toFixed(3)}, median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(3)}, max ${sorted.at(-1)!.toFixed(3)}; outputs ${same ? 'identical' : 'DIFFER'}\n`,
);
process.stdout.write(
  `cpu by round: min ${cpuSorted[0]!.toFixed(3)}, median ${cpuSorted[Math.floor(cpuSorted.length / 2)]!.toFixed(3)}, max ${cpuSorted.at(-1)!.toFixed(3)}; in order ${parsers[0]!.cpuRounds.map((r) => r.toFixed(2)).join(' ')}\n`,
);
const stages = [...new Set([...parsers[0]!.stages.spent.keys(), ...parsers[1]!.stages.spent.keys()])].filter(Boolean);
for (const stage of stages.sort((a, b) => (parsers[1]!.stages.spent.get(b) ?? 0) - (parsers[1]!.stages.spent.get(a) ?? 0))) {
  const [a, b] = parsers.map((p) => p.stages.spent.get(stage) ?? 0);
  process.stdout.write(`  ${stage.padEnd(16)} this ${a!.toFixed(0).padStart(6)} ms, other ${b!.toFixed(0).padStart(6)} ms, ${(b! / a!).toFixed(2)}x\n`);
}
