import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ferryStrikeService } from '../../support/ferry-strike.js';
import { postSigned, slashCommandFields } from './fake-slack/slack-requests.js';
import { startHarness, type Harness } from './slack-harness.js';

// One story from three invented outlets (tests/support/ferry-strike.ts), asked through the fake Slack.
describe('Slack showing how we know who said it', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ service: ferryStrikeService(), mode: 'http' });
  });
  afterAll(async () => {
    await h?.close();
  });

  /** The blocks' text of the answer to `/brief TEXT`. */
  async function blocksOf(text: string): Promise<string> {
    const { id, url } = h.fake.newResponseUrl();
    await postSigned(h.eventsUrl, slashCommandFields('/brief', text, { response_url: url }));
    const answer = (await h.fake.waitFor(() => h.fake.responsesTo(id)[0], `an answer to ${text}`)).body;
    return JSON.stringify(answer.blocks);
  }

  it('names the relay beside the speaker of a quote and lists the outlets under it', async () => {
    const blocks = await blocksOf('quote Vang');
    expect(blocks).toContain('— Teodora Vang, Mayor, via Coastline Radio');
    expect(blocks).toContain('↳ _Reported by Kestrel Courier (June 11), Harbour Wire (June 11) and Nordlys Press (June 12), 3 articles_');
  });

  it('gives /who lines their chain and, under them, where outlets disagree', async () => {
    const blocks = await blocksOf('who Aasland');
    expect(blocks).toContain('Said (via Norland News Agency, then Coastline Radio): the island routes would be put up for sale');
    expect(blocks).toContain('↳ _Worded differently by Harbour Wire: “We will not reopen the talks this week”_');
  });

  it('adds the Discrepancies part to the briefing', async () => {
    const blocks = await blocksOf('briefing');
    expect(blocks).toContain('*Discrepancies*');
    expect(blocks).toMatch(/“The strike will end when the company pays what it owes”: attributed to .+? by .+?, to .+? by /);
  });
});
