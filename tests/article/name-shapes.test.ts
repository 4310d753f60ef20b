import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/article/lexicon.js';
import { findMentions } from '../../src/article/mentions.js';
import { parseArticle } from '../../src/article/parse-article.js';

/** Invented sentences; no name in them is real. */
const story = (...paragraphs: string[]) => ['Ferry talks resume', '', 'HALDEN (Wire) - The ferry talks resumed on Monday.', ...paragraphs].join('\n');
const lex = loadLexicon();
const mention = (paragraph: string, text: string) => findMentions(paragraph, 0, lex).find((m) => m.text === text);

describe('names that hold a month or an apostrophe', () => {
  it('reads a month that is also a given name as the first name of the person after it', () => {
    const article = parseArticle(story('Former Nordland governor Jan Torvik, an early backer of the union, calls safety "a priority" for crews.'));
    expect(article.actors.map((a) => a.name)).toContain('Jan Torvik');
  });

  it('reads a month after a given name as the surname', () => {
    const article = parseArticle(story('Prime Minister Teresa May said the plan "was never agreed."'));
    expect(article.actors.map((a) => a.name)).toContain('Teresa May');
  });

  it('keeps a month that dates something out of the name next to it', () => {
    expect(mention('In June Torvik said the plan failed.', 'Torvik')).toBeDefined();
    expect(mention('The vote on Jan. 5 ended it, and Torvik left.', 'Torvik')).toBeDefined();
    expect(findMentions('The July Nordic summit ended early. A July Halden vote followed.', 0, lex).map((m) => m.text)).not.toContain('July Nordic');
    expect(findMentions('The July Nordic summit ended early. A July Halden vote followed.', 0, lex).map((m) => m.text)).not.toContain('July Halden');
    expect(findMentions('Anna Berg left on May 5 for the island.', 0, lex).map((m) => m.text)).toContain('Anna Berg');
  });

  it("reads a name ending in s before an apostrophe and a lower-case word as that name's possessive", () => {
    const article = parseArticle(story('Lars Jonas said the plan "was never agreed."', 'Critics rejected Jonas’ plan on Tuesday.'));
    const names = article.actors.flatMap((a) => [a.name, ...a.aliases]);
    expect(names).not.toContain('Jonas’');
    expect(mention("Critics rejected Jonas' plan on Tuesday.", 'Jonas')).toMatchObject({ possessive: true });
    expect(mention("The Farmers' Union met on Tuesday.", "Farmers' Union")).toBeDefined();
  });

  it('reads "\'s" before "been" or "not" as "has" or "is", not as a possessive', () => {
    expect(mention("Berg's been making the case for weeks.", 'Berg')).toMatchObject({ possessive: false });
    expect(mention("Berg's not ready, critics said.", 'Berg')).toMatchObject({ possessive: false });
    expect(mention("Berg's plan was rejected.", 'Berg')).toMatchObject({ possessive: true });
  });

  it('reads a party word before a given name and a surname as a description of the person', () => {
    const article = parseArticle(
      story(
        'House Fisheries Republican Karl Holmby, who has seen the letters, agreed. "It is a risk to all of us," he said.',
        'Democrat Karla Vinter said the plan "was never agreed."',
      ),
    );
    const names = article.actors.map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['Karl Holmby', 'Karla Vinter']));
    expect(article.actors.find((a) => a.name === 'Karl Holmby')?.kind).toBe('person');
    expect(findMentions('The Republican Jewish Coalition met the Democratic Party.', 0, lex).map((m) => m.text)).toContain('Republican Jewish Coalition');
  });
});

describe('people whose given name no list holds', () => {
  const kinds = (text: string) => Object.fromEntries(parseArticle(story(text)).actors.map((a) => [a.name, a.kind]));

  it('reads a full name listed beside a person as a person, before or after them', () => {
    expect(kinds('Ilka Brun and Oren Tal voted against the timetable.')).toMatchObject({ 'Ilka Brun': 'person', 'Oren Tal': 'person' });
    expect(kinds('The timetable was opposed by Oren Tal, Ilka Brun and two others.')).toMatchObject({ 'Ilka Brun': 'person' });
  });

  it('leaves a company listed beside a person a company', () => {
    expect(kinds('Grelby Minerals and Oren Tal were named in the suit.')).toMatchObject({ 'Grelby Minerals': 'organization', 'Oren Tal': 'person' });
  });
});

describe('a descriptive noun before a name at the start of a sentence', () => {
  it.each([
    ['Billionaire Mara Tolle said the harbour plan was "a waste of good money."', 'Mara Tolle'],
    ['Tycoon Oskar Lund wrote that the museum "belongs to the town."', 'Oskar Lund'],
    ['Mogul Rina Dahl told the committee the rules were "written for the big ports."', 'Rina Dahl'],
  ])('reads "%s" as a role before the name', (paragraph, name) => {
    const article = parseArticle(story(paragraph));
    const actor = article.actors.find((a) => a.name === name);
    expect(actor).toBeDefined();
    expect(article.quotes[0]?.speakerId).toBe(actor?.id);
  });
});

describe("a person whose surname is an outlet's word", () => {
  const kinds = (...paragraphs: string[]) => parseArticle(story(...paragraphs)).actors.map((a) => [a.name, a.kind]);

  it('reads a given name and an outlet word as a person where the surname then speaks with "she" or "he"', () => {
    expect(kinds('Ada Post, who runs the harbour bakery, said the rent had doubled.', 'Post said she would close the shop in the spring.')).toContainEqual([
      'Ada Post',
      'person',
    ]);
    expect(kinds('Shop owner Tomas Herald said the road works had cost him half his trade.', 'Herald said he would ask the council for help.')).toContainEqual([
      'Tomas Herald',
      'person',
    ]);
  });

  it('reads the surname after a title ("Ms. Times") as the same person, with no outlet of that name', () => {
    const actors = kinds('Greta Times, a teacher at the school, said the roof had leaked for years.', 'Ms. Times said the pupils had been moved.');
    expect(actors).toContainEqual(['Greta Times', 'person']);
    expect(actors.filter(([name]) => name === 'Times')).toEqual([]);
  });

  it('keeps an outlet after "the" an organisation beside a person of that surname', () => {
    const actors = kinds('Ada Post, 41, runs the bakery on the quay.', 'The Post reported that the rent had doubled, and Post said she would close.');
    expect(actors).toContainEqual(['Ada Post', 'person']);
    expect(actors).toContainEqual(['Post', 'organization']);
  });

  it("keeps an outlet's name an outlet: no given name, or no sign of a person", () => {
    expect(kinds('The Valley Post reported that the plant would close.', 'The newspaper said the owners had not replied.')).toContainEqual([
      'Valley Post',
      'organization',
    ]);
    expect(kinds('The Halden Herald said the ferry would not run on Sunday.')).toContainEqual(['Halden Herald', 'organization']);
    // A well-known outlet whose first word is also a given name, with no "the" before it.
    expect(kinds('Washington Post said she had been told to leave the ferry.').filter(([, kind]) => kind === 'person')).toEqual([]);
  });
});
