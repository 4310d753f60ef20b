/**
 * Fan-out: one digest slot for 1,000 subscribed Discord channels, delivered by the real scheduler
 * through the real Discord ChannelSender (discord.js REST) to the local fake Discord, which enforces
 * Discord's limits (50 requests/s per bot, 5 messages per 5 s per channel) with 429s and Retry-After.
 * The time is printed next to the floor those limits allow (1,000 posts / 50 per second = 20 s).
 */
import { REST } from 'discord.js';
import { readFileSync } from 'node:fs';
import { pino } from 'pino';
import { parseArticle } from '../src/article/parse-article.js';
import { DEFAULT_ARTICLE } from './real-texts.js';
import { silentLogger } from '../src/logging.js';
import { createDiscordChannelSender } from '../src/platforms/discord/sender.js';
import { createStoreDigestBuilder } from '../src/schedule/digest-content.js';
import { createScheduler } from '../src/schedule/scheduler.js';
import { createSqliteStore } from '../src/store/sqlite-store.js';
import { snowflake } from '../tests/platforms/discord/fake-discord/fake-state.js';
import { startFakeDiscord } from '../tests/platforms/discord/fake-discord/fake-discord.js';

const CHANNELS = 1_000;
const GLOBAL_LIMIT_PER_SECOND = 50;

export default async function fanout(): Promise<string[]> {
  const fake = await startFakeDiscord({ enforceRateLimits: true });
  const slot = new Date('2026-03-29T06:30:00.000Z');
  const store = createSqliteStore(':memory:', { now: () => slot });
  await store.migrate();
  const parsed = parseArticle(readFileSync(DEFAULT_ARTICLE, 'utf8'), { source: DEFAULT_ARTICLE });
  await store.putArticle({
    id: 'a1',
    source: DEFAULT_ARTICLE,
    contentHash: 'a1',
    fingerprint: '',
    parserVersion: parsed.parserVersion,
    parsed,
    ingestedAt: '2026-03-29T05:00:00.000Z',
  });
  const rest = new REST({ api: fake.apiUrl, retries: 1 }).setToken(fake.token);
  // Counts the digests built: one per distinct content, however many channels share it.
  let built = 0;
  const builds = pino({ level: 'debug' }, { write: (line: string) => void (line.includes('"digest built"') && (built += 1)) });
  try {
    for (let i = 0; i < CHANNELS; i++) {
      const channelId = snowflake();
      fake.channels.set(channelId, 'ok');
      await store.putSubscription({
        id: `s${i}`,
        platform: 'discord',
        channelId,
        time: '07:30',
        timezone: 'Europe/London',
        filter: null,
        status: 'active',
        pausedReason: null,
        createdBy: 'bench',
        createdAt: '2026-03-01T00:00:00.000Z',
        lastDeliveredAt: null,
      });
    }
    const scheduler = createScheduler({
      store,
      senders: new Map([['discord', createDiscordChannelSender(rest, silentLogger())]]),
      buildDigest: createStoreDigestBuilder({ store, now: () => slot, logger: builds }),
      clock: { now: () => slot },
      logger: silentLogger(),
      catchupHours: 6,
      instanceId: 'bench',
      concurrency: 16,
    });
    const started = performance.now();
    const summary = await scheduler.runDue();
    const seconds = (performance.now() - started) / 1000;
    const attempts = fake.requests.filter((r) => r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path));
    const posted = attempts.filter((r) => r.status < 300).length;
    const floor = posted / GLOBAL_LIMIT_PER_SECOND;
    return [
      `channels: ${CHANNELS}, sent: ${summary.sent}, failed: ${summary.failed}, messages created: ${posted} (${attempts.length} attempts)`,
      `time to deliver all: ${seconds.toFixed(2)} s (${(posted / seconds).toFixed(0)} posts/s, concurrency 16)`,
      `floor at Discord's global ${GLOBAL_LIMIT_PER_SECOND} req/s: ${floor.toFixed(1)} s`,
      `429s from the fake (enforcing 50 req/s global, 5 per 5 s per channel): ${fake.rateLimitViolations}`,
      `digests built for the ${CHANNELS} channels sharing one filter and zone: ${built}`,
    ];
  } finally {
    await store.close();
    await fake.close();
  }
}
