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

/** Starts a pool of parse workers; `attributionModel` names a model file other than the committed one. */
export function createParsePool(limits: ParseLimits = DEFAULT_PARSE_LIMITS, options: { attributionModel?: string } = {}): ParsePool {
  const { filename, execArgv } = workerModule();
  const pool = new Piscina({
    filename,
    execArgv,
    workerData: { attributionModel: options.attributionModel ?? null },
    minThreads: 0,
    maxThreads: limits.workers,
    idleTimeout: 30_000,
    resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb, maxYoungGenerationSizeMb: Math.min(64, Math.max(8, Math.floor(limits.memoryMb / 8))) },
  });
  // Parses waiting for a worker to start. A worker that dies before it starts a task (it could not
  // load the parser within the memory cap) fires 'error' on the pool and piscina leaves the task
  // queued for ever: those tasks are ended with a line saying why, and the bot never crashes.
  const waiting = new Set<{ controller: AbortController; failed: boolean }>();
  pool.on('error', () => {
    for (const task of waiting) {
      task.failed = true;
      task.controller.abort();
    }
  });
  // A text this long needs more than the cap for its own copies (two bytes a character in the
  // worker, and the copies the parse makes); and V8 may end the whole process, not the worker, when
  // one allocation alone passes a worker's cap (a 32 MB text under a 64 MB cap did), so it is refused
  // before it reaches a worker.
  const maxChars = Math.floor((limits.memoryMb * 1024 * 1024) / 8);
  return {
    async parse(raw, options = {}) {
      if (raw.length > maxChars) throw new ParseRefusedError(`not parsed: needed more than ${limits.memoryMb} MB (PARSE_MEMORY_MB)`);
      const controller = new AbortController();
      const task = { controller, failed: false };
      let timedOut = false;
      let timer: NodeJS.Timeout | undefined;
      // The budget starts when the worker starts parsing: not while the task waits in the queue or a
      // fresh thread loads the parser.
      const { port1, port2 } = new MessageChannel();
      waiting.add(task);
      port1.once('message', () => {
        waiting.delete(task);
        timer = setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, limits.timeoutMs);
      });
      try {
        return (await pool.run(
          { text: raw, source: options.source, publishedAt: options.publishedAt ?? null, started: port2 },
          { signal: controller.signal, transferList: [port2] },
        )) as ParsedArticle;
      } catch (err) {
        if (timedOut) throw new ParseRefusedError(`not parsed: took longer than ${duration(limits.timeoutMs)} (PARSE_TIMEOUT_MS)`);
        if (task.failed) throw new ParseRefusedError(`not parsed: the parser could not start within ${limits.memoryMb} MB (raise PARSE_MEMORY_MB)`);
        const code = (err as { code?: string }).code;
        if (code === 'ERR_WORKER_OUT_OF_MEMORY') throw new ParseRefusedError(`not parsed: needed more than ${limits.memoryMb} MB (PARSE_MEMORY_MB)`);
        throw err;
      } finally {
        waiting.delete(task);
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
