/**
 * Builds and starts the Bolt app in HTTP mode (Slack POSTs to /slack/events; Bolt checks the
 * signing secret and answers 401 to a wrong or stale signature, and slack-request-guard.ts to one
 * dated in the future) or Socket Mode (the app opens a WebSocket with the app-level token), for one
 * workspace (SLACK_BOT_TOKEN) or many (OAuth: /slack/install, /slack/oauth_redirect, installations
 * kept in the store), with the App Home tab and the subscribe modal, and hands back the channel
 * sender and stop().
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { App, HTTPReceiver, SocketModeReceiver, type webApi } from '@slack/bolt';
import type { BriefingService } from '../../briefing/service.js';
import type { Logger } from '../../logging.js';
import type { ServiceRoute } from '../../service/health-server.js';
import type { Metrics } from '../../service/metrics.js';
import type { InstallationStoreMethods } from '../../store/installations.js';
import type { Subscription } from '../../store/store.js';
import type { RunningPlatform } from '../platform.js';
import { createBoltLogger } from './bolt-logger.js';
import { countingRetries, countRateLimits } from './count-web-api-retries.js';
import { createDeliveryDeduper } from './delivery-deduper.js';
import { registerSlackListeners } from './handle.js';
import { registerHome } from './handle-home.js';
import { createSlackInstallationStore } from './installation-store.js';
import { slackBotScopes } from './scopes.js';
import { createAdminCheck, parseAdminList } from './slack-admin-check.js';
import { createSlackAnswerer } from './slack-answerer.js';
import { createSlackChannelSender, slackErrorCode } from './sender.js';
import { createSlackCommandRoutes } from './slack-command-routes.js';
import { guardPayloads, guardRequestTimestamps, httpRefusalHandler, socketRefusalHandler } from './slack-request-guard.js';
import { createWorkspaceClients } from './workspace-clients.js';

/**
 * Web API retries, set explicitly (the client's default keeps retrying for about 30 minutes). A 429
 * waits for Retry-After and then counts as one retry; 5xx and network errors back off.
 */
export const SLACK_RETRY_POLICY: webApi.RetryOptions = { retries: 4, factor: 2, minTimeout: 500, maxTimeout: 5000 };

/**
 * The Socket Mode connection's own policy for apps.connections.open: patient, because when it gives
 * up during a reconnect the library stops reconnecting. (Its default is 100 tries; this is the same.)
 */
export const SOCKET_RECONNECT_POLICY: webApi.RetryOptions = { retries: 100, factor: 1.3, maxTimeout: 60_000 };

/** Installing the app in many workspaces through OAuth (HTTP mode). */
export interface SlackOAuthOptions {
  clientId: string;
  clientSecret: string;
  stateSecret: string;
  /** Where installations are kept (the bot's store). */
  installations: InstallationStoreMethods;
  /** Slack's authorisation page; only tests change it. */
  authorizationUrl?: string;
}

/** Everything the Slack app needs, already validated. */
export interface SlackAppOptions {
  /** One workspace: its bot token. Absent when `oauth` installs the app in many. */
  botToken?: string;
  oauth?: SlackOAuthOptions;
  /** HTTP mode. */
  signingSecret?: string;
  /** Socket Mode; wins over the signing secret when both are set. */
  appToken?: string;
  /** Web API base URL; Slack's own when absent. */
  apiUrl?: string;
  /** HTTP mode port; 0 picks a free one. */
  port: number;
  /** The one slash command, e.g. /brief. */
  command: string;
  /** Also answer each command on its own (/who, ...), opt-in; `commandPrefix` prefixes them. */
  separateCommands?: boolean;
  commandPrefix?: string;
  /** SLACK_DIGEST_ADMINS as configured. */
  digestAdmins?: string;
  service: BriefingService;
  /** The workspace's digest subscriptions, for the App Home tab; no tab when absent. */
  subscriptionsOf?: (teamId: string | undefined) => Promise<Subscription[]>;
  /** DIGEST_DEFAULT_TIME and TIMEZONE, the subscribe modal's starting values. */
  digestDefaults?: { time: string; timezone: string };
  /** Read the channel before resending a digest after a crash (SLACK_HISTORY_CHECK). */
  historyCheck?: boolean;
  logger: Logger;
  retryConfig?: webApi.RetryOptions;
  /** Where the Web API's 429s and retries are counted. */
  metrics?: Metrics;
  /** Served beside /slack/events in HTTP mode (/healthz, /readyz, /metrics). */
  serviceRoutes?: ServiceRoute[];
}

/** A started Slack app. */
export interface RunningSlack extends RunningPlatform {
  mode: 'http' | 'socket';
  /** The HTTP port in HTTP mode, null in Socket Mode. */
  port: number | null;
  /** Slash command names to register in the app manifest. */
  commandNames: string[];
}

const withTrailingSlash = (url: string): string => (url.endsWith('/') ? url : `${url}/`);

/**
 * Creates, starts and returns the Slack app.
 * @example const slack = await startSlackApp({ botToken, signingSecret, port: 3000, command: '/brief', service, logger });
 */
export async function startSlackApp(options: SlackAppOptions): Promise<RunningSlack> {
  const logger = options.logger.child({ platform: 'slack' });
  const socketMode = Boolean(options.appToken);
  if (!socketMode && !options.signingSecret) {
    throw new Error('Slack needs SLACK_SIGNING_SECRET (HTTP mode) or SLACK_APP_TOKEN (Socket Mode): set one');
  }
  const clientOptions: webApi.WebClientOptions = {
    retryConfig: countingRetries(options.retryConfig ?? SLACK_RETRY_POLICY, options.metrics),
    ...(options.apiUrl ? { slackApiUrl: withTrailingSlash(options.apiUrl) } : {}),
  };
  const boltLogger = createBoltLogger(logger);
  const installationStore = options.oauth ? createSlackInstallationStore(options.oauth.installations) : undefined;
  const oauth =
    options.oauth && installationStore
      ? {
          clientId: options.oauth.clientId,
          clientSecret: options.oauth.clientSecret,
          stateSecret: options.oauth.stateSecret,
          scopes: slackBotScopes(options.historyCheck ?? false),
          installationStore,
          installerOptions: {
            directInstall: true,
            clientOptions,
            ...(options.oauth.authorizationUrl ? { authorizationUrl: options.oauth.authorizationUrl } : {}),
          },
        }
      : {};
  // Both receivers are built here: the WebSocket connection gets its own retry policy, not the Web
  // API one, and the HTTP one gets the checks Bolt leaves out (slack-request-guard.ts).
  const receiver = socketMode
    ? new SocketModeReceiver({
        appToken: options.appToken!,
        logger: boltLogger,
        installerOptions: { clientOptions: { ...clientOptions, retryConfig: SOCKET_RECONNECT_POLICY } },
        processEventErrorHandler: socketRefusalHandler(logger),
      })
    : new HTTPReceiver({
        signingSecret: options.signingSecret!,
        port: options.port,
        customRoutes: options.serviceRoutes ?? [],
        logger: boltLogger,
        processEventErrorHandler: httpRefusalHandler(logger),
        ...oauth,
      });
  if (receiver instanceof HTTPReceiver) guardRequestTimestamps(receiver, logger);
  const app = new App({
    ...(options.botToken ? { token: options.botToken } : {}),
    logger: boltLogger,
    clientOptions,
    deferInitialization: true,
    receiver,
    ...(socketMode ? { socketMode: true } : {}),
  });
  guardPayloads(app);
  countRateLimits(app.client, options.metrics);

  try {
    await app.init();
  } catch (error) {
    const code = slackErrorCode(error) ?? (error instanceof Error ? error.message : String(error));
    throw new Error(`Slack did not accept SLACK_BOT_TOKEN (${code}): check the xoxb- token and SLACK_API_URL`);
  }

  const routes = createSlackCommandRoutes(options.service.commands, {
    main: options.command,
    ...(options.separateCommands ? { separate: true } : {}),
    ...(options.commandPrefix ? { prefix: options.commandPrefix } : {}),
  });
  const clientFor = createWorkspaceClients({ appClient: app.client, ...(installationStore ? { installations: installationStore } : {}), clientOptions });
  const isAdmin = createAdminCheck({ client: clientFor, admins: parseAdminList(options.digestAdmins), logger });
  const answerer = createSlackAnswerer({ service: options.service, routes, logger, clientFor, canManageChannel: isAdmin });
  const home = options.subscriptionsOf
    ? registerHome(app, {
        service: options.service,
        subscriptionsOf: options.subscriptionsOf,
        mayChange: isAdmin,
        defaults: options.digestDefaults ?? { time: '07:30', timezone: 'UTC' },
        command: routes.main,
        logger,
      })
    : undefined;
  registerSlackListeners(app, { routes, answerer, deduper: createDeliveryDeduper(), logger, ...(home ? { home } : {}) });

  let port: number | null = null;
  if (socketMode) {
    try {
      await app.start();
    } catch (error) {
      const code = slackErrorCode(error) ?? (error instanceof Error ? error.message : String(error));
      throw new Error(`Slack Socket Mode did not start (${code}): check SLACK_APP_TOKEN (xapp-, scope connections:write)`);
    }
  } else {
    const server = (await app.start(options.port)) as Server;
    port = (server.address() as AddressInfo).port;
  }
  logger.info({ mode: socketMode ? 'socket' : 'http', port, commands: routes.names, workspaces: options.oauth ? 'oauth' : 'one' }, 'slack app started');

  let stopped = false;
  return {
    mode: socketMode ? 'socket' : 'http',
    port,
    commandNames: routes.names,
    sender: createSlackChannelSender({ clientFor, historyCheck: options.historyCheck ?? false, logger }),
    // HTTP mode is connected while its server listens; Socket Mode while its WebSocket is open.
    connected: () => !stopped && (receiver instanceof SocketModeReceiver ? (receiver.client.websocket?.isActive() ?? false) : true),
    async stop() {
      if (stopped) return;
      stopped = true;
      await app.stop();
      logger.info('slack app stopped');
    },
  };
}
