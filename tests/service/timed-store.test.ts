import { describe, expect, it } from 'vitest';
import { noopMetrics, type Metrics } from '../../src/service/metrics.js';
import { timeStore } from '../../src/service/timed-store.js';
import { createSqliteStore } from '../../src/store/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { subscription } from '../store/fixtures.js';

function recorder(): Metrics & { calls: Array<{ operation: string; ok: boolean; seconds: number }> } {
  const calls: Array<{ operation: string; ok: boolean; seconds: number }> = [];
  return { ...noopMetrics, calls, storeQuery: (operation, seconds, ok) => void calls.push({ operation, ok, seconds }) };
}

describe('the timed store', () => {
  it('times every call under its method name in snake case and answers as the store does', async () => {
    const metrics = recorder();
    const store = timeStore(createSqliteStore(':memory:'), metrics);
    await store.migrate();
    await store.putSubscription(subscription());
    expect((await store.listSubscriptions()).map((s) => s.id)).toEqual(['s1']);
    expect(metrics.calls.map((c) => c.operation)).toEqual(['migrate', 'put_subscription', 'list_subscriptions']);
    expect(metrics.calls.every((c) => c.ok && c.seconds >= 0)).toBe(true);
    await store.close();
  });

  it('counts a call that fails, and still throws its error', async () => {
    const metrics = recorder();
    const store = timeStore(createSqliteStore(':memory:'), metrics);
    await expect(store.countArticles()).rejects.toThrow(/no such table/);
    expect(metrics.calls).toMatchObject([{ operation: 'count_articles', ok: false }]);
    await store.close();
  });

  it('leaves a method that answers synchronously synchronous, and values other than methods alone', () => {
    const metrics = recorder();
    const store = { ...createSqliteStore(':memory:'), label: 'plain', onChange: () => 'unsubscribe' } as unknown as Store & {
      label: string;
      onChange(): string;
    };
    const timed = timeStore(store, metrics) as typeof store;
    expect(timed.onChange()).toBe('unsubscribe');
    expect(timed.label).toBe('plain');
    expect(metrics.calls).toMatchObject([{ operation: 'on_change', ok: true }]);
  });
});
