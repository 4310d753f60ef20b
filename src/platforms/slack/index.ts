/**
 * Slack's entry in the platform registry (src/platforms/index.ts): configured by SLACK_BOT_TOKEN
 * (one workspace) or SLACK_CLIENT_ID (installed in many through OAuth); the adapter (and Bolt) is
 * loaded only when it starts.
 */
import type { PlatformAdapter } from '../platform.js';

/** The Slack adapter. */
export const slackPlatform: PlatformAdapter = {
  id: 'slack',
  configured: (config) => Boolean(config.SLACK_BOT_TOKEN || config.SLACK_CLIENT_ID),
  start: async (deps) => (await import('./start.js')).start(deps),
};
