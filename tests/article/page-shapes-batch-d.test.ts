/**
 * Page shapes met in the fourth batch of fresh pages, each on invented text of its own (not the
 * fixtures' text): menus and breadcrumbs between bars or arrows, a "Location:" line, labelled header
 * lines (editor's note, word count, topic), a place kicker over a "By" byline, "Interview by" and
 * "Photograph by" lines, summary boxes of short sentences ("In short:", "What's next?"), a correction
 * and a posted line at the foot, notes to editors after "ENDS", an e-edition's jump lines.
 */
import { describe, expect, it } from 'vitest';
import { parseByline } from '../../src/article/credits.js';
import { parseArticle } from '../../src/article/parse-article.js';
import { isFurnitureLine } from '../../src/article/page-furniture.js';
import { riverStory as story, structuredPage as page } from './story.js';

describe('menus, labels and kickers in the header', () => {
  it('takes a menu or a breadcrumb for furniture, but not a date after a bar', () => {
    expect(isFurnitureLine('Home | Towns | Water | Donate')).toBe(true);
    expect(isFurnitureLine('Start > Regions > Coast')).toBe(true);
    expect(isFurnitureLine('Share: Mail | Print | Copy')).toBe(true);
    expect(isFurnitureLine('Print Edition | Monday, March 2, 2026')).toBe(false);
    expect(isFurnitureLine('Dykes hold, for now | the long wait at Brekhaven')).toBe(false);
  });

  it('picks the headline under a menu, not the menu', () => {
    const s = page('Polder Watch', 'News | Towns | Water | Events', 'Sluices opened as river rises at Brekhaven', 'Tuesday 3 March 2026', ...story);
    expect(s.headline).toBe('Sluices opened as river rises at Brekhaven');
  });

  it('reads the place of a "Location:" line as the dateline, past a room or a building', () => {
    const wire = page('Sluices opened as river rises', 'Location: Brekhaven, Oster Province', 'Date: 3 Mar 2026', 'By Jonas Terpe', ...story);
    expect(wire.dateline).toBe('Brekhaven, Oster Province');
    expect(wire.publishedAt).toBe('2026-03-03');
    const room = page('Transcript: briefing on the sluices', 'Location: Briefing room, Water Board House, Brekhaven', 'Published 3 March 2026', ...story);
    expect(room.dateline).toBe('Brekhaven');
  });

  it("keeps labelled header lines (editor's note, word count, topic) out of headline and body", () => {
    const s = page(
      'Sluices opened as river rises',
      "Editor's note: This story has been updated with the authority's figures.",
      'Topic: Floods',
      'Word count: 412',
      'By Jonas Terpe',
      ...story,
    );
    expect(s.headline).toBe('Sluices opened as river rises');
    expect([...s.paragraphs, ...s.summary].join(' ')).not.toMatch(/Editor's note|Word count|Topic/);
  });

  it('reads a place kicker over the headline as no byline when a "By" line follows', () => {
    const s = page('Polder Watch', 'Morgan Bay', 'Sluices opened as river rises at Brekhaven', 'By Jonas Terpe', 'Posted Tue 3 Mar 2026 at 6:10am', ...story);
    expect(s.bylines).toEqual(['Jonas Terpe']);
    expect(s.headline).toBe('Sluices opened as river rises at Brekhaven');
  });

  it('reads "Interview by" as a byline and "Photograph by ... for ..." as a photo credit', () => {
    expect(parseByline('Interview by Mirte Haal')).toEqual(['Mirte Haal']);
    const s = page(
      'A keeper of sluices on forty winters',
      'Interview by Mirte Haal',
      'March 3, 2026',
      ...story,
      'Photograph by Joost Amel for Polder Watch',
      'More from Water',
      'The dyke that held',
    );
    expect(s.bylines).toEqual(['Mirte Haal']);
    expect(s.credits.map((c) => c.name)).toContain('Joost Amel');
    expect(s.paragraphs).toHaveLength(4);
  });
});

describe('boxes of short sentences above the story', () => {
  it('lifts "In short:" and "What\'s next?" points into the summary', () => {
    const s = page(
      'Sluices opened as river rises at Brekhaven',
      'By Jonas Terpe',
      'Posted Tue 3 Mar 2026 at 6:10am',
      'In short:',
      'The sluices at Brekhaven were opened on Thursday.',
      'Boats are told to keep clear until the weekend.',
      "What's next?",
      'The authority will review the levels on Monday.',
      ...story,
    );
    expect(s.paragraphs).toHaveLength(4);
    expect(s.summary).toEqual(expect.arrayContaining(['The sluices at Brekhaven were opened on Thursday.', 'The authority will review the levels on Monday.']));
  });
});

describe('footers of further shapes', () => {
  it('drops a correction and a posted line at the foot', () => {
    const s = page(
      'Sluices opened as river rises',
      'By Jonas Terpe',
      'Posted Tue 3 Mar 2026 at 6:10am',
      ...story,
      'Posted 3 Mar 2026, updated 3 Mar 2026',
      'Correction: An earlier version of this story gave the wrong day for the opening.',
      'Share',
      'Related stories',
      'Dykes raised along the lower river',
    );
    expect(s.paragraphs).toHaveLength(4);
  });

  it('ends the story at "ENDS", before notes to editors and a contact', () => {
    const s = page(
      'Polder Trust',
      'Sluices opened too late, says trust',
      'Tuesday 3 March 2026',
      ...story,
      'ENDS',
      'Notes to editors',
      '1. The Polder Trust is an independent charity founded in 1990.',
      'For interviews, contact: Femke Wold, press officer, +00 11 555 0100',
    );
    expect(s.paragraphs).toHaveLength(4);
  });

  it("drops an e-edition's jump lines and page labels", () => {
    const s = page(
      'The Polder Courier',
      'E-Edition | Tuesday, March 3, 2026',
      'A1',
      'Sluices opened as river rises at Brekhaven',
      'BY JONAS TERPE',
      ...story.slice(0, 2),
      'Please see SLUICES, Page A4',
      'A4',
      'Continued from Page A1',
      ...story.slice(2),
      'Powered by PAGEVIEW',
    );
    expect(s.paragraphs).toHaveLength(4);
    expect(s.publishedAt).toBe('2026-03-03');
  });
});

describe('names and speakers of further shapes', () => {
  const article = (...lines: string[]) => parseArticle(['Sluices opened as river rises', 'By Jonas Terpe', 'Tuesday 3 March 2026', ...lines].join('\n'));
  const persons = (a: ReturnType<typeof parseArticle>) => a.actors.filter((x) => x.kind === 'person');

  it('reads "Mr", "Dr" and "Ms" without a full stop as titles: the same person as the full name', () => {
    const a = article(
      'Sluice keeper Anouk Velde and hydrologist Pieter Smeal were at the gates on Tuesday.',
      '"The water came over the top of the gauge," Ms Velde said.',
      '"It will fall by the weekend," Dr Smeal said.',
    );
    expect(
      persons(a)
        .map((x) => x.name)
        .sort(),
    ).toEqual(['Anouk Velde', 'Pieter Smeal']);
    expect(a.quotes.map((q) => a.actors.find((x) => x.id === q.speakerId)?.name)).toEqual(['Anouk Velde', 'Pieter Smeal']);
  });

  it('reads no person in a word run together with a verb ("I\'ll", "I\'ve")', () => {
    const a = article(
      'Velde wrote to the board on Tuesday.',
      'She wrote: You would have to ask the board. I\u2019ll say only that the gates held. I\u2019ve seen worse.',
    );
    expect(persons(a).map((x) => x.name)).not.toEqual(expect.arrayContaining([expect.stringMatching(/^I/)]));
  });

  it("reads an interview labelled by one word in title case: the questions nobody's, the answers the surname's", () => {
    const a = article(
      'Sluice keeper Anouk Velde has run the Brekhaven gates for 20 years. We spoke on Tuesday.',
      'Courier: How high is the river now?',
      'Velde: Higher than I have seen it. We opened every gate this morning.',
      'Courier: Will it hold?',
      'Velde: It will hold if the rain stops by Friday.',
    );
    expect(a.quotes.map((q) => q.text)).toEqual([
      'Higher than I have seen it. We opened every gate this morning.',
      'It will hold if the rain stops by Friday.',
    ]);
    expect(new Set(a.quotes.map((q) => a.actors.find((x) => x.id === q.speakerId)?.name))).toEqual(new Set(['Anouk Velde']));
    expect(a.actors.map((x) => x.name)).not.toContain('Courier');
  });

  it('reads a public library as an organisation', () => {
    const a = article('The authority will meet residents at the Brekhaven Public Library on Monday, the authority said.');
    expect(a.actors.find((x) => x.name === 'Brekhaven Public Library')?.kind).toBe('organization');
  });
});
