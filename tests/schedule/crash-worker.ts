/**
 * A bot process for the crash test, run by crash-restart.test.ts with `node --import tsx`: opens the
 * store, starts the scheduler against a local fake Discord or Slack through the real channel
 * sender, prints the start-up run's summary and exits. With DIGEST_CRASH_AT it kills itself with
 * SIGKILL (no clean-up, like a power cut) right after winning the claim ('after-claim') or right
 * after the platform accepted the message, before the delivery is recorded ('after-send').
 *
 * argv[2] is JSON: { store: { kind: 'sqlite', path } | { kind: 'postgres', url, schema },
 * platform: { kind: 'discord' | 'slack', apiUrl, token }, now: ISO instant, leaseMs }.
 */
import { REST } from 'discord.js';
import { webApi } from '@slack/bolt';
import { silentLogger } from '../../src/logging.js';
import type { ChannelSender } from '../../src/platforms/channel-sender.js';
import { createDiscordChannelSender } from '../../src/platforms/discord/sender.js';
import { createSlackChannelSender } from '../../src/platforms/slack/sender.js';
import { createStoreDigestBuilder } from '../../src/schedule/digest-content.js';
import { createScheduler } from '../../src/schedule/scheduler.js';
import { createPostgresStore } from '../../src/store/postgres-store.js';
import { createSqliteStore } from '../../src/store/sqlite-store.js';
import type { Store } from '../../src/store/store.js';

interface WorkerSettings {
  store: { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string; schema: string };
  platform: { kind: 'discord' | 'slack'; apiUrl: string; token: string };
  now: string;
  leaseMs: number;
}

const settings = JSON.parse(process.argv[2]!) as WorkerSettings;
const crashAt = process.env.DIGEST_CRASH_AT;
// The test's clock, fixed: the restart runs "later" without anyone waiting for a lease to end.
const now = () => new Date(settings.now);
const die = (): never => {
  process.kill(process.pid, 'SIGKILL');
  throw new Error('unreachable: SIGKILL cannot be caught');
};

const opened: Store =
  settings.store.kind === 'sqlite'
    ? createSqliteStore(settings.store.path, { now })
    : createPostgresStore(settings.store.url, { schema: settings.store.schema, now });
await opened.migrate();
const store: Store =
  crashAt === 'after-claim'
    ? {
        ...opened,
        async claimDelivery(...args) {
          const won = await opened.claimDelivery(...args);
          return won ? die() : won;
        },
      }
    : opened;

const base: ChannelSender =
  settings.platform.kind === 'discord'
    ? createDiscordChannelSender(new REST({ api: settings.platform.apiUrl, retries: 0 }).setToken(settings.platform.token), silentLogger())
    : (() => {
        const client = new webApi.WebClient(settings.platform.token, { slackApiUrl: settings.platform.apiUrl, retryConfig: { retries: 0 } });
        // With SLACK_HISTORY_CHECK on, as an internal or Marketplace app may: the takeover reads the channel.
        return createSlackChannelSender({ clientFor: async () => client, historyCheck: true, logger: silentLogger() });
      })();
const sender: ChannelSender =
  crashAt === 'after-send'
    ? {
        platform: base.platform,
        async send(...args) {
          await base.send(...args);
          return die();
        },
      }
    : base;

const scheduler = createScheduler({
  store,
  senders: new Map([[sender.platform, sender]]),
  buildDigest: createStoreDigestBuilder({ store, now }),
  clock: { now },
  logger: silentLogger(),
  catchupHours: 6,
  instanceId: `crash-worker-${process.pid}`,
  leaseMs: settings.leaseMs,
});
const summary = await scheduler.start();
await scheduler.stop();
await store.close();
process.stdout.write(JSON.stringify(summary));
