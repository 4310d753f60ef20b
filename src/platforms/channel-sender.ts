/**
 * Posting a reply to a channel without a user's command: what the scheduler needs from each
 * platform. Each platform implements it with its own renderer and rate limits.
 */
import type { Reply } from '../briefing/reply.js';

export interface ChannelSender {
  readonly platform: 'discord' | 'slack' | 'console';
  /** Posts the reply; resolves to the platform's message id. */
  send(channelId: string, reply: Reply): Promise<{ messageId: string }>;
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
