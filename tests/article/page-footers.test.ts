/**
 * Page furniture of further outlet shapes, on invented text: an agency's version tag and end marker,
 * the outlet alone opening a story, newsroom contact footers, contributors' and syndication lines,
 * an author's block and bio under the story.
 */
import { describe, expect, it } from 'vitest';
import { readDateline } from '../../src/article/dateline.js';
import { normalizeText } from '../../src/article/normalize.js';
import { isFurnitureLine, structureArticle } from '../../src/article/structure.js';

const page = (...lines: string[]) => structureArticle(normalizeText(lines.join('\n')));
const story = [
  'The harbour board voted on Monday to close the old pier for the winter, the board said in a statement.',
  'Pier owner Lotte Brink said the repairs would take until spring and cost about 2 million crowns.',
  '"We cannot let anyone walk on it as it is," Brink said at the harbour office.',
  'Fishermen who moor at the pier said they would move to the north quay for the season.',
];

describe('an agency wire with a version tag, editors note and end marker', () => {
  const s = page(
    'Harbour Wire Service',
    '(LEAD) Harbour board closes old pier for the winter',
    '2025-11-03 10:12',
    '(ATTN: ADDS owner comment in para 3)',
    'By Jun Ha-neul',
    'KESTRELHAVN, Nov. 3 (Harbour Wire) -- ' + story[0],
    ...story.slice(1),
    'hnjun@harbourwire.example',
    '(END)',
  );
  it('takes the tag off the headline', () => expect(s.headline).toBe('Harbour board closes old pier for the winter'));
  it('keeps the address and the end marker out of the story', () => {
    expect(s.paragraphs).toHaveLength(4);
    expect(s.paragraphs.join(' ')).not.toMatch(/hnjun|\(END\)|ATTN/);
  });
  it('tells an address, a handle and a marker in capitals from a line of the story', () => {
    expect(['news@quay.example', '@quaynews', '(MORE)', '(ATTN: CORRECTS name in para 2)'].every(isFurnitureLine)).toBe(true);
    expect(isFurnitureLine('(The board met in private.)')).toBe(false);
  });
});

describe('a story opened by its outlet alone', () => {
  it('reads the outlet as the agency and takes no place', () => {
    expect(readDateline('(Quay TV) — Harbour pilots walked out on Friday.')).toMatchObject({ place: null, agency: 'Quay TV' });
    expect(readDateline('(Tidewater News) -- Harbour pilots walked out on Friday.')).toMatchObject({ place: null, agency: 'Tidewater News' });
  });
  it('does not read a parenthesis that opens a sentence as an outlet', () => {
    expect(readDateline('(in brief) - the pier is shut.')).toBeNull();
  });
});

describe('footers that say how to reach the newsroom', () => {
  const s = page(
    'Harbour Board Shuts Old Pier as Winter Storms Near',
    'By Anke Mol',
    'November 3, 2025 at 9:00 AM UTC',
    ...story,
    '— With assistance from Jorrit Kamp and Saskia Veld',
    'To contact the reporter on this story:',
    'Anke Mol in Kestrelhavn at amol@quay.example',
    'To contact the editors responsible for this story:',
    'Pim Aalders at paalders@quay.example',
    'Greet Hoving',
  );
  it('keeps the footer out of the story', () => {
    expect(s.paragraphs).toHaveLength(4);
    expect(s.paragraphs.join(' ')).not.toMatch(/contact|assistance/i);
  });
  it('credits the contributors and the editors', () => {
    expect(s.credits).toEqual(
      expect.arrayContaining([
        { name: 'Jorrit Kamp', role: 'contributor' },
        { name: 'Saskia Veld', role: 'contributor' },
        { name: 'Pim Aalders', role: 'editing' },
        { name: 'Greet Hoving', role: 'editing' },
      ]),
    );
    expect(s.credits.some((c) => c.name === 'Anke Mol')).toBe(false);
  });
  it('drops a "Contact the writer" paragraph and a syndication line that repeats the headline', () => {
    const r = page(
      'Harbour board shuts the old pier for the winter',
      'Anke Mol',
      'Staff Writer',
      ...story,
      'Contact the writer: Anke Mol at amol@quay.example or 555-0100.',
      'This article originally appeared on Quay Courier: Harbour board shuts the old pier for the winter',
    );
    expect(r.paragraphs).toHaveLength(4);
  });
});

describe('the author under the story', () => {
  it('drops a block of the byline name and a short line about the author', () => {
    const s = structureArticle(normalizeText(['Pier shut', '', ...story, 'Anke Mol', 'Reporter covering ports and shipping', '@ankemol'].join('\n\n')), {
      bylines: ['Anke Mol'],
    });
    expect(s.paragraphs).toHaveLength(4);
  });
  it('drops a bio that opens with the byline name, but keeps a last paragraph about someone in the story', () => {
    const bio = 'Anke Mol is a senior fellow at the Quay Institute and the author of a history of the harbour. The views expressed here are her own.';
    expect(page('Why the pier had to close', 'Anke Mol', 'Published: 3 November 2025, 06:00 GMT', ...story, bio).paragraphs).toHaveLength(4);
    const inStory = 'Lotte Brink is a harbour pilot of thirty years and said she had never seen the pier so damaged.';
    expect(page('Why the pier had to close', 'Lotte Brink', 'Published: 3 November 2025, 06:00 GMT', ...story, inStory).paragraphs).toHaveLength(5);
  });
});
