import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { JOBS } from '../../src/ingest/ingest-jobs.js';
import { createPgBossQueue } from '../../src/jobs/pg-boss-queue.js';
import { silentLogger } from '../../src/logging.js';
import { dropSchema, postgresUrl, uniqueSchemaName } from '../store/postgres-schema.js';
import { startConsoleReplica, type ConsoleReplica } from '../support/console-replica.js';
import { generatedArticle, generatedSurname } from '../support/generated-articles.js';

const ARTICLES = 500;
const schema = uniqueSchemaName();
const jobsSchema = `${schema}_jobs`;
const dir = mkdtempSync(join(tmpdir(), 'briefing-three-'));
const replicas: ConsoleReplica[] = [];
afterAll(async () => {
  for (const replica of replicas) replica.child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
  await dropSchema(schema);
  await dropSchema(jobsSchema);
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const answers = (text: string, surname: string) => text.includes(surname) && !text.includes('No actor matches');

describe('three replicas on one PostgreSQL', () => {
  it('finish the job of a worker killed mid-parse, store 500 articles dropped at any of them once each, and answer every one everywhere within 5 s', async () => {
    // A pool: the watchers below ask at the same time (one client would queue them, which pg 9 refuses).
    const db = new pg.Pool({ connectionString: postgresUrl, options: `-c search_path=${schema}`, max: 4 });
    // First a worker whose parser never returns takes the first article's job, and is killed with
    // SIGKILL in the middle of it; the replicas, started after, must finish that job.
    const doomed = spawn(process.execPath, ['--import', 'tsx', 'tests/jobs/slow-worker.ts', postgresUrl, schema, jobsSchema, '4'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const doomedExit = new Promise<NodeJS.Signals | null>((resolve) => doomed.on('exit', (_code, signal) => resolve(signal)));
    await new Promise<void>((resolve) => doomed.stdout!.on('data', (d: Buffer) => d.toString().includes('ready') && resolve()));
    const sender = await createPgBossQueue(postgresUrl, silentLogger(), { schema: jobsSchema, timeoutSeconds: 4 });
    const firstSource = join(dir, 'a', 'incoming', 'story-0.txt');
    await sender.send(JOBS.ingestText, { source: firstSource, text: generatedArticle(0) }, { singletonKey: firstSource });
    while ((await db.query(`SELECT 1 FROM "${jobsSchema}".job WHERE state = 'active'`)).rows.length === 0) await sleep(100);
    doomed.kill('SIGKILL');
    expect(await doomedExit).toBe('SIGKILL');
    await sender.stop();

    for (const name of ['a', 'b', 'c']) {
      mkdirSync(join(dir, name, 'incoming'), { recursive: true });
      replicas.push(
        startConsoleReplica({
          DATA_DIR: join(dir, name),
          INGEST_DIR: join(dir, name, 'incoming'),
          DATABASE_URL: postgresUrl,
          DATABASE_SCHEMA: schema,
          JOB_TIMEOUT_SECONDS: '4',
        }),
      );
    }
    await Promise.all(replicas.map((r) => r.ready));

    // Every tenth article is watched for speed: each replica is asked about it first (a miss it may
    // remember), then again from the moment it is stored until it answers.
    const watched = Array.from({ length: ARTICLES / 10 }, (_, k) => k * 10 + 1);
    for (const i of watched) for (const replica of replicas) expect(answers(await replica.ask(`/who ${generatedSurname(i)}`), generatedSurname(i))).toBe(false);

    const latencies: number[] = [];
    const storedAt = async (source: string): Promise<number | null> => {
      const { rows } = await db.query('SELECT ingested_at FROM articles WHERE source = $1', [source]);
      return rows[0] ? new Date(rows[0].ingested_at).getTime() : null;
    };
    const watchers: Promise<void>[] = [];
    for (let i = 1; i < ARTICLES; i += 1) {
      const replica = ['a', 'b', 'c'][i % 3]!;
      const path = join(dir, replica, 'incoming', `story-${i}.txt`);
      writeFileSync(path, generatedArticle(i));
      if (watched.includes(i)) {
        watchers.push(
          (async () => {
            let at: number | null = null;
            while ((at = await storedAt(path)) === null) await sleep(100);
            for (const r of replicas) {
              while (!answers(await r.ask(`/who ${generatedSurname(i)}`), generatedSurname(i))) await sleep(50);
              latencies.push(Date.now() - at);
            }
          })(),
        );
      }
      // Commands keep running on every replica while articles arrive.
      if (i % 25 === 0) for (const r of replicas) void r.ask(i % 50 === 0 ? '/digest' : '/articles');
      if (i % 20 === 19) await sleep(200);
    }
    const deadline = Date.now() + 120_000;
    while (Number((await db.query('SELECT count(*) AS n FROM articles')).rows[0].n) < ARTICLES && Date.now() < deadline) await sleep(500);
    await Promise.all(watchers);

    const { rows: counts } = await db.query('SELECT count(*)::int AS n, count(DISTINCT source)::int AS sources FROM articles');
    expect(counts[0]).toEqual({ n: ARTICLES, sources: ARTICLES });
    expect(Math.max(...latencies)).toBeLessThan(5_000);
    // None lost anywhere: every replica answers about every article.
    for (const replica of replicas) {
      for (let i = 0; i < ARTICLES; i += 1) expect(answers(await replica.ask(`/who ${generatedSurname(i)}`), generatedSurname(i)), `${i}`).toBe(true);
    }
    // The killed worker's job was failed by timeout and done again by a live replica (on a loaded
    // machine a live replica can overrun the timeout too and be retried once more; the article is
    // still stored once, as checked above).
    const { rows: retried } = await db.query(`SELECT state, retry_count FROM "${jobsSchema}".job WHERE singleton_key = $1`, [firstSource]);
    expect(retried).toEqual([{ state: 'completed', retry_count: expect.any(Number) }]);
    expect(retried[0].retry_count).toBeGreaterThanOrEqual(1);
    await db.end();
    await Promise.all(replicas.map((r) => r.stop()));
  }, 300_000);
});
