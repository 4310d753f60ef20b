/**
 * Parsing off the event loop: a piscina pool of worker threads, each parse with a time budget and a
 * memory cap. An article over either is refused with one line naming the limit and its setting;
 * the worker is ended and replaced, and the bot goes on answering meanwhile. Every parse path (the
 * CLI's parse and ingest, start-up ingest, the watched folder, feeds) goes through here.
 */
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import type { ParsedArticle } from '../article/types.js';

/** Limits for one parse, from PARSE_TIMEOUT_MS, PARSE_MEMORY_MB and PARSE_WORKERS. */
export interface ParseLimits {
  timeoutMs: number;
  memoryMb: number;
  workers: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = { timeoutMs: 5000, memoryMb: 512, workers: Math.max(1, Math.min(2, availableParallelism() - 1)) };

/** A parse the pool refused: over its time budget or memory cap. The message is the user's line. */
export class ParseRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ParseRefusedError';
  }
}

export interface ParsePool {
  /** `publishedAt`: a date from outside the text (--date, a sidecar, a feed), used when the article states none. */
  parse(raw: string, options?: { source?: string; publishedAt?: string | null }): Promise<ParsedArticle>;
  close(): Promise<void>;
}

/**
 * The worker's module: the compiled file next to this one under dist/, or the TypeScript source
 * loaded through tsx (tests, `npm run dev`, a checkout without a build).
 */
function workerModule(): { filename: string; execArgv: string[] } {
  const self = fileURLToPath(import.meta.url);
  if (self.endsWith('.js')) return { filename: fileURLToPath(new URL('./parse-worker.js', import.meta.url)), execArgv: [] };
  // tsx resolved from here, not from the working directory the bot was started in.
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  return { filename: fileURLToPath(new URL('./parse-worker.ts', import.meta.url)), execArgv: ['--import', tsx] };
}

const duration = (ms: number) => (ms < 1000 ? `${ms} ms` : `${Number((ms / 1000).toFixed(1))} s`);

/** Starts a pool of parse workers. */
export function createParsePool(limits: ParseLimits = DEFAULT_PARSE_LIMITS): ParsePool {
  const { filename, execArgv } = workerModule();
  const pool = new Piscina({
    filename,
    execArgv,
    minThreads: 0,
    maxThreads: limits.workers,
    idleTimeout: 30_000,
    resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb, maxYoungGenerationSizeMb: Math.min(64, Math.max(8, Math.floor(limits.memoryMb / 8))) },
  });
  // A worker that fails outside a task (it could not start) must not crash the bot: the task that
  // needed it is rejected and reported as a failed parse.
  pool.on('error', () => {});
  return {
    async parse(raw, options = {}) {
      const controller = new AbortController();
      let timedOut = false;
      let timer: NodeJS.Timeout | undefined;
      // The budget starts when the worker starts parsing: not while the task waits in the queue or a
      // fresh thread loads the parser.
      const { port1, port2 } = new MessageChannel();
      port1.once('message', () => {
        timer = setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, limits.timeoutMs);
      });
      try {
        return (await pool.run({ text: raw, source: options.source, publishedAt: options.publishedAt ?? null, started: port2 }, { signal: controller.signal, transferList: [port2] })) as ParsedArticle;
      } catch (err) {
        if (timedOut) throw new ParseRefusedError(`not parsed: took longer than ${duration(limits.timeoutMs)} (PARSE_TIMEOUT_MS)`);
        const code = (err as { code?: string }).code;
        if (code === 'ERR_WORKER_OUT_OF_MEMORY') throw new ParseRefusedError(`not parsed: needed more than ${limits.memoryMb} MB (PARSE_MEMORY_MB)`);
        throw err;
      } finally {
        clearTimeout(timer);
        port1.close();
      }
    },
    async close() {
      await pool.destroy();
    },
  };
}

let shared: { pool: ParsePool; limits: ParseLimits } | null = null;
let configured: ParseLimits = DEFAULT_PARSE_LIMITS;

/** Sets the limits of the shared pool (from the validated configuration) before its first use. */
export function configureParsePool(limits: ParseLimits): void {
  configured = limits;
}

/** The process's parse pool, started on first use with the configured limits. */
export function sharedParsePool(): ParsePool {
  if (shared && shared.limits !== configured) void shared.pool.close();
  if (!shared || shared.limits !== configured) shared = { pool: createParsePool(configured), limits: configured };
  return shared.pool;
}
