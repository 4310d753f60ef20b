/**
 * The measuring half of the command benchmarks, run in its own process so start-up and memory are
 * those of a bot alone: opens the bot on an existing store exactly as `npm start` does
 * (openBriefing), then runs 1,000 mixed commands and more of each kind, timing every one. Prints
 * one JSON object on stdout.
 *
 *   node --expose-gc --import tsx bench/measure-commands.ts postgres://.../db | sqlite:/path/file.db [DIST_SRC_URL]
 *
 * A second argument, the file URL of a compiled src/ (dist/src/), measures the production path:
 * the bench transpiles this file alone and runs it on plain Node, without tsx. BENCH_ONLY=REGEX
 * keeps the commands whose names match (with name completion), to profile one of them.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CommandInput } from '../src/briefing/command.js';

const [target = '', modules = new URL('../src/', import.meta.url).href] = process.argv.slice(2);
/** Imports a module of the bot from the sources or the compiled build, typed as the source. */
const load = <T>(file: string) => import(new URL(file, modules).href) as Promise<T>;
const { openBriefing } = await load<typeof import('../src/cli/start-command.js')>('cli/start-command.js');
const { loadConfig } = await load<typeof import('../src/config.js')>('config.js');
const { silentLogger } = await load<typeof import('../src/logging.js')>('logging.js');

const env = target.startsWith('sqlite:') ? { SQLITE_PATH: target.slice('sqlite:'.length) } : { DATABASE_URL: target };
const config = loadConfig({ ...env, DATA_DIR: mkdtempSync(join(tmpdir(), 'briefing-measure-')), LOG_LEVEL: 'silent' });
const gc = () => (globalThis as { gc?: () => void }).gc?.();

const started = performance.now();
const opened = await openBriefing(config, silentLogger());
const startupMs = performance.now() - started;
// BENCH_DEFAULT_GC=1 puts back V8's default heap growth that openBriefing tuned (tuneCollector), to compare.
if (process.env.BENCH_DEFAULT_GC === '1') {
  const { setFlagsFromString } = await import('node:v8');
  setFlagsFromString('--heap-growing-percent=0');
}
gc();
const rssAfterStartup = process.memoryUsage().rss;
const { service, corpus } = opened;
const counts = await corpus.counts();

// Arguments drawn from the store itself, varied across runs so no answer is served from a warm path.
const names = await sampleNames(target);
const random = seeded(42);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const surname = (name: string) => name.split(' ').at(-1)!;
const typo = (name: string) => {
  const s = surname(name);
  const i = 1 + Math.floor(random() * (s.length - 2));
  return s.length > 4 ? s.slice(0, i) + s.slice(i + 1) : s;
};
const topics = ['sanctions', 'health', 'debate', 'election', 'tax returns', 'missiles', 'police', 'campaign', 'voters'];

const allCases: [string, () => CommandInput][] = [
  ['/who FULL NAME', () => input('who', { name: pick(names.persons) })],
  ['/who SURNAME', () => input('who', { name: surname(pick(names.persons)) })],
  ['/who TYPO', () => input('who', { name: typo(pick(names.persons)) })],
  ['/who BUSIEST ACTORS', () => input('who', { name: pick(names.busiest) })],
  ['/who NO MATCH', () => input('who', { name: `Zq${Math.floor(random() * 1e6)}xy` })],
  ['/quote', () => input('quote', {})],
  ['/quote SPEAKER', () => input('quote', { query: pick(names.persons) })],
  ['/quote WORDS', () => input('quote', { query: pick(topics) })],
  ['/claims', () => input('claims', {})],
  ['/claims ACTOR', () => input('claims', { about: pick(names.busiest) })],
  ['/claims TOPIC', () => input('claims', { about: pick(topics) })],
  ['/timeline', () => input('timeline', {})],
  ['/timeline ACTOR', () => input('timeline', { about: pick(names.busiest) })],
  ['/digest', () => input('digest', {})],
  ['/digest ACTOR', () => input('digest', { text: pick(names.busiest) })],
  ['/articles', () => input('articles', {})],
  ['/help', () => input('help', {})],
];
// BENCH_ONLY=REGEX measures only the commands whose names match (to profile one of them, say).
const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : null;
const cases = only ? allCases.filter(([name]) => only.test(name)) : allCases;
const AUTOCOMPLETE = 'autocomplete PREFIX';
const times = new Map<string, number[]>([...cases.map(([name]) => [name, []] as [string, number[]]), [AUTOCOMPLETE, []]]);
// This process's CPU time per command (all its threads: the collector's and, on SQLite, the
// database's), which other processes' load on a shared machine changes far less than wall time.
const cpuTimes = new Map<string, number[]>([...times.keys()].map((name) => [name, []]));
const cpuMsSince = (start: NodeJS.CpuUsage) => {
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
};

async function runOne(i: number): Promise<void> {
  if (i % (cases.length + 1) === cases.length) {
    const prefix = pick(names.persons).slice(0, 1 + Math.floor(random() * 4));
    const cpu = process.cpuUsage();
    const t = performance.now();
    await service.completeActor(prefix, 25);
    times.get(AUTOCOMPLETE)!.push(performance.now() - t);
    cpuTimes.get(AUTOCOMPLETE)!.push(cpuMsSince(cpu));
    return;
  }
  const [name, make] = cases[i % (cases.length + 1)]!;
  const given = make();
  const cpu = process.cpuUsage();
  const t = performance.now();
  const reply = await service.handle(given);
  times.get(name)!.push(performance.now() - t);
  cpuTimes.get(name)!.push(cpuMsSince(cpu));
  if (reply.tone === 'error') throw new Error(`${name} failed: ${reply.title}`);
}

const MIXED = 1_000;
for (let i = 0; i < MIXED; i += 1) await runOne(i);
gc();
const rssAfterCommands = process.memoryUsage().rss;
// More of each kind, so every command's p99 rests on a few hundred runs.
for (let i = 0; i < (cases.length + 1) * 150; i += 1) await runOne(i);
const heapMb = process.memoryUsage().heapUsed / 1e6;
await opened.close();

const results = [...times].map(([command, list]) => {
  const cpu = percentiles(cpuTimes.get(command)!);
  return { command, runs: list.length, ...percentiles(list), cpuP50: cpu.p50, cpuP99: cpu.p99 };
});
process.stdout.write(
  `${JSON.stringify({
    articles: counts.articles,
    actors: counts.actors,
    startupMs,
    rssAfterStartupMb: rssAfterStartup / 1e6,
    rssAfterCommandsMb: rssAfterCommands / 1e6,
    heapMb,
    cache: corpus.cached(),
    loadavg: (await import('node:os')).loadavg()[0],
    results,
  })}\n`,
);

function input(command: string, args: Record<string, string>): CommandInput {
  return { command, args, user: { id: 'bench', name: 'bench' }, channel: { id: 'bench' }, platform: 'console' };
}

/** Person names (two words or more) and the busiest actors, read straight from the store's tables. */
async function sampleNames(where: string): Promise<{ persons: string[]; busiest: string[] }> {
  const persons = `SELECT name FROM actors WHERE kind = 'person' AND name LIKE '% %' AND articles > 0 ORDER BY id LIMIT 3000`;
  const busiest = 'SELECT name FROM actors ORDER BY appearances DESC LIMIT 50';
  const column = (rows: { name: string }[]) => rows.map((r) => r.name);
  if (where.startsWith('sqlite:')) {
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(where.slice('sqlite:'.length), { readonly: true });
    try {
      return { persons: column(db.prepare(persons).all() as { name: string }[]), busiest: column(db.prepare(busiest).all() as { name: string }[]) };
    } finally {
      db.close();
    }
  }
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: where });
  await client.connect();
  try {
    return { persons: column((await client.query(persons)).rows), busiest: column((await client.query(busiest)).rows) };
  } finally {
    await client.end();
  }
}

function percentiles(list: number[]) {
  const sorted = [...list].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { p50: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1] ?? 0 };
}

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
