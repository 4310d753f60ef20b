/**
 * Posts replies to Discord channels without a user's command (scheduled digests). Each page is
 * one message with a nonce Discord enforces, so a retried request never posts twice; 429s are
 * waited out and 5xx retried by the REST client.
 */
import { randomBytes } from 'node:crypto';
import { DiscordAPIError, Routes, type APIMessage, type REST } from 'discord.js';
import type { Reply } from '../../briefing/reply.js';
import type { Logger } from '../../logging.js';
import { ChannelUnavailableError, type ChannelSender } from '../channel-sender.js';
import { DISCORD_ERROR_CODES } from './discord-limits.js';
import { renderReplyPages } from './render-reply.js';
import { NO_MENTIONS } from './reply-view.js';

/** Maps Discord's "no such channel" and "no access" answers to ChannelUnavailableError. */
export function channelError(err: unknown, channelId: string): unknown {
  if (!(err instanceof DiscordAPIError)) return err;
  if (err.code === DISCORD_ERROR_CODES.unknownChannel || err.status === 404) {
    return new ChannelUnavailableError('deleted', `Discord channel ${channelId} no longer exists`);
  }
  if (
    err.status === 403 ||
    err.code === DISCORD_ERROR_CODES.missingAccess ||
    err.code === DISCORD_ERROR_CODES.missingPermissions
  ) {
    return new ChannelUnavailableError('forbidden', `The bot may not post in Discord channel ${channelId}`);
  }
  return err;
}

/** A nonce Discord accepts (at most 25 characters). */
const newNonce = (): string => randomBytes(12).toString('hex');

/**
 * A ChannelSender over Discord's REST API. Long replies go out as consecutive messages; the id of
 * the first is returned.
 * @example await createDiscordChannelSender(client.rest, logger).send('123', digestReply)
 */
export function createDiscordChannelSender(rest: REST, logger: Logger): ChannelSender {
  return {
    platform: 'discord',
    async send(channelId: string, reply: Reply): Promise<{ messageId: string }> {
      let firstId: string | undefined;
      for (const embeds of renderReplyPages(reply)) {
        const body = { embeds, allowed_mentions: NO_MENTIONS, nonce: newNonce(), enforce_nonce: true };
        try {
          const message = (await rest.post(Routes.channelMessages(channelId), { body })) as APIMessage;
          firstId ??= message.id;
        } catch (err) {
          throw channelError(err, channelId);
        }
      }
      logger.info({ channelId, messageId: firstId }, 'posted to channel');
      return { messageId: firstId! };
    },
  };
}
