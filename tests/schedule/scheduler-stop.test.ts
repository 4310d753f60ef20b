import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelSender } from '../../src/platforms/channel-sender.js';
import { createStoreDigestBuilder } from '../../src/schedule/digest-content.js';
import type { Scheduler } from '../../src/schedule/scheduler.js';
import { noopMetrics, type DigestOutcome, type Metrics } from '../../src/service/metrics.js';
import { RELEASED_CLAIM_AT, type Store } from '../../src/store/store.js';
import { subscription } from '../store/fixtures.js';
import { startFakePlatform, type FakePlatform } from './fake-platform.js';
import { postgresKind, schedulerFor, sqliteKind, testClock, type StoreKind } from './harness.js';

const slot = '2026-03-29T06:30:00.000Z';
const clock = testClock('2026-03-29T06:30:10.000Z');

let platform: FakePlatform;
beforeAll(async () => void (platform = await startFakePlatform()));
afterAll(() => platform.close());
const postsTo = (channel: string) => platform.messages.filter((m) => m.channelId === channel);
let channelCounter = 0;

/** Metrics that remember the digest outcomes they were told. */
function digestRecorder(): Metrics & { outcomes: DigestOutcome[] } {
  const outcomes: DigestOutcome[] = [];
  return { ...noopMetrics, outcomes, digestFinished: (_platform, outcome) => void outcomes.push(outcome) };
}

describe.each([
  ['SQLite', sqliteKind],
  ['PostgreSQL', postgresKind],
] as const)('a scheduler on %s stopped mid fan-out', (_name, makeKind) => {
  const kinds: StoreKind[] = [];
  const opened: Store[] = [];
  afterAll(async () => {
    await Promise.all(opened.map((store) => store.close()));
    await Promise.all(kinds.map((kind) => kind.cleanup()));
  });
  /** A database of the test's own, opened twice: two processes' views of it. */
  const twoProcesses = async () => {
    const kind = makeKind();
    kinds.push(kind);
    const stores = [await kind.open(clock), await kind.open(clock)] as const;
    opened.push(...stores);
    return stores;
  };
  const subscribe = async (store: Store, count: number) => {
    const channels = Array.from({ length: count }, () => `stop-${process.pid}-${String(++channelCounter).padStart(4, '0')}`);
    for (const channel of channels) {
      await store.putSubscription(subscription({ id: `s-${channel}`, channelId: channel, createdAt: '2026-03-28T12:00:00.000Z' }));
    }
    return channels;
  };

  it('claims nothing more, hands back the digest it had built but not sent, and another process sends the rest once', async () => {
    const [first, second] = await twoProcesses();
    const channels = await subscribe(first, 12);
    const metrics = digestRecorder();
    const build = createStoreDigestBuilder({ store: first, now: () => clock.now() });
    let scheduler: Scheduler | undefined;
    let stopping: Promise<void> | undefined;
    // SIGTERM arrives while the fifth digest is being built.
    let built = 0;
    scheduler = schedulerFor(first, platform.sender(), clock, 'stopping', 6, {
      concurrency: 1,
      metrics,
      buildDigest: async (sub, since) => {
        if (++built === 5) stopping = scheduler!.stop();
        return build(sub, since);
      },
    });

    const summary = await scheduler.runDue();
    await stopping;
    expect(summary).toMatchObject({ sent: 4, released: 1, leftUnclaimed: 7, failed: 0 });
    expect(metrics.outcomes).toEqual(['sent', 'sent', 'sent', 'sent', 'released']);
    const handedBack = await first.getDelivery(`s-${channels[4]}`, slot);
    expect(handedBack).toMatchObject({ status: 'claimed', claimedBy: 'stopping', claimedAt: RELEASED_CLAIM_AT });
    expect(await first.getDelivery(`s-${channels[5]}`, slot)).toBeNull();

    const other = await schedulerFor(second, platform.sender(), clock, 'other').runDue();
    expect(other).toMatchObject({ sent: 8, takenOver: 1, failed: 0 });
    for (const channel of channels) expect(postsTo(channel)).toHaveLength(1);
  });

  it('hands back the claim of a send still under way when the hand-back time runs out, and records nothing for it after', async () => {
    const [first, second] = await twoProcesses();
    const [channel] = await subscribe(first, 1);
    let finishHungSend: (outcome: Error) => void = () => undefined;
    const hanging: ChannelSender = {
      platform: 'discord',
      send: () => new Promise((_resolve, reject) => (finishHungSend = reject)),
    };
    const scheduler = schedulerFor(first, hanging, clock, 'hung');
    const run = scheduler.runDue();
    while ((await first.getDelivery(`s-${channel}`, slot)) === null) await new Promise((resolve) => setTimeout(resolve, 10));

    await scheduler.stop({ handBackAfterMs: 100 });
    expect(await first.getDelivery(`s-${channel}`, slot)).toMatchObject({ status: 'claimed', claimedAt: RELEASED_CLAIM_AT });
    expect(await schedulerFor(second, platform.sender(), clock, 'other').runDue()).toMatchObject({ sent: 1, takenOver: 1 });

    // The hung request fails at last; the delivery stays the other process's success.
    finishHungSend(new Error('socket hang up'));
    expect(await run).toMatchObject({ sent: 0, failed: 0 });
    expect(await first.getDelivery(`s-${channel}`, slot)).toMatchObject({ status: 'sent', claimedBy: 'other', attempts: 2 });
    expect(postsTo(channel!)).toHaveLength(1);
  });
});
