/**
 * Which Slack slash command runs which neutral command. By default the app has one command,
 * `/brief` (SLACK_COMMAND renames it): `/brief who NAME`, `/brief digest subscribe 07:30`, so it
 * never collides with another app's `/who`. The old separate commands (`/who`, `/quote`, ...) are
 * opt-in (SLACK_SEPARATE_COMMANDS=true), with SLACK_COMMAND_PREFIX giving `/news-who` where a
 * workspace already has `/who`. The text after the command is read by the core's parser.
 */
import type { Command } from '../../briefing/command.js';
import { parseCommandText, splitFirstWord, type CommandArgs } from '../../briefing/command-line.js';

type AnyCommand = Command<unknown>;

/** A neutral command with its arguments, as a Slack slash command or a button asked for it. */
export interface Invocation {
  command: AnyCommand;
  subcommand?: string;
  args: CommandArgs;
  /** Which page of a long list (the core's `/more`). */
  page?: number;
}

/** The outcome of reading one slash command: what to run, or a one-line problem for the user. */
export type RouteResult = { ok: true; invocation: Invocation } | { ok: false; problem: string };

/** The slash commands this app answers and how to read them. */
export interface SlackCommandRoutes {
  /** Every slash command name, e.g. ['/brief'] or ['/news-who', ..., '/brief'], for logs and the manifest. */
  readonly names: string[];
  /** The one command that reaches every neutral command, e.g. '/brief'. */
  readonly main: string;
  /** Finds a neutral command by its neutral name, e.g. from a button. */
  find(commandName: string): AnyCommand | undefined;
  /** Reads a slash command as Slack sent it. */
  route(slashCommand: string, text: string): RouteResult;
}

/** How the routes are named. */
export interface RouteOptions {
  /** The main command, e.g. '/brief'. */
  main: string;
  /** Also register each command on its own (`/who`, ...), opt-in. */
  separate?: boolean;
  /** A prefix for the separate commands, e.g. 'news-'. */
  prefix?: string;
}

/** Normalises a configured prefix: no slash, lower case ("News-" -> "news-"). */
export const normalisePrefix = (prefix: string | undefined): string => (prefix ?? '').trim().replace(/^\/+/, '').toLowerCase();

const normaliseSlash = (name: string): string => `/${name.trim().replace(/^\/+/, '').toLowerCase()}`;

/**
 * Builds the routes for the given commands.
 * @example createSlackCommandRoutes(service.commands, { main: '/brief' }).route('/brief', 'who Smith')
 */
export function createSlackCommandRoutes(commands: ReadonlyArray<AnyCommand>, options: RouteOptions): SlackCommandRoutes {
  const prefix = normalisePrefix(options.prefix);
  const main = normaliseSlash(options.main);
  const byNeutralName = new Map(commands.map((c) => [c.name.toLowerCase(), c]));
  const bySlackName = new Map(options.separate ? commands.map((c) => [normaliseSlash(prefix + c.name), c]) : []);
  bySlackName.delete(main);

  const find = (name: string): AnyCommand | undefined => {
    const bare = name.trim().replace(/^\/+/, '').toLowerCase();
    return byNeutralName.get(bare) ?? (prefix && bare.startsWith(prefix) ? byNeutralName.get(bare.slice(prefix.length)) : undefined);
  };
  const list = () => commands.map((c) => c.name).join(', ');
  const invocation = (command: AnyCommand, text: string): RouteResult => {
    const parsed = parseCommandText(command, text);
    return { ok: true, invocation: { command, ...(parsed.subcommand ? { subcommand: parsed.subcommand } : {}), args: parsed.args } };
  };

  return {
    names: [...bySlackName.keys(), main],
    main,
    find,
    route(slashCommand, text) {
      const name = normaliseSlash(slashCommand);
      if (name === main) {
        const { first, rest } = splitFirstWord(text);
        const command = find(first || 'help');
        if (!command) {
          const shown = first.length > 40 ? `${first.slice(0, 40)}\u2026` : first;
          return { ok: false, problem: `Unknown command "${shown}". Try ${main} followed by one of: ${list()}.` };
        }
        return invocation(command, rest);
      }
      const command = bySlackName.get(name);
      if (!command) return { ok: false, problem: `This app does not know ${name}. Try ${main} help.` };
      return invocation(command, text);
    },
  };
}
