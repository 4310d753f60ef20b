/**
 * Command latency, start-up and memory at 10,000 articles. The corpus is generated from real texts
 * (polnear-dev and the default article, parsed once, person names permuted across copies), written
 * to a temporary SQLite store through createStore, then loaded and measured in a fresh process.
 * Measured as the bot runs in production, compiled JavaScript on plain Node (`npm run build`, the
 * path src/cli/bin.mjs takes), and again through tsx, the fallback when dist/ is stale.
 * Aims (printed, not asserted): p99 <= 5 ms per command, start-up <= 3 s, RSS <= 300 MB.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import ts from 'typescript';
import { generateCorpus, parseBaseArticles } from './generate-corpus.js';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 10_000);

interface Measured {
  articles: number;
  actors: number;
  loadMs: number;
  corpusMs: number;
  startupMs: number;
  wordIndexMs: number;
  loadavg: number;
  rssMb: number;
  settledRssMb: number;
  heapMb: number;
  results: { command: string; p50: number; p99: number; max: number; cpuP99: number }[];
}

/** Runs the benchmark; returns the lines to print. */
export default async function commandsBench(): Promise<string[]> {
  const lines: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'briefing-bench-'));
  try {
    let t = performance.now();
    const { articles: bases, skipped } = parseBaseArticles();
    const articles = generateCorpus(bases, ARTICLES);
    if (skipped) lines.push(skipped);
    lines.push(`corpus: ${articles.length} articles generated from ${bases.length} real texts in ${ms(performance.now() - t)}`);

    t = performance.now();
    const source = await writeStore(dir, articles);
    lines.push(`${source.kind === 'sqlite' ? 'SQLite store written' : 'store unavailable; parses written as JSON'} in ${ms(performance.now() - t)} (setup, not measured)`);

    const compiled = await measureCompiled(dir, source);
    const viaTsx = await measure(['--import', 'tsx', join('bench', 'measure-commands.ts'), source.kind, source.path]);
    const m = compiled.measured ?? viaTsx;
    lines.push(
      `measured: ${compiled.measured ? 'compiled JavaScript on plain Node (dist/, as in production)' : `through tsx only; ${compiled.problem}`}`,
      `start-up (${source.kind} -> ready): ${ms(m.startupMs)} = read ${ms(m.loadMs)} + actors merged and indexed ${ms(m.corpusMs)}   [aim <= 3 s]`,
      `content-word index, built after ready in the background: ${ms(m.wordIndexMs)} more`,
      `memory: RSS ${m.rssMb.toFixed(0)} MB right after start-up, ${m.settledRssMb.toFixed(0)} MB once idle; V8 heap ${m.heapMb.toFixed(0)} MB   [aim RSS <= 300 MB]`,
      ...(compiled.measured
        ? [
            `through tsx (the fallback when dist/ is stale): start-up ${ms(viaTsx.startupMs)}, RSS ${viaTsx.rssMb.toFixed(0)} MB after start-up, ${viaTsx.settledRssMb.toFixed(0)} MB idle, ` +
              `worst command p99 ${Math.max(...viaTsx.results.map((r) => r.p99)).toFixed(2)} ms`,
          ]
        : []),
      `corpus: ${m.articles} articles, ${m.actors} merged actors; load average during the run ${m.loadavg.toFixed(1)} on ${cpus().length} cores`,
      '',
      `${'command'.padEnd(24)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'max ms'.padStart(8)} ${'p99 cpu'.padStart(8)}   [aim p99 <= 5 ms]`,
      ...m.results.map(
        (r) =>
          `${r.command.padEnd(24)} ${r.p50.toFixed(2).padStart(8)} ${r.p99.toFixed(2).padStart(8)} ${r.max.toFixed(2).padStart(8)} ${r.cpuP99.toFixed(2).padStart(8)}${r.p99 > 5 ? '   over aim' : ''}`,
      ),
      '(p99 cpu: CPU time of the whole process during the command, garbage collector and compiler threads included.)',
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return lines;
}

/** Runs measure-commands in a fresh process with the given Node arguments. */
async function measure(args: string[]): Promise<Measured> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--expose-gc', ...args], { maxBuffer: 10_000_000 });
  return JSON.parse(stdout.trim().split('\n').pop()!) as Measured;
}

/**
 * The production path: builds dist/ (`npm run build`), transpiles measure-commands.ts alone (its
 * imports of the bot are dynamic, rooted at dist/src/) and runs it on plain Node, no tsx loaded.
 */
async function measureCompiled(dir: string, source: { kind: string; path: string }) {
  try {
    await promisify(execFile)(process.execPath, [join('scripts', 'build.mjs')]);
  } catch (err) {
    const problem = String((err as { stderr?: string }).stderr ?? err).split('\n')[0];
    return { measured: undefined, problem: `compiled path not measured (${problem})` };
  }
  const script = join(dir, 'measure-commands.mjs');
  const { outputText } = ts.transpileModule(readFileSync(join('bench', 'measure-commands.ts'), 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  writeFileSync(script, outputText);
  const measured = await measure([script, source.kind, source.path, pathToFileURL(join(process.cwd(), 'dist', 'src/')).href]);
  return { measured, problem: '' };
}

async function writeStore(dir: string, articles: import('../src/article/types.js').ParsedArticle[]) {
  const path = join(dir, 'bench.db');
  let createStore: typeof import('../src/store/create-store.js').createStore;
  try {
    ({ createStore } = await import('../src/store/create-store.js'));
  } catch {
    const json = join(dir, 'parses.json');
    writeFileSync(json, JSON.stringify(articles));
    return { kind: 'json' as const, path: json };
  }
  const { silentLogger } = await import('../src/logging.js');
  const store = await createStore({ DATA_DIR: dir, SQLITE_PATH: path, DATABASE_URL: undefined }, silentLogger());
  const ingestedAt = new Date('2025-01-01T00:00:00Z').toISOString();
  for (const parsed of articles) {
    await store.putArticle({
      id: parsed.id,
      source: parsed.source ?? parsed.id,
      contentHash: parsed.id,
      fingerprint: '',
      parserVersion: parsed.parserVersion,
      parsed,
      ingestedAt,
    });
  }
  await store.close();
  return { kind: 'sqlite' as const, path };
}

function ms(value: number): string {
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(0)} ms`;
}
