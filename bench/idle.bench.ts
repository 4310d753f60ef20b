/**
 * `npm run bench -- idle [--db URL] [--gap 11] [--rounds 3]`: a chat bot's commands come seconds or
 * minutes apart, not back to back as in the scale bench. On a kept scale corpus (by default the
 * PostgreSQL database `npm run bench -- scale --sizes 10000 --keep` leaves), one bot answers /who,
 * /claims, /quote and /timeline about busy actors, each once after `gap` idle seconds and once more
 * right after it (the peer: same kind, another actor, so no answer is served from the cache), and
 * prints the median, min and max of each and the ratio of medians. pg's pool closes a connection after
 * 10 idle seconds unless told otherwise, and a command on new server processes pays for their start
 * and their cold catalog caches.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { CommandInput } from '../src/briefing/command.js';
import { openBriefing } from '../src/cli/start-command.js';
import { loadConfig } from '../src/config.js';
import { silentLogger } from '../src/logging.js';
import { postgresUrl } from '../tests/store/postgres-schema.js';
import { BenchUsageError } from './usage-error.js';

const KINDS: [command: string, argument: string][] = [
  ['who', 'name'],
  ['claims', 'about'],
  ['quote', 'query'],
  ['timeline', 'about'],
];

/** Runs the benchmark; returns the lines to print. */
export default async function idle(flags: Record<string, string> = {}): Promise<string[]> {
  const url = flags.db ?? postgresUrl.replace(/\/[^/]*$/, '/briefing_scale_10000');
  const gapMs = Number(flags.gap ?? 11) * 1000;
  const rounds = Number(flags.rounds ?? 3);
  if (!(gapMs > 0) || !(rounds >= 1)) throw new BenchUsageError('idle: --gap takes seconds (> 0) and --rounds a whole number (>= 1)');
  const wanted = KINDS.length * rounds * 2;
  const busiest = await busiestNames(url, wanted);
  // Without a kept corpus the other benches still run: this one says what it needs and measures nothing.
  if (busiest.length === 0) return [`idle: skipped, no scale corpus at ${url}: run \`npm run bench -- scale --sizes 10000 --keep\` first, or give --db URL`];
  if (busiest.length < wanted)
    throw new BenchUsageError(`idle: the corpus at ${url} has actors for ${Math.floor(busiest.length / KINDS.length / 2)} rounds at most`);
  const config = loadConfig({ DATABASE_URL: url, DATA_DIR: mkdtempSync(join(tmpdir(), 'briefing-idle-')), LOG_LEVEL: 'silent' });
  const opened = await openBriefing(config, silentLogger());
  const afterIdle = new Map<string, number[]>(KINDS.map(([c]) => [c, []]));
  const backToBack = new Map<string, number[]>(KINDS.map(([c]) => [c, []]));
  const timed = async (command: string, argument: string, name: string) => {
    const started = performance.now();
    const reply = await opened.service.handle(input(command, { [argument]: name }));
    if (reply.tone === 'error') throw new Error(`/${command} ${name} failed: ${reply.title}`);
    return performance.now() - started;
  };
  try {
    let next = 0;
    for (let round = 0; round < rounds; round += 1) {
      for (const [command, argument] of KINDS) {
        await new Promise((resolve) => setTimeout(resolve, gapMs));
        afterIdle.get(command)!.push(await timed(command, argument, busiest[next++]!));
        backToBack.get(command)!.push(await timed(command, argument, busiest[next++]!));
      }
    }
  } finally {
    await opened.close();
  }
  const lines = [`commands after ${gapMs / 1000} s idle against back to back (ms: median, min-max), ${rounds} rounds on ${url.replace(/^.*\//, '')}`];
  for (const [command] of KINDS) {
    const idleMs = summary(afterIdle.get(command)!);
    const hotMs = summary(backToBack.get(command)!);
    lines.push(
      `/${command.padEnd(9)} after idle ${idleMs.text.padEnd(18)} back to back ${hotMs.text.padEnd(18)} ratio ${(idleMs.median / hotMs.median).toFixed(2)}`,
    );
  }
  return lines;
}

async function busiestNames(url: string, limit: number): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    return (await client.query<{ name: string }>('SELECT name FROM actors ORDER BY appearances DESC LIMIT $1', [limit])).rows.map((r) => r.name);
  } catch {
    return [];
  } finally {
    await client.end().catch(() => undefined);
  }
}

function summary(list: number[]): { median: number; text: string } {
  const sorted = [...list].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  return { median, text: `${median.toFixed(1)}, ${sorted[0]?.toFixed(1)}-${sorted.at(-1)?.toFixed(1)}` };
}

function input(command: string, args: Record<string, string>): CommandInput {
  return { command, args, user: { id: 'bench', name: 'bench' }, channel: { id: 'bench' }, platform: 'console' };
}
