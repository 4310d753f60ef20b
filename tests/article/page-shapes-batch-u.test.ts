/**
 * Shapes met in the twenty-first batch (session 21: what was said with commas of its own before a
 * trailing "X said", a plural noun after a quantity read as a verb, verbs of hinting and grumbling),
 * each on invented text of its own.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse-article.js';

const parse = (...paragraphs: string[]) =>
  parseArticle(['Port rules tighten', '', 'The port authority met late into Monday night.', ...paragraphs].join('\n\n'), { publishedAt: '2025-03-04' });
type Parsed = ReturnType<typeof parse>;
const claimsOf = (a: Parsed) => a.claims.map((c) => `${a.actors.find((x) => x.id === c.sourceId)?.name ?? c.sourceText}: ${c.text}`);

describe('what was said, with commas of its own, before a trailing attribution (batch U)', () => {
  it('keeps the whole clause when a participle phrase sits inside it: "The new rules, published late Monday, extend ..., the department said."', () => {
    const a = parse('The new rules, published late Monday, extend the ban to imported parts, the department said.');
    expect(claimsOf(a)).toEqual(['department: The new rules, published late Monday, extend the ban to imported parts']);
  });

  it('keeps the clause whole when its subject ends in a number or a place: "Sales, flat in May, rose 3%, the company said."', () => {
    const a = parse('Sales at the Norvale plant, flat in May, rose 3% in June, Tessaly Motors said.');
    expect(claimsOf(a)).toEqual(['Tessaly Motors: Sales at the Norvale plant, flat in May, rose 3% in June']);
  });

  it('still reads a source with an appositive after what was said: "..., Jon Pell, a site manager, said."', () => {
    const a = parse('The tunnel would hold through the winter, Jon Pell, a site manager, said.');
    expect(claimsOf(a)).toEqual(['Jon Pell: The tunnel would hold through the winter']);
  });
});

describe('a plural noun after a quantity or a preposition (batch U)', () => {
  it('reads "states" in "across many states" and "to other states" as a noun, not a trailing "X states"', () => {
    const a = parse(
      'Her support in Ohio is six points below the party average, with weak results across many states.',
      'If Ohio loses jobs to other states, its members of Congress will act.',
    );
    expect(a.claims).toEqual([]);
  });

  it('reads "in 14 states" as a noun and still reads "The report states that" as a verb', () => {
    const a = parse('Voters in 14 states will cast ballots on Tuesday.', 'The audit report states that the fund lost money.');
    expect(claimsOf(a)).toEqual(['audit: the fund lost money']);
  });
});

describe('verbs of hinting and grumbling (batch U)', () => {
  it('reads "hinted that", "alluded to" and a quote closed by "he groaned" as what a person said', () => {
    const a = parse(
      'Mayor Ilse Brandt hinted that a shake-up was near.',
      'Councillor Ravi Osei alluded to the missing funds in his speech.',
      '"We have been here before," Osei groaned.',
    );
    expect(claimsOf(a)).toEqual([
      'Ilse Brandt: hinted that a shake-up was near',
      'Ravi Osei: alluded to the missing funds in his speech',
      'Ravi Osei: We have been here before',
    ]);
    expect(a.quotes.map((q) => [a.actors.find((x) => x.id === q.speakerId)?.name, q.cue])).toEqual([['Ravi Osei', 'groaned']]);
  });

  it('makes no claim of "hinted" with nothing after it', () => {
    const a = parse('Asked about the budget, the mayor only hinted.');
    expect(a.claims).toEqual([]);
  });
});
