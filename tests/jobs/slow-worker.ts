/**
 * A bot process's ingest worker whose parser never finishes (it spins), run by job-retry.test.ts
 * and killed with SIGKILL in the middle of a job. Prints "ready" once its workers are registered.
 *
 *   node --import tsx tests/jobs/slow-worker.ts DATABASE_URL STORE_SCHEMA JOBS_SCHEMA TIMEOUT_SECONDS
 */
import { registerIngestJobs } from '../../src/ingest/ingest-jobs.js';
import { createPgBossQueue } from '../../src/jobs/pg-boss-queue.js';
import { silentLogger } from '../../src/logging.js';
import { createPostgresStore } from '../../src/store/postgres-store.js';
import { emptyParsedArticle } from '../fixtures/parsed-article.js';

const [url = '', schema = '', jobsSchema = '', timeout = '3'] = process.argv.slice(2);
const store = createPostgresStore(url, { schema });
await store.migrate();
const queue = await createPgBossQueue(url, silentLogger(), { schema: jobsSchema, timeoutSeconds: Number(timeout), pollingSeconds: 0.5 });
await registerIngestJobs({
  queue,
  store,
  logger: silentLogger(),
  feeds: [],
  parse: (_raw, options) => {
    if (options?.source === 'version-probe') return emptyParsedArticle({ parserVersion: 1 });
    for (;;) {
      // Spins until killed: a parse that is still running when the process dies.
    }
  },
});
process.stdout.write('ready\n');
