/**
 * Page shapes met in the ninth batch of fresh pages (session 9), each on invented text of its own
 * (not the fixtures' text): a release's contact block above its headline, a dateline with its date in
 * parentheses, a release closed by "###", bare "Q."/"A." turns of an interview, a "Most Read from ..."
 * list of headlines above or below a story.
 */
import { describe, expect, it } from 'vitest';
import { readDateline } from '../../src/article/dateline.js';
import { parseArticle } from '../../src/article/parse-article.js';
import { riverStory as story, structuredPage as page } from './story.js';

describe('a government release', () => {
  it('reads a dateline with its date in parentheses ("PLACE, St. (Month D, YYYY) —") and dates the story by it', () => {
    expect(readDateline('BRAMLEY, Ore. (May 2, 2026) — The county opened the bridge.')).toMatchObject({
      place: 'BRAMLEY, Ore.',
      agency: null,
      date: '2026-05-02',
    });
    expect(readDateline('BRAMLEY (2 May 2026) – The county opened the bridge.')).toMatchObject({ place: 'BRAMLEY', date: '2026-05-02' });
  });

  it('takes a "Contact:" block of one item a line above the headline out of the header', () => {
    const s = page(
      'Brekhaven County',
      'FOR IMMEDIATE RELEASE',
      'Contact:',
      'Sarah Alder',
      'Press Officer',
      '(555) 010-4471',
      'press@brekhaven.example',
      'County opens sluices at Brekhaven as river rises',
      ...story,
    );
    expect(s.headline).toBe('County opens sluices at Brekhaven as river rises');
    expect(s.bylines).toEqual([]);
    expect(s.paragraphs.join(' ')).not.toMatch(/Sarah Alder|Press Officer|010-4471/);
  });

  it('ends the release at "###", leaving the boilerplate under it out of the story', () => {
    const s = page(
      'County opens sluices at Brekhaven as river rises',
      'May 3, 2026',
      ...story,
      '###',
      'About Brekhaven County: The county is home to 40,000 people.',
    );
    expect(s.paragraphs).toHaveLength(story.length);
    expect(s.paragraphs.join(' ')).not.toMatch(/###|40,000 people/);
  });
});

describe('lists of other stories around a story', () => {
  it('drops a "Trending" rail of numbered headlines inside the story', () => {
    const s = page(
      'County opens sluices at Brekhaven as river rises',
      'May 3, 2026',
      ...story.slice(0, 2),
      'Trending',
      '1. School closes after storm damage',
      '2. Baker wins county prize',
      ...story.slice(2),
    );
    expect(s.paragraphs).toHaveLength(story.length);
    expect(s.paragraphs.join(' ')).not.toMatch(/Trending|School closes|Baker wins/);
  });

  /** The story with a "Most Read from OUTLET" list under it, then `tail` lines, then the copyright line. */
  const mostReadPage = (...tail: string[]) =>
    page(
      'County opens sluices at Brekhaven as river rises',
      'May 3, 2026',
      ...story,
      'Most Read from the Brekhaven Courier',
      'Why Every Town Wants Its Own Harbour Festival',
      ...tail,
      '©2026 Brekhaven Courier Ltd.',
    );

  it('ends the story at a "Most Read from OUTLET" list under it', () => {
    const s = mostReadPage();
    expect(s.paragraphs).toHaveLength(story.length);
    expect(s.paragraphs.join(' ')).not.toMatch(/Harbour Festival|Most Read/);
  });

  it('keeps the "With assistance from NAME" credit that follows such a list as the story\'s', () => {
    const s = mostReadPage('--With assistance from Pieter Dall.');
    expect(s.credits.map((c) => c.name)).toContain('Pieter Dall');
    expect(s.paragraphs.join(' ')).not.toMatch(/assistance/);
  });
});

describe('an interview in bare "Q." and "A." turns', () => {
  it('reads the labels as labels, not as initials of a name ("Q. Ferrymen say ...", "A. We ...")', () => {
    const a = parseArticle(
      [
        'Q&A: the harbour master on the new lock',
        'By Mira Holt',
        'May 3, 2026',
        'Sanne Brekveld has run the harbour at Ostwold since 2019. She spoke to us on Friday.',
        'Q. Ferrymen say the lock opens too late in the morning.',
        'A. We open it at six, as we always have. That will not change this year.',
        'Q. Will the tolls go up?',
        'A. Not before the spring.',
      ].join('\n'),
    );
    const names = a.actors.map((x) => x.name);
    expect(names.filter((n) => /^[QA]\./.test(n))).toEqual([]);
    expect(a.quotes.filter((q) => q.text.startsWith('We open it')).map((q) => a.actors.find((x) => x.id === q.speakerId)?.name)).toEqual(['Sanne Brekveld']);
  });
});

describe('a role the story gives as a post taken up', () => {
  it('reads "NAME took over as ROLE of ORG" and "NAME was appointed ROLE" as the person\'s role', () => {
    const a = parseArticle(
      [
        'Harbour board names new chief',
        'May 3, 2026',
        'Sanne Brekveld took over as harbour master of Ostwold in March, the board said.',
        'Maria Oldeberk was appointed finance director last year, the board said.',
        'Peter Wier was named after his grandfather, the board said.',
      ].join('\n'),
    );
    const roles = (name: string) => a.actors.find((x) => x.name === name)?.roles ?? [];
    expect(roles('Sanne Brekveld')).toContain('harbour master');
    expect(roles('Maria Oldeberk')).toContain('finance director');
    expect(roles('Peter Wier')).toEqual([]);
  });
});

describe("an interview whose questions are labelled with the outlet's name", () => {
  it('reads "Outlet Name: ...?" turns as the outlet\'s questions, not a person\'s quotes', () => {
    const a = parseArticle(
      [
        'Q&A: the harbour master on the new lock',
        'By Mira Holt',
        'May 3, 2026',
        'Sanne Brekveld has run the harbour at Ostwold since 2019. She spoke to us on Friday.',
        'Ostwold Herald: Why did the lock close in April?',
        'Sanne Brekveld: The gates had rusted through. We could not risk it.',
        'Ostwold Herald: When will it reopen?',
        'Sanne Brekveld: In June, if the parts arrive.',
      ].join('\n'),
    );
    expect(a.actors.filter((x) => x.kind === 'person').map((x) => x.name)).toEqual(['Sanne Brekveld']);
    expect(a.quotes.map((q) => a.actors.find((x) => x.id === q.speakerId)?.name)).toEqual(['Sanne Brekveld', 'Sanne Brekveld']);
  });
});
