import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { types } from '@slack/bolt';
import { buttonClickPayload, slashCommandFields } from './fake-slack/slack-requests.js';
import { createRealService } from './real-service.js';
import { startHarness, type Harness } from './slack-harness.js';

let h: Harness;

beforeEach(async () => {
  h = await startHarness({ service: createRealService(), mode: 'socket' });
});
afterEach(async () => {
  await h.close();
});

describe('Slack over Socket Mode, with the real briefing service', () => {
  it('connects with the app token and answers /who Ushakov with the facts in blocks', async () => {
    expect(h.slack.mode).toBe('socket');
    expect(h.fake.calls.find((c) => c.method === 'apps.connections.open')?.token).toBe(h.fake.appToken);
    const { id, url } = h.fake.newResponseUrl();
    const ack = await h.fake.sendEnvelope({ type: 'slash_commands', payload: slashCommandFields('/brief', 'who Ushakov', { response_url: url }) });
    expect(ack.payload ?? {}).toEqual({});
    const answer = (await h.fake.waitFor(() => h.fake.responsesTo(id)[0], 'the answer')).body;
    expect(answer.response_type).toBe('ephemeral');
    const blocks = JSON.stringify(answer.blocks);
    for (const fact of [
      'Yuri Ushakov',
      "Putin's foreign policy adviser",
      'outline prospects for further cooperation',
      'not be directed against any other country',
      'Interfax',
    ]) {
      expect(blocks).toContain(fact);
    }
    expect(blocks).toMatch(/may sign a partnership agreement[^"]* would include security issues/);
    expect(blocks).toContain('Putin vows to support North Korea against the United States — Reuters, June 18, 2024');
  });

  it('acknowledges a retried envelope (retry_attempt) without answering again', async () => {
    const { id, url } = h.fake.newResponseUrl();
    const payload = slashCommandFields('/brief', 'who Ushakov', { response_url: url });
    await h.fake.sendEnvelope({ type: 'slash_commands', payload });
    await h.fake.waitFor(() => h.fake.responsesTo(id)[0], 'the first answer');
    const retryAck = await h.fake.sendEnvelope({ type: 'slash_commands', payload, retry_attempt: 1, retry_reason: 'timeout' });
    expect(retryAck.envelope_id).toBeTruthy();
    const probe = h.fake.newResponseUrl();
    await h.fake.sendEnvelope({ type: 'slash_commands', payload: slashCommandFields('/brief', 'help', { response_url: probe.url }) });
    await h.fake.waitFor(() => h.fake.responsesTo(probe.id)[0], 'the probe answer');
    expect(h.fake.responsesTo(id)).toHaveLength(1);
  });

  it('shares an answer in the channel from a button click', async () => {
    const { id, url } = h.fake.newResponseUrl();
    await h.fake.sendEnvelope({ type: 'slash_commands', payload: slashCommandFields('/brief', 'who Ushakov', { response_url: url }) });
    const answer = (await h.fake.waitFor(() => h.fake.responsesTo(id)[0], 'the answer')).body;
    const share = (answer.blocks as types.ActionsBlock[]).flatMap((b) => b.elements ?? []).find((e) => e.action_id === 'brief_share') as types.Button;
    const click = h.fake.newResponseUrl();
    await h.fake.sendEnvelope({ type: 'interactive', payload: buttonClickPayload({ actionId: 'brief_share', value: share.value!, responseUrl: click.url }) });
    const post = await h.fake.waitFor(() => h.fake.posted[0], 'the channel post');
    expect(JSON.stringify(post.body.blocks)).toContain('outline prospects for further cooperation');
  });

  it('acknowledges a slash command without response_url once, logging one line and no TypeError', async () => {
    const { response_url: _dropped, ...payload } = slashCommandFields('/brief', 'who Ushakov');
    const ack = await h.fake.sendEnvelope({ type: 'slash_commands', payload });
    expect(ack.envelope_id).toBeTruthy();
    const probe = h.fake.newResponseUrl();
    await h.fake.sendEnvelope({ type: 'slash_commands', payload: slashCommandFields('/brief', 'help', { response_url: probe.url }) });
    await h.fake.waitFor(() => h.fake.responsesTo(probe.id)[0], 'the probe answer');
    const troubles = h.logs.filter((l) => Number(l.level) >= 40 || /TypeError/.test(JSON.stringify(l)));
    expect(troubles).toEqual([expect.objectContaining({ msg: 'slack request refused', status: 400 })]);
  });

  it('disconnects on stop', async () => {
    expect(h.fake.socketConnections).toBe(1);
    await h.slack.stop();
    await h.fake.waitFor(() => h.fake.socketConnections === 0, 'the socket to close');
  });
});
