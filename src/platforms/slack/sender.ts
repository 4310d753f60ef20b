/**
 * Posting replies to Slack channels without a user's command (scheduled digests). Rate limits are
 * the Web API client's job: on a 429 it waits for Retry-After and tries again (see the retry policy
 * in create-slack-app.ts). Lost channels become ChannelUnavailableError so the scheduler pauses them.
 *
 * Slack has no idempotency key for chat.postMessage, so a keyed reply carries it as message
 * metadata (event type `briefing_digest`, payload `{ key, part }`), and a resend after a crash
 * (`resumeSince`) first reads conversations.history for parts already posted and posts only the
 * rest. What is left: the lookup needs the channels:history (groups:history for private channels)
 * scope and the bot in the channel; without them, or when more than HISTORY_PAGES_MAX pages of
 * messages came after the slot, it logs why and posts, so a crash between Slack accepting a part
 * and the delivery being recorded can then still show that part twice.
 */
import type { webApi } from '@slack/bolt';
import type { Reply } from '../../briefing/reply.js';
import type { Logger } from '../../logging.js';
import { ChannelUnavailableError, type ChannelSender, type SendOptions } from '../channel-sender.js';
import { renderChannelMessages } from './channel-messages.js';
import type { SlackMessage } from './render.js';

const DELETED = new Set(['channel_not_found', 'is_archived']);
const FORBIDDEN = new Set(['not_in_channel', 'missing_scope', 'restricted_action']);

/** The Slack error code of a failed Web API call (`channel_not_found`), if it has one. */
export function slackErrorCode(error: unknown): string | undefined {
  const data = (error as { data?: { error?: unknown } } | null)?.data;
  return typeof data?.error === 'string' ? data.error : undefined;
}

/** The metadata event type that marks a part of a keyed reply (a scheduled digest). */
export const DIGEST_METADATA_EVENT = 'briefing_digest';
/** Pages of 200 messages read back when looking for parts an earlier attempt posted. */
const HISTORY_PAGES_MAX = 10;

/** A part of a keyed reply: which key, which part. */
interface PartMarker {
  key: string;
  part: number;
}

/** Posts one message publicly; resolves to its ts. Options keep links from unfurling into previews. */
export async function postChannelMessage(
  client: webApi.WebClient,
  channel: string,
  message: SlackMessage,
  marker?: PartMarker,
): Promise<string> {
  const result = await client.chat.postMessage({
    channel,
    text: message.text,
    blocks: message.blocks,
    unfurl_links: false,
    unfurl_media: false,
    ...(marker ? { metadata: { event_type: DIGEST_METADATA_EVENT, event_payload: { key: marker.key, part: marker.part } } } : {}),
  });
  return result.ts ?? '';
}

/** Slack's ts form of an ISO instant, for conversations.history's `oldest`. */
const slackTs = (iso: string): string => (Date.parse(iso) / 1000).toFixed(6);

/** Parts of the reply with `key` already in the channel since `since`: part number -> ts. */
async function findPostedParts(client: webApi.WebClient, channel: string, key: string, since: string): Promise<Map<number, string>> {
  const found = new Map<number, string>();
  let cursor: string | undefined;
  for (let page = 0; page < HISTORY_PAGES_MAX; page++) {
    const result = await client.conversations.history({
      channel,
      oldest: slackTs(since),
      include_all_metadata: true,
      limit: 200,
      ...(cursor ? { cursor } : {}),
    });
    for (const message of result.messages ?? []) {
      const payload = message.metadata?.event_payload as Partial<PartMarker> | undefined;
      if (message.metadata?.event_type !== DIGEST_METADATA_EVENT || payload?.key !== key || !message.ts) continue;
      found.set(Number(payload.part), message.ts);
    }
    cursor = result.response_metadata?.next_cursor || undefined;
    if (!cursor || !result.has_more) return found;
  }
  throw new Error(`more than ${HISTORY_PAGES_MAX * 200} messages since ${since}`);
}

/**
 * Creates the Slack ChannelSender; `logger` hears why a resend could not check for earlier parts.
 * @example await createSlackChannelSender(app.client).send('C123', reply, { idempotencyKey: 's1@2026-03-29T06:30:00.000Z' })
 */
export function createSlackChannelSender(client: webApi.WebClient, logger?: Logger): ChannelSender {
  /** Parts an earlier attempt posted; none when there was no earlier attempt or they cannot be read. */
  const earlierParts = async (channelId: string, options: SendOptions): Promise<Map<number, string>> => {
    if (options.idempotencyKey === undefined || options.resumeSince === undefined) return new Map();
    try {
      return await findPostedParts(client, channelId, options.idempotencyKey, options.resumeSince);
    } catch (error) {
      logger?.warn(
        { channelId, error: slackErrorCode(error) ?? (error instanceof Error ? error.message : String(error)) },
        'could not check the channel for a digest posted before a crash; posting it (it may show twice)',
      );
      return new Map();
    }
  };
  return {
    platform: 'slack',
    async send(channelId: string, reply: Reply, options: SendOptions = {}) {
      let first = '';
      const { idempotencyKey: key } = options;
      try {
        const posted = await earlierParts(channelId, options);
        for (const [part, message] of renderChannelMessages(reply).entries()) {
          const ts = posted.get(part) ?? (await postChannelMessage(client, channelId, message, key === undefined ? undefined : { key, part }));
          first ||= ts;
        }
      } catch (error) {
        const code = slackErrorCode(error);
        if (code && DELETED.has(code)) throw new ChannelUnavailableError('deleted', `Slack channel ${channelId}: ${code}`);
        if (code && FORBIDDEN.has(code)) throw new ChannelUnavailableError('forbidden', `Slack channel ${channelId}: ${code}`);
        throw error;
      }
      return { messageId: first };
    },
  };
}
