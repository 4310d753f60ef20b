import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseArticle } from '../../../src/article/parse-article.js';
import { corpusOver } from '../../support/corpus-over.js';
import { createBriefingService } from '../../../src/briefing/create-briefing-service.js';
import { silentLogger } from '../../../src/logging.js';
import { createDigestFeature } from '../../../src/schedule/start-digests.js';
import { createSqliteStore } from '../../../src/store/sqlite-store.js';
import type { Store } from '../../../src/store/store.js';
import {
  blockSuggestionPayload,
  buttonClickPayload,
  homeOpenedEvent,
  postSigned,
  postSignedJson,
  slashCommandFields,
  viewButtonPayload,
  viewSubmissionPayload,
} from './fake-slack/slack-requests.js';
import { startHarness, type Harness } from './slack-harness.js';
import { countCommand } from '../../fixtures/count-command.js';

const STORY = 'tests/fixtures/articles/wire-harbour-strike.txt';
type Body = Record<string, any>;

let h: Harness;
let store: Store;

/** The real service over an invented story, with digest subscriptions in `store`. */
async function realService() {
  store = createSqliteStore(':memory:');
  await store.migrate();
  const config = { DIGEST_DEFAULT_TIME: '07:30', TIMEZONE: 'UTC', SLACK_DIGEST_ADMINS: 'U0001', DIGEST_CATCHUP_HOURS: 6 };
  const digests = createDigestFeature({ config, store, logger: silentLogger() });
  const corpus = corpusOver([parseArticle(readFileSync(STORY, 'utf8'), { source: STORY })]).corpus;
  return createBriefingService({ corpus, logger: silentLogger(), subscriptions: digests.subscriptions, extraCommands: [countCommand] });
}

async function command(text: string, fields: Record<string, string> = {}): Promise<{ id: string; status: number }> {
  const { id, url } = h.fake.newResponseUrl();
  const sent = await postSigned(h.eventsUrl, slashCommandFields('/brief', text, { response_url: url, ...fields }));
  return { id, status: sent.status };
}
const answerTo = async (id: string): Promise<Body> => (await h.fake.waitFor(() => h.fake.responsesTo(id)[0], 'an answer')).body;
const interact = (payload: unknown) => postSigned(h.eventsUrl, { payload: JSON.stringify(payload) });
const lastPublished = () => h.fake.views.filter((v) => v.method === 'views.publish').at(-1);
const homeText = (view: Body | undefined) => JSON.stringify(view?.body.view ?? {});

afterEach(async () => {
  await h?.close();
  await store?.close();
});

describe('Slack in one workspace: the App Home tab and the subscribe modal', () => {
  beforeEach(async () => {
    const service = await realService();
    h = await startHarness({ service, mode: 'http', store, env: { SLACK_DIGEST_ADMINS: 'U0001' } });
    // A digest for #news, as a digest admin typed it.
    await answerTo((await command('digest subscribe 08:00 Europe/Oslo Achterberg', { user_id: 'U0001' })).id);
  });

  it('publishes the workspace subscriptions with pause, change and remove buttons when the tab opens', async () => {
    const sent = await postSignedJson(h.eventsUrl, homeOpenedEvent());
    expect(sent.status).toBe(200);
    const published = await h.fake.waitFor(() => lastPublished(), 'views.publish');
    expect(published.body.user_id).toBe('U0001');
    const view = homeText(published);
    expect(view).toContain('<#C0001> every day at 08:00 Europe/Oslo, about \\"Achterberg\\" · active');
    for (const action of ['home_pause', 'home_change', 'home_remove', 'home_add']) expect(view).toContain(action);
  });

  it('shows a member who may not change digests the list without buttons', async () => {
    await postSignedJson(h.eventsUrl, homeOpenedEvent({ userId: 'U0PLAIN' }));
    const view = homeText(await h.fake.waitFor(() => lastPublished(), 'views.publish'));
    expect(view).toContain('every day at 08:00 Europe/Oslo');
    expect(view).not.toContain('home_pause');
  });

  it('pauses, resumes and removes a digest from the tab, showing what it did', async () => {
    await interact(viewButtonPayload({ actionId: 'home_pause', value: 'C0001' }));
    await h.fake.waitFor(() => homeText(lastPublished()).includes('Digest paused'), 'the tab after pausing');
    expect(await store.getSubscription('slack', 'C0001')).toMatchObject({ status: 'paused', workspaceId: 'T0001' });
    expect(homeText(lastPublished())).toContain('home_resume');
    await interact(viewButtonPayload({ actionId: 'home_resume', value: 'C0001' }));
    await h.fake.waitFor(() => homeText(lastPublished()).includes('Digest resumed'), 'the tab after resuming');
    await interact(viewButtonPayload({ actionId: 'home_remove', value: 'C0001' }));
    await h.fake.waitFor(() => homeText(lastPublished()).includes('Digest subscription ended'), 'the tab after removing');
    expect(await store.getSubscription('slack', 'C0001')).toBeNull();
    expect(homeText(lastPublished())).toContain('None yet.');
  });

  it('refuses a change from the tab by someone who may not, and changes nothing', async () => {
    await interact(viewButtonPayload({ actionId: 'home_remove', value: 'C0001', userId: 'U0PLAIN' }));
    await h.fake.waitFor(() => homeText(lastPublished()).includes('Not done: Only a workspace admin'), 'the refusal');
    expect(await store.getSubscription('slack', 'C0001')).not.toBeNull();
  });

  it('opens the modal filled in with the digest when "Change" is clicked', async () => {
    await interact(viewButtonPayload({ actionId: 'home_change', value: 'C0001' }));
    const opened = await h.fake.waitFor(() => h.fake.views.find((v) => v.method === 'views.open'), 'views.open');
    const view = opened.body.view as Body;
    expect(view).toMatchObject({ type: 'modal', callback_id: 'brief_subscribe', submit: { text: 'Save' } });
    const elements = (view.blocks as Body[]).filter((b) => b.type === 'input').map((b) => b.element);
    expect(elements).toEqual([
      expect.objectContaining({ type: 'timepicker', initial_time: '08:00' }),
      expect.objectContaining({ type: 'external_select', initial_option: expect.objectContaining({ value: 'Europe/Oslo' }) }),
      expect.objectContaining({ type: 'plain_text_input', initial_value: 'Achterberg' }),
    ]);
  });

  it('opens the modal for /brief digest subscribe typed with nothing after it', async () => {
    const sent = await command('digest subscribe', { channel_id: 'C0NEW', user_id: 'U0001' });
    expect(sent.status).toBe(200);
    const opened = await h.fake.waitFor(() => h.fake.views.find((v) => v.method === 'views.open'), 'views.open');
    expect(JSON.parse((opened.body.view as Body).private_metadata)).toEqual({ c: 'C0NEW', t: 'T0001', h: false });
    expect(h.fake.responsesTo(sent.id)).toEqual([]);
  });

  it('shows the next items of a list cut short with a "More" button, replacing the private answer', async () => {
    const first = await answerTo((await command('count')).id);
    expect(JSON.stringify(first.blocks)).toContain('12 items. Showing 1–5 of 12.');
    const more = (first.blocks as Body[]).flatMap((b) => (b.type === 'actions' ? b.elements : [])).find((e: Body) => e.action_id === 'brief_more');
    expect(more.text.text).toBe('5 more items');
    const { id, url } = h.fake.newResponseUrl();
    await interact(buttonClickPayload({ actionId: 'brief_more', value: more.value, responseUrl: url }));
    const next = await answerTo(id);
    expect(next.replace_original).toBe(true);
    expect(JSON.stringify(next.blocks)).toContain('12 items. Showing 6–10 of 12.');
  });

  it('fills the time-zone menu from the IANA list as the user types', async () => {
    const sent = await interact(blockSuggestionPayload({ actionId: 'timezone', value: 'tokyo' }));
    expect(sent.status).toBe(200);
    const options = JSON.parse(sent.body).options as Array<{ value: string }>;
    expect(options[0]).toMatchObject({ value: 'Asia/Tokyo' });
  });

  it('subscribes a channel from the submitted modal, and shows a refusal under the field', async () => {
    const values = (time: string, zone: string) => ({
      time: { time: { type: 'timepicker', selected_time: time } },
      timezone: { timezone: { type: 'external_select', selected_option: { text: { type: 'plain_text', text: zone }, value: zone } } },
      filter: { filter: { type: 'plain_text_input', value: 'dockworkers' } },
    });
    const metadata = JSON.stringify({ c: 'C0MODAL', t: 'T0001', h: false });
    const ok = await interact(viewSubmissionPayload({ callbackId: 'brief_subscribe', privateMetadata: metadata, values: values('06:45', 'Asia/Tokyo') }));
    expect(ok.status).toBe(200);
    expect(ok.body).toBe('');
    expect(await store.getSubscription('slack', 'C0MODAL')).toMatchObject({
      time: '06:45',
      timezone: 'Asia/Tokyo',
      filter: 'dockworkers',
      workspaceId: 'T0001',
    });
    const bad = await interact(viewSubmissionPayload({ callbackId: 'brief_subscribe', privateMetadata: metadata, values: values('06:45', 'Mars/Olympus') }));
    expect(JSON.parse(bad.body)).toEqual({ response_action: 'errors', errors: { timezone: expect.stringMatching(/not a time zone I know/) } });
  });
});

describe('Slack installed through OAuth in many workspaces', () => {
  beforeEach(async () => {
    const service = await realService();
    h = await startHarness({ service, mode: 'http', store, oauth: true });
  });

  /** Goes through /slack/install and /slack/oauth_redirect as a browser would; returns the last response. */
  async function install(teamId: string): Promise<Response> {
    const base = h.eventsUrl.replace('/slack/events', '');
    const start = await fetch(`${base}/slack/install`, { redirect: 'manual' });
    expect(start.status).toBe(302);
    const state = new URL(start.headers.get('location')!).searchParams.get('state')!;
    const cookie = start.headers.get('set-cookie')!.split(';')[0]!;
    return fetch(`${base}/slack/oauth_redirect?code=${h.fake.issueCode(teamId)}&state=${encodeURIComponent(state)}`, { headers: { cookie } });
  }

  it('installs into a workspace, keeps the installation in the store, and answers a command there', async () => {
    const done = await install('T0002');
    expect(done.status).toBe(200);
    const stored = await store.getInstallation('slack', 'T0002');
    expect(JSON.parse(stored!.data)).toMatchObject({ team: { id: 'T0002' }, bot: { token: 'xoxb-t0002-token' } });
    const sent = await command('who Achterberg', { team_id: 'T0002', channel_id: 'C2000' });
    expect(JSON.stringify((await answerTo(sent.id)).blocks)).toContain('Rosalind Achterberg');
  });

  it('answers nothing in a workspace it is not installed in', async () => {
    const sent = await command('who Achterberg', { team_id: 'T0404' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(h.fake.responsesTo(sent.id)).toEqual([]);
  });

  it("posts a second workspace's digest with that workspace's own token", async () => {
    await install('T0002');
    await store.putSubscription({
      id: 'sub-t2',
      platform: 'slack',
      channelId: 'C2000',
      workspaceId: 'T0002',
      time: '07:30',
      timezone: 'UTC',
      filter: null,
      status: 'active',
      pausedReason: null,
      createdBy: 'U2',
      createdAt: '2026-03-01T00:00:00.000Z',
      lastDeliveredAt: null,
    });
    const reply = await createBriefingService({ corpus: corpusOver([]).corpus, logger: silentLogger() }).handle({
      command: 'help',
      args: {},
      user: { id: 'u', name: 'u' },
      channel: { id: 'c' },
      platform: 'slack',
    });
    await h.slack.sender.send('C2000', reply, { idempotencyKey: 'sub-t2@2026-03-02T07:30:00.000Z', workspaceId: 'T0002' });
    expect(h.fake.posted.at(-1)).toMatchObject({ token: 'xoxb-t0002-token', body: { channel: 'C2000' } });
  });
});
