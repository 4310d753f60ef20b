/**
 * Autocomplete choices for Discord: actor names from the briefing service for options marked
 * `autocomplete: 'actor'`, or the option's fixed choices filtered by what was typed. At most 25
 * choices, each name and value at most 100 characters, no duplicates.
 */
import type { Command } from '../../briefing/command.js';
import type { BriefingService } from '../../briefing/service.js';
import { discordName } from './command-json.js';
import { DISCORD_LIMITS } from './discord-limits.js';
import { fitText, singleLine } from './discord-text.js';

/** One autocomplete choice as Discord takes it. */
export interface AutocompleteChoice {
  name: string;
  value: string;
}

/** The command definition Discord knows under `discordCommandName`, if any. */
export function findCommand(
  commands: ReadonlyArray<Command<unknown>>,
  discordCommandName: string,
): Command<unknown> | undefined {
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
 * The choices to offer while the user types `typed` into option `optionName` of a command.
 * @example await autocompleteChoices(service, 'who', 'name', 'Sm') // [{ name: 'Jane Smith', value: 'Jane Smith' }, ...]
 */
export async function autocompleteChoices(
  service: BriefingService,
  commandName: string,
  optionName: string,
  typed: string,
): Promise<AutocompleteChoice[]> {
  const option = findCommand(service.commands, commandName)?.options.find((o) => isDiscordNameOf(o.name, optionName));
  if (!option) return [];
  const limit = DISCORD_LIMITS.autocompleteChoices;
  const prefix = singleLine(typed).slice(0, DISCORD_LIMITS.optionStringLength);
  const candidates =
    option.autocomplete === 'actor'
      ? await service.completeActor(prefix, limit)
      : (option.choices ?? [])
          .filter((c) => c.toLowerCase().includes(prefix.toLowerCase()))
          .map((c) => ({ name: c, value: c }));
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
