/**
 * Page shapes met in the twelfth batch of fresh pages (session 12: a fact-check, an election results
 * page, a translated English edition, a match report), each on invented text of its own (not the
 * fixtures' text): headings in sentence case, a heading over links to the page's foot, an outlet's
 * "About our ..." note, "By NAME at GROUND", club names, players' positions and a public inspectorate.
 */
import { describe, expect, it } from 'vitest';
import { parseByline } from '../../src/article/credits.js';
import { readDateline } from '../../src/article/dateline.js';
import { findDates } from '../../src/article/dates.js';
import { isFurnitureLine } from '../../src/article/page-furniture.js';
import { parseArticle } from '../../src/article/parse-article.js';
import { riverStory as story, structuredPage as page } from './story.js';
import { kindOf } from '../support/parsed-lookups.js';

const parse = (...paragraphs: string[]) => parseArticle(['Harbour news', '', ...paragraphs].join('\n\n'), { publishedAt: '2025-03-05' });
const people = (article: ReturnType<typeof parse>) => article.actors.filter((a) => a.kind === 'person').map((a) => a.name);

describe('headings and notes of batch L pages', () => {
  it('takes a short heading in sentence case over a paragraph for a subheading, first in the story or between paragraphs', () => {
    const s = page(
      'Sluices open at Brekhaven',
      'By Ines Marl',
      'March 3, 2026',
      'Where it started',
      story[0]!,
      story[1]!,
      'What comes next',
      story[2]!,
      story[3]!,
    );
    expect(s.paragraphs).toHaveLength(story.length);
    expect(s.subheadings).toContain('What comes next');
    expect(s.paragraphs.join(' ')).not.toMatch(/Where it started|What comes next/);
  });

  it('takes a short heading in sentence case under a labelled box for a subheading, not the first paragraph', () => {
    const s = page(
      'Sluices open at Brekhaven',
      'March 3, 2026',
      'Claim: The sluices were opened to flood the farms.',
      'Verdict: False',
      'What was posted',
      ...story,
    );
    expect(s.paragraphs).toHaveLength(story.length);
    expect(s.paragraphs[0]).toBe(story[0]);
  });

  it("takes a short heading over nothing but lines with no closing mark, to the end, for the page's foot", () => {
    const s = page(
      'Sluices open at Brekhaven',
      'March 3, 2026',
      ...story,
      'Ward by ward',
      'Dyke wardens re-elected in four of five polder wards',
      'Every result from the water board vote',
    );
    expect(s.paragraphs).toHaveLength(story.length);
    expect(s.paragraphs.join(' ')).not.toMatch(/Ward by ward|re-elected|Every result/);
  });

  it('keeps a speaker\'s name and role over a "Said:" line where it is', () => {
    const s = page('What they said', 'March 3, 2026', story[0]!, 'Dyke warden Ilse Hoorn', 'Said: "We held the line again."', story[1]!);
    expect(s.subheadings).not.toContain('Dyke warden Ilse Hoorn');
  });

  it('takes an outlet\'s note under "About our ..." at the foot out of the story', () => {
    const s = page(
      'Sluices open at Brekhaven',
      'March 3, 2026',
      ...story,
      'About our flood pages',
      'The Brekhaven Courant checks every warning with the river authority before it runs. Read how we report floods.',
    );
    expect(s.paragraphs).toHaveLength(story.length);
  });

  it('reads "By NAME at GROUND" and "By NAME in TOWN" as the reporter alone', () => {
    expect(parseByline('By Ines Marl at Tarrow Park')).toEqual(['Ines Marl']);
    expect(parseByline('By Ines Marl in Brekhaven')).toEqual(['Ines Marl']);
    expect(parseByline('By Ines Marl and Kees Ram at the Old Dock Ground')).toEqual(['Ines Marl', 'Kees Ram']);
  });
});

describe('names in batch L pages', () => {
  it('takes a name that ends in "Rovers", "Athletic", "Wanderers" or "United" for a club, whatever its verb', () => {
    const a = parse(
      'Tarrow Wanderers beat Osk Athletic 2-1 on Saturday and climbed to third.',
      'Brekhaven United drew with Kelm Rovers, whose manager said the pitch was waterlogged.',
    );
    for (const club of ['Tarrow Wanderers', 'Osk Athletic', 'Brekhaven United', 'Kelm Rovers']) expect(kindOf(a, club, { aliases: true })).toBe('organization');
    expect(people(a)).toEqual([]);
  });

  it('reads a player\'s position before the name as a role ("Tarrow defender NAME", "Substitute NAME")', () => {
    const a = parse(
      'Tarrow defender Olli Varnes was sent off after an hour.',
      'Substitute Jonas Kadeker scored the winner in the last minute.',
      'Referee Hanna Solberg said the pitch was fit to play.',
    );
    const roleOf = (name: string) => a.actors.find((x) => x.name === name)?.roles ?? [];
    expect(roleOf('Olli Varnes').join(' ')).toMatch(/defender/);
    expect(people(a)).toEqual(expect.arrayContaining(['Olli Varnes', 'Jonas Kadeker', 'Hanna Solberg']));
  });

  it('takes a name that ends in "Inspectorate" or "Directorate" for a public body, not a person', () => {
    const a = parse(
      'The Coastal Fisheries Inspectorate said it had found no breach of the quota.',
      'The Ferry Safety Directorate said the vessel could sail again.',
    );
    expect(kindOf(a, 'Coastal Fisheries Inspectorate', { aliases: true })).toBe('organization');
    expect(kindOf(a, 'Ferry Safety Directorate', { aliases: true })).toBe('organization');
    expect(people(a)).toEqual([]);
  });

  it('reads a British party named by one word ("Labour\'s ...", "the Tories") as a party', () => {
    const a = parse("Mira Tandel, Labour's candidate in Kelm West, said the count had been fair. The Tories held the seat next door.");
    expect(kindOf(a, 'Labour', { aliases: true })).toBe('organization');
    expect(kindOf(a, 'Tories', { aliases: true })).toBe('organization');
  });

  it('reads the post in "NAME was re-elected ROLE of PLACE" as a role', () => {
    const a = parse('Helen Ostrik was re-elected chair of the Kelm water board on Tuesday, winning 14 of 20 votes.');
    expect(a.actors.find((x) => x.name === 'Helen Ostrik')?.roles.join(' ')).toMatch(/chair/);
  });
});

describe('a translated edition', () => {
  it('reads "Translated from the LANGUAGE by NAME" under the byline as a translator\'s credit, not a byline', () => {
    const s = page('Kelm votes to close its ferry', 'By Ines Marl', 'Translated from the Dutch by Kees Ram', ...story);
    expect(s.bylines).toEqual(['Ines Marl']);
    expect(s.credits).toContainEqual({ name: 'Kees Ram', role: 'translation' });
    expect(s.paragraphs).toHaveLength(story.length);
  });

  it('takes "This article was first published in LANGUAGE on DATE." at the foot out of the story', () => {
    const s = page(
      'Kelm votes to close its ferry',
      'March 3, 2026',
      ...story,
      'This article was first published in Dutch on 03.03.2026. Translation: Kees Ram.',
    );
    expect(s.paragraphs).toHaveLength(story.length);
  });

  it('reads "Place. Sentence naming the place again" as a German-style dateline, and a one-word opening sentence as none', () => {
    expect(readDateline('Kelmbach. The council of Kelmbach voted on Tuesday to close the ferry.')).toMatchObject({ place: 'Kelmbach', agency: null });
    expect(readDateline('Silence. The hall in Kelmbach fell quiet when the result was read.')).toBeNull();
    expect(readDateline('Monday. The council of Kelmbach met again.')).toBeNull();
  });

  it('gives a quote to the person named before a bracketed party, not to the party ("mayor NAME (PARTY) said")', () => {
    const a = parse('"We will keep the ferry running", mayor Petra Vinkel (SPD) said on Tuesday.');
    const q = a.quotes[0]!;
    expect(a.actors.find((x) => x.id === q.speakerId)?.name).toBe('Petra Vinkel');
  });

  it('reads "the REGION transport ministry" as one body that speaks, even where the region\'s word is no nationality the gazetteer knows', () => {
    const a = parse('The Thuringian rail ministry has promised to pay half of the cost, and a ministry spokesman said work would start in May.');
    expect(a.claims.map((c) => c.sourceText)).toContain('Thuringian rail ministry');
  });

  it('reads a German body\'s name through its particle ("Freunde der Kelm-Brücke", "Verein für Heimatpflege") as one organisation', () => {
    const a = parse("A residents' initiative, Freunde der Kelm-Brücke, collected 2,100 signatures, and the Verein für Heimatpflege backed it.");
    expect(kindOf(a, 'Freunde der Kelm-Brücke', { aliases: true })).toBe('organization');
    expect(kindOf(a, 'Verein für Heimatpflege', { aliases: true })).toBe('organization');
  });
});

describe("a match report's boxes and names, on shapes other than the fixture's", () => {
  it("takes key events led by a minute and short scorer lines with minute marks for the page's box, not the story", () => {
    expect(isFurnitureLine("52' GOAL - Varnes heads in at the near post.")).toBe(true);
    expect(isFurnitureLine("90+1' Red card for Kelm's Ivo Brandt.")).toBe(true);
    expect(isFurnitureLine("Osk Athletic 2 (Varnes 52', Kade 90+1' pen)")).toBe(true);
    expect(isFurnitureLine("Varnes 52', Kade 90+1'")).toBe(true);
    // A sentence of the story that gives a minute in brackets keeps its place.
    expect(isFurnitureLine("Varnes scored the winner with a header at the near post (52').")).toBe(false);
    expect(isFurnitureLine("The 1990s' floods are still remembered in Kelm")).toBe(false);
  });

  it('takes a short heading left last on the page ("Line-ups" over a team sheet) out of the story', () => {
    const s = page('Kelm hold Osk', 'March 3, 2026', ...story, 'Line-ups', 'Kelm: Berg; Dahl, Eik, Foss, Gran; Holm, Ise, Jul; Kvam, Lie, Moe');
    expect(s.paragraphs).toHaveLength(story.length);
  });

  it('takes a "Sources: A; B; C" line with no full stop for the page\'s, and a heading over it at the foot', () => {
    expect(isFurnitureLine('Sources: Kelm water board report; interview with Ivo Brandt')).toBe(true);
    const s = page(
      'Claim about Kelm reservoir is false',
      'March 3, 2026',
      ...story,
      'How we check claims',
      'Sources: Kelm water board report; interview with Ivo Brandt',
    );
    expect(s.paragraphs).toHaveLength(story.length);
  });

  it('reads "Albion" as closing a club\'s name, "boss" before a name as a role, and a given name and surname after "from" as a person', () => {
    const a = parse(
      'A late penalty from Samuel Kvamme earned Tarrow Albion a draw on Sunday.',
      'Tarrow boss Gareth Lindholm said his players had shown real spirit.',
    );
    expect(kindOf(a, 'Tarrow Albion', { aliases: true })).toBe('organization');
    expect(kindOf(a, 'Samuel Kvamme', { aliases: true })).toBe('person');
    expect(a.actors.find((x) => x.name === 'Gareth Lindholm')?.roles.join(' ')).toMatch(/boss/);
  });
});

describe("an election page's table and its dates, on shapes other than the fixture's", () => {
  it('takes a table of cells between bars, its header row and its source line out of the story', () => {
    const s = page(
      'Kelm West by-election result',
      'March 3, 2026',
      story[0]!,
      story[1]!,
      'Candidate | Party | Votes | Share',
      'Ines Marl | Liberal Democrat | 8,204 | 41.2%',
      'Kees Ram | Labour | 6,118 | 30.7%',
      'Olli Varnes | Independent | 5,590 | 28.1%',
      'Source: Kelm returning officer',
      story[2]!,
      story[3]!,
    );
    expect(s.paragraphs).toHaveLength(story.length);
  });

  it('reads a weekday after "will be formally declared" as ahead, not behind', () => {
    expect(findDates('The result will be formally declared to the assembly on Monday.', '2025-11-21').map((d) => d.date)).toEqual(['2025-11-24']);
    expect(findDates('The winner is to be officially named on Monday.', '2025-11-21').map((d) => d.date)).toEqual(['2025-11-24']);
  });
});

describe('fact-check pages in other shapes', () => {
  it("takes a labelled claim box between the headline and the byline for the page's, its \"Date:\" the claim's, not the story's", () => {
    const s = page(
      'No, the Kelm ferry is not being scrapped',
      'Claim: "The Kelm ferry will be scrapped in the spring."',
      'Said by: Councillor Ivo Brandt',
      'Date: 2 February 2026',
      'Rating: False',
      'By Ines Marl',
      'February 9, 2026',
      ...story,
    );
    expect(s.headline).toBe('No, the Kelm ferry is not being scrapped');
    expect(s.publishedAt).toBe('2026-02-09');
    expect(s.bylines).toEqual(['Ines Marl']);
    expect(s.paragraphs).toHaveLength(story.length);
  });

  it('takes every bulleted point under a summary label out of the story, not only the first', () => {
    const s = page(
      'No, the Kelm ferry is not being scrapped',
      'By Ines Marl',
      'February 9, 2026',
      'In short:',
      '• The operator has ordered a new hull for the ferry.',
      '• A councillor said the service would end in the spring.',
      '• The council says no such decision was taken.',
      ...story,
    );
    expect(s.paragraphs).toHaveLength(story.length);
  });

  it('takes a heading last on the page for a heading, but not a name signed there', () => {
    expect(page('Kelm ferry', 'February 9, 2026', ...story, 'Our Sources').paragraphs).toHaveLength(story.length);
  });

  it('reads a rating capitalised in a sentence ("We rate this claim False") as no one', () => {
    const a = parse('Brandt said the ferry would be scrapped. The operator says it will not. We rate this claim False.');
    expect(people(a)).not.toContain('False');
  });

  it('reads a desk that signs a story ("By Kelm Wire Fact Check", "By Reuters Fact Check") as no byline, and an agency\'s desk as the agency', () => {
    expect(parseByline('By Kelm Wire Fact Check')).toEqual([]);
    expect(parseByline('By Ines Marl and the Metro Desk')).toEqual(['Ines Marl']);
    const s = page('Video does not show Kelm dam failing', 'By Reuters Fact Check', 'February 9, 2026', ...story);
    expect(s.bylines).toEqual([]);
    expect(s.agency).toBe('Reuters');
  });
});

describe('match reports in other shapes', () => {
  it("takes a results box over the story (scorers without marks, team sheets) for the page's, and the score line for the headline", () => {
    expect(isFurnitureLine('Varnes 34, Kade 81')).toBe(true);
    expect(isFurnitureLine('Varnes 34, 90+2 pen')).toBe(true);
    expect(isFurnitureLine('Route 66')).toBe(false);
    const s = page(
      'Kelm Park, Saturday 15 November 2025',
      'Kelm 2-0 Osk',
      'Varnes 34, Kade 81',
      'Kelm: Berg; Dahl, Eik, Foss, Gran; Holm, Ise (Kvam 70), Jul; Lie, Moe, Nes',
      'Osk: Aas; Bru, Dal, Eng, Fjell; Gro, Hov, Ild; Jahr, Kil, Lund',
      ...story,
    );
    expect(s.headline).toBe('Kelm 2-0 Osk');
    expect(s.paragraphs).toHaveLength(story.length);
  });

  it('reads "Report by NAME" at the foot as a credit', () => {
    const s = page('Kelm 2-0 Osk', 'November 15, 2025', ...story, 'Report by Ines Marl');
    expect(s.credits.map((c) => c.name)).toContain('Ines Marl');
    expect(s.paragraphs).toHaveLength(story.length);
  });

  it('reads a fixture in the present tense ("which plays X on Monday", "host X on Saturday") as ahead', () => {
    expect(findDates('Osk are one point behind Tarrow, which plays Kelm on Monday.', '2026-03-08').map((d) => d.date)).toEqual(['2026-03-09']);
    expect(findDates('Kelm host Osk on Saturday.', '2026-03-08').map((d) => d.date)).toEqual(['2026-03-14']);
  });
});

describe("a French paper's English edition", () => {
  it('reads "OUTLET with AFP" in the byline\'s place as the agency, no byline', () => {
    const s = page('Kelm mayor defends car ban', 'Le Courrier du Lac with AFP', 'Published on November 24, 2025, at 6:40 pm', ...story);
    expect(s.agency).toBe('AFP');
    expect(s.bylines).toEqual([]);
  });

  it('does not stretch an unnamed body over a clause of its own ("the court in Kelm if the city did not agree")', () => {
    const a = parse('Ms Vinkel said the association would go before the administrative court in Kelm if the city did not agree to open the quays.');
    expect(a.actors.map((x) => x.name).join(' | ')).not.toMatch(/if the city/);
  });

  it('reads a name after "a detour ... through" or "buses via" as a place', () => {
    const a = parse('Since then drivers have had to take a detour of nine kilometres through Unterkelm, and buses run via Osterkelm.');
    expect(kindOf(a, 'Unterkelm', { aliases: true })).toBe('place');
    expect(kindOf(a, 'Osterkelm', { aliases: true })).toBe('place');
  });
});

describe("a match page's line-ups and live text at the foot", () => {
  it('takes squad numbers, score lines and a one-word heading over team names out of the story', () => {
    expect(isFurnitureLine('9 Varnes')).toBe(true);
    expect(isFurnitureLine('Kelm Town 0, Osk Rovers 2')).toBe(true);
    expect(isFurnitureLine('Match ends, Kelm Town 0, Osk Rovers 2.')).toBe(true);
    expect(isFurnitureLine('Kelm won 2-0, their fourth win in a row.')).toBe(false);
    const s = page(
      'Kelm 0-2 Osk',
      'November 22, 2025',
      ...story,
      'Line-ups',
      'Kelm Town',
      'Formation 4-4-2',
      '1 Berg',
      '9 Dahl',
      'Osk Rovers',
      '1 Aas',
      'Match ends, Kelm Town 0, Osk Rovers 2.',
    );
    expect(s.paragraphs).toHaveLength(story.length);
  });
});

describe('teams by their results', () => {
  it("reads two names either side of a result's verb, a score after them, as teams, and players with given names as people", () => {
    const a = parse(
      'Tarrow Vale beat ten-man Kelm Harbour 2-1 at the Riverside on Saturday.',
      'In the cup, Osk Mill drew with Brekhaven 1-1.',
      'Ana Marsh beat Eva Lindqvist 6-4, 6-2 in the final.',
    );
    expect(kindOf(a, 'Tarrow Vale', { aliases: true })).toBe('organization');
    expect(kindOf(a, 'Kelm Harbour', { aliases: true })).toBe('organization');
    expect(kindOf(a, 'Osk Mill', { aliases: true })).toBe('organization');
    expect(kindOf(a, 'Ana Marsh', { aliases: true })).toBe('person');
    expect(kindOf(a, 'Eva Lindqvist', { aliases: true })).toBe('person');
  });
});

describe("an agency fact-check's page", () => {
  it("takes the masthead over the headline for the masthead, a screenshot's dated caption for no date line, and the outlet after a byline's comma for no name", () => {
    const s = page(
      'Kelm Wire Fact Check',
      'Posts misrepresent the Kelm mayor comments on ferry fares',
      'Published on 12 March 2025 at 14:05',
      'By Ines MARL, Kelm Wire Canada',
      story[0]!,
      story[1]!,
      'Screenshot of a Facebook post, taken March 11, 2025',
      story[2]!,
      story[3]!,
    );
    expect(s.headline).toBe('Posts misrepresent the Kelm mayor comments on ferry fares');
    expect(s.bylines).toEqual(['Ines MARL']);
    expect(s.publishedAt).toBe('2025-03-12');
    expect(s.paragraphs).toHaveLength(story.length);
  });

  it('reads "Similar" opening a sentence as no one', () => {
    const a = parse('Similar claims circulated on other sites last week.');
    expect(people(a)).toEqual([]);
  });
});

describe('a results table as a wire prints it', () => {
  it('takes a header row closed by an abbreviation ("Votes Pct.") and a count\'s progress line out with the table', () => {
    expect(isFurnitureLine('96% of precincts reporting')).toBe(true);
    expect(isFurnitureLine('With 96% of precincts reporting, Marl led by nine points.')).toBe(false);
    const s = page(
      'Kelm County executive: Marl wins second term',
      'November 4, 2025',
      story[0]!,
      story[1]!,
      'Candidate Party Votes Pct.',
      'Ines Marl (i) Dem 61,204 54.2%',
      'Kees Ram GOP 51,733 45.8%',
      '96% of precincts reporting',
      story[2]!,
      story[3]!,
    );
    expect(s.paragraphs).toHaveLength(story.length);
  });
});

describe('labelled bylines and credits', () => {
  it('reads "Author: NAME" as a byline and "Translated by: NAME" as a translator\'s credit', () => {
    expect(parseByline('Author: Ines Marl')).toEqual(['Ines Marl']);
    const s = page('Kelm farmers block roads', '12.04.2025 15:30', 'Author: Ines Marl', 'Translated by: Kees Ram', ...story);
    expect(s.bylines).toEqual(['Ines Marl']);
    expect(s.credits).toContainEqual({ name: 'Kees Ram', role: 'translation' });
  });
});

describe('structures named like actors', () => {
  it('reads a name before "bridge", "tunnel" or "dam" in lower case, after "the", as the structure\'s, no actor', () => {
    const a = parse('The Kelm-Anna bridge was closed in April, and the Osterby tunnel will shut in May.', 'Ines Marl said the Varnes dam was safe.');
    const names = a.actors.map((x) => x.name);
    expect(names).not.toContain('Kelm-Anna');
    expect(names).not.toContain('Osterby');
    expect(names).not.toContain('Varnes');
  });
});
