/**
 * Page shapes met in the nineteenth batch (session 15: a body named by its place and the service it
 * runs, a section heading in title case that could pass for a name, a body's name inside a role), each
 * on invented text of its own (not the fixtures' text).
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse-article.js';

const parse = (...paragraphs: string[]) =>
  parseArticle(['Harbour news', '', 'Storms closed roads in Kestrel Bay on Friday.', ...paragraphs].join('\n\n'), { publishedAt: '2025-03-08' });
type Parsed = ReturnType<typeof parse>;
const actor = (a: Parsed, name: string) => a.actors.find((x) => x.name === name);
const claimSources = (a: Parsed) => a.claims.map((c) => a.actors.find((x) => x.id === c.sourceId)?.name ?? c.sourceText);

describe('a body named by its place and the service it runs (batch S)', () => {
  it('gives "The Kestrel Bay school district said" to the school district, not the place', () => {
    const a = parse('The Kestrel Bay school district said the buses would run late.');
    expect(actor(a, 'Kestrel Bay school district')?.kind).toBe('organization');
    expect(actor(a, 'Kestrel Bay')?.kind).toBe('place');
    expect(claimSources(a)).toEqual(['Kestrel Bay school district']);
  });

  it('gives a quote to the water district, and keeps the place a place after "a spokesperson for the"', () => {
    const a = parse(
      '"We are doing what we can," the Kestrel Bay water district said.',
      'A spokesperson for the Kestrel Bay fire district said two crews were out.',
    );
    expect(a.quotes.map((q) => a.actors.find((x) => x.id === q.speakerId)?.name)).toEqual(['Kestrel Bay water district']);
    expect(claimSources(a)).toContain('Kestrel Bay fire district');
    expect(a.actors.filter((x) => x.name === 'Kestrel Bay').map((x) => x.kind)).toEqual(['place']);
  });

  it('gives "The district said" to the district named before it, and keeps its claim', () => {
    const a = parse('The Kestrel Bay water district said it would raise its rates in July.', 'The district said the increase would pay for new pipes.');
    expect(claimSources(a)).toEqual(['Kestrel Bay water district', 'Kestrel Bay water district']);
    expect(a.claims.map((c) => c.text)).toContain('the increase would pay for new pipes');
  });

  it('keeps the claim of a district no sentence named as speaking, with the district as a body', () => {
    const a = parse('Water rates will rise in July.', 'The district said the increase would pay for new pipes.');
    expect(a.claims.map((c) => c.text)).toEqual(['the increase would pay for new pipes']);
    expect(claimSources(a)).toEqual(['district']);
    expect(actor(a, 'district')?.kind).toBe('organization');
  });

  it('leaves a plain "the district" an area: "residents of the district" speak for themselves', () => {
    const a = parse('Residents of the district said they were tired of waiting.', 'Schools across the district stayed shut.');
    expect(claimSources(a)).toEqual(['residents of the district']);
    expect(a.actors.some((x) => /^(?:the )?district$/i.test(x.name))).toBe(false);
  });
});

describe('a section heading in title case between paragraphs (batch S)', () => {
  it('takes "Pier Repairs" and "What Happens Next" out of the body as subheadings', () => {
    const a = parse(
      'Crews worked through the night to shore up the old pier.',
      'Pier Repairs',
      'The council said the pier would reopen in May once the new piles were in.',
      'What Happens Next',
      'A public meeting on the works will be held at the library on Thursday evening.',
    );
    expect(a.subheadings).toEqual(['Pier Repairs', 'What Happens Next']);
    expect(a.paragraphs.some((p) => p === 'Pier Repairs' || p === 'What Happens Next')).toBe(false);
  });

  it("keeps a speaker's name over an answer, and a name the story uses elsewhere, in the body", () => {
    const a = parse(
      'The council said the harbour wall had held but that the slipway needed checking before boats could go out.',
      'Forecasters expect the wind to drop on Sunday, when the council will look at the wall again.',
      'Two skippers told the Courier what the closure had meant for them this week.',
      'Orrin Hale',
      'Hale, who has fished out of the bay for thirty years, said it had cost him three weeks of work.',
      'Tomas Vell',
      'Vell said nobody from the council had told him when the harbour would open again.',
    );
    expect(a.subheadings).toEqual([]);
    expect(a.paragraphs).toContain('Tomas Vell');
    expect(a.paragraphs).toContain('Orrin Hale');
  });
});

describe("a body's name inside a role (batch S)", () => {
  it('keeps "Center for Justice Studies" whole in the role of its director', () => {
    const a = parse('Center for Justice Studies director Ana Loft said the ruling was flawed.');
    const roles = actor(a, 'Ana Loft')?.roles ?? [];
    expect(roles).toContain('Center for Justice Studies director');
    expect(roles).not.toContain('Justice Studies director');
  });

  it('does the same after "of" ("Institute of Coastal Research chief scientist")', () => {
    const a = parse('The findings were backed by Institute of Coastal Research chief scientist Ivo Kell.');
    expect(actor(a, 'Ivo Kell')?.roles.join(' ')).toContain('Institute of Coastal Research chief scientist');
  });
});

describe('names a release and a photo story gave (batch S)', () => {
  it('takes a company with its legal form and the same name without it for one company', () => {
    const a = parse('Corran Tidal Energy Inc. (TSX: CRTE) today announced a new array.', 'Corran Tidal Energy said the first turbines would go in next year.');
    const orgs = a.actors.filter((x) => x.name.startsWith('Corran Tidal'));
    expect(orgs.map((x) => x.kind)).toEqual(['organization']);
  });

  it('reads "X Electric" as a company and "X Sound" as a place, though X is a given name', () => {
    const a = parse(
      'Crews from Marlow Electric worked through the night.',
      'Marlow Electric said most homes had power again.',
      '"Kestrel Sound has the strongest tides on this coast," the engineer said.',
    );
    expect(actor(a, 'Marlow Electric')?.kind).toBe('organization');
    expect(a.actors.filter((x) => x.name === 'Kestrel Sound').map((x) => x.kind)).toEqual(['place']);
  });
});

describe('which way a weekday points after "should" and "would stay" (batch S)', () => {
  const dated = (...paragraphs: string[]) =>
    parseArticle(['Ice storm', '', ...paragraphs].join('\n\n'), { publishedAt: '2025-02-11' }).events.map((e) => [e.expression, e.date]);

  it('reads "should have power back by Thursday" ahead, "should have acted on Monday" behind', () => {
    expect(dated('The utility said most homes should have power back by Thursday night.')).toEqual([['Thursday', '2025-02-13']]);
    expect(dated('The council said it should have acted on Monday.')).toEqual([['on Monday', '2025-02-10']]);
  });

  it('reads "would stay closed on Wednesday" ahead: a participle after "stay" or "remain" is no past tense', () => {
    expect(dated('The district said its schools would stay closed on Wednesday.')).toEqual([['on Wednesday', '2025-02-12']]);
    expect(dated('Police said the road would remain blocked on Friday.')).toEqual([['on Friday', '2025-02-14']]);
  });
});

describe('a name alone on its line near the top (fifteenth session)', () => {
  const page = (...lines: string[]) => parseArticle(lines.join('\n\n'));

  it('keeps the story when a name two paragraphs down opens a section about that person, and takes no byline from it', () => {
    const a = page(
      'Harbour stays shut after storm',
      'The harbour at Kestrel Bay stayed shut on Friday after the storm damaged its wall.',
      'Two skippers told the Courier what the closure had meant for them this week.',
      'Orrin Hale',
      'Hale, who has fished out of the bay for thirty years, said it had cost him three weeks of work.',
    );
    expect(a.bylines).toEqual([]);
    expect(a.paragraphs[0]).toMatch(/^The harbour at Kestrel Bay/);
    expect(a.paragraphs).toContain('Two skippers told the Courier what the closure had meant for them this week.');
  });

  it('still reads a name under the headline as its byline when the story does not open on that name', () => {
    const a = page('Harbour stays shut after storm', 'Orrin Hale', 'The harbour at Kestrel Bay stayed shut on Friday after the storm damaged its wall.');
    expect(a.bylines).toEqual(['Orrin Hale']);
  });
});
