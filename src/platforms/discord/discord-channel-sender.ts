/**
 * Posts replies to Discord channels without a user's command (scheduled digests). Each page is
 * one message with a nonce Discord enforces, so a retried request never posts twice; 429s are
 * waited out and 5xx retried by the REST client. With an idempotency key the nonce is derived
 * from it, so another process resending the same digest after a crash gets the message already
 * posted back instead of a second one. Discord remembers nonces only for a few minutes (it says
 * "a short duration"): a resend later than that posts again, which is why the scheduler takes
 * over a dead process's claim as soon as its lease runs out.
 */
import { createHash, randomBytes } from 'node:crypto';
import { DiscordAPIError, Routes, type APIMessage, type REST } from 'discord.js';
import type { Reply } from '../../briefing/reply.js';
import type { Logger } from '../../logging.js';
import { ChannelUnavailableError, type ChannelSender, type SendOptions } from '../channel-sender.js';
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

/** The same 25 hex characters for the same key and page, in every process. */
export function keyedNonce(idempotencyKey: string, page: number): string {
  return createHash('sha256').update(`${idempotencyKey}#${page}`).digest('hex').slice(0, 25);
}

/**
 * A ChannelSender over Discord's REST API. Long replies go out as consecutive messages; the id of
 * the first is returned.
 * @example await createDiscordChannelSender(client.rest, logger).send('123', digestReply)
 */
export function createDiscordChannelSender(rest: REST, logger: Logger): ChannelSender {
  return {
    platform: 'discord',
    async send(channelId: string, reply: Reply, options: SendOptions = {}): Promise<{ messageId: string }> {
      let firstId: string | undefined;
      const { idempotencyKey } = options;
      for (const [page, embeds] of renderReplyPages(reply).entries()) {
        const nonce = idempotencyKey === undefined ? newNonce() : keyedNonce(idempotencyKey, page);
        const body = { embeds, allowed_mentions: NO_MENTIONS, nonce, enforce_nonce: true };
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
