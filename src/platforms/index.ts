/**
 * Every chat platform the bot can run on, in one list. `npm start` starts each one whose
 * configuration is present; the core, the store and the scheduler know a platform only by its id
 * (a string). A new platform is a folder beside these (start, handle, render, sender, limits and an
 * index.ts exporting its PlatformAdapter) and one line here.
 */
import type { PlatformAdapter } from './platform.js';
import { discordPlatform } from './discord/index.js';
import { slackPlatform } from './slack/index.js';

/** The chat platforms, in the order they start. */
export const platformAdapters: readonly PlatformAdapter[] = [discordPlatform, slackPlatform];

/** The adapters whose configuration is present. */
export function configuredPlatforms(config: Parameters<PlatformAdapter['configured']>[0]): PlatformAdapter[] {
  return platformAdapters.filter((adapter) => adapter.configured(config));
}
