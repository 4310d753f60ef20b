import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { postSigned, slashCommandFields } from './fake-slack/slack-requests.js';
import { createFixtureService } from './fixture-service.js';
import { createRealService, defaultArticleText } from './real-service.js';
import { startHarness, type Harness } from './slack-harness.js';

let h: Harness;
let service: ReturnType<typeof createFixtureService>;
let real: ReturnType<typeof createRealService>;

/** Sends a signed slash command; returns the HTTP answer and the id of its response_url. */
async function ask(command: string, text: string, options: Parameters<typeof postSigned>[2] & { fields?: Record<string, string> } = {}) {
  const { id, url } = h.fake.newResponseUrl();
  const result = await postSigned(h.eventsUrl, slashCommandFields(command, text, { response_url: url, ...options.fields }), options);
  return { ...result, id };
}

/** The first message posted to a response_url. */
const answerTo = async (id: string) => (await h.fake.waitFor(() => h.fake.responsesTo(id)[0], `an answer on ${id}`)).body;

/** Proves the app has finished with earlier requests: a later command is answered. */
async function settle(): Promise<void> {
  const probe = await ask('/brief', 'help');
  await answerTo(probe.id);
}

afterEach(async () => {
  await h.close();
});

/** The default article with mention and link syntax written into a sentence about Ushakov. */
const hostileArticle = () =>
  defaultArticleText().replace(
    'quoted Ushakov as saying.',
    'quoted Ushakov as saying. Ushakov told <!channel> and <@U123> to read <https://evil.example|this>.',
  );

describe('Slack over HTTP, with the real briefing service on the default article', () => {
  beforeEach(async () => {
    real = createRealService();
    h = await startHarness({ service: real, mode: 'http' });
  });

  it('acknowledges /who Ushakov at once with an empty body and answers privately with the facts in blocks', async () => {
    const sent = await ask('/brief', 'who Ushakov');
    expect(sent.status).toBe(200);
    expect(sent.body).toBe('');
    const answer = await answerTo(sent.id);
    expect(answer.response_type).toBe('ephemeral');
    const blocks = JSON.stringify(answer.blocks);
    expect(blocks).toContain('Yuri Ushakov');
    expect(blocks).toContain("Putin's foreign policy adviser");
    expect(blocks).toMatch(/may sign a partnership agreement[^"]* would include security issues/);
    expect(blocks).toContain('not be directed against any other country');
    expect(blocks).toContain('outline prospects for further cooperation');
    expect(blocks).toContain('Interfax');
    expect(blocks).toContain('Putin vows to support North Korea against the United States — Reuters, June 18, 2024');
    expect(blocks).toContain('Share in channel');
    expect(answer.text).toContain('Yuri Ushakov');
    expect(JSON.stringify(answer)).not.toMatch(/<[!@#]/);
  });

  it("answers only /brief by default: another app's /who is left alone", async () => {
    expect(h.slack.commandNames).toEqual(['/brief']);
    const sent = await ask('/who', 'Ushakov');
    expect(JSON.stringify((await answerTo(sent.id)).blocks)).toContain('does not know /who');
  });

  it('uses configured names when asked: separate commands with a prefix and a renamed main command, listed under help', async () => {
    await h.close();
    h = await startHarness({
      service: createRealService(),
      mode: 'http',
      env: { SLACK_SEPARATE_COMMANDS: 'true', SLACK_COMMAND_PREFIX: 'news-', SLACK_COMMAND: '/nb' },
    });
    expect(h.slack.commandNames).toContain('/news-who');
    expect(h.slack.commandNames).toContain('/nb');
    const prefixed = await ask('/news-who', 'Ushakov');
    const umbrella = await ask('/nb', 'who Ushakov');
    for (const sent of [prefixed, umbrella]) expect(JSON.stringify((await answerTo(sent.id)).blocks)).toContain('Yuri Ushakov');
    const help = await ask('/nb', 'help');
    expect(JSON.stringify((await answerTo(help.id)).blocks)).toContain('In this workspace: `/news-who`, `/news-quote`');
    const bare = await ask('/who', 'Ushakov');
    expect(JSON.stringify((await answerTo(bare.id)).blocks)).toContain('does not know /who');
  });

  it('rejects a wrong signature and a six-minute-old timestamp with 401 and no answer', async () => {
    const wrong = await ask('/brief', 'who Ushakov', { secret: 'not-the-secret' });
    const stale = await ask('/brief', 'who Ushakov', { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect(wrong.status).toBe(401);
    expect(stale.status).toBe(401);
    await settle();
    expect(h.fake.responsesTo(wrong.id)).toHaveLength(0);
    expect(h.fake.responsesTo(stale.id)).toHaveLength(0);
  });

  it('answers a command Slack delivers twice (x-slack-retry-num) only once', async () => {
    const { id, url } = h.fake.newResponseUrl();
    const fields = slashCommandFields('/brief', 'who Ushakov', { response_url: url });
    const first = await postSigned(h.eventsUrl, fields);
    await answerTo(id);
    const retry = await postSigned(h.eventsUrl, fields, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    expect([first.status, retry.status]).toEqual([200, 200]);
    await settle();
    expect(h.fake.responsesTo(id)).toHaveLength(1);
    expect(h.logs.some((l) => l.msg === 'slack repeated delivery acknowledged without a second answer' && l.retryNum === 1)).toBe(true);
  });

  it('never turns mention syntax typed in an argument into a mention', async () => {
    const sent = await ask('/brief', 'who Ushakov <!channel> <@U123>');
    const answer = JSON.stringify(await answerTo(sent.id), (key, value: unknown) => (key === 'value' ? undefined : value));
    expect(answer).toContain('Yuri Ushakov');
    expect(answer).not.toMatch(/<[!@#]/);
  });

  it('escapes <!channel> and <@U123> that come from an article', async () => {
    await h.close();
    h = await startHarness({ service: createRealService(hostileArticle()), mode: 'http' });
    const sent = await ask('/brief', 'who Ushakov');
    const answer = JSON.stringify(await answerTo(sent.id), (key, value: unknown) => (key === 'value' ? undefined : value));
    expect(answer).toContain('&lt;!channel&gt; and &lt;@U123&gt; to read &lt;https://evil.example|this&gt;');
    expect(answer).not.toMatch(/<[!@#]|<http/);
  });

  it('answers an unknown umbrella word with a private one-line problem', async () => {
    const sent = await ask('/brief', 'frobnicate');
    const answer = await answerTo(sent.id);
    expect(answer.response_type).toBe('ephemeral');
    expect(JSON.stringify(answer.blocks)).toMatch(/Unknown command \\"frobnicate\\"/);
  });

  it('stops: the port no longer accepts commands', async () => {
    await h.slack.stop();
    await expect(fetch(h.eventsUrl, { method: 'POST' })).rejects.toThrow();
  });
});

describe('Slack over HTTP, with a fixture service', () => {
  beforeEach(async () => {
    service = createFixtureService();
    h = await startHarness({ service, mode: 'http' });
  });

  it('escapes <!channel> and <@U123> typed in an argument, even when the service echoes it raw', async () => {
    const sent = await ask('/brief', 'who <!channel> <@U123> <!here|here>');
    // Button values are data Slack hands back on a click, never shown; everything else is text.
    const answer = JSON.stringify(await answerTo(sent.id), (key, value: unknown) => (key === 'value' ? undefined : value));
    expect(answer).toContain('&lt;!channel&gt; &lt;@U123&gt;');
    expect(answer).not.toMatch(/<[!@#]/);
  });

  it('answers with a short message and logs the command when the service fails, never a stack', async () => {
    service.handle = async () => {
      throw new Error('database exploded at secret/path.ts:12');
    };
    const sent = await ask('/brief', 'who Ushakov');
    const answer = JSON.stringify(await answerTo(sent.id));
    expect(answer).toContain('something went wrong');
    expect(answer).not.toMatch(/exploded|secret|\.ts:/);
    const line = await h.fake.waitFor(() => h.logs.find((l) => l.msg === 'slack command failed'), 'the error log line');
    expect(line).toMatchObject({ command: 'who', args: { name: 'Ushakov' }, level: 50 });
  });

  it('tells /digest who may change subscriptions: configured admins and workspace admins', async () => {
    await h.close();
    service = createFixtureService();
    h = await startHarness({ service, mode: 'http', env: { SLACK_DIGEST_ADMINS: 'U0ADMIN, U0OTHER' } });
    h.fake.admins.add('U0WSADMIN');
    for (const user of ['U0001', 'U0ADMIN', 'U0WSADMIN']) {
      const sent = await ask('/brief', 'digest subscribe 08:00', { fields: { user_id: user } });
      await answerTo(sent.id);
    }
    expect(service.inputs.map((i) => [i.user.id, i.user.canManageChannel, i.subcommand, i.args.time])).toEqual([
      ['U0001', false, 'subscribe', '08:00'],
      ['U0ADMIN', true, 'subscribe', '08:00'],
      ['U0WSADMIN', true, 'subscribe', '08:00'],
    ]);
  });
});
