/** Groups of people named by what they do, standing as sources: invented sentences. */
import { describe, expect, it } from 'vitest';
import { isPeoplePlural } from '../../src/article/groups.js';
import { parseArticle } from '../../src/article/parse-article.js';

const sourcesIn = (text: string) => {
  const article = parseArticle(`Valley frost\n\n${text}`);
  return article.claims.map((c) => {
    const source = article.actors.find((a) => a.id === c.sourceId);
    return [source?.kind, source?.name, c.text];
  });
};

describe('groups of people as sources', () => {
  it('keeps a plural with a place after it as one group ("Growers across the valley said")', () => {
    expect(sourcesIn('Growers across the valley said the frost had killed the buds.')).toEqual([
      ['group', 'growers across the valley', 'the frost had killed the buds'],
    ]);
    expect(sourcesIn('Rescue teams in the town said they had reached 300 homes.')).toEqual([
      ['group', 'rescue teams in the town', 'they had reached 300 homes'],
    ]);
  });

  it('reads a named region after "in the" as a place, so the group from it keeps its place', () => {
    const article = parseArticle('Water row\n\nFarmers in the Marren Basin said the limits came years too late.');
    expect(article.actors.map((a) => [a.kind, a.name])).toEqual([
      ['place', 'Marren Basin'],
      ['group', 'farmers in the Marren Basin'],
    ]);
  });

  it('reads a plural that opens the sentence as a group, not a person named by its capital', () => {
    expect(sourcesIn('Commuters said the trains were late again.')).toEqual([['group', 'commuters', 'the trains were late again']]);
  });

  it('tells plurals that name people by their trade from other plurals', () => {
    expect(['hauliers', 'fishermen', 'economists', 'technicians', 'growers'].every(isPeoplePlural)).toBe(true);
    expect(['others', 'numbers', 'papers', 'sectors', 'taxes'].some(isPeoplePlural)).toBe(false);
  });
});

describe('organisations and weather systems named like people', () => {
  const kinds = (text: string) => {
    const article = parseArticle(`Port row\n\n${text}`);
    return Object.fromEntries(article.actors.map((a) => [a.name, a.kind]));
  };

  it('reads a name after an organisation noun and a comma as an organisation', () => {
    expect(kinds("The region's largest utility, Valmora, said it would build a second plant.")).toEqual({ Valmora: 'organization' });
  });

  it('reads names listed after a plural organisation noun as organisations', () => {
    expect(kinds('The transport unions Fercam and Unitrasp said on Tuesday they would strike.')).toEqual({ Fercam: 'organization', Unitrasp: 'organization' });
  });

  it('keeps a person whose name starts with a given name after an organisation noun', () => {
    expect(kinds("The company's chief executive, Anna Berg, said the plan was sound.")).toEqual({ 'Anna Berg': 'person' });
  });

  it('takes no actor from a storm named like a person', () => {
    expect(kinds('Storm Ingrid, which brought heavy rain, will move east. Hurricane Delia struck the coast.')).toEqual({});
  });
});

describe("an organisation's name that ends in a place", () => {
  it('takes no alias from the words after "of" in its name', () => {
    const article = parseArticle(
      'Reef study\n\nResearchers at the Marine Institute of Kelmsby said the water was warmer.\n\nFishing boats left Kelmsby before dawn.',
    );
    expect(article.actors.find((a) => a.name === 'Marine Institute of Kelmsby')?.aliases).toEqual([]);
  });
});

describe('a company the story is about, named again by "the company" or its short name', () => {
  const article = parseArticle(
    [
      'Jobs cut',
      '',
      'The truckmaker Nordvik Motors said on Wednesday it would cut 900 jobs. Analysts at Brekke Securities said the cuts were overdue.',
      '',
      'Shares in Nordvik fell 4%. The company, which employs about 12,000 people, said in July that orders had fallen.',
      '',
      'Petra Lind, the mayor of Kelmsby, said the plant would stay open.',
    ].join('\n'),
  );
  const source = (text: string) => article.actors.find((a) => a.id === article.claims.find((c) => c.text.includes(text))?.sourceId)?.name;

  it('reads "the company" as the organisation named most so far, past an aside with a thousands comma', () => {
    expect(source('orders had fallen')).toBe('Nordvik Motors');
  });

  it('reads where a journey ends as a place ("ships diverted to X")', () => {
    const other = parseArticle('Port strike\n\nShipping lines said they had diverted about 40 ships to Kelmsby since the start of the month.');
    expect(other.actors.find((a) => a.name === 'Kelmsby')?.kind).toBe('place');
  });

  it('reads "shares in X" as the company, its short name, and "the mayor of X" as a place', () => {
    expect(article.actors.find((a) => a.name === 'Nordvik Motors')?.aliases).toContain('Nordvik');
    expect(article.actors.find((a) => a.name === 'Kelmsby')?.kind).toBe('place');
  });
});

describe('companies, places and countries named without the words around them', () => {
  const kinds = (text: string) => parseArticle(`Harbour news\n\n${text}`).actors.map((a) => [a.kind, a.name]);

  it('reads a name that ends in a company word as a company, even after a given name ("Marlin Seafoods said")', () => {
    expect(kinds('Marlin Seafoods said it would close the plant. Brannock Line said on Friday it would add sailings.')).toEqual([
      ['organization', 'Marlin Seafoods'],
      ['organization', 'Brannock Line'],
    ]);
    expect(kinds('Quarrow Logistics, which trucks the fish south, said it was reviewing its contracts.')).toEqual([['organization', 'Quarrow Logistics']]);
  });

  it('reads a name that ends in a place word as a place, not a speaker ("Hollis County says")', () => {
    expect(kinds('Melvin County says the district waited too long. Sutter Creek ran dry in June.')).toEqual([
      ['place', 'Melvin County'],
      ['place', 'Sutter Creek'],
    ]);
  });

  it('counts a country named only by its adjective as a place of the story ("a Danish ferry operator")', () => {
    const actors = parseArticle('Ferries\n\nKellhavn Ferries, a Norwegian operator, said it had postponed the order.').actors;
    expect(actors.find((a) => a.name === 'Norway')?.kind).toBe('place');
    expect(actors.find((a) => a.name === 'Kellhavn Ferries')?.kind).not.toBe('person');
  });

  it('credits a nation\'s government named by its adjective ("the Welsh government said")', () => {
    const article = parseArticle('Ferries\n\nThe Welsh government said it would set up a taskforce with the council.');
    const source = article.actors.find((a) => a.id === article.claims[0]?.sourceId);
    expect(source?.name).toBe('Welsh government');
  });
});

describe('people described by where they come from, and collective sources', () => {
  it('reads a place after "a ... from" as a place and the name described as a person ("a packer from Dingwall")', () => {
    const article = parseArticle(
      'Plant closure\n\nIsla Fenwick, a dairy farmer from Quarrendale, said the co-op owed her money.\n\nTorvald Brennick, a welder from Ostmere who has worked there for 19 years, said he had no idea what came next.',
    );
    expect(article.actors.map((a) => [a.kind, a.name])).toEqual([
      ['person', 'Isla Fenwick'],
      ['place', 'Quarrendale'],
      ['person', 'Torvald Brennick'],
      ['place', 'Ostmere'],
    ]);
  });

  it('reads "Police said" as a group source', () => {
    expect(sourcesIn('Police said 42 people were detained near the bridge.')).toEqual([['group', 'police', '42 people were detained near the bridge']]);
  });

  it('reads "The opposition accused ..." as a group source', () => {
    expect(sourcesIn('The opposition accused the council of wasting money on the ferries.')).toEqual([
      ['group', 'opposition', 'accused the council of wasting money on the ferries'],
    ]);
  });
});
