/**
 * Command latency, start-up and memory at 10,000 articles. The corpus is generated from real texts
 * (polnear-dev and the default article, parsed once, person names permuted across copies), written
 * to a temporary SQLite store through createStore, then loaded and measured in a fresh process.
 * Aims (printed, not asserted): p99 <= 5 ms per command, start-up <= 3 s, RSS <= 300 MB.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
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
    const bases = parseBaseArticles();
    const articles = generateCorpus(bases, ARTICLES);
    lines.push(`corpus: ${articles.length} articles generated from ${bases.length} real texts in ${ms(performance.now() - t)}`);

    t = performance.now();
    const source = await writeStore(dir, articles);
    lines.push(`${source.kind === 'sqlite' ? 'SQLite store written' : 'store unavailable; parses written as JSON'} in ${ms(performance.now() - t)} (setup, not measured)`);

    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', join('bench', 'measure-commands.ts'), source.kind, source.path],
      { maxBuffer: 10_000_000 },
    );
    const m = JSON.parse(stdout.trim().split('\n').pop()!) as Measured;
    lines.push(
      `start-up (${source.kind} -> ready): ${ms(m.startupMs)} = read ${ms(m.loadMs)} + actors merged and indexed ${ms(m.corpusMs)}   [aim <= 3 s]`,
      `content-word index, built after ready in the background: ${ms(m.wordIndexMs)} more`,
      `memory: RSS ${m.rssMb.toFixed(0)} MB right after start-up, ${m.settledRssMb.toFixed(0)} MB once idle; V8 heap ${m.heapMb.toFixed(0)} MB   [aim RSS <= 300 MB]`,
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
