/**
 * Claims, sources and names of shapes the eighth batch of fresh pages (session 9) and the open bugs of
 * the last round showed, on invented text of their own: a body's name with "and" in it, a forecast of
 * an amount, department initials, "according to" after another source's "said", "said it had warned",
 * a possessive's role after a comma, a company named after a demonym-like word, "a shop on X".
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse-article.js';

const parse = (...paragraphs: string[]) => parseArticle(['Harbour news', '', ...paragraphs].join('\n\n'), { publishedAt: '2025-03-05' });
const claims = (article: ReturnType<typeof parse>) =>
  article.claims.map((c) => ({ source: article.actors.find((a) => a.id === c.sourceId)?.name, kind: c.kind, text: c.text }));
const kinds = (article: ReturnType<typeof parse>) => Object.fromEntries(article.actors.map((a) => [a.name, a.kind]));

describe('names of the eighth batch', () => {
  it('keeps "and" inside a body\'s name ("Workers and Tenants Union") and still splits two people', () => {
    const a = parse('The Workers and Tenants Union said rents had doubled. Anna Berg and Health Department officials met on Monday.');
    expect(kinds(a)).toEqual(
      expect.objectContaining({ 'Workers and Tenants Union': 'organization', 'Anna Berg': 'person', 'Health Department': 'organization' }),
    );
    expect(claims(a)[0]).toEqual(expect.objectContaining({ source: 'Workers and Tenants Union' }));
  });

  it('makes no organisation of department initials ("head of HR", "meet HR on Friday")', () => {
    const a = parse("The quarry's head of HR, Marte Dahl, said staff would be paid. The union said it would meet HR on Friday.");
    expect(a.actors.map((x) => x.name)).not.toContain('HR');
    expect(a.actors.find((x) => x.name === 'Marte Dahl')?.roles[0]).toMatch(/head of HR/);
  });

  it('reads "Mother-of-two Jane Roe" as Jane Roe', () => {
    const a = parse('Mother-of-two Kerry Vane, 34, said: "We were told the hall was safe."');
    expect(a.actors.map((x) => x.name)).toEqual(['Kerry Vane']);
  });

  it('takes no "Name, 34, said:" or "Name, the council\'s leader, said:" for a "Name, Outlet:" label', () => {
    const a = parse('Councillor Jo Pyke, the council\'s cabinet member for schools, said: "We will publish the survey in full."');
    expect(a.actors.filter((x) => x.kind === 'organization')).toEqual([]);
  });

  it('gives a name ending in a company word to the company, past a word like a trade in front ("Caledonian Island Ferries")', () => {
    expect(kinds(parse('Caledonian Island Ferries said the ferry would run four days a week.'))).toEqual({ 'Caledonian Island Ferries': 'organization' });
  });

  it('keeps a person who is "X, the agency\'s area director" a person', () => {
    const a = parse('"This is one of the worst spills," said Colin Marsh, the agency\'s area director.');
    expect(kinds(a)['Colin Marsh']).toBe('person');
  });

  it('reads "the parliament of X", "the tourist office of X" and "a shop on X" as places', () => {
    const a = parse('The cantonal parliament of Vallorbe voted on Monday.', 'Morag Lint, who runs the only shop on Kelsay, said deliveries were late.');
    expect(kinds(a)).toEqual(expect.objectContaining({ Vallorbe: 'place', Kelsay: 'place', 'Morag Lint': 'person' }));
  });

  it('reads "X Primary" named by no known place as a school, "the Iowa Primary" still as no actor', () => {
    expect(kinds(parse("St Aidan's Primary will stay closed until Friday, its head said."))["St Aidan's Primary"]).toBe('organization');
    expect(kinds(parse('Voters went to the polls in the Iowa Primary on Monday.'))['Iowa Primary']).toBeUndefined();
  });

  it('reads the role of "…», said the village mayor, X." with the comma after the closing mark', () => {
    const a = parse('"Nobody wants to close the door", said the village mayor, Reto Vial.');
    expect(a.actors.find((x) => x.name === 'Reto Vial')?.roles).toEqual(['village mayor']);
  });
});

describe('claims of the eighth batch', () => {
  it('reads a forecast of an amount as a prediction ("Forecasters expect up to 60mm of rain")', () => {
    const a = parse('Forecasters expect up to 60mm of rain in the hills on Friday.');
    expect(claims(a)).toEqual([expect.objectContaining({ source: 'forecasters', kind: 'prediction', text: expect.stringContaining('up to 60mm of rain') })]);
  });

  it('gives "X said A, and B, according to Y" A to X and B to Y', () => {
    const a = parse('The river rose two metres overnight, Mayor Jan Berg said, and it will peak on Friday, according to the national flood centre.');
    expect(claims(a)).toEqual([
      expect.objectContaining({ source: 'Jan Berg', text: 'The river rose two metres overnight' }),
      expect.objectContaining({ source: 'national flood centre', text: 'it will peak on Friday' }),
    ]);
  });

  it('keeps "A, according to Y" with no other source in the sentence whole', () => {
    const a = parse('No one was hurt in the tremor, which was felt in the town, according to the national seismology centre.');
    expect(claims(a)).toEqual([expect.objectContaining({ source: 'national seismology centre', text: expect.stringContaining('No one was hurt') })]);
  });

  it('takes the kind of the source\'s own act in "said it had warned ... that"', () => {
    const a = parse('The union said it had warned the company in 2023 that officers were leaving.');
    expect(claims(a)[0]).toEqual(expect.objectContaining({ source: 'union', kind: 'warning' }));
  });

  it('makes no claim of "X said that on Monday" after a quote', () => {
    const a = parse('"The pier will close for a month." Harbour master Jan Olde said that on Monday.');
    expect(claims(a).map((c) => c.text)).toEqual(['The pier will close for a month']);
  });
});

describe('a clause with a subject of its own that names no one', () => {
  it('gives a verb after ", and the storm" no source from the clause before', () => {
    const a = parse('The port authority offered a compromise on fees, and the storm raised the odds of a delay.');
    expect(claims(a).filter((c) => c.text.includes('odds'))).toEqual([]);
    expect(claims(a)[0]).toEqual(expect.objectContaining({ source: 'port authority', text: 'offered a compromise on fees' }));
  });

  it('still gives a verb after ", and the company" or ", but the minister" to the one named before', () => {
    const a = parse('Acme Shipping said profits fell, and the company warned that fees would rise.');
    expect(claims(a).map((c) => c.source)).toEqual(['Acme Shipping', 'Acme Shipping']);
    const b = parse('Transport Minister Ola Brekke praised the plan, but the minister warned that it would cost more.');
    expect(claims(b).find((c) => c.kind === 'warning')).toEqual(expect.objectContaining({ source: 'Ola Brekke' }));
  });
});
