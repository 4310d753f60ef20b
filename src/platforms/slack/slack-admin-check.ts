/**
 * Who may change a channel's digest subscription on Slack: users named in SLACK_DIGEST_ADMINS, and
 * workspace admins and owners (asked of users.info, remembered for a few minutes).
 */
import type { webApi } from '@slack/bolt';
import type { Logger } from '../../logging.js';

const CACHE_MS = 5 * 60_000;

/** Reads SLACK_DIGEST_ADMINS: user ids separated by commas or spaces. */
export function parseAdminList(value: string | undefined): Set<string> {
  return new Set(
    (value ?? '')
      .split(/[\s,]+/)
      .map((id) => id.trim().toUpperCase())
      .filter(Boolean),
  );
}

/**
 * Creates the check; it never throws (a failed lookup counts as "not an admin" and is logged).
 * `client` gives the workspace's Web API client (each workspace answers for its own users).
 */
export function createAdminCheck(options: {
  client: (teamId: string | undefined) => Promise<webApi.WebClient>;
  admins: Set<string>;
  logger: Logger;
  now?: () => number;
}): (userId: string, teamId?: string) => Promise<boolean> {
  const now = options.now ?? Date.now;
  const cache = new Map<string, { admin: boolean; until: number }>();
  return async (userId, teamId) => {
    if (options.admins.has(userId.toUpperCase())) return true;
    const key = `${teamId ?? ''}/${userId}`;
    const hit = cache.get(key);
    if (hit && hit.until > now()) return hit.admin;
    let admin = false;
    try {
      const result = await (await options.client(teamId)).users.info({ user: userId });
      admin = Boolean(result.user?.is_admin || result.user?.is_owner || result.user?.is_primary_owner);
    } catch (error) {
      options.logger.warn({ userId, err: error instanceof Error ? error.message : String(error) }, 'slack users.info failed; treating user as non-admin');
    }
    cache.set(key, { admin, until: now() + CACHE_MS });
    return admin;
  };
}
