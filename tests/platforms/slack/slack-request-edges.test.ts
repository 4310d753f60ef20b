import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buttonClickPayload, postSigned, slashCommandFields } from './fake-slack/slack-requests.js';
import { createFixtureService } from './fixture-service.js';
import { startHarness, type Harness } from './slack-harness.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness({ service: createFixtureService(), mode: 'http' });
});
afterEach(async () => {
  await h.close();
});

const nowSeconds = () => Math.floor(Date.now() / 1000);

/** Log lines at warn or above, and any that mention a TypeError or an unhandled error. */
const troubles = () => h.logs.filter((l) => Number(l.level) >= 40 || /TypeError|unhandled error/i.test(JSON.stringify(l)));

/** Proves the app has finished with earlier requests: a later command is answered. */
async function settle(): Promise<void> {
  const { id, url } = h.fake.newResponseUrl();
  await postSigned(h.eventsUrl, slashCommandFields('/brief', 'help', { response_url: url }));
  await h.fake.waitFor(() => h.fake.responsesTo(id)[0], 'an answer to /help');
}

describe('Slack requests signed correctly but dated wrong', () => {
  it.each([
    ['six minutes ahead', 6 * 60],
    ['a day ahead', 24 * 60 * 60],
    ['six minutes behind', -6 * 60],
  ])('refuses one dated %s with 401 and answers nothing', async (_when, offset) => {
    const { id, url } = h.fake.newResponseUrl();
    const sent = await postSigned(h.eventsUrl, slashCommandFields('/brief', 'who Ushakov', { response_url: url }), { timestamp: nowSeconds() + offset });
    expect(sent.status).toBe(401);
    await settle();
    expect(h.fake.responsesTo(id)).toHaveLength(0);
    const refused = h.logs.filter((l) => l.msg === 'slack request refused');
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ status: 401, problem: expect.stringMatching(/more than five minutes/) });
  });

  it('accepts one dated a minute ahead, as a clock a little fast would', async () => {
    const { id, url } = h.fake.newResponseUrl();
    const sent = await postSigned(h.eventsUrl, slashCommandFields('/brief', 'help', { response_url: url }), { timestamp: nowSeconds() + 60 });
    expect(sent.status).toBe(200);
    await h.fake.waitFor(() => h.fake.responsesTo(id)[0], 'an answer');
  });
});

describe('Slack requests missing what the app answers through', () => {
  it('answers a slash command without response_url with 400 and one log line, never a TypeError', async () => {
    const { response_url: _dropped, ...fields } = slashCommandFields('/brief', 'who Ushakov');
    const sent = await postSigned(h.eventsUrl, fields);
    expect(sent.status).toBe(400);
    expect(sent.body).toBe('This slash command has no response_url, so it cannot be answered.');
    await settle();
    expect(troubles()).toEqual([
      expect.objectContaining({ msg: 'slack request refused', status: 400, problem: 'This slash command has no response_url, so it cannot be answered.' }),
    ]);
  });

  it('answers a block_actions payload without a team with 400 and one log line, never a 500', async () => {
    const { url } = h.fake.newResponseUrl();
    const { team: _dropped, ...payload } = buttonClickPayload({ actionId: 'brief_share', value: '{"c":"help","a":{}}', responseUrl: url });
    const sent = await postSigned(h.eventsUrl, { payload: JSON.stringify(payload) });
    expect(sent.status).toBe(400);
    expect(sent.body).toBe('This block_actions payload names no team, so it cannot be answered.');
    await settle();
    expect(troubles()).toEqual([
      expect.objectContaining({ msg: 'slack request refused', status: 400, problem: 'This block_actions payload names no team, so it cannot be answered.' }),
    ]);
  });
});
