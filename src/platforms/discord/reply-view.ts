/**
 * Decides how a rendered reply is shown: one message with paging buttons when it has several
 * pages, or (when the command cannot be encoded in a button) the pages as consecutive messages.
 */
import type { APIActionRowComponent, APIButtonComponent, APIEmbed } from 'discord.js';
import type { Reply, ReplyChoice } from '../../briefing/reply.js';
import { choiceButtons, pageButtons, type PageRequest } from './page-buttons.js';
import { renderReplyPages } from './render-reply.js';

/** Mentions Discord may parse in a message: none, ever. */
export const NO_MENTIONS = { parse: [] as [] };

/** One message's embeds and buttons. */
export interface MessageView {
  embeds: APIEmbed[];
  components: Array<APIActionRowComponent<APIButtonComponent>>;
}

/** What to show for a reply. */
export interface ReplyView {
  /** The message shown first: the requested page, with paging buttons when paged. */
  main: MessageView;
  /** Pages sent as further messages when paging with buttons is not possible. */
  rest: MessageView[];
  /** The page `main` shows (the request clamped to the pages there are) and how many there are. */
  page: number;
  pageCount: number;
}

/** Turns a choice's command line (e.g. "/who Jane Smith") into a request; null when it cannot. */
export type ChoiceParser = (choice: ReplyChoice) => Omit<PageRequest, 'page'> | null;

/**
 * Lays out `reply` for the command that produced it, showing page `page` (0-based), with a
 * button per choice when `parseChoice` is given.
 * @example viewReply(reply, { command: 'quote', args: {} }, 0).main.embeds
 */
export function viewReply(
  reply: Reply,
  request: Omit<PageRequest, 'page'>,
  page: number,
  parseChoice?: ChoiceParser,
): ReplyView {
  const pages = renderReplyPages(reply);
  const shown = Math.min(Math.max(0, page), pages.length - 1);
  const buttons = pageButtons(request, shown, pages.length);
  const choices = parseChoice
    ? choiceButtons(reply.choices.map((c) => ({ label: c.label, request: parseChoice(c) })), request)
    : null;
  if (pages.length === 1 || buttons) {
    const components = [buttons, choices].filter((row) => row !== null);
    return { main: { embeds: pages[shown]!, components }, rest: [], page: shown, pageCount: pages.length };
  }
  const [first, ...others] = pages.map((embeds): MessageView => ({ embeds, components: [] }));
  if (choices) first!.components.push(choices);
  return { main: first!, rest: others, page: 0, pageCount: pages.length };
}
