import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { briefingCommands } from '../../commands/index.js';
import { createPostgresStore } from '../../src/store/postgres-store.js';
import { damStory } from '../article/story.js';
import { startFakeDiscord, type FakeDiscord } from '../platforms/discord/fake-discord/fake-discord.js';
import { snowflake } from '../platforms/discord/fake-discord/fake-state.js';
import { startBot, waitForStatus, type BotProcess } from '../service/bot-process.js';
import { createOwnDatabase, type OwnDatabase } from '../service/own-database.js';
import { labelValues, parseMetrics, total, waitForMetric } from '../service/prometheus-text.js';
import { subscription } from '../store/fixtures.js';
import { imageCommand, readDockerfile, repoRoot, stepsOf } from './dockerfile.js';

const run = promisify(execFile);

let discord: FakeDiscord;
let db: OwnDatabase;
let bot: BotProcess;
let base: string;
const digestChannel = snowflake();

/** A daily subscription whose slot is this very minute (UTC), subscribed yesterday: due at start-up. */
function dueNow(id: string, channelId: string) {
  const now = new Date();
  const time = `${String(now.getUTCHours()).padStart(2, '0')}:${String(now.getUTCMinutes()).padStart(2, '0')}`;
  return subscription({ id, channelId, time, timezone: 'UTC', createdAt: new Date(now.getTime() - 86_400_000).toISOString() });
}

beforeAll(async () => {
  discord = await startFakeDiscord();
  db = await createOwnDatabase();
  const store = createPostgresStore(db.url);
  await store.migrate();
  discord.channels.set(digestChannel, 'ok');
  await store.putSubscription(dueNow('due-now', digestChannel));
  await store.close();
  // The digest's first post gets a 429, which the bot waits out: a rate limit for /metrics to count.
  discord.inject('POST', new RegExp(`^/channels/${digestChannel}/messages$`), { kind: 'rate-limit', retryAfterSeconds: 1 });

  const command = imageCommand();
  bot = startBot(command, { ...discord.env(), DATABASE_URL: db.url, HEALTH_PORT: '0', LOG_LEVEL: 'info' }, (dir) =>
    writeFileSync(join(dir, 'data', 'articles', 'dam-story.txt'), damStory),
  );
  base = await bot.healthUrl();
}, 90_000);

afterAll(async () => {
  bot?.cleanup();
  await discord?.close();
  await db?.drop();
});

describe("the image's start command, run here against PostgreSQL and a local Discord", () => {
  it('answers /healthz while it starts, and /readyz once the store, its migrations and Discord are ready', async () => {
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'alive' });
    const ready = await waitForStatus(`${base}/readyz`, 200, 60_000);
    expect(ready).toMatchObject({ status: 'ready', phase: 'running', checks: { store: 'ok', migrations: 'ok', discord: 'ok' } });
  });

  it("passes the image's HEALTHCHECK and compose's health check", async () => {
    const port = new URL(base).port;
    const imageCheck = stepsOf(readDockerfile().at(-1)!, 'HEALTHCHECK')[0]!.exec!;
    await expect(run(imageCheck[0]!, imageCheck.slice(1), { env: { ...process.env, HEALTH_PORT: port } })).resolves.toBeDefined();
    const compose = parseYaml(readFileSync(join(repoRoot, 'compose.yaml'), 'utf8'), { merge: true }) as {
      services: Record<string, { healthcheck: { test: string[] } }>;
    };
    const composeCheck = compose.services['bot-1']!.healthcheck.test.slice(1).map((word) => word.replace(':8080/', `:${port}/`));
    await expect(run(composeCheck[0]!, composeCheck.slice(1))).resolves.toBeDefined();
  });

  it('serves /metrics in the Prometheus text format: commands, digests, rate limits, ingest and store time, every label bounded', async () => {
    await discord.waitFor(() => discord.channelMessages(digestChannel).length === 1, 'the due digest');
    // Counted once the delivery is recorded, a moment after Discord took the message.
    await waitForMetric(`${base}/metrics`, (scrape) => total(scrape, 'briefing_digests_total', { platform: 'discord', outcome: 'sent' }) === 1);
    for (const [name, options] of [
      ['who', { name: 'Teodor Marsk' }],
      ['who', { name: 'Nobody Withthisname' }],
      ['articles', {}],
      ['nosuchcommand', { text: 'words a user typed' }],
    ] as const) {
      await discord.answered(discord.sendCommand(name, options));
    }
    const res = await fetch(`${base}/metrics`);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const scrape = parseMetrics(await res.text());
    const count = (name: string, labels: Record<string, string>) => total(scrape, name, labels);

    expect(count('briefing_commands_total', { command: 'who' })).toBe(2);
    expect(count('briefing_commands_total', { command: 'articles', outcome: 'ok' })).toBe(1);
    expect(count('briefing_commands_total', { command: 'unknown', outcome: 'user_error' })).toBe(1);
    expect(count('briefing_command_duration_seconds', { command: 'who' })).toBe(2);
    expect(count('briefing_digests_total', { platform: 'discord', outcome: 'sent' })).toBe(1);
    expect(count('briefing_platform_rate_limited_total', { platform: 'discord' })).toBe(1);
    expect(count('briefing_platform_retries_total', { platform: 'discord', reason: 'rate_limit' })).toBe(1);
    expect(count('briefing_articles_ingested_total', { source: 'file', outcome: 'added' })).toBe(1);
    expect(count('briefing_article_parse_seconds', {})).toBe(1);
    expect(count('briefing_store_query_duration_seconds', { operation: 'claim_delivery' })).toBeGreaterThanOrEqual(1);
    expect(scrape.families.some((f) => f.name === 'process_resident_memory_bytes')).toBe(true);

    // Labels come from fixed sets: no user text, no channel or user id, no article source.
    const known = new Set([...briefingCommands.map((c) => c.name), 'ask', 'unknown']);
    for (const { family, label, value } of labelValues(scrape)) {
      expect(value, `${family} ${label}`).toMatch(/^[a-z][a-z0-9_:-]{0,39}$/);
      if (label === 'command') expect(known.has(value), value).toBe(true);
    }
  });

  it('stops on SIGTERM within SHUTDOWN_TIMEOUT_MS by finishing its steps, not by its watchdog', async () => {
    const sent = bot.signal('SIGTERM');
    const exit = await bot.exited;
    expect(exit).toMatchObject({ code: 0, signal: null });
    const stopped = bot.logs.find((line) => line.msg === 'stopped');
    expect(stopped).toMatchObject({ unfinished: [] });
    expect(bot.logs.filter((line) => /SHUTDOWN_TIMEOUT_MS/.test(String(line.msg)))).toEqual([]);
    const how = imageCommand().fromSources ? 'from the sources through tsx, dist/ being stale' : 'compiled dist/ on plain Node';
    console.info(`image start command (${how}): exited ${Math.round(exit.at - sent)} ms after SIGTERM (steps ${String(stopped?.elapsedMs)} ms)`);
  });
});
