/**
 * The measuring half of commands.bench.ts, run in its own process so memory and start-up are those
 * of the bot alone: open the SQLite store written by the bench (or a JSON file of parses), build
 * the corpus and service, then time every command. Prints one JSON object on stdout.
 *
 *   node --expose-gc --import tsx bench/measure-commands.ts sqlite PATH | json PATH
 *
 * A third argument, the file URL of a compiled src/ (dist/src/), measures the production path
 * instead: commands.bench.ts transpiles this file alone and runs it on plain Node, without tsx.
 */
import { readFileSync } from 'node:fs';
import type { ParsedArticle } from '../src/article/types.js';
import type { CommandInput } from '../src/briefing/command.js';
import type { Corpus, CorpusActor } from '../src/briefing/corpus.js';

const [kind, path, modules = new URL('../src/', import.meta.url).href] = process.argv.slice(2);
/** Imports a module of the bot from the sources or the compiled build, typed as the source. */
const load = <T>(file: string) => import(new URL(file, modules).href) as Promise<T>;
const { createArticleCompactor } = await load<typeof import('../src/briefing/corpus-compact.js')>('briefing/corpus-compact.js');
const { createCorpus } = await load<typeof import('../src/briefing/corpus.js')>('briefing/corpus.js');
const { createBriefingService } = await load<typeof import('../src/briefing/create-briefing-service.js')>('briefing/create-briefing-service.js');
const { silentLogger } = await load<typeof import('../src/logging.js')>('logging.js');
const logger = silentLogger();
// As openBriefing does before loading (the rest of start-command.js is loaded, as in production).
// BENCH_DEFAULT_GC=1 leaves V8's defaults, to compare.
const { keepHeapCompact } = await load<typeof import('../src/cli/start-command.js')>('cli/start-command.js');
if (process.env.BENCH_DEFAULT_GC !== '1') keepHeapCompact();

const started = performance.now();
let close = async () => undefined as void;
let loaded = started;
// As openBriefing loads: page by page, each parse compacted as it arrives; inside a function so the
// loading state (compactor tables, the list of parses) is released once the corpus holds them.
const corpus = await (async (): Promise<Corpus> => {
  const compactor = createArticleCompactor();
  let articles: ParsedArticle[] = [];
  if (kind === 'sqlite') {
    const { createStore } = await load<typeof import('../src/store/create-store.js')>('store/create-store.js');
    const { forEachStoredArticle } = await load<typeof import('../src/store/article-pages.js')>('store/article-pages.js');
    const store = await createStore({ DATA_DIR: '.', SQLITE_PATH: path, DATABASE_URL: undefined }, logger);
    await forEachStoredArticle(store, (a) => articles.push(compactor.compact(a.parsed)));
    close = () => store.close();
  } else {
    articles = (JSON.parse(readFileSync(path!, 'utf8')) as ParsedArticle[]).map((a) => compactor.compact(a));
  }
  loaded = performance.now();
  return createCorpus(articles, { deferWordIndex: true, compactor });
})();
const service = createBriefingService({ corpus, logger, now: () => new Date('2024-12-31T12:00:00Z') });
const ready = performance.now();
await corpus.indexWordsInBackground();
const indexed = performance.now();
(globalThis as { gc?: () => void }).gc?.();
const rss = process.memoryUsage().rss;
const heap = process.memoryUsage().heapUsed;

// Arguments drawn from the corpus itself, varied across runs so no answer is served from a warm path.
const random = seeded(42);
const persons = [...corpus.actors.all()].filter((a) => a.kind === 'person' && a.name.includes(' '));
const busy = [...corpus.actors.all()].sort((a, b) => b.appearances.length - a.appearances.length).slice(0, 50);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const surname = (a: CorpusActor) => a.name.split(' ').at(-1)!;
const typo = (a: CorpusActor) => {
  const s = surname(a);
  const i = 1 + Math.floor(random() * (s.length - 2));
  return s.length > 4 ? s.slice(0, i) + s.slice(i + 1) : s;
};
const topics = ['sanctions', 'health', 'debate', 'election', 'tax returns', 'missiles', 'police', 'campaign', 'voters'];

const cases: [string, () => CommandInput][] = [
  ['/who FULL NAME', () => input('who', { name: pick(persons).name })],
  ['/who SURNAME', () => input('who', { name: surname(pick(persons)) })],
  ['/who TYPO', () => input('who', { name: typo(pick(persons)) })],
  ['/who BUSIEST ACTORS', () => input('who', { name: pick(busy).name })],
  ['/who NO MATCH', () => input('who', { name: `Zq${Math.floor(random() * 1e6)}xy` })],
  ['/quote', () => input('quote', {})],
  ['/quote SPEAKER', () => input('quote', { query: pick(persons).name })],
  ['/quote WORDS', () => input('quote', { query: pick(topics) })],
  ['/claims', () => input('claims', {})],
  ['/claims ACTOR', () => input('claims', { about: pick(busy).name })],
  ['/claims TOPIC', () => input('claims', { about: pick(topics) })],
  ['/timeline', () => input('timeline', {})],
  ['/timeline ACTOR', () => input('timeline', { about: pick(busy).name })],
  ['/digest', () => input('digest', {})],
  ['/digest ACTOR', () => input('digest', { text: pick(busy).name })],
  ['/articles', () => input('articles', {})],
  ['/help', () => input('help', {})],
];

const RUNS = 300;
const results: { command: string; p50: number; p99: number; max: number; cpuP99: number }[] = [];
for (const [name, make] of cases) {
  for (let i = 0; i < 10; i += 1) await service.handle(make());
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const given = make();
    const c = process.cpuUsage();
    const t = performance.now();
    const reply = await service.handle(given);
    times.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
    if (reply.tone === 'error') throw new Error(`${name} failed: ${reply.title}`);
  }
  results.push({ command: name, ...percentiles(times), cpuP99: percentiles(cpu).p99 });
}
const completion: number[] = [];
const completionCpu: number[] = [];
for (let i = 0; i < RUNS; i += 1) {
  const prefix = pick(persons).name.slice(0, 1 + Math.floor(random() * 4));
  const c = process.cpuUsage();
  const t = performance.now();
  service.completeActor(prefix, 25);
  completion.push(performance.now() - t);
  const used = process.cpuUsage(c);
  completionCpu.push((used.user + used.system) / 1000);
}
results.push({ command: 'autocomplete PREFIX', ...percentiles(completion), cpuP99: percentiles(completionCpu).p99 });
await close();
// V8 hands unused pages back to the system after a few idle seconds: the resident size a running bot settles at.
await new Promise((resolve) => setTimeout(resolve, 6000));
(globalThis as { gc?: () => void }).gc?.();
const settledRss = process.memoryUsage().rss;

process.stdout.write(
  `${JSON.stringify({
    articles: corpus.size,
    actors: corpus.actors.size,
    loadMs: loaded - started,
    corpusMs: ready - loaded,
    startupMs: ready - started,
    wordIndexMs: indexed - ready,
    loadavg: (await import('node:os')).loadavg()[0],
    rssMb: rss / 1e6,
    settledRssMb: settledRss / 1e6,
    heapMb: heap / 1e6,
    results,
  })}\n`,
);

function input(command: string, args: Record<string, string>): CommandInput {
  return { command, args, user: { id: 'bench', name: 'bench' }, channel: { id: 'bench' }, platform: 'console' };
}

function percentiles(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { p50: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1]! };
}

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

