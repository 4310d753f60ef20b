/**
 * What a slash command is, independent of any chat platform: a definition (name, description,
 * typed options, optional subcommands) and a handler that turns a neutral input into a neutral Reply.
 */
import type { Reply } from './reply.js';

/**
 * A platform's name ("console", "discord", "slack", ...): just a string, so a new platform is a new
 * folder under src/platforms/ and a line in its registry, never a change to the core.
 */
export type PlatformId = string;

/** One option of a command, e.g. `name` of `/who`. */
export interface CommandOption {
  name: string;
  description: string;
  type: 'string' | 'integer';
  required: boolean;
  /** Offer completion while the user types: actor names, or IANA time zones. */
  autocomplete?: 'actor' | 'timezone';
  /**
   * What a value looks like, so a typed line can tell which optional option a word fills
   * (`/digest subscribe 08:00 Smith` leaves the time zone out) and platforms can show a picker.
   */
  shape?: 'time' | 'timezone';
  /** Fixed choices. */
  choices?: string[];
  /** Longest accepted value; longer input gets a user error, not a crash. */
  maxLength?: number;
}

/** A subcommand, e.g. `subscribe` of `/digest`, with its own options. */
export interface Subcommand {
  name: string;
  description: string;
  /** Usage line for /help, e.g. "/digest subscribe [TIME] [TIMEZONE] [FILTER]". */
  usage: string;
  options: CommandOption[];
  /**
   * It changes stored settings (a channel's subscription): platforms restrict who may run it and
   * never re-run it from a button meant for reading (paging, "more").
   */
  changesSettings?: boolean;
}

/** The neutral form of a command as a user typed it on any platform. */
export interface CommandInput {
  /** Command name without the slash, e.g. "who". */
  command: string;
  /** The subcommand, e.g. "subscribe" of "/digest subscribe"; absent for the command's own form. */
  subcommand?: string;
  /** Option values by option name; absent when not given. */
  args: Record<string, string | undefined>;
  /** Which page of a long list to show, 1 for the first: what `/more` asks for. */
  page?: number;
  user: { id: string; name: string; canManageChannel?: boolean };
  /** Where it was asked; `workspaceId` names the Slack workspace (team) when there are several. */
  channel: { id: string; name?: string; workspaceId?: string };
  platform: PlatformId;
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
  /** The options of the command's own form (no subcommand given). */
  options: CommandOption[];
  /** Usage line for /help, e.g. "/who NAME". */
  usage: string;
  /**
   * Subcommands, e.g. subscribe and list of /digest. A command may have both its own form and
   * subcommands on a platform that reads a typed line; Discord, which cannot mix them, shows the
   * subcommands only.
   */
  subcommands?: Subcommand[];
  /** The command's own form changes stored settings (see Subcommand.changesSettings). */
  changesSettings?: boolean;
  handler: (input: CommandInput, ctx: Ctx) => Reply | Promise<Reply>;
}

/** The definition parts adapters and parsers read (no handler). */
export type CommandDefinition = Pick<Command<unknown>, 'name' | 'description' | 'usage' | 'options' | 'subcommands' | 'changesSettings'>;

/** The subcommand of `command` named `name` (any case), if it has one. */
export function findSubcommand(command: Pick<CommandDefinition, 'subcommands'>, name: string | undefined): Subcommand | undefined {
  if (name === undefined) return undefined;
  const wanted = name.toLowerCase();
  return command.subcommands?.find((s) => s.name === wanted);
}

/** The options that apply to a command or to one of its subcommands. */
export function optionsOf(command: Pick<CommandDefinition, 'options' | 'subcommands'>, subcommand?: string): CommandOption[] {
  return subcommand === undefined ? command.options : (findSubcommand(command, subcommand)?.options ?? []);
}

/**
 * Whether running the command (or subcommand) again only reads: what a paging or "more" button may
 * re-run. Unknown subcommands count as changing, to be safe.
 * @example isReadOnly(digestCommand, 'subscribe') // false
 */
export function isReadOnly(command: Pick<CommandDefinition, 'changesSettings' | 'subcommands'>, subcommand?: string): boolean {
  if (subcommand === undefined) return command.changesSettings !== true;
  const sub = findSubcommand(command, subcommand);
  return sub !== undefined && sub.changesSettings !== true;
}
