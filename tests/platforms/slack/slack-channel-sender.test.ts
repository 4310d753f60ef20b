import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/briefing/reply.js';
import { ChannelUnavailableError } from '../../../src/platforms/channel-sender.js';
import { CHANNEL_MESSAGES_MAX } from '../../../src/platforms/slack/slack-limits.js';
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
