/**
 * Autocomplete choices for Discord: actor names from the briefing service for options marked
 * `autocomplete: 'actor'`, IANA time zones for `autocomplete: 'timezone'`, or the option's fixed
 * choices filtered by what was typed. At most 25 choices, each name and value at most 100
 * characters, no duplicates.
 */
import { optionsOf, type CommandDefinition } from '../../briefing/command.js';
import type { BriefingService, Completion } from '../../briefing/service.js';
import { completeTimeZone } from '../../briefing/time-zones.js';
import { discordName } from './command-json.js';
import { DISCORD_LIMITS } from './limits.js';
import { fitText, singleLine } from './discord-text.js';

/** One autocomplete choice as Discord takes it. */
export interface AutocompleteChoice {
  name: string;
  value: string;
}

/** The command definition Discord knows under `discordCommandName`, if any. */
export function findCommand<C extends Pick<CommandDefinition, 'name'>>(commands: ReadonlyArray<C>, discordCommandName: string): C | undefined {
  return commands.find((c) => isDiscordNameOf(c.name, discordCommandName));
}

/** Whether Discord knows the command or option `name` as `seen` (names are made lower case etc.). */
export function isDiscordNameOf(name: string, seen: string): boolean {
  if (name === seen) return true;
  try {
    return discordName(name) === seen;
  } catch {
    return false;
  }
}

/**
 * The choices to offer while the user types `typed` into option `optionName` of a command (or of
 * its subcommand).
 * @example await autocompleteChoices(service, 'digest', 'subscribe', 'timezone', 'lond') // [{ name: 'Europe/London', value: 'Europe/London' }]
 */
export async function autocompleteChoices(
  service: BriefingService,
  commandName: string,
  subcommand: string | undefined,
  optionName: string,
  typed: string,
): Promise<AutocompleteChoice[]> {
  const command = findCommand(service.commands, commandName);
  const sub = subcommand === undefined ? undefined : command?.subcommands?.find((s) => isDiscordNameOf(s.name, subcommand))?.name;
  const option = command && optionsOf(command, sub).find((o) => isDiscordNameOf(o.name, optionName));
  if (!option) return [];
  const limit = DISCORD_LIMITS.autocompleteChoices;
  const prefix = singleLine(typed).slice(0, DISCORD_LIMITS.optionStringLength);
  let candidates: Completion[];
  if (option.autocomplete === 'actor') candidates = await service.completeActor(prefix, limit);
  else if (option.autocomplete === 'timezone') candidates = completeTimeZone(prefix, limit);
  else candidates = (option.choices ?? []).filter((c) => c.toLowerCase().includes(prefix.toLowerCase())).map((c) => ({ name: c, value: c }));
  const seen = new Set<string>();
  const out: AutocompleteChoice[] = [];
  for (const candidate of candidates) {
    // The value must come back unchanged to be useful, so a value over the limit is left out.
    const value = candidate.value;
    const name = fitText(singleLine(candidate.name) || value, DISCORD_LIMITS.choiceName, (t) => t);
    if (!value || value.length > DISCORD_LIMITS.choiceValue || !name || seen.has(value)) continue;
    seen.add(value);
    out.push({ name, value });
    if (out.length === limit) break;
  }
  return out;
}
