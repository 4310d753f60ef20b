/**
 * The digest claims one scheduler holds and has not finished, and handing them back when the
 * process stops: a released claim is taken over at once by the next process that looks at its
 * slot (see Store.releaseDelivery), instead of waiting out its lease as after a crash.
 */
import type { Logger } from '../logging.js';
import type { Metrics } from '../service/metrics.js';
import type { Store, Subscription } from '../store/store.js';

/** Claims held by this process, by `subscription@slot`. */
export interface HeldClaims {
  hold(key: string, sub: Subscription, slot: string): void;
  /** False once the claim was handed back: its outcome is then the next holder's to record. */
  holds(key: string): boolean;
  /** The claim is finished (sent, failed) or was never ours to keep. */
  forget(key: string): void;
  /** Hands one held claim back, once; true when it was still this process's. Never throws. */
  release(key: string): Promise<boolean>;
  /** Waits up to `ms` for `work` (the run under way), then hands back every claim still held. */
  handBackUnlessDone(work: Promise<unknown>, ms: number): Promise<void>;
}

/** Tracks the claims of the scheduler named `instanceId` in the delivery log. */
export function createHeldClaims(deps: { store: Store; instanceId: string; logger: Logger; metrics?: Metrics | undefined }): HeldClaims {
  const held = new Map<string, { sub: Subscription; slot: string }>();

  async function release(key: string): Promise<boolean> {
    const claim = held.get(key);
    if (!claim) return false;
    held.delete(key);
    const { sub, slot } = claim;
    try {
      if (!(await deps.store.releaseDelivery(sub.id, slot, deps.instanceId))) return false;
      deps.metrics?.digestFinished(sub.platform, 'released');
      deps.logger.info({ subscription: sub.id, channel: sub.channelId, slot }, 'digest claim handed back for another process: stopping');
      return true;
    } catch (err) {
      // Nothing is lost: the lease still runs out, and another process takes the claim over then.
      deps.logger.warn({ err, subscription: sub.id, slot }, 'could not hand back a digest claim; it passes on when its lease ends');
      return false;
    }
  }

  /** Hands back every claim still held; resolves to how many went back. */
  async function releaseAll(): Promise<number> {
    const unfinished = [...held.keys()];
    if (unfinished.length > 0) deps.logger.warn({ sends: unfinished.length }, 'digest sends still under way at shutdown: handing their claims back');
    const released = await Promise.all(unfinished.map(release));
    return released.filter(Boolean).length;
  }

  return {
    hold: (key, sub, slot) => void held.set(key, { sub, slot }),
    holds: (key) => held.has(key),
    forget: (key) => void held.delete(key),
    release,
    async handBackUnlessDone(work, ms) {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
      const done = await Promise.race([
        work.then(
          () => true,
          () => true,
        ),
        late,
      ]);
      clearTimeout(timer);
      if (!done) await releaseAll();
    },
  };
}
