/**
 * Turns a typed line ("/who Kim Jong Un", "digest subscribe 07:30") into a neutral CommandInput,
 * for the console, the one-shot `ask` and any platform that receives plain text.
 */
import type { Command, CommandInput } from './command.js';

/** Who typed the line and where, for the CommandInput. */
export type LineOrigin = Pick<CommandInput, 'user' | 'channel' | 'platform'>;

/**
 * Parses a command line; the slash is optional. Options with fixed choices take the next word when
 * it is one of them; the first free-text option takes the rest of the line. Null for an empty line.
 * @example parseCommandLine('/who Yuri Ushakov', commands, origin)?.args // { name: 'Yuri Ushakov' }
 */
export function parseCommandLine(
  line: string,
  commands: ReadonlyArray<Pick<Command<unknown>, 'name' | 'options'>>,
  origin: LineOrigin,
): CommandInput | null {
  const trimmed = line.trim().replace(/^\/+/, '');
  if (trimmed === '') return null;
  const space = trimmed.search(/\s/);
  const name = (space < 0 ? trimmed : trimmed.slice(0, space)).toLowerCase();
  let rest = space < 0 ? '' : trimmed.slice(space).trim();
  const args: Record<string, string | undefined> = {};
  const command = commands.find((c) => c.name === name);
  for (const option of command?.options ?? []) {
    if (rest === '') break;
    if (option.choices) {
      const word = rest.split(/\s+/, 1)[0]!;
      const choice = option.choices.find((c) => c.toLowerCase() === word.toLowerCase());
      if (choice !== undefined) {
        args[option.name] = choice;
        rest = rest.slice(word.length).trim();
      }
      continue;
    }
    args[option.name] = rest;
    rest = '';
  }
  return { command: name, args, ...origin };
}
