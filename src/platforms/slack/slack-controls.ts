/**
 * The buttons on an answer: "Share in channel", page navigation, and one button per choice (several
 * actors match a name). Buttons carry the command and its arguments, not the answer: clicking
 * re-runs the command, so the bot keeps no state between the answer and the click.
 */
import type { types } from '@slack/bolt';
import { z } from 'zod';
import { plainSafe, truncateText } from './escape-slack-text.js';
import type { SlackMessage } from './render-slack-reply.js';
import { ACTIONS_ELEMENTS_MAX, BUTTON_TEXT_MAX, BUTTON_VALUE_MAX, MESSAGE_BLOCKS_MAX } from './slack-limits.js';

/** Action ids the app listens for. */
export const ACTION_IDS = {
  share: 'brief_share',
  page: /^brief_page_(prev|next)$/,
  choice: /^brief_choice_\d+$/,
} as const;

/** What a button asks for: a command, its arguments and the page to show. */
export interface ButtonRequest {
  command: string;
  args: Record<string, string>;
  page: number;
}

const buttonValueSchema = z.object({
  c: z.string().min(1).max(64),
  a: z.record(z.string().max(64), z.string().max(BUTTON_VALUE_MAX)),
  p: z.number().int().min(0).max(1000).optional(),
});

/** Encodes a request as a button value; null when it would not fit Slack's 2000 characters. */
export function encodeButtonValue(request: ButtonRequest): string | null {
  const args = Object.fromEntries(Object.entries(request.args).filter(([, v]) => v !== undefined));
  const value = JSON.stringify({ c: request.command, a: args, ...(request.page > 0 ? { p: request.page } : {}) });
  return value.length <= BUTTON_VALUE_MAX ? value : null;
}

/** Decodes a button value; null for anything this app did not write. */
export function decodeButtonValue(value: string | undefined): ButtonRequest | null {
  if (!value) return null;
  try {
    const parsed = buttonValueSchema.safeParse(JSON.parse(value));
    if (!parsed.success) return null;
    return { command: parsed.data.c, args: parsed.data.a, page: parsed.data.p ?? 0 };
  } catch {
    return null;
  }
}

const button = (actionId: string, label: string, value: string, style?: 'primary'): types.Button => ({
  type: 'button',
  action_id: actionId,
  text: { type: 'plain_text', text: truncateText(plainSafe(label), BUTTON_TEXT_MAX), emoji: false },
  value,
  ...(style ? { style } : {}),
});

/** What the buttons of one page may offer. */
export interface ControlOptions {
  request: ButtonRequest;
  pageCount: number;
  shareable: boolean;
  /** Buttons for choices, e.g. one per matching actor; only on the first page. */
  choices: Array<{ label: string; request: ButtonRequest }>;
}

/**
 * Adds the buttons to one page of an answer shown only to the user who asked.
 * @example withControls(pages[0], { request, pageCount: pages.length, shareable: true, choices: [] })
 */
export function withControls(page: SlackMessage, options: ControlOptions): SlackMessage {
  const blocks = [...page.blocks];
  const { request, pageCount } = options;
  if (request.page === 0 && options.choices.length > 0) {
    const elements = options.choices
      .slice(0, ACTIONS_ELEMENTS_MAX)
      .flatMap((choice, i) => {
        const value = encodeButtonValue(choice.request);
        return value ? [button(`brief_choice_${i}`, choice.label, value)] : [];
      });
    if (elements.length > 0) blocks.push({ type: 'actions', block_id: 'brief_choices', elements });
  }
  const elements: types.Button[] = [];
  const at = (page: number) => encodeButtonValue({ ...request, page });
  const previous = request.page > 0 ? at(request.page - 1) : null;
  const next = request.page < pageCount - 1 ? at(request.page + 1) : null;
  if (previous) elements.push(button('brief_page_prev', '\u2039 Previous', previous));
  if (next) elements.push(button('brief_page_next', 'Next \u203a', next));
  const share = options.shareable ? at(request.page) : null;
  if (share) elements.push(button(ACTION_IDS.share, 'Share in channel', share, 'primary'));
  if (elements.length > 0) blocks.push({ type: 'actions', block_id: 'brief_controls', elements });
  return { text: page.text, blocks: blocks.slice(0, MESSAGE_BLOCKS_MAX) };
}
