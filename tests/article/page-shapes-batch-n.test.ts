/**
 * Page shapes met in the fourteenth batch of fresh pages (session 13: the English edition of a
 * continental daily, a cricket report with a scorecard and an over-by-over box, a fact-check with a
 * rating box above its byline, a regional election page with a results table, a market-close report
 * with tickers), each on invented text of its own (not the fixtures' text).
 */
import { describe, expect, it } from 'vitest';
import { parseByline, parseCredits, splitCaption } from '../../src/article/credits.js';
import { isFurnitureLine, isTableRow } from '../../src/article/page-furniture.js';
import { parseArticle } from '../../src/article/parse-article.js';
import { riverStory as story, structuredPage as page } from './story.js';

describe('page lines of batch N pages', () => {
  it('takes rows of a table copied as text (cells between bars or tabs, half of them figures) for furniture', () => {
    for (const line of ['Harbour Alliance (HA) | 52,310 | 27.9 | 11 | +2', 'Others | 4,118 | 2.2 | 0 | 0', 'KRNL.OL\t212.40\t-1.6%', 'Lindqvist | 12 | 4 | 3'])
      expect(isTableRow(line) && isFurnitureLine(line), line).toBe(true);
    for (const line of [
      'Sluice keeper Anouk Velde said the water would stay high | 2 days',
      'News | Local | Weather',
      'The council voted 19 to 11 in favour of the plan on Tuesday.',
    ])
      expect(isTableRow(line), line).toBe(false);
  });

  it('takes a play-by-play line led by its over, lap or period for furniture, not a sentence that opens with the word', () => {
    for (const line of [
      'Over 22: Tarnby 101-3. Velde drives through the covers for four.',
      'Lap 41: Ormaas pits from the lead.',
      'Quarter 3: Brekhaven 61, Osk 58',
    ])
      expect(isFurnitureLine(line), line).toBe(true);
    expect(isFurnitureLine('Over 200 people came to the meeting at the lock house on Friday.')).toBe(false);
  });

  it('takes a menu between middle dots for furniture, and a byline with its trade after a bar for none', () => {
    expect(isFurnitureLine('Home · Region · Harbour')).toBe(true);
    expect(isFurnitureLine('By Ines Marl | Data reporter')).toBe(false);
    expect(isFurnitureLine('News | Local | Weather')).toBe(true);
  });

  it("takes a site's tagline, a tip line, a signatory note, a sources list ending in a full stop and a currency note for furniture", () => {
    for (const line of [
      'An initiative of the Polder Post',
      'Spotted something that looks wrong? Send it to checks@polder.example',
      'Polder Checks is a verified signatory of the Open Verification Charter.',
      'Sources: lock board tide tables 2024; interview with Anouk Velde, 2 March 2026.',
      '($1 = 10.61 Norwegian crowns)',
      '(£1 = 1.19 euros)',
    ])
      expect(isFurnitureLine(line), line).toBe(true);
    for (const line of ['A project of the lock board will start in May, Velde said.', 'Have you seen the river this high? Velde asked the crowd.'])
      expect(isFurnitureLine(line), line).toBe(false);
  });

  it('takes a footer label given in two languages for the start of the footer', () => {
    const s = page(
      'Sluices open at Brekhaven',
      'By Ines Marl',
      'March 3, 2026',
      ...story,
      'Meer nieuws / More news',
      'Dijk bij Osk wordt verhoogd',
      'New ferry for the islands',
    );
    expect(s.paragraphs).toHaveLength(story.length);
  });

  it('takes two short link titles with no closing mark under the last sentence for the foot, with no label over them', () => {
    const s = page('Sluices open at Brekhaven', 'By Ines Marl', 'March 3, 2026', ...story, 'Where the water rose: map by polder', 'Flood levels since 1953');
    expect(s.paragraphs).toHaveLength(story.length);
  });
});

describe('headers of batch N pages', () => {
  it('keeps a question headline over a rating box ("Rating:", "Claim:", "Verdict:") with the byline under the box', () => {
    const s = page(
      'Polder Checks',
      'Did the lock board double the mooring fee?',
      'Rating: Misleading',
      'Claim: "The mooring fee has doubled since last year." — Post on a boaters\' forum, 1 March 2026',
      'Verdict: Misleading. The fee rose by 12 percent; a new winter charge was added.',
      'By Ines Marl | Fact-checker',
      'March 3, 2026',
      ...story,
    );
    expect(s.headline).toBe('Did the lock board double the mooring fee?');
    expect(s.bylines).toEqual(['Ines Marl']);
    expect(s.paragraphs).toHaveLength(story.length);
  });

  it('takes "Report by NAME, Role, at VENUE" for the byline, not a credit', () => {
    expect(parseByline('Report by Ines Marl, Sailing correspondent, at the Osk Marina')).toEqual(['Ines Marl']);
    const s = page('Brekhaven win the regatta', 'Report by Ines Marl at the Osk Marina', 'March 3, 2026', ...story);
    expect(s.bylines).toEqual(['Ines Marl']);
  });

  it('reads "Reviewed by NAME, editor" and "Fact-checked by NAME" as credits', () => {
    expect(parseCredits('Reviewed by Piet Lund, editor').map((c) => c.name)).toEqual(['Piet Lund']);
    const s = page('Sluices open at Brekhaven', 'By Ines Marl', 'March 3, 2026', 'Fact-checked by Piet Lund', ...story);
    expect(s.credits.map((c) => c.name)).toContain('Piet Lund');
    expect(s.paragraphs).toHaveLength(story.length);
  });

  it("keeps a results table and its notes (turnout, seats for a majority) out of the headline's place above the byline", () => {
    const s = page(
      'Polder Post',
      'Lock board vote: Harbour Alliance holds on in Brekhaven',
      'Party | Votes | % | Seats',
      'Harbour Alliance (HA) | 52,310 | 27.9 | 11',
      'Dyke Party (DP) | 48,002 | 25.6 | 10',
      'Turnout: 64.1%',
      '41 seats, 21 for a majority',
      'By Ines Marl',
      'March 3, 2026',
      ...story,
    );
    expect(s.headline).toBe('Lock board vote: Harbour Alliance holds on in Brekhaven');
    expect(s.paragraphs).toHaveLength(story.length);
  });

  it('takes a heading that asks with no question mark, figures and all, out of the story', () => {
    const s = page('Sluices open at Brekhaven', 'By Ines Marl', 'March 3, 2026', story[0]!, story[1]!, 'Why the 2 sluices opened early', story[2]!, story[3]!);
    expect(s.subheadings).toContain('Why the 2 sluices opened early');
    expect(s.paragraphs).toHaveLength(story.length);
  });
});

describe('credits of batch N pages', () => {
  it('reads "OUTLET / Name" with spaces round the slash after a caption for a photographer', () => {
    expect(splitCaption('Boats wait at the lock on Sunday. POLDERPOST / Saskia Vos')).toEqual({
      text: 'Boats wait at the lock on Sunday.',
      credit: 'POLDERPOST / Saskia Vos',
    });
  });

  it('reads a credit with a sentence after it ("Translated by NAME. Read the original ...")', () => {
    expect(parseCredits('Translated by Saskia Vos. Read the original in Dutch: "Sluizen open"')).toEqual([{ name: 'Saskia Vos', role: 'translated' }]);
  });
});

describe('actors, quotes and claims of batch N pages', () => {
  const parse = (...paragraphs: string[]) => parseArticle(['Harbour news', '', ...paragraphs].join('\n\n'), { publishedAt: '2025-03-05' });

  it('takes one-word sides of a result by runs or wickets for teams', () => {
    const a = parse('Tarnby beat Oskvale by seven wickets at the Dyke Road ground on Sunday.', 'Oskvale captain Jonas Brede said his side had batted badly.');
    expect(a.actors.find((x) => x.name === 'Tarnby')?.kind).toBe('organization');
    expect(a.actors.find((x) => x.name === 'Oskvale')?.kind).toBe('organization');
  });

  it('takes a name with a stock ticker in brackets for a company', () => {
    const a = parse('Danish pump maker Holvik (HLVK.CO) lost 2.1% and Dykeworks (DYKE.AS) gained 1.4% on Tuesday, traders said.');
    expect(a.actors.find((x) => x.name === 'Holvik')?.kind).toBe('organization');
    expect(a.actors.find((x) => x.name === 'Dykeworks')?.kind).toBe('organization');
  });

  it('takes a continent\'s adjective before "shares" for no company', () => {
    const a = parse(
      'Asian shares fell on Tuesday after a weak factory survey, while Dykeworks said its orders held up.',
      'The company said it would keep its forecast.',
    );
    expect(a.actors.some((x) => x.name === 'Asian' && x.kind === 'organization')).toBe(false);
  });

  it('takes words printed beside "the words" or on a banner for no speech', () => {
    const a = parse(
      'The leaflet shows the lock keeper beside the words "Keep our sluices local", Velde said.',
      'Protesters carried a banner "No fees for boats" past the lock.',
    );
    expect(a.quotes.map((q) => q.text)).toEqual([]);
  });

  it('keeps a second "that" clause of the same verb inside the claim ("said A and that they expected B")', () => {
    const a = parse('Engineers at Dykeworks said in a report that the old gates looked worn and that they expected repairs to take a year.');
    expect(a.claims.some((c) => /expected repairs to take a year/.test(c.text) && /gates looked worn/.test(c.text))).toBe(true);
  });
});

describe('outlets named alone in batch N pages', () => {
  const parse = (...paragraphs: string[]) => parseArticle(['Harbour news', '', ...paragraphs].join('\n\n'), { publishedAt: '2025-03-05' });

  it('takes a platform the lexicon lists, named alone before "says", for no person', () => {
    const a = parse(
      'A video shared 8,000 times on Instagram says the lock board will close the harbour to sailing boats.',
      'The board said no such plan existed.',
    );
    expect(a.actors.find((x) => x.name === 'Instagram')?.kind).not.toBe('person');
  });
});

describe('parties before a candidate or leader in batch N pages', () => {
  const parse = (...paragraphs: string[]) => parseArticle(['Harbour news', '', ...paragraphs].join('\n\n'), { publishedAt: '2025-03-05' });

  it('takes a two-word name before "lead candidate" or "leader" and a full name for a body', () => {
    const a = parse(
      'Red Meadow lead candidate Mette Sorvik said her party would ask for the transport post.',
      'Bright Path leader Anton Vass conceded on Sunday night.',
    );
    expect(a.actors.find((x) => x.name === 'Red Meadow')?.kind).toBe('organization');
    expect(a.actors.find((x) => x.name === 'Bright Path')?.kind).toBe('organization');
  });
});
