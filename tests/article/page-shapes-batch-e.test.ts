/**
 * Page shapes met in the fifth batch of fresh pages, each on invented text of its own (not the
 * fixtures' text): a "by:" byline, day-first dates between dots, tables of figures in the body,
 * "Read more from ...:" link lists, a subscription appeal and a keywords list at the foot, a radio
 * transcript's "NAME, HOST:" labels and surname labels in capitals, a committee exchange under
 * title-case surname labels, "..., according to X." and a time between a subject and its verb.
 */
import { describe, expect, it } from 'vitest';
import { parseByline } from '../../src/article/credits.js';
import { findDates, parseStandaloneDate } from '../../src/article/dates.js';
import { parseArticle } from '../../src/article/parse-article.js';
import { isFurnitureLine } from '../../src/article/page-furniture.js';
import { withoutTables } from '../../src/article/structure.js';
import { riverStory as story, structuredPage as page } from './story.js';

describe('header lines of further shapes', () => {
  it('reads "by: NAME" as a byline, and keeps it out of the headline above it', () => {
    expect(parseByline('by: Jonas Terpe')).toEqual(['Jonas Terpe']);
    const s = page('Polder 9 News', 'Sluices opened as river rises at Brekhaven', 'by: Jonas Terpe', 'Posted: Mar 3, 2026 / 06:10 AM CET', ...story);
    expect(s.headline).toBe('Sluices opened as river rises at Brekhaven');
    expect(s.bylines).toEqual(['Jonas Terpe']);
  });

  it('reads a date written day first between dots, as European pages stamp it', () => {
    expect(parseStandaloneDate('03.03.2026 | 06:10')).toBe('2026-03-03');
    expect(parseStandaloneDate('Updated 21.11.2025, 18:42')).toBe('2025-11-21');
    expect(parseStandaloneDate('31.02.2026')).toBeNull();
    const s = page('Sluices opened as river rises at Brekhaven', '03.03.2026 | 06:10', 'Jonas Terpe', ...story);
    expect(s.publishedAt).toBe('2026-03-03');
  });

  it('takes a programme line ("Heard on ...") and a sound cue for furniture', () => {
    expect(isFurnitureLine('Heard on Evening Tide')).toBe(true);
    expect(isFurnitureLine('(SOUNDBITE OF ARCHIVED BROADCAST)')).toBe(true);
    expect(isFurnitureLine('Heard the sluices open on Thursday, said the keeper.')).toBe(false);
  });
});

describe('tables of figures in the body', () => {
  it('drops the rows, the line of column names over them and the source under them', () => {
    const lines = [
      'Water levels',
      'Station Level Change',
      'Brekhaven 4.12 +0.31',
      'Oster Weir 3.87 +0.12',
      'Lowmoor 2.95 -0.04',
      'Source: River authority',
      'The keeper said more rain was due.',
    ];
    expect(withoutTables(lines).filter((l) => l !== '')).toEqual(['Water levels', 'The keeper said more rain was due.']);
  });

  it('keeps sentences that hold figures, and a single line of figures', () => {
    const lines = ['The level rose 0.31 metres to 4.12 metres on Thursday.', 'Brekhaven 4.12 +0.31', 'Rain fell for 36 hours in 2 bursts of 18'];
    expect(withoutTables(lines)).toEqual(lines);
  });

  it('keeps a ranked table out of the parsed story', () => {
    const s = page(
      'Brekhaven keep top spot',
      'By Jonas Terpe',
      'March 3, 2026',
      ...story.slice(0, 2),
      'Team P W D L Pts',
      '1. Brekhaven 20 15 3 2 48',
      '2. Oster United 20 13 4 3 43',
      '3. Lowmoor 20 11 5 4 38',
      ...story.slice(2),
    );
    expect(s.paragraphs).toHaveLength(4);
  });
});

describe('link lists and appeals around the story', () => {
  it('drops a "Read more from ...:" label with the headlines it lists', () => {
    const s = page(
      'Sluices opened as river rises',
      'By Jonas Terpe',
      'March 3, 2026',
      ...story.slice(0, 2),
      'Read more from Polder Watch:',
      'Ferry crossings cut as fog settles',
      'Dyke warden retires after forty winters',
      ...story.slice(2),
    );
    expect(s.paragraphs).toHaveLength(4);
  });

  it('ends the story before a subscription appeal, its button and a keywords list', () => {
    const s = page(
      'Sluices opened as river rises',
      'By Jonas Terpe',
      'March 3, 2026',
      ...story,
      'Independent journalism costs money, and floods do not wait.',
      'By subscribing, you help us stay on the dykes.',
      'SUBSCRIBE NOW',
      'KEYWORDS',
      'floods, dykes, Brekhaven',
    );
    expect(s.paragraphs).toHaveLength(4);
  });
});

describe('speakers under labels of further shapes', () => {
  it('reads "NAME, HOST:" as the host speaking, and a surname label in capitals as the person named before', () => {
    const a = parseArticle(
      [
        'Keepers of the sluices',
        'March 3, 2026',
        'By Mirte Haal',
        'FENNA DOORN, HOST: The river rose all week. Mirte Haal went to see the keepers.',
        'MIRTE HAAL, BYLINE: At dawn, sluice keeper Anouk Velde checks the gauges.',
        'ANOUK VELDE: It has not been this high since I started.',
        'HAAL: She says the gates will stay open until Sunday.',
        'VELDE: We open them a hand at a time. Any faster and the town floods.',
      ].join('\n'),
    );
    const names = a.actors.map((x) => x.name);
    expect(names).not.toContain('HOST');
    expect(names).not.toContain('BYLINE');
    const velde = a.actors.filter((x) => x.kind === 'person' && /velde/i.test(x.name));
    expect(velde).toHaveLength(1);
    const host = a.actors.find((x) => /doorn/i.test(x.name))!;
    expect(host.roles).toContain('host');
    expect(a.quotes.filter((q) => q.speakerId === velde[0]!.id)).toHaveLength(2);
  });

  it("gives a committee member's questions under a title-case surname label to that member", () => {
    const a = parseArticle(
      [
        'Keeper questioned over late sluices',
        'March 3, 2026',
        'Councillor Bram Oster asked the water board why the sluices opened late. Board chair Lies Kamp said the gauges had failed.',
        'Oster: When did the gauges fail?',
        'Kamp: On Tuesday night, an hour before the peak.',
        'Oster: Who was told?',
        'Kamp: The keeper on duty, and nobody else.',
      ].join('\n'),
    );
    const oster = a.actors.find((x) => x.name === 'Bram Oster')!;
    expect(a.quotes.filter((q) => q.speakerId === oster.id).map((q) => q.text)).toEqual(['When did the gauges fail?', 'Who was told?']);
  });
});

describe('claims of further shapes', () => {
  const claimsOf = (paragraph: string) => {
    const a = parseArticle(`Harbour news\nMarch 4, 2025\n\n${paragraph}\n`);
    return a.claims.map((c) => [a.actors.find((x) => x.id === c.sourceId)?.name, c.kind, c.text]);
  };

  it('takes what comes before ", according to X." as what X says', () => {
    expect(claimsOf('Of the 300 moorings, 120 had been rebuilt by the end of February, according to the harbour board.')).toEqual([
      ['harbour board', 'statement', 'Of the 300 moorings, 120 had been rebuilt by the end of February'],
    ]);
  });

  it('reads "offered support for" and "offered help to" as claims, but not an offer of goods', () => {
    expect(claimsOf('Mayor Ines Kort offered support for the striking dockers.')).toEqual([
      ['Ines Kort', 'promise', 'offered support for the striking dockers'],
    ]);
    expect(claimsOf('Mayor Ines Kort offered help to the flooded towns.')).toEqual([['Ines Kort', 'promise', 'offered help to the flooded towns']]);
    expect(claimsOf('Mayor Ines Kort offered sandbags to the flooded towns.')).toEqual([]);
  });

  it('finds the subject of a cue past a time between them ("Fishermen on Tuesday accused ...")', () => {
    expect(claimsOf('Fishermen on Tuesday accused the harbour board of closing the quay without warning.')).toEqual([
      ['fishermen', 'accusation', 'accused the harbour board of closing the quay without warning'],
    ]);
  });
});

describe('start dates with no tense of their own', () => {
  const dateIn = (sentence: string) => findDates(sentence, { publishedAt: '2026-03-03', dayFirst: true }).map((d) => d.date);

  it('puts "from 1 July" after a present tense ahead of the publication date', () => {
    expect(dateIn('The new mooring fees apply from 1 July.')).toEqual(['2026-07-01']);
    expect(dateIn('The quay rules change from 1 July, the harbour board said.')).toEqual(['2026-07-01']);
    expect(dateIn('The board set fees that apply from 1 July.')).toEqual(['2026-07-01']);
  });

  it('keeps a start date after a past tense behind it', () => {
    expect(dateIn('Mooring fees were raised from 1 July.')).toEqual(['2025-07-01']);
    expect(dateIn('The quay has been shut since 1 February.')).toEqual(['2026-02-01']);
  });
});
