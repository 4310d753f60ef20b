import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config.js';
import { silentLogger } from '../../src/logging.js';
import { createHealthEndpoints, startHealthServer, type HealthServer } from '../../src/service/health-server.js';
import { createPrometheusMetrics } from '../../src/service/prometheus-metrics.js';
import { createReadiness, platformProbe, storeProbe } from '../../src/service/readiness.js';
import { sqliteMigrations } from '../../src/store/migrations/sqlite-migrations.js';
import { createSqliteStore } from '../../src/store/sqlite-store.js';
import { parseMetrics, total } from './prometheus-text.js';

const servers: HealthServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

async function serve(readiness = createReadiness({ probeTimeoutMs: 200 })) {
  const metrics = createPrometheusMetrics({ defaultMetrics: false });
  const server = await startHealthServer(createHealthEndpoints({ readiness, metrics }), 0, silentLogger());
  servers.push(server);
  const get = async (path: string, method = 'GET') => {
    const res = await fetch(`http://127.0.0.1:${server.port}${path}`, { method });
    return { status: res.status, type: res.headers.get('content-type'), body: await res.text() };
  };
  return { readiness, metrics, get };
}

describe('the health endpoints', () => {
  it('say alive at once, and ready only once running with every check ok', async () => {
    const { readiness, get } = await serve();
    const store = createSqliteStore(':memory:');
    let connected = false;
    readiness.watch('store', storeProbe(store));
    readiness.watch('discord', platformProbe('discord', { connected: () => connected }));

    expect(await get('/healthz')).toMatchObject({ status: 200, body: '{"status":"alive"}\n' });
    expect(JSON.parse((await get('/readyz')).body)).toEqual({
      status: 'not ready',
      ready: false,
      phase: 'starting',
      checks: { store: 'ok', migrations: `${sqliteMigrations.length} not applied`, discord: 'not connected' },
    });
    await store.migrate();
    connected = true;
    expect((await get('/readyz')).status).toBe(503);
    readiness.running();
    const ready = await get('/readyz');
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.body)).toMatchObject({ status: 'ready', phase: 'running', checks: { store: 'ok', migrations: 'ok', discord: 'ok' } });

    connected = false;
    expect(JSON.parse((await get('/readyz')).body)).toMatchObject({ status: 'not ready', checks: { discord: 'not connected' } });
    connected = true;
    await store.close();
    expect(JSON.parse((await get('/readyz')).body)).toMatchObject({ status: 'not ready', checks: { store: expect.stringMatching(/^no answer \(/) } });
  });

  it('says starting, not ready, when start-up ends while a probe begun before it is still answering', async () => {
    // A long probe budget, and a wait for the probe itself rather than for a clock: a loaded machine
    // must not turn the held probe into a timeout. Only the first probe is held.
    const { readiness, get } = await serve(createReadiness({ probeTimeoutMs: 30_000 }));
    let answer: (value: Record<string, string>) => void = () => undefined;
    let probed: () => void = () => undefined;
    const probeStarted = new Promise<void>((resolve) => (probed = resolve));
    let calls = 0;
    readiness.watch('store', () => {
      if (calls++ > 0) return Promise.resolve({ store: 'ok' });
      probed();
      return new Promise((resolve) => (answer = resolve));
    });
    const probing = get('/readyz');
    await probeStarted;
    readiness.watch('discord', platformProbe('discord', { connected: () => false }));
    readiness.running();
    answer({ store: 'ok' });
    expect(JSON.parse((await probing).body)).toMatchObject({ ready: false, phase: 'starting', checks: { store: 'ok' } });
    expect(JSON.parse((await get('/readyz')).body)).toMatchObject({ ready: false, phase: 'running', checks: { discord: 'not connected' } });
  });

  it('says not ready while stopping, whatever the checks say', async () => {
    const { readiness, get } = await serve();
    readiness.watch('discord', platformProbe('discord', { connected: () => true }));
    readiness.running();
    expect((await get('/readyz')).status).toBe(200);
    readiness.stopping();
    expect(JSON.parse((await get('/readyz')).body)).toMatchObject({ status: 'not ready', phase: 'stopping', checks: { discord: 'ok' } });
  });

  it('answers not ready, naming the check, when a probe hangs, instead of hanging the probe', async () => {
    const { readiness, get } = await serve();
    readiness.watch('store', () => new Promise(() => undefined));
    readiness.running();
    const answer = await get('/readyz');
    expect(answer.status).toBe(503);
    expect(JSON.parse(answer.body).checks).toEqual({ store: 'no answer within 200 ms' });
  });

  it('serves /metrics as Prometheus text, HEAD without a body, and nothing else', async () => {
    const { metrics, get } = await serve();
    metrics.commandAnswered('help', 'ok', 0.001);
    const scrape = await get('/metrics');
    expect(scrape.type).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(total(parseMetrics(scrape.body), 'briefing_commands_total', { command: 'help' })).toBe(1);
    expect(await get('/healthz', 'HEAD')).toMatchObject({ status: 200, body: '' });
    expect(await get('/healthz', 'POST')).toMatchObject({ status: 405 });
    expect(await get('/slack/events')).toMatchObject({ status: 404 });
  });

  it('refuses a HEALTH_PORT already in use with one line naming the variable and the fix', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, resolve));
    const port = (taken.address() as { port: number }).port;
    try {
      const endpoints = createHealthEndpoints({ readiness: createReadiness(), metrics: createPrometheusMetrics({ defaultMetrics: false }) });
      const started = startHealthServer(endpoints, port, silentLogger());
      await expect(started).rejects.toThrow(ConfigError);
      await expect(started).rejects.toThrow(`HEALTH_PORT: cannot listen on port ${port} (EADDRINUSE): set HEALTH_PORT to a free port, or to off`);
    } finally {
      taken.close();
    }
  });
});
