/**
 * Slack gives a slash command one string of text; the neutral commands have typed options. This
 * maps one onto the other:
 * - a command with one option gets the whole text (`/who Jane Q Smith` -> name "Jane Q Smith");
 * - with several options, `name:value` picks an option by name, and the other words fill the options
 *   in order: an option with choices (the `/digest` action) takes a word only if it is one of them, a
 *   few well-known kinds (times, time zones, integers) only a word of their shape, and the last
 *   option takes the rest of the text. "Double quotes" keep words together.
 */
import type { Command, CommandOption } from '../../briefing/command.js';

/** Option values by option name, as CommandInput.args wants them. */
export type CommandArgs = Record<string, string | undefined>;

// Shapes for options whose names say what they hold; an optional option skips a word of another shape,
// so `/digest subscribe 08:00 Smith` leaves the time zone at its default.
const SHAPES: Array<{ names: RegExp; shape: RegExp }> = [
  { names: /^(time|at)$/i, shape: /^\d{1,2}([:.h]\d{2})?\s*(am|pm)?$/i },
  { names: /^(timezone|time_zone|zone|tz)$/i, shape: /^(utc|gmt|[a-z]+(\/[a-z0-9_+-]+)+|[+-]\d{1,2}(:?\d{2})?)$/i },
];

const QUOTES = /["\u201c\u201d\u201e]/;

/** Splits text into words; double quotes (straight or curly) group words and are removed. */
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
  const known = SHAPES.find((s) => s.names.test(option.name));
  return known ? known.shape.test(word) : true;
}

const canonical = (option: CommandOption, word: string): string =>
  option.choices?.find((c) => c.toLowerCase() === word.toLowerCase()) ?? word;

/**
 * Maps a slash command's text onto the command's options.
 * @example parseCommandText(who, '  Jane Q Smith ') // { name: 'Jane Q Smith' }
 */
export function parseCommandText(command: Pick<Command<unknown>, 'options'>, text: string): CommandArgs {
  const options = command.options;
  const args: CommandArgs = {};
  const trimmed = text.trim();
  if (options.length === 0 || trimmed === '') return args;
  if (options.length === 1) {
    args[options[0]!.name] = stripOuterQuotes(trimmed).replace(/\s+/g, ' ');
    return args;
  }

  const positional: string[] = [];
  for (const token of tokenize(trimmed)) {
    const named = /^([a-z_][\w-]*)[:=](.*)$/is.exec(token);
    const option = named && options.find((o) => o.name.toLowerCase() === named[1]!.toLowerCase());
    if (option && named[2]!.trim() !== '') args[option.name] = canonical(option, named[2]!.trim());
    else positional.push(token);
  }

  const open = options.filter((o) => args[o.name] === undefined);
  for (let i = 0; i < open.length && positional.length > 0; i++) {
    const option = open[i]!;
    const isLast = i === open.length - 1;
    if (isLast && !option.choices && option.type !== 'integer') {
      args[option.name] = positional.splice(0).join(' ');
      break;
    }
    if (fits(option, positional[0]!) || option.required) {
      args[option.name] = canonical(option, positional.shift()!);
    }
  }
  return args;
}

/** The first word of an umbrella command's text and what follows it. */
export function splitFirstWord(text: string): { first: string; rest: string } {
  const trimmed = text.trimStart();
  const first = /^\S*/.exec(trimmed)![0];
  return { first, rest: trimmed.slice(first.length).trimStart() };
}
