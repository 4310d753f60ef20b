/**
 * Page shapes met in the tenth batch of fresh pages (session 10), each on invented text of its own
 * (not the fixtures' text): a menu whose last item trails off, a municipal page's foot (a link back to
 * the list, a row of share buttons, the office's name over its postal address), a municipality's
 * formal name as its government, a place after "in neighbouring", an interview whose questions carry
 * the outlet's short name in capitals, a post held ("X is the ROLE of Y"), a dateline of a place and a
 * weekday, an agency in capitals in a caption's credit, a company noun opening a sentence, places on
 * a coast or an edge, dates "until at least" and "promised by" a weekday, and a claim that goes on
 * after "and would", a participle (", saying ...") after a body that acted.
 */
import { describe, expect, it } from 'vitest';
import { splitCaption } from '../../src/article/credits.js';
import { readDateline } from '../../src/article/dateline.js';
import { findDates } from '../../src/article/dates.js';
import { isFurnitureLine } from '../../src/article/page-furniture.js';
import { parseArticle } from '../../src/article/parse-article.js';
import { riverStory as story, structuredPage as page } from './story.js';

describe("a municipal site's page", () => {
  it('takes a menu whose last item trails off ("More…", "How Do I...") for furniture, and the headline under it', () => {
    expect(isFurnitureLine('Parks | Libraries | Permits | More…')).toBe(true);
    expect(isFurnitureLine('Waste | Roads | Schools | How Can We Help...')).toBe(true);
    const s = page('Brekhaven County', 'Parks | Libraries | Permits | More…', 'May 3, 2026', 'County opens sluices at Brekhaven as river rises', ...story);
    expect(s.headline).toBe('County opens sluices at Brekhaven as river rises');
  });

  it("ends the story above a link back to the list, share buttons and the office's name over its address", () => {
    const s = page(
      'County opens sluices at Brekhaven as river rises',
      'May 3, 2026',
      ...story,
      'Back to news »',
      'Email LinkedIn Facebook Print',
      'Brekhaven County Offices',
      '1 Quay Road, Brekhaven BK1 2AA',
      'Phone: 01234 567890',
    );
    expect(s.paragraphs).toHaveLength(story.length);
    expect(s.paragraphs.join(' ')).not.toMatch(/Back to news|LinkedIn|County Offices|Quay Road/);
  });

  it('keeps a sentence that names a street and a town in the story', () => {
    expect(isFurnitureLine('The 40 homes on Mill Lane, Kelby, were sold in 2021.')).toBe(false);
    expect(isFurnitureLine('12 Mill Lane, Kelby KB2 4QT')).toBe(true);
    expect(isFurnitureLine('PO Box 55, Tarrow 4021')).toBe(true);
  });
});

describe('names a municipal page gives', () => {
  it('reads "The Town of X" as the town\'s government, an organisation that speaks', () => {
    const a = parseArticle(
      ['Library to reopen in June', 'May 3, 2026', 'The Town of Oskerby said on Friday that the library would reopen in June after repairs to its roof.'].join(
        '\n',
      ),
    );
    const town = a.actors.find((x) => x.name === 'Town of Oskerby');
    expect(town?.kind).toBe('organization');
    expect(a.claims.find((c) => c.text.includes('library would reopen'))?.sourceId).toBe(town?.id);
  });

  it('reads a name after "in neighbouring" or "at nearby" as a place', () => {
    const a = parseArticle(
      ['Ferry calls resume', 'May 3, 2026', 'The ferry also calls at nearby Tarrin twice a day, and buses run from neighbouring Oskby.'].join('\n'),
    );
    expect(a.actors.filter((x) => x.kind === 'place').map((x) => x.name)).toEqual(['Tarrin', 'Oskby']);
  });
});

describe("an interview whose questions carry the outlet's short name in capitals", () => {
  it('reads "COURIER:" turns that ask as the outlet\'s questions, with no person and no quotes, though the outlet is never named', () => {
    const a = parseArticle(
      [
        'The lock keeper on a dry summer',
        'By Mira Holt',
        'May 3, 2026',
        'COURIER: Mara Lindqvist has kept the lock at Ostwold for twenty years. How low is the canal?',
        'LINDQVIST: Lower than I have ever seen it. We open the gates twice a day now, not six times.',
        'COURIER: Will the boats stop?',
        'LINDQVIST: Not if it rains in June.',
        'COURIER: And if it does not?',
        'LINDQVIST: Then we close the lock to everything but the work boats.',
      ].join('\n'),
    );
    expect(a.actors.filter((x) => x.kind === 'person').map((x) => x.name)).toEqual(['Mara Lindqvist']);
    expect(a.quotes.map((q) => q.text)).toEqual([
      'Lower than I have ever seen it. We open the gates twice a day now, not six times.',
      'Not if it rains in June.',
      'Then we close the lock to everything but the work boats.',
    ]);
  });
});

describe('a post the story says someone holds', () => {
  it('reads "NAME is the ROLE of ORG" and "NAME was the ROLE at ORG" as roles, not "NAME is a good friend"', () => {
    const a = parseArticle(
      [
        'Mill to close',
        'May 3, 2026',
        'Irma Kolb was the head teacher at Brinn Primary for eleven years.',
        'Oskar Venn is the operations director of the harbour board, the board said.',
        'Dana Whit is a good friend of the family.',
      ].join('\n'),
    );
    const roles = (name: string) => a.actors.find((x) => x.name === name)?.roles ?? [];
    expect(roles('Irma Kolb')).toContain('head teacher');
    expect(roles('Oskar Venn')).toContain('operations director');
    expect(roles('Dana Whit')).toEqual([]);
  });
});

describe('a wire story on a news site', () => {
  it('reads a dateline of a place, its country and a weekday with no agency ("PLACE, Country, Weekday —")', () => {
    expect(readDateline('TROMSBY, Norway, Tuesday — The harbour stayed shut.')).toMatchObject({ place: 'TROMSBY, Norway', agency: null, date: null });
    expect(readDateline('KELLAN, Friday – Crews cleared the road.')).toMatchObject({ place: 'KELLAN', agency: null });
  });

  it('takes a caption whose credit is an agency in capitals and a photographer ("AGENCY/Name") out of the story, crediting the photographer', () => {
    expect(splitCaption('Crews clear the road near Oskby on Monday. NORDFOTO/Elin Sand')).toEqual({
      text: 'Crews clear the road near Oskby on Monday.',
      credit: 'NORDFOTO/Elin Sand',
    });
    expect(splitCaption('The council met on Monday. It voted to close the pier.')).toBeNull();
  });

  it('reads a noun for a kind of company opening the sentence ("Carrier Westwing said") as what the name is, not part of a person\'s name', () => {
    const a = parseArticle(
      [
        'Flights cut',
        'May 3, 2026',
        'Carrier Westwing said on Friday it would cut six routes. Westwing chief executive Olle Brand said fuel costs had doubled.',
      ].join('\n'),
    );
    expect(a.actors.find((x) => x.name === 'Westwing')?.kind).toBe('organization');
    expect(a.actors.filter((x) => x.kind === 'person').map((x) => x.name)).toEqual(['Olle Brand']);
  });

  it('reads a name after "the coast of" or "the edge of" as a place', () => {
    const a = parseArticle(['Boats shelter', 'May 3, 2026', 'Boats sheltered off the coast of Brekka, and houses on the edge of Tolmby flooded.'].join('\n'));
    expect(a.actors.filter((x) => x.kind === 'place').map((x) => x.name)).toEqual(['Brekka', 'Tolmby']);
  });
});

describe('dates ahead of what was said', () => {
  // Published on Wednesday 5 March 2025.
  const march = (sentence: string) => findDates(sentence, '2025-03-05').map((d) => [d.expression, d.date]);
  it('puts the end of a span "until at least" a weekday ahead', () => {
    expect(march('The bridge will stay closed until at least Monday, the county said.')).toEqual([['Monday', '2025-03-10']]);
  });
  it('puts what was promised by a weekday ahead of the promise', () => {
    expect(march('Parents were promised new school buses by Friday.')).toEqual([['Friday', '2025-03-07']]);
    expect(march('The buses had arrived by Friday.')).toEqual([['Friday', '2025-02-28']]);
  });
});

describe('a claim that goes on after "and" and a modal', () => {
  it('keeps "and would VERB" inside what was said, with no second claim from the verb after the modal', () => {
    const a = parseArticle(
      ['Ferry delays', 'May 3, 2026', 'The ferry company Nordsund Link said it regretted the delays and would consider refunds for every passenger.'].join(
        '\n',
      ),
    );
    expect(a.claims.map((c) => c.text)).toEqual(['it regretted the delays and would consider refunds for every passenger']);
  });
});

describe('a participle after a body that acted', () => {
  it('gives what ", saying ..." reports to the description that opens the sentence, with the words said as the claim', () => {
    const a = parseArticle(['Pier to close', 'May 3, 2026', 'The harbour board voted to close the pier, saying the timber was rotten.'].join('\n'));
    const board = a.actors.find((x) => x.name === 'harbour board');
    expect(board?.kind).toBe('organization');
    expect(a.claims.map((c) => [c.text, c.sourceId])).toEqual([['the timber was rotten', board?.id]]);
  });
});
