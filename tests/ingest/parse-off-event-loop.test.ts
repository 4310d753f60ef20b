import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { startLiveIngest } from '../../src/ingest/live-ingest.js';
import { configureParsePool, DEFAULT_PARSE_LIMITS } from '../../src/ingest/parse-pool.js';
import { silentLogger } from '../../src/logging.js';
import type { StoredArticle } from '../../src/store/store.js';
import { ADVERSARIAL_SHAPES } from '../article/adversarial-inputs.js';
import { input, serviceOver } from '../briefing/helpers.js';
import { openLocalSite, type LocalSite } from './local-site.js';

/** The hostile dateline line on top of one long paragraph of prose (about 512 KB). */
const hostile = `${'A-'.repeat(30)}A x\n\n${ADVERSARIAL_SHAPES.find((s) => s.name === 'one huge paragraph of prose')!.build(512 * 1024)}`;

describe('a hostile article dropped in the watched folder', () => {
  let site: LocalSite;
  beforeAll(async () => {
    // A generous budget: the shared machine may be slow, and this test is about the event loop.
    configureParsePool({ ...DEFAULT_PARSE_LIMITS, timeoutMs: 60_000 });
    site = await openLocalSite((_req, res) => res.writeHead(404).end(), 'briefing-hostile-');
    mkdirSync(join(site.dir, 'articles'));
  });
  afterAll(() => site.close());

  it('is parsed in a worker while commands are answered, the event loop never held up', async () => {
    const { service } = serviceOver();
    const result: { stored: StoredArticle | null } = { stored: null };
    const live = await startLiveIngest({
      config: loadConfig({ DATA_DIR: site.dir }),
      store: site.store,
      logger: silentLogger(),
      onArticle: (article) => {
        result.stored = article;
      },
    });
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const written = performance.now();
    writeFileSync(join(site.dir, 'articles', 'hostile.txt'), hostile);
    // Ask one command after another until the article is stored.
    const answeredAt: number[] = [];
    while (result.stored === null) {
      const reply = await service.handle(input('who', { name: 'Putin' }));
      expect(reply.title).toMatch(/Putin/);
      answeredAt.push(performance.now());
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const storedAt = performance.now();
    delay.disable();
    await live.stop();
    expect(result.stored!.parsed.paragraphs.length).toBeGreaterThan(0);
    // Commands kept being answered while the worker parsed: many replies came before the article,
    // and no callback waited as long as the parse took (generous bounds: the machine is shared).
    expect(answeredAt.filter((t) => t < storedAt).length).toBeGreaterThan(5);
    expect(delay.max / 1e6).toBeLessThan(Math.max(1000, (storedAt - written) / 2));
  }, 120_000);
});
