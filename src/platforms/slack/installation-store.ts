/**
 * Bolt's InstallationStore backed by the bot's own store (the `installations` table, SQLite or
 * PostgreSQL), so a workspace installed through OAuth on one bot process is answered by every
 * process sharing the store, and survives restarts. Keyed by the organisation for an org-wide
 * install, else by the workspace (team).
 */
import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import type { InstallationStoreMethods } from '../../store/installations.js';

const PLATFORM = 'slack';

/** The key of an installation or a query: the organisation for an org-wide install, else the team. */
export function workspaceKey(source: { isEnterpriseInstall?: boolean; enterpriseId?: string | undefined; teamId?: string | undefined }): string | undefined {
  return source.isEnterpriseInstall ? source.enterpriseId : source.teamId;
}

/**
 * Creates the installation store.
 * @example new App({ clientId, clientSecret, stateSecret, installationStore: createSlackInstallationStore(store), ... })
 */
export function createSlackInstallationStore(store: InstallationStoreMethods, now: () => Date = () => new Date()): InstallationStore {
  return {
    async storeInstallation(installation) {
      const enterpriseId = installation.enterprise?.id;
      const key = workspaceKey({ isEnterpriseInstall: installation.isEnterpriseInstall === true, enterpriseId, teamId: installation.team?.id });
      if (!key) throw new Error('Slack installation without a team or enterprise id');
      await store.putInstallation({
        platform: PLATFORM,
        workspaceId: key,
        enterpriseId: enterpriseId ?? null,
        data: JSON.stringify(installation),
        installedAt: now().toISOString(),
      });
    },
    async fetchInstallation(query: InstallationQuery<boolean>) {
      const key = workspaceKey(query);
      const found = key ? await store.getInstallation(PLATFORM, key) : null;
      if (!found) throw new Error(`The app is not installed in Slack workspace ${key ?? '(none given)'}: install it at /slack/install`);
      return JSON.parse(found.data) as Installation<'v1' | 'v2', boolean>;
    },
    async deleteInstallation(query: InstallationQuery<boolean>) {
      const key = workspaceKey(query);
      if (key) await store.deleteInstallation(PLATFORM, key);
    },
  };
}

/** The bot token of a stored installation, if the workspace has one. */
export async function botTokenOf(store: InstallationStore, teamId: string): Promise<string | undefined> {
  try {
    const installation = await store.fetchInstallation({ teamId, enterpriseId: undefined, isEnterpriseInstall: false });
    return installation.bot?.token;
  } catch {
    return undefined;
  }
}
