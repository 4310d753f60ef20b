import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_HEALTH_PORT, loadConfig } from '../../src/config.js';

const discord = { DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: '1' };
const slackHttp = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', SLACK_PORT: '3000' };
const slackSocket = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' };

describe('where the health endpoints are served', () => {
  it('serves them on their own port by default in a bot process, and not at all in the console', () => {
    expect(loadConfig(discord).health).toEqual({ port: DEFAULT_HEALTH_PORT });
    expect(loadConfig(slackSocket).health).toEqual({ port: DEFAULT_HEALTH_PORT });
    expect(loadConfig({}).health).toBe('off');
  });

  it("shares Slack's HTTP-mode server unless HEALTH_PORT names another port", () => {
    expect(loadConfig(slackHttp).health).toBe('slack');
    expect(loadConfig({ ...slackHttp, HEALTH_PORT: '3000' }).health).toBe('slack');
    expect(loadConfig({ ...slackHttp, HEALTH_PORT: '9100' }).health).toEqual({ port: 9100 });
  });

  it('takes HEALTH_PORT=off, 0 for a free port, and a port in the console too', () => {
    expect(loadConfig({ ...discord, HEALTH_PORT: 'OFF' }).health).toBe('off');
    expect(loadConfig({ ...discord, HEALTH_PORT: '0' }).health).toEqual({ port: 0 });
    expect(loadConfig({ HEALTH_PORT: '9100' }).health).toEqual({ port: 9100 });
  });

  it('refuses a HEALTH_PORT that is no port, naming the variable and the fix', () => {
    for (const value of ['eighty', '70000', '-1']) {
      expect(() => loadConfig({ HEALTH_PORT: value })).toThrow(ConfigError);
      expect(() => loadConfig({ HEALTH_PORT: value })).toThrow(/^HEALTH_PORT: HEALTH_PORT must be a port number \(0 picks a free one\) or off/);
    }
  });

  it('gives shutdown 10 seconds unless SHUTDOWN_TIMEOUT_MS says otherwise', () => {
    expect(loadConfig({}).SHUTDOWN_TIMEOUT_MS).toBe(10_000);
    expect(loadConfig({ SHUTDOWN_TIMEOUT_MS: '2500' }).SHUTDOWN_TIMEOUT_MS).toBe(2500);
    expect(() => loadConfig({ SHUTDOWN_TIMEOUT_MS: 'soon' })).toThrow(/^SHUTDOWN_TIMEOUT_MS: SHUTDOWN_TIMEOUT_MS must be a non-negative number/);
  });
});
