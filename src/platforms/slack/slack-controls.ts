/**
 * The buttons on an answer: "Share in channel", page navigation, "More" for the next items of a
 * list cut short, and one button per choice (several actors match a name). Buttons carry the
 * command and its arguments, not the answer: clicking re-runs the command, so the bot keeps no
 * state between the answer and the click.
 */
import type { types } from '@slack/bolt';
import { z } from 'zod';
import type { CommandRequest } from '../../briefing/command-line.js';
import { fitText } from '../../briefing/fit-text.js';
import type { ReplyChoice } from '../../briefing/reply.js';
import { plainSafe } from './escape-slack-text.js';
import { ACTIONS_ELEMENTS_MAX, BUTTON_TEXT_MAX, BUTTON_VALUE_MAX, MESSAGE_BLOCKS_MAX } from './limits.js';
import type { SlackMessage } from './render.js';

/** Action ids the app listens for. */
export const ACTION_IDS = {
  share: 'brief_share',
  page: /^brief_page_(prev|next)$/,
  more: 'brief_more',
  choice: /^brief_choice_\d+$/,
} as const;

/** What a button asks for: a command, its subcommand and arguments, the page of items and the rendered page to show. */
export interface ButtonRequest extends CommandRequest {
  args: Record<string, string>;
  /** The rendered page (0-based) of the answer. */
  view: number;
}

const buttonValueSchema = z.object({
  c: z.string().min(1).max(64),
  s: z.string().min(1).max(64).optional(),
  a: z.record(z.string().max(64), z.string().max(BUTTON_VALUE_MAX)),
  p: z.number().int().min(0).max(1000).optional(),
  g: z.number().int().min(2).max(10_000).optional(),
});

/** Encodes a request as a button value; null when it would not fit Slack's 2000 characters. */
export function encodeButtonValue(request: ButtonRequest): string | null {
  const args = Object.fromEntries(Object.entries(request.args).filter(([, v]) => v !== undefined));
  const value = JSON.stringify({
    c: request.command,
    ...(request.subcommand ? { s: request.subcommand } : {}),
    a: args,
    ...(request.view > 0 ? { p: request.view } : {}),
    ...(request.page !== undefined && request.page > 1 ? { g: request.page } : {}),
  });
  return value.length <= BUTTON_VALUE_MAX ? value : null;
}

/** Decodes a button value; null for anything this app did not write. */
export function decodeButtonValue(value: string | undefined): ButtonRequest | null {
  if (!value) return null;
  try {
    const parsed = buttonValueSchema.safeParse(JSON.parse(value));
    if (!parsed.success) return null;
    const { c, s, a, p, g } = parsed.data;
    return { command: c, ...(s ? { subcommand: s } : {}), args: a, view: p ?? 0, ...(g ? { page: g } : {}) };
  } catch {
    return null;
  }
}

/** The request a choice asks for, shown from its first page. */
export function choiceRequest(choice: ReplyChoice): ButtonRequest {
  return {
    command: choice.command,
    ...(choice.subcommand ? { subcommand: choice.subcommand } : {}),
    args: choice.args,
    ...(choice.page !== undefined ? { page: choice.page } : {}),
    view: 0,
  };
}

const button = (actionId: string, label: string, value: string, style?: 'primary'): types.Button => ({
  type: 'button',
  action_id: actionId,
  text: { type: 'plain_text', text: fitText(label, BUTTON_TEXT_MAX, plainSafe), emoji: false },
  value,
  ...(style ? { style } : {}),
});

/** What the buttons of one page may offer. */
export interface ControlOptions {
  request: ButtonRequest;
  pageCount: number;
  shareable: boolean;
  /** Choices, e.g. one per matching actor; buttons only on the first page. */
  choices: readonly ReplyChoice[];
  /** The next items of a list cut short; a button on the last page. */
  more?: ReplyChoice;
}

/**
 * Adds the buttons to one page of an answer shown only to the user who asked.
 * @example withControls(pages[0], { request, pageCount: pages.length, shareable: true, choices: [] })
 */
export function withControls(page: SlackMessage, options: ControlOptions): SlackMessage {
  const blocks = [...page.blocks];
  const { request, pageCount } = options;
  if (request.view === 0 && options.choices.length > 0) {
    const elements = options.choices.slice(0, ACTIONS_ELEMENTS_MAX).flatMap((choice, i) => {
      const value = encodeButtonValue(choiceRequest(choice));
      return value ? [button(`brief_choice_${i}`, choice.label, value)] : [];
    });
    if (elements.length > 0) blocks.push({ type: 'actions', block_id: 'brief_choices', elements });
  }
  const elements: types.Button[] = [];
  const at = (view: number) => encodeButtonValue({ ...request, view });
  const previous = request.view > 0 ? at(request.view - 1) : null;
  const next = request.view < pageCount - 1 ? at(request.view + 1) : null;
  if (previous) elements.push(button('brief_page_prev', '\u2039 Previous', previous));
  if (next) elements.push(button('brief_page_next', 'Next \u203a', next));
  const more = options.more && request.view === pageCount - 1 ? encodeButtonValue(choiceRequest(options.more)) : null;
  if (more) elements.push(button(ACTION_IDS.more, options.more!.label, more));
  const share = options.shareable ? at(request.view) : null;
  if (share) elements.push(button(ACTION_IDS.share, 'Share in channel', share, 'primary'));
  if (elements.length > 0) blocks.push({ type: 'actions', block_id: 'brief_controls', elements });
  return { text: page.text, blocks: blocks.slice(0, MESSAGE_BLOCKS_MAX) };
}
