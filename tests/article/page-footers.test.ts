/**
 * Page furniture of further outlet shapes, on invented text: an agency's version tag and end marker,
 * the outlet alone opening a story, newsroom contact footers, contributors' and syndication lines,
 * an author's block and bio under the story.
 */
import { describe, expect, it } from 'vitest';
import { splitCaption } from '../../src/article/credits.js';
import { readDateline } from '../../src/article/dateline.js';
import { extractHtmlArticle } from '../../src/article/html.js';
import { normalizeText } from '../../src/article/normalize.js';
import { isFurnitureLine } from '../../src/article/page-furniture.js';
import { structureArticle } from '../../src/article/structure.js';

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

describe('datelines of portals and release wires', () => {
  it('reads a place in upper and lower case with a date and an agency, with no dash', () => {
    expect(readDateline('Kestrelhavn, Mar 4 (HNS) The harbour board met on Tuesday.')).toMatchObject({ place: 'Kestrelhavn', agency: 'HNS' });
  });
  it('reads a release wire between slashes after a state and a full date', () => {
    expect(readDateline('PORTVALE, Ore., March 4, 2025 /ReleaseWire/ -- Acme Ferries today said')).toMatchObject({
      place: 'PORTVALE, Ore.',
      agency: 'ReleaseWire',
      date: '2025-03-04',
    });
  });
  it('does not take an ordinary opening with a place and a month for a dateline', () => {
    expect(readDateline('Kestrelhavn, March 4 was the day the pier closed.')).toBeNull();
  });
});

describe('the foot of a portal page and a press release', () => {
  it('drops a labelled date, editors initials, wires credited and a closing note in parentheses', () => {
    const s = page(
      'Harbour board shuts the old pier for the winter',
      'By Anke Mol',
      'March 4, 2025',
      ...story,
      'HBW/AAP',
      'KL MN',
      '(Only the headline of this report may have been changed by our staff; the rest comes from a syndicated feed.)',
      'First Published: Mar 04 2025 | 7:42 PM',
    );
    expect(s.paragraphs).toHaveLength(4);
  });
  it('closes the story at an "About Company" heading', () => {
    const s = page(
      'Acme Ferries to add night sailings',
      'March 4, 2025',
      ...story,
      'About Acme Ferries',
      'Acme Ferries is a leading operator of ferries in the north.',
    );
    expect(s.paragraphs).toHaveLength(4);
  });
  it('keeps a paragraph that opens with "About" and a number', () => {
    const s = page('Pier shut', 'March 4, 2025', ...story.slice(0, 2), 'About 300 People Came', ...story.slice(2));
    expect(s.paragraphs.length).toBeGreaterThanOrEqual(4);
  });
});

describe('a broadcaster page with a key points box', () => {
  const s = page(
    'Harbour board shuts the old pier for the winter',
    'By regional reporter Anke Mol',
    'Posted Tue 4 Mar 2025 at 5:41am',
    'The old pier at Kestrelhavn. (HBC North: Jorrit Kamp)',
    'Key points:',
    'The pier will close for the winter',
    'Repairs will cost about 2 million crowns',
    ...story,
    'Topic:',
    'Ports and Harbours',
    'Local Government',
  );
  it('reads the name after a desk and trade in the byline', () => expect(s.bylines).toEqual(['Anke Mol']));
  it('credits the photographer after the picture desk', () => expect(s.credits).toEqual([{ name: 'Jorrit Kamp', role: 'photo' }]));
  it('takes the key points as the summary and the topic box out of the story', () => {
    expect(s.summary).toEqual(expect.arrayContaining(['The pier will close for the winter']));
    expect(s.paragraphs).toHaveLength(4);
  });
});

describe("a portal's masthead over a wire story", () => {
  it('does not read a masthead that looks like a name as the byline, and finds the headline under the section labels', () => {
    const s = page('Grace Harbour', 'Home', 'News', 'Harbour board shuts the old pier for the winter', 'HNS | Updated: 04 Mar 2025, 07:42 PM', ...story);
    expect(s.bylines).toEqual([]);
    expect(s.headline).toBe('Harbour board shuts the old pier for the winter');
  });
});

describe('a caption with its credit in an element of its own', () => {
  it('splits a labelled credit from a description with no full stop between them', () => {
    expect(splitCaption('Idle wagons at the yard near Kestrelhavn Image: Jorrit Kamp/HNS/picture desk')).toEqual({
      text: 'Idle wagons at the yard near Kestrelhavn',
      credit: 'Image: Jorrit Kamp/HNS/picture desk',
    });
  });
  it("keeps the space between a saved page's caption and its credit element", () => {
    const html = `<html><head><title>Pier shut</title></head><body><article><h1>Pier shut</h1>
<figure><img src="a.jpg"><figcaption>Idle wagons at the yard near Kestrelhavn<span>Image: Jorrit Kamp/HNS/picture desk</span></figcaption></figure>
${story.map((p) => `<p>${p} ${p}</p>`).join('\n')}</article></body></html>`;
    expect(extractHtmlArticle(html).text).toContain('Kestrelhavn Image: Jorrit Kamp');
  });
});
