import { spawn } from 'node:child_process';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { registerIngestJobs, JOBS } from '../../src/ingest/ingest-jobs.js';
import { createPgBossQueue } from '../../src/jobs/pg-boss-queue.js';
import { silentLogger } from '../../src/logging.js';
import { createPostgresStore } from '../../src/store/postgres-store.js';
import { generatedArticle, generatedSurname } from '../support/generated-articles.js';
import { dropSchema, postgresUrl, uniqueSchemaName } from '../store/postgres-schema.js';

const schema = uniqueSchemaName();
const jobsSchema = `${schema}_jobs`;
afterAll(async () => {
  await dropSchema(schema);
  await dropSchema(jobsSchema);
});

async function jobRows(): Promise<{ state: string; retry_count: number }[]> {
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  try {
    return (await client.query(`SELECT state, retry_count FROM "${jobsSchema}".job WHERE name = $1`, [JOBS.ingestText])).rows;
  } finally {
    await client.end();
  }
}

async function until<T>(check: () => Promise<T | undefined | false>, what: string, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('a worker killed in the middle of a job', () => {
  it('leaves the job to be retried and finished by another worker, the article stored once', async () => {
    const worker = spawn(process.execPath, ['--import', 'tsx', 'tests/jobs/slow-worker.ts', postgresUrl, schema, jobsSchema, '3'], {
      cwd: process.cwd(),
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => worker.on('exit', (_code, signal) => resolve(signal)));
    await new Promise<void>((resolve, reject) => {
      worker.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
      worker.on('exit', () => reject(new Error('the slow worker exited before it was ready')));
    });

    const store = createPostgresStore(postgresUrl, { schema });
    await store.migrate();
    const sender = await createPgBossQueue(postgresUrl, silentLogger(), { schema: jobsSchema, timeoutSeconds: 3 });
    try {
      // Only the slow worker handles jobs now: the sender registers none yet.
      await sender.send(JOBS.ingestText, { source: 'wire/article-7.txt', text: generatedArticle(7) }, { singletonKey: 'wire/article-7.txt' });
      await until(async () => (await jobRows()).some((j) => j.state === 'active'), 'the slow worker to take the job');
      worker.kill('SIGKILL');
      expect(await exited).toBe('SIGKILL');

      // A healthy worker, as another replica would run, takes the job once it is found dead.
      await registerIngestJobs({ queue: sender, store, logger: silentLogger(), feeds: [] });
      const [found] = await until(async () => {
        const hits = await store.corpus.actorsWithWords([[generatedSurname(7).toLowerCase()]], 5);
        return hits.length > 0 && hits;
      }, 'the article to be stored by the healthy worker');
      expect(found!.articles).toBe(1);
      expect(await store.countArticles()).toBe(1);
      const [job] = await until(async () => {
        const rows = await jobRows();
        return rows.length > 0 && rows.every((j) => j.state === 'completed') && rows;
      }, 'the job to be completed');
      expect(job!.retry_count).toBeGreaterThanOrEqual(1);
    } finally {
      worker.kill('SIGKILL');
      await sender.stop();
      await store.close();
    }
  }, 60_000);
});
