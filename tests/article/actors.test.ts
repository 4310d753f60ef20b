import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse-article.js';
import { damStory } from './story.js';

describe('actors of an invented story', () => {
  const article = parseArticle(damStory);
  const named = (name: string) => article.actors.filter((a) => a.name === name || a.aliases.includes(name));

  it('merges a surname with the full name it stands for', () => {
    const marsk = named('Marsk');
    expect(marsk).toHaveLength(1);
    expect(marsk[0]!.name).toBe('Teodor Marsk');
    expect(marsk[0]!.kind).toBe('person');
    expect(marsk[0]!.mentions).toBeGreaterThanOrEqual(3);
  });

  it('keeps two people who share a family name apart', () => {
    const ilse = article.actors.find((a) => a.name === 'Ilse Brandt');
    const oskar = article.actors.find((a) => a.name === 'Oskar Brandt');
    expect(ilse).toBeDefined();
    expect(oskar).toBeDefined();
    expect(ilse!.id).not.toBe(oskar!.id);
    expect(ilse!.aliases).toContain('Brandt');
  });

  it('resolves a capital city and an acronym to their countries', () => {
    expect(article.actors.find((a) => a.aliases.includes('Canberra'))).toMatchObject({ name: 'Australia', kind: 'place' });
    expect(article.actors.find((a) => a.aliases.includes('UAE'))).toMatchObject({ name: 'United Arab Emirates', kind: 'place' });
  });

  it('classifies organisations as organisations', () => {
    expect(article.actors.find((a) => a.name === 'Westmark Foreign Ministry')?.kind).toBe('organization');
    expect(article.actors.find((a) => a.name === 'United Nations')?.kind).toBe('organization');
  });

  it('does not count the credited journalists or the photographer as actors', () => {
    const names = article.actors.flatMap((a) => [a.name, ...a.aliases]);
    for (const journalist of ['Lena Vorst', 'Piet Ambers', 'Sam Brede', 'Jonas Keel', 'Vorst']) expect(names).not.toContain(journalist);
    expect(article.bylines).toEqual(['Lena Vorst']);
    expect(article.credits).toEqual(
      expect.arrayContaining([
        { name: 'Piet Ambers', role: 'additional reporting' },
        { name: 'Sam Brede', role: 'editing' },
        { name: 'Jonas Keel', role: 'photo' },
      ]),
    );
  });

  it('takes a role from a title in front of the name', () => {
    expect(article.actors.find((a) => a.name === 'Jonas Feld')?.roles).toContain('Westmark Interior Minister');
    expect(article.actors.find((a) => a.name === 'Teodor Marsk')?.roles).toContain('Eastland President');
  });

  it('takes a role from a description in front of the name', () => {
    expect(article.actors.find((a) => a.name === 'Ilse Brandt')?.roles).toContain("Westmark's foreign minister");
  });

  it('takes a role from an appositive after the name', () => {
    expect(article.actors.find((a) => a.name === 'Marta Quell')?.roles).toContain('former Eastland trade official now with the Westmark Policy Forum');
  });

  it('does not make actors of names only inside a scare quote or a title', () => {
    const names = article.actors.flatMap((a) => [a.name, ...a.aliases]);
    expect(names).not.toContain('Water Matters');
  });
});

describe('words that look like names but are not people', () => {
  const article = parseArticle(
    'Vote called\n\nEconomists warned that the crisis could deepen. The Free Democrats had clashed with the chancellor, said Ilse Brandt.',
  );
  it('takes neither a capitalised common noun at a sentence start nor a party name for a person', () => {
    const people = article.actors.filter((a) => a.kind === 'person').map((a) => a.name);
    expect(people).toEqual(['Ilse Brandt']);
    expect(article.actors.find((a) => a.name === 'Free Democrats')?.kind).toBe('organization');
  });
});

describe('actors told apart by the words in front of them', () => {
  const article = parseArticle(
    [
      'Harbour news',
      'March 4, 2025',
      '',
      "Ferry crews in Marrowby said the harbour would reopen on Friday, and the farmers' group Veldfront blamed the port board.",
      '',
      'Its chairwoman, Ineke Brouwer, said the delay cost members dearly. The Greens said they would ask questions.',
      '',
      "Residents of Kelmsby said the Norwegian Fishermen's Association had backed the crews.",
    ].join('\n'),
  );
  const kindOf = (name: string) => article.actors.find((a) => a.name === name)?.kind;

  it('makes a name after "in" a place, and after "residents of" too', () => {
    expect(kindOf('Marrowby')).toBe('place');
    expect(kindOf('Kelmsby')).toBe('place');
  });

  it("makes a name after an organisation noun an organisation ('the farmers' group Veldfront')", () => {
    expect(kindOf('Veldfront')).toBe('organization');
  });

  it('makes a name after a role and a comma a person, with that role', () => {
    expect(kindOf('Ineke Brouwer')).toBe('person');
    expect(article.actors.find((a) => a.name === 'Ineke Brouwer')?.roles).toContain('chairwoman');
  });

  it('makes no person of "The Greens"', () => {
    expect(kindOf('Greens')).toBe('organization');
  });

  it("keeps a possessive before an organisation word in the name ('Fishermen's Association')", () => {
    expect(article.actors.some((a) => a.name.endsWith("Fishermen's Association"))).toBe(true);
  });
});

describe('companies and the people who speak for them', () => {
  const article = parseArticle(
    [
      'Lender cuts jobs',
      'March 4, 2025',
      '',
      'Harbour lender Quaybank said on Monday it would cut 300 jobs. Union chairman Per Ekdahl called the plan a betrayal.',
      '',
      'Activist shareholder Grey Harbour Capital welcomed the cuts. Grey Harbour, which owns 4% of the bank, said more was needed.',
    ].join('\n'),
  );
  const kindOf = (name: string) => article.actors.find((a) => a.name === name)?.kind;

  it('makes a name after an institutional noun ("lender Quaybank") an organisation', () => {
    expect(kindOf('Quaybank')).toBe('organization');
  });

  it('makes a name right after a role ("Union chairman Per Ekdahl") a person', () => {
    expect(kindOf('Per Ekdahl')).toBe('person');
  });

  it("keeps a nationality that opens an organisation's name in it", () => {
    const other = parseArticle('Ports\nMarch 4, 2025\n\nThe Danish Port Operators Association warned of delays.\n');
    expect(other.actors.map((a) => a.name)).toContain('Danish Port Operators Association');
  });

  it('reads a company named without its last word as the company', () => {
    expect(kindOf('Grey Harbour Capital')).toBe('organization');
    expect(article.actors.some((a) => a.name === 'Grey Harbour')).toBe(false);
  });
});

describe('an adverb opening a sentence before a name', () => {
  const article = parseArticle(
    [
      'Harbour news',
      'March 4, 2025',
      '',
      'Ines Maro spoke to the dock workers on Monday.',
      '',
      'Mostly for Maro, though, it was a chance to be heard. "It went well," Maro said.',
      '',
      'Largely on Tarsby, the rain fell overnight.',
    ].join('\n'),
  );

  it('is no part of the name, and the quote stays with the person', () => {
    const names = article.actors.flatMap((a) => [a.name, ...a.aliases]);
    expect(names.filter((n) => /^(?:Mostly|Largely)\b/.test(n))).toEqual([]);
    const maro = article.actors.find((a) => a.name === 'Ines Maro');
    expect(article.quotes.find((q) => q.text.startsWith('It went well'))?.speakerId).toBe(maro?.id);
  });
});

describe('words beside a name that are no part of it', () => {
  const article = parseArticle(
    [
      'Harbour news',
      'March 4, 2025',
      '',
      'Ines Maro spoke to the dock workers on Monday, The Quayside reported.',
      '',
      'Beyond Maro, nobody spoke. Using Maro as a shield, the board voted. Following Maro on Radio Norland, the chairman spoke.',
      '',
      '"We will be back," Maro said on Radio Norland. Chief of Staff Tomas Reed agreed at the Kestrel Hotel.',
      '',
      'The Council on Harbour Safety and the Conference on Shipping met in the evening.',
    ].join('\n'),
  );
  const names = article.actors.map((a) => a.name);
  const kindOf = (name: string) => article.actors.find((a) => a.name === name)?.kind;

  it('drops a preposition opening the sentence before a name', () => {
    expect(names.filter((n) => /^(?:Beyond|Using|Following)\b/.test(n))).toEqual([]);
  });

  it('keeps "on" inside a body’s name, not between a person and where they spoke', () => {
    expect(names.filter((n) => n.includes(' on Radio'))).toEqual([]);
    expect(kindOf('Council on Harbour Safety')).toBe('organization');
    expect(kindOf('Conference on Shipping')).toBe('organization');
    const maro = article.actors.find((a) => a.name === 'Ines Maro');
    expect(article.quotes.find((q) => q.text.startsWith('We will be back'))?.speakerId).toBe(maro?.id);
  });

  it('reads a title with "of" inside it and a hotel after "at"', () => {
    expect(article.actors.find((a) => a.name === 'Tomas Reed')?.roles).toContain('Chief of Staff');
    expect(kindOf('Kestrel Hotel')).toBe('place');
  });

  it('makes a speaking name that opens with "The" a body, never a person', () => {
    expect(kindOf('The Quayside')).toBe('organization');
  });
});

describe('a name counted by a number', () => {
  const article = parseArticle(
    [
      'Harbour news',
      'March 4, 2025',
      '',
      'Ines Maro ran two Harbour Marathons and won 12 Golden Lutes before she joined the board. "It taught me patience," she said.',
      '',
      '"We are glad," the two Berg Brothers said of the gift.',
    ].join('\n'),
  );
  const names = article.actors.map((a) => a.name);

  it('is things held or won, no actor, and leaves the quote with the person', () => {
    expect(names).not.toContain('Harbour Marathons');
    expect(names).not.toContain('Golden Lutes');
    const maro = article.actors.find((a) => a.name === 'Ines Maro');
    expect(article.quotes.find((q) => q.text.startsWith('It taught me'))?.speakerId).toBe(maro?.id);
  });

  it('stays an actor when "the" counts it', () => {
    expect(names).toContain('Berg Brothers');
  });
});

describe('"the X of the Y"', () => {
  const article = parseArticle(
    [
      'Harbour news',
      'March 4, 2025',
      '',
      'Ines Maro watched the Feast of the Lanterns from the quay. The Bank of the Fjords said it would wait.',
      '',
      'The Speaker of the House, Tomas Reed, agreed.',
    ].join('\n'),
  );
  const names = article.actors.map((a) => a.name);

  it('is one name, not two bodies', () => {
    expect(names.filter((n) => n === 'Feast' || n === 'Lanterns')).toEqual([]);
    expect(names).toContain('Bank of the Fjords');
  });

  it('stays a post and a body after a title', () => {
    expect(article.actors.find((a) => a.name === 'Tomas Reed')?.roles).toContain('Speaker of the House');
    expect(names).not.toContain('Speaker of the House');
  });
});
