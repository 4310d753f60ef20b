import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStoreDigestBuilder } from '../../src/schedule/digest-content.js';
import { createScheduler } from '../../src/schedule/scheduler.js';
import { createSqliteStore } from '../../src/store/sqlite-store.js';
import type { Store, Subscription } from '../../src/store/store.js';
import { memoryLogger } from '../fixtures/memory-logger.js';
import { firstReport, laterReport, stored } from '../store/corpus-fixtures.js';
import { startFakePlatform, type FakePlatform } from './fake-platform.js';

const slot = new Date('2026-01-02T07:30:00.000Z');

function subscription(i: number, filter: string | null): Subscription {
  return {
    id: `s${i}`,
    platform: 'discord',
    channelId: `c${i}`,
    time: '07:30',
    timezone: 'UTC',
    filter,
    status: 'active',
    pausedReason: null,
    createdBy: 'u',
    createdAt: '2025-12-01T00:00:00.000Z',
    lastDeliveredAt: null,
  };
}

describe('a digest slot shared by many channels', () => {
  let platform: FakePlatform;
  let store: Store;
  beforeAll(async () => {
    platform = await startFakePlatform();
    store = createSqliteStore(':memory:', { now: () => slot });
    await store.migrate();
    await store.putArticle(stored(firstReport(), { ingestedAt: '2026-01-01T12:00:00.000Z' }));
    await store.putArticle(stored(laterReport(), { ingestedAt: '2026-01-01T13:00:00.000Z' }));
  });
  afterAll(async () => {
    await store.close();
    await platform.close();
  });

  it('builds each digest once per filter and sends it to every channel sharing it', async () => {
    for (let i = 0; i < 120; i += 1) await store.putSubscription(subscription(i, i < 100 ? null : 'Brastova'));
    const { logger, logs } = memoryLogger();
    const scheduler = createScheduler({
      store,
      senders: new Map([['discord', platform.sender('discord')]]),
      buildDigest: createStoreDigestBuilder({ store, now: () => slot, logger }),
      clock: { now: () => slot },
      logger,
      catchupHours: 6,
      instanceId: 'one',
    });
    const summary = await scheduler.runDue(slot);
    expect(summary.sent).toBe(120);
    expect(new Set(platform.messages.map((m) => m.channelId)).size).toBe(120);
    const built = logs.filter((l) => l.msg === 'digest built');
    expect(built.map((l) => l.filter ?? null).sort()).toEqual(['Brastova', null]);
    const forAll = platform.messages.find((m) => m.channelId === 'c0')!;
    const forBrastova = platform.messages.find((m) => m.channelId === 'c100')!;
    expect(forAll.title).toMatch(/^Briefing/);
    expect(forBrastova.description).toContain('1 article');
    expect(forAll.description).toContain('2 articles');
  });
});
