import { REST, Routes } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRestRetries } from '../../../src/platforms/discord/count-rest-retries.js';
import { createPrometheusMetrics } from '../../../src/service/prometheus-metrics.js';
import { parseMetrics, total } from '../../service/prometheus-text.js';
import { startFakeDiscord, type FakeDiscord } from './fake-discord/fake-discord.js';
import { snowflake } from './fake-discord/fake-state.js';

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await startFakeDiscord();
});
afterAll(async () => {
  await fake.close();
});

/** A REST client like the bot's, counted into fresh metrics, and a channel that takes messages. */
function counted() {
  const metrics = createPrometheusMetrics({ defaultMetrics: false });
  const rest = new REST({ api: fake.apiUrl, retries: 3 }).setToken(fake.token);
  countRestRetries(rest, metrics);
  const channel = snowflake();
  fake.channels.set(channel, 'ok');
  const post = () => rest.post(Routes.channelMessages(channel), { body: { content: 'digest' } });
  const scrape = async () => parseMetrics((await metrics.scrape()).body);
  return { channel, post, scrape };
}

describe("counting Discord's 429s and retries", () => {
  it('counts a 429 the client waits out and sends again', async () => {
    const { channel, post, scrape } = counted();
    fake.inject('POST', new RegExp(`^/channels/${channel}/messages$`), { kind: 'rate-limit', retryAfterSeconds: 1 });
    await post();
    const metrics = await scrape();
    expect(total(metrics, 'briefing_platform_rate_limited_total', { platform: 'discord' })).toBe(1);
    expect(total(metrics, 'briefing_platform_retries_total', { platform: 'discord', reason: 'rate_limit' })).toBe(1);
  });

  it('counts each 5xx the client retries, and not the last one it gives up on', async () => {
    const { channel, post, scrape } = counted();
    fake.inject('POST', new RegExp(`^/channels/${channel}/messages$`), { kind: 'server-error', status: 500 });
    await post();
    expect(total(await scrape(), 'briefing_platform_retries_total', { reason: 'server_error' })).toBe(1);

    for (let i = 0; i < 4; i++) fake.inject('POST', new RegExp(`^/channels/${channel}/messages$`), { kind: 'server-error', status: 503 });
    await expect(post()).rejects.toThrow();
    expect(total(await scrape(), 'briefing_platform_retries_total', { reason: 'server_error' })).toBe(4);
    expect(total(await scrape(), 'briefing_platform_rate_limited_total')).toBe(0);
  });
});
