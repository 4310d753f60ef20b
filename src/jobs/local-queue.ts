/**
 * The in-process queue for the single-process SQLite mode (console, one bot): the same jobs as
 * pg-boss runs for replicas, handled here with the same guarantees that matter in one process:
 * a singleton key is never queued twice at once, failures are retried later, and stop() waits
 * for what is running.
 */
import type { Logger } from '../logging.js';
import type { JobHandler, JobQueue } from './queue.js';

interface Pending {
  name: string;
  data: object;
  key: string | null;
  attempt: number;
}

/** Delay before retry n (1-based): 2 s, 4 s, 8 s, ... */
const retryDelayMs = (attempt: number) => 1000 * 2 ** attempt;

/**
 * Creates the queue; jobs start as soon as they are sent.
 * @example const queue = createLocalQueue(logger); await queue.work('ingest-text', handler);
 */
export function createLocalQueue(logger: Logger, options: { retryDelayMs?: (attempt: number) => number } = {}): JobQueue {
  const kinds = new Map<string, { handler: JobHandler<object>; concurrency: number; retries: number; running: number; waiting: Pending[] }>();
  const keys = new Set<string>();
  const timers = new Set<NodeJS.Timeout>();
  const running = new Set<Promise<void>>();
  let nextId = 1;
  let stopped = false;
  const later = (ms: number, work: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      work();
    }, ms);
    timer.unref();
    timers.add(timer);
  };

  const pump = (name: string): void => {
    const kind = kinds.get(name);
    while (kind && !stopped && kind.running < kind.concurrency && kind.waiting.length > 0) {
      const job = kind.waiting.shift()!;
      kind.running += 1;
      const run = kind
        .handler(job.data)
        .then(
          () => {
            if (job.key) keys.delete(job.key);
          },
          (err: unknown) => {
            if (job.attempt > kind.retries || stopped) {
              if (job.key) keys.delete(job.key);
              logger.error({ job: name, err }, 'job failed for good');
              return;
            }
            logger.warn({ job: name, attempt: job.attempt, err: err instanceof Error ? err.message : String(err) }, 'job failed; retrying later');
            later((options.retryDelayMs ?? retryDelayMs)(job.attempt), () => {
              kind.waiting.push({ ...job, attempt: job.attempt + 1 });
              pump(name);
            });
          },
        )
        .finally(() => {
          kind.running -= 1;
          running.delete(run);
          pump(name);
        });
      running.add(run);
    }
  };

  return {
    kind: 'in-process',
    async work(name, handler, kind = {}) {
      kinds.set(name, { handler: handler as JobHandler<object>, concurrency: kind.concurrency ?? 1, retries: kind.retries ?? 3, running: 0, waiting: [] });
    },
    async send(name, data, sendOptions = {}) {
      const kind = kinds.get(name);
      if (!kind) throw new Error(`no handler for job ${name}`);
      const key = sendOptions.singletonKey ? `${name}\u0000${sendOptions.singletonKey}` : null;
      if (stopped || (key && keys.has(key))) return null;
      if (key) keys.add(key);
      kind.waiting.push({ name, data, key, attempt: 1 });
      queueMicrotask(() => pump(name));
      return String(nextId++);
    },
    async every(name, minutes, data) {
      const tick = () => {
        if (stopped) return;
        void this.send(name, data, { singletonKey: 'every' }).catch((err: unknown) => logger.error({ job: name, err }, 'could not send a periodic job'));
        if (minutes > 0) later(minutes * 60_000, tick);
      };
      tick();
    },
    waiting: async (name) => kinds.get(name)?.waiting.length ?? 0,
    async stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await Promise.allSettled([...running]);
    },
  };
}
