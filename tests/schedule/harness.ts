/** Real stores (a temp SQLite file, a per-run PostgreSQL schema), a controllable clock and a scheduler factory. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../../src/logging.js';
import type { ChannelSender } from '../../src/platforms/channel-sender.js';
import { createStoreDigestBuilder } from '../../src/schedule/digest-content.js';
import { createScheduler, type Scheduler, type SchedulerDeps } from '../../src/schedule/scheduler.js';
import { createPostgresStore } from '../../src/store/postgres-store.js';
import { createSqliteStore } from '../../src/store/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { dropSchema, postgresUrl, uniqueSchemaName } from '../store/postgres-schema.js';

/** A clock tests move by hand. */
export interface TestClock {
  now(): Date;
  set(iso: string): void;
}

export function testClock(start: string): TestClock {
  let current = new Date(start);
  return { now: () => new Date(current), set: (iso) => void (current = new Date(iso)) };
}

/** Opens stores on one shared database; each call is a separate connection (another process's view). */
export interface StoreKind {
  name: string;
  open(clock: TestClock): Promise<Store>;
  cleanup(): Promise<void>;
}

export function sqliteKind(): StoreKind {
  const dir = mkdtempSync(join(tmpdir(), 'schedule-'));
  return {
    name: 'SQLite',
    async open(clock) {
      const store = createSqliteStore(join(dir, 'briefing.db'), { now: () => clock.now() });
      await store.migrate();
      return store;
    },
    async cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function postgresKind(): StoreKind {
  const schema = uniqueSchemaName();
  return {
    name: 'PostgreSQL',
    async open(clock) {
      const store = createPostgresStore(postgresUrl, { schema, now: () => clock.now() });
      await store.migrate();
      return store;
    },
    cleanup: () => dropSchema(schema),
  };
}

/** A scheduler over a store, a sender and a clock, with the project's digest builder; `extra` overrides. */
export function schedulerFor(
  store: Store,
  sender: ChannelSender,
  clock: TestClock,
  instanceId: string,
  catchupHours = 6,
  extra: Partial<SchedulerDeps> = {},
): Scheduler {
  return createScheduler({
    store,
    senders: new Map([[sender.platform, sender]]),
    buildDigest: createStoreDigestBuilder({ store, now: () => clock.now() }),
    clock,
    logger: silentLogger(),
    catchupHours,
    instanceId,
    ...extra,
  });
}
