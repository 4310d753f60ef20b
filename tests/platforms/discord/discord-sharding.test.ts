import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { start } from '../../../src/platforms/discord/start.js';
import type { RunningPlatform } from '../../../src/platforms/platform.js';
import { createSqliteStore } from '../../../src/store/sqlite-store.js';
import type { Store } from '../../../src/store/store.js';
import { startFakeDiscord, type FakeDiscord } from './fake-discord/fake-discord.js';
import { shardOfGuild } from './fake-discord/gateway.js';
import { snowflake } from './fake-discord/fake-state.js';
import { createFixtureService } from './fixtures/fixture-service.js';

const dir = mkdtempSync(join(tmpdir(), 'briefing-shards-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A guild id whose events Discord sends to `shard` of `count`. */
function guildOn(shard: number, count: number): string {
  for (;;) {
    const id = snowflake();
    if (shardOfGuild(id, count) === shard) return id;
  }
}

/** A bot process's log lines, kept so a test can see which process answered what. */
function recorder(fake: FakeDiscord) {
  const lines: Record<string, any>[] = [];
  const logger = pino({ level: 'debug', base: undefined }, { write: (line: string) => (lines.push(JSON.parse(line)), fake.changed()) });
  return { lines, logger, answered: () => lines.filter((l) => l.msg === 'answered command').map((l) => l.interactionId as string) };
}

const sortShards = (shards: [number, number][]) => [...shards].sort((a, b) => a[0] - b[0]);

describe('Discord with two shards', () => {
  it('runs every shard in one process (shards: auto) and answers each guild once', async () => {
    const fake = await startFakeDiscord({ shards: 2 });
    const log = recorder(fake);
    const bot = await start({ config: loadConfig(fake.env()), service: createFixtureService(), logger: log.logger });
    try {
      expect(sortShards(fake.gateway.connectedShards)).toEqual([
        [0, 2],
        [1, 2],
      ]);
      for (const guildId of [guildOn(0, 2), guildOn(1, 2)]) {
        const interaction = fake.sendCommand('who', { name: 'Ushakov' }, { guildId });
        await fake.answered(interaction);
        expect(interaction.callbacks).toHaveLength(1);
      }
      await fake.waitFor(() => log.answered().length === 2, 'both answers logged');
    } finally {
      await bot.stop();
      await fake.close();
    }
  });

  it('splits the shards between two replicas through leases in their shared store, so each guild is answered by exactly one', async () => {
    const fake = await startFakeDiscord({ shards: 2 });
    const path = join(dir, 'shared.db');
    const stores: Store[] = [createSqliteStore(path), createSqliteStore(path)];
    for (const store of stores) await store.migrate();
    const logs = [recorder(fake), recorder(fake)];
    const replicas: RunningPlatform[] = [];
    const leaseTimes = { leaseTtlMs: 1_500, leaseTickMs: 200 };
    try {
      for (const [i, store] of stores.entries()) {
        replicas.push(
          await start(
            { config: loadConfig(fake.env()), service: createFixtureService(), logger: logs[i]!.logger, leases: store },
            { replicaId: `replica-${i}`, ...leaseTimes },
          ),
        );
      }
      // The first replica took both shards alone; once the second is there, it hands one over.
      await fake.waitFor(
        () => fake.gateway.connectedShards.length === 2 && logs.every((l) => l.lines.some((line) => line.msg === 'holding a Discord shard')),
        'each replica to hold one shard',
      );
      expect(sortShards(fake.gateway.connectedShards)).toEqual([
        [0, 2],
        [1, 2],
      ]);

      const guilds = [guildOn(0, 2), guildOn(1, 2)];
      const sent = guilds.flatMap((guildId) => [1, 2, 3].map(() => fake.sendCommand('who', { name: 'Ushakov' }, { guildId })));
      for (const interaction of sent) await fake.answered(interaction);
      for (const interaction of sent) expect(interaction.callbacks).toHaveLength(1);
      const answeredBy = () => logs.map((l) => new Set(l.answered()));
      await fake.waitFor(() => sent.every((i) => answeredBy().some((set) => set.has(i.id))), 'every answer logged');
      await new Promise((resolve) => setTimeout(resolve, 300));
      const [first, second] = answeredBy();
      for (const interaction of sent) expect(Number(first!.has(interaction.id)) + Number(second!.has(interaction.id))).toBe(1);
      // Each guild is one replica's: its three commands were all answered by the same one.
      for (const guildSent of [sent.slice(0, 3), sent.slice(3)]) {
        expect(new Set(guildSent.map((interaction) => first!.has(interaction.id))).size).toBe(1);
      }

      // One replica stops: the other takes its shard and answers both guilds.
      await replicas[0]!.stop();
      await fake.waitFor(
        () => sortShards(fake.gateway.connectedShards).length === 2 && logs[1]!.lines.filter((l) => l.msg === 'holding a Discord shard').length >= 2,
        'the survivor to hold both shards',
      );
      const after = guilds.map((guildId) => fake.sendCommand('who', { name: 'Ushakov' }, { guildId }));
      for (const interaction of after) await fake.answered(interaction);
      await fake.waitFor(() => after.every((i) => logs[1]!.answered().includes(i.id)), 'the survivor to answer both guilds');
      expect(fake.gateway.problems).toEqual([]);
    } finally {
      for (const replica of replicas) await replica.stop();
      for (const store of stores) await store.close();
      await fake.close();
    }
  }, 60_000);
});
