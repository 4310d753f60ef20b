/**
 * Posting replies to Slack channels without a user's command (scheduled digests), with the token of
 * the channel's workspace. Rate limits are the Web API client's job: on a 429 it waits for
 * Retry-After and tries again (see the retry policy in create-slack-app.ts). Lost channels become
 * ChannelUnavailableError so the scheduler pauses them.
 *
 * Slack has no idempotency key for chat.postMessage (it takes no client message id), so exactly
 * once rests on the scheduler's delivery log: claimed before the post, the message ts recorded
 * right after. A keyed reply (a digest) goes out as ONE message, the rest left out with a note, so
 * there is a single post to lose track of; it carries its key as message metadata (event type
 * `briefing_digest`). What is left is the window between Slack accepting that post and the ts being
 * recorded (one HTTP response and one database write): a process dying inside it makes the
 * takeover post the digest again. Closing it needs reading the channel, which this sender does only
 * with `historyCheck` (SLACK_HISTORY_CHECK=true and the channels:history/groups:history scopes): one
 * conversations.history call of 15 messages since the slot, what Slack allows new apps outside its
 * Marketplace once a minute; takeovers are rare, so that is enough.
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
/** Messages read back when looking for a digest an earlier attempt posted (Slack's cap for apps outside its Marketplace). */
const HISTORY_LIMIT = 15;

/** A part of a keyed reply: which key, which part. */
interface PartMarker {
  key: string;
  part: number;
}

/** Posts one message publicly; resolves to its ts. Options keep links from unfurling into previews. */
export async function postChannelMessage(client: webApi.WebClient, channel: string, message: SlackMessage, marker?: PartMarker): Promise<string> {
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

/** The ts of the reply with `key` among the channel's last 15 messages since `since`, if there. */
async function findPosted(client: webApi.WebClient, channel: string, key: string, since: string): Promise<string | undefined> {
  const result = await client.conversations.history({ channel, oldest: slackTs(since), include_all_metadata: true, limit: HISTORY_LIMIT });
  for (const message of result.messages ?? []) {
    const payload = message.metadata?.event_payload as Partial<PartMarker> | undefined;
    if (message.metadata?.event_type === DIGEST_METADATA_EVENT && payload?.key === key && message.ts) return message.ts;
  }
  if (result.has_more) throw new Error(`more than ${HISTORY_LIMIT} messages since ${since}`);
  return undefined;
}

/** How the sender finds its client and whether it may read history. */
export interface SlackSenderOptions {
  /** The client for a workspace (its own token when installed through OAuth). */
  clientFor: (teamId: string | undefined) => Promise<webApi.WebClient>;
  /** Look for the digest among the channel's messages before a resend after a crash (SLACK_HISTORY_CHECK). */
  historyCheck?: boolean;
  logger?: Logger;
}

/**
 * Creates the Slack ChannelSender.
 * @example await createSlackChannelSender({ clientFor }).send('C123', reply, { idempotencyKey: 's1@2026-03-29T06:30:00.000Z', workspaceId: 'T1' })
 */
export function createSlackChannelSender(options: SlackSenderOptions): ChannelSender {
  const { logger } = options;
  /** The ts of an earlier attempt's post, when history may be read and shows one. */
  const earlierPost = async (client: webApi.WebClient, channelId: string, send: SendOptions): Promise<string | undefined> => {
    if (send.idempotencyKey === undefined || send.resumeSince === undefined) return undefined;
    if (!options.historyCheck) {
      logger?.warn({ channelId }, 'resending a digest whose post may have reached Slack before a crash; history is not read (SLACK_HISTORY_CHECK off)');
      return undefined;
    }
    try {
      return await findPosted(client, channelId, send.idempotencyKey, send.resumeSince);
    } catch (error) {
      logger?.warn(
        { channelId, error: slackErrorCode(error) ?? (error instanceof Error ? error.message : String(error)) },
        'could not check the channel for a digest posted before a crash; posting it (it may show twice)',
      );
      return undefined;
    }
  };
  return {
    platform: 'slack',
    async send(channelId: string, reply: Reply, send: SendOptions = {}) {
      let first = '';
      const { idempotencyKey: key } = send;
      try {
        const client = await options.clientFor(send.workspaceId);
        // A keyed reply is one message, so a resend has one post to find (or not) and no parts to match.
        const messages = renderChannelMessages(reply, undefined, key === undefined ? undefined : 1);
        const posted = await earlierPost(client, channelId, send);
        if (posted !== undefined) return { messageId: posted };
        for (const [part, message] of messages.entries()) {
          const ts = await postChannelMessage(client, channelId, message, key === undefined ? undefined : { key, part });
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
