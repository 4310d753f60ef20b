import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig } from '../../src/config.js';
import { readDockerfile, repoRoot, stepsOf } from './dockerfile.js';

interface Service {
  image?: string;
  build?: string;
  ports?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[]; interval: string; timeout: string; retries: number; start_period?: string };
  stop_grace_period?: string;
  env_file?: Array<{ path: string; required: boolean }>;
}

// Compose reads YAML merge keys (<<: *bot), so the parser must too.
const compose = parse(readFileSync(join(repoRoot, 'compose.yaml'), 'utf8'), { merge: true }) as { services: Record<string, Service> };
const bots = Object.entries(compose.services).filter(([name]) => name.startsWith('bot-'));
const seconds = (duration: string) => Number(/^(\d+)s$/.exec(duration)?.[1] ?? NaN);

describe('compose.yaml', () => {
  it('starts PostgreSQL with a health check and two bot replicas from this Dockerfile', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['bot-1', 'bot-2', 'postgres']);
    const postgres = compose.services.postgres!;
    expect(postgres.image).toMatch(/^postgres:\d+/);
    expect(postgres.healthcheck?.test.join(' ')).toMatch(/pg_isready -U briefing -d briefing/);
    expect(postgres.environment).toMatchObject({ POSTGRES_USER: 'briefing', POSTGRES_DB: 'briefing' });
    for (const [, bot] of bots) expect(bot.build).toBe('.');
  });

  it('starts each bot only once PostgreSQL is healthy, on a DATABASE_URL that names that service and its database', () => {
    const postgres = compose.services.postgres!.environment!;
    for (const [, bot] of bots) {
      expect(bot.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
      const url = new URL(bot.environment!.DATABASE_URL!);
      expect([url.hostname, url.port, url.pathname, url.username, url.password]).toEqual([
        'postgres',
        '5432',
        `/${postgres.POSTGRES_DB}`,
        postgres.POSTGRES_USER,
        postgres.POSTGRES_PASSWORD,
      ]);
    }
  });

  it("gives each replica its own host port onto the container's HEALTH_PORT, and probes /readyz there", () => {
    const hostPorts = bots.map(([, bot]) => {
      expect(bot.ports).toHaveLength(1);
      const [host, container] = bot.ports![0]!.split(':');
      expect(container).toBe(bot.environment!.HEALTH_PORT);
      const probe = bot.healthcheck!.test;
      expect(probe[0]).toBe('CMD');
      expect(probe.join(' ')).toContain(`http://127.0.0.1:${bot.environment!.HEALTH_PORT}/readyz`);
      return host;
    });
    expect(new Set(hostPorts).size).toBe(bots.length);
  });

  it("lets the bot's own shutdown limit end it before Docker's SIGKILL, and reads platform secrets from an optional .env", () => {
    for (const [, bot] of bots) {
      expect(seconds(bot.stop_grace_period!) * 1000).toBeGreaterThan(Number(bot.environment!.SHUTDOWN_TIMEOUT_MS));
      expect(bot.env_file).toEqual([{ path: '.env', required: false }]);
    }
  });

  it('sets only variables the bot knows, with values its configuration accepts', () => {
    const imageEnv = Object.assign({}, ...stepsOf(readDockerfile().at(-1)!, 'ENV').map((s) => s.env)) as Record<string, string>;
    const known = new Set(
      readFileSync(join(repoRoot, '.env.example'), 'utf8')
        .match(/^#? ?([A-Z][A-Z0-9_]+)=/gm)!
        .map((line) => line.replace(/^#? ?/, '').slice(0, -1)),
    );
    for (const [, bot] of bots) {
      for (const name of Object.keys(bot.environment!)) expect(known.has(name), `${name} in .env.example`).toBe(true);
      const config = loadConfig({ ...imageEnv, ...bot.environment, DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: '1' });
      expect(config.health).toEqual({ port: Number(bot.environment!.HEALTH_PORT) });
    }
  });
});
