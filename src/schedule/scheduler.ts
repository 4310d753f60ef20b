/**
 * Scheduled digests: node-cron fires at each distinct (time, zone) of the subscriptions and calls
 * runDue, which does all the work, so tests drive it with a controllable clock. Exactly once per
 * (subscription, slot), through crashes at any point:
 * - a delivery-log claim under a unique key before sending, the message id after;
 * - a claim is a lease: one still unfinished `leaseMs` after it was taken means its process died
 *   (or hung), and another process, or this one restarted, takes it over atomically and sends;
 * - every send carries the idempotency key `subscription@slot` in the message itself, so a
 *   takeover after a crash that came after the platform accepted the message finds it among the
 *   channel's recent messages (Discord: a ref in the embed footer; Slack: message metadata)
 *   instead of posting a second one, however long the platform remembers nonces.
 * What is left is described in each channel sender: the lookup needs permission to read the
 * channel's history; without it Discord's nonce still covers a takeover within a few minutes,
 * which is why a live process re-checks a claim the moment its lease ends.
 */
import cron, { type ScheduledTask } from 'node-cron';
import type { Reply } from '../briefing/reply.js';
import { replyToPlainText } from '../briefing/plain-text.js';
import type { Logger } from '../logging.js';
import { ChannelUnavailableError, type ChannelSender } from '../platforms/channel-sender.js';
import type { Metrics } from '../service/metrics.js';
import { RELEASED_CLAIM_AT, type Store, type Subscription } from '../store/store.js';
import { createHeldClaims } from './held-claims.js';
import { forEachConcurrently } from './pool.js';
import { slotsBetween } from './slots.js';
import { formatInstant, sinceFor } from './subscription-service.js';

/** What the scheduler needs. */
export interface SchedulerDeps {
  store: Store;
  /** One sender per started platform; subscriptions of other platforms wait, unclaimed. */
  senders: ReadonlyMap<string, ChannelSender>;
  buildDigest: (sub: Subscription, since: string) => Promise<Reply>;
  clock: { now(): Date };
  logger: Logger;
  /** DIGEST_CATCHUP_HOURS: a missed slot younger than this is sent late, an older one skipped. */
  catchupHours: number;
  /** Names this process in the delivery log. */
  instanceId: string;
  /** Channels posted to at once (default 8); the platform clients wait out 429s themselves. */
  concurrency?: number;
  /** How far back missed slots are looked for and logged as skipped (default 7 days). */
  lookbackHours?: number;
  /** A slot sent this long after its time is marked late (default 5 minutes). */
  lateAfterMs?: number;
  /**
   * A claim unfinished this long after it was taken is taken over (default 2 minutes). Longer than
   * any send takes; a resend finds what the dead process posted in the channel itself.
   */
  leaseMs?: number;
  /** Where sent, late, skipped, failed and released slots are counted. */
  metrics?: Metrics;
}

/** What one run did. */
export interface RunSummary {
  sent: number;
  late: number;
  skipped: number;
  failed: number;
  paused: number;
  /** Slots another process (or an earlier run) had already claimed. */
  alreadyClaimed: number;
  /** Stale claims of stopped processes taken over (their sends count in sent or failed). */
  takenOver: number;
  /** Claims handed back because the scheduler was stopping (another process sends them). */
  released: number;
  /** Due slots left unclaimed because the scheduler was stopping. */
  leftUnclaimed: number;
}

/** A running scheduler. */
export interface Scheduler {
  /** Registers cron tasks and catches up slots missed while the bot was down. */
  start(): Promise<RunSummary>;
  /** Sends every slot due at `now` that nobody has claimed yet. */
  runDue(now?: Date): Promise<RunSummary>;
  /** Re-reads subscriptions and adds or removes cron tasks for their (time, zone) pairs. */
  refresh(): Promise<void>;
  /**
   * Stops taking new work: no new claims, and a claimed slot not yet handed to the platform is
   * released for another process. Sends already under way are waited for; with `handBackAfterMs`,
   * only that long, after which their claims are released too (another process then resends under
   * the same idempotency key, as after a crash).
   */
  stop(options?: { handBackAfterMs?: number }): Promise<void>;
}

/** Slack's history is searched from this long before the slot, in case replicas' clocks differ. */
const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * Creates the scheduler; nothing runs before start() (or runDue in tests).
 * @example const scheduler = createScheduler({ store, senders, buildDigest, clock, logger, catchupHours: 6, instanceId: 'bot-1' })
 */
export function createScheduler(deps: SchedulerDeps): Scheduler {
  const lookbackMs = (deps.lookbackHours ?? 24 * 7) * 3_600_000;
  const catchupMs = deps.catchupHours * 3_600_000;
  const lateAfterMs = deps.lateAfterMs ?? 5 * 60_000;
  const leaseMs = deps.leaseMs ?? 2 * 60_000;
  const tasks = new Map<string, ScheduledTask>();
  let sweep: ScheduledTask | undefined;
  let leaseTimer: { at: number; timer: NodeJS.Timeout } | undefined;
  let chain: Promise<unknown> = Promise.resolve();
  let started = false;
  let stopped = false;
  const claims = createHeldClaims(deps);

  // Runs one at a time in this process; other processes are kept out by the claims.
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = chain.then(work, work);
    chain = run.catch(() => undefined);
    return run;
  };

  const fire = (reason: string) => {
    if (stopped) return;
    void serial(() => runOnce(deps.clock.now())).catch((err) => deps.logger.error({ err, reason }, 'digest run failed'));
  };

  async function runOnce(now: Date): Promise<RunSummary> {
    const summary: RunSummary = { sent: 0, late: 0, skipped: 0, failed: 0, paused: 0, alreadyClaimed: 0, takenOver: 0, released: 0, leftUnclaimed: 0 };
    const due: { sub: Subscription; slot: Date; late: boolean }[] = [];
    for (const sub of await deps.store.listSubscriptions()) {
      if (sub.status !== 'active' || !deps.senders.has(sub.platform)) continue;
      const from = Math.max(Date.parse(sub.createdAt), sub.lastDeliveredAt ? Date.parse(sub.lastDeliveredAt) : 0, now.getTime() - lookbackMs);
      let slots: Date[];
      try {
        slots = slotsBetween(sub, new Date(from), now);
      } catch (err) {
        deps.logger.warn({ subscription: sub.id, time: sub.time, timezone: sub.timezone, err }, 'subscription has an unusable time or zone');
        continue;
      }
      const newest = slots.pop();
      if (!newest) continue;
      // Only the newest missed slot can be worth sending: older ones would repeat its news.
      for (const slot of slots) await skip(sub, slot, 'a newer slot was due when the bot came back', summary);
      const age = now.getTime() - newest.getTime();
      if (age > catchupMs) await skip(sub, newest, `missed by more than DIGEST_CATCHUP_HOURS (${deps.catchupHours})`, summary);
      else due.push({ sub, slot: newest, late: age > lateAfterMs });
    }
    await forEachConcurrently(due, deps.concurrency ?? 8, (job) => deliver(job.sub, job.slot, job.late, summary));
    if (due.length > 0) deps.logger.info({ ...summary, instance: deps.instanceId }, 'digest run finished');
    return summary;
  }

  async function skip(sub: Subscription, slot: Date, why: string, summary: RunSummary): Promise<void> {
    const at = slot.toISOString();
    try {
      if (!(await deps.store.claimDelivery(sub.id, at, deps.instanceId, true))) return;
      await deps.store.finishDelivery(sub.id, at, { status: 'skipped', error: why });
      summary.skipped++;
      deps.metrics?.digestFinished(sub.platform, 'skipped');
      deps.logger.warn({ subscription: sub.id, channel: sub.channelId, slot: at }, `digest slot skipped: ${why}`);
    } catch (err) {
      deps.logger.error({ err, subscription: sub.id, slot: at }, 'could not record a skipped digest slot');
    }
  }

  async function deliver(sub: Subscription, slot: Date, late: boolean, summary: RunSummary): Promise<void> {
    const at = slot.toISOString();
    const where = { subscription: sub.id, platform: sub.platform, channel: sub.channelId, slot: at };
    let resumeSince: string | undefined;
    if (stopped) {
      summary.leftUnclaimed++;
      return;
    }
    try {
      if (!(await deps.store.claimDelivery(sub.id, at, deps.instanceId, late))) {
        if (!(await takeOverStaleClaim(sub, at, late))) {
          summary.alreadyClaimed++;
          return;
        }
        summary.takenOver++;
        // The dead process may have posted before it died: let the sender look from the slot on.
        resumeSince = new Date(slot.getTime() - CLOCK_SKEW_MS).toISOString();
      }
    } catch (err) {
      summary.failed++;
      deps.logger.error({ ...where, err }, 'could not claim a digest slot');
      return;
    }
    const key = `${sub.id}@${at}`;
    claims.hold(key, sub, at);
    try {
      let reply = await deps.buildDigest(sub, sinceFor(sub, slot));
      if (late) reply = markLate(reply, slot, sub.timezone);
      if (stopped) {
        if (await claims.release(key)) summary.released++;
        return;
      }
      const options = { idempotencyKey: key, ...(resumeSince ? { resumeSince } : {}), ...(sub.workspaceId ? { workspaceId: sub.workspaceId } : {}) };
      const { messageId } = await deps.senders.get(sub.platform)!.send(sub.channelId, reply, options);
      // Handed back meanwhile (stopping): the process that takes the claim over records the outcome.
      if (!claims.holds(key)) return;
      await deps.store.finishDelivery(sub.id, at, { status: 'sent', messageId });
      summary.sent++;
      if (late) summary.late++;
      deps.metrics?.digestFinished(sub.platform, late ? 'late' : 'sent');
    } catch (err) {
      if (!claims.holds(key)) return;
      summary.failed++;
      deps.metrics?.digestFinished(sub.platform, 'failed');
      const message = err instanceof Error ? err.message : String(err);
      await deps.store
        .finishDelivery(sub.id, at, { status: 'failed', error: message })
        .catch((finishErr) => deps.logger.error({ ...where, err: finishErr }, 'could not record a failed digest'));
      if (err instanceof ChannelUnavailableError) {
        await pause(sub, err);
        summary.paused++;
      } else {
        deps.logger.error({ ...where, err }, 'digest delivery failed');
      }
    } finally {
      claims.forget(key);
    }
  }

  /**
   * Takes over the slot's claim when its lease has run out; true when this process now holds it.
   * A claim still within its lease is left alone, with a re-check due when the lease ends.
   */
  async function takeOverStaleClaim(sub: Subscription, at: string, late: boolean): Promise<boolean> {
    const delivery = await deps.store.getDelivery(sub.id, at);
    if (delivery?.status !== 'claimed') return false;
    const now = deps.clock.now().getTime();
    const leaseEnds = Date.parse(delivery.claimedAt) + leaseMs;
    if (leaseEnds > now) {
      recheckAt(leaseEnds, now);
      return false;
    }
    const claimedBefore = new Date(now - leaseMs).toISOString();
    if (!(await deps.store.reclaimStaleDelivery(sub.id, at, deps.instanceId, { claimedBefore, late }))) return false;
    const handedBack = delivery.claimedAt === RELEASED_CLAIM_AT;
    deps.logger[handedBack ? 'info' : 'warn'](
      { subscription: sub.id, channel: sub.channelId, slot: at, claimedBy: delivery.claimedBy, claimedAt: delivery.claimedAt, attempt: delivery.attempts + 1 },
      handedBack
        ? 'took over a digest claim a stopping process handed back'
        : 'took over a digest claim its process never finished (it probably stopped mid-send)',
    );
    return true;
  }

  /**
   * Runs again when a claim's lease ends, not at the next sweep: the digest is only a little late,
   * and where the channel's history cannot be read, Discord's memory of the nonce still covers it.
   */
  function recheckAt(leaseEnds: number, now: number): void {
    if (!started || stopped || (leaseTimer && leaseTimer.at <= leaseEnds)) return;
    if (leaseTimer) clearTimeout(leaseTimer.timer);
    const timer = setTimeout(
      () => {
        leaseTimer = undefined;
        fire('lease ended');
      },
      Math.min(leaseMs, leaseEnds - now) + 1_000,
    );
    timer.unref();
    leaseTimer = { at: leaseEnds, timer };
  }

  async function pause(sub: Subscription, err: ChannelUnavailableError): Promise<void> {
    const reason = err.reason === 'deleted' ? 'the channel was deleted or cannot be found' : 'the bot lost permission to post in the channel';
    try {
      // Re-read, so a delivery recorded meanwhile is not overwritten with the older value.
      const fresh = await deps.store.getSubscription(sub.platform, sub.channelId);
      if (fresh && fresh.id === sub.id) await deps.store.putSubscription({ ...fresh, status: 'paused', pausedReason: reason });
      deps.logger.warn({ subscription: sub.id, platform: sub.platform, channel: sub.channelId, reason, detail: err.message }, 'digest subscription paused');
    } catch (pauseErr) {
      deps.logger.error({ err: pauseErr, subscription: sub.id }, 'could not pause a digest subscription');
    }
  }

  async function refresh(): Promise<void> {
    const wanted = new Map<string, { time: string; timezone: string }>();
    for (const sub of await deps.store.listSubscriptions()) {
      if (sub.status === 'active') wanted.set(`${sub.time} ${sub.timezone}`, { time: sub.time, timezone: sub.timezone });
    }
    for (const [key, task] of tasks) {
      if (!wanted.has(key)) {
        await task.destroy();
        tasks.delete(key);
      }
    }
    for (const [key, { time, timezone }] of wanted) {
      if (tasks.has(key) || stopped) continue;
      const [hour, minute] = time.split(':').map(Number);
      tasks.set(
        key,
        cron.schedule(`${minute} ${hour} * * *`, () => fire(key), { timezone, name: `digest ${key}` }),
      );
    }
  }

  return {
    async start() {
      started = true;
      await refresh();
      // Catches what cron cannot: times skipped by a DST change, subscriptions added on other replicas.
      sweep = cron.schedule(
        '*/5 * * * *',
        () => {
          void refresh().catch((err) => deps.logger.warn({ err }, 'digest schedule refresh failed'));
          fire('sweep');
        },
        { name: 'digest sweep' },
      );
      return serial(() => runOnce(deps.clock.now()));
    },
    runDue: (now) => serial(() => runOnce(now ?? deps.clock.now())),
    refresh,
    async stop(options = {}) {
      stopped = true;
      if (leaseTimer) clearTimeout(leaseTimer.timer);
      leaseTimer = undefined;
      await sweep?.destroy();
      for (const task of tasks.values()) await task.destroy();
      tasks.clear();
      if (options.handBackAfterMs === undefined) await chain;
      else await claims.handBackUnlessDone(chain, options.handBackAfterMs);
    },
  };
}

/** Says in the digest that it comes late, and why. */
function markLate(reply: Reply, slot: Date, timezone: string): Reply {
  const note = `Late: this digest was due ${formatInstant(slot, timezone)} while the bot was offline.`;
  const marked: Reply = { ...reply, description: reply.description ? `${note} ${reply.description}` : note };
  return { ...marked, fallback: replyToPlainText(marked) };
}
