import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.js';
import { emptyReply } from '../fixtures/reply.js';
import { storedArticle, subscription } from '../store/fixtures.js';
import { startFakePlatform, type FakePlatform } from './fake-platform.js';
import { postgresKind, schedulerFor, sqliteKind, testClock, type StoreKind } from './harness.js';

let platform: FakePlatform;
beforeAll(async () => {
  platform = await startFakePlatform();
});
afterAll(async () => {
  await platform.close();
});

let channelCounter = 0;
/** A channel id no other test uses, since all tests share the fake platform. */
const freshChannel = () => `ch-${process.pid}-${++channelCounter}`;
const postsTo = (channel: string) => platform.messages.filter((m) => m.channelId === channel);

describe.each([
  ['SQLite', sqliteKind],
  ['PostgreSQL', postgresKind],
] as const)('scheduler on %s', (_name, makeKind) => {
  const kinds: StoreKind[] = [];
  const opened: Store[] = [];
  afterAll(async () => {
    for (const store of opened) await store.close();
    for (const kind of kinds) await kind.cleanup();
  });
  // Each test gets its own database, since a run handles every subscription in its store.
  let kind: StoreKind;
  beforeEach(() => {
    kind = makeKind();
    kinds.push(kind);
  });
  const open = async (clock: ReturnType<typeof testClock>) => {
    const store = await kind.open(clock);
    opened.push(store);
    return store;
  };

  it('sends a London 07:30 digest once when runDue runs twice for the slot', async () => {
    const clock = testClock('2026-03-29T06:30:00.000Z');
    const store = await open(clock);
    const channel = freshChannel();
    await store.putSubscription(subscription({ id: `s-${channel}`, channelId: channel, createdAt: '2026-03-01T00:00:00.000Z' }));
    const scheduler = schedulerFor(store, platform.sender(), clock, 'one');
    await scheduler.runDue();
    clock.set('2026-03-29T06:30:30.000Z');
    await scheduler.runDue();
    expect(postsTo(channel)).toHaveLength(1);
    const delivery = await store.getDelivery(`s-${channel}`, '2026-03-29T06:30:00.000Z');
    expect(delivery).toMatchObject({ status: 'sent', claimedBy: 'one', late: false, messageId: postsTo(channel)[0]!.id });
  });

  it('delivers one London digest a day at local 07:30 across both DST changes', async () => {
    const store = await open(testClock('2026-03-01T00:00:00.000Z'));
    const channel = freshChannel();
    const id = `s-${channel}`;
    await store.putSubscription(subscription({ id, channelId: channel, createdAt: '2026-03-01T00:00:00.000Z' }));
    const days = [
      '2026-03-28T07:30:00.000Z',
      '2026-03-29T06:30:00.000Z',
      '2026-03-30T06:30:00.000Z',
      '2026-10-24T06:30:00.000Z',
      '2026-10-25T07:30:00.000Z',
      '2026-10-26T07:30:00.000Z',
    ];
    for (const at of days) {
      const clock = testClock(at);
      // An hour before the slot nothing is due; at the slot exactly one digest goes out.
      clock.set(new Date(Date.parse(at) - 3_600_000).toISOString());
      const before = postsTo(channel).length;
      const scheduler = schedulerFor(store, platform.sender(), clock, 'dst');
      await scheduler.runDue();
      expect(postsTo(channel).length).toBe(before);
      clock.set(at);
      await scheduler.runDue();
      expect(postsTo(channel).length).toBe(before + 1);
    }
    const sent = (await store.listDeliveries(id)).filter((d) => d.status === 'sent').map((d) => d.slot);
    expect(sent).toEqual(days);
  });

  it('sends Tokyo and New York 07:30 digests of the same date at their own instants', async () => {
    const clock = testClock('2026-03-09T22:30:00.000Z');
    const store = await open(clock);
    const [tokyo, newYork] = [freshChannel(), freshChannel()];
    await store.putSubscription(subscription({ id: `s-${tokyo}`, channelId: tokyo, timezone: 'Asia/Tokyo', createdAt: '2026-03-01T00:00:00.000Z' }));
    await store.putSubscription(subscription({ id: `s-${newYork}`, channelId: newYork, timezone: 'America/New_York', createdAt: '2026-03-01T00:00:00.000Z' }));
    const scheduler = schedulerFor(store, platform.sender(), clock, 'zones');
    await scheduler.runDue();
    expect([postsTo(tokyo).length, postsTo(newYork).length]).toEqual([1, 0]);
    clock.set('2026-03-10T11:30:00.000Z');
    await scheduler.runDue();
    expect([postsTo(tokyo).length, postsTo(newYork).length]).toEqual([1, 1]);
  });

  it('sends once when a second scheduler on its own store connection races for the same slot', async () => {
    const clock = testClock('2026-03-29T06:30:00.000Z');
    const [storeA, storeB] = [await open(clock), await open(clock)];
    const channel = freshChannel();
    await storeA.putSubscription(subscription({ id: `s-${channel}`, channelId: channel, createdAt: '2026-03-01T00:00:00.000Z' }));
    const a = schedulerFor(storeA, platform.sender(), clock, 'a');
    const b = schedulerFor(storeB, platform.sender(), clock, 'b');
    const [ra, rb] = await Promise.all([a.runDue(), b.runDue()]);
    expect(postsTo(channel)).toHaveLength(1);
    expect(ra.sent + rb.sent).toBe(1);
    expect(ra.alreadyClaimed + rb.alreadyClaimed).toBe(1);
  });

  it('takes over the claim of a process that died before sending once its lease has run out, and sends once', async () => {
    const clock = testClock('2026-03-29T06:30:00.000Z');
    const store = await open(clock);
    const channel = freshChannel();
    const id = `s-${channel}`;
    await store.putSubscription(subscription({ id, channelId: channel, createdAt: '2026-03-01T00:00:00.000Z' }));
    // The dead process got as far as the claim.
    expect(await store.claimDelivery(id, '2026-03-29T06:30:00.000Z', 'dead', false)).toBe(true);
    clock.set('2026-03-29T07:00:00.000Z');
    const restarted = schedulerFor(await open(clock), platform.sender(), clock, 'restarted');
    const summary = await restarted.start();
    await restarted.stop();
    expect(summary).toMatchObject({ sent: 1, late: 1, takenOver: 1, alreadyClaimed: 0 });
    expect(postsTo(channel)).toHaveLength(1);
    expect(postsTo(channel)[0]!.description).toMatch(/^Late: this digest was due Mar 29, 2026, 07:30/);
    expect(await store.getDelivery(id, '2026-03-29T06:30:00.000Z')).toMatchObject({
      status: 'sent',
      claimedBy: 'restarted',
      attempts: 2,
      late: true,
      messageId: postsTo(channel)[0]!.id,
    });
    // Nothing is left to take over.
    expect(await schedulerFor(store, platform.sender(), clock, 'third').runDue()).toMatchObject({ sent: 0, takenOver: 0 });
    expect(postsTo(channel)).toHaveLength(1);
  });

  it('leaves another process its claim while the lease lasts', async () => {
    const clock = testClock('2026-03-29T06:30:00.000Z');
    const store = await open(clock);
    const channel = freshChannel();
    const id = `s-${channel}`;
    await store.putSubscription(subscription({ id, channelId: channel, createdAt: '2026-03-01T00:00:00.000Z' }));
    expect(await store.claimDelivery(id, '2026-03-29T06:30:00.000Z', 'busy', false)).toBe(true);
    clock.set('2026-03-29T06:31:59.000Z');
    const other = schedulerFor(store, platform.sender(), clock, 'other');
    expect(await other.runDue()).toMatchObject({ sent: 0, alreadyClaimed: 1, takenOver: 0 });
    expect(postsTo(channel)).toHaveLength(0);
    clock.set('2026-03-29T06:32:01.000Z');
    expect(await other.runDue()).toMatchObject({ sent: 1, takenOver: 1, late: 0 });
    expect(postsTo(channel)).toHaveLength(1);
  });

  it('resends a taken-over slot under the same idempotency key, so the message the dead process got out stays the only one', async () => {
    const clock = testClock('2026-03-29T06:30:00.000Z');
    const store = await open(clock);
    const channel = freshChannel();
    const id = `s-${channel}`;
    const slot = '2026-03-29T06:30:00.000Z';
    await store.putSubscription(subscription({ id, channelId: channel, createdAt: '2026-03-01T00:00:00.000Z' }));
    // The first process claimed and sent, then died before recording it.
    await store.claimDelivery(id, slot, 'dying', false);
    const firstAttempt = emptyReply({ title: 'Digest', description: 'first attempt' });
    const { messageId } = await platform.sender().send(channel, firstAttempt, { idempotencyKey: `${id}@${slot}` });
    clock.set('2026-03-29T06:40:00.000Z');
    const summary = await schedulerFor(store, platform.sender(), clock, 'restarted').runDue();
    expect(summary).toMatchObject({ sent: 1, takenOver: 1 });
    expect(postsTo(channel).map((m) => m.id)).toEqual([messageId]);
    expect(await store.getDelivery(id, slot)).toMatchObject({ status: 'sent', messageId, attempts: 2 });
  });

  it('takes over a dead claim as soon as its lease ends, without waiting for the next sweep', async () => {
    const realClock: ReturnType<typeof testClock> = { now: () => new Date(), set: () => undefined };
    const store = await open(realClock);
    const channel = freshChannel();
    const id = `s-${channel}`;
    // A daily slot at this very minute (UTC), claimed just now by a process that then died.
    const now = new Date();
    const time = `${String(now.getUTCHours()).padStart(2, '0')}:${String(now.getUTCMinutes()).padStart(2, '0')}`;
    const slot = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), now.getUTCHours(), now.getUTCMinutes())).toISOString();
    await store.putSubscription(subscription({ id, channelId: channel, time, timezone: 'UTC', createdAt: '2026-01-01T00:00:00.000Z' }));
    expect(await store.claimDelivery(id, slot, 'dead', false)).toBe(true);
    // Long enough that start() still finds the claim fresh on a loaded machine; short for a test.
    const scheduler = schedulerFor(store, platform.sender(), realClock, 'watcher', 6, { leaseMs: 2_000 });
    try {
      expect(await scheduler.start()).toMatchObject({ sent: 0, alreadyClaimed: 1 });
      const deadline = Date.now() + 15_000;
      while (postsTo(channel).length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      await scheduler.stop();
    }
    expect(postsTo(channel)).toHaveLength(1);
    expect(await store.getDelivery(id, slot)).toMatchObject({ status: 'sent', claimedBy: 'watcher', attempts: 2 });
  });

  it('catches up a slot missed while down, marked late, when it is younger than the catch-up window', async () => {
    const clock = testClock('2026-03-29T08:30:00.000Z');
    const store = await open(clock);
    const channel = freshChannel();
    await store.putSubscription(
      subscription({ id: `s-${channel}`, channelId: channel, createdAt: '2026-03-01T00:00:00.000Z', lastDeliveredAt: '2026-03-28T07:30:00.000Z' }),
    );
    const scheduler = schedulerFor(store, platform.sender(), clock, 'late', 6);
    await scheduler.start();
    await scheduler.stop();
    expect(postsTo(channel)).toHaveLength(1);
    expect(postsTo(channel)[0]!.description).toMatch(/^Late: this digest was due Mar 29, 2026, 07:30 \(Europe\/London\)/);
    expect(await store.getDelivery(`s-${channel}`, '2026-03-29T06:30:00.000Z')).toMatchObject({ status: 'sent', late: true });
  });

  it('records a slot older than the catch-up window as skipped instead of sending it', async () => {
    const clock = testClock('2026-03-29T16:30:00.000Z');
    const store = await open(clock);
    const channel = freshChannel();
    await store.putSubscription(
      subscription({ id: `s-${channel}`, channelId: channel, createdAt: '2026-03-01T00:00:00.000Z', lastDeliveredAt: '2026-03-28T07:30:00.000Z' }),
    );
    const summary = await schedulerFor(store, platform.sender(), clock, 'skip', 6).runDue();
    expect(summary).toMatchObject({ sent: 0, skipped: 1 });
    expect(postsTo(channel)).toHaveLength(0);
    expect(await store.getDelivery(`s-${channel}`, '2026-03-29T06:30:00.000Z')).toMatchObject({ status: 'skipped' });
  });

  it('pauses a deleted channel with the reason and still delivers to the other channels', async () => {
    const clock = testClock('2026-03-29T06:30:00.000Z');
    const store = await open(clock);
    const [deleted, healthy] = [freshChannel(), freshChannel()];
    platform.gone.add(deleted);
    for (const channel of [deleted, healthy]) {
      await store.putSubscription(subscription({ id: `s-${channel}`, channelId: channel, createdAt: '2026-03-01T00:00:00.000Z' }));
    }
    const summary = await schedulerFor(store, platform.sender(), clock, 'pause').runDue();
    expect(summary).toMatchObject({ sent: 1, paused: 1 });
    expect(postsTo(healthy)).toHaveLength(1);
    expect(await store.getSubscription('discord', deleted)).toMatchObject({ status: 'paused', pausedReason: expect.stringMatching(/deleted/) });
    expect(await store.getDelivery(`s-${deleted}`, '2026-03-29T06:30:00.000Z')).toMatchObject({ status: 'failed' });
  });

  it('says what is new since the last digest, and one line when nothing is', async () => {
    const clock = testClock('2026-03-29T06:30:00.000Z');
    const store = await open(clock);
    const channel = freshChannel();
    await store.putSubscription(
      subscription({ id: `s-${channel}`, channelId: channel, createdAt: '2026-03-01T00:00:00.000Z', lastDeliveredAt: '2026-03-28T06:30:00.000Z' }),
    );
    await store.putArticle(storedArticle({ id: `a-${channel}`, source: `${channel}.txt`, contentHash: channel, ingestedAt: '2026-03-29T05:00:00.000Z' }));
    const scheduler = schedulerFor(store, platform.sender(), clock, 'content');
    await scheduler.runDue();
    expect(postsTo(channel)[0]!.description).toMatch(/^From \d+ articles?/);
    clock.set('2026-03-30T06:30:00.000Z');
    // Other tests' articles share the store; only articles after this digest count.
    await scheduler.runDue();
    expect(postsTo(channel)[1]!.description).toBe('Nothing new since Mar 29, 2026, 07:30 (Europe/London).');
  });
});
