/**
 * Slack's entry point for `npm start`: reads the Slack part of the configuration and starts the
 * Bolt app (HTTP mode with SLACK_SIGNING_SECRET, Socket Mode with SLACK_APP_TOKEN).
 */
import { ConfigError } from '../../config.js';
import type { PlatformDeps } from '../platform.js';
import { startSlackApp, type RunningSlack } from './create-slack-app.js';

/**
 * Starts the Slack app from configuration.
 * @example const slack = await start({ config, service, logger }); await slack.stop();
 */
export async function start(deps: PlatformDeps): Promise<RunningSlack> {
  const { config } = deps;
  if (!config.SLACK_BOT_TOKEN) {
    throw new ConfigError('SLACK_BOT_TOKEN is missing: set it to the xoxb- token from your Slack app');
  }
  return startSlackApp({
    botToken: config.SLACK_BOT_TOKEN,
    signingSecret: config.SLACK_SIGNING_SECRET,
    appToken: config.SLACK_APP_TOKEN,
    apiUrl: config.SLACK_API_URL,
    port: config.SLACK_PORT,
    commandPrefix: config.SLACK_COMMAND_PREFIX,
    umbrellaCommand: config.SLACK_UMBRELLA_COMMAND,
    digestAdmins: config.SLACK_DIGEST_ADMINS,
    service: deps.service,
    logger: deps.logger,
    ...(deps.metrics ? { metrics: deps.metrics } : {}),
    ...(deps.serviceRoutes ? { serviceRoutes: deps.serviceRoutes } : {}),
  });
}
