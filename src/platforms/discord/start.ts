/**
 * Starts the bot on Discord: a gateway client that answers slash commands, autocomplete and
 * paging buttons from the briefing service, registers the commands, and gives the scheduler a
 * ChannelSender. `DISCORD_API_URL` points the same code at a local server speaking Discord's API.
 */
import { Client, Events, GatewayIntentBits } from 'discord.js';
import { ConfigError } from '../../config.js';
import type { PlatformDeps, RunningPlatform } from '../platform.js';
import { countRestRetries } from './count-rest-retries.js';
import { createDiscordChannelSender } from './sender.js';
import { createInteractionHandler } from './handle.js';
import { registerCommands } from './register-commands.js';
import { NO_MENTIONS } from './reply-view.js';

/** Tuning knobs; the defaults suit production. */
export interface DiscordStartOptions {
  /** Defer a reply when the answer is not ready after this long (Discord allows 3 s). */
  deferAfterMs?: number;
  /** Give up starting when the gateway is not ready after this long. */
  readyTimeoutMs?: number;
}

/** Resolves when the client is ready; rejects after `timeoutMs`. */
function whenReady(client: Client, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`Discord gateway not ready after ${timeoutMs} ms: check DISCORD_TOKEN and the network`)),
      timeoutMs,
    );
    client.once(Events.ClientReady, () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * Connects to Discord and starts answering. Resolves once the gateway is ready and the commands
 * are registered (a registration failure is logged, not fatal: the old commands still work).
 * @example const discord = await start({ config, service, logger }); await discord.stop();
 */
export async function start(deps: PlatformDeps, options: DiscordStartOptions = {}): Promise<RunningPlatform> {
  const { config, service } = deps;
  const logger = deps.logger.child({ platform: 'discord' });
  const token = config.DISCORD_TOKEN;
  const applicationId = config.DISCORD_APPLICATION_ID;
  if (!token) throw new ConfigError('DISCORD_TOKEN is missing: set it to the bot token from the Discord developer portal');
  if (!applicationId) throw new ConfigError('DISCORD_APPLICATION_ID is missing: set it to your application id');

  const client = new Client({
    // Interactions need no intent; Guilds keeps channel names in the cache for CommandInput.
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: NO_MENTIONS,
    rest: config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {},
  });
  client.on(Events.Error, (err) => logger.error({ err }, 'Discord client error'));
  client.on(Events.Warn, (message) => logger.warn({ message }, 'Discord client warning'));
  client.on(Events.ShardError, (err, shardId) => logger.error({ err, shardId }, 'gateway connection error'));
  client.on(Events.ShardDisconnect, (event, shardId) => logger.warn({ code: event.code, shardId }, 'gateway disconnected'));
  client.on(Events.ShardReconnecting, (shardId) => logger.warn({ shardId }, 'gateway reconnecting'));
  client.on(Events.ShardResume, (shardId, replayed) => logger.info({ shardId, replayed }, 'gateway session resumed'));
  client.on(Events.Invalidated, () => logger.error('Discord session invalidated'));
  client.rest.on('rateLimited', (info) =>
    logger.warn({ route: info.route, retryAfterMs: info.retryAfter, global: info.global }, 'Discord rate limit: waiting'),
  );
  if (deps.metrics) countRestRetries(client.rest, deps.metrics);
  client.on(
    Events.InteractionCreate,
    createInteractionHandler({ service, logger, deferAfterMs: options.deferAfterMs ?? 1500 }),
  );

  const ready = whenReady(client, options.readyTimeoutMs ?? 30_000);
  ready.catch(() => undefined); // awaited below, after login; login failing first must not leave it unhandled
  await client.login(token);
  try {
    await ready;
  } catch (err) {
    await client.destroy();
    throw err;
  }
  logger.info({ user: client.user?.tag, applicationId }, 'connected to Discord');

  const guildId = config.DISCORD_GUILD_ID;
  try {
    const count = await registerCommands(client.rest, { applicationId, guildId }, service.commands);
    logger.info({ count, scope: guildId ? 'guild' : 'global', guildId }, 'registered slash commands');
  } catch (err) {
    logger.error({ err }, 'could not register slash commands; run `npx briefing discord:deploy` to retry');
  }

  let stopped = false;
  return {
    sender: createDiscordChannelSender(client.rest, logger),
    connected: () => client.isReady(),
    async stop() {
      if (stopped) return;
      stopped = true;
      await client.destroy();
      logger.info('disconnected from Discord');
    },
  };
}
