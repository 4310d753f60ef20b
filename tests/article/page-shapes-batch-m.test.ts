/**
 * Page shapes met in the thirteenth batch of fresh pages (session 13: a university science release, a
 * brief-style explainer with bold lead-ins, an obituary, a congressional press release, a newspaper
 * page saved with its ad lines), each on invented text of its own (not the fixtures' text).
 */
import { describe, expect, it } from 'vitest';
import { photographers, splitCaption } from '../../src/article/credits.js';
import { readDateline } from '../../src/article/dateline.js';
import { directionAt } from '../../src/article/date-tense.js';
import { isFurnitureLine } from '../../src/article/page-furniture.js';
import { parseArticle } from '../../src/article/parse-article.js';
import { riverStory as story, structuredPage as page } from './story.js';

describe('page lines of batch M pages', () => {
  it('takes ad slots, skip links, share bars, reference lines with a DOI and link lines for furniture', () => {
    for (const line of [
      'Supported by',
      'SKIP ADVERTISEMENT',
      'Skip to site index',
      "Today's Paper",
      'Share full article',
      'Reference: Ostrander P, Quayle M. "Dune grasses hold sand through storms." Coastal Studies 12 (2024). DOI: 10.5555/cs.2024.118',
      'doi:10.5555/abc.2023.77',
      'The full report may be read here.',
      'A video of the hearing can be found here.',
      'An earlier version of this story gave the wrong day for the sluice opening.',
      'Home / Newsroom / Coastal studies',
      'See more on: Ternholm Lock Board',
      'A version of this article appears in print on March 4, 2026, Section B, Page 3 of the Polder edition with the headline: Sluices Open Early.',
    ])
      expect(isFurnitureLine(line), line).toBe(true);
    for (const line of [
      'Supported by two thirds of the council, the plan passed on Monday.',
      "The results can be found in the river authority's yearly report, Velde said.",
      'An earlier version of the plan had put the sluices further upstream.',
      'Sanne Oord / Polder Post',
    ])
      expect(isFurnitureLine(line), line).toBe(false);
  });

  it("takes a closing line on what the byline's author writes for the outlet for an author note", () => {
    const s = page('Sluices open at Brekhaven', 'By Ines Marl', 'March 3, 2026', ...story, 'Ines Marl writes profiles and features for The Polder Post.');
    expect(s.paragraphs).toHaveLength(story.length);
  });

  it('keeps an "About BODY of PLACE" boilerplate out of the story', () => {
    const s = page(
      'Sluices open at Brekhaven',
      'By Ines Marl',
      'March 3, 2026',
      ...story,
      'About Ternholm Institute of Water Engineering',
      'The Ternholm Institute of Water Engineering is a public research institute with 400 staff.',
    );
    expect(s.paragraphs).toHaveLength(story.length);
  });

  it('reads a dateline with a double hyphen and no agency', () => {
    expect(readDateline('TERNHOLM, Mass. -- Engineers at the lock works said the gates would hold.')?.place).toBe('TERNHOLM, Mass.');
  });

  it('keeps a correction note under its dated label out of the story', () => {
    const s = page(
      'Sluices open at Brekhaven',
      'By Ines Marl',
      'March 3, 2026',
      ...story,
      'Correction: March 4, 2026',
      'An earlier version of this article misspelled the name of the sluice keeper.',
    );
    expect(s.paragraphs).toHaveLength(story.length);
  });
});

describe('headers of batch M pages', () => {
  it("takes a 'Reporting from PLACE' line under the byline for the dateline", () => {
    const s = page('Sluices open at Brekhaven', 'By Ines Marl', 'Reporting from Ternholm, Zeeland', 'March 3, 2026', ...story);
    expect(s.dateline).toBe('Ternholm, Zeeland');
    expect(s.bylines).toEqual(['Ines Marl']);
    expect(s.paragraphs).toHaveLength(story.length);
  });

  it('takes the headline from under a site menu, not from the site name and tagline above it', () => {
    const s = page(
      'Skip to content',
      'Councillor Ines Marl',
      'Serving the Brekhaven and Ternholm wards',
      'Home',
      'About',
      'Services',
      'Contact',
      'News releases',
      'Marl Calls for Earlier Warnings Before Sluices Open',
      'March 3, 2026',
      'News release',
      ...story,
    );
    expect(s.headline).toBe('Marl Calls for Earlier Warnings Before Sluices Open');
    expect(s.paragraphs).toHaveLength(story.length);
  });

  it('reads a standfirst over share links and a photo caption as the header, not the story', () => {
    const s = page(
      'Advertisement',
      'Supported by',
      'Brekhaven opens its sluices a week early',
      'Farmers on the lower dykes say the warning came too late to move their herds to higher fields.',
      'Share full article',
      'Listen to this article · 5:02 min Learn more',
      'Water runs over the lower sluice gate at Brekhaven on Thursday.Credit...Joost Amel for The Polder Post',
      'By Ines Marl',
      'March 3, 2026',
      ...story,
    );
    expect(s.headline).toBe('Brekhaven opens its sluices a week early');
    expect(s.bylines).toEqual(['Ines Marl']);
    expect(s.publishedAt).toBe('2026-03-03');
    expect(s.paragraphs).toHaveLength(story.length);
  });
});

describe('caption credits of batch M pages', () => {
  it('splits a credit run on to the caption, labelled or not, and credits the photographer', () => {
    const labelled = splitCaption('Boats wait below the sluice at Ternholm on Friday.Credit...Sanne Oord for The Polder Post');
    expect(labelled?.text).toBe('Boats wait below the sluice at Ternholm on Friday.');
    expect(photographers(labelled!.credit)).toEqual(['Sanne Oord']);
    const bare = splitCaption('The keeper at the sluice house in 2021. The gates were rebuilt that spring.Pieter Lanck for The Delta Courier');
    expect(photographers(bare!.credit)).toEqual(['Pieter Lanck']);
    expect(photographers(splitCaption('Illustration: Mila Brons/Polder Post')!.credit)).toContain('Mila Brons');
    expect(splitCaption('The council met on Friday. Mayor Ines Marl spoke for the town.')).toBeNull();
    expect(photographers(splitCaption('The lock keeper at work in 1968.Credit...Ternholm Historical Society')!.credit)).toEqual([]);
  });
});

describe('places of batch M pages', () => {
  const parse = (...paragraphs: string[]) => parseArticle(['Harbour news', '', ...paragraphs].join('\n\n'), { publishedAt: '2025-03-05' });

  it('takes a name before a plural noun that is also a saying verb ("states will") for no speaker', () => {
    const a = parse('Three Marrowdale states will share the cost of the new locks, officials said on Monday.');
    expect(a.actors.find((x) => x.name === 'Marrowdale')?.kind).not.toBe('person');
  });

  it('splits a plural title off the first of the names it covers', () => {
    const a = parse(
      'Today, U.S. Representatives Marit Solvang (D-Maine) and Jonas Brede (R-Utah) introduced the Harbor Dredging Act.',
      'Solvang said the bill would pass.',
    );
    expect(a.actors.find((x) => x.name === 'Marit Solvang')?.kind).toBe('person');
    expect(a.actors.some((x) => /Representatives/.test(x.name))).toBe(false);
  });

  it('takes a name after "the journal" for a publication, not a person', () => {
    const a = parse('The results, published on Monday in the journal Coastal Botany Letters, suggest that marram grass holds the dunes.');
    expect(a.actors.find((x) => x.name === 'Coastal Botany Letters')?.kind).toBe('organization');
  });

  it('takes a name closing in "Island" or "Point" for a place even after a given name', () => {
    const a = parse('Ada Velsen was born in 1931 on Rose Island, the daughter of a lock keeper, and ran the ferry to Grace Point for 30 years.');
    expect(a.actors.find((x) => x.name === 'Rose Island')?.kind).toBe('place');
    expect(a.actors.find((x) => x.name === 'Grace Point')?.kind).toBe('place');
  });

  it('takes a name the gazetteers do not know before "Gov." or "Sen." and a name for the place the office is of, a party word for none', () => {
    const a = parse('Tarnesse Gov. Hilde Ormaas and Democratic Sen. Piet Lund said the levy would be dropped.');
    expect(a.actors.find((x) => x.name === 'Tarnesse')?.kind).toBe('place');
    expect(a.actors.some((x) => x.name === 'Democratic')).toBe(false);
    expect(a.actors.find((x) => x.name === 'Hilde Ormaas')?.kind).toBe('person');
  });
});

describe('roles of batch M pages', () => {
  const parse = (...paragraphs: string[]) => parseArticle(['Harbour news', '', ...paragraphs].join('\n\n'), { publishedAt: '2025-03-05' });
  const rolesOf = (article: ReturnType<typeof parse>, name: string) => (article.actors.find((a) => a.name === name)?.roles ?? []).join(' | ');

  it('takes a neighbour introduced by "Her neighbour, NAME," as the subject a following "he said" points back to', () => {
    const a = parse(
      '"The sluice was left open all night," said Griet Valk, 61, who keeps the lock at Ternholm.',
      'Her neighbour, Arno Piek, sees the night differently. "I shut it myself at six," he said. "I know that lock better than anyone."',
    );
    const quote = a.quotes.find((q) => q.text.startsWith('I shut it'));
    expect(a.actors.find((x) => x.id === quote?.speakerId)?.name).toBe('Arno Piek');
  });

  it('gives words after "BODY, whose ROLE, NAME, called" to the person, with the role', () => {
    const a = parse(
      'The money was sought by the Lower Vale Growers Association, whose chairwoman, Wendeline Oost, called the grant "a lifeline for small farms."',
    );
    const quote = a.quotes.find((q) => q.text.startsWith('a lifeline'));
    expect(a.actors.find((x) => x.id === quote?.speakerId)?.name).toBe('Wendeline Oost');
    expect(a.actors.find((x) => x.name === 'Wendeline Oost')?.roles).toContain('chairwoman');
  });

  it('reads a closed compound of a role noun and a driver as roles in an appositive', () => {
    const a = parse(
      'Maren Tofte, a retired steelworker whose allotment borders the dyke, said the water reached her shed on Friday.',
      'Her cousin, Joris Amel, a former bus driver, said the road had been closed since dawn.',
    );
    expect(rolesOf(a, 'Maren Tofte')).toMatch(/steelworker/);
    expect(rolesOf(a, 'Joris Amel')).toMatch(/bus driver/);
  });
});

describe('dates of batch M pages', () => {
  it('dates a weekday after "agreed to" a noun (not an infinitive) in the past', () => {
    const at = (sentence: string, day: string) => directionAt(sentence, sentence.indexOf(day), sentence.indexOf(day) + day.length);
    expect(at('The two unions agreed to the draft during a call on Monday, officials said.', 'on Monday')).toBe('past');
    expect(at('The ferry operators agreed to a pay rise at talks on Friday.', 'on Friday')).toBe('past');
    expect(at('The ferry operators agreed to meet the unions on Friday.', 'on Friday')).toBe('future');
  });
});
