/**
 * Starts the real Slack app (through `start`, as `npm start` does) against the local fake Slack,
 * in HTTP mode or Socket Mode, with a logger whose lines the test can read.
 */
import { loadConfig } from '../../../src/config.js';
import type { BriefingService } from '../../../src/briefing/service.js';
import type { RunningSlack } from '../../../src/platforms/slack/create-slack-app.js';
import { start } from '../../../src/platforms/slack/start-slack.js';
import { startFakeSlack, type FakeSlack } from './fake-slack/fake-slack-server.js';
import { SIGNING_SECRET } from './fake-slack/slack-requests.js';
import { memoryLogger } from '../../fixtures/memory-logger.js';

export { memoryLogger };

export interface Harness {
  fake: FakeSlack;
  slack: RunningSlack;
  /** Where Slack POSTs in HTTP mode. */
  eventsUrl: string;
  /** Every log line, parsed. */
  logs: Array<Record<string, unknown>>;
  close(): Promise<void>;
}

/** Starts the fake and the app; `env` adds or overrides configuration. */
export async function startHarness(options: {
  service: BriefingService;
  mode: 'http' | 'socket';
  env?: Record<string, string>;
}): Promise<Harness> {
  const fake = await startFakeSlack();
  const { logger, logs } = memoryLogger();
  const config = loadConfig({
    SLACK_BOT_TOKEN: fake.botToken,
    SLACK_API_URL: fake.apiUrl,
    SLACK_PORT: '0',
    ...(options.mode === 'http' ? { SLACK_SIGNING_SECRET: SIGNING_SECRET } : { SLACK_APP_TOKEN: fake.appToken }),
    ...options.env,
  });
  const slack = await start({ config, service: options.service, logger });
  return {
    fake,
    slack,
    eventsUrl: `http://127.0.0.1:${slack.port ?? 0}/slack/events`,
    logs,
    async close() {
      await slack.stop();
      await fake.close();
    },
  };
}
