import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ferryStrikeService } from '../../support/ferry-strike.js';
import { startBot, type Harness } from './bot-harness.js';
import { messageProblems } from './fake-discord/payload-limits.js';
import type { FakeMessage } from './fake-discord/fake-state.js';

/** The embed fields a reader sees, escapes taken out. */
const fields = (messages: FakeMessage[]) =>
  messages
    .flatMap((m) => m.embeds.flatMap((e) => e.fields ?? []))
    .map((f) => ({ name: f.name.replace(/\\(.)/g, '$1'), value: f.value.replace(/\\(.)/g, '$1') }));

// One story from three invented outlets (tests/support/ferry-strike.ts), asked through the fake Discord.
describe('Discord showing how we know who said it', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startBot(ferryStrikeService());
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('names the relay beside the speaker of a quote and lists the outlets under it', async () => {
    const messages = await h.fake.answered(h.fake.sendCommand('quote', { query: 'Vang' }));
    const island = fields(messages).find((f) => f.value.includes('No island family'))!;
    expect(island.name).toBe('Teodora Vang, Mayor, via Coastline Radio');
    expect(island.value).toContain('↳ *Reported by Kestrel Courier (June 11), Harbour Wire (June 11) and Nordlys Press (June 12), 3 articles*');
    for (const m of messages) expect(messageProblems(m)).toEqual([]);
  });

  it('gives /who lines their chain and, under them, where outlets disagree', async () => {
    const messages = await h.fake.answered(h.fake.sendCommand('who', { name: 'Brekke' }));
    const said = fields(messages).find((f) => f.name === 'What they said')!;
    expect(said.value).toContain('• Said: The strike will end when the company pays what it owes');
    expect(said.value).toContain('↳ Attributed to Jonas Brekke by Kestrel Courier, to Mira Halvorsen by Harbour Wire');
  });

  it('adds the Discrepancies part to the briefing', async () => {
    const messages = await h.fake.answered(h.fake.sendCommand('briefing', {}));
    const part = fields(messages).find((f) => f.name === 'Discrepancies')!;
    expect(part.value).toMatch(/“The strike will end when the company pays what it owes”: attributed to .+ by .+, to .+ by /);
    expect(part.value).toMatch(/Per Aasland, “We will not (reopen|return to) the talks this week”: worded differently by/);
  });
});
