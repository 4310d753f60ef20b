/**
 * Posting a reply to a channel without a user's command: what the scheduler needs from each
 * platform. Each platform implements it with its own renderer and rate limits.
 */
import type { PlatformId } from '../briefing/command.js';
import type { Reply } from '../briefing/reply.js';

/** How a send may be repeated safely after a crash. */
export interface SendOptions {
  /**
   * One key, one message (a scheduled digest uses its subscription and slot): a sender that can
   * de-duplicate on it answers with the message already posted instead of posting a second one.
   */
  idempotencyKey?: string;
  /**
   * Set when an earlier attempt with the same key may have posted before its process died: a
   * sender that can search the channel looks for that attempt's messages posted since this ISO
   * instant before posting anything.
   */
  resumeSince?: string;
  /** The workspace the channel belongs to, for a platform installed in several (Slack). */
  workspaceId?: string;
}

/** Posts replies to channels for the scheduler. */
export interface ChannelSender {
  readonly platform: PlatformId;
  /** Posts the reply; resolves to the platform's message id. */
  send(channelId: string, reply: Reply, options?: SendOptions): Promise<{ messageId: string }>;
}

/**
 * The channel cannot take messages any more: deleted, or the bot lost permission. The scheduler
 * pauses the subscription with this reason instead of retrying.
 */
export class ChannelUnavailableError extends Error {
  constructor(
    readonly reason: 'deleted' | 'forbidden',
    message: string,
  ) {
    super(message);
    this.name = 'ChannelUnavailableError';
  }
}
