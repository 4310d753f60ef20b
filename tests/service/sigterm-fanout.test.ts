import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresStore } from '../../src/store/postgres-store.js';
import { RELEASED_CLAIM_AT, type Store } from '../../src/store/store.js';
import { imageCommand } from '../deploy/dockerfile.js';
import { startFakeDiscord, type FakeDiscord } from '../platforms/discord/fake-discord/fake-discord.js';
import { snowflake } from '../platforms/discord/fake-discord/fake-state.js';
import { subscription } from '../store/fixtures.js';
import { startBot, type BotProcess } from './bot-process.js';
import { createOwnDatabase, type OwnDatabase } from './own-database.js';

// Enough channels that Discord's 50 requests a second make the fan-out last a few seconds.
const CHANNELS = 150;
const SIGTERM_AFTER = 25;

let discord: FakeDiscord;
let db: OwnDatabase;
let store: Store;
const bots: BotProcess[] = [];
const channels = Array.from({ length: CHANNELS }, () => snowflake());

beforeAll(async () => {
  discord = await startFakeDiscord({ enforceRateLimits: true });
  db = await createOwnDatabase();
  store = createPostgresStore(db.url);
  await store.migrate();
  // Daily digests due this very minute (UTC), subscribed yesterday: the start-up catch-up sends them.
  const now = new Date();
  const time = `${String(now.getUTCHours()).padStart(2, '0')}:${String(now.getUTCMinutes()).padStart(2, '0')}`;
  for (const channelId of channels) {
    discord.channels.set(channelId, 'ok');
    await store.putSubscription(
      subscription({ id: `s-${channelId}`, channelId, time, timezone: 'UTC', createdAt: new Date(now.getTime() - 86_400_000).toISOString() }),
    );
  }
}, 60_000);

afterAll(async () => {
  for (const bot of bots) bot.cleanup();
  await store?.close();
  await discord?.close();
  await db?.drop();
});

/** A bot process from the image's start command on the shared database and the fake Discord. */
function startReplica(): BotProcess {
  const bot = startBot(imageCommand(), { ...discord.env(), DATABASE_URL: db.url, HEALTH_PORT: '0', LOG_LEVEL: 'info' });
  bots.push(bot);
  return bot;
}

const postedTo = (channelId: string) => discord.channelMessages(channelId).length;
const channelsPosted = () => channels.filter((c) => postedTo(c) > 0).length;
const deliveries = async () => (await Promise.all(channels.map((c) => store.listDeliveries(`s-${c}`)))).flat();

describe('SIGTERM during a digest fan-out', () => {
  it('stops within SHUTDOWN_TIMEOUT_MS, hands back what it had not sent, and a second process sends the rest exactly once', async () => {
    const first = startReplica();
    await discord.waitFor(() => channelsPosted() >= SIGTERM_AFTER, `${SIGTERM_AFTER} digests posted`, 60_000);
    const signalled = first.signal('SIGTERM');
    const exit = await first.exited;
    const stoppedAfterMs = Math.round(exit.at - signalled);

    // Stopped by finishing its steps (the watchdog would exit 1, or log that the limit passed).
    expect(exit, first.text.join('\n')).toMatchObject({ code: 0, signal: null });
    expect(first.logs.find((line) => line.msg === 'stopped')).toMatchObject({ unfinished: [] });
    expect(first.logs.filter((line) => /SHUTDOWN_TIMEOUT_MS/.test(String(line.msg)))).toEqual([]);

    // Mid fan-out: some sent, none twice; the rest unclaimed or handed back, none left claimed.
    const sentByFirst = channelsPosted();
    expect(sentByFirst).toBeLessThan(CHANNELS);
    expect(channels.every((c) => postedTo(c) <= 1)).toBe(true);
    const afterFirst = await deliveries();
    expect(afterFirst.filter((d) => d.status === 'sent')).toHaveLength(sentByFirst);
    const handedBack = afterFirst.filter((d) => d.status === 'claimed');
    expect(handedBack.every((d) => d.claimedAt === RELEASED_CLAIM_AT)).toBe(true);

    const second = startReplica();
    await discord.waitFor(() => channelsPosted() === CHANNELS, 'every channel posted to', 90_000);
    // Each channel got exactly one digest, and the delivery log agrees.
    expect(channels.filter((c) => postedTo(c) !== 1)).toEqual([]);
    let log = await deliveries();
    for (let i = 0; i < 50 && log.some((d) => d.status !== 'sent'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      log = await deliveries();
    }
    expect(log.map((d) => d.status)).toEqual(channels.map(() => 'sent'));
    expect(second.logs.filter((line) => line.msg === 'took over a digest claim a stopping process handed back')).toHaveLength(handedBack.length);

    second.signal('SIGTERM');
    expect(await second.exited).toMatchObject({ code: 0 });
    console.info(
      `SIGTERM mid fan-out: the first process had posted ${sentByFirst}/${CHANNELS}, handed back ${handedBack.length}, ` +
        `and exited ${stoppedAfterMs} ms after the signal (limit ${imageCommand().env.SHUTDOWN_TIMEOUT_MS} ms); the second posted the other ${CHANNELS - sentByFirst}` +
        ` (${imageCommand().fromSources ? 'sources through tsx' : 'compiled dist/'})`,
    );
  }, 180_000);
});
