/**
 * People told from bodies by the shape of the words around a name, on invented text: initials in
 * parentheses, "which", a company's first word alone, a capitalised trade before a full name.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse-article.js';
import { kindOf } from '../support/parsed-lookups.js';

const parse = (...paragraphs: string[]) => parseArticle(['Harbour news', '', ...paragraphs].join('\n\n'), { publishedAt: '2025-03-05' });

describe('bodies named like people', () => {
  it('takes a name followed by its initials in parentheses for a body', () => {
    const a = parse('The ferry operator Nordic Island Lines (NIL) said it would cut two sailings, and its chief executive Petra Holm said fuel was to blame.');
    expect(kindOf(a, 'Nordic Island Lines', { aliases: true })).toBe('organization');
    expect(kindOf(a, 'Petra Holm', { aliases: true })).toBe('person');
  });

  it('takes a name followed by ", which" for a body, and one followed by ", who" for a person', () => {
    const a = parse(
      'Brakvik Trams, which runs the harbour line, said services would stop at 10 p.m.',
      'Vera Lund, who drives the night tram, said she had not been told.',
    );
    expect(kindOf(a, 'Brakvik Trams', { aliases: true })).toBe('organization');
    expect(kindOf(a, 'Vera Lund', { aliases: true })).toBe('person');
  });

  it('takes a company named by its first word alone for the company', () => {
    const a = parse('Brenmark Ferries ASA cut its forecast on Monday.', 'Brenmark will report its full results in April, the company said.');
    expect(kindOf(a, 'Brenmark', { aliases: true })).toBe('organization');
    expect(a.actors.filter((x) => x.kind === 'person')).toEqual([]);
  });
});

describe('a capitalised trade before a full name', () => {
  it('reads "Fisherman Ivo Berg" at the start of a sentence as a role and the name', () => {
    const a = parse('Fisherman Ivo Berg, who has worked the harbour for decades, said the catch had halved.');
    const berg = a.actors.find((x) => x.kind === 'person');
    expect(berg?.name).toBe('Ivo Berg');
    expect(berg?.roles.join(' ')).toMatch(/Fisherman/);
  });

  it('reads "Harbour Manager Rosa Lind" as a role and the name', () => {
    const a = parse('Harbour Manager Rosa Lind said the cranes would be repaired by May.');
    expect(a.actors.find((x) => x.kind === 'person')).toMatchObject({ name: 'Rosa Lind' });
  });
});

describe("places and tickers in a story's opening", () => {
  it("makes the dateline's place a place of the story when the story does not name it again", () => {
    const a = parseArticle('Pier shut\n\nBRAKVIK FALLS — The harbour board closed the old pier on Monday, the board said.', { publishedAt: '2025-03-05' });
    expect(a.actors.find((x) => x.kind === 'place')).toMatchObject({ name: 'Brakvik Falls', aliases: ['BRAKVIK FALLS'] });
  });
  it('reads no body in a stock ticker after a company name', () => {
    const a = parse('Acme Ferries, Inc. (NYSE: AFX) said it would add two night sailings.');
    expect(a.actors.map((x) => x.name)).not.toContain('AFX');
  });
});

describe('a company with its legal form after a comma', () => {
  it('gives what "Acme Ferries, Inc." announced to Acme Ferries, not to "Inc"', () => {
    const a = parse('Acme Ferries, Inc., a ferry operator in the north, today announced plans to build a new terminal at Kestrelhavn.');
    const claim = a.claims.find((c) => c.text.includes('new terminal'));
    expect(a.actors.find((x) => x.id === claim?.sourceId)?.name).toBe('Acme Ferries');
  });
});

describe('names with particles', () => {
  it('reads two particles before a surname as part of the name', () => {
    const a = parse('"We were ready," coach Anouk van der Berg told the club\'s radio station.');
    expect(a.actors.filter((x) => x.kind === 'person').map((x) => x.name)).toEqual(['Anouk van der Berg']);
  });
  it('does not take a given name ending in -er before a particle for a trade', () => {
    const a = parse('Pieter van Dijk, the harbour pilot, said the fog had lifted.');
    expect(a.actors.filter((x) => x.kind === 'person').map((x) => x.name)).toEqual(['Pieter van Dijk']);
  });
});

describe('a body named before a post and its holder', () => {
  it('takes "Tourism Brakvik" in "Tourism Brakvik chair Ruth Ode" for a body', () => {
    const a = parse('Tourism Brakvik chair Ruth Ode warned that hotels would lose trade.');
    expect(kindOf(a, 'Tourism Brakvik', { aliases: true })).toBe('organization');
    expect(kindOf(a, 'Ruth Ode', { aliases: true })).toBe('person');
  });
});

describe('places named after a route or an anchorage', () => {
  it('takes both ends of a ferry route "between A and B" for places, and a port ships wait off', () => {
    const a = parse('Fog halted ferry crossings between Brakvik Sound and Ostermoor on Thursday and left ships waiting off Kestrelhavn.');
    expect(['Brakvik Sound', 'Ostermoor', 'Kestrelhavn'].map((n) => kindOf(a, n, { aliases: true }))).toEqual(['place', 'place', 'place']);
  });
});

describe('a name described by what it is', () => {
  it('takes a name described by a post in a party for a person, and one described as the party for the party', () => {
    const a = parse(
      'Brian Whitcombe, the treasurer of the island green party, said the count was late.',
      'Ostvik Forward, the ruling party, said it would wait.',
    );
    expect(kindOf(a, 'Brian Whitcombe', { aliases: true })).toBe('person');
    expect(kindOf(a, 'Ostvik Forward', { aliases: true })).toBe('organization');
  });

  it('takes a body named "Board of" or "Commission on" a thing for a body, and an election alone for no actor', () => {
    const a = parse(
      'The Marlow County Board of Elections said the matter was closed, and the Commission on Elections agreed.',
      'The Marlow Elections were held in March.',
    );
    expect(kindOf(a, 'Marlow County Board of Elections', { aliases: true })).toBe('organization');
    expect(kindOf(a, 'Commission on Elections', { aliases: true })).toBe('organization');
    expect(kindOf(a, 'Marlow Elections', { aliases: true })).toBeUndefined();
  });

  it('keeps "and" inside an agency or a firm named with it, a country in front or a partner\'s given name first', () => {
    const a = parse(
      'The U.S. Food and Drug Administration said the drug was safe.',
      'Immigration and Customs Enforcement said it had made 40 arrests.',
      'Harlow and Finch LLP said it would appeal.',
      'Britain and France said they would talk.',
    );
    expect(kindOf(a, 'U.S. Food and Drug Administration', { aliases: true })).toBe('organization');
    expect(kindOf(a, 'Immigration and Customs Enforcement', { aliases: true })).toBe('organization');
    expect(kindOf(a, 'Harlow and Finch LLP', { aliases: true })).toBe('organization');
    expect(kindOf(a, 'Britain', { aliases: true })).toBe('place');
    expect(kindOf(a, 'France', { aliases: true })).toBe('place');
  });

  it('names a seat of government for the government that sits there, and keeps a name in front of a group', () => {
    const a = parse('Downing Street said the talks would go on.', 'Wall Street analysts said the deal would close.');
    expect(kindOf(a, 'Downing Street', { aliases: true })).toBe('organization');
    expect(a.actors.find((x) => x.kind === 'group')?.name).toBe('Wall Street analysts');
  });
});
