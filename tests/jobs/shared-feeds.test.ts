import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOBS, registerIngestJobs } from '../../src/ingest/ingest-jobs.js';
import { createPgBossQueue } from '../../src/jobs/pg-boss-queue.js';
import type { JobQueue } from '../../src/jobs/queue.js';
import { silentLogger } from '../../src/logging.js';
import { createPostgresStore } from '../../src/store/postgres-store.js';
import type { Store } from '../../src/store/store.js';
import { generatedArticle } from '../support/generated-articles.js';
import { dropSchema, postgresUrl, uniqueSchemaName } from '../store/postgres-schema.js';

const schema = uniqueSchemaName();
const jobsSchema = `${schema}_jobs`;
const hits = new Map<string, number>();
let server: Server;
let base = '';

function page(i: number): string {
  const [headline, ...lines] = generatedArticle(i).split('\n');
  return `<html><body><article><h1>${headline}</h1>${lines
    .filter(Boolean)
    .map((l) => `<p>${l}</p>`)
    .join('')}</article></body></html>`;
}

beforeAll(async () => {
  server = createServer((req, res) => {
    hits.set(req.url ?? '', (hits.get(req.url ?? '') ?? 0) + 1);
    if (req.url === '/feed.xml') {
      const items = [21, 22, 23].map((i) => `<item><title>Story ${i}</title><link>${base}/story-${i}.html</link></item>`).join('');
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`<rss version="2.0"><channel>${items}</channel></rss>`);
    } else if (/^\/story-\d+\.html$/.test(req.url ?? '')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(Number(/\d+/.exec(req.url!)![0])));
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await dropSchema(schema);
  await dropSchema(jobsSchema);
});

describe('two replicas sharing the feeds through the job queue', () => {
  it('poll each feed once and fetch and parse each item once', async () => {
    // Both ask within one 15-minute interval (intervals start on the quarter hour): the queue keeps one ask.
    while ((Date.now() / 1000) % 900 > 880) await new Promise((resolve) => setTimeout(resolve, 500));
    const replicas: { store: Store; queue: JobQueue }[] = [];
    try {
      for (let r = 0; r < 2; r += 1) {
        const store = createPostgresStore(postgresUrl, { schema });
        await store.migrate();
        const queue = await createPgBossQueue(postgresUrl, silentLogger(), { schema: jobsSchema, pollingSeconds: 0.5 });
        replicas.push({ store, queue });
        await registerIngestJobs({ queue, store, logger: silentLogger(), feeds: [`${base}/feed.xml`], outbound: { allowPrivate: true } });
      }
      await Promise.all(replicas.map(({ queue }) => queue.every(JOBS.feedsDue, 15, {})));
      const deadline = Date.now() + 30_000;
      while ((await replicas[0]!.store.countArticles()) < 3 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(await replicas[1]!.store.countArticles()).toBe(3);
      expect(hits.get('/feed.xml')).toBe(1);
      for (const i of [21, 22, 23]) expect(hits.get(`/story-${i}.html`)).toBe(1);
    } finally {
      for (const { store, queue } of replicas) {
        await queue.stop();
        await store.close();
      }
    }
  }, 60_000);
});
