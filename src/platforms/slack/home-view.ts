/**
 * The App Home tab: the workspace's digest subscriptions, each with buttons to pause or resume,
 * change (the subscribe modal, filled in) or remove it (after a confirmation), and a button to add
 * one. Pure: subscriptions in, a Block Kit home view out; handle-home.ts publishes it.
 */
import type { types } from '@slack/bolt';
import { fitText } from '../../briefing/fit-text.js';
import type { Subscription } from '../../store/store.js';
import { mrkdwnSafe, plainSafe } from './escape-slack-text.js';
import { VIEW_BLOCKS_MAX } from './limits.js';

/** Action ids of the home tab's buttons; each button's value is the subscription's channel id. */
export const HOME_ACTIONS = {
  pause: 'home_pause',
  resume: 'home_resume',
  change: 'home_change',
  remove: 'home_remove',
  add: 'home_add',
} as const;

/** A home view as views.publish takes it. */
export interface HomeView {
  type: 'home';
  blocks: types.KnownBlock[];
}

/** What the home tab shows besides the subscriptions. */
export interface HomeOptions {
  /** The slash command, e.g. /brief, named in the help line. */
  command: string;
  /** The viewer may change subscriptions (buttons shown); others see the list only. */
  mayChange: boolean;
  /** A line about the last action ("Digest paused in <#C1>", or why it was refused). */
  notice?: string;
}

const button = (actionId: string, text: string, value: string, style?: 'primary' | 'danger'): types.Button => ({
  type: 'button',
  action_id: actionId,
  text: { type: 'plain_text', text, emoji: false },
  value,
  ...(style ? { style } : {}),
});

/** How one subscription reads: "every day at 07:30 Europe/London, about "harbour"; paused: by Ann". */
export function describeSubscription(sub: Subscription): string {
  const about = sub.filter ? `, about "${sub.filter}"` : '';
  const state = sub.status === 'paused' ? ` · paused${sub.pausedReason ? `: ${sub.pausedReason}` : ''}` : ' · active';
  return `every day at ${sub.time} ${sub.timezone}${about}${state}`;
}

// Each subscription takes two blocks (text and buttons); the header, help, notice, title, the
// "more" line and the add button take six.
const MAX_LISTED = Math.floor((VIEW_BLOCKS_MAX - 6) / 2);

/**
 * Builds the home view for a workspace's subscriptions (any order; shown by channel).
 * @example homeView(subs, { command: '/brief', mayChange: true })
 */
export function homeView(subscriptions: readonly Subscription[], options: HomeOptions): HomeView {
  const blocks: types.KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: 'News briefing', emoji: false } },
    {
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: mrkdwnSafe(
            `Ask in any channel: ${options.command} who NAME, ${options.command} quote WORDS, ${options.command} briefing, ${options.command} help.`,
          ),
        },
      ],
    },
  ];
  if (options.notice) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: mrkdwnSafe(fitText(options.notice, 2900)) } });
  blocks.push({ type: 'section', text: { type: 'mrkdwn', text: '*Daily digests in this workspace*' } });
  const sorted = [...subscriptions].sort((a, b) => a.channelId.localeCompare(b.channelId));
  if (sorted.length === 0) {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: mrkdwnSafe('None yet.') } });
  }
  for (const sub of sorted.slice(0, MAX_LISTED)) {
    // <#C123> is Slack's own channel link, built from an id Slack gave us (letters and digits only).
    const channel = /^[A-Z0-9]+$/.test(sub.channelId) ? `<#${sub.channelId}>` : mrkdwnSafe(sub.channelId);
    blocks.push({ type: 'section', block_id: `sub_${sub.channelId}`, text: { type: 'mrkdwn', text: `${channel} ${mrkdwnSafe(describeSubscription(sub))}` } });
    if (!options.mayChange) continue;
    const toggle =
      sub.status === 'paused' ? button(HOME_ACTIONS.resume, 'Resume', sub.channelId, 'primary') : button(HOME_ACTIONS.pause, 'Pause', sub.channelId);
    const remove: types.Button = {
      ...button(HOME_ACTIONS.remove, 'Remove', sub.channelId, 'danger'),
      confirm: {
        title: { type: 'plain_text', text: 'Remove this digest?' },
        text: { type: 'plain_text', text: plainSafe(`The channel will get no more digests ${describeSubscription(sub).split(' · ')[0]}.`) },
        confirm: { type: 'plain_text', text: 'Remove' },
        deny: { type: 'plain_text', text: 'Keep it' },
        style: 'danger',
      },
    };
    blocks.push({ type: 'actions', block_id: `actions_${sub.channelId}`, elements: [toggle, button(HOME_ACTIONS.change, 'Change', sub.channelId), remove] });
  }
  if (sorted.length > MAX_LISTED) {
    blocks.push({
      type: 'context',
      elements: [
        { type: 'mrkdwn', text: `${sorted.length - MAX_LISTED} more not shown: ${mrkdwnSafe(options.command)} digest list in a channel shows its own.` },
      ],
    });
  }
  if (options.mayChange) {
    blocks.push({ type: 'actions', block_id: 'home_add', elements: [button(HOME_ACTIONS.add, 'Add a digest', 'new', 'primary')] });
  } else {
    blocks.push({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: 'Workspace admins and the digest admins named in SLACK_DIGEST_ADMINS can change these.' }],
    });
  }
  return { type: 'home', blocks };
}
