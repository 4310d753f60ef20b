/**
 * Slack's entry point for `npm start`: reads the Slack part of the configuration and starts the
 * Bolt app (HTTP mode with SLACK_SIGNING_SECRET, Socket Mode with SLACK_APP_TOKEN), for one
 * workspace (SLACK_BOT_TOKEN) or many (SLACK_CLIENT_ID: OAuth, installations in the store), with
 * the App Home tab listing the workspace's digests when the store is given.
 */
import { ConfigError } from '../../config.js';
import type { Store } from '../../store/store.js';
import type { PlatformDeps } from '../platform.js';
import { startSlackApp, type RunningSlack } from './create-slack-app.js';

/** The Slack subscriptions of a workspace; with one workspace, also those made before workspaces were recorded. */
export function workspaceSubscriptions(store: Pick<Store, 'listSubscriptions'>, oneWorkspace: boolean) {
  return async (teamId: string | undefined) =>
    (await store.listSubscriptions()).filter((s) => s.platform === 'slack' && (s.workspaceId === teamId || (oneWorkspace && (s.workspaceId ?? null) === null)));
}

/**
 * Starts the Slack app from configuration.
 * @example const slack = await start({ config, service, logger, store }); await slack.stop();
 */
export async function start(deps: PlatformDeps): Promise<RunningSlack> {
  const { config, store } = deps;
  if (!config.SLACK_BOT_TOKEN && !config.SLACK_CLIENT_ID) {
    throw new ConfigError('SLACK_BOT_TOKEN is missing: set it to the xoxb- token from your Slack app (or SLACK_CLIENT_ID to install it in many workspaces)');
  }
  if (config.SLACK_CLIENT_ID && !store) throw new ConfigError('SLACK_CLIENT_ID needs the store to keep installations in');
  const oauth =
    config.SLACK_CLIENT_ID && store
      ? { clientId: config.SLACK_CLIENT_ID, clientSecret: config.SLACK_CLIENT_SECRET!, stateSecret: config.SLACK_STATE_SECRET!, installations: store }
      : undefined;
  return startSlackApp({
    ...(config.SLACK_BOT_TOKEN ? { botToken: config.SLACK_BOT_TOKEN } : {}),
    ...(oauth ? { oauth } : {}),
    signingSecret: config.SLACK_SIGNING_SECRET,
    appToken: config.SLACK_APP_TOKEN,
    apiUrl: config.SLACK_API_URL,
    port: config.SLACK_PORT,
    command: config.SLACK_COMMAND,
    separateCommands: config.SLACK_SEPARATE_COMMANDS,
    commandPrefix: config.SLACK_COMMAND_PREFIX,
    digestAdmins: config.SLACK_DIGEST_ADMINS,
    historyCheck: config.SLACK_HISTORY_CHECK,
    digestDefaults: { time: config.DIGEST_DEFAULT_TIME, timezone: config.TIMEZONE },
    ...(store ? { subscriptionsOf: workspaceSubscriptions(store, !oauth) } : {}),
    service: deps.service,
    logger: deps.logger,
    ...(deps.metrics ? { metrics: deps.metrics } : {}),
    ...(deps.serviceRoutes ? { serviceRoutes: deps.serviceRoutes } : {}),
  });
}
