import { REST } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logging.js';
import type { ChannelSender } from '../../src/platforms/channel-sender.js';
import { createDiscordChannelSender } from '../../src/platforms/discord/sender.js';
import type { RunSummary } from '../../src/schedule/scheduler.js';
import type { Store } from '../../src/store/store.js';
import { startFakeDiscord, type FakeDiscord } from '../platforms/discord/fake-discord/fake-discord.js';
import { snowflake } from '../platforms/discord/fake-discord/fake-state.js';
import { subscription } from '../store/fixtures.js';
import { postgresKind, schedulerFor, testClock, type StoreKind } from './harness.js';

const CHANNELS = 50;
const LEASE_MS = 120_000;
const slot = '2026-03-29T06:30:00.000Z'; // 07:30 in London

/** Never settles: what a killed process's pending calls amount to. */
const never = new Promise<never>(() => undefined);

/**
 * A replica that dies like a process killed with SIGKILL once `posts` of its messages have reached
 * Discord: from then on every call into its store or sender hangs, so the claims it holds stay
 * unfinished and the messages it had sent stay unrecorded.
 */
function killable(store: Store, sender: ChannelSender, posts: number): { store: Store; sender: ChannelSender } {
  let dead = false;
  let sent = 0;
  const deadStore = new Proxy(store, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => (dead ? never : (value as (...a: unknown[]) => unknown).apply(target, args));
    },
  });
  return {
    store: deadStore,
    sender: {
      platform: sender.platform,
      async send(...args) {
        if (dead) return never;
        const result = await sender.send(...args);
        if (++sent >= posts) dead = true;
        return dead ? never : result;
      },
    },
  };
}

let discord: FakeDiscord;
let kind: StoreKind;
const stores: Store[] = [];
const clock = testClock('2026-03-29T06:30:05.000Z');
beforeAll(async () => {
  // Discord forgets a nonce 60 s after the message, on the test's clock: half the lease.
  discord = await startFakeDiscord({ now: () => clock.now().getTime(), nonceWindowMs: 60_000 });
  kind = postgresKind();
});
afterAll(async () => {
  for (const store of stores) await store.close();
  await kind.cleanup();
  await discord.close();
});

/** A Discord sender of its own, as each replica process has its own REST client. */
const discordSender = () => createDiscordChannelSender(new REST({ api: discord.apiUrl, retries: 0 }).setToken(discord.token), silentLogger());

describe('three replicas on one PostgreSQL, one killed mid-fan-out, Discord forgetting nonces after 60 s', () => {
  it("post exactly one digest to each channel once the survivors take over the dead replica's claims", async () => {
    for (let i = 0; i < 3; i++) stores.push(await kind.open(clock));
    const channels = Array.from({ length: CHANNELS }, () => snowflake(clock.now().getTime()));
    for (const [i, channel] of channels.entries()) {
      discord.channels.set(channel, 'ok');
      await stores[0]!.putSubscription(subscription({ id: `s${i}`, channelId: channel, createdAt: '2026-03-28T12:00:00.000Z' }));
    }
    const doomed = killable(stores[0]!, discordSender(), 3);
    const replicas = [
      schedulerFor(doomed.store, doomed.sender, clock, 'replica-killed', 6, { leaseMs: LEASE_MS }),
      schedulerFor(stores[1]!, discordSender(), clock, 'replica-b', 6, { leaseMs: LEASE_MS }),
      schedulerFor(stores[2]!, discordSender(), clock, 'replica-c', 6, { leaseMs: LEASE_MS }),
    ];

    // The slot fires on all three; the killed replica's run never returns.
    void replicas[0]!.runDue();
    await Promise.all(replicas.slice(1).map((r) => r.runDue()));
    const perChannel = () => channels.map((c) => discord.channelMessages(c).length);
    const deliveries = () => Promise.all(channels.map((_, i) => stores[1]!.getDelivery(`s${i}`, slot)));
    // Posted by the killed replica but never recorded: only the channel itself knows.
    const orphaned = (await deliveries()).filter((d, i) => d?.status === 'claimed' && perChannel()[i] === 1).length;
    expect(orphaned).toBeGreaterThanOrEqual(1);

    // Past the lease, and so well past Discord's memory of those nonces.
    clock.set(new Date(Date.parse(slot) + LEASE_MS + 60_000).toISOString());
    const secondRound = await Promise.all(replicas.slice(1).map((r) => r.runDue()));

    expect(perChannel()).toEqual(channels.map(() => 1));
    expect(sum(secondRound, 'takenOver')).toBeGreaterThanOrEqual(orphaned);
    expect((await deliveries()).map((d) => [d?.status, d?.messageId])).toEqual(channels.map((c) => ['sent', discord.channelMessages(c)[0]!.id]));
  });
});

function sum(summaries: RunSummary[], field: keyof RunSummary): number {
  return summaries.reduce((n, s) => n + s[field], 0);
}
