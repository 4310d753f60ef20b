/**
 * Converts the neutral command definitions into Discord application command JSON (chat input
 * commands, API v10), within Discord's rules: names lower case up to 32 characters, descriptions
 * 1-100 characters, required options first, autocomplete and fixed choices never together.
 * Subcommands become SUB_COMMAND options (Discord cannot mix them with the command's own options,
 * so the own form is left to its twin command, e.g. /briefing for /digest). A command that changes
 * settings gets `default_member_permissions` (Manage Channels, which server admins can change
 * under Server Settings > Integrations) and runs in servers only; the others in DMs with the bot too.
 */
import type { APIApplicationCommandBasicOption, APIApplicationCommandSubcommandOption, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { CommandDefinition, CommandOption } from '../../briefing/command.js';
import { DISCORD_LIMITS } from './limits.js';
import { fitText, singleLine } from './discord-text.js';

// Values of ApplicationCommandType / ApplicationCommandOptionType (API v10), inlined so this pure
// module does not load the Discord client library.
const CHAT_INPUT = 1;
const SUB_COMMAND = 1;
const STRING_OPTION = 3;
const INTEGER_OPTION = 4;
// InteractionContextType: in a server, in a DM with the bot; ApplicationIntegrationType: installed to a server.
const CONTEXT_GUILD = 0;
const CONTEXT_BOT_DM = 1;
const GUILD_INSTALL = 0;
/** PermissionFlagsBits.ManageChannels (1 << 4), as the decimal string Discord wants. */
export const MANAGE_CHANNELS_PERMISSION = String(1 << 4);

/** A valid Discord command or option name: lower case letters, digits, "-" and "_", 1-32 long. */
export function discordName(name: string): string {
  const dashed = name
    .trim()
    .toLowerCase()
    .replace(/[^-_\p{L}\p{N}]+/gu, '-');
  // Dashes off both ends, read from the ends (an end-anchored pattern rescans every run of dashes).
  let start = 0;
  let end = dashed.length;
  while (start < end && dashed[start] === '-') start++;
  while (end > start && dashed[end - 1] === '-') end--;
  const cleaned = dashed.slice(start, end).slice(0, DISCORD_LIMITS.commandName);
  if (!cleaned) throw new Error(`Command or option name "${name}" has no letters or digits Discord accepts`);
  return cleaned;
}

const description = (text: string, fallback: string): string => fitText(singleLine(text) || fallback, DISCORD_LIMITS.commandDescription, (t) => t);

function optionJson(option: CommandOption): APIApplicationCommandBasicOption {
  const base = {
    name: discordName(option.name),
    description: description(option.description, option.name),
    required: option.required,
  };
  if (option.type === 'integer') {
    const choices = option.choices
      ?.map(Number)
      .filter(Number.isInteger)
      .slice(0, DISCORD_LIMITS.autocompleteChoices)
      .map((value) => ({ name: String(value), value }));
    if (option.autocomplete) return { ...base, type: INTEGER_OPTION, autocomplete: true };
    return choices?.length ? { ...base, type: INTEGER_OPTION, choices } : { ...base, type: INTEGER_OPTION };
  }
  const maxLength = option.maxLength === undefined ? undefined : Math.min(Math.max(1, Math.floor(option.maxLength)), DISCORD_LIMITS.optionStringLength);
  const withLength = maxLength === undefined ? base : { ...base, max_length: maxLength };
  // Discord refuses autocomplete together with fixed choices: completion wins, it is the richer one.
  if (option.autocomplete) return { ...withLength, type: STRING_OPTION, autocomplete: true };
  const choices = option.choices?.slice(0, DISCORD_LIMITS.autocompleteChoices).map((value) => ({
    name: fitText(value, DISCORD_LIMITS.choiceName, (t) => t),
    value: value.slice(0, DISCORD_LIMITS.choiceValue),
  }));
  return choices?.length ? { ...withLength, type: STRING_OPTION, choices } : { ...withLength, type: STRING_OPTION };
}

const sortedOptions = (options: readonly CommandOption[]) =>
  [...options]
    .sort((a, b) => Number(b.required) - Number(a.required))
    .slice(0, DISCORD_LIMITS.optionsPerCommand)
    .map(optionJson);

/** Whether the command or any subcommand changes settings. */
export function changesSettings(command: Pick<CommandDefinition, 'changesSettings' | 'subcommands'>): boolean {
  return command.changesSettings === true || (command.subcommands ?? []).some((s) => s.changesSettings === true);
}

/** Where commands are registered: globally (everywhere the app is), or in one guild (contexts do not apply there). */
export interface RegistrationScope {
  global: boolean;
}

/**
 * The JSON body Discord expects for one chat input command.
 * @example toDiscordCommandJson(whoCommand).options[0].autocomplete // true
 */
export function toDiscordCommandJson(
  command: Pick<CommandDefinition, 'name' | 'description' | 'options' | 'subcommands' | 'changesSettings'>,
  scope: RegistrationScope = { global: true },
) {
  const options = command.subcommands?.length
    ? command.subcommands.slice(0, DISCORD_LIMITS.optionsPerCommand).map((sub): APIApplicationCommandSubcommandOption => ({
        type: SUB_COMMAND,
        name: discordName(sub.name),
        description: description(sub.description, sub.name),
        options: sortedOptions(sub.options),
      }))
    : sortedOptions(command.options);
  const restricted = changesSettings(command);
  const json: RESTPostAPIChatInputApplicationCommandsJSONBody = {
    type: CHAT_INPUT,
    name: discordName(command.name),
    description: description(command.description, command.name),
    options,
    default_member_permissions: restricted ? MANAGE_CHANNELS_PERMISSION : null,
    // Discord reads contexts and integration types on global commands only.
    ...(scope.global ? { contexts: restricted ? [CONTEXT_GUILD] : [CONTEXT_GUILD, CONTEXT_BOT_DM], integration_types: [GUILD_INSTALL] } : {}),
  };
  return json;
}

/** The JSON bodies for a whole command set, in the order given. */
export function toDiscordCommandsJson(
  commands: ReadonlyArray<Pick<CommandDefinition, 'name' | 'description' | 'options' | 'subcommands' | 'changesSettings'>>,
  scope: RegistrationScope = { global: true },
): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return commands.map((command) => toDiscordCommandJson(command, scope));
}
