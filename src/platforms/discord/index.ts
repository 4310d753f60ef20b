/**
 * Discord's entry in the platform registry (src/platforms/index.ts): configured by DISCORD_TOKEN;
 * the adapter (and discord.js) is loaded only when it starts, so the console never pays for it.
 */
import type { PlatformAdapter } from '../platform.js';

/** The Discord adapter. */
export const discordPlatform: PlatformAdapter = {
  id: 'discord',
  configured: (config) => Boolean(config.DISCORD_TOKEN),
  start: async (deps) => (await import('./start.js')).start(deps),
};
