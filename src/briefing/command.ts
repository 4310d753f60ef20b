/**
 * What a slash command is, independent of any chat platform: a definition (name, description,
 * typed options) and a handler that turns a neutral input into a neutral Reply.
 */
import type { Reply } from './reply.js';

/** One option of a command, e.g. `name` of `/who`. */
export interface CommandOption {
  name: string;
  description: string;
  type: 'string' | 'integer';
  required: boolean;
  /** Offer actor-name completion while the user types (Discord autocomplete). */
  autocomplete?: 'actor';
  /** Fixed choices, e.g. the subcommands of `/digest`. */
  choices?: string[];
  /** Longest accepted value; longer input gets a user error, not a crash. */
  maxLength?: number;
}

/** The neutral form of a command as a user typed it on any platform. */
export interface CommandInput {
  /** Command name without the slash, e.g. "who". */
  command: string;
  /** Option values by option name; absent when not given. */
  args: Record<string, string | undefined>;
  user: { id: string; name: string; canManageChannel?: boolean };
  channel: { id: string; name?: string };
  platform: 'console' | 'discord' | 'slack';
}

/** A user mistake: its message is shown to the user as it is. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly code: string = 'user_error',
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/** A command: definition plus handler. `Ctx` is what the handler needs (corpus, clock, ...). */
export interface Command<Ctx> {
  name: string;
  description: string;
  options: CommandOption[];
  /** Usage line for /help, e.g. "/who NAME". */
  usage: string;
  /** A short example shown in /help, e.g. "/who Ushakov" would be article-specific: keep generic. */
  handler: (input: CommandInput, ctx: Ctx) => Reply | Promise<Reply>;
}
