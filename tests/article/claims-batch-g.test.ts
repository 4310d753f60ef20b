/**
 * Sources, speakers and names of shapes the seventh batch of fresh pages showed, on invented text of
 * its own: "their union said", a name after a possessive's role ("The ward's senior nurse, X,"), a
 * role after the content ("..., its director, X, said."), trades as roles ("One cleaner, X,"), "X
 * General Hospital", initials in parentheses, "CONTENT, X announced today.", "the hospital trust said".
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse-article.js';

const parse = (...paragraphs: string[]) => parseArticle(['Harbour news', '', ...paragraphs].join('\n\n'), { publishedAt: '2025-03-05' });
const claims = (article: ReturnType<typeof parse>) =>
  article.claims.map((c) => ({ source: article.actors.find((a) => a.id === c.sourceId)?.name, kind: c.kind, text: c.text }));
const speakerOf = (article: ReturnType<typeof parse>, words: string) =>
  article.actors.find((a) => a.id === article.quotes.find((q) => q.text.includes(words))?.speakerId)?.name;

describe('sources without a name of their own', () => {
  it('reads "their union said" and "Her union says" as the union speaking', () => {
    const a = parse(
      'Dockers at the north quay will not load the ferries until the cranes are checked, their union said on Monday.',
      'Ilse Maren has worked the night cranes for years. Her union says the operator has cut the crews twice.',
    );
    const sources = claims(a).map((c) => c.source);
    expect(sources).toEqual(['union', 'union']);
  });

  it('reads "The hospital trust said" as a body speaking', () => {
    const a = parse('The hospital trust said it would hire forty porters before the winter.');
    expect(claims(a)).toEqual([expect.objectContaining({ source: 'hospital trust', text: expect.stringContaining('forty porters') })]);
  });

  it('gives "CONTENT, the Union (INITIALS) announced today." the content, and the initials to the union', () => {
    const a = parse(
      "Crane drivers at the north quay voted to strike, the Harbour Crane Drivers' Union (HCDU) announced today.",
      'The HCDU said the vote was close.',
    );
    expect(claims(a)[0]).toEqual(expect.objectContaining({ source: "Harbour Crane Drivers' Union", text: expect.stringContaining('voted to strike') }));
    expect(a.actors.filter((x) => x.kind === 'organization').map((x) => x.name)).toEqual(["Harbour Crane Drivers' Union"]);
  });
});

describe('people named after a description', () => {
  // The three shapes in one story, each after another person who spoke, as a page gives them.
  const a = parse(
    'Pilot Ivo Brandt said the lifts had failed twice.',
    "The harbour's chief engineer, Tomas Vreede, has worked nights since 2018. He said the fog had closed the quay twice this month.",
    'Union leader Petra Holm said the crews had run out of patience.',
    'Northline Ferries\' operations director, Saskia Hol, has apologised to passengers. "We are sorry for the delays," she said in a video.',
    "The port board's head of HR, Anouk Velde, said the crews would be paid.",
    'The port board is due to meet the crews on Friday, its director, Ilse Maren, said. She said the board had not decided on the fees.',
  );
  const sourceOf = (words: string) => claims(a).find((c) => c.text.includes(words))?.source;

  it('takes "The harbour\'s chief engineer, X," as the subject a later "He said" points to', () => {
    expect(sourceOf('the fog had closed')).toBe('Tomas Vreede');
  });

  it('takes "Northline Ferries\' operations director, X," as the subject a later "she said" points to', () => {
    expect(speakerOf(a, 'sorry for the delays')).toBe('Saskia Hol');
  });

  it('takes "..., its director, X, said." as the subject a later "She said" points to', () => {
    expect(sourceOf('fees')).toBe('Ilse Maren');
  });

  it('gives a trade before a comma-name as a role ("One cleaner, X,", "a porter, Y,")', () => {
    const a = parse(
      'One cleaner, Ilse Maren, said the wards were short-staffed.',
      'Nurse Anouk Velde ran the ward that night.',
      'Velde sent a porter, Ivo Brandt, to fetch the trolley.',
    );
    expect(a.actors.find((x) => x.name === 'Ilse Maren')?.roles).toEqual(['cleaner']);
    expect(a.actors.find((x) => x.name === 'Ivo Brandt')?.roles).toEqual(['porter']);
  });

  it('reads "X General Hospital" as one body, not a hospital called by a general\'s title', () => {
    const a = parse('Porters at Brekhaven General Hospital walked out on Monday.');
    expect(a.actors.map((x) => [x.name, x.kind])).toContainEqual(['Brekhaven General Hospital', 'organization']);
  });
});

describe('names and dates of the seventh batch', () => {
  it('takes a company\'s first word before its possessive ("Nordhav\'s") for the company named in full ("Nordhav Ferries")', () => {
    const a = parse('The operator Nordhav Ferries will cut the night sailings.', "Nordhav's chief executive, Ilse Maren, said the route lost money.");
    const org = a.actors.find((x) => x.name === 'Nordhav Ferries');
    expect(org?.aliases).toContain('Nordhav');
  });

  it('dates a month inside what a council voted on a weekday night to do ahead of the vote', () => {
    const a = parse('The harbour board voted on Tuesday night to close the Brekhaven ferry office in June, despite a petition.');
    expect(a.events.map((e) => [e.expression, e.date])).toEqual([
      ['on Tuesday', '2025-03-04'],
      ['in June', '2025-06'],
    ]);
  });

  it('takes a name whose shares moved ("Brekhav shares fell") for a company', () => {
    const a = parse('Brekhav shares fell 3% in Oslo on Tuesday after the ferry contract was lost.');
    expect(a.actors.map((x) => [x.name, x.kind])).toContainEqual(['Brekhav', 'organization']);
  });
});

describe('claims of the seventh batch', () => {
  it('ends "X said A and warned that B" at A, past a verb inside A, so the warning is a claim of its own', () => {
    const a = parse('Harbour master Ivo Brandt said the board expected the repairs to take a month and warned that the ferry could stop for the summer.');
    expect(claims(a).filter((c) => c.source === 'Ivo Brandt')).toEqual([
      expect.objectContaining({ kind: 'statement', text: 'the board expected the repairs to take a month' }),
      expect.objectContaining({ kind: 'warning', text: expect.stringContaining('could stop for the summer') }),
    ]);
  });
});
