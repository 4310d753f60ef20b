import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type Harness } from './bot-harness.js';
import { createFixtureService } from './fixtures/fixture-service.js';

const EPHEMERAL = 64;
const fieldsOf = (message: { embeds: any[] }) => Object.fromEntries(message.embeds.flatMap((e) => e.fields ?? []).map((f: any) => [f.name, f.value]));

describe('slash commands on Discord', () => {
  let h: Harness;
  const service = createFixtureService();

  beforeAll(async () => {
    h = await startBot(service);
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('connects through the gateway and registers the commands globally when no guild is set', () => {
    expect(h.fake.gateway.identifyCount).toBe(1);
    expect(h.fake.registeredCommands!.route).toBe(`/applications/${h.fake.applicationId}/commands`);
    const who = h.fake.registeredCommands!.commands.find((c) => c.name === 'who');
    expect(who.options[0]).toMatchObject({ name: 'name', type: 3, required: true, autocomplete: true });
  });

  it('answers /who with an embed and passes a neutral input to the service', async () => {
    const interaction = h.fake.sendCommand('who', { name: 'Ushakov' });
    const [message] = await h.fake.answered(interaction);
    expect(interaction.callbacks[0]!.type).toBe(4);
    expect(message!.flags & EPHEMERAL).toBe(0);
    expect(message!.embeds[0]).toMatchObject({ title: 'Yuri Ushakov', description: "Putin's foreign policy adviser" });
    expect(service.calls.at(-1)).toMatchObject({
      command: 'who',
      args: { name: 'Ushakov' },
      platform: 'discord',
      user: { id: '900000000000000001', name: 'Reader', canManageChannel: true },
      channel: { id: h.fake.channelId },
    });
  });

  it('tells a member without Manage Channels apart from one with it', async () => {
    const interaction = h.fake.sendCommand('who', { name: 'Ushakov' }, { permissions: '1024' });
    await h.fake.answered(interaction);
    expect(service.calls.at(-1)!.user.canManageChannel).toBe(false);
  });

  it('answers an unknown name with suggestions, not an empty reply', async () => {
    const [message] = await h.fake.answered(h.fake.sendCommand('who', { name: 'Nobody' }));
    expect(message!.embeds[0]!.title).toBe('No one called "Nobody"');
    expect(message!.embeds[0]!.description).toContain('Did you mean Yuri Ushakov?');
  });

  it('answers a name with several matches with a list to choose from', async () => {
    const [message] = await h.fake.answered(h.fake.sendCommand('who', { name: 'Kim' }));
    const choices = fieldsOf(message!)['Choose one'];
    expect(choices).toContain('Kim Jong Un — North Korean leader · `/who Kim Jong Un`');
    expect(choices).toContain('Kim Il Sung');
  });

  it('offers a button per match that shows that person in the same message', async () => {
    const [message] = await h.fake.answered(h.fake.sendCommand('who', { name: 'Kim' }));
    const buttons = message!.components.flatMap((row) => row.components);
    expect(buttons.map((b) => b.label)).toEqual(['Kim Jong Un', 'Kim Il Sung']);
    const click = h.fake.clickButton(message!, buttons[0].custom_id);
    await h.fake.waitFor(() => click.callbacks[0], 'the choice click to be answered');
    expect(click.callbacks[0]!.type).toBe(7);
    expect(message!.embeds[0]!.title).toBe('Kim Jong Un');
    expect(message!.components).toEqual([]);
    expect(service.calls.at(-1)).toMatchObject({ command: 'who', args: { name: 'Kim Jong Un' }, platform: 'discord' });
  });

  it('completes actor names for "Kim" with at most 25 choices', async () => {
    const interaction = h.fake.sendAutocomplete('who', 'name', 'Kim');
    await h.fake.waitFor(() => interaction.choices, 'autocomplete choices');
    expect(interaction.callbacks[0]!.type).toBe(8);
    expect(interaction.choices!.map((c) => c.value)).toEqual(['Kim Jong Un', 'Kim Il Sung']);
    expect(interaction.choices![0]!.name).toBe('Kim Jong Un — North Korean leader');
  });

  it('answers autocomplete for 6000 typed characters with no choices rather than an error', async () => {
    const interaction = h.fake.sendAutocomplete('who', 'name', 'x'.repeat(6000));
    await h.fake.waitFor(() => interaction.choices, 'autocomplete choices');
    expect(interaction.choices).toEqual([]);
  });

  it('shows help and user errors only to the user who asked', async () => {
    const [help] = await h.fake.answered(h.fake.sendCommand('help'));
    expect(help!.flags & EPHEMERAL).toBe(EPHEMERAL);
    const [error] = await h.fake.answered(h.fake.sendCommand('who', { name: '   ' }));
    expect(error!.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(error!.embeds[0]!.title).toBe('Name missing');
  });

  it('neutralises @everyone and mentions typed in an argument', async () => {
    const [message] = await h.fake.answered(h.fake.sendCommand('who', { name: '@everyone <@123> <#456> **x**' }));
    const title = message!.embeds[0]!.title as string;
    expect(title).not.toMatch(/@everyone|<@123|<#456/);
    expect(title.replace(/\u200b/g, '')).toBe('No one called "@everyone <@123> <#456> \\*\\*x\\*\\*"');
  });

  it('neutralises @everyone coming from an article', async () => {
    const [message] = await h.fake.answered(h.fake.sendCommand('who', { name: 'Putin' }));
    const mentions = fieldsOf(message!)['Mentions'] as string;
    expect(mentions).toContain('@\u200beveryone look');
  });

  it('never lets Discord parse a mention in any message it sent', () => {
    expect(h.fake.messageBodies.length).toBeGreaterThan(5);
    for (const { body } of h.fake.messageBodies) {
      expect(body.allowed_mentions).toEqual({ parse: [] });
      expect(JSON.stringify(body)).not.toMatch(/@(everyone|here)|<@|<#/);
    }
  });
});
