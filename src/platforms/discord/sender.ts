/**
 * Posts replies to Discord channels without a user's command (scheduled digests). Each page is
 * one message with a nonce Discord enforces, so a retried request never posts twice; 429s are
 * waited out and 5xx retried by the REST client. With an idempotency key the nonce is derived
 * from it, and each page carries a ref derived from it in its footer: another process resending
 * the same digest after a crash (`resumeSince`) first reads the channel for pages already posted
 * and posts only the rest, so the digest is posted once however long Discord remembers nonces
 * (a few minutes). Without Read Message History in the channel it says so and relies on the
 * nonce alone, which covers a takeover within those minutes.
 */
import { createHash, randomBytes } from 'node:crypto';
import { DiscordAPIError, Routes, type APIMessage } from 'discord.js';
import type { Reply } from '../../briefing/reply.js';
import type { Logger } from '../../logging.js';
import { ChannelUnavailableError, type ChannelSender, type SendOptions } from '../channel-sender.js';
import { DISCORD_ERROR_CODES } from './limits.js';
import { botUserIdOf, findPostedPages, pageRef, withPageRef, type DiscordRest } from './discord-posted-pages.js';
import { renderReplyPages } from './render.js';
import { NO_MENTIONS } from './reply-view.js';

/** Maps Discord's "no such channel" and "no access" answers to ChannelUnavailableError. */
export function channelError(err: unknown, channelId: string): unknown {
  if (!(err instanceof DiscordAPIError)) return err;
  if (err.code === DISCORD_ERROR_CODES.unknownChannel || err.status === 404) {
    return new ChannelUnavailableError('deleted', `Discord channel ${channelId} no longer exists`);
  }
  if (err.status === 403 || err.code === DISCORD_ERROR_CODES.missingAccess || err.code === DISCORD_ERROR_CODES.missingPermissions) {
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
export function createDiscordChannelSender(rest: DiscordRest, logger: Logger): ChannelSender {
  const botUserId = botUserIdOf(rest);

  /** Pages an earlier attempt with this key posted; none when there was none or they cannot be read. */
  const earlierPages = async (channelId: string, refs: string[], options: SendOptions): Promise<Map<number, string>> => {
    if (options.idempotencyKey === undefined || options.resumeSince === undefined) return new Map();
    try {
      return await findPostedPages(rest, await botUserId(), channelId, refs, options.resumeSince);
    } catch (err) {
      const error = channelError(err, channelId);
      if (error instanceof ChannelUnavailableError && error.reason === 'deleted') throw error;
      logger.warn(
        { channelId, err: err instanceof Error ? err.message : String(err) },
        'could not check the channel for a digest posted before a crash; posting it (it may show twice once Discord has forgotten the nonce)',
      );
      return new Map();
    }
  };

  return {
    platform: 'discord',
    async send(channelId: string, reply: Reply, options: SendOptions = {}): Promise<{ messageId: string }> {
      let firstId: string | undefined;
      const { idempotencyKey: key } = options;
      const pages = renderReplyPages(reply);
      const refs = key === undefined ? [] : pages.map((_, page) => pageRef(key, page));
      const posted = await earlierPages(channelId, refs, options);
      for (const [page, embeds] of pages.entries()) {
        const earlier = posted.get(page);
        if (earlier !== undefined) {
          firstId ??= earlier;
          continue;
        }
        const nonce = key === undefined ? newNonce() : keyedNonce(key, page);
        const marked = key === undefined ? embeds : embeds.map((embed, i) => (i === embeds.length - 1 ? withPageRef(embed, refs[page]!) : embed));
        const body = { embeds: marked, allowed_mentions: NO_MENTIONS, nonce, enforce_nonce: true };
        try {
          const message = (await rest.post(Routes.channelMessages(channelId), { body })) as APIMessage;
          firstId ??= message.id;
        } catch (err) {
          throw channelError(err, channelId);
        }
      }
      logger.info({ channelId, messageId: firstId, pagesFoundPosted: posted.size }, 'posted to channel');
      return { messageId: firstId! };
    },
  };
}
