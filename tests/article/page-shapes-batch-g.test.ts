/**
 * Page shapes met in the seventh batch of fresh pages (session 8), each on invented text of its own
 * (not the fixtures' text): a magazine's short title over a long standfirst, its "Photography by"
 * credit, captions ending "Photograph: NAME", pull quotes; a newsletter's "In today's edition:" list,
 * headings in capitals and "You are receiving this" footer; a live page's "Edited by" line; "Have
 * your say" prompts.
 */
import { describe, expect, it } from 'vitest';
import { splitCaption } from '../../src/article/credits.js';
import { isFurnitureLine } from '../../src/article/page-furniture.js';
import { riverStory as story, structuredPage as page } from './story.js';

describe('header lines of the seventh batch', () => {
  it("takes a magazine's short title over a standfirst of twenty words or more for the headline", () => {
    const s = page(
      'Riverside Monthly',
      'Features',
      'The dyke keepers',
      'Three generations of one family have watched the same stretch of river for ninety years, and they say the water has never behaved like this before',
      'Words by Ilse Maren',
      'May 3, 2026',
      ...story,
    );
    expect(s.headline).toBe('The dyke keepers');
    expect(s.summary[0]).toMatch(/^Three generations/);
    expect(s.bylines).toEqual(['Ilse Maren']);
  });

  it('keeps a long headline under a section label as the headline', () => {
    const s = page(
      'World',
      'Europe',
      'River authority opens every sluice on the lower dykes as farmers move their cattle to higher fields before more rain',
      'By Jonas Terpe',
      'March 3, 2026',
      ...story,
    );
    expect(s.headline).toMatch(/^River authority opens every sluice/);
  });

  it('reads "Photography by NAME" and "Edited by NAME" in the header as credits, not summary lines', () => {
    const s = page('Keepers of the dyke', 'Words by Ilse Maren', 'Photography by Tomas Vreede', 'Edited by Saskia Hol', 'May 3, 2026', ...story);
    expect(s.credits).toEqual(
      expect.arrayContaining([
        { name: 'Tomas Vreede', role: 'photo' },
        { name: 'Saskia Hol', role: 'editing' },
      ]),
    );
    expect(s.summary.join(' ')).not.toMatch(/Tomas Vreede|Saskia Hol/);
  });
});

describe('the body of the seventh batch', () => {
  it('takes a caption ending "Photograph: NAME" between paragraphs out of the body, its photographer a credit', () => {
    expect(splitCaption('Anouk Velde at the sluice gates before dawn. Photograph: Tomas Vreede')).toEqual({
      text: 'Anouk Velde at the sluice gates before dawn.',
      credit: 'Photograph: Tomas Vreede',
    });
  });

  it('drops a pull quote that repeats words the story prints, and keeps a quote printed once', () => {
    const s = page(
      'Sluices opened',
      'By Jonas Terpe',
      'March 3, 2026',
      story[0]!,
      '“We have not seen it this high since the spring of the big flood.”',
      ...story.slice(1),
    );
    expect(s.paragraphs).toHaveLength(4);
    const once = page('Sluices opened', 'By Jonas Terpe', 'March 3, 2026', ...story, '“The dykes will hold through the night.”');
    expect(once.paragraphs).toHaveLength(5);
  });

  it('puts a newsletter\'s "In today\'s edition:" list in the summary and its headings in capitals out of the body', () => {
    const s = page(
      'Sluices open, ferries stop, and a dry weekend at last',
      'By Jonas Terpe',
      'March 3, 2026',
      'Good morning.',
      "In today's edition:",
      '• The sluices are open',
      '• Ferries stop at the lower landing',
      story[0]!,
      story[1]!,
      'WHY THE FERRIES HAVE STOPPED AT THE LOWER LANDING THIS WEEK',
      story[2]!,
      story[3]!,
    );
    expect(s.summary).toEqual(['The sluices are open', 'Ferries stop at the lower landing']);
    expect(s.subheadings).toEqual(['WHY THE FERRIES HAVE STOPPED AT THE LOWER LANDING THIS WEEK']);
    expect(s.paragraphs).toHaveLength(5);
  });

  it('ends a newsletter at its "You are receiving this" footer, with the author\'s name above it', () => {
    const s = page(
      'Sluices open',
      'By Jonas Terpe',
      'March 3, 2026',
      ...story,
      'Jonas Terpe',
      'You are receiving this because you signed up at riverside.example.',
      'Unsubscribe',
    );
    expect(s.paragraphs).toHaveLength(4);
  });

  it('takes "Have your say", reading times, "More features" and "Live Reporting" for page furniture', () => {
    expect(isFurnitureLine('Have your say: write to letters@riverside.example')).toBe(true);
    expect(isFurnitureLine('Reading time: 9 minutes')).toBe(true);
    expect(isFurnitureLine('More features')).toBe(true);
    expect(isFurnitureLine('Live Reporting')).toBe(true);
    expect(isFurnitureLine('More rain is expected on Sunday.')).toBe(false);
  });
});
