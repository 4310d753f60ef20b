/**
 * What `npm start` hands each chat platform, and what a started platform gives back. Each platform
 * folder's index.ts exports a PlatformAdapter, listed in src/platforms/index.ts.
 */
import type { PlatformId } from '../briefing/command.js';
import type { BriefingService } from '../briefing/service.js';
import type { Config } from '../config.js';
import type { Logger } from '../logging.js';
import type { ServiceRoute } from '../service/health-server.js';
import type { Metrics } from '../service/metrics.js';
import type { Store } from '../store/store.js';
import type { ChannelSender } from './channel-sender.js';
import type { LeaseStore } from './discord/shard-holder.js';

export interface PlatformDeps {
  config: Config;
  service: BriefingService;
  logger: Logger;
  /** The bot's store, for what a platform keeps itself (Slack's installations, its App Home's list). */
  store?: Store;
  /**
   * The shared store's leases, when replicas share one bot (PostgreSQL): Discord's shards are then
   * split between them, each held by one, so nothing is answered twice.
   */
  leases?: LeaseStore;
  /** Where the platform's 429s and retries are counted. */
  metrics?: Metrics;
  /** /healthz, /readyz and /metrics, for a platform whose HTTP server carries them (Slack's HTTP mode). */
  serviceRoutes?: ServiceRoute[];
}

export interface RunningPlatform {
  /** Posts scheduled digests to this platform's channels. */
  sender: ChannelSender;
  /** Whether the platform's connection is up now (/readyz). */
  connected(): boolean;
  /** Disconnects cleanly (SIGTERM/SIGINT). */
  stop(): Promise<void>;
}

/** A chat platform as the registry lists it. */
export interface PlatformAdapter {
  id: PlatformId;
  /** Whether the configuration asks for this platform. */
  configured(config: Config): boolean;
  /** Loads the adapter (lazily: its SDK is imported only now) and starts it. */
  start(deps: PlatformDeps): Promise<RunningPlatform>;
}
