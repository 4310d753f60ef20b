/**
 * Several replicas on one bot token without answering anything twice: each Discord shard is held
 * by exactly one replica, through a lease in the shared store. Every replica renews a presence
 * lease, takes free shards up to its fair share (shards / live replicas), runs one gateway client
 * per shard it holds, and hands a shard over when a newer replica has fewer than its share. A
 * replica that dies stops renewing; its shards' leases expire and the others take them.
 */
import type { Logger } from '../../logging.js';
import type { Store } from '../../store/store.js';

/** The store's leases. */
export type LeaseStore = Pick<Store, 'acquireLease' | 'releaseLease' | 'listLeases'>;

/** A running gateway connection for one shard. */
export interface ShardConnection {
  stop(): Promise<void>;
}

/** What the holder needs. */
export interface ShardHolderDeps {
  leases: LeaseStore;
  /** Names this replica in the leases. */
  holder: string;
  /** Shards of the bot (Discord's recommendation). */
  shardCount: number;
  /** Connects one shard; resolves once its session is ready. */
  connect(shard: number): Promise<ShardConnection>;
  logger: Logger;
  /** A lease not renewed for this long is free (default 30 s). */
  ttlMs?: number;
  /** How often leases are renewed and shares rebalanced (default 10 s). */
  tickMs?: number;
}

/** A running holder. */
export interface ShardHolder {
  /** Shard ids this replica holds now. */
  held(): number[];
  /** Disconnects its shards and gives up their leases. */
  stop(): Promise<void>;
}

const PRESENCE = 'discord-replica:';
const SHARD = 'discord-shard:';

/**
 * Takes this replica's share of the shards and keeps it; resolves after the first round.
 * @example const holder = await startShardHolder({ leases: store, holder: 'host-1234', shardCount: 4, connect, logger });
 */
export async function startShardHolder(deps: ShardHolderDeps): Promise<ShardHolder> {
  const ttlMs = deps.ttlMs ?? 30_000;
  const tickMs = deps.tickMs ?? 10_000;
  const { leases, holder, shardCount, logger } = deps;
  const shardLease = (id: number) => `${SHARD}${shardCount}:${id}`;
  const connections = new Map<number, ShardConnection>();
  let stopped = false;
  let round: Promise<void> = Promise.resolve();

  const drop = async (id: number, why: string) => {
    const connection = connections.get(id);
    connections.delete(id);
    // Disconnected before the lease goes, so the next holder never overlaps with this one.
    await connection?.stop().catch((err: unknown) => logger.warn({ err, shard: id }, 'shard did not stop cleanly'));
    await leases.releaseLease(shardLease(id), holder).catch(() => undefined);
    logger.info({ shard: id, shardCount, why }, 'gave up a Discord shard');
  };

  const tick = async () => {
    await leases.acquireLease(`${PRESENCE}${holder}`, holder, ttlMs);
    // Renew what is held; a lease lost (this process stalled past its expiry) means another took the shard.
    for (const id of [...connections.keys()]) {
      if (!(await leases.acquireLease(shardLease(id), holder, ttlMs))) await drop(id, 'lease lost');
    }
    const replicas = (await leases.listLeases(PRESENCE)).map((l) => l.holder);
    const share = Math.ceil(shardCount / Math.max(1, replicas.length));
    for (let id = 0; id < shardCount && connections.size < share && !stopped; id += 1) {
      if (connections.has(id) || !(await leases.acquireLease(shardLease(id), holder, ttlMs))) continue;
      try {
        connections.set(id, await deps.connect(id));
        logger.info({ shard: id, shardCount, replicas: replicas.length }, 'holding a Discord shard');
      } catch (err) {
        logger.error({ err, shard: id }, 'could not connect a Discord shard; another replica may take it');
        await leases.releaseLease(shardLease(id), holder).catch(() => undefined);
      }
    }
    if (connections.size > share) {
      // Hand one over only to a replica below its share, so shards do not bounce between equals.
      const holding = new Map<string, number>(replicas.map((r) => [r, 0]));
      for (const lease of await leases.listLeases(`${SHARD}${shardCount}:`)) holding.set(lease.holder, (holding.get(lease.holder) ?? 0) + 1);
      if ([...holding].some(([other, count]) => other !== holder && count < share)) {
        await drop(Math.max(...connections.keys()), 'handed over to a replica with fewer shards');
      }
    }
  };

  const run = () => {
    round = round.then(() => (stopped ? undefined : tick())).catch((err: unknown) => logger.warn({ err }, 'shard lease round failed'));
    return round;
  };
  await run();
  const timer = setInterval(() => void run(), tickMs);
  timer.unref();

  return {
    held: () => [...connections.keys()].sort((a, b) => a - b),
    async stop() {
      stopped = true;
      clearInterval(timer);
      await round;
      for (const id of [...connections.keys()]) await drop(id, 'stopping');
      await leases.releaseLease(`${PRESENCE}${holder}`, holder).catch(() => undefined);
    },
  };
}
