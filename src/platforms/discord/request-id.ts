/**
 * A command request carried in a Discord component: a button's custom_id or a select menu option's
 * value (each at most 100 characters). It holds the command, subcommand, arguments, the page of
 * items (the core's `/more`) and which rendered page to show, so a click re-runs the command and
 * the bot keeps no state: buttons keep working across restarts.
 */
import type { CommandRequest } from '../../briefing/command-line.js';
import { DISCORD_LIMITS } from './limits.js';

const PREFIX = 'v1';

/** A request and the rendered page (0-based) of its reply to show. */
export interface ViewRequest extends CommandRequest {
  view: number;
}

/**
 * Encodes a request as a custom_id or option value; null when it would pass Discord's 100 characters.
 * @example encodeRequestId({ command: 'quote', args: { query: 'budget' }, view: 1 }) // 'v1|1||quote||query=budget'
 */
export function encodeRequestId(request: ViewRequest): string | null {
  const params = new URLSearchParams();
  for (const name of Object.keys(request.args).sort()) {
    const value = request.args[name];
    if (value !== undefined) params.append(name, value);
  }
  const page = request.page !== undefined && request.page > 1 ? String(request.page) : '';
  const id = [PREFIX, request.view, page, request.command, request.subcommand ?? '', params.toString()].join('|');
  return id.length <= DISCORD_LIMITS.customId ? id : null;
}

/** Decodes an id made by encodeRequestId; null for anything else (an old or foreign component). */
export function decodeRequestId(id: string): ViewRequest | null {
  const parts = id.split('|');
  if (parts.length !== 6 || parts[0] !== PREFIX) return null;
  const [, viewText, pageText, command, subcommand, query] = parts as [string, string, string, string, string, string];
  const view = Number(viewText);
  const page = pageText === '' ? undefined : Number(pageText);
  const name = /^[-_\p{L}\p{N}]{1,32}$/u;
  if (!Number.isInteger(view) || view < 0 || !name.test(command)) return null;
  if (page !== undefined && (!Number.isInteger(page) || page < 2)) return null;
  if (subcommand !== '' && !name.test(subcommand)) return null;
  const args: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(query)) args[key] = value;
  return { command, ...(subcommand ? { subcommand } : {}), args, ...(page !== undefined ? { page } : {}), view };
}
