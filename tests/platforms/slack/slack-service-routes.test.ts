import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import type { RunningSlack } from '../../../src/platforms/slack/create-slack-app.js';
import { start } from '../../../src/platforms/slack/start-slack.js';
import { createHealthEndpoints } from '../../../src/service/health-server.js';
import { createPrometheusMetrics } from '../../../src/service/prometheus-metrics.js';
import { createReadiness, platformProbe } from '../../../src/service/readiness.js';
import { emptyReply } from '../../fixtures/reply.js';
import { parseMetrics, total } from '../../service/prometheus-text.js';
import { startFakeSlack, type FakeSlack } from './fake-slack/fake-slack-server.js';
import { postSigned, SIGNING_SECRET, slashCommandFields } from './fake-slack/slack-requests.js';
import { createFixtureService } from './fixture-service.js';
import { memoryLogger } from './slack-harness.js';

let fake: FakeSlack;
let slack: RunningSlack;
afterEach(async () => {
  await slack?.stop();
  await fake?.close();
});

/** The Slack app as `npm start` starts it, with the health endpoints handed to it as a bot process does. */
async function startWithEndpoints(mode: 'http' | 'socket') {
  fake = await startFakeSlack();
  const metrics = createPrometheusMetrics({ defaultMetrics: false });
  const readiness = createReadiness();
  const endpoints = createHealthEndpoints({ readiness, metrics });
  const config = loadConfig({
    SLACK_BOT_TOKEN: fake.botToken,
    SLACK_API_URL: fake.apiUrl,
    SLACK_PORT: '0',
    ...(mode === 'http' ? { SLACK_SIGNING_SECRET: SIGNING_SECRET } : { SLACK_APP_TOKEN: fake.appToken }),
  });
  slack = await start({ config, service: createFixtureService(), logger: memoryLogger().logger, metrics, serviceRoutes: endpoints.routes });
  readiness.watch('slack', platformProbe('slack', slack));
  readiness.running();
  return { metrics, readiness };
}

describe("the health endpoints on Slack's HTTP-mode server", () => {
  it('answers /healthz, /readyz and /metrics on the port Slack posts to, and slash commands still work', async () => {
    await startWithEndpoints('http');
    const base = `http://127.0.0.1:${slack.port}`;
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'alive' });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', checks: { slack: 'ok' } });
    expect((await fetch(`${base}/metrics`)).headers.get('content-type')).toMatch(/^text\/plain/);

    const { url } = fake.newResponseUrl();
    const answer = await postSigned(`${base}/slack/events`, slashCommandFields('/help', '', { response_url: url }));
    expect(answer.status).toBe(200);
  });

  it('counts a 429 from chat.postMessage and the retry after it', async () => {
    const { metrics } = await startWithEndpoints('http');
    fake.rateLimitPostMessage(1, 1);
    await slack.sender.send('C0SERVICE', emptyReply({ title: 'Digest', fallback: 'Digest' }));
    const scrape = parseMetrics((await metrics.scrape()).body);
    expect(total(scrape, 'briefing_platform_rate_limited_total', { platform: 'slack' })).toBe(1);
    expect(total(scrape, 'briefing_platform_retries_total', { platform: 'slack', reason: 'rate_limit' })).toBe(1);
  });

  it('says Socket Mode is connected while its WebSocket is open, and not after stopping', async () => {
    await startWithEndpoints('socket');
    expect(slack.connected()).toBe(true);
    await slack.stop();
    expect(slack.connected()).toBe(false);
  });
});
