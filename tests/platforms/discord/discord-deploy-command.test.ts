import { execFile } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDiscordDeploy } from '../../../src/cli/discord-deploy-command.js';
import { startFakeDiscord, type FakeDiscord } from './fake-discord/fake-discord.js';

function capture() {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk) => (text += chunk));
  return { stream, text: () => text };
}

async function deploy(env: Record<string, string>) {
  const stdout = capture();
  const stderr = capture();
  const code = await runDiscordDeploy({ env, stdout: stdout.stream, stderr: stderr.stream });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

describe('npx briefing discord:deploy', () => {
  let fake: FakeDiscord;

  beforeAll(async () => {
    fake = await startFakeDiscord();
  });
  afterAll(async () => {
    await fake?.close();
  });

  it('registers every briefing command with Discord over REST, globally', async () => {
    const result = await deploy(fake.env());
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^Registered \d+ slash commands globally\.\n$/);
    expect(fake.registeredCommands!.route).toBe(`/applications/${fake.applicationId}/commands`);
    const names = fake.registeredCommands!.commands.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['who', 'quote', 'claims', 'timeline', 'digest', 'articles', 'help']));
    const who = fake.registeredCommands!.commands.find((c) => c.name === 'who');
    expect(who.options.find((o: any) => o.autocomplete)).toBeTruthy();
    expect(fake.gateway.identifyCount).toBe(0); // REST only
  });

  it('registers guild commands when DISCORD_GUILD_ID is set, from the real command line', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['src/cli/bin.mjs', 'discord:deploy'], {
      env: { PATH: process.env.PATH ?? '', ...fake.env({ DISCORD_GUILD_ID: '777' }) },
    });
    expect(stdout).toMatch(/^Registered \d+ slash commands in guild 777\.\n$/);
    expect(fake.registeredCommands!.route).toBe(`/applications/${fake.applicationId}/guilds/777/commands`);
  });

  it('explains a missing token in one line', async () => {
    const result = await deploy({ DISCORD_APPLICATION_ID: '1' });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('briefing discord:deploy: DISCORD_TOKEN is missing: set it to the bot token from the Discord developer portal\n');
  });

  it('explains a missing application id in one line', async () => {
    const result = await deploy({ DISCORD_TOKEN: 'x' });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^briefing discord:deploy: DISCORD_APPLICATION_ID is missing: [^\n]+\n$/);
  });

  it('reports a token Discord refuses in one line', async () => {
    const result = await deploy(fake.env({ DISCORD_TOKEN: 'wrong' }));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^briefing discord:deploy: Discord did not accept the commands: [^\n]*Unauthorized[^\n]*\n$/);
  });
});
