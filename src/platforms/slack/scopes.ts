/**
 * The bot scopes the app asks for when installed through OAuth, the same list as
 * slack-app-manifest.yml (a test keeps them in step). Each is there for one feature:
 * - commands: the /brief slash command;
 * - chat:write: sharing an answer and posting scheduled digests in channels the bot is in;
 * - chat:write.public: posting digests in public channels it has not joined;
 * - users:read: users.info tells whether someone is a workspace admin, who may change digests.
 * No history scopes: a digest resent after a crash does not read the channel (README says what
 * that leaves). SLACK_HISTORY_CHECK=true adds channels:history and groups:history for that check.
 */

/** The scopes every installation gets. */
export const SLACK_BOT_SCOPES = ['commands', 'chat:write', 'chat:write.public', 'users:read'] as const;

/** Added with SLACK_HISTORY_CHECK=true. */
export const SLACK_HISTORY_SCOPES = ['channels:history', 'groups:history'] as const;

/** The scopes to request. */
export function slackBotScopes(historyCheck: boolean): string[] {
  return [...SLACK_BOT_SCOPES, ...(historyCheck ? SLACK_HISTORY_SCOPES : [])];
}
