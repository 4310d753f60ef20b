/**
 * The Web API client for a workspace: with one workspace (SLACK_BOT_TOKEN) always the app's own;
 * installed in many (OAuth), one per workspace made from its stored bot token and kept for reuse.
 * Scheduled digests, sharing and the admin check all post or ask with the right workspace's token.
 */
import { webApi, type InstallationStore } from '@slack/bolt';
import { botTokenOf } from './installation-store.js';

/** Gives the client for a team id (undefined: the app's own). */
export type ClientFor = (teamId: string | undefined) => Promise<webApi.WebClient>;

/**
 * Creates the lookup.
 * @example const clientFor = createWorkspaceClients({ appClient: app.client, installations, clientOptions })
 */
export function createWorkspaceClients(options: {
  appClient: webApi.WebClient;
  /** OAuth mode's installations; absent with a single SLACK_BOT_TOKEN. */
  installations?: InstallationStore;
  clientOptions: webApi.WebClientOptions;
}): ClientFor {
  const clients = new Map<string, webApi.WebClient>();
  return async (teamId) => {
    if (!options.installations || !teamId) return options.appClient;
    const token = await botTokenOf(options.installations, teamId);
    if (!token) throw new Error(`The app is not installed in Slack workspace ${teamId}: install it at /slack/install`);
    let client = clients.get(token);
    if (!client) clients.set(token, (client = new webApi.WebClient(token, options.clientOptions)));
    return client;
  };
}
