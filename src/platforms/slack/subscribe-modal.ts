/**
 * The subscribe modal: a time picker, a time-zone menu (an external select: Slack asks the app for
 * options as the user types, from the IANA list), an optional filter, and a channel picker when it
 * was opened from the App Home tab. Pure: the view to open, and the subscribe arguments read back
 * from a view_submission.
 */
import type { types } from '@slack/bolt';
import { z } from 'zod';
import { plainSafe } from './escape-slack-text.js';
import { PRIVATE_METADATA_MAX } from './limits.js';

/** The modal's callback id and the ids of its inputs (block and action ids alike). */
export const SUBSCRIBE_MODAL = {
  callbackId: 'brief_subscribe',
  channel: 'channel',
  time: 'time',
  timezone: 'timezone',
  filter: 'filter',
} as const;

/** Where the modal came from, carried in private_metadata. */
export interface ModalOrigin {
  /** The channel it subscribes; absent when the user picks one (opened from App Home). */
  channelId?: string;
  teamId?: string;
  /** Refresh the App Home tab after submitting. */
  fromHome: boolean;
}

/** What the modal starts with. */
export interface ModalDefaults {
  time: string;
  timezone: string;
  filter?: string | null;
  /** "Change" rather than "Subscribe". */
  changing?: boolean;
}

const metadataSchema = z.object({ c: z.string().max(64).optional(), t: z.string().max(64).optional(), h: z.boolean() });

const text = (value: string): types.PlainTextElement => ({ type: 'plain_text', text: value, emoji: false });

/**
 * The modal view for views.open.
 * @example subscribeModal({ channelId: 'C1', fromHome: false }, { time: '07:30', timezone: 'UTC' })
 */
export function subscribeModal(origin: ModalOrigin, defaults: ModalDefaults): types.ModalView {
  const blocks: types.KnownBlock[] = [];
  if (origin.channelId === undefined) {
    blocks.push({
      type: 'input',
      block_id: SUBSCRIBE_MODAL.channel,
      label: text('Channel'),
      element: { type: 'conversations_select', action_id: SUBSCRIBE_MODAL.channel, filter: { include: ['public', 'private'], exclude_bot_users: true } },
    });
  } else if (/^[A-Z0-9]+$/.test(origin.channelId)) {
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `For <#${origin.channelId}>` }] });
  }
  blocks.push(
    {
      type: 'input',
      block_id: SUBSCRIBE_MODAL.time,
      label: text('Time of day'),
      element: { type: 'timepicker', action_id: SUBSCRIBE_MODAL.time, initial_time: defaults.time },
    },
    {
      type: 'input',
      block_id: SUBSCRIBE_MODAL.timezone,
      label: text('Time zone'),
      element: {
        type: 'external_select',
        action_id: SUBSCRIBE_MODAL.timezone,
        min_query_length: 0,
        initial_option: { text: text(defaults.timezone.replace(/_/g, ' ')), value: defaults.timezone },
      },
    },
    {
      type: 'input',
      block_id: SUBSCRIBE_MODAL.filter,
      optional: true,
      label: text('Only news about (optional)'),
      hint: text('An actor or topic, e.g. a person, a company or a few words'),
      element: {
        type: 'plain_text_input',
        action_id: SUBSCRIBE_MODAL.filter,
        max_length: 100,
        ...(defaults.filter ? { initial_value: plainSafe(defaults.filter) } : {}),
      },
    },
  );
  const metadata = JSON.stringify({ ...(origin.channelId ? { c: origin.channelId } : {}), ...(origin.teamId ? { t: origin.teamId } : {}), h: origin.fromHome });
  return {
    type: 'modal',
    callback_id: SUBSCRIBE_MODAL.callbackId,
    title: text(defaults.changing ? 'Change the digest' : 'Daily digest'),
    submit: text(defaults.changing ? 'Save' : 'Subscribe'),
    close: text('Cancel'),
    private_metadata: metadata.slice(0, PRIVATE_METADATA_MAX),
    blocks,
  };
}

/** The state of a submitted view, as Slack sends it (view.state.values). */
type StateValues = Record<
  string,
  Record<string, { selected_time?: string | null; selected_option?: { value: string } | null; value?: string | null; selected_conversation?: string | null }>
>;

/** What a submission asks for: the channel and subscribe's arguments. */
export interface ModalSubmission {
  origin: ModalOrigin;
  channelId: string | undefined;
  args: { time?: string; timezone?: string; filter?: string };
}

/** Reads a view_submission of the subscribe modal; null when the metadata is not this app's. */
export function readSubmission(view: { private_metadata?: string; state?: { values?: unknown } }): ModalSubmission | null {
  let origin: ModalOrigin;
  try {
    const parsed = metadataSchema.parse(JSON.parse(view.private_metadata ?? ''));
    origin = { fromHome: parsed.h, ...(parsed.c ? { channelId: parsed.c } : {}), ...(parsed.t ? { teamId: parsed.t } : {}) };
  } catch {
    return null;
  }
  const values = (view.state?.values ?? {}) as StateValues;
  const field = (id: string) => values[id]?.[id];
  const time = field(SUBSCRIBE_MODAL.time)?.selected_time ?? undefined;
  const timezone = field(SUBSCRIBE_MODAL.timezone)?.selected_option?.value ?? undefined;
  const filter = field(SUBSCRIBE_MODAL.filter)?.value?.trim() || undefined;
  const channelId = origin.channelId ?? field(SUBSCRIBE_MODAL.channel)?.selected_conversation ?? undefined;
  return {
    origin,
    channelId,
    args: { ...(time ? { time } : {}), ...(timezone ? { timezone } : {}), ...(filter ? { filter } : {}) },
  };
}

/** Which input a refusal message belongs under, for response_action "errors". */
export function errorBlock(message: string, hasChannelPicker: boolean): string {
  if (/time zone|IANA/i.test(message)) return SUBSCRIBE_MODAL.timezone;
  if (/\btime\b|7:30/i.test(message)) return SUBSCRIBE_MODAL.time;
  if (/filter|too long/i.test(message)) return SUBSCRIBE_MODAL.filter;
  return hasChannelPicker ? SUBSCRIBE_MODAL.channel : SUBSCRIBE_MODAL.time;
}
