import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { silentLogger } from '../../../src/logging.js';
import { start } from '../../../src/platforms/slack/start.js';
import { startFakeSlack, type FakeSlack } from './fake-slack/fake-slack-server.js';
import { SIGNING_SECRET } from './fake-slack/slack-requests.js';
import { createFixtureService } from './fixture-service.js';

let fake: FakeSlack | undefined;
afterEach(async () => {
  await fake?.close();
});

const startWith = (env: Record<string, string>) =>
  start({ config: loadConfig({ SLACK_API_URL: fake!.apiUrl, SLACK_PORT: '0', ...env }), service: createFixtureService(), logger: silentLogger() });

describe('starting the Slack app', () => {
  it('fails with a message naming SLACK_BOT_TOKEN when Slack rejects the bot token', async () => {
    fake = await startFakeSlack();
    await expect(startWith({ SLACK_BOT_TOKEN: 'xoxb-wrong', SLACK_SIGNING_SECRET: SIGNING_SECRET })).rejects.toThrow(/SLACK_BOT_TOKEN \(invalid_auth\)/);
  });

  it('fails with a message naming SLACK_APP_TOKEN when Slack rejects the app token', async () => {
    fake = await startFakeSlack();
    await expect(startWith({ SLACK_BOT_TOKEN: fake.botToken, SLACK_APP_TOKEN: 'xapp-wrong' })).rejects.toThrow(/SLACK_APP_TOKEN/);
  });

  it('uses the Web API URL given without a trailing slash', async () => {
    fake = await startFakeSlack();
    const slack = await startWith({ SLACK_BOT_TOKEN: fake.botToken, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl.replace(/\/$/, '') });
    expect(slack.mode).toBe('http');
    expect(fake.calls.some((c) => c.method === 'auth.test' && c.token === fake!.botToken)).toBe(true);
    await slack.stop();
    await slack.stop();
  });
});
