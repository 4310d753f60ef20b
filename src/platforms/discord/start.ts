/**
 * Starts the bot on Discord: gateway clients that answer slash commands, autocomplete and paging
 * buttons from the briefing service, registers the commands, and gives the scheduler a
 * ChannelSender. Alone, one client runs every shard Discord recommends (`shards: 'auto'`); with
 * replicas sharing a store, each shard is held by one replica through a lease (shard-holder.ts), so
 * every interaction reaches exactly one of them. `DISCORD_API_URL` points the same code at a local
 * server speaking Discord's API.
 */
import { hostname } from 'node:os';
import { Client, Events, GatewayIntentBits, REST, Routes } from 'discord.js';
import { ConfigError } from '../../config.js';
import type { PlatformDeps, RunningPlatform } from '../platform.js';
import { countRestRetries } from './count-rest-retries.js';
import { createDiscordChannelSender } from './sender.js';
import { createInteractionHandler } from './handle.js';
import { registerCommands } from './register-commands.js';
import { NO_MENTIONS } from './reply-view.js';
import { startShardHolder } from './shard-holder.js';

/** Tuning knobs; the defaults suit production. */
export interface DiscordStartOptions {
  /** Defer a reply when the answer is not ready after this long (Discord allows 3 s). */
  deferAfterMs?: number;
  /** Give up starting when the gateway is not ready after this long. */
  readyTimeoutMs?: number;
  /** Names this replica in the shard leases (default host-pid). */
  replicaId?: string;
  /** Shard leases: how long an unrenewed one stays held, and how often they are renewed (defaults 30 s, 10 s). */
  leaseTtlMs?: number;
  leaseTickMs?: number;
}

/** Resolves when the client is ready; rejects after `timeoutMs`. */
function whenReady(client: Client, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Discord gateway not ready after ${timeoutMs} ms: check DISCORD_TOKEN and the network`)), timeoutMs);
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

  const rest = new REST(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}).setToken(token);
  rest.on('rateLimited', (info) => logger.warn({ route: info.route, retryAfterMs: info.retryAfter, global: info.global }, 'Discord rate limit: waiting'));
  if (deps.metrics) countRestRetries(rest, deps.metrics);
  // The gateway clients running now: one with shards 'auto', one per held shard with leases.
  const clients = new Set<Client>();
  const handler = createInteractionHandler({ service, logger, deferAfterMs: options.deferAfterMs ?? 1500 });
  const connect = async (shards: 'auto' | number[], shardCount?: number): Promise<Client> => {
    const client = new Client({
      // Interactions need no intent; Guilds keeps channel names in the cache for CommandInput.
      intents: [GatewayIntentBits.Guilds],
      allowedMentions: NO_MENTIONS,
      rest: config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {},
      shards,
      ...(shardCount ? { shardCount } : {}),
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
    client.on(Events.InteractionCreate, handler);
    const ready = whenReady(client, options.readyTimeoutMs ?? 30_000);
    ready.catch(() => undefined); // awaited below, after login; login failing first must not leave it unhandled
    try {
      await client.login(token);
      await ready;
    } catch (err) {
      await client.destroy();
      throw err;
    }
    clients.add(client);
    return client;
  };

  let disconnect: () => Promise<void>;
  if (deps.leases) {
    const { shards } = (await rest.get(Routes.gatewayBot())) as { shards: number };
    const holder = await startShardHolder({
      leases: deps.leases,
      holder: options.replicaId ?? `${hostname()}-${process.pid}`,
      shardCount: Math.max(1, shards),
      connect: async (shard) => {
        const client = await connect([shard], Math.max(1, shards));
        return {
          async stop() {
            clients.delete(client);
            await client.destroy();
          },
        };
      },
      logger,
      ...(options.leaseTtlMs ? { ttlMs: options.leaseTtlMs } : {}),
      ...(options.leaseTickMs ? { tickMs: options.leaseTickMs } : {}),
    });
    disconnect = () => holder.stop();
    logger.info({ applicationId, shards, held: holder.held() }, 'connected to Discord, sharing its shards with other replicas');
  } else {
    const client = await connect('auto');
    disconnect = () => client.destroy();
    logger.info({ user: client.user?.tag, applicationId, shards: client.ws.shards.size }, 'connected to Discord');
  }

  const guildId = config.DISCORD_GUILD_ID;
  try {
    const count = await registerCommands(rest, { applicationId, guildId }, service.commands);
    logger.info({ count, scope: guildId ? 'guild' : 'global', guildId }, 'registered slash commands');
  } catch (err) {
    logger.error({ err }, 'could not register slash commands; run `npx briefing discord:deploy` to retry');
  }

  let stopped = false;
  return {
    sender: createDiscordChannelSender(rest, logger),
    // Ready when every shard held is connected; a replica holding none still posts digests over REST.
    connected: () => [...clients].every((client) => client.isReady()),
    async stop() {
      if (stopped) return;
      stopped = true;
      await disconnect();
      logger.info('disconnected from Discord');
    },
  };
}
