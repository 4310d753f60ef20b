/**
 * Posting replies to Slack channels without a user's command (scheduled digests). Rate limits are
 * the Web API client's job: on a 429 it waits for Retry-After and tries again (see the retry policy
 * in create-slack-app.ts). Lost channels become ChannelUnavailableError so the scheduler pauses them.
 */
import type { webApi } from '@slack/bolt';
import type { Reply } from '../../briefing/reply.js';
import { ChannelUnavailableError, type ChannelSender } from '../channel-sender.js';
import { renderChannelMessages } from './channel-messages.js';
import type { SlackMessage } from './render-slack-reply.js';

const DELETED = new Set(['channel_not_found', 'is_archived']);
const FORBIDDEN = new Set(['not_in_channel', 'missing_scope', 'restricted_action']);

/** The Slack error code of a failed Web API call (`channel_not_found`), if it has one. */
export function slackErrorCode(error: unknown): string | undefined {
  const data = (error as { data?: { error?: unknown } } | null)?.data;
  return typeof data?.error === 'string' ? data.error : undefined;
}

/** Posts one message publicly; resolves to its ts. Options keep links from unfurling into previews. */
export async function postChannelMessage(client: webApi.WebClient, channel: string, message: SlackMessage): Promise<string> {
  const result = await client.chat.postMessage({
    channel,
    text: message.text,
    blocks: message.blocks,
    unfurl_links: false,
    unfurl_media: false,
  });
  return result.ts ?? '';
}

/**
 * Creates the Slack ChannelSender.
 * @example await createSlackChannelSender(app.client).send('C123', reply)
 */
export function createSlackChannelSender(client: webApi.WebClient): ChannelSender {
  return {
    platform: 'slack',
    async send(channelId: string, reply: Reply) {
      let first = '';
      try {
        for (const message of renderChannelMessages(reply)) {
          const ts = await postChannelMessage(client, channelId, message);
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
