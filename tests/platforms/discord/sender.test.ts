import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REST } from 'discord.js';
import { silentLogger } from '../../../src/logging.js';
import { ChannelUnavailableError } from '../../../src/platforms/channel-sender.js';
import { createDiscordChannelSender } from '../../../src/platforms/discord/sender.js';
import { startBot, type Harness } from './bot-harness.js';
import { messageProblems } from './fake-discord/payload-limits.js';
import { snowflake } from './fake-discord/fake-state.js';
import { createFixtureService } from './fixtures/fixture-service.js';
import { citation, longReply, reply } from './reply-factory.js';

const digest = (title: string) =>
  reply({
    title,
    description: 'The briefing: @everyone should not be pinged.',
    sections: [{ title: 'Key quotes', lines: [{ text: 'We will support cooperation.', citation: citation(4) }] }],
    citations: [citation(4)],
  });

describe('posting scheduled replies to Discord channels', () => {
  let h: Harness;
  let channel: string;
  const attempts = () => h.fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${channel}/messages`);

  beforeAll(async () => {
    h = await startBot(createFixtureService());
  });
  afterAll(async () => {
    await h?.stop();
  });

  const freshChannel = () => {
    channel = snowflake();
    h.fake.channels.set(channel, 'ok');
    return channel;
  };

  it('posts a reply as an embed with no mention parsed and a nonce Discord enforces', async () => {
    const { messageId } = await h.bot.sender.send(freshChannel(), digest('Morning digest'));
    const [message] = h.fake.channelMessages(channel);
    expect(message!.id).toBe(messageId);
    expect(message!.embeds[0]!.title).toBe('Morning digest');
    expect(message!.embeds[0]!.description).toContain('@\u200beveryone');
    const { body } = attempts()[0]!;
    expect(body).toMatchObject({ allowed_mentions: { parse: [] }, enforce_nonce: true });
    expect(body.nonce).toMatch(/^[0-9a-f]{1,25}$/);
  });

  it('waits out a 429 with Retry-After and delivers the message exactly once', async () => {
    freshChannel();
    h.fake.inject('POST', new RegExp(`^/channels/${channel}/messages$`), { kind: 'rate-limit', retryAfterSeconds: 1 });
    await h.bot.sender.send(channel, digest('Rate limited'));
    expect(attempts().map((r) => r.status)).toEqual([429, 200]);
    expect(h.fake.rateLimitViolations).toBe(0); // the retry came after Retry-After
    expect(h.fake.channelMessages(channel)).toHaveLength(1);
  });

  it('retries a 500 and delivers once', async () => {
    freshChannel();
    h.fake.inject('POST', new RegExp(`^/channels/${channel}/messages$`), { kind: 'server-error', status: 500 });
    await h.bot.sender.send(channel, digest('After a 500'));
    expect(attempts().map((r) => r.status)).toEqual([500, 200]);
    expect(h.fake.channelMessages(channel)).toHaveLength(1);
  });

  it('does not post twice when Discord created the message but answered 500', async () => {
    freshChannel();
    h.fake.inject('POST', new RegExp(`^/channels/${channel}/messages$`), { kind: 'server-error', status: 500, afterCreate: true });
    const { messageId } = await h.bot.sender.send(channel, digest('Created then failed'));
    expect(attempts().map((r) => r.status)).toEqual([500, 200]);
    expect(h.fake.channelMessages(channel).map((m) => m.id)).toEqual([messageId]);
  });

  it('answers a resend with the same idempotency key with the message already posted', async () => {
    freshChannel();
    const key = `s-${channel}@2026-03-29T06:30:00.000Z`;
    const first = await h.bot.sender.send(channel, longReply(80), { idempotencyKey: key });
    const posted = h.fake.channelMessages(channel).map((m) => m.id);
    expect(posted.length).toBeGreaterThan(1);
    // As a restarted process would: the same key, the digest built again (now marked late).
    const again = await h.bot.sender.send(channel, longReply(80), { idempotencyKey: key, resumeSince: '2026-03-29T06:30:00.000Z' });
    expect(again.messageId).toBe(first.messageId);
    expect(h.fake.channelMessages(channel).map((m) => m.id)).toEqual(posted);
    const nonces = attempts().map((r) => r.body.nonce as string);
    expect(new Set(nonces).size).toBe(posted.length);
    for (const nonce of nonces) expect(nonce).toMatch(/^[0-9a-f]{25}$/);
  });

  it('carries the key in each message it posts, as a short ref in the embed footer', async () => {
    freshChannel();
    await h.bot.sender.send(channel, longReply(80), { idempotencyKey: `s-${channel}@2026-03-29T06:30:00.000Z` });
    const footers = h.fake.channelMessages(channel).map((m) => m.embeds[0]!.footer.text as string);
    expect(footers.length).toBeGreaterThan(1);
    footers.forEach((footer, page) => expect(footer).toMatch(new RegExp(`^Page ${page + 1} of ${footers.length} · ref [0-9a-f]{16}$`)));
    expect(new Set(footers.map((f) => f.slice(-16))).size).toBe(footers.length);
  });

  it('does not post again once Discord has forgotten the nonce: the resend finds the message in the channel', async () => {
    freshChannel();
    const key = `s-${channel}@2026-03-29T06:30:00.000Z`;
    const first = await h.bot.sender.send(channel, digest('Keyed'), { idempotencyKey: key });
    h.fake.nonceWindowMs = -1;
    try {
      const again = await h.bot.sender.send(channel, digest('Keyed, late'), { idempotencyKey: key, resumeSince: new Date(Date.now() - 60_000).toISOString() });
      expect(again.messageId).toBe(first.messageId);
    } finally {
      h.fake.nonceWindowMs = 5 * 60_000;
    }
    expect(h.fake.channelMessages(channel).map((m) => m.id)).toEqual([first.messageId]);
    const lookups = h.fake.requests.filter((r) => r.method === 'GET' && r.path === `/channels/${channel}/messages`);
    expect(lookups).toHaveLength(1);
    expect(new URLSearchParams(lookups[0]!.query).get('limit')).toBe('100');
  });

  it('posts only the pages a crashed attempt did not, whatever Discord remembers', async () => {
    // How many pages the reply takes, from a plain send to a channel of its own.
    await h.bot.sender.send(freshChannel(), longReply(80));
    const pages = h.fake.channelMessages(channel).length;
    expect(pages).toBeGreaterThan(2);

    freshChannel();
    const key = `s-${channel}@2026-03-29T06:30:00.000Z`;
    // The first attempt dies after its first page went out.
    const rest = new REST({ api: h.fake.apiUrl, retries: 0 }).setToken(h.fake.token);
    let posts = 0;
    const dying = {
      get: rest.get.bind(rest),
      post: (...args: Parameters<REST['post']>) => (++posts > 1 ? Promise.reject(new Error('killed')) : rest.post(...args)),
    };
    await expect(createDiscordChannelSender(dying, silentLogger()).send(channel, longReply(80), { idempotencyKey: key })).rejects.toThrow('killed');
    const [firstPage] = h.fake.channelMessages(channel);
    expect(h.fake.channelMessages(channel)).toHaveLength(1);

    h.fake.nonceWindowMs = -1;
    try {
      const again = await h.bot.sender.send(channel, longReply(80), { idempotencyKey: key, resumeSince: new Date(Date.now() - 60_000).toISOString() });
      expect(again.messageId).toBe(firstPage!.id);
    } finally {
      h.fake.nonceWindowMs = 5 * 60_000;
    }
    const footers = h.fake.channelMessages(channel).map((m) => String(m.embeds[0]!.footer.text).replace(/ · ref .*/, ''));
    expect(footers).toEqual(Array.from({ length: pages }, (_, i) => `Page ${i + 1} of ${pages}`));
  });

  it('falls back on the nonce, saying why in one line, when it may not read the channel history', async () => {
    freshChannel();
    h.fake.channels.set(channel, 'post-only');
    const key = `s-${channel}@2026-03-29T06:30:00.000Z`;
    const first = await h.bot.sender.send(channel, digest('Keyed'), { idempotencyKey: key });
    const again = await h.bot.sender.send(channel, digest('Keyed'), { idempotencyKey: key, resumeSince: new Date(Date.now() - 60_000).toISOString() });
    expect(again.messageId).toBe(first.messageId);
    expect(h.fake.channelMessages(channel)).toHaveLength(1);
    expect(h.logs.filter((l) => l.channelId === channel && l.level === 40)).toEqual([
      expect.objectContaining({
        msg: 'could not check the channel for a digest posted before a crash; posting it (it may show twice once Discord has forgotten the nonce)',
      }),
    ]);
  });

  it('gives up with an error after Discord keeps failing', async () => {
    freshChannel();
    for (let i = 0; i < 4; i++) h.fake.inject('POST', new RegExp(`^/channels/${channel}/messages$`), { kind: 'server-error', status: 503 });
    await expect(h.bot.sender.send(channel, digest('Never'))).rejects.toThrow();
    expect(attempts()).toHaveLength(4);
    expect(h.fake.channelMessages(channel)).toHaveLength(0);
  });

  it('splits a reply longer than one message into several messages within the limits', async () => {
    freshChannel();
    const { messageId } = await h.bot.sender.send(channel, longReply(80));
    const messages = h.fake.channelMessages(channel);
    expect(messages.length).toBeGreaterThan(1);
    expect(messages[0]!.id).toBe(messageId);
    for (const { body } of attempts()) expect(messageProblems(body)).toEqual([]);
  });

  it('reports a deleted channel and a channel it may not post in as unavailable', async () => {
    const deleted = await h.bot.sender.send('12345', digest('x')).catch((e: unknown) => e);
    expect(deleted).toBeInstanceOf(ChannelUnavailableError);
    expect((deleted as ChannelUnavailableError).reason).toBe('deleted');
    h.fake.channels.set('67890', 'forbidden');
    const forbidden = await h.bot.sender.send('67890', digest('x')).catch((e: unknown) => e);
    expect((forbidden as ChannelUnavailableError).reason).toBe('forbidden');
  });
});
