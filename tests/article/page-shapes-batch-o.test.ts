/**
 * Page shapes met in the fifteenth batch of fresh pages (session 14: a rugby report with its venue and
 * city, a constituency result with a table, the English edition of a French daily, a fact-check that
 * quotes the post it checks in fragments, a storm story with social posts embedded), each on invented
 * text of its own (not the fixtures' text).
 */
import { describe, expect, it } from 'vitest';
import { parseByline, photographers, splitCaption } from '../../src/article/credits.js';
import { isFurnitureLine } from '../../src/article/page-furniture.js';
import { parseArticle } from '../../src/article/parse-article.js';
import { riverStory as story, structuredPage as page } from './story.js';
import { kindOf, rolesOf } from '../support/parsed-lookups.js';

const parse = (...paragraphs: string[]) =>
  parseArticle(['Harbour news', '', 'The match was played in front of a full crowd on Sunday.', ...paragraphs].join('\n\n'), { publishedAt: '2025-03-05' });

describe('match reports of batch O pages', () => {
  it('takes a ground or a hall named right after "at" for a place, and the town after it too', () => {
    const a = parse('Osk Harriers won 31-12 at Velde Park in Brekhaven on Saturday.', 'The count at the Marl Hall in Tarnby ended at 3am.');
    expect(kindOf(a, 'Velde Park')).toBe('place');
    expect(kindOf(a, 'Brekhaven')).toBe('place');
    expect(kindOf(a, 'Marl Hall')).toBe('place');
  });

  it('takes a ground after "at a sold-out" or after a town\'s possessive ("at Brekhaven\'s Velde Park") for a place too', () => {
    const a = parse('Osk Harriers won in front of 30,000 at a sold-out Marl Arena.', "They play Tarnby at Brekhaven's Velde Park next week.");
    expect(kindOf(a, 'Marl Arena')).toBe('place');
    expect(kindOf(a, 'Velde Park')).toBe('place');
  });

  it("takes one-word sides of a result by one game's score for teams, not the players of a match of sets", () => {
    const a = parse('Tarnby beat Oskvale 24-17 on a wet afternoon.', 'Oskvale coach Jonas Brede said his side had lost the forward battle.');
    expect(kindOf(a, 'Tarnby')).toBe('organization');
    expect(kindOf(a, 'Oskvale')).toBe('organization');
    const b = parse('Velde beat Marl 6-4, 6-3 in the final.', 'Marl said she had been tired.');
    expect(kindOf(b, 'Marl')).toBe('person');
  });

  it('takes a full-time or half-time score under its label for furniture, not a bare score or a headline after it', () => {
    for (const line of ['FULL TIME: Tarnby 24-17 Oskvale', 'FT: Osk Harriers 2-1 Brede Town', 'Half-time: Tarnby 13 Oskvale 10'])
      expect(isFurnitureLine(line), line).toBe(true);
    expect(isFurnitureLine('Tarnby 24-17 Oskvale')).toBe(false);
    const s = page('FULL TIME: Tarnby 24-17 Oskvale', 'Brede kicks Tarnby to a home win at Velde Park', 'By Ines Marl', 'March 3, 2026', ...story);
    expect(s.headline).toBe('Brede kicks Tarnby to a home win at Velde Park');
  });

  it("reads rugby positions and a club's 'director of rugby' before a name as the person's roles", () => {
    const a = parse(
      'Tarnby beat Oskvale 24-17, with fly-half Femi Adeyoke kicking 14 points and flanker Aled Brynmor scoring twice.',
      'Oskvale director of rugby Jonas Brede said the referee had been fair.',
    );
    expect(rolesOf(a, 'Femi Adeyoke')).toContain('fly-half');
    expect(rolesOf(a, 'Aled Brynmor')).toContain('flanker');
    expect(rolesOf(a, 'Jonas Brede')).toContain('director of rugby');
  });

  it('takes a score alone over a longer line for the results strip, and a score alone for the headline', () => {
    const over = page(
      'Osk Sport',
      'Tarnby Terns 18 Oskvale Owls 24',
      'Owls end the Terns home run at the Dyke Road Stadium',
      'By Ines Marl',
      'March 3, 2026',
      ...story,
    );
    expect(over.headline).toBe('Owls end the Terns home run at the Dyke Road Stadium');
    const alone = page('Osk Sport', 'Tarnby 18-24 Oskvale', 'By Ines Marl', 'March 3, 2026', ...story);
    expect(alone.headline).toBe('Tarnby 18-24 Oskvale');
  });

  it('takes a name before "head coach NAME" or "director of rugby NAME" for the club', () => {
    const a = parse('Tarnby Terns head coach Maria Lund said her side had started slowly.', 'Oskvale Owls director of rugby Jonas Brede praised the crowd.');
    expect(kindOf(a, 'Tarnby Terns')).toBe('organization');
    expect(kindOf(a, 'Oskvale Owls')).toBe('organization');
  });

  it("takes a name closing in 'Rangers' for a club", () => {
    const a = parse('Tarnby travel to Osk Rangers next Saturday.', 'The club said tickets had sold out.');
    expect(kindOf(a, 'Osk Rangers')).toBe('organization');
  });
});

describe('election pages of batch O', () => {
  it('takes a name before "constituency", "riding" or "ward" for a place, a given name in front or not', () => {
    const a = parse('The Greens won the Harlow Mead constituency for the first time.', 'In the Eastmark riding, the Liberals held on.');
    expect(kindOf(a, 'Harlow Mead')).toBe('place');
    expect(kindOf(a, 'Eastmark')).toBe('place');
  });

  it('takes a results table copied one cell per line above the story for no bylines and no standfirst', () => {
    const s = page(
      'Polder Post',
      'Brekhaven West: Velde holds the seat for the Dyke Party',
      'By Ines Marl, Political correspondent',
      'March 3, 2026',
      'Candidate',
      'Party',
      'Votes',
      'Share',
      'Anouk Velde',
      'Dyke Party',
      '12,410',
      '51.1%',
      'Jonas Brede',
      'Harbour Alliance',
      '11,902',
      '48.9%',
      ...story,
    );
    expect(s.bylines).toEqual(['Ines Marl']);
    expect(s.headline).toBe('Brekhaven West: Velde holds the seat for the Dyke Party');
    expect(s.paragraphs).toHaveLength(story.length);
  });

  it('takes the summary line of labelled figures under a table in the body for no paragraph', () => {
    const s = page(
      'Velde holds Brekhaven West',
      'By Ines Marl',
      'March 3, 2026',
      ...story,
      'Anouk Velde | Dyke Party | 12,410 | 51.1%',
      'Jonas Brede | Harbour Alliance | 11,902 | 48.9%',
      'Majority: 508 · Turnout: 58.2% · Dyke Party HOLD',
    );
    expect(s.paragraphs).toHaveLength(story.length);
  });

  it('takes a known place with a compass word after it for a place, and a seat listed beside it too', () => {
    const a = parse('Polls closed early in Brekhaven on Thursday.', 'The Dyke Party won two seats, Osk Marsh and Brekhaven West, the returning officer said.');
    expect(kindOf(a, 'Brekhaven West')).toBe('place');
    expect(a.actors.some((x) => x.kind === 'place' && [x.name, ...(x.aliases ?? [])].includes('Osk Marsh'))).toBe(true);
  });
});

describe('English editions of French pages in batch O', () => {
  it('keeps "of the" inside a body\'s name ("Ministry of the Interior")', () => {
    const a = parse('According to the Ministry of the Sea, the new quay will cost €12 million.', 'The ministry said work would start in May.');
    expect(kindOf(a, 'Ministry of the Sea')).toBe('organization');
  });

  it('takes the portfolio after "Minister for" for the role of the name before it, not for a person', () => {
    const a = parse('Odile Marchetti, Minister for Rural Affairs, said the quay would be finished by May.');
    expect(a.actors.some((x) => x.name === 'Rural Affairs')).toBe(false);
    expect(rolesOf(a, 'Odile Marchetti')).toContain('Minister for Rural Affairs');
  });

  it('reads "By NAME (City, correspondent)" as the byline without the brackets', () => {
    expect(parseByline('By Odile Marchetti (Brest, correspondent)')).toEqual(['Odile Marchetti']);
  });

  it('reads "By NAME (City, correspondent) and NAME" as both bylines', () => {
    expect(parseByline('By Odile Marchetti (Brest, correspondent) and Yann Le Goff')).toEqual(['Odile Marchetti', 'Yann Le Goff']);
  });

  it('keeps a title word that opens a body\'s name with it ("the General Union of Dockers")', () => {
    const a = parse('According to the General Union of Dockers, the new rules will cost 300 jobs.', 'The union said it would strike in June.');
    expect(kindOf(a, 'General Union of Dockers')).toBe('organization');
    expect(a.claims.some((c) => /300 jobs/.test(c.text) && a.actors.find((x) => x.id === c.sourceId)?.name === 'General Union of Dockers')).toBe(true);
  });

  it('reads a photographer and the outlet both in capitals after a caption ("NAME / OUTLET")', () => {
    expect(splitCaption('Fishing boats in the harbour at Brest, in May 2025. PAUL-HENRI LEGAC / LE PHARE BRESTOIS')).toEqual({
      text: 'Fishing boats in the harbour at Brest, in May 2025.',
      credit: 'PAUL-HENRI LEGAC / LE PHARE BRESTOIS',
    });
    expect(photographers('PAUL-HENRI LEGAC / LE PHARE BRESTOIS')).toEqual(['Paul-Henri Legac']);
  });

  it('takes a translation note at the foot for furniture', () => {
    expect(isFurnitureLine('This is a translation of an article first published in French on phare.example; only the French version is binding.')).toBe(true);
  });
});

describe('embedded posts and calls for stories in batch O pages', () => {
  it("takes an embedded Instagram post's lines and a call for readers' stories for furniture", () => {
    for (const line of [
      'View this post on Instagram',
      'A post shared by Osk Harbour Bakery (@oskharbourbakery)',
      'Were you affected by the floods in Brekhaven? Get in touch at news@polder.example',
    ])
      expect(isFurnitureLine(line), line).toBe(true);
    expect(isFurnitureLine('A post shared by thousands of boaters claims the fee has doubled.')).toBe(false);
  });

  it("takes a 'Sources' heading at a fact-check's foot for the end of the story, with the list under it", () => {
    const s = page(
      'Sluices open at Brekhaven',
      'By Ines Marl',
      'March 3, 2026',
      ...story,
      'Sources',
      'Lock board, tide tables 2024; interview with Anouk Velde, 2 March 2026.',
    );
    expect(s.paragraphs).toHaveLength(story.length);
  });
});

describe('fact-checks of batch O pages', () => {
  it("takes fragments quoted from a checked post for no quote, and keeps a person's words shown in a video", () => {
    const a = parse(
      'A post shared 4,000 times on Facebook claims the lock board "will double every mooring fee" from April.',
      'The post adds that "boat owners will be fined daily" and urges readers to "tell everyone now".',
      'A video posted by the board shows its chair, Anouk Velde, calling the rumour "complete nonsense".',
    );
    expect(a.quotes.map((q) => q.text)).toEqual(['complete nonsense']);
    expect(a.actors.find((x) => x.name === 'Anouk Velde')?.kind).toBe('person');
  });

  it("keeps a fragment of a body's own video that body's quote", () => {
    const a = parse('The lock board published a video on Tuesday.', 'The video, made by the Dyke Party, calls the fee rise "a tax on boats".');
    expect(a.quotes.map((q) => q.text)).toEqual(['a tax on boats']);
  });

  it('keeps a fragment an outlet named "Post" reports', () => {
    const a = parse('The Brekhaven Post reports that the lock board wants to keep the fee rise "quiet until the summer".');
    expect(a.quotes.map((q) => q.text)).toEqual(['quiet until the summer']);
  });

  it('reads a "Screenshot: OUTLET" credit after a caption', () => {
    expect(splitCaption('A screenshot of the post, which was shared 4,000 times. Screenshot: Polder Checks')).toEqual({
      text: 'A screenshot of the post, which was shared 4,000 times.',
      credit: 'Screenshot: Polder Checks',
    });
  });

  it('takes a newsroom desk for no person and a lecturer for a role', () => {
    const a = parse(
      '"The fee has not changed," she told Polder Desk.',
      'Jonas Brede, a lecturer who studies harbour law at Osk University, said such rumours spread fast.',
    );
    expect(a.actors.find((x) => x.name === 'Polder Desk')?.kind).not.toBe('person');
    expect(rolesOf(a, 'Jonas Brede').some((r) => r.includes('lecturer'))).toBe(true);
  });
});

describe('storm pages of batch O', () => {
  it('takes a name before "spokesman, NAME," for the body the spokesman speaks for, even when its last word is a surname', () => {
    const a = parse(
      'Osk Power said crews had reconnected most homes by noon.',
      '"The wind has brought down lines across the valley," an Osk Power spokesman, Jonas Brede, said.',
    );
    expect(kindOf(a, 'Osk Power')).toBe('organization');
  });
});
