/**
 * Page shapes met in the sixteenth batch of fresh pages (session 14: a town known only from how the
 * sentence uses it, a football report with line-ups, a team known by a plural nickname, a fact-check
 * site naming itself in the story, seats listed together), each on invented text of its own (not the
 * fixtures' text).
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse-article.js';
import { pageOwnNames } from '../../src/article/page-names.js';
import { riverStory as story, structuredPage as page } from './story.js';
import { kindOf, rolesOf } from '../support/parsed-lookups.js';

const parse = (...paragraphs: string[]) =>
  parseArticle(['Harbour news', '', 'The match was played in front of a full crowd on Sunday.', ...paragraphs].join('\n\n'), { publishedAt: '2025-03-05' });
const actorsNamed = (a: ReturnType<typeof parse>, name: string) => a.actors.filter((x) => x.name === name || x.aliases.includes(name));

describe('towns known only from how the sentence uses them (batch P)', () => {
  it('takes a name after "at" with a day or a time after it for a place', () => {
    const a = parse('The coach said the defence would need to be sharper at Tolvern on Saturday.', 'Brisby were beaten at Quenby last week.');
    expect(kindOf(a, 'Tolvern')).toBe('place');
    expect(kindOf(a, 'Quenby')).toBe('place');
  });

  it('takes the end of a journey after "travel to" for a place', () => {
    const a = parse('The squad travel to Brisby next week, and will then head to Quenby for the cup tie.');
    expect(kindOf(a, 'Brisby')).toBe('place');
    expect(kindOf(a, 'Quenby')).toBe('place');
  });

  it('keeps a possessive, a club and a person "at" a time for what they are', () => {
    const a = parse(
      "The meeting was moved at Brennan's request on Monday.",
      'Osby play at Kelso Rovers on Saturday.',
      'Ilse Varn was angry at Lode on Friday, and Lode said so.',
    );
    expect(kindOf(a, 'Brennan')).not.toBe('place');
    expect(kindOf(a, 'Kelso Rovers')).toBe('organization');
    expect(kindOf(a, 'Lode')).not.toBe('place');
  });

  it('takes a name before its council, election board or mayor for the town, possessive or not', () => {
    const a = parse(
      "Tolvern's municipal council voted on Monday to close the pool.",
      'The Quenby election board said turnout was high.',
      'Brisby mayor Ilse Varn said she was pleased.',
    );
    expect(kindOf(a, 'Tolvern')).toBe('place');
    expect(kindOf(a, 'Quenby')).toBe('place');
    expect(kindOf(a, 'Brisby')).toBe('place');
    expect(kindOf(a, 'Ilse Varn')).toBe('person');
  });

  it('takes the town a university is named after for a place beside the university, not a subject', () => {
    const a = parse('Anna Lode, a historian at the University of Tolvern, said the vote was close.', 'The University of Technology said nothing.');
    expect(kindOf(a, 'University of Tolvern')).toBe('organization');
    expect(kindOf(a, 'Tolvern')).toBe('place');
    expect(kindOf(a, 'Technology')).toBeUndefined();
  });
});

describe('football reports with line-ups (batch P)', () => {
  it('keeps two players named in full two people, the first after "a penalty from"', () => {
    const a = parse(
      'Harwick came from behind to beat Osby 2-1, after Teun Marten cancelled out a penalty from Joost Rask and Vidar Tamm headed in the winner.',
      'Harwick: Veld; Brin, Osk (Tamm 78), Marten, Lund.',
      'Osby: Pike; Rask, Holm (Dunn 64), Pell.',
      'Tamm, 19, said it was the best goal of his career.',
    );
    expect(kindOf(a, 'Joost Rask')).toBe('person');
    expect(kindOf(a, 'Vidar Tamm')).toBe('person');
    expect(actorsNamed(a, 'Vidar Tamm')).toHaveLength(1);
    expect(actorsNamed(a, 'Vidar Tamm')[0]!.aliases).not.toContain('Joost Rask');
  });

  it('keeps a farmer from a place: the place after a person described by where they come from', () => {
    const a = parse('A dairy farmer from Brisby Fell said the fee was too high.');
    expect(kindOf(a, 'Brisby Fell')).toBe('place');
  });
});

describe('left over from batch O', () => {
  it('takes "the Kelby Kestrels" for a team, with its plural alone in a possessive', () => {
    const a = parse("Kestrels' defence held firm for an hour.", 'The Kelby Kestrels lost 2-1 in the end.');
    expect(kindOf(a, 'Kelby Kestrels')).toBe('organization');
    expect(a.actors.filter((x) => x.kind === 'person')).toEqual([]);
  });

  it('gives no role "host" to the other side in "Hawks host Marlow Giants", and takes it for a team', () => {
    const a = parse('Hawks host Marlow Giants on Friday.');
    expect(rolesOf(a, 'Marlow Giants')).toEqual([]);
    expect(kindOf(a, 'Marlow Giants')).toBe('organization');
  });

  it("takes a name the page's masthead or copyright line gives for that outlet, a body, in the story", () => {
    const page = [
      'Kestrel Checks',
      'Fact-check',
      'Did the ministry double the ferry fee? No',
      'By Ines Marl',
      'March 3, 2026',
      'A post shared on Facebook claims the ferry fee has doubled.',
      '"The fee has not changed since 2019," a spokesperson for the transport ministry told Kestrel Checks.',
      'Kestrel Checks asked the ministry for the fee tables, which show the same price for 2025 and 2026.',
      '© 2026 Kestrel Checks',
    ].join('\n');
    const a = parseArticle(page, {});
    expect(a.actors.find((x) => x.name === 'Kestrel Checks')?.kind).toBe('organization');
    expect(pageOwnNames('Westmoor Herald\nFerry fee claim is false\nText.\n© 2025 Osk Media Ltd. All rights reserved.', 'Ferry fee claim is false')).toEqual(
      new Set(['westmoor herald', 'osk media']),
    );
    expect(pageOwnNames('Ferry fee claim is false\nText.\n© Polder Checks 2026', 'Ferry fee claim is false')).toEqual(new Set(['polder checks']));
  });

  it("takes a one-word masthead on the page's first line for the outlet, unless the story names someone of that surname", () => {
    const page = (masthead: string, speaker: string) =>
      [
        masthead,
        'Ferry fares will not double, council says',
        'By Ada Krol',
        'March 3, 2025',
        '',
        `"Nobody is doubling anything," ${speaker} told Vexly. Vexly contacted the author of the post. Berg declined to comment.`,
      ].join('\n');
    expect(parseArticle(page('Vexly', 'Mirela Dost'), {}).actors.find((x) => x.name === 'Vexly')?.kind).toBe('organization');
    expect(parseArticle(page('Berg', 'Mirela Berg'), {}).actors.find((x) => x.name === 'Mirela Berg')?.kind).toBe('person');
    expect(parseArticle(page('Berg', 'Mirela Berg'), {}).actors.filter((x) => x.kind === 'organization' && x.name === 'Berg')).toEqual([]);
  });

  it('keeps two seats listed together two places, not one with an alias, and a state after a town with it', () => {
    const a = parse('Polls closed in Dunmore on Thursday.', 'Dunmore West and Lochby South were among the seats counted first, the returning officer said.');
    expect(kindOf(a, 'Dunmore West')).toBe('place');
    expect(kindOf(a, 'Lochby South')).toBe('place');
    expect(actorsNamed(a, 'Lochby South')).toHaveLength(1);
    expect(actorsNamed(a, 'Lochby South')[0]!.name).toBe('Lochby South');
  });
});

describe('local election and fact-check pages of batch P', () => {
  it('takes two names closing in a compass word, listed together, for two places though neither town is named alone', () => {
    const a = parse('Harnby East and Coldwell North were the first wards to declare.');
    expect(kindOf(a, 'Harnby East')).toBe('place');
    expect(kindOf(a, 'Coldwell North')).toBe('place');
  });

  it('takes a party named as an electoral list for an organisation', () => {
    const a = parse('The centrist Harbour List won nine of the 21 seats.');
    expect(kindOf(a, 'Harbour List')).toBe('organization');
  });

  it('takes a box of labelled lines whose verdict opens with a short rating ("Our verdict: False. ...") for no paragraphs', () => {
    const s = page(
      'Does the lock fee double in April? No',
      'By Ines Marl',
      'March 3, 2026',
      'Claim: The lock fee will double from April.',
      'Our verdict: False. The fee rises by two percent.',
      ...story,
    );
    expect(s.paragraphs).toHaveLength(story.length);
  });
});

describe('ice hockey pages of batch P', () => {
  it('reads ice hockey positions before a name as roles, opening the sentence or not', () => {
    const a = parse('Forward Ivo Brandt scored twice, and goaltender Anouk Velde made 30 saves.');
    expect(rolesOf(a, 'Ivo Brandt')).toContain('Forward');
    expect(rolesOf(a, 'Anouk Velde')).toContain('goaltender');
  });

  it('joins a team\'s plural nickname after "the" ("the Terns") to the team named in full', () => {
    const a = parse('The Tarnby Terns beat Osk 3-2 on Sunday.', 'The result lifts the Terns to third in the league.');
    expect(actorsNamed(a, 'Terns')).toHaveLength(1);
    expect(actorsNamed(a, 'Terns')[0]!.name).toBe('Tarnby Terns');
  });
});

describe('a variant of the batch P pages, written after the fixtures', () => {
  it('takes the name after "the mayor of PLACE," for the mayor, a person, not a second place', () => {
    const a = parse('The mayor of Velde, Joris Ambeek, will present the scheme on Thursday.');
    expect(kindOf(a, 'Joris Ambeek')).toBe('person');
    expect(rolesOf(a, 'Joris Ambeek')).toContain('mayor of Velde');
    expect(kindOf(a, 'Velde')).toBe('place');
  });

  it('takes a messaging platform a message circulates on for no person', () => {
    const a = parse('A message circulating on WhatsApp says drivers will pay twice.');
    expect(kindOf(a, 'WhatsApp')).not.toBe('person');
  });
});

describe('results strips of batch P pages', () => {
  it('takes the sides of a results strip above the headline for teams, a side named like a town too', () => {
    const page = [
      'Polder Sport',
      'Brede Rovers 1-1 Oskdale City',
      'Varn rescues a point for Rovers after an early opener',
      'By Ines Marl',
      'March 3, 2026',
      'Oskdale City went ahead after 20 minutes, but Brede Rovers equalised late on.',
      'The Oskdale manager, Carla Brisk, said her side had switched off once.',
    ].join('\n');
    const a = parseArticle(page, {});
    expect(a.actors.find((x) => x.name === 'Oskdale City')?.kind).toBe('organization');
    expect(pageOwnNames(page, 'Varn rescues a point for Rovers after an early opener')).toContain('brede rovers');
  });
});
