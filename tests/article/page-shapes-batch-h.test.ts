/**
 * Page shapes met in the eighth batch of fresh pages (session 9), each on invented text of its own
 * (not the fixtures' text): a cookie-consent banner above the page, a forwarded mail around it, a
 * browser's print header and footer cutting a paragraph, bylines with the outlet or the trade after
 * the names, an unsigned caption between paragraphs, a long headline under section labels.
 */
import { describe, expect, it } from 'vitest';
import { parseByline } from '../../src/article/credits.js';
import { isFurnitureLine } from '../../src/article/page-furniture.js';
import { unwrapPage } from '../../src/article/page-wrappers.js';
import { riverStory as story, structuredPage as page } from './story.js';

describe('what a reader’s tools wrap around a page', () => {
  it('drops a cookie-consent banner, its heading and its buttons, above the masthead', () => {
    const s = page(
      'Your privacy matters to us',
      'We and our partners store cookies on your device to measure traffic and personalise the ads you see. You can change your choices at any time.',
      'Accept all',
      'Manage preferences',
      'Brekhaven Courier',
      'News',
      'Sluices opened at Brekhaven as the river rises after two days of rain',
      'By Mira Holt',
      'May 3, 2026',
      ...story,
    );
    expect(s.headline).toBe('Sluices opened at Brekhaven as the river rises after two days of rain');
    expect(s.paragraphs.join(' ')).not.toMatch(/cookies|Accept all|Manage preferences/);
    expect(s.bylines).toEqual(['Mira Holt']);
  });

  it('drops a consent banner whose buttons name cookies ("Cookies Settings", "Accept All Cookies")', () => {
    expect(
      unwrapPage([
        'By clicking “Accept All Cookies”, you agree to the storing of cookies on your device to enhance site navigation and analyze site usage.',
        'Cookies Settings',
        'Reject All',
        'Accept All Cookies',
        'Brekhaven Courier',
      ]),
    ).toEqual(['Brekhaven Courier']);
  });

  it('keeps a sentence about cookies that no consent button follows', () => {
    expect(
      unwrapPage(['The bakery sold 4,000 cookies on Saturday, its owner said, more than in any week of the year.', 'It will open a second shop.']),
    ).toHaveLength(2);
  });

  it("reads a forwarded mail as the story inside it: not the mail's date, the forwarder's note or signature", () => {
    const s = page(
      '---------- Forwarded message ---------',
      'From: Tove Lind <tove@example.org>',
      'Date: Tue, Jun 9, 2026 at 7:40 AM',
      'Subject: Fwd: sluices',
      '',
      'Saw this and thought of our meeting next week.',
      'Cheers,',
      'Tove',
      '',
      'Sluices opened at Brekhaven as the river rises after two days of rain',
      'By Mira Holt',
      'May 3, 2026',
      '',
      ...story.flatMap((p) => [p, '']),
      '--',
      'Tove Lind',
      'Volunteer coordinator | Dyke Watch',
    );
    expect(s.headline).toBe('Sluices opened at Brekhaven as the river rises after two days of rain');
    expect(s.publishedAt).toBe('2026-05-03');
    const body = s.paragraphs.join(' ');
    expect(body).not.toMatch(/thought of our meeting|Cheers|Volunteer coordinator|Tove/);
    expect(s.paragraphs).toHaveLength(story.length);
  });

  it('joins a paragraph a printed page broke in two, across the print footer and header', () => {
    const s = page(
      '6/9/26, 10:15 AM Sluices opened at Brekhaven | Brekhaven Courier',
      'Sluices opened at Brekhaven as the river rises',
      'By Mira Holt',
      'May 3, 2026',
      '',
      'The river authority opened the sluices at Brekhaven on Thursday after two days of rain, the',
      'https://courier.example/news/sluices-opened-brekhaven 1/2',
      '6/9/26, 10:15 AM Sluices opened at Brekhaven | Brekhaven Courier',
      'authority said.',
      '',
      'Farmers along the lower dykes said they had moved their cattle to higher fields overnight.',
      'https://courier.example/news/sluices-opened-brekhaven 2/2',
    );
    expect(s.paragraphs[0]).toBe('The river authority opened the sluices at Brekhaven on Thursday after two days of rain, the authority said.');
    expect(s.paragraphs.join(' ')).not.toMatch(/https|10:15|1\/2/);
  });

  it("drops a print's date and time alone in a corner and its 'Page N of M', not the story's date", () => {
    const s = page(
      'Sluices opened at Brekhaven as the river rises',
      'By Mira Holt',
      'May 3, 2026',
      '',
      'The river authority opened the sluices at Brekhaven on Thursday after two days of rain, the',
      'Page 1 of 2',
      '09/06/2026, 10:15',
      'authority said.',
      '',
      'Farmers along the lower dykes said they had moved their cattle to higher fields overnight.',
      'Page 2 of 2',
      '09/06/2026, 10:15',
    );
    expect(s.publishedAt).toBe('2026-05-03');
    expect(s.paragraphs).toEqual([
      'The river authority opened the sluices at Brekhaven on Thursday after two days of rain, the authority said.',
      'Farmers along the lower dykes said they had moved their cattle to higher fields overnight.',
    ]);
  });

  it('takes a web address alone on its line for furniture', () => {
    expect(isFurnitureLine('www.dykewatch.example')).toBe(true);
    expect(isFurnitureLine('https://courier.example/news/sluices')).toBe(true);
  });
});

describe('bylines with more than names', () => {
  it('leaves out the outlet a reporter writes for ("By NAME FOR OUTLET")', () => {
    expect(parseByline('By MIRA HOLT FOR THE EVENING LANTERN')).toEqual(['Mira Holt']);
    expect(parseByline('By Mira Holt for Lantern Online')).toEqual(['Mira Holt']);
  });

  it('leaves out an agency after names in capitals joined by "and"', () => {
    expect(parseByline('By MIRA HOLT and JONAS TERPE Associated Press')).toEqual(['Mira Holt', 'Jonas Terpe']);
  });

  it('leaves out the trade after the comma ("By Name, Environment Correspondent")', () => {
    expect(parseByline('By Mira Holt, Environment Correspondent')).toEqual(['Mira Holt']);
  });
});

describe('header and body lines of the eighth batch', () => {
  it('keeps a long headline under two section labels in title case, not the label above it', () => {
    const s = page(
      'World',
      'Northern Europe',
      'Sluice keepers at Brekhaven open every gate on the lower dykes as farmers move cattle to higher fields before the next storm arrives',
      'By Mira Holt',
      'May 3, 2026',
      ...story,
    );
    expect(s.headline).toMatch(/^Sluice keepers at Brekhaven open every gate/);
  });

  it('takes a sentence with no full stop between paragraphs for an unsigned photo caption', () => {
    const s = page(
      'Sluices opened at Brekhaven',
      'By Mira Holt',
      'May 3, 2026',
      story[0]!,
      'Water pours through the open sluice gates at Brekhaven on Thursday afternoon',
      ...story.slice(1),
    );
    expect(s.paragraphs).toHaveLength(story.length);
    expect(s.captions.map((c) => c.text)).toContain('Water pours through the open sluice gates at Brekhaven on Thursday afternoon');
  });
});
