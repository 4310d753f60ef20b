/**
 * Decides how a rendered reply is shown: one message with paging buttons when it has several pages
 * and its command only reads, or (a command that changes settings, or one too long to encode in a
 * button) the pages as consecutive messages; the choices and "More" under it.
 */
import type { APIEmbed } from 'discord.js';
import type { Reply } from '../../briefing/reply.js';
import { choiceRow, pagingRow, type ComponentRow } from './components.js';
import { renderReplyPages } from './render.js';
import type { ViewRequest } from './request-id.js';

/** Mentions Discord may parse in a message: none, ever. */
export const NO_MENTIONS = { parse: [] as [] };

/** One message's embeds and components. */
export interface MessageView {
  embeds: APIEmbed[];
  components: ComponentRow[];
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

/**
 * Lays out `reply` for the request that produced it, showing rendered page `request.view`.
 * `readOnly` says whether the request may be re-run from a button.
 * @example viewReply(reply, { command: 'quote', args: {}, view: 0 }, true).main.embeds
 */
export function viewReply(reply: Reply, request: ViewRequest, readOnly: boolean): ReplyView {
  const pages = renderReplyPages(reply);
  const shown = Math.min(Math.max(0, request.view), pages.length - 1);
  const paging = readOnly ? pagingRow(request, shown, pages.length, reply.more) : null;
  const choices = choiceRow(reply.choices, request);
  const pagedInPlace = pages.length === 1 || (paging !== null && paging.components.length >= 2);
  if (pagedInPlace) {
    const components = [paging, choices].filter((row) => row !== null);
    return { main: { embeds: pages[shown]!, components }, rest: [], page: shown, pageCount: pages.length };
  }
  const [first, ...others] = pages.map((embeds): MessageView => ({ embeds, components: [] }));
  if (choices) first!.components.push(choices);
  // "More" still belongs under the last page when the pages go out one by one.
  const more = readOnly ? pagingRow(request, 0, 1, reply.more) : null;
  const last = others.length > 0 ? others[others.length - 1]! : first!;
  if (more) last.components.push(more);
  return { main: first!, rest: others, page: 0, pageCount: pages.length };
}
