import { REST } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/logging.js';
import { createDiscordChannelSender } from '../../../src/platforms/discord/sender.js';
import { snowflake } from './fake-discord/fake-state.js';
import { startFakeDiscord, type FakeDiscord } from './fake-discord/fake-discord.js';
import { CHANNEL_LIMIT } from './fake-discord/rate-limits.js';
import { reply } from './reply-factory.js';

describe('posting to Discord under its rate limits', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await startFakeDiscord({ enforceRateLimits: true });
  });
  afterAll(async () => {
    await fake?.close();
  });

  it('delivers more messages to one channel than its bucket allows, each exactly once, by following the bucket headers', async () => {
    const rest = new REST({ api: fake.apiUrl, retries: 1 }).setToken(fake.token);
    const sender = createDiscordChannelSender(rest, silentLogger());
    const channel = snowflake();
    fake.channels.set(channel, 'ok');
    const count = CHANNEL_LIMIT + 2;
    const sent = await Promise.all(Array.from({ length: count }, (_, i) => sender.send(channel, reply({ title: `Digest ${i}` }))));
    const titles = fake.channelMessages(channel).map((m) => m.embeds[0]!.title);
    expect(new Set(sent.map((s) => s.messageId)).size).toBe(count);
    expect(titles.sort()).toEqual(Array.from({ length: count }, (_, i) => `Digest ${i}`).sort());
  });

  it('answers a request over the per-channel limit with a 429 and Retry-After', async () => {
    const channel = snowflake();
    fake.channels.set(channel, 'ok');
    const post = () =>
      fetch(`${fake.apiUrl}/v10/channels/${channel}/messages`, {
        method: 'POST',
        headers: { authorization: `Bot ${fake.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ content: 'hello', allowed_mentions: { parse: [] } }),
      });
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i <= CHANNEL_LIMIT; i++) {
      const res = await post();
      statuses.push(res.status);
      if (res.status === 429) retryAfter = res.headers.get('retry-after');
      await res.arrayBuffer();
    }
    expect(statuses.slice(0, CHANNEL_LIMIT).every((s) => s === 200)).toBe(true);
    expect(statuses[CHANNEL_LIMIT]).toBe(429);
    expect(Number(retryAfter)).toBeGreaterThan(0);
  });
});
