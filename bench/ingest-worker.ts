/**
 * One ingest worker of the scale benchmark, in its own process as a replica would run it: the real
 * ingest jobs (parse, near-duplicate check, store) on the real queue.
 *
 *   postgres: node --import tsx bench/ingest-worker.ts postgres URL JOBS_SCHEMA
 *     takes jobs from pg-boss until killed (the bench sends them and counts stored articles);
 *   sqlite:   node --import tsx bench/ingest-worker.ts sqlite PATH FIRST COUNT
 *     queues COUNT bench articles in-process itself, and prints the seconds they took, as JSON.
 */
import { registerIngestJobs, JOBS } from '../src/ingest/ingest-jobs.js';
import { createLocalQueue } from '../src/jobs/local-queue.js';
import { createPgBossQueue } from '../src/jobs/pg-boss-queue.js';
import { silentLogger } from '../src/logging.js';
import { createPostgresStore } from '../src/store/postgres-store.js';
import { createSqliteStore } from '../src/store/sqlite-store.js';
import { benchArticleText } from './bench-articles.js';

const [kind = '', where = '', third = '', fourth = ''] = process.argv.slice(2);
const logger = silentLogger();
if (kind === 'postgres') {
  const store = createPostgresStore(where);
  await store.migrate();
  const queue = await createPgBossQueue(where, logger, { schema: third, pollingSeconds: 0.5 });
  await registerIngestJobs({ queue, store, logger, feeds: [] });
  process.stdout.write('ready\n');
} else {
  const store = createSqliteStore(where);
  await store.migrate();
  const queue = createLocalQueue(logger);
  await registerIngestJobs({ queue, store, logger, feeds: [] });
  const first = Number(third);
  const count = Number(fourth);
  const before = await store.countArticles();
  const started = performance.now();
  for (let i = first; i < first + count; i += 1) {
    await queue.send(JOBS.ingestText, { source: `bench/ingest-${i}.txt`, text: benchArticleText(i) });
  }
  while ((await store.countArticles()) < before + count) await new Promise((resolve) => setTimeout(resolve, 20));
  process.stdout.write(`${JSON.stringify({ seconds: (performance.now() - started) / 1000 })}\n`);
  await queue.stop();
  await store.close();
}
