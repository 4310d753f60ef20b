import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { types } from '@slack/bolt';
import { buttonClickPayload, postSigned, slashCommandFields } from './fake-slack/slack-requests.js';
import { createFixtureService } from './fixture-service.js';
import { createRealService } from './real-service.js';
import { startHarness, type Harness } from './slack-harness.js';

let h: Harness;
let service: ReturnType<typeof createFixtureService>;

type Body = Record<string, unknown>;

async function ask(command: string, text: string): Promise<Body> {
  const { id, url } = h.fake.newResponseUrl();
  await postSigned(h.eventsUrl, slashCommandFields(command, text, { response_url: url }));
  return (await h.fake.waitFor(() => h.fake.responsesTo(id)[0], 'an answer')).body;
}

const buttons = (message: Body): types.Button[] =>
  (message.blocks as types.KnownBlock[]).flatMap((b) => (b.type === 'actions' ? (b.elements as types.Button[]) : []));

const buttonNamed = (message: Body, label: string): types.Button => {
  const found = buttons(message).find((b) => b.text.text === label);
  if (!found) throw new Error(`no "${label}" button in ${JSON.stringify(message.blocks)}`);
  return found;
};

/** Clicks a button as Slack would (a signed block_actions POST); returns the response_url id used. */
async function click(button: types.Button, channelId = 'C0001'): Promise<string> {
  const { id, url } = h.fake.newResponseUrl();
  const payload = buttonClickPayload({ actionId: button.action_id!, value: button.value!, responseUrl: url, channelId });
  const sent = await postSigned(h.eventsUrl, { payload: JSON.stringify(payload) });
  expect(sent.status).toBe(200);
  return id;
}

afterEach(async () => {
  await h.close();
});

describe('Slack buttons, with the real briefing service', () => {
  beforeEach(async () => {
    h = await startHarness({ service: createRealService(), mode: 'http' });
  });

  it('"Share in channel" posts the answer publicly with chat.postMessage and removes the private copy', async () => {
    const answer = await ask('/brief', 'who Ushakov');
    const id = await click(buttonNamed(answer, 'Share in channel'));
    const post = await h.fake.waitFor(() => h.fake.posted[0], 'a channel post');
    expect(post.body.channel).toBe('C0001');
    const blocks = JSON.stringify(post.body.blocks);
    expect(blocks).toContain('outline prospects for further cooperation');
    expect(blocks).toContain('Shared by alice');
    expect(blocks).not.toContain('Share in channel');
    expect(String(post.body.text)).toContain('Yuri Ushakov');
    const cleanup = await h.fake.waitFor(() => h.fake.responsesTo(id)[0], 'the private copy removed');
    expect(cleanup.body).toEqual({ delete_original: true });
  });

  it('shares through the response_url when the bot is not in the channel', async () => {
    h.fake.channelErrors.set('C0PRIVATE', 'not_in_channel');
    const answer = await ask('/brief', 'who Ushakov');
    const id = await click(buttonNamed(answer, 'Share in channel'), 'C0PRIVATE');
    const [shared, cleanup] = await h.fake.waitFor(() => {
      const posts = h.fake.responsesTo(id);
      return posts.length >= 2 ? posts : null;
    }, 'the shared answer and the cleanup');
    expect(shared!.body).toMatchObject({ response_type: 'in_channel', replace_original: false });
    expect(JSON.stringify(shared!.body.blocks)).toContain('outline prospects for further cooperation');
    expect(cleanup!.body).toEqual({ delete_original: true });
    expect(h.fake.posted).toHaveLength(0);
  });

  it('waits out a 429 from chat.postMessage when sharing and posts once', async () => {
    h.fake.rateLimitPostMessage(1, 1);
    const answer = await ask('/brief', 'who Ushakov');
    const id = await click(buttonNamed(answer, 'Share in channel'));
    await h.fake.waitFor(() => h.fake.responsesTo(id)[0], 'the share to finish');
    expect(h.fake.rateLimitedCount).toBe(1);
    expect(h.fake.posted).toHaveLength(1);
  });

  it('shares once when the button is clicked twice', async () => {
    const answer = await ask('/brief', 'who Ushakov');
    const share = buttonNamed(answer, 'Share in channel');
    const first = await click(share);
    await click(share);
    await h.fake.waitFor(() => h.fake.responsesTo(first)[0], 'the first share');
    await ask('/brief', 'help');
    expect(h.fake.posted).toHaveLength(1);
  });

  it('offers several matches as buttons that run the chosen command', async () => {
    const answer = await ask('/brief', 'who Kim');
    expect(buttons(answer).map((b) => b.text.text)).toEqual(expect.arrayContaining(['Kim Jong Un', 'Kim Il Sung']));
    const id = await click(buttonNamed(answer, 'Kim Jong Un'));
    const chosen = (await h.fake.waitFor(() => h.fake.responsesTo(id)[0], 'the chosen answer')).body;
    expect(chosen.replace_original).toBe(true);
    expect((chosen.blocks as types.HeaderBlock[])[0]!.text.text).toBe('Kim Jong Un');
  });
});

describe('Slack buttons, with a fixture service', () => {
  beforeEach(async () => {
    service = createFixtureService();
    h = await startHarness({ service, mode: 'http' });
  });

  it('pages a long answer with Next and Previous, replacing the private message', async () => {
    const first = await ask('/brief', 'who everything');
    const header = (m: Body) => (m.blocks as types.HeaderBlock[])[0]!.text.text;
    expect(header(first)).toMatch(/^Long answer \(1\/\d+\)$/);
    expect(buttons(first).map((b) => b.text.text)).toEqual(['Next \u203a', 'Share in channel']);
    const nextId = await click(buttonNamed(first, 'Next \u203a'));
    const second = (await h.fake.waitFor(() => h.fake.responsesTo(nextId)[0], 'page 2')).body;
    expect(second).toMatchObject({ response_type: 'ephemeral', replace_original: true });
    expect(header(second)).toMatch(/^Long answer \(2\/\d+\)$/);
    expect(JSON.stringify(second.blocks)).not.toContain('Line 1:');
    expect(buttons(second).map((b) => b.text.text)).toContain('\u2039 Previous');
  });

  it('answers a forged or stale button value with a private problem, not a crash', async () => {
    const id = await click({ type: 'button', action_id: 'brief_share', text: { type: 'plain_text', text: 'x' }, value: '{"c":"rm -rf","a":{}}' });
    const problem = (await h.fake.waitFor(() => h.fake.responsesTo(id)[0], 'the problem')).body;
    expect(problem.response_type).toBe('ephemeral');
    expect(JSON.stringify(problem.blocks)).toContain('This button no longer works');
    expect(h.fake.posted).toHaveLength(0);
  });

  it('does not offer to share a command that changes things', async () => {
    const answer = await ask('/brief', 'digest subscribe 08:00');
    expect(buttons(answer)).toHaveLength(0);
    const preview = await ask('/brief', 'digest preview');
    expect(buttons(preview).map((b) => b.text.text)).toEqual(['Share in channel']);
  });
});
