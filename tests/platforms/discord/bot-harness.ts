/** Starts the real Discord bot (real discord.js client) against a fresh fake Discord. */
import { pino } from 'pino';
import type { BriefingService } from '../../../src/briefing/service.js';
import { loadConfig } from '../../../src/config.js';
import type { RunningPlatform } from '../../../src/platforms/platform.js';
import { start, type DiscordStartOptions } from '../../../src/platforms/discord/start.js';
import { startFakeDiscord, type FakeDiscord } from './fake-discord/fake-discord.js';

/** A running bot, its fake Discord and the log lines it wrote. */
export interface Harness {
  fake: FakeDiscord;
  bot: RunningPlatform;
  logs: Array<Record<string, any>>;
  stop(): Promise<void>;
}

/** Starts a fake Discord and the bot connected to it. */
export async function startBot(service: BriefingService, options: DiscordStartOptions & { env?: Record<string, string> } = {}): Promise<Harness> {
  const fake = await startFakeDiscord();
  const logs: Array<Record<string, any>> = [];
  // Each log line counts as a change, so tests can wait for one with fake.waitFor.
  const write = (line: string) => {
    logs.push(JSON.parse(line));
    fake.changed();
  };
  const logger = pino({ level: 'debug', base: undefined }, { write });
  const config = loadConfig(fake.env(options.env));
  const bot = await start({ config, service, logger }, options);
  return {
    fake,
    bot,
    logs,
    async stop() {
      await bot.stop();
      await fake.close();
    },
  };
}
