/**
 * A reply posted publicly (shared, or a scheduled digest) goes out as consecutive messages, at most
 * CHANNEL_MESSAGES_MAX of them, so a long answer never floods a channel.
 */
import type { Reply } from '../../briefing/reply.js';
import { mrkdwnSafe } from './escape-slack-text.js';
import { renderSlackReply, type SlackMessage } from './render.js';
import { CHANNEL_MESSAGES_MAX } from './limits.js';

/**
 * Renders a reply for a channel, marking where the rest was left out; `byline` goes under the
 * first; `max` messages at most (CHANNEL_MESSAGES_MAX by default).
 */
export function renderChannelMessages(reply: Reply, byline?: string, max: number = CHANNEL_MESSAGES_MAX): SlackMessage[] {
  const pages = renderSlackReply(reply);
  const kept = pages.slice(0, Math.max(1, max)).map((p) => ({ text: p.text, blocks: [...p.blocks] }));
  if (byline) {
    kept[0]!.blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: mrkdwnSafe(byline), verbatim: true }] });
  }
  const left = pages.length - kept.length;
  if (left > 0) {
    const note = `${left} more part${left === 1 ? '' : 's'} not posted here: run the command yourself to page through all of it.`;
    kept[kept.length - 1]!.blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: note }] });
  }
  return kept;
}
