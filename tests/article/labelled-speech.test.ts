import { describe, expect, it } from 'vitest';
import { findLabelledTurns } from '../../src/article/labelled-speech.js';
import { parseArticle } from '../../src/article/parse-article.js';

const saying = (word: string) => ['said', 'joked', 'added', 'wrote'].includes(word);

describe('speech marked by labels', () => {
  it('reads transcript turns under capitals labels, and a lone label as none', () => {
    expect(findLabelledTurns(['HOST: Will you resign?', 'KORT: No.'], saying).map((t) => t.label)).toEqual(['HOST', 'KORT']);
    expect(findLabelledTurns(['UPDATE: The bridge reopened.', 'The mayor said it was safe.'], saying)).toEqual([]);
  });

  it('reads a title-case "Said:" line under the speaker\'s name', () => {
    const [turn] = findLabelledTurns(['Mayor Ines Kort', 'Said: "We will rebuild."'], saying);
    expect(turn).toMatchObject({ paragraph: 1, label: 'Mayor Ines Kort', labelParagraph: 0, cue: 'said' });
  });

  it('reads "Name, Outlet:" before a quote', () => {
    expect(findLabelledTurns(['Oskar Brandt, The Harbour Gazette: "Nobody won."'], saying)).toEqual([
      expect.objectContaining({ label: 'Oskar Brandt', cue: ':' }),
    ]);
  });

  it('reads a roundup line, a heading and a dash before "Name:" and the quote, and never the heading as a name', () => {
    const turns = findLabelledTurns(
      [
        'FERRY NUMBERS RISE AGAIN - Mark Bellamy and Jon Corrie: "Bookings are up a fifth on last year."',
        'What it means for the islands - More from Bellamy: "Fares will follow."',
      ],
      saying,
    );
    expect(turns.map((t) => t.label)).toEqual(['Mark Bellamy and Jon Corrie', 'Bellamy']);
  });

  it('does not take a run-in label such as "What comes next:" for a speaker', () => {
    expect(findLabelledTurns(['What comes next: the council votes.', 'Industry view: prices will rise.'], saying)).toEqual([]);
  });
});

describe('labelled speech in a parsed article', () => {
  const article = parseArticle(
    [
      'Transcript: the mayor on the harbour',
      'March 4, 2025',
      '',
      'Radio Nordhaven spoke to Mayor Ines Kort about the harbour wall.',
      '',
      'OSKAR BRANDT: Will the wall hold this winter?',
      '',
      'INES KORT: It will hold. We rebuilt the northern section in the autumn.',
      '',
      'BRANDT: And the cost?',
      '',
      'KORT: Less than we feared.',
    ].join('\n'),
  );
  const speaker = (text: string) => article.actors.find((a) => a.id === article.quotes.find((q) => q.text.startsWith(text))?.speakerId)?.name;

  it('makes each turn a quote of the labelled speaker, joining a label to the person the story names', () => {
    expect(speaker('It will hold.')).toBe('Ines Kort');
    expect(speaker('Less than we feared.')).toBe('Ines Kort');
    expect(speaker('Will the wall hold')?.toLowerCase()).toBe('oskar brandt');
    expect(speaker('And the cost?')?.toLowerCase()).toBe('oskar brandt');
  });

  it('makes the turns claims of their speakers', () => {
    expect(article.claims.map((c) => c.text)).toContain('It will hold. We rebuilt the northern section in the autumn');
  });
});

describe('a transcript quoted whole, each turn opening with a quotation mark', () => {
  const article = parseArticle(
    [
      'Debate night',
      '',
      '"HOST: Let us start with the budget. Will you cut spending on roads?',
      '',
      '"MARLOW: Well, look, nobody wants to cut roads. But the money has to come from somewhere.',
      '',
      '"HOST: Do you really think the voters will accept that?',
      '',
      '"MARLOW: I think they will, because they have seen the bills.',
    ].join('\n'),
  );

  it('gives each turn to its label, once', () => {
    expect(article.quotes.map((q) => [article.actors.find((a) => a.id === q.speakerId)?.name.toLowerCase(), q.text.slice(0, 12)])).toEqual([
      ['host', 'HOST: Let us'],
      ['marlow', 'MARLOW: Well'],
      ['host', 'HOST: Do you'],
      ['marlow', 'MARLOW: I th'],
    ]);
  });
});

describe('a roundup of reactions', () => {
  const article = parseArticle(
    [
      'What they said about the harbour deal',
      'March 4, 2025',
      'Councillors and unions reacted on Tuesday to the deal that ends the harbour strike.',
      "Dock leader Arvo Tamm, Harbour Workers' Union",
      'Said: "We stood together and we won."',
      'Opposition leader Liis Kask',
      'Joked: "The mayor found the harbour at last."',
      'Mart Ilves, The Quay Gazette: "Nobody won this strike."',
    ].join('\n'),
  );
  const speaker = (text: string) => article.actors.find((a) => a.id === article.quotes.find((q) => q.text.startsWith(text))?.speakerId);

  it('gives each "Said:" line to the name above it, with the role in front of the name', () => {
    expect(speaker('We stood together')).toMatchObject({ name: 'Arvo Tamm', kind: 'person' });
    expect(speaker('We stood together')?.roles).toContain('Dock leader');
    expect(speaker('The mayor found')?.name).toBe('Liis Kask');
  });

  it('reads "Name, Outlet:" and makes the outlet an organisation', () => {
    expect(speaker('Nobody won')?.name).toBe('Mart Ilves');
    expect(article.actors.find((a) => a.name === 'The Quay Gazette')?.kind).toBe('organization');
  });
});
