import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BriefingService } from '../../../src/briefing/service.js';
import { startBot, type Harness } from './bot-harness.js';
import { messageProblems } from './fake-discord/payload-limits.js';
import type { FakeMessage } from './fake-discord/fake-state.js';
import { createRealService, MENTION_ARTICLE } from './fixtures/real-service.js';

/** Everything a reader sees in the embeds, with the zero-width spaces and escapes taken out. */
const seen = (messages: FakeMessage[]) =>
  JSON.stringify(messages.map((m) => m.embeds))
    .replace(/\\u200b|\u200b/g, '')
    .replace(/\\\\(.)/g, '$1');

/** A service that takes `ms` longer than the real one, to force a deferred reply. */
const slowed = (service: BriefingService, ms: number): BriefingService => ({
  commands: service.commands,
  completeActor: (prefix, limit) => service.completeActor(prefix, limit),
  handle: async (input) => {
    await new Promise((resolve) => setTimeout(resolve, input.command === 'digest' ? ms : 0));
    return service.handle(input);
  },
});

describe('the real briefing service on Discord, default article', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startBot(slowed(createRealService([MENTION_ARTICLE]), 300), { deferAfterMs: 100 });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('answers /who Ushakov with an embed holding the facts, citing the Reuters article of June 18, 2024', async () => {
    const messages = await h.fake.answered(h.fake.sendCommand('who', { name: 'Ushakov' }));
    expect(messages[0]!.embeds[0]!.title).toBe('Yuri Ushakov');
    const text = seen(messages);
    expect(text).toContain("Putin's foreign policy adviser");
    expect(text).toContain('Russia and North Korea may sign a partnership agreement');
    expect(text).toContain('include security issues');
    expect(text).toContain('not be directed against any other country');
    expect(text).toContain('outline prospects for further cooperation');
    expect(text).toMatch(/Said \(via Interfax\): The visit will include one-on-one discussions/);
    expect(text).toContain('Putin vows to support North Korea against the United States — Reuters, June 18, 2024');
  });

  it('answers an unknown name with close suggestions, or says nothing is close', async () => {
    const close = await h.fake.answered(h.fake.sendCommand('who', { name: 'Ushakovsky' }));
    expect(seen(close)).toMatch(/did you mean/i);
    expect(seen(close)).toContain('Yuri Ushakov');
    const far = await h.fake.answered(h.fake.sendCommand('who', { name: 'Zzyzx' }));
    expect(far[0]!.embeds.length).toBeGreaterThan(0);
    expect(seen(far)).toContain('No close match');
  });

  it('answers "Kim" with the Kims to choose from', async () => {
    const text = seen(await h.fake.answered(h.fake.sendCommand('who', { name: 'Kim' })));
    expect(text).toContain('Kim Jong Un');
    expect(text).toContain('Kim Il Sung');
  });

  it('completes "Kim" to the Kims of the article', async () => {
    const interaction = h.fake.sendAutocomplete('who', 'name', 'Kim');
    await h.fake.waitFor(() => interaction.choices, 'autocomplete choices');
    expect(interaction.choices!.map((c) => c.value)).toEqual(expect.arrayContaining(['Kim Jong Un', 'Kim Il Sung']));
    expect(interaction.choices!.length).toBeLessThanOrEqual(25);
  });

  it('defers a slow /digest, then shows it', async () => {
    const interaction = h.fake.sendCommand('digest');
    const messages = await h.fake.answered(interaction);
    expect(interaction.callbacks.map((c) => c.type)).toEqual([5]);
    expect(messages[0]!.embeds[0]!.title).toBeTruthy();
  });

  it('shows a quote holding @everyone and a user mention from an article without forming a mention', async () => {
    const messages = await h.fake.answered(h.fake.sendCommand('who', { name: 'Baker' }));
    const raw = JSON.stringify(messages.map((m) => m.embeds));
    expect(raw).not.toMatch(/@everyone|<@123/);
    expect(seen(messages)).toContain('@everyone should come to the opening <@123> and **celebrate**');
  });

  it('answers @everyone typed as a name without echoing a mention', async () => {
    const messages = await h.fake.answered(h.fake.sendCommand('who', { name: '@everyone @here <@&42>' }));
    expect(JSON.stringify(messages.map((m) => m.embeds))).not.toMatch(/@everyone|@here|<@&/);
  });

  it('sent only bodies Discord accepts, and never let Discord parse a mention', () => {
    expect(h.fake.requests.filter((r) => r.status >= 400)).toEqual([]);
    for (const { body } of h.fake.messageBodies) {
      expect(messageProblems(body)).toEqual([]);
      expect(body.allowed_mentions).toEqual({ parse: [] });
    }
  });
});
