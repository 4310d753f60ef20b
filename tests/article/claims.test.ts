import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse-article.js';
import { damStory } from './story.js';

describe('claims of an invented story', () => {
  // A verb that says more than "said" stays in the claim's wording: "denied that the dam had cut the flow".
  const article = parseArticle(damStory);
  const claim = (cue: string) => {
    const c = article.claims.find((x) => x.cue === cue);
    return c ? { source: article.actors.find((a) => a.id === c.sourceId)?.name, kind: c.kind, text: c.text } : undefined;
  };

  it('reads an accusation with its source and what is alleged', () => {
    expect(claim('accused')).toEqual({ source: 'Teodor Marsk', kind: 'accusation', text: 'accused Westmark on Monday of diverting the river' });
  });

  it('reads a denial', () => {
    expect(claim('denied')).toEqual({ source: 'Ilse Brandt', kind: 'denial', text: 'denied that the dam had cut the flow' });
  });

  it('reads a promise', () => {
    expect(claim('promised')).toMatchObject({ kind: 'promise', text: 'promised to take the dispute to the United Nations' });
  });

  it('reads a call', () => {
    expect(claim('urged')).toEqual({ source: 'Teodor Marsk', kind: 'call', text: 'urged Westmark to open the sluices before the summer' });
  });

  it('reads an unquoted statement by an institution and names the source as the article does', () => {
    const c = article.claims.find((x) => x.text.startsWith('the border would stay open'));
    expect(c?.kind).toBe('statement');
    expect(c?.sourceText).toBe('Jonas Feld');
  });

  it('reads a warning and a call worded with "called on"', () => {
    const other = parseArticle('Reef row\n\nVera Lind warned that the reef could be lost within a decade.\n\nShe called on Westmark to return to the table.');
    expect(other.claims.map((c) => [c.kind, c.cue, c.text])).toEqual([
      ['warning', 'warned', 'warned that the reef could be lost within a decade'],
      ['call', 'called on', 'called on Westmark to return to the table'],
    ]);
  });
});

describe('claims made through a spokesperson or reported by a source', () => {
  const article = parseArticle(
    [
      'Ruling appealed',
      '',
      'The regulator fined Harbourline 2 million crowns on Monday.',
      '',
      'A spokesperson for Harbourline said the company would appeal, calling the decision "flawed".',
      '',
      'According to a statement from the Eastland Water Agency, the company must pay within a month.',
    ].join('\n'),
  );
  const name = (id: string | null) => article.actors.find((a) => a.id === id)?.name;

  it('credits the organisation a spokesperson speaks for, and keeps it an organisation', () => {
    const claim = article.claims.find((c) => c.text.startsWith('the company would appeal'));
    expect(name(claim?.sourceId ?? null)).toBe('Harbourline');
    expect(article.actors.filter((a) => a.name === 'Harbourline').map((a) => a.kind)).toEqual(['organization']);
    expect(name(article.quotes.find((q) => q.text === 'flawed')?.speakerId ?? null)).toBe('Harbourline');
  });

  it('takes what follows "according to X," as X\'s claim', () => {
    const claim = article.claims.find((c) => c.text === 'the company must pay within a month');
    expect(name(claim?.sourceId ?? null)).toBe('Eastland Water Agency');
  });
});

describe('claims whose source the sentence gives once', () => {
  const claimsOf = (text: string) => {
    const article = parseArticle(`Toll row\n\n${text}`);
    return article.claims.map((c) => [article.actors.find((a) => a.id === c.sourceId)?.name, c.kind, c.text]);
  };

  it('gives a second verb after "but" the first verb\'s subject, not the name in between', () => {
    expect(claimsOf('The Marsh Growers Union said most farms around Dunmore would take part but warned that the payments would not cover the cost.')).toEqual([
      ['Marsh Growers Union', 'statement', 'most farms around Dunmore would take part'],
      ['Marsh Growers Union', 'warning', 'warned that the payments would not cover the cost'],
    ]);
  });

  it('reads a council or a government named by its noun alone as a source', () => {
    expect(claimsOf('The toll will apply on about 30 busy days a year, the city council said on Wednesday.')).toEqual([
      ['city council', 'statement', 'The toll will apply on about 30 busy days a year'],
    ]);
    expect(claimsOf('The regional government said it supported the trial.')).toEqual([['regional government', 'statement', 'it supported the trial']]);
  });

  it('keeps a number with a thousands comma whole in what was said', () => {
    expect(claimsOf('The crop will be about 650,000 tonnes, a spokesperson for the board, Ines Kort, said.')).toEqual([
      ['Ines Kort', 'statement', 'The crop will be about 650,000 tonnes'],
    ]);
  });

  it('reads a name and its description before "said" as the speaker when a clause follows the verb', () => {
    expect(claimsOf('Rosa Lindqvist, an analyst at the Baltic Water Institute, said the Vistula would peak on Wednesday.')).toEqual([
      ['Rosa Lindqvist', 'statement', 'the Vistula would peak on Wednesday'],
    ]);
    expect(claimsOf('The harbour is the busiest in the region, said Tomas Reyes, a port official.')).toEqual([
      ['Tomas Reyes', 'statement', 'The harbour is the busiest in the region'],
    ]);
  });

  it('reads "CONTENT, it said on Monday, as ..." as a trailing attribution, without the dateline', () => {
    const article = parseArticle(
      'Jobs cut\n\nPORTVALE (Reuters) - The shipping group Harbourline will cut 800 jobs over two years, it said on Monday, as freight rates fell.',
    );
    expect(article.claims.map((c) => [article.actors.find((a) => a.id === c.sourceId)?.name, c.text])).toEqual([
      ['Harbourline', 'The shipping group Harbourline will cut 800 jobs over two years'],
    ]);
    expect(claimsOf('The bridge will close for a month, the council said on Tuesday, while engineers check its cables.')).toEqual([
      ['council', 'statement', 'The bridge will close for a month'],
    ]);
  });

  it('words a claim that opens with a present verb in the past, so it agrees with whichever source is shown', () => {
    expect(
      claimsOf('Chile and Peru accuse the rebels of firing two rockets. The ministry warns that the talks could collapse.').map(([, kind, text]) => [
        kind,
        text,
      ]),
    ).toEqual([
      ['accusation', 'accused the rebels of firing two rockets'],
      ['warning', 'warned that the talks could collapse'],
    ]);
  });

  it('reads no verb in "state" before a title', () => {
    expect(claimsOf('Democratic state Sen. Ines Kort called the toll "a tax on visitors."').map(([, , text]) => text)).not.toContainEqual(
      expect.stringMatching(/^Sen\./),
    );
  });

  it('reads a party or a home town before a title as part of the description, not as the source', () => {
    const article = parseArticle(
      'Toll row\n\nRepublican state Sen. Ines Kort called the toll "a tax on visitors."\n\n"We will repeal it," said Democratic Gov. Sam Brede.',
    );
    expect(article.actors.map((a) => a.name)).toEqual(['Ines Kort', 'Sam Brede']);
    expect(article.quotes.map((q) => article.actors.find((a) => a.id === q.speakerId)?.name)).toEqual(['Ines Kort', 'Sam Brede']);
  });
});

describe('claims that go on after a quote or close with a bare weekday', () => {
  const article = parseArticle(
    [
      'Harbour pilots strike',
      '',
      'KESTRELHAVN (Harbour Wire) -- The harbour will stay shut to large ships until the pilots return, the port authority said Tuesday.',
      '',
      '"Nobody can take a tanker in without us," pilots\' union leader Mireille Sandvik said, adding that the union would put a new offer to its members on Friday.',
    ].join('\n'),
    { publishedAt: '2025-03-05' },
  );
  const sourceOf = (words: string) => {
    const c = article.claims.find((x) => x.text.includes(words));
    return c ? article.actors.find((a) => a.id === c.sourceId)?.name : undefined;
  };

  it("gives what a participle after the quote adds to the quote's speaker", () => {
    expect(sourceOf('put a new offer to its members')).toBe('Mireille Sandvik');
  });

  it('reads "the authority said Tuesday" at the end as a trailing attribution', () => {
    expect(sourceOf('stay shut to large ships')).toMatch(/port authority/i);
  });
});
