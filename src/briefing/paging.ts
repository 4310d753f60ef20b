/**
 * Lists longer than one answer: which items a page shows, the words that say so ("Showing 6–9 of
 * 9."), and the `more` choice that asks for the next page, which the console runs on `/more` and
 * chat platforms put on a button. Pure: the request to repeat is passed in.
 */
import type { CommandRequest } from './command-line.js';
import type { ReplyChoice } from './reply.js';
import { commandChoice } from './reply-builder.js';

/** The command that produced a list, as `more` repeats it (CommandInput fits). */
export type ListRequest = Pick<CommandRequest, 'command' | 'subcommand' | 'args' | 'page'>;

/** One page of a list. */
export interface ListPage<T> {
  items: T[];
  /** 1-based positions of the first and last item shown; 0 and 0 when none. */
  from: number;
  to: number;
  total: number;
  /** The page shown (1 for the first), clamped to the pages there are. */
  page: number;
}

/**
 * Page `page` (1 for the first) of `all`, `size` items a page.
 * @example pageOf([1, 2, 3, 4, 5, 6, 7], 2, 5) // { items: [6, 7], from: 6, to: 7, total: 7, page: 2 }
 */
export function pageOf<T>(all: readonly T[], page: number | undefined, size: number): ListPage<T> {
  const pages = Math.max(1, Math.ceil(all.length / size));
  const shown = Math.min(Math.max(1, Math.floor(page ?? 1)), pages);
  const start = (shown - 1) * size;
  const items = all.slice(start, start + size);
  return { items, from: items.length > 0 ? start + 1 : 0, to: start + items.length, total: all.length, page: shown };
}

/** " Showing 6–9 of 9." when the page is not the whole list; '' when it is. */
export function showingNote(page: { from: number; to: number; total: number }): string {
  if (page.from <= 1 && page.to >= page.total) return '';
  return page.from === page.to ? ` Showing ${page.from} of ${page.total}.` : ` Showing ${page.from}–${page.to} of ${page.total}.`;
}

/**
 * The choice that shows the page after `page`, or undefined on the last page or without a request.
 * @example moreChoice({ command: 'quote', args: { query: 'budget' } }, page, 'quotes')?.label // '4 more quotes'
 */
export function moreChoice(request: ListRequest | undefined, page: ListPage<unknown>, noun: string, size?: number): ReplyChoice | undefined {
  if (!request || page.to >= page.total) return undefined;
  const next = Math.min(page.total - page.to, size ?? page.items.length);
  const args = Object.fromEntries(Object.entries(request.args).filter((e): e is [string, string] => typeof e[1] === 'string'));
  return commandChoice(`${next} more ${noun}`, request.command, args, {
    ...(request.subcommand ? { subcommand: request.subcommand } : {}),
    page: page.page + 1,
  });
}
