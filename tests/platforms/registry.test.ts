import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { loadConfig } from '../../src/config.js';
import { configuredPlatforms, platformAdapters } from '../../src/platforms/index.js';

describe('the platform registry', () => {
  it('lists each chat platform once, by a string id, and starts only the configured ones', () => {
    expect(platformAdapters.map((p) => p.id)).toEqual(['discord', 'slack']);
    expect(configuredPlatforms(loadConfig({}))).toEqual([]);
    expect(configuredPlatforms(loadConfig({ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: '1' })).map((p) => p.id)).toEqual(['discord']);
    const oauth = { SLACK_CLIENT_ID: 'c', SLACK_CLIENT_SECRET: 's', SLACK_STATE_SECRET: 'x', SLACK_SIGNING_SECRET: 'y' };
    expect(configuredPlatforms(loadConfig(oauth)).map((p) => p.id)).toEqual(['slack']);
  });

  it('keeps platform names out of the core, the store and the scheduler', () => {
    const shared = ['src/briefing', 'src/store', 'src/schedule', 'commands'].flatMap((dir) =>
      readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.ts'))
        .map((f) => `${dir}/${f}`),
    );
    for (const file of [...shared, 'src/cli/start-command.ts']) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/'discord' \| 'slack'|platforms\/(discord|slack)\//);
    }
  });
});
