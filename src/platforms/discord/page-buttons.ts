/**
 * Paging buttons for replies longer than one message. The button's custom_id carries the command,
 * its arguments and the page, so a click re-runs the command and shows that page: no state is
 * kept in the bot, and paging keeps working across restarts.
 */
import type { APIActionRowComponent, APIButtonComponent } from 'discord.js';
import { DISCORD_LIMITS } from './discord-limits.js';
import { fitText, plainLine } from './discord-text.js';

const PREFIX = 'pg1';
// ComponentType.ActionRow, ComponentType.Button, ButtonStyle.Secondary (API v10).
const ACTION_ROW = 1;
const BUTTON = 2;
const SECONDARY = 2;
const PRIMARY = 1;
/** Choice buttons shown under a "Choose one" list; the list itself shows every choice. */
const MAX_CHOICE_BUTTONS = 5;

/** What a paging button asks for. */
export interface PageRequest {
  command: string;
  args: Record<string, string | undefined>;
  page: number;
}

/**
 * Encodes a page request as a custom_id; null when it would pass Discord's 100 characters.
 * @example encodePageId({ command: 'quote', args: { query: 'budget' }, page: 2 }) // 'pg1|2|quote|query=budget'
 */
export function encodePageId(request: PageRequest): string | null {
  const params = new URLSearchParams();
  for (const name of Object.keys(request.args).sort()) {
    const value = request.args[name];
    if (value !== undefined) params.append(name, value);
  }
  const id = `${PREFIX}|${request.page}|${request.command}|${params.toString()}`;
  return id.length <= DISCORD_LIMITS.customId ? id : null;
}

/** Decodes a custom_id made by encodePageId; null for anything else. */
export function decodePageId(customId: string): PageRequest | null {
  const parts = customId.split('|');
  if (parts.length !== 4 || parts[0] !== PREFIX) return null;
  const page = Number(parts[1]);
  const command = parts[2]!;
  if (!Number.isInteger(page) || page < 0 || !/^[-_\p{L}\p{N}]{1,32}$/u.test(command)) return null;
  const args: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(parts[3])) args[name] = value;
  return { command, args, page };
}

/**
 * The Previous/Next row for page `page` of `pageCount`; null when the reply has one page or the
 * request does not fit in a custom_id (the caller then sends the pages as separate messages).
 */
export function pageButtons(
  request: Omit<PageRequest, 'page'>,
  page: number,
  pageCount: number,
): APIActionRowComponent<APIButtonComponent> | null {
  if (pageCount <= 1) return null;
  // Both ids stay distinct (Discord requires it): on the first page "previous" points at 0 and
  // "next" at 1; on the last, "previous" at last-1 and "next" at last.
  const previous = encodePageId({ ...request, page: Math.max(0, page - 1) });
  const next = encodePageId({ ...request, page: Math.min(pageCount - 1, page + 1) });
  if (!previous || !next) return null;
  return {
    type: ACTION_ROW,
    components: [
      { type: BUTTON, style: SECONDARY, custom_id: previous, label: '◀ Previous', disabled: page <= 0 },
      { type: BUTTON, style: SECONDARY, custom_id: next, label: 'Next ▶', disabled: page >= pageCount - 1 },
    ],
  };
}

/**
 * A row of buttons, one per choice (at most five), each running the choice's command; choices
 * whose command cannot be encoded, or that repeat the current request, get no button.
 */
export function choiceButtons(
  choices: ReadonlyArray<{ label: string; request: Omit<PageRequest, 'page'> | null }>,
  current: Omit<PageRequest, 'page'>,
): APIActionRowComponent<APIButtonComponent> | null {
  const currentId = encodePageId({ ...current, page: 0 });
  const seen = new Set<string>();
  const buttons: APIButtonComponent[] = [];
  for (const choice of choices) {
    const id = choice.request && encodePageId({ ...choice.request, page: 0 });
    if (!id || id === currentId || seen.has(id)) continue;
    seen.add(id);
    const label = fitText(choice.label, DISCORD_LIMITS.buttonLabel, plainLine) || 'Choose';
    buttons.push({ type: BUTTON, style: PRIMARY, custom_id: id, label });
    if (buttons.length === MAX_CHOICE_BUTTONS) break;
  }
  return buttons.length > 0 ? { type: ACTION_ROW, components: buttons } : null;
}
