import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresStore } from '../../src/store/postgres-store.js';
import { createSqliteStore } from '../../src/store/sqlite-store.js';
import type { Store, Subscription } from '../../src/store/store.js';
import { startFakeDiscord, type FakeDiscord } from '../platforms/discord/fake-discord/fake-discord.js';
import { snowflake } from '../platforms/discord/fake-discord/fake-state.js';
import { startFakeSlack, type FakeSlack } from '../platforms/slack/fake-slack/fake-slack-server.js';
import { dropSchema, postgresUrl, uniqueSchemaName } from '../store/postgres-schema.js';
import { subscription } from '../store/fixtures.js';

const worker = fileURLToPath(new URL('./crash-worker.ts', import.meta.url));
const slot = '2026-03-29T06:30:00.000Z'; // 07:30 in London
const firstRun = '2026-03-29T06:30:05.000Z';
// Past the two-minute lease of the first run's claim, still inside the catch-up window.
const restart = '2026-03-29T06:33:00.000Z';
const leaseMs = 120_000;
// Shorter than the lease: by the restart Discord has forgotten the first run's nonces, so only
// finding the message in the channel keeps the digest from posting twice.
const discordNonceMemoryMs = 60_000;

let discord: FakeDiscord;
let slack: FakeSlack;
// The fakes stamp messages with the bot's (fixed) clock, so history searches line up.
let platformNow = Date.parse(firstRun);
const dir = mkdtempSync(join(tmpdir(), 'crash-restart-'));
const schemas: string[] = [];
beforeAll(async () => {
  discord = await startFakeDiscord({ now: () => platformNow, nonceWindowMs: discordNonceMemoryMs });
  slack = await startFakeSlack({ now: () => platformNow });
});
afterAll(async () => {
  await discord.close();
  await slack.close();
  for (const schema of schemas) await dropSchema(schema);
  rmSync(dir, { recursive: true, force: true });
});

type StoreSettings = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string; schema: string };
type PlatformKind = 'discord' | 'slack';

/** A database of the test's own: a fresh SQLite file or PostgreSQL schema. */
function freshStore(kind: 'sqlite' | 'postgres'): { settings: StoreSettings; open(): Store } {
  if (kind === 'sqlite') {
    const path = join(dir, `${snowflake()}.db`);
    return { settings: { kind, path }, open: () => createSqliteStore(path) };
  }
  const schema = uniqueSchemaName();
  schemas.push(schema);
  return { settings: { kind, url: postgresUrl, schema }, open: () => createPostgresStore(postgresUrl, { schema }) };
}

/** A channel the fake platform knows, and how to read what was posted there. */
function freshChannel(platform: PlatformKind): { id: string; posted(): string[] } {
  if (platform === 'discord') {
    const id = snowflake();
    discord.channels.set(id, 'ok');
    return { id, posted: () => discord.channelMessages(id).map((m) => m.id) };
  }
  const id = `C${snowflake()}`;
  return { id, posted: () => slack.posted.filter((p) => p.body.channel === id).map((p) => p.ts) };
}

interface Outcome {
  code: number | string | null;
  signal: string | null;
  stdout: string;
  stderr: string;
}

/** Runs the bot process once at the instant `now`; `crashAt` makes it kill itself on the way. */
function runBot(store: StoreSettings, platform: PlatformKind, now: string, crashAt?: 'after-claim' | 'after-send'): Promise<Outcome> {
  platformNow = Date.parse(now);
  const target =
    platform === 'discord' ? { kind: platform, apiUrl: discord.apiUrl, token: discord.token } : { kind: platform, apiUrl: slack.apiUrl, token: slack.botToken };
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DIGEST_CRASH_AT;
  if (crashAt) env.DIGEST_CRASH_AT = crashAt;
  const settings = JSON.stringify({ store, platform: target, now, leaseMs });
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', worker, settings], { cwd: process.cwd(), env, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (error.code ?? null) : 0, signal: error?.signal ?? null, stdout, stderr });
    });
  });
}

describe.each([
  { storeName: 'SQLite', storeKind: 'sqlite', platform: 'discord' },
  { storeName: 'SQLite', storeKind: 'sqlite', platform: 'slack' },
  { storeName: 'PostgreSQL', storeKind: 'postgres', platform: 'discord' },
] as const)('a bot process on $storeName posting to $platform, killed and restarted after the platform forgot any nonce', ({ storeKind, platform }) => {
  const setUp = async () => {
    const store = freshStore(storeKind);
    const channel = freshChannel(platform);
    const db = store.open();
    await db.migrate();
    // Subscribed the day before, so the slot under test is the only one due.
    const sub: Subscription = subscription({ id: `s-${channel.id}`, platform, channelId: channel.id, createdAt: '2026-03-28T12:00:00.000Z' });
    await db.putSubscription(sub);
    return { store, channel, db, sub };
  };

  it('sends exactly one digest for the slot when killed between the claim and the send', async () => {
    const { store, channel, db, sub } = await setUp();
    try {
      const killed = await runBot(store.settings, platform, firstRun, 'after-claim');
      expect(killed.signal, killed.stderr).toBe('SIGKILL');
      expect(await db.getDelivery(sub.id, slot)).toMatchObject({ status: 'claimed', attempts: 1 });
      expect(channel.posted()).toEqual([]);

      const restarted = await runBot(store.settings, platform, restart);
      expect(restarted.code, restarted.stderr).toBe(0);
      expect(JSON.parse(restarted.stdout)).toMatchObject({ sent: 1, takenOver: 1, failed: 0 });
      expect(channel.posted()).toHaveLength(1);
      expect(await db.getDelivery(sub.id, slot)).toMatchObject({ status: 'sent', attempts: 2, messageId: channel.posted()[0] });
    } finally {
      await db.close();
    }
  });

  it('sends exactly one digest for the slot when killed after the platform took the message but before it was recorded', async () => {
    const { store, channel, db, sub } = await setUp();
    try {
      const killed = await runBot(store.settings, platform, firstRun, 'after-send');
      expect(killed.signal, killed.stderr).toBe('SIGKILL');
      expect(await db.getDelivery(sub.id, slot)).toMatchObject({ status: 'claimed', attempts: 1 });
      const [first] = channel.posted();
      expect(channel.posted()).toHaveLength(1);

      const restarted = await runBot(store.settings, platform, restart);
      expect(restarted.code, restarted.stderr).toBe(0);
      expect(JSON.parse(restarted.stdout)).toMatchObject({ sent: 1, takenOver: 1, failed: 0 });
      expect(channel.posted()).toEqual([first]);
      expect(await db.getDelivery(sub.id, slot)).toMatchObject({ status: 'sent', attempts: 2, messageId: first });

      // A third start finds the slot done and posts nothing.
      const again = await runBot(store.settings, platform, restart);
      expect(JSON.parse(again.stdout)).toMatchObject({ sent: 0, takenOver: 0 });
      expect(channel.posted()).toEqual([first]);
    } finally {
      await db.close();
    }
  });
});
