/**
 * Registers the slash commands with Discord: guild commands when a guild id is given (they appear
 * at once, good for development), global commands otherwise. A PUT replaces the whole set, so
 * removed commands disappear too.
 */
import { Routes, type REST } from 'discord.js';
import type { CommandDefinition } from '../../briefing/command.js';
import { toDiscordCommandsJson } from './command-json.js';

/** Where to register. */
export interface RegistrationTarget {
  applicationId: string;
  guildId?: string | undefined;
}

/**
 * Replaces the application's commands with `commands`; resolves to how many Discord now has.
 * @example await registerCommands(rest, { applicationId, guildId }, service.commands)
 */
export async function registerCommands(rest: REST, target: RegistrationTarget, commands: ReadonlyArray<CommandDefinition>): Promise<number> {
  const route = target.guildId ? Routes.applicationGuildCommands(target.applicationId, target.guildId) : Routes.applicationCommands(target.applicationId);
  const registered = (await rest.put(route, { body: toDiscordCommandsJson(commands, { global: !target.guildId }) })) as unknown[];
  return registered.length;
}
