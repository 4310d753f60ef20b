import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type Harness } from './bot-harness.js';
import { createFixtureService } from './fixtures/fixture-service.js';

const EPHEMERAL = 64;

describe('the Discord bot when things go wrong', () => {
  let h: Harness;

  beforeAll(async () => {
    // Defer after 50 ms; /slow takes 400 ms, so it is always deferred.
    h = await startBot(createFixtureService({ slowMs: 400 }), { deferAfterMs: 50, env: { DISCORD_GUILD_ID: '424242' } });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('registers guild commands when DISCORD_GUILD_ID is set', () => {
    expect(h.fake.registeredCommands!.route).toBe(`/applications/${h.fake.applicationId}/guilds/424242/commands`);
  });

  it('defers a slow answer, then edits the deferred reply', async () => {
    const interaction = h.fake.sendCommand('slow');
    const [message] = await h.fake.answered(interaction);
    expect(interaction.callbacks.map((c) => c.type)).toEqual([5]);
    expect(message!.embeds[0]!.title).toBe('Slow answer');
    expect(h.fake.requests.some((r) => r.method === 'PATCH' && r.path.endsWith('/messages/%40original'))).toBe(true);
  });

  it('replaces a deferred reply with an ephemeral one when the slow answer is private', async () => {
    const interaction = h.fake.sendCommand('slow', { private: 'yes' });
    const [message] = await h.fake.answered(interaction, 1);
    expect(interaction.callbacks.map((c) => c.type)).toEqual([5]);
    expect(interaction.originalDeleted).toBe(true);
    expect(message!.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(message!.embeds[0]!.title).toBe('Slow private answer');
  });

  it('still answers when Discord is slow to take the deferral', async () => {
    h.fake.callbackDelayMs = 300;
    try {
      const interaction = h.fake.sendCommand('slow');
      const [message] = await h.fake.answered(interaction);
      expect(message!.embeds[0]!.title).toBe('Slow answer');
      expect(interaction.followUps).toEqual([]);
    } finally {
      h.fake.callbackDelayMs = 0;
    }
  });

  it('answers a failure it did not expect with a short ephemeral message and logs the command and arguments', async () => {
    const interaction = h.fake.sendCommand('boom', { detail: 'x' });
    const [message] = await h.fake.answered(interaction);
    expect(message!.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(message!.content).toMatch(/^Sorry, something went wrong/);
    expect(message!.content).not.toMatch(/fixture failure|Error|at /);
    const line = h.logs.find((l) => l.msg === 'interaction failed' && l.interactionId === interaction.id);
    expect(line).toMatchObject({ level: 50, command: 'boom', args: { detail: 'x' } });
    expect(line!.err.message).toBe('fixture failure');
  });

  it('logs an expired interaction (10062) and keeps answering the next one', async () => {
    const expired = h.fake.sendCommand('who', { name: 'Ushakov' });
    expired.expired = true; // Discord will answer the callback with 404 Unknown interaction
    await h.fake.waitFor(
      () => h.logs.find((l) => l.msg === 'interaction expired before it was answered' && l.interactionId === expired.id),
      'the expiry log line',
    );
    const [message] = await h.fake.answered(h.fake.sendCommand('who', { name: 'Ushakov' }));
    expect(message!.embeds[0]!.title).toBe('Yuri Ushakov');
  });

  it('logs an interaction another process already acknowledged (40060) and keeps answering', async () => {
    const taken = h.fake.sendCommand('who', { name: 'Ushakov' });
    taken.callbacks.push({ type: 5 }); // someone else deferred it first
    await h.fake.waitFor(() => h.logs.find((l) => l.msg === 'interaction was already acknowledged' && l.interactionId === taken.id), 'the 40060 log line');
    const [message] = await h.fake.answered(h.fake.sendCommand('who', { name: 'Kim' }));
    expect(message!.embeds[0]!.title).toBe('Several people match "Kim"');
  });

  it('answers a stale or forged button with an ephemeral note', async () => {
    const [message] = await h.fake.answered(h.fake.sendCommand('who', { name: 'Ushakov' }));
    const click = h.fake.clickButton(message!, 'not-a-page-button');
    const [note] = await h.fake.answered(click);
    expect(note!.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(note!.content).toBe('This button no longer works. Run the command again.');
  });

  it('resumes the session after the gateway connection drops, and answers the next command', async () => {
    const before = h.fake.gateway.identifyCount;
    h.fake.gateway.drop();
    await h.fake.waitFor(() => h.fake.gateway.resumeCount === 1 && h.fake.gateway.connected, 'the client to resume');
    expect(h.fake.gateway.identifyCount).toBe(before); // resumed, not a new session
    expect(h.fake.gateway.problems).toEqual([]);
    const [message] = await h.fake.answered(h.fake.sendCommand('who', { name: 'Ushakov' }));
    expect(message!.embeds[0]!.title).toBe('Yuri Ushakov');
    await h.fake.waitFor(() => h.logs.find((l) => l.msg === 'gateway session resumed'), 'the resume log line');
  });

  it('reconnects and resumes when heartbeats stop being acknowledged (a zombie connection)', async () => {
    const resumes = h.fake.gateway.resumeCount;
    h.fake.gateway.ackHeartbeats = false;
    try {
      await h.fake.waitFor(() => h.fake.gateway.resumeCount === resumes + 1 && h.fake.gateway.connected, 'a resume after missed ACKs');
    } finally {
      h.fake.gateway.ackHeartbeats = true;
    }
    const [message] = await h.fake.answered(h.fake.sendCommand('who', { name: 'Ushakov' }));
    expect(message!.embeds[0]!.title).toBe('Yuri Ushakov');
  });

  it('replays a command dispatched while the connection was down', async () => {
    h.fake.gateway.drop();
    const missed = h.fake.sendCommand('who', { name: 'Putin' }); // sent to no one: replayed on resume
    const [message] = await h.fake.answered(missed);
    expect(message!.embeds[0]!.title).toBe('Vladimir Putin');
    expect(h.fake.gateway.resumeCount).toBe(3);
  });

  it('disconnects from the gateway on stop, and stopping twice is harmless', async () => {
    const closed = new Promise((resolve) => h.fake.gateway.events.once('close', resolve));
    await h.bot.stop();
    await closed;
    expect(h.fake.gateway.connected).toBe(false);
    await h.bot.stop();
  });
});
