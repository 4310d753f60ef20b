/**
 * The queue for replicas: pg-boss 10 (the last line whose engines accept Node 20) in its own
 * schema of the bot's PostgreSQL database, so no other service is needed. Each kind of job is a
 * 'stately' queue (one job per key waiting and one running), jobs time out after `timeoutSeconds`
 * (a worker killed mid-job is taken as dead, its job failed and retried elsewhere), and a periodic
 * job is sent at most once per interval across all replicas (pg-boss's singletonSeconds).
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import PgBoss from 'pg-boss';
import type { Logger } from '../logging.js';
import type { JobHandler, JobQueue } from './queue.js';

/** Options for the pg-boss queue. */
export interface PgBossQueueOptions {
  /** The schema pg-boss keeps its tables in (tests give each run its own). */
  schema?: string;
  /** A running job older than this is taken as dead (its worker gone) and retried. */
  timeoutSeconds?: number;
  /** How often an idle worker looks for jobs (a job sent by this process wakes it at once). */
  pollingSeconds?: number;
}

/**
 * Starts pg-boss (creating or upgrading its schema) and returns the queue.
 * @example const queue = await createPgBossQueue(config.DATABASE_URL, logger, { schema: 'briefing_jobs' });
 */
export async function createPgBossQueue(url: string, logger: Logger, options: PgBossQueueOptions = {}): Promise<JobQueue> {
  const timeoutSeconds = Math.max(2, Math.floor(options.timeoutSeconds ?? 120));
  const boss = new PgBoss({
    connectionString: url,
    schema: options.schema ?? 'briefing_jobs',
    max: 3,
    application_name: 'briefing-jobs',
    // Dead workers' jobs are found by this sweep, so it runs well within the timeout.
    maintenanceIntervalSeconds: Math.max(1, Math.min(30, Math.floor(timeoutSeconds / 2))),
  });
  boss.on('error', (err) => logger.warn({ err: err.message }, 'job queue problem'));
  await boss.start();
  const workers = new Map<string, string[]>();
  const timers = new Set<NodeJS.Timeout>();
  let stopped = false;

  const schema = options.schema ?? 'briefing_jobs';
  // Replicas starting together would create the same queue (a partition table) at once and
  // deadlock: they take turns under a lock of their own.
  const createQueue = async (name: string, queue: PgBoss.Queue) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query('SELECT pg_advisory_lock(hashtext($1))', [`briefing-job-queues:${schema}`]);
      if (!(await boss.getQueue(name))) await boss.createQueue(name, queue);
    } finally {
      await client.end();
    }
  };

  return {
    kind: 'pg-boss',
    async work<T extends object>(name: string, handler: JobHandler<T>, kind: { concurrency?: number; retries?: number } = {}) {
      await createQueue(name, {
        name,
        policy: 'stately',
        retryLimit: kind.retries ?? 3,
        retryDelay: 2,
        retryBackoff: true,
        expireInSeconds: timeoutSeconds,
      });
      const ids: string[] = [];
      for (let i = 0; i < (kind.concurrency ?? 1); i += 1) {
        let id = '';
        id = await boss.work<T>(name, { batchSize: 1, pollingIntervalSeconds: options.pollingSeconds ?? 2 }, async ([job]) => {
          try {
            if (job) await handler(job.data);
          } finally {
            // Straight on to the next job: pg-boss would otherwise wait a polling interval after each one.
            if (id) boss.notifyWorker(id);
          }
        });
        ids.push(id);
      }
      workers.set(name, ids);
    },
    async send(name, data, sendOptions = {}) {
      // A stately queue holds one waiting job per key, and no key is a key too: a job sent without
      // one gets a key of its own, so it never stands in for another.
      const id = await boss.send(name, data, { singletonKey: sendOptions.singletonKey ?? randomUUID() });
      // Wake a local worker rather than wait for its next poll.
      if (id) for (const worker of workers.get(name) ?? []) boss.notifyWorker(worker);
      return id;
    },
    async every(name, minutes, data) {
      const seconds = Math.max(60, Math.round(minutes * 60));
      const tick = () => {
        if (stopped) return;
        boss
          .sendThrottled(name, data, {}, seconds, 'every')
          .then((id) => {
            if (id) for (const worker of workers.get(name) ?? []) boss.notifyWorker(worker);
          })
          .catch((err: unknown) => logger.warn({ job: name, err: err instanceof Error ? err.message : String(err) }, 'could not send a periodic job'));
      };
      tick();
      if (minutes > 0) {
        // Every replica asks each interval; the first ask of the interval wins, the rest are dropped.
        const timer = setInterval(tick, Math.max(10_000, (seconds * 1000) / 4));
        timer.unref();
        timers.add(timer);
      }
    },
    waiting: (name) => boss.getQueueSize(name),
    async stop() {
      stopped = true;
      for (const timer of timers) clearInterval(timer);
      await boss.stop({ graceful: true, timeout: 10_000, wait: true });
    },
  };
}
