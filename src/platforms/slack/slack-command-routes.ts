/**
 * Which Slack slash command runs which neutral command. Names are configurable because a workspace
 * may already have a `/who`: a prefix gives `/news-who`, and one umbrella command (`/brief who NAME`)
 * reaches every command under a single name.
 */
import type { Command } from '../../briefing/command.js';
import { parseCommandText, splitFirstWord, type CommandArgs } from './parse-command-text.js';

type AnyCommand = Command<unknown>;

/** A neutral command with its arguments, as a Slack slash command or a button asked for it. */
export interface Invocation {
  command: AnyCommand;
  args: CommandArgs;
}

/** The outcome of reading one slash command: what to run, or a one-line problem for the user. */
export type RouteResult = { ok: true; invocation: Invocation } | { ok: false; problem: string };

/** The slash commands this app answers and how to read them. */
export interface SlackCommandRoutes {
  /** Every slash command name, e.g. ['/news-who', ..., '/brief'], for logs and the manifest. */
  readonly names: string[];
  readonly umbrella: string;
  /** Slack name of a neutral command, e.g. 'who' -> '/news-who'. */
  slackName(commandName: string): string;
  /** Finds a neutral command by its neutral name, e.g. from a button. */
  find(commandName: string): AnyCommand | undefined;
  /** Reads a slash command as Slack sent it. */
  route(slashCommand: string, text: string): RouteResult;
}

/** Normalises a configured prefix: no slash, lower case ("News-" -> "news-"). */
export const normalisePrefix = (prefix: string | undefined): string => (prefix ?? '').trim().replace(/^\/+/, '').toLowerCase();

const normaliseSlash = (name: string): string => `/${name.trim().replace(/^\/+/, '').toLowerCase()}`;

/**
 * Builds the routes for the given commands.
 * @example createSlackCommandRoutes(service.commands, { prefix: 'news-', umbrella: '/brief' }).route('/brief', 'who Smith')
 */
export function createSlackCommandRoutes(
  commands: ReadonlyArray<AnyCommand>,
  options: { prefix?: string; umbrella: string },
): SlackCommandRoutes {
  const prefix = normalisePrefix(options.prefix);
  const umbrella = normaliseSlash(options.umbrella);
  const byNeutralName = new Map(commands.map((c) => [c.name.toLowerCase(), c]));
  const bySlackName = new Map(commands.map((c) => [normaliseSlash(prefix + c.name), c]));
  bySlackName.delete(umbrella);

  const find = (name: string): AnyCommand | undefined => {
    const bare = name.trim().replace(/^\/+/, '').toLowerCase();
    return byNeutralName.get(bare) ?? (prefix && bare.startsWith(prefix) ? byNeutralName.get(bare.slice(prefix.length)) : undefined);
  };
  const list = () => commands.map((c) => c.name).join(', ');

  return {
    names: [...bySlackName.keys(), umbrella],
    umbrella,
    slackName: (name) => normaliseSlash(prefix + name),
    find,
    route(slashCommand, text) {
      const name = normaliseSlash(slashCommand);
      if (name === umbrella) {
        const { first, rest } = splitFirstWord(text);
        const command = find(first || 'help');
        if (!command && !first) return { ok: false, problem: `Type a command after ${umbrella}, one of: ${list()}.` };
        if (!command) {
          const shown = first.length > 40 ? `${first.slice(0, 40)}\u2026` : first;
          return { ok: false, problem: `Unknown command "${shown}". Try ${umbrella} followed by one of: ${list()}.` };
        }
        return { ok: true, invocation: { command, args: parseCommandText(command, rest) } };
      }
      const command = bySlackName.get(name);
      if (!command) return { ok: false, problem: `This app does not know ${name}. Try ${umbrella} help.` };
      return { ok: true, invocation: { command, args: parseCommandText(command, text) } };
    },
  };
}
