import { describe, expect, it } from 'vitest';
import { createDeliveryDeduper, deliveryKey } from '../../../src/platforms/slack/delivery-deduper.js';

describe('delivery de-duplication', () => {
  it('lets a key through once within its window and again after it', () => {
    let now = 1_000;
    const deduper = createDeliveryDeduper({ now: () => now });
    expect(deduper.firstTime('a', 60_000)).toBe(true);
    expect(deduper.firstTime('a', 60_000)).toBe(false);
    now += 60_001;
    expect(deduper.firstTime('a', 60_000)).toBe(true);
  });

  it('keeps at most maxEntries keys, forgetting the oldest', () => {
    const deduper = createDeliveryDeduper({ now: () => 0, maxEntries: 2 });
    for (const key of ['a', 'b', 'c']) deduper.firstTime(key, 1_000);
    expect(deduper.firstTime('c', 1_000)).toBe(false);
    expect(deduper.firstTime('a', 1_000)).toBe(true);
  });

  it('builds different keys for different parts and never keeps the text itself', () => {
    expect(deliveryKey('T', 'C', 'hello')).not.toBe(deliveryKey('T', 'C', 'hello!'));
    expect(deliveryKey('T', 'C', 'hello')).not.toContain('hello');
  });
});
