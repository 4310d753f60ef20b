/**
 * One reading of a typed command line for every platform that receives plain text (the console,
 * the one-shot `ask`, Slack's slash command text), and the way back: a structured choice written
 * as the line that would run it.
 *
 * - The first word names the command ("/who", slash optional); for a command with subcommands the
 *   next word may name one (`/digest subscribe`).
 * - With one text option, the option takes the rest of the line (`/who Jane Q Smith`).
 * - With several, `name:value` picks an option by name, and the other words fill the options in
 *   order: an option with choices takes a word only if it is one of them, an option with a shape
 *   (time, time zone) or an integer only a word of that shape, and the last option takes the rest.
 *   "Double quotes" (straight or curly) keep words together.
 */
import { findSubcommand, type CommandDefinition, type CommandInput, type CommandOption } from './command.js';

/** Who typed the line and where, for the CommandInput. */
export type LineOrigin = Pick<CommandInput, 'user' | 'channel' | 'platform'>;

/** Option values by option name, as CommandInput.args wants them. */
export type CommandArgs = Record<string, string | undefined>;

/** A command to run, as data: what a choice, a button or a typed line comes down to. */
export interface CommandRequest {
  command: string;
  subcommand?: string;
  args: Record<string, string | undefined>;
  page?: number;
}

const SHAPES: Record<NonNullable<CommandOption['shape']>, RegExp> = {
  time: /^\d{1,2}([:.h]\d{2})?\s*(am|pm)?$/i,
  timezone: /^(utc|gmt|[a-z]+(\/[a-z0-9_+-]+)+|[+-]\d{1,2}(:?\d{2})?)$/i,
};

const QUOTES = /["\u201c\u201d\u201e]/;

/**
 * Splits text into words; double quotes (straight or curly) group words and are removed.
 * @example tokenize('a “b c” d') // ['a', 'b c', 'd']
 */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let current = '';
  let quoted = false;
  let started = false;
  for (const char of text) {
    if (QUOTES.test(char)) {
      quoted = !quoted;
      started = true;
    } else if (!quoted && /\s/.test(char)) {
      if (started) tokens.push(current);
      current = '';
      started = false;
    } else {
      current += char;
      started = true;
    }
  }
  if (started) tokens.push(current);
  return tokens;
}

const stripOuterQuotes = (text: string): string => {
  const t = text.trim();
  return t.length >= 2 && QUOTES.test(t[0]!) && QUOTES.test(t[t.length - 1]!) ? t.slice(1, -1).trim() : t;
};

function fits(option: CommandOption, word: string): boolean {
  if (option.choices) return option.choices.some((c) => c.toLowerCase() === word.toLowerCase());
  if (option.type === 'integer') return /^-?\d+$/.test(word);
  return option.shape ? SHAPES[option.shape].test(word) : true;
}

const canonical = (option: CommandOption, word: string): string => option.choices?.find((c) => c.toLowerCase() === word.toLowerCase()) ?? word;

/** "7:30 pm" typed with a space is one time. */
function joinMeridiem(tokens: string[]): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    const last = out[out.length - 1];
    if (last !== undefined && /^(am|pm)$/i.test(token) && /^\d{1,2}([:.h]\d{2})?$/.test(last)) out[out.length - 1] = `${last}${token}`;
    else out.push(token);
  }
  return out;
}

/**
 * Maps text onto a list of options (see the file comment for the rules).
 * @example argsFromText(whoCommand.options, '  Jane Q Smith ') // { name: 'Jane Q Smith' }
 */
export function argsFromText(options: readonly CommandOption[], text: string): CommandArgs {
  const args: CommandArgs = {};
  const trimmed = text.trim();
  if (options.length === 0 || trimmed === '') return args;
  const only = options[0]!;
  if (options.length === 1 && !only.choices && only.type !== 'integer') {
    args[only.name] = stripOuterQuotes(trimmed).replace(/\s+/g, ' ');
    return args;
  }

  const positional: string[] = [];
  for (const token of joinMeridiem(tokenize(trimmed))) {
    const named = /^([a-z_][\w-]*)[:=](.*)$/is.exec(token);
    const option = named && options.find((o) => o.name.toLowerCase() === named[1]!.toLowerCase());
    if (option && named[2]!.trim() !== '') args[option.name] = canonical(option, named[2]!.trim());
    else positional.push(token);
  }

  const open = options.filter((o) => args[o.name] === undefined);
  for (let i = 0; i < open.length && positional.length > 0; i++) {
    const option = open[i]!;
    const isLast = i === open.length - 1;
    if (isLast && !option.choices && option.type !== 'integer' && !option.shape) {
      args[option.name] = positional.splice(0).join(' ');
      break;
    }
    if (fits(option, positional[0]!) || option.required) {
      args[option.name] = canonical(option, positional.shift()!);
    }
  }
  // Words no option took go to the last free-text option, so nothing typed is silently dropped.
  if (positional.length > 0) {
    const text = [...options].reverse().find((o) => !o.choices && o.type !== 'integer' && !o.shape);
    if (text) args[text.name] = [args[text.name], ...positional].filter(Boolean).join(' ');
  }
  return args;
}

/**
 * Reads what follows a command's name: a subcommand when the first word names one, then the
 * options of the subcommand (or of the command's own form).
 * @example parseCommandText(digestCommand, 'subscribe 07:30 Europe/London') // { subcommand: 'subscribe', args: { time: '07:30', timezone: 'Europe/London' } }
 */
export function parseCommandText(command: Pick<CommandDefinition, 'options' | 'subcommands'>, text: string): { subcommand?: string; args: CommandArgs } {
  const { first, rest } = splitFirstWord(text);
  const sub = findSubcommand(command, first);
  if (sub) return { subcommand: sub.name, args: argsFromText(sub.options, rest) };
  return { args: argsFromText(command.options, text) };
}

/**
 * Parses a command line; the slash is optional. Null for an empty line. An unknown command comes
 * back as typed, with no arguments, for the service to answer.
 * @example parseCommandLine('/who Yuri Ushakov', commands, origin)?.args // { name: 'Yuri Ushakov' }
 */
export function parseCommandLine(
  line: string,
  commands: ReadonlyArray<Pick<CommandDefinition, 'name' | 'options' | 'subcommands'>>,
  origin: LineOrigin,
): CommandInput | null {
  const trimmed = line.trim().replace(/^\/+/, '');
  if (trimmed === '') return null;
  const { first, rest } = splitFirstWord(trimmed);
  const name = first.toLowerCase();
  const command = commands.find((c) => c.name === name);
  const parsed = command ? parseCommandText(command, rest) : { args: {} };
  return { command: name, ...(parsed.subcommand ? { subcommand: parsed.subcommand } : {}), args: parsed.args, ...origin };
}

/** The first word of a text and what follows it. */
export function splitFirstWord(text: string): { first: string; rest: string } {
  const trimmed = text.trimStart();
  const first = /^\S*/.exec(trimmed)![0];
  return { first, rest: trimmed.slice(first.length).trimStart() };
}

const quoted = (value: string): string => (/[\s"]/.test(value) || value === '' ? `"${value.replace(/"/g, "'")}"` : value);

/**
 * The line that runs a request, for people to read and type: one argument as it is, several as
 * `name:value`. parseCommandLine reads it back to the same request.
 * @example formatCommandLine({ command: 'who', args: { name: 'Kim Jong Un' } }) // '/who Kim Jong Un'
 */
export function formatCommandLine(request: Pick<CommandRequest, 'command' | 'subcommand' | 'args'>): string {
  const given = Object.entries(request.args).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== '');
  const head = [`/${request.command}`, request.subcommand].filter(Boolean).join(' ');
  if (given.length === 0) return head;
  if (given.length === 1) return `${head} ${given[0]![1]}`;
  return `${head} ${given.map(([name, value]) => `${name}:${quoted(value)}`).join(' ')}`;
}
