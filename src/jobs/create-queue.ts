/**
 * Picks the job queue from configuration: pg-boss on the bot's PostgreSQL (DATABASE_URL), shared by
 * every replica, or the in-process queue with SQLite.
 */
import type { Config } from '../config.js';
import type { Logger } from '../logging.js';
import { createLocalQueue } from './local-queue.js';
import type { JobQueue } from './queue.js';

/**
 * Opens the queue the configuration calls for.
 * @example const queue = await createJobQueue(config, logger); ... await queue.stop();
 */
export async function createJobQueue(config: Pick<Config, 'DATABASE_URL' | 'DATABASE_SCHEMA' | 'JOB_TIMEOUT_SECONDS'>, logger: Logger): Promise<JobQueue> {
  if (!config.DATABASE_URL) return createLocalQueue(logger.child({ component: 'jobs' }));
  const { createPgBossQueue } = await import('./pg-boss-queue.js');
  return createPgBossQueue(config.DATABASE_URL, logger.child({ component: 'jobs' }), {
    schema: `${config.DATABASE_SCHEMA ?? 'briefing'}_jobs`,
    timeoutSeconds: config.JOB_TIMEOUT_SECONDS,
  });
}
