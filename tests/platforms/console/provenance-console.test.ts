import { describe, expect, it } from 'vitest';
import { renderText } from '../../../src/platforms/console/render.js';
import { input } from '../../briefing/helpers.js';
import { ferryStrikeService } from '../../support/ferry-strike.js';

// One story from three invented outlets (tests/support/ferry-strike.ts), answered as the console shows it.
describe('the console showing how we know who said it', () => {
  const service = ferryStrikeService();
  const shown = async (command: string, args: Record<string, string> = {}) => renderText(await service.handle(input(command, args)), { width: 200 });

  it('shows the relay after the speaker and, under the quote, every outlet that carries it', async () => {
    const text = await shown('quote', { query: 'Vang' });
    expect(text).toMatch(
      /“No island family will be cut off \.\.\. while this lasts,” — Teodora Vang, Mayor, via Coastline Radio \[\d\u00a0¶\d+\]\n {2}Reported by Kestrel Courier \(June 11\), Harbour Wire \(June 11\) and Nordlys Press \(June 12\), 3 articles\n/,
    );
    expect(text).toMatch(/“The ferries must be safe first,” — Teodora Vang, Mayor \[\d\u00a0¶\d+\]\n {2}Single source: Kestrel Courier \(June 11\)\n/);
  });

  it('shows the chain in /who and the disagreement under the line it concerns', async () => {
    const text = await shown('who', { name: 'Aasland' });
    expect(text).toMatch(/- Said \(via Norland News Agency, then Coastline Radio\): the island routes would be put up for sale \[\d\u00a0¶\d+\]\n/);
    expect(text).toMatch(
      /- Said: We will not return to the talks this week \[\d\u00a0¶\d+\]\n {2}Single source: Kestrel Courier \(June 11\)\n {2}Worded differently by Harbour Wire: “We will not reopen the talks this week”\n/,
    );
  });

  it('lists the discrepancies of the period in the briefing', async () => {
    const text = await shown('briefing');
    expect(text).toMatch(/\nDiscrepancies\n-+\n- “The strike will end when the company pays what it owes”: attributed to /);
  });
});
