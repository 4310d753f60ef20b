/**
 * Background work shared by every bot process: ingesting a file's text, polling a feed, fetching
 * a feed item. With PostgreSQL the jobs live in pg-boss on the same database, so N replicas poll
 * each feed once, parse each article once, and a job whose worker died is retried by another;
 * with SQLite (one process) the same jobs run in-process. Handlers are the same code either way.
 */

/** How a job is sent. */
export interface SendOptions {
  /**
   * At most one job with this key waits and one runs at a time (a second send while one waits is
   * dropped): the same file or URL is never handled twice at once.
   */
  singletonKey?: string;
}

/** A job's handler: resolves when done, throws to have it retried. */
export type JobHandler<T> = (data: T) => Promise<void>;

/** Tuning of one kind of job. */
export interface JobKind {
  /** Jobs of this kind this process runs at once (default 1). */
  concurrency?: number;
  /** Tries after the first failure (default 3), each later than the last. */
  retries?: number;
}

/** The queue. */
export interface JobQueue {
  /** 'pg-boss' or 'in-process', for logs. */
  readonly kind: string;
  /** Handles jobs named `name` in this process. Register every kind before sending it. */
  work<T extends object>(name: string, handler: JobHandler<T>, kind?: JobKind): Promise<void>;
  /** Queues a job; resolves to its id, or null when an equal job (singletonKey) is already waiting. */
  send<T extends object>(name: string, data: T, options?: SendOptions): Promise<string | null>;
  /**
   * Sends `name` once every `minutes` across every process sharing the queue (the first process
   * to ask in each interval wins), starting now.
   */
  every<T extends object>(name: string, minutes: number, data: T): Promise<void>;
  /** How many jobs named `name` wait (for /metrics). */
  waiting(name: string): Promise<number>;
  /** Stops taking jobs; waits for the running ones. */
  stop(): Promise<void>;
}
