/**
 * `npm start` / `briefing start`: load configuration, open the store (ingesting the articles folder
 * when it is empty), then run Discord and/or Slack when configured, else the interactive console.
 * Nothing is loaded from the store at start: commands ask the store, through a small cache that the
 * store's change feed keeps current, so start-up and memory do not grow with the corpus and any
 * number of these processes can share one PostgreSQL. A bot process also serves /healthz, /readyz
 * and /metrics (src/service/), and on SIGTERM or SIGINT stops within SHUTDOWN_TIMEOUT_MS: it takes
 * no new work, finishes or hands back what is under way, then disconnects.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { createCorpus, type Corpus } from '../briefing/corpus.js';
import { createBriefingService, type BriefingServiceWithContext } from '../briefing/create-briefing-service.js';
import { ConfigError, loadConfig, parseLimitsOf, type Config } from '../config.js';
import { configureParsePool } from '../ingest/parse-pool.js';
import { ingestPaths } from '../ingest/ingest-paths.js';
import { resolveParser } from '../ingest/parser.js';
import { createLogger, createLogSink, type Logger, type LogSink } from '../logging.js';
import { configuredPlatforms } from '../platforms/index.js';
import type { PlatformDeps, RunningPlatform } from '../platforms/platform.js';
import { createDigestFeature, type DigestFeature } from '../schedule/start-digests.js';
import { createStore } from '../store/create-store.js';
import type { ArticleWatch, Store } from '../store/store.js';
import { rederiveAll, refreshStore } from '../ingest/refresh-store.js';
import type { EnrichArticle } from '../ingest/ingest-article.js';
import { createOptionalLlm, ingestSuggester } from '../llm/optional-llm.js';
import { botShutdownSteps } from '../service/bot-shutdown.js';
import { createDrainingService } from '../service/draining-service.js';
import { noopMetrics, type Metrics } from '../service/metrics.js';
import { platformProbe, storeProbe } from '../service/readiness.js';
import { startServiceRuntime, type ServiceRuntime } from '../service/service-runtime.js';
import { createShutdown, type Shutdown } from '../service/shutdown.js';
import { timeStore } from '../service/timed-store.js';

/** Where a run reads configuration and writes; the process by default. */
export interface StartIo {
  env?: Record<string, string | undefined>;
  stdin?: NodeJS.ReadableStream;
  stdout?: NodeJS.WritableStream & { columns?: number; isTTY?: boolean };
  stderr?: NodeJS.WritableStream;
}

/** The loaded bot: store, corpus and service, ready for any front end. */
export interface OpenedBriefing {
  config: Config;
  store: Store;
  corpus: Corpus;
  service: BriefingServiceWithContext;
  /** Scheduled digests: subscription commands now, the scheduler once platforms run. */
  digests: DigestFeature;
  /** The optional LLM step at ingest (OPENAI_INGEST_SUGGESTIONS), for articles arriving later too. */
  enrich?: EnrichArticle;
  close(): Promise<void>;
}

/** The articles folder ingested into an empty store: ARTICLES_DIR, else DATA_DIR/articles. */
export function articlesFolder(config: Pick<Config, 'ARTICLES_DIR' | 'DATA_DIR'>): string {
  return config.ARTICLES_DIR ?? join(config.DATA_DIR, 'articles');
}

/** The young generation's size for the bot's process, a Node flag (`npm start`, the image, the scale bench). */
export const YOUNG_GENERATION_FLAG = '--max-semi-space-size=4';

/** How much V8 lets the old generation grow past what the last full collection kept, in percent. */
export const HEAP_GROWING_PERCENT = 40;

/**
 * Tunes V8's old-generation collector for a bot that churns through parses read from the store:
 * the next full collection comes once the heap has grown by 40% of what the last one kept (V8's own
 * factor lets a 33 MB live heap reach 140 MB first). Collections come more often and each has less
 * to mark and sweep, concurrently, so none stalls a command for long, and RSS stays low without
 * compacting at every collection, which paused commands for 150-430 ms. On 10,000 articles, runs
 * interleaved at load 6-11: PostgreSQL's slowest command p99 233-341 ms with compaction, 95-158 ms
 * with this and a 4 MB young generation (71-106 ms with 8 MB, but SQLite's RSS then reaches 158 MB);
 * RSS after the commands 144 MB with compaction, 135-143 MB with this on either store. V8 reads the
 * factor at every collection, so it is set at run time; the young generation's size is fixed when
 * Node starts (YOUNG_GENERATION_FLAG, given by `npm start` and the image's command).
 */
export function tuneCollector(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}

/** How long start-up waits for an upgraded store to be re-indexed before answering with what is done. */
const REINDEX_AT_START_MS = 1_000;

/**
 * Opens the store and builds the service over it. An empty store first ingests the articles
 * folder; an upgraded store is re-indexed (and articles from an older parser re-parsed from their
 * files) in the background.
 */
export async function openBriefing(config: Config, logger: Logger, options: { progress?: boolean; metrics?: Metrics } = {}): Promise<OpenedBriefing> {
  configureParsePool(parseLimitsOf(config));
  tuneCollector();
  const metrics = options.metrics ?? noopMetrics;
  const store = timeStore(await createStore(config, logger), metrics);
  let watch: ArticleWatch | undefined;
  try {
    const llm = await createOptionalLlm(config, logger, metrics);
    const enrich = await ingestSuggester(config, llm, logger);
    const folder = articlesFolder(config);
    if ((await store.countArticles()) === 0 && existsSync(folder)) {
      const report = await ingestPaths([folder], { store, logger, metrics, progress: options.progress ?? false, ...(enrich ? { enrich } : {}) });
      for (const { path, problem } of report.failed) logger.warn({ path, problem }, 'article not ingested');
    }
    const corpus = createCorpus(store.corpus);
    // Beside the rest of start-up, not before it: the pool's connections open while the bot gets ready.
    const warming = store.warm().catch((err: unknown) => logger.warn({ err }, 'opening the store connections ahead of the first command failed'));
    // Any process's new article reaches this one's cache within about a second.
    watch = await store.watchArticles((change) => corpus.changed(change));
    const reindexed = await rederiveAll(store, logger, REINDEX_AT_START_MS);
    const parser = await resolveParser();
    const stopRefresh = new AbortController();
    const refreshing = refreshStore({ store, logger, parser, signal: stopRefresh.signal, ...(enrich ? { enrich } : {}) }).catch((err: unknown) =>
      logger.error({ err }, 'bringing stored articles up to date failed'),
    );
    const extraCommands = await optionalCommands(logger);
    const digests = createDigestFeature({ config, store, logger, llm, corpus, metrics });
    const service = createBriefingService({ corpus, logger, llm, extraCommands, subscriptions: digests.subscriptions, metrics });
    logger.info({ ...(await corpus.counts()), reindexing: !reindexed.done }, 'briefing ready');
    const opened = watch;
    return {
      config,
      store,
      corpus,
      service,
      digests,
      ...(enrich ? { enrich } : {}),
      async close() {
        stopRefresh.abort();
        await opened.stop();
        await refreshing;
        await warming;
        await store.close();
      },
    };
  } catch (err) {
    await watch?.stop().catch(() => undefined);
    await store.close().catch(() => undefined);
    throw err;
  }
}

/**
 * Runs the bot until it is stopped; resolves to the exit code.
 * @example process.exitCode = await runStart();
 */
export async function runStart(io: StartIo = {}): Promise<number> {
  const stderr = io.stderr ?? process.stderr;
  if (!io.env) (await import('dotenv')).config({ quiet: true });
  let config: Config;
  try {
    config = loadConfig(io.env ?? process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      stderr.write(`briefing: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
  // The console prints log lines above its prompt; bots write JSON to stderr.
  const logSink = createLogSink(stderr);
  const logger = createLogger(config.LOG_LEVEL, { format: config.LOG_FORMAT, sink: logSink, colorize: Boolean((stderr as { isTTY?: boolean }).isTTY) });
  // Listen before anything is shown: a signal arriving before a listener exists kills the process.
  const stop = stopSignals();
  // The limit counts from the signal, even one that arrives while the bot is still starting.
  const shutdown = createShutdown({ timeoutMs: config.SHUTDOWN_TIMEOUT_MS, logger });
  void stop.requested.then(() => shutdown.begin());
  try {
    return await runUntilStopped(config, logger, { ...io, logSink }, stop.requested, shutdown);
  } finally {
    stop.dispose();
  }
}

async function runUntilStopped(
  config: Config,
  logger: Logger,
  io: StartIo & { logSink: LogSink },
  stopRequested: Promise<void>,
  shutdown: Shutdown,
): Promise<number> {
  const stderr = io.stderr ?? process.stderr;
  const fail = (err: unknown, prefix = '') => stderr.write(`briefing: ${err instanceof ConfigError ? err.message : `${prefix}${(err as Error).message}`}\n`);
  let runtime: ServiceRuntime;
  let opened: OpenedBriefing;
  try {
    // Listening first: /healthz answers and /readyz says 'starting' while the store loads.
    runtime = await startServiceRuntime(config, logger);
  } catch (err) {
    fail(err);
    return 1;
  }
  try {
    opened = await openBriefing(config, logger, { progress: true, metrics: runtime.metrics });
  } catch (err) {
    fail(err, 'could not start: ');
    await runtime.close();
    return 1;
  }
  runtime.readiness.watch('store', storeProbe(opened.store));
  const draining = createDrainingService(opened.service);
  const deps: PlatformDeps = {
    config,
    service: draining.service,
    logger,
    store: opened.store,
    metrics: runtime.metrics,
    // Replicas on one PostgreSQL split Discord's shards through the store's leases.
    ...(config.DATABASE_URL ? { leases: opened.store } : {}),
    ...(runtime.slackRoutes ? { serviceRoutes: runtime.slackRoutes } : {}),
  };
  const platforms: RunningPlatform[] = [];
  let live: { stop(): Promise<void> } | undefined;
  try {
    live = await startWatching(opened, logger, runtime.metrics);
    for (const adapter of configuredPlatforms(config)) {
      const platform = await adapter.start(deps);
      platforms.push(platform);
      runtime.readiness.watch(adapter.id, platformProbe(adapter.id, platform));
    }
  } catch (err) {
    fail(err);
    await Promise.allSettled([...platforms.map((p) => p.stop()), live?.stop()]);
    await opened.close();
    await runtime.close();
    return 1;
  }

  if (platforms.length === 0) {
    runtime.readiness.running();
    await runConsoleUntilClosed(opened, logger, io, stopRequested);
    await live?.stop().catch((err: unknown) => logger.warn({ err }, 'stopping the article watch failed'));
    await opened.close();
    await runtime.close();
    return 0;
  }
  // The start-up catch-up runs while commands are answered; stopping interrupts it.
  void opened.digests.start(platforms.map((p) => p.sender)).catch((err: unknown) => logger.error({ err }, 'digest scheduler did not start'));
  runtime.readiness.running();
  logger.info({ platforms: platforms.map((p) => p.sender.platform), healthPort: runtime.port ?? null }, 'bot running; SIGTERM or SIGINT stops it');
  await stopRequested;
  const bot = { readiness: runtime.readiness, draining, digests: opened.digests, live, platforms, closers: [opened.close, runtime.close] };
  const { unfinished } = await shutdown.run(botShutdownSteps(bot, config.SHUTDOWN_TIMEOUT_MS));
  return unfinished.length === 0 ? 0 : 1;
}

// New articles while the bot runs (the articles folder, FEEDS) as jobs on the shared queue; the
// store's change feed tells every process's corpus about what they store.
async function startWatching(opened: OpenedBriefing, logger: Logger, metrics: Metrics): Promise<{ stop(): Promise<void> }> {
  const { startLiveIngest } = await import('../ingest/live-ingest.js');
  const { createJobQueue } = await import('../jobs/create-queue.js');
  const queue = await createJobQueue(opened.config, logger);
  const { JOBS } = await import('../ingest/ingest-jobs.js');
  for (const name of Object.values(JOBS)) metrics.observeQueueDepth(name, () => queue.waiting(name));
  try {
    const live = await startLiveIngest({
      config: opened.config,
      store: opened.store,
      logger,
      queue,
      metrics,
      ...(opened.enrich ? { enrich: opened.enrich } : {}),
    });
    return {
      async stop() {
        await live.stop();
        await queue.stop();
      },
    };
  } catch (err) {
    await queue.stop().catch(() => undefined);
    throw err;
  }
}

async function runConsoleUntilClosed(opened: OpenedBriefing, logger: Logger, io: StartIo & { logSink: LogSink }, stopRequested: Promise<void>): Promise<void> {
  const { startConsole } = await import('../platforms/console/start.js');
  const stdin = (io.stdin ?? process.stdin) as NodeJS.ReadableStream & import('node:stream').Readable;
  const stdout = (io.stdout ?? process.stdout) as NodeJS.WritableStream & import('node:stream').Writable;
  const count = (await opened.corpus.counts()).articles;
  const running = startConsole({
    service: opened.service,
    logger,
    input: stdin,
    output: stdout,
    historyFile: join(opened.config.DATA_DIR, '.console-history'),
    greeting: `News briefing: ${count} article${count === 1 ? '' : 's'} loaded. Type /help for commands, exit to quit.`,
    logSink: io.logSink,
  });
  void stopRequested.then(() => running.close());
  // Digests subscribed to in the console (/digest subscribe) are printed in it when due.
  const scheduler = await opened.digests.start([running.sender]);
  await running.closed;
  await scheduler.stop();
}

/** SIGTERM and SIGINT as a promise, listened for from the moment this is called. */
function stopSignals(): { requested: Promise<void>; dispose(): void } {
  let resolve: () => void = () => undefined;
  const requested = new Promise<void>((r) => (resolve = r));
  const onSignal = () => resolve();
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  return {
    requested,
    dispose() {
      process.off('SIGTERM', onSignal);
      process.off('SIGINT', onSignal);
    },
  };
}

async function optionalCommands(logger: Logger) {
  try {
    const { askCommand } = await import('../../commands/ask.js');
    return [askCommand];
  } catch (err) {
    logger.debug({ err }, '/ask not available');
    return [];
  }
}
