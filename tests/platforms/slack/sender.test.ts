import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/briefing/reply.js';
import { ChannelUnavailableError } from '../../../src/platforms/channel-sender.js';
import { CHANNEL_MESSAGES_MAX } from '../../../src/platforms/slack/limits.js';
import { ARTICLE, createFixtureService } from './fixture-service.js';
import { startHarness, type Harness } from './slack-harness.js';

let h: Harness;

const digest = (lines = 3): Reply => ({
  title: 'Morning digest',
  description: 'What is new since yesterday.',
  fields: [],
  sections: [{ title: 'Headlines', lines: Array.from({ length: lines }, (_, i) => ({ text: `Item ${i} <!channel> ${'w '.repeat(60)}`, citation: ARTICLE })) }],
  quotes: [],
  citations: [ARTICLE],
  choices: [],
  ephemeral: false,
  fallback: 'Morning digest <@U123>',
  tone: 'info',
});

beforeAll(async () => {
  h = await startHarness({ service: createFixtureService(), mode: 'http' });
});
afterAll(async () => {
  await h.close();
});
beforeEach(() => {
  h.fake.posted.length = 0;
});

describe('the Slack channel sender (scheduled digests)', () => {
  it('posts the reply with blocks and an escaped fallback and returns the message ts', async () => {
    const { messageId } = await h.slack.sender.send('C0DIGEST', digest());
    expect(h.slack.sender.platform).toBe('slack');
    expect(h.fake.posted).toHaveLength(1);
    const post = h.fake.posted[0]!.body;
    expect(messageId).toBe(h.fake.posted[0]!.ts);
    expect(post).toMatchObject({ channel: 'C0DIGEST', text: 'Morning digest &lt;@U123&gt;', unfurl_links: 'false' });
    expect(JSON.stringify(post.blocks)).toContain('Item 0 &lt;!channel&gt;');
  });

  it('waits out a 429 with Retry-After and posts exactly once', async () => {
    h.fake.rateLimitPostMessage(1, 1);
    const before = h.fake.rateLimitedCount;
    await h.slack.sender.send('C0DIGEST', digest());
    expect(h.fake.rateLimitedCount).toBe(before + 1);
    expect(h.fake.posted).toHaveLength(1);
  });

  it('splits a long digest into a few messages and returns the first one', async () => {
    const { messageId } = await h.slack.sender.send('C0DIGEST', digest(300));
    expect(h.fake.posted).toHaveLength(CHANNEL_MESSAGES_MAX);
    expect(messageId).toBe(h.fake.posted[0]!.ts);
    expect(JSON.stringify(h.fake.posted.at(-1)!.body.blocks)).toMatch(/more parts? not posted here/);
  });

  it('posts a keyed reply (a digest) as one message marked with its key, the rest left out with a note', async () => {
    const key = 's1@2026-03-29T06:30:00.000Z';
    await h.slack.sender.send('C0KEYED', digest(300), { idempotencyKey: key });
    expect(h.fake.posted).toHaveLength(1);
    expect(h.fake.posted[0]!.body.metadata).toEqual({ event_type: 'briefing_digest', event_payload: { key, part: 0 } });
    expect(JSON.stringify(h.fake.posted[0]!.body.blocks)).toMatch(/more parts? not posted here/);
  });

  it('reads no channel history by default: a resend after a crash posts again and says so in the log', async () => {
    const key = 's2@2026-03-29T06:30:00.000Z';
    await h.slack.sender.send('C0NOREAD', digest(), { idempotencyKey: key });
    const reads = h.fake.calls.filter((c) => c.method === 'conversations.history').length;
    await h.slack.sender.send('C0NOREAD', digest(), { idempotencyKey: key, resumeSince: '2020-01-01T00:00:00.000Z' });
    expect(h.fake.calls.filter((c) => c.method === 'conversations.history')).toHaveLength(reads);
    expect(h.fake.posted).toHaveLength(2);
    expect(h.logs.some((l) => String(l.msg).includes('history is not read (SLACK_HISTORY_CHECK off)'))).toBe(true);
  });

  describe('with SLACK_HISTORY_CHECK=true', () => {
    let checked: Harness;
    beforeAll(async () => {
      checked = await startHarness({ service: createFixtureService(), mode: 'http', env: { SLACK_HISTORY_CHECK: 'true' } });
    });
    afterAll(async () => {
      await checked.close();
    });

    it('finds the digest an earlier attempt posted with one read of at most 15 messages, and posts nothing', async () => {
      const key = 's3@2026-03-29T06:30:00.000Z';
      const first = await checked.slack.sender.send('C0READ', digest(), { idempotencyKey: key });
      const resumed = await checked.slack.sender.send('C0READ', digest(), { idempotencyKey: key, resumeSince: '2020-01-01T00:00:00.000Z' });
      expect(resumed.messageId).toBe(first.messageId);
      expect(checked.fake.posted).toHaveLength(1);
      const reads = checked.fake.calls.filter((c) => c.method === 'conversations.history');
      expect(reads).toHaveLength(1);
      expect(Number(reads[0]!.body.limit)).toBe(15);
    });

    it('ignores other keys and posts anyway when the history cannot be read', async () => {
      await checked.slack.sender.send('C0OTHER', digest(), { idempotencyKey: 'other-key' });
      const before = checked.fake.posted.length;
      await checked.slack.sender.send('C0OTHER', digest(), { idempotencyKey: 'k3', resumeSince: '2020-01-01T00:00:00.000Z' });
      checked.fake.historyErrors.set('C0NOHIST', 'missing_scope');
      await checked.slack.sender.send('C0NOHIST', digest(), { idempotencyKey: 'k', resumeSince: '2020-01-01T00:00:00.000Z' });
      expect(checked.fake.posted).toHaveLength(before + 2);
    });
  });

  it.each([
    ['channel_not_found', 'deleted'],
    ['is_archived', 'deleted'],
    ['not_in_channel', 'forbidden'],
    ['missing_scope', 'forbidden'],
    ['restricted_action', 'forbidden'],
  ])('turns %s into ChannelUnavailableError(%s)', async (code, reason) => {
    h.fake.channelErrors.set('C0LOST', code);
    const error = await h.slack.sender.send('C0LOST', digest()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChannelUnavailableError);
    expect((error as ChannelUnavailableError).reason).toBe(reason);
  });

  it('passes other Slack errors on unchanged', async () => {
    h.fake.channelErrors.set('C0ODD', 'msg_too_long');
    const error = await h.slack.sender.send('C0ODD', digest()).catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(ChannelUnavailableError);
    expect((error as { data?: { error?: string } }).data?.error).toBe('msg_too_long');
  });
});
