/**
 * `briefing discord:deploy`: registers the slash commands with Discord over REST alone (no
 * gateway, no articles loaded): guild commands when DISCORD_GUILD_ID is set, global otherwise.
 * Problems are one line on stderr and a non-zero exit code.
 */
import { REST } from 'discord.js';
import { briefingCommands } from '../../commands/index.js';
import { ConfigError, loadConfig } from '../config.js';
import { registerCommands } from '../platforms/discord/register-commands.js';

/** Where the command reads configuration and writes its result; the process by default. */
export interface DiscordDeployIo {
  env?: Record<string, string | undefined>;
  stdout?: NodeJS.WritableStream;
  stderr?: NodeJS.WritableStream;
}

/** The command definitions the bot registers: only names and options matter. */
function commandDefinitions() {
  return briefingCommands;
}

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * Runs the deploy command; resolves to the exit code (0 done, 1 Discord refused, 2 configuration).
 * @example process.exitCode = await runDiscordDeploy();
 */
export async function runDiscordDeploy(io: DiscordDeployIo = {}): Promise<number> {
  const stdout = io.stdout ?? process.stdout;
  const stderr = io.stderr ?? process.stderr;
  const fail = (code: number, message: string) => {
    stderr.write(`briefing discord:deploy: ${oneLine(message)}\n`);
    return code;
  };
  if (!io.env) (await import('dotenv')).config({ quiet: true });
  let config;
  try {
    config = loadConfig(io.env ?? process.env);
  } catch (err) {
    if (err instanceof ConfigError) return fail(2, err.message);
    throw err;
  }
  const token = config.DISCORD_TOKEN;
  const applicationId = config.DISCORD_APPLICATION_ID;
  if (!token) return fail(2, 'DISCORD_TOKEN is missing: set it to the bot token from the Discord developer portal');
  if (!applicationId) return fail(2, 'DISCORD_APPLICATION_ID is missing: set it to your application id');

  const rest = new REST(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}).setToken(token);
  const guildId = config.DISCORD_GUILD_ID;
  try {
    const count = await registerCommands(rest, { applicationId, guildId }, commandDefinitions());
    stdout.write(`Registered ${count} slash commands ${guildId ? `in guild ${guildId}` : 'globally'}.\n`);
    return 0;
  } catch (err) {
    return fail(1, `Discord did not accept the commands: ${err instanceof Error ? err.message : String(err)}`);
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}
