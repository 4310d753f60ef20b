/**
 * Remembers which deliveries were already answered, so a delivery Slack retries (x-slack-retry-num,
 * Socket Mode retry_attempt) or a double click never produces a second answer. In memory: one
 * process sees its own deliveries; several replicas behind one URL would need a shared store.
 */
import { createHash } from 'node:crypto';

/** Remembers delivery keys for a while. */
export interface DeliveryDeduper {
  /** True the first time `key` is seen within `windowMs`; false for a repeat. */
  firstTime(key: string, windowMs: number): boolean;
}

/** Creates a deduper with an injected clock; at most `maxEntries` keys are kept. */
export function createDeliveryDeduper(options: { now?: () => number; maxEntries?: number } = {}): DeliveryDeduper {
  const now = options.now ?? Date.now;
  const maxEntries = options.maxEntries ?? 10_000;
  const expiries = new Map<string, number>();
  return {
    firstTime(key, windowMs) {
      const at = now();
      const expiry = expiries.get(key);
      if (expiry !== undefined && expiry > at) return false;
      expiries.delete(key);
      expiries.set(key, at + windowMs);
      for (const [oldKey, oldExpiry] of expiries) {
        if (expiries.size <= maxEntries && oldExpiry > at) break;
        expiries.delete(oldKey);
      }
      return true;
    },
  };
}

/** A short, non-reversible key from parts (user text is never kept as it is). */
export function deliveryKey(...parts: Array<string | undefined>): string {
  return createHash('sha256')
    .update(parts.map((p) => p ?? '').join('\u0000'))
    .digest('base64url')
    .slice(0, 32);
}
