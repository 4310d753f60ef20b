/**
 * `npm run bench -- scale [--sizes 10000,100000,300000] [--sqlite-sizes 100000] [--keep] [--few-texts]`: the bot at a year
 * of feeds. For each size, a corpus generated from the real texts (generate-corpus.ts: names
 * permuted, dates spread over a year) is imported into a database of its own (PostgreSQL: a
 * database created for the run and dropped after, on TEST_DATABASE_URL's server; SQLite: a
 * temporary file), then measured:
 * - start-up and RSS of a bot process (the compiled dist/, as production runs), after start-up and
 *   after 1,000 mixed commands, and p50/p99 of each command in wall time and in the bot process's
 *   CPU time (measure-commands.ts; on a shared machine wall time waits for a core, CPU time much less);
 * - ingest throughput through the real jobs, with 1 and 2 worker processes (PostgreSQL);
 * - the time from ingesting an article on one replica to its being answered on another.
 * With --keep, each size's corpus is kept after the run (PostgreSQL database briefing_scale_SIZE,
 * SQLite file briefing-scale-SIZE.db in the temporary folder) and its commands measured again on
 * the next run without importing it anew (ingest and the second replica, whose bench articles it
 * already holds, only after a fresh import).
 * Prints one summary line per size and store, `scale store=... size=... startup_ms=... rss_mb=... p99_ms=...`.
 * Aims (printed, not asserted): start-up <= 1 s and RSS <= 150 MB at every size, every command
 * p99 <= 50 ms at 300,000 on PostgreSQL and <= 20 ms at 10,000.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import ts from 'typescript';
import { parseArticle, PARSER_VERSION } from '../src/article/parse-article.js';
import type { ParsedArticle } from '../src/article/types.js';
import { createCorpus } from '../src/briefing/corpus.js';
import { YOUNG_GENERATION_FLAG } from '../src/cli/start-command.js';
import { createBriefingService } from '../src/briefing/create-briefing-service.js';
import { ingestArticleText } from '../src/ingest/ingest-article.js';
import { JOBS } from '../src/ingest/ingest-jobs.js';
import { createPgBossQueue } from '../src/jobs/pg-boss-queue.js';
import { silentLogger } from '../src/logging.js';
import { createPostgresStore } from '../src/store/postgres-store.js';
import { createSqliteStore } from '../src/store/sqlite-store.js';
import type { Store, StoredArticle } from '../src/store/store.js';
import { createOwnDatabase } from '../tests/service/own-database.js';
import { BenchUsageError } from './usage-error.js';
import { postgresUrl } from '../tests/store/postgres-schema.js';
import { generatedSurname } from '../tests/support/generated-articles.js';
import { benchArticleText } from './bench-articles.js';
import { generateArticles, parseBaseArticles } from './generate-corpus.js';

const INGESTED = 200;
const run = promisify(execFile);

interface Measured {
  articles: number;
  actors: number;
  startupMs: number;
  rssAfterStartupMb: number;
  rssAfterCommandsMb: number;
  loadavg: number;
  /** Wall-clock and this process's CPU milliseconds per command (measure-commands.ts). */
  results: { command: string; runs: number; p50: number; p99: number; max: number; cpuP50: number; cpuP99: number }[];
}

interface Row {
  store: 'postgres' | 'sqlite';
  size: number;
  importSeconds: number;
  measured: Measured;
  ingest: { workers: number; perSecond: number }[];
  replicaMs: number[];
}

/** Fewer real texts than this make a corpus of copies: the bench refuses sizes above 10,000 on them (--few-texts runs anyway). */
const FEW_TEXTS = 20;

/** Runs the benchmark; returns the lines to print. */
export default async function scale(flags: Record<string, string> = {}): Promise<string[]> {
  const sizes = list(flags.sizes, [10_000, 100_000, 300_000]);
  const sqliteSizes = list(
    flags['sqlite-sizes'],
    sizes.filter((s) => s === 100_000),
  );
  const lines: string[] = [];
  const { articles: bases, skipped } = parseBaseArticles();
  // Copies of a text or two are no corpus: 59 actors in 300,000 articles measure none of the name
  // lookups a year of feeds makes, after an hour of importing (it happened: run from a worktree
  // with no ../shared beside it).
  if (bases.length < FEW_TEXTS && Math.max(...sizes, ...sqliteSizes) > 10_000 && flags['few-texts'] === undefined) {
    throw new BenchUsageError(
      `scale: only ${bases.length} real text${bases.length === 1 ? '' : 's'} to generate from (${skipped ?? 'PolNeAR-dev has fewer'}); set SHARED_DIR to the shared folder, or pass --few-texts to run anyway`,
    );
  }
  if (skipped) lines.push(skipped);
  lines.push(`corpus generated from ${bases.length} real texts; machine: ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)} at the start`);
  // Said at once as well: a watcher of a long run sees what it is generated from before it imports.
  process.stderr.write(`${lines.join('\n')}\n`);
  const measureScript = await compiledMeasure();
  lines.push(
    `commands measured ${measureScript.compiled ? 'on the compiled dist/ (as npm start runs after a build)' : `through tsx (${measureScript.problem})`}`,
  );
  const rows: Row[] = [];
  const measured = async (row: Row) => {
    rows.push(row);
    // Each size's figures as soon as they are known, so a long run that is stopped keeps them.
    process.stderr.write(`${[...table([row]), summary(row)].join('\n')}\n`);
  };
  const keep = flags.keep !== undefined;
  for (const size of sizes) await measured(await measureSize('postgres', size, bases, measureScript, keep));
  for (const size of sqliteSizes) await measured(await measureSize('sqlite', size, bases, measureScript, keep));
  lines.push('', ...table(rows), '', ...rows.map(summary));
  return lines;
}

/** The one-line summary of a size: `scale store=... size=... startup_ms=... rss_mb=... p99_ms=...`. */
function summary(row: Row): string {
  const slowest = row.measured.results.reduce((a, b) => (b.p99 > a.p99 ? b : a));
  const busiest = row.measured.results.reduce((a, b) => (b.cpuP99 > a.cpuP99 ? b : a));
  return (
    `scale store=${row.store} size=${row.size} startup_ms=${row.measured.startupMs.toFixed(0)} rss_mb=${row.measured.rssAfterCommandsMb.toFixed(0)} ` +
    `p99_ms=${slowest.p99.toFixed(1)} (${slowest.command}) cpu_p99_ms=${busiest.cpuP99.toFixed(1)} (${busiest.command}) rss_startup_mb=${row.measured.rssAfterStartupMb.toFixed(0)} ` +
    `ingest_per_s=${row.ingest.map((i) => `${i.workers}w:${i.perSecond.toFixed(1)}`).join(',') || 'kept'} replica_ms=${row.replicaMs.length ? median(row.replicaMs).toFixed(0) : 'kept'} ` +
    `import_s=${Number.isNaN(row.importSeconds) ? 'kept' : row.importSeconds.toFixed(0)} load=${row.measured.loadavg.toFixed(1)}`
  );
}

async function measureSize(kind: Row['store'], size: number, bases: ParsedArticle[], measure: { script: string; args: string[] }, keep: boolean): Promise<Row> {
  const target = await createTarget(kind, keep ? size : null);
  try {
    const store = await target.open();
    const started = performance.now();
    const kept = (await store.countArticles()) >= size;
    if (!kept) await store.importArticles(storedArticles(generateArticles(bases, size)));
    const importSeconds = kept ? Number.NaN : (performance.now() - started) / 1000;
    await store.close();
    if (!kept) await target.analyze();
    const measured = await measureCommands(measure, target.where);
    // A kept corpus holds the bench articles an earlier run ingested (the same texts and sources):
    // ingesting them again stores nothing, so ingest and the second replica are measured on a fresh import only.
    const ingest = kept
      ? []
      : kind === 'postgres'
        ? [await ingestWithWorkers(target, 1, 0), await ingestWithWorkers(target, 2, INGESTED)]
        : [await ingestSqlite(target, 0)];
    const replicaMs = kept ? [] : await replicaLatency(target);
    process.stderr.write(`scale: ${kind} ${size} done\n`);
    return { store: kind, size, importSeconds, measured, ingest, replicaMs };
  } finally {
    await target.drop();
  }
}

/**
 * A database of the run's own: a PostgreSQL database created and dropped, or a SQLite file; with
 * `keptSize`, one named by the size, kept (and reused when it is there).
 */
async function createTarget(kind: Row['store'], keptSize: number | null) {
  if (kind === 'sqlite') {
    const dir = keptSize === null ? mkdtempSync(join(tmpdir(), 'briefing-scale-')) : tmpdir();
    const path = join(dir, keptSize === null ? 'bench.db' : `briefing-scale-${keptSize}.db`);
    return {
      kind,
      where: `sqlite:${path}`,
      open: async (): Promise<Store> => {
        const store = createSqliteStore(path);
        await store.migrate();
        return store;
      },
      analyze: async () => {
        const Database = (await import('better-sqlite3')).default;
        const db = new Database(path);
        db.exec('ANALYZE; PRAGMA wal_checkpoint(TRUNCATE);');
        db.close();
      },
      drop: async () => {
        if (keptSize === null) rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const db = keptSize === null ? await createOwnDatabase() : await keptDatabase(`briefing_scale_${keptSize}`);
  return {
    kind,
    where: db.url,
    open: async (): Promise<Store> => {
      const store = createPostgresStore(db.url);
      await store.migrate();
      return store;
    },
    analyze: async () => {
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      await client.query('VACUUM ANALYZE');
      await client.end();
    },
    drop: db.drop,
  };
}

/** The database `name` on the test server, created when missing; never dropped. */
async function keptDatabase(name: string): Promise<{ url: string; drop(): Promise<void> }> {
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: async () => undefined };
}

function* storedArticles(parses: Iterable<ParsedArticle>): Generator<StoredArticle> {
  let i = 0;
  for (const parsed of parses) {
    i += 1;
    // Ingested over the year as well, a minute apart per thousand.
    yield {
      id: parsed.id,
      source: parsed.source ?? parsed.id,
      contentHash: parsed.id,
      fingerprint: '',
      parserVersion: parsed.parserVersion,
      parsed,
      ingestedAt: new Date(Date.UTC(2025, 0, 1) + i * 60).toISOString(),
    };
  }
}

/**
 * The production path when it builds: dist/ and this file transpiled alone into dist/ (inside the
 * project, so it finds the project's packages); else tsx.
 */
async function compiledMeasure(): Promise<{ script: string; args: string[]; compiled: boolean; problem: string }> {
  try {
    await run(process.execPath, [join('scripts', 'build.mjs')]);
    const script = join('dist', 'measure-commands.mjs');
    const { outputText } = ts.transpileModule(readFileSync(join('bench', 'measure-commands.ts'), 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    });
    writeFileSync(script, outputText);
    return { script, args: [pathToFileURL(join(process.cwd(), 'dist', 'src/')).href], compiled: true, problem: '' };
  } catch (err) {
    return {
      script: join('bench', 'measure-commands.ts'),
      args: [],
      compiled: false,
      problem: String((err as { stderr?: string }).stderr ?? err).split('\n')[0] ?? '',
    };
  }
}

async function measureCommands(measure: { script: string; args: string[] }, where: string): Promise<Measured> {
  const tsx = measure.script.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const { stdout } = await run(process.execPath, ['--expose-gc', YOUNG_GENERATION_FLAG, ...tsx, measure.script, where, ...measure.args], {
    maxBuffer: 10_000_000,
    cwd: process.cwd(),
  });
  return JSON.parse(stdout.trim().split('\n').pop()!) as Measured;
}

/** Articles per second through the real ingest jobs with `workers` worker processes. */
async function ingestWithWorkers(
  target: { where: string; open(): Promise<Store> },
  workers: number,
  first: number,
): Promise<{ workers: number; perSecond: number }> {
  const jobsSchema = 'bench_jobs';
  const children = Array.from({ length: workers }, () =>
    spawn(process.execPath, ['--import', 'tsx', join('bench', 'ingest-worker.ts'), 'postgres', target.where, jobsSchema], {
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
  );
  const store = await target.open();
  const queue = await createPgBossQueue(target.where, silentLogger(), { schema: jobsSchema });
  try {
    await Promise.all(
      children.map((child) => new Promise<void>((resolve) => child.stdout!.on('data', (d: Buffer) => d.toString().includes('ready') && resolve()))),
    );
    const before = await store.countArticles();
    const started = performance.now();
    for (let i = first; i < first + INGESTED; i += 1) await queue.send(JOBS.ingestText, { source: `bench/ingest-${i}.txt`, text: benchArticleText(i) });
    while ((await store.countArticles()) < before + INGESTED) await new Promise((resolve) => setTimeout(resolve, 50));
    return { workers, perSecond: INGESTED / ((performance.now() - started) / 1000) };
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await queue.stop();
    await store.close();
  }
}

async function ingestSqlite(target: { where: string }, first: number): Promise<{ workers: number; perSecond: number }> {
  const { stdout } = await run(process.execPath, [
    '--import',
    'tsx',
    join('bench', 'ingest-worker.ts'),
    'sqlite',
    target.where.slice('sqlite:'.length),
    String(first),
    String(INGESTED),
  ]);
  return { workers: 1, perSecond: INGESTED / (JSON.parse(stdout.trim().split('\n').pop()!) as { seconds: number }).seconds };
}

/**
 * Milliseconds from ingesting an article (parse and store) on one replica to a second replica, with
 * its own connection, cache and change feed, answering /who about it; five articles, each timed.
 */
async function replicaLatency(target: { open(): Promise<Store> }): Promise<number[]> {
  const writer = await target.open();
  const reader = await target.open();
  const corpus = createCorpus(reader.corpus);
  const watch = await reader.watchArticles((change) => corpus.changed(change));
  const service = createBriefingService({ corpus, logger: silentLogger() });
  const times: number[] = [];
  try {
    for (let n = 0; n < 5; n += 1) {
      const i = 700 + n;
      const surname = generatedSurname(i * 5);
      const ask = () => service.handle({ command: 'who', args: { name: surname }, user: { id: 'b', name: 'b' }, channel: { id: 'b' }, platform: 'console' });
      await ask(); // a miss first, so the reader has cached the answer "nobody" as a real replica may have
      const started = performance.now();
      await ingestArticleText(benchArticleText(i), `bench/replica-${i}.txt`, {
        store: writer,
        logger: silentLogger(),
        parse: parseArticle,
        parserVersion: PARSER_VERSION,
      });
      while (!(await ask()).title.includes(surname)) await new Promise((resolve) => setTimeout(resolve, 5));
      times.push(performance.now() - started);
    }
  } finally {
    await watch.stop();
    await reader.close();
    await writer.close();
  }
  return times;
}

function table(rows: Row[]): string[] {
  const out = ['store     articles  actors     import  start-up  RSS start  RSS 1000 cmds  ingest/s (1w, 2w)  new article on 2nd replica'];
  for (const r of rows) {
    out.push(
      `${r.store.padEnd(9)} ${String(r.size).padStart(8)} ${String(r.measured.actors).padStart(7)} ${(Number.isNaN(r.importSeconds) ? 'kept' : `${r.importSeconds.toFixed(0)} s`).padStart(10)} ` +
        `${`${r.measured.startupMs.toFixed(0)} ms`.padStart(9)} ${`${r.measured.rssAfterStartupMb.toFixed(0)} MB`.padStart(10)} ${`${r.measured.rssAfterCommandsMb.toFixed(0)} MB`.padStart(14)} ` +
        `${r.ingest
          .map((i) => i.perSecond.toFixed(1))
          .join(', ')
          .padStart(
            18,
          )} ${(r.replicaMs.length ? `${median(r.replicaMs).toFixed(0)} ms (max ${Math.max(...r.replicaMs).toFixed(0)})` : 'kept corpus').padStart(27)}`,
    );
  }
  out.push('', `${'command (p50 / p99 ms, cpu p50 / p99)'.padEnd(24)} ${rows.map((r) => `${r.store.slice(0, 2)} ${r.size / 1000}k`.padStart(32)).join('')}`);
  for (const command of rows[0]?.measured.results.map((r) => r.command) ?? []) {
    const cells = rows.map((r) => {
      const x = r.measured.results.find((m) => m.command === command)!;
      return `${x.p50.toFixed(1)} / ${x.p99.toFixed(1)} (${x.cpuP50.toFixed(1)} / ${x.cpuP99.toFixed(1)})`.padStart(32);
    });
    out.push(`${command.padEnd(24)} ${cells.join('')}`);
  }
  out.push(`(load average while measuring: ${rows.map((r) => r.measured.loadavg.toFixed(1)).join(', ')})`);
  return out;
}

function list(flag: string | undefined, fallback: number[]): number[] {
  return flag
    ? flag
        .split(',')
        .map((s) => Number(s.trim()))
        .filter((n) => Number.isFinite(n) && n > 0)
    : fallback;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
