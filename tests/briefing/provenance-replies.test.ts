import { describe, expect, it } from 'vitest';
import { ferryStrikeService } from '../support/ferry-strike.js';
import { everything, input } from './helpers.js';

// Three invented outlets carry one ferry strike (tests/support/ferry-strike.ts).
describe('how we know who said it, across three outlets', () => {
  const service = ferryStrikeService();
  const ask = async (command: string, args: Record<string, string> = {}) => service.handle(input(command, args));

  it('shows a statement three outlets carry once, with every outlet and date, and the relay it came through', async () => {
    const reply = await ask('quote', { query: 'Vang' });
    const island = reply.quotes.find((q) => q.text.startsWith('No island family'))!;
    expect(island.speaker).toBe('Teodora Vang');
    expect(island.notes).toContain('Reported by Kestrel Courier (June 11), Harbour Wire (June 11) and Nordlys Press (June 12), 3 articles');
    expect(reply.quotes.filter((q) => q.text.startsWith('No island family'))).toHaveLength(1);
    expect(island.via).toEqual(['Coastline Radio']);
    expect(reply.fallback).toMatch(/— Teodora Vang, Mayor, via Coastline Radio/);
  });

  it('says when only one of the outlets carries a statement', async () => {
    const reply = await ask('quote', { query: 'Vang' });
    expect(reply.quotes.find((q) => q.text.startsWith('The ferries must be safe first'))!.notes).toEqual(['Single source: Kestrel Courier (June 11)']);
  });

  it('flags the same words given to two speakers, under the quote and under each speaker', async () => {
    const quote = await ask('quote', { query: 'strike will end' });
    expect(everything(quote)).toContain('Attributed to');
    expect(everything(quote)).toMatch(
      /by Kestrel Courier, to (Mira Halvorsen|Jonas Brekke) by Harbour Wire|by Harbour Wire, to (Mira Halvorsen|Jonas Brekke) by Kestrel Courier/,
    );
    expect(everything(await ask('who', { name: 'Brekke' }))).toContain('Attributed to Jonas Brekke by Kestrel Courier, to Mira Halvorsen by Harbour Wire');
    expect(everything(await ask('who', { name: 'Halvorsen' }))).toContain('Attributed to Mira Halvorsen by Harbour Wire, to Jonas Brekke by Kestrel Courier');
  });

  it('flags a speaker quoted with changed words for the same moment', async () => {
    const text = everything(await ask('who', { name: 'Aasland' }));
    expect(text).toContain('Worded differently by Kestrel Courier: “We will not return to the talks this week”');
    expect(text).toContain('Worded differently by Harbour Wire: “We will not reopen the talks this week”');
  });

  it('gives each claim its relay chain, nearest the speaker first, in /who and /claims', async () => {
    const who = everything(await ask('who', { name: 'Aasland' }));
    expect(who).toContain('Said (via Telegram): the company had made its final offer');
    expect(who).toContain('Said (via Norland News Agency, then Coastline Radio): the island routes would be put up for sale');
    const claims = everything(await ask('claims', { about: 'Aasland' }));
    expect(claims).toContain('Said (via Norland News Agency): the company had lost money on the island routes for three years');
  });

  it('lists what a relayer passed on under its own /who', async () => {
    const text = everything(await ask('who', { name: 'Coastline Radio' }));
    expect(text).toContain('What they relayed');
    expect(text).toContain('Eskil Torvund said (via Coastline Radio): the state would not step in');
    expect(text).toContain('Per Aasland said (via Norland News Agency, then Coastline Radio): the island routes would be put up for sale');
  });

  it('adds a Discrepancies part to the briefing when any arise among its articles, and none otherwise', async () => {
    const reply = await ask('briefing');
    const part = reply.sections.find((s) => s.title === 'Discrepancies');
    expect(part?.lines.map((l) => l.text)).toEqual([
      expect.stringMatching(/^“The strike will end when the company pays what it owes”: attributed to .+ by .+, to .+ by .+$/),
      expect.stringMatching(
        /^Per Aasland, “We will not (reopen|return to) the talks this week”: worded differently by (Harbour Wire|Kestrel Courier): “We will not (reopen|return to) the talks this week”$/,
      ),
    ]);
    const quiet = await ask('briefing', { about: 'trips' });
    expect(quiet.sections.find((s) => s.title === 'Headlines')?.lines).toHaveLength(1);
    expect(quiet.sections.find((s) => s.title === 'Discrepancies')).toBeUndefined();
  });
});
