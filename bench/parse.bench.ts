/**
 * Parse throughput on one core, side by side with wink-nlp's default English pipeline: every
 * polnear-dev text plus the default article, read by both in one process after a warm-up round,
 * text by text (ours then wink's, the other way round on odd rounds), for several rounds. Prints each
 * one's articles/s per round (min/median/max), the ratio of the medians, p50/p99 ms per article, the
 * start-up load times and RSS. The machine is shared, so the ratio is the figure to compare.
 *
 * The first rounds measure V8's warm-up more than the parser (our CPU time per round falls for about
 * ten rounds), so it also prints the warmed-up ratio: the per-round CPU-time ratios from the round where
 * our CPU time per round has levelled (`levelledFrom`), with the first five rounds' ratio beside it
 * for comparison with earlier sessions.
 *
 * Flags: `--rounds N` (default 16), `--no-wink` to time ours alone, `--compiled` to time the build in
 * dist/ (`npm run build` first) that the bot runs, instead of the sources through tsx, whose `__name`
 * wrappers around every closure cost about 5%, `--stages` to add three passes
 * (after the timed rounds, so they stay untouched) that time each parse stage and print its share.
 * `node --import tsx bench/ab-parse.ts OTHER_CHECKOUT` compares this parser with another checkout's,
 * side by side in one process, stage by stage.
 * For a profile by function: `node --cpu-prof --import tsx bench/run.ts parse --no-wink`, then
 * `node --import tsx bench/profile-summary.ts CPU.*.cpuprofile`.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { builtAfterSources } from '../src/cli/build-stamp.mjs';
import { realTexts } from './real-texts.js';
import { loadWink } from './wink-baseline.js';
import type { StageTimer } from '../src/article/parse-article.js';
import { cpuMs, levelledFrom, MIN_WARM_ROUNDS, stageTimer } from './stage-timer.js';

function loadTexts(files: string[]): Array<{ name: string; text: string; bytes: number }> {
  return files.map((file) => {
    const text = readFileSync(file, 'utf8');
    return { name: file, text, bytes: Buffer.byteLength(text) };
  });
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const spread = (rates: number[]) => `median ${median(rates).toFixed(0)} (min ${Math.min(...rates).toFixed(0)}, max ${Math.max(...rates).toFixed(0)})`;

const bestRate = (best: number[]) => (best.length * 1000) / best.reduce((s, x) => s + x, 0);
const spreadRatio = (ratios: number[]) => `median ${median(ratios).toFixed(2)} (min ${Math.min(...ratios).toFixed(2)}, max ${Math.max(...ratios).toFixed(2)})`;

/** Enough rounds for our CPU time per round to level (it did by rounds 8-11 in the fifth session). */
const DEFAULT_ROUNDS = 16;
/** The old default: the ratio over the first rounds, kept so figures compare with earlier sessions. */
const EARLY_ROUNDS = 5;

/** Runs the parse benchmark and returns its report lines. */
export default async function parseBench(flags: Record<string, string> = {}): Promise<string[]> {
  const rounds = Math.max(1, Number(flags.rounds ?? DEFAULT_ROUNDS) || DEFAULT_ROUNDS);
  const withWink = flags['no-wink'] === undefined;
  const { files, skipped } = realTexts();
  const texts = loadTexts(files);

  // Start-up: our modules, lexicon, finders and attribution model; then wink's model.
  const compiled = flags.compiled !== undefined;
  const from = compiled ? '../dist/src/article/' : '../src/article/';
  const root = fileURLToPath(new URL('../', import.meta.url));
  let t0 = performance.now();
  const { createParserResources, parseArticle } = (await import(`${from}parse-article.js`)) as typeof import('../src/article/parse-article.js');
  const importMs = performance.now() - t0;
  const { loadAttributionModel } = (await import(`${from}attribution/model.js`)) as typeof import('../src/article/attribution/model.js');
  t0 = performance.now();
  const resources = createParserResources();
  const resourcesMs = performance.now() - t0;
  t0 = performance.now();
  loadAttributionModel();
  const modelMs = performance.now() - t0;
  const wink = withWink ? await loadWink() : null;

  const ours = (text: string, name: string) => parseArticle(text, { source: name, resources });
  // Warm-up: JIT and lazily built regexes, not measured.
  for (const t of texts) {
    ours(t.text, t.name);
    wink?.read(t.text);
  }
  const ourRates: number[] = [];
  const winkRates: number[] = [];
  const times: number[] = [];
  // Each text's fastest read over the rounds, ours and wink's: the least disturbed by other processes.
  const ourBest = texts.map(() => Infinity);
  const winkBest = texts.map(() => Infinity);
  // CPU time of the process (all its threads) per reader: scheduling waits on a shared machine do
  // not count, so this ratio moves least with the other helpers' load.
  let ourCpu = 0;
  let winkCpu = 0;
  // The same per round, in order: V8 keeps optimising the parser's larger functions for many rounds, so
  // the ratio climbs from round to round (16 rounds show where it levels).
  const ourCpuRounds: number[] = [];
  const winkCpuRounds: number[] = [];
  let bytes = 0;
  for (let round = 0; round < rounds; round++) {
    let ourMs = 0;
    let winkMs = 0;
    const cpuBefore = [ourCpu, winkCpu];
    const readWink = (k: number, text: string) => {
      const w0 = performance.now();
      const c0 = cpuMs();
      wink!.read(text);
      winkCpu += cpuMs() - c0;
      const wms = performance.now() - w0;
      winkMs += wms;
      winkBest[k] = Math.min(winkBest[k]!, wms);
    };
    for (const [k, t] of texts.entries()) {
      const oursFirst = round % 2 === 0;
      if (wink && !oursFirst) {
        readWink(k, t.text);
      }
      const o0 = performance.now();
      const c0 = cpuMs();
      ours(t.text, t.name);
      ourCpu += cpuMs() - c0;
      const ms = performance.now() - o0;
      ourMs += ms;
      ourBest[k] = Math.min(ourBest[k]!, ms);
      times.push(ms);
      bytes += t.bytes;
      if (wink && oursFirst) {
        readWink(k, t.text);
      }
    }
    ourCpuRounds.push(ourCpu - cpuBefore[0]!);
    winkCpuRounds.push(winkCpu - cpuBefore[1]!);
    ourRates.push((texts.length * 1000) / ourMs);
    if (wink) winkRates.push((texts.length * 1000) / winkMs);
  }
  const stageLines = flags.stages === undefined ? [] : stageShares(texts, (text, name, stages) => parseArticle(text, { source: name, resources, stages }));
  const cpuRatios = ourCpuRounds.map((c, k) => winkCpuRounds[k]! / c);
  const wallRatios = ourRates.map((r, k) => r / winkRates[k]!);
  const warm = levelledFrom(ourCpuRounds);
  const ourSeconds = times.reduce((s, x) => s + x, 0) / 1000;
  const sorted = [...times].sort((a, b) => a - b);
  const mb = (n: number) => (n / 1024 / 1024).toFixed(2);
  return [
    ...(skipped ? [skipped] : []),
    compiled
      ? `parser: the compiled build in dist/${builtAfterSources(root) ? '' : ' (OLDER than the sources: run npm run build)'}`
      : 'parser: the sources through tsx (--compiled for the build the bot runs)',
    `corpus: ${texts.length} articles (${texts.length - 1} polnear-dev + default), ${mb(texts.reduce((s, t) => s + t.bytes, 0))} MB; ${rounds} rounds after a warm-up${wink ? ', ours and wink interleaved text by text' : ''}`,
    `ours: ${spread(ourRates)} articles/s, ${(bytes / 1024 / 1024 / ourSeconds).toFixed(2)} MB/s (one core)`,
    ...(wink
      ? [
          `wink-nlp (default English pipeline, wink-eng-lite-web-model): ${spread(winkRates)} articles/s`,
          `best of rounds (each text's fastest read): ours ${bestRate(ourBest).toFixed(0)}, wink ${bestRate(winkBest).toFixed(0)} articles/s, ratio ${(bestRate(ourBest) / bestRate(winkBest)).toFixed(2)}`,
          `cpu time (all rounds): ours ${((rounds * texts.length * 1000) / ourCpu).toFixed(0)}, wink ${((rounds * texts.length * 1000) / winkCpu).toFixed(0)} articles per cpu-second, ratio ${(winkCpu / ourCpu).toFixed(2)}`,
          `ratio ours/wink (medians): ${(median(ourRates) / median(winkRates)).toFixed(2)}; round by round ${spreadRatio(wallRatios)}`,
          `cpu-time ratio by round, in order (it climbs while V8 is still optimising): ${cpuRatios.map((r) => r.toFixed(2)).join(' ')}`,
          `cpu-time ratio, first ${Math.min(EARLY_ROUNDS, rounds)} rounds (the old default): ${spreadRatio(cpuRatios.slice(0, EARLY_ROUNDS))}`,
          warm === undefined
            ? `warmed-up ratio: not measured, our cpu time per round had not levelled for ${MIN_WARM_ROUNDS} rounds (try --rounds ${Math.max(DEFAULT_ROUNDS, rounds * 2)})`
            : `warmed-up ratio (cpu time, rounds ${warm + 1}-${rounds}, where ours levelled at ${median(ourCpuRounds.slice(warm)).toFixed(0)} ms a round): ${spreadRatio(cpuRatios.slice(warm))}; wall clock ${spreadRatio(wallRatios.slice(warm))}`,
        ]
      : []),
    `cpu ms per round, ours: ${ourCpuRounds.map((c) => c.toFixed(0)).join(' ')}${warm === undefined ? ' (not levelled)' : `; levelled from round ${warm + 1}`}`,
    `per article (ours): p50 ${percentile(sorted, 50).toFixed(2)} ms, p99 ${percentile(sorted, 99).toFixed(2)} ms, max ${sorted.at(-1)!.toFixed(2)} ms`,
    `start-up: parser modules imported in ${importMs.toFixed(0)} ms (0 when already loaded), resources built in ${resourcesMs.toFixed(1)} ms (attribution model alone ${modelMs.toFixed(1)} ms)${wink ? `; wink imported and its model loaded in ${wink.loadMs.toFixed(0)} ms` : ''}`,
    `load average ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}; rss ${mb(process.memoryUsage().rss)} MB`,
    ...stageLines,
  ];
}

const STAGE_PASSES = 3;

/** Passes over the texts with a stage timer: each stage's share of the parse time, largest first. */
function stageShares(texts: Array<{ name: string; text: string }>, parse: (text: string, name: string, stages: StageTimer) => unknown): string[] {
  const { spent, timer } = stageTimer();
  for (let pass = 0; pass < STAGE_PASSES; pass++) {
    for (const t of texts) {
      parse(t.text, t.name, timer);
      timer.enter('');
    }
  }
  spent.delete('');
  const total = [...spent.values()].reduce((s, x) => s + x, 0);
  return [
    `stages (${STAGE_PASSES} timed passes, ${total.toFixed(0)} ms; cue matching is counted apart from the stage that asked for it):`,
    ...[...spent].sort((a, b) => b[1] - a[1]).map(([stage, ms]) => `  ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${stage} (${ms.toFixed(0)} ms)`),
  ];
}
