/**
 * Wires scheduled digests into the running bot: the `/digest subscribe|...` handler for the
 * briefing service (available as soon as the store is open), and the scheduler, started once the
 * chat platforms are up and their channel senders exist.
 */
import { hostname } from 'node:os';
import type { DigestSubscriptions } from '../briefing/context.js';
import type { Corpus } from '../briefing/corpus.js';
import type { Config } from '../config.js';
import type { Logger } from '../logging.js';
import type { Metrics } from '../service/metrics.js';
import type { ChannelSender } from '../platforms/channel-sender.js';
import type { Store } from '../store/store.js';
import { createStoreDigestBuilder } from './digest-content.js';
import { createScheduler, type Scheduler } from './scheduler.js';
import { createSubscriptionService } from './subscription-service.js';
import type { Llm } from '../llm/types.js';

/** Scheduled digests for one bot process. */
export interface DigestFeature {
  subscriptions: DigestSubscriptions;
  /** Starts cron tasks and the start-up catch-up for the given platforms' senders. */
  start(senders: readonly ChannelSender[]): Promise<Scheduler>;
  /** Stops the scheduler, even while start() is still catching up (see Scheduler.stop). */
  stop(options?: { handBackAfterMs?: number }): Promise<void>;
}

type DigestConfig = Pick<Config, 'DIGEST_DEFAULT_TIME' | 'TIMEZONE' | 'SLACK_DIGEST_ADMINS' | 'DIGEST_CATCHUP_HOURS'>;

/**
 * Creates the digest feature over an open store.
 * @example const digests = createDigestFeature({ config, store, logger }); service uses digests.subscriptions
 */
export function createDigestFeature(deps: {
  config: DigestConfig;
  store: Store;
  logger: Logger;
  now?: () => Date;
  llm?: Llm | null;
  /** The bot's cached corpus, shared with the commands. */
  corpus?: Corpus;
  metrics?: Metrics;
}): DigestFeature {
  const now = deps.now ?? (() => new Date());
  const buildDigest = createStoreDigestBuilder({
    store: deps.store,
    now,
    llm: deps.llm ?? null,
    logger: deps.logger.child({ component: 'digests' }),
    ...(deps.corpus ? { corpus: deps.corpus } : {}),
  });
  let scheduler: Scheduler | undefined;
  const subscriptions = createSubscriptionService({
    store: deps.store,
    defaultTime: deps.config.DIGEST_DEFAULT_TIME,
    defaultTimezone: deps.config.TIMEZONE,
    ...(deps.config.SLACK_DIGEST_ADMINS ? { slackDigestAdmins: deps.config.SLACK_DIGEST_ADMINS } : {}),
    now,
    buildDigest,
    // A new (time, zone) needs its cron task in this process; other replicas pick it up on their sweep.
    onChange: () => scheduler?.refresh().catch((err) => deps.logger.warn({ err }, 'digest schedule refresh failed')),
  });
  return {
    subscriptions,
    async start(senders) {
      scheduler = createScheduler({
        store: deps.store,
        senders: new Map(senders.map((sender) => [sender.platform, sender])),
        buildDigest,
        clock: { now },
        logger: deps.logger.child({ component: 'scheduler' }),
        catchupHours: deps.config.DIGEST_CATCHUP_HOURS,
        instanceId: `${hostname()}-${process.pid}`,
        ...(deps.metrics ? { metrics: deps.metrics } : {}),
      });
      // A failed catch-up is logged, not fatal: the bot still answers commands and cron retries later.
      await scheduler.start().then(
        (summary) => deps.logger.info({ ...summary }, 'digest scheduler started'),
        (err: unknown) => deps.logger.error({ err }, 'digest catch-up at start-up failed'),
      );
      return scheduler;
    },
    async stop(options) {
      await scheduler?.stop(options);
    },
  };
}
