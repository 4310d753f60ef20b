import { describe, expect, it } from 'vitest';
import { splitCaption } from '../../src/article/credits.js';
import { readDateline } from '../../src/article/dateline.js';
import { detectLayout } from '../../src/article/layout.js';
import { normalizeText } from '../../src/article/normalize.js';
import { structureArticle } from '../../src/article/structure.js';

/** Structures an invented page given as lines. */
const page = (...lines: string[]) => structureArticle(normalizeText(lines.join('\n')));
const body = 'PORTVALE (Reuters) - The harbour board approved the new wall on Tuesday after three months of talks.';
const more = 'Mayor Ines Kort said the work would start in the spring and take two years to finish.';

describe('page headers by the shape of their lines', () => {
  it('reads a timestamp line above the headline and takes the line after it for the headline', () => {
    const s = page(
      'Live',
      'Harbour latest: the day in full',
      'Key events',
      '11:42 GMT',
      'Wed 5 Mar 2025',
      'Board approves harbour wall after long talks',
      'From Lena Vorst in Portvale',
      body,
      more,
    );
    expect(s).toMatchObject({ headline: 'Board approves harbour wall after long talks', publishedAt: '2025-03-05', bylines: ['Lena Vorst'] });
  });

  it('reads a year run into the time, "20259:05 AM"', () => {
    expect(page('Board approves harbour wall', 'March 5, 20259:05 AM GMT+1Updated 2 hours ago', body, more).publishedAt).toBe('2025-03-05');
  });

  it('prefers the published date to the updated one', () => {
    expect(page('Board approves harbour wall', 'Published March 4, 2025', 'Updated March 5, 2025', body, more).publishedAt).toBe('2025-03-04');
  });

  it('skips section labels above the headline', () => {
    expect(page('World', 'Europe', 'Board approves harbour wall after long talks', 'By Lena Vorst', body, more).headline).toBe(
      'Board approves harbour wall after long talks',
    );
  });

  it('keeps a long headline a headline, and the dateline and byline out of it', () => {
    const headline = 'Board approves the new harbour wall after three months of talks with the shipping lines, the unions and the residents of the old town';
    const s = page(headline, 'By Lena Vorst', body, more);
    expect(s.headline).toBe(headline);
    expect(s.bylines).toEqual(['Lena Vorst']);
    expect(s.paragraphs[0]).toBe(body);
  });

  it('lifts summary bullets and a standfirst out of the body', () => {
    const s = page(
      'Board approves harbour wall',
      'By Reuters',
      'March 5, 2025',
      'Summary',
      'Work to start in the spring',
      'Wall to take two years to build',
      body,
      more,
    );
    expect(s.summary).toEqual(['Work to start in the spring', 'Wall to take two years to build']);
    expect(s.paragraphs).toEqual([body, more]);
  });

  it('reads "By Reuters" as no byline and leaves "Reporting by" names in the credits', () => {
    const s = page('Board approves harbour wall', 'By Reuters', 'March 5, 2025', body, more, 'Reporting by Lena Vorst; Editing by Sam Brede');
    expect(s.bylines).toEqual([]);
    expect(s.credits).toEqual(
      expect.arrayContaining([
        { name: 'Lena Vorst', role: 'reporting' },
        { name: 'Sam Brede', role: 'editing' },
      ]),
    );
    expect(s.agency).toBe('Reuters');
  });

  it.each([
    [['Anna de Vries', 'Harbour News, Portvale'], ['Anna de Vries']],
    [
      ['Karin Holm, Jesper Lund', '3 Min Read'],
      ['Karin Holm', 'Jesper Lund'],
    ],
    [['Fiona McLeish Eastland correspondent'], ['Fiona McLeish']],
    [['From Helen Achterberg in Portvale'], ['Helen Achterberg']],
    [['By MARIA OKAFOR and DANIEL PRUITT'], ['Maria Okafor', 'Daniel Pruitt']],
  ])('reads the byline %j', (lines, names) => {
    expect(page('Board approves harbour wall after talks', ...lines, 'March 5, 2025', body, more).bylines).toEqual(names);
  });

  it('takes no section label of two capitalised words for a byline', () => {
    expect(page('Top Stories', 'Board approves harbour wall after talks', 'March 5, 2025', body, more).bylines).toEqual([]);
  });

  it("reads a newsletter's mail headers: the subject as headline, the sending date", () => {
    const s = page(
      'From: The Harbour Brief <brief@example.org>',
      'Sent: Wednesday, March 5, 2025 7:02 AM',
      'To: reader@example.org',
      'Subject: Harbour wall approved',
      'THE HARBOUR BRIEF',
      'Harbour wall approved',
      'By Lena Vorst',
      '',
      more,
      '',
      'Unsubscribe | Update your preferences',
    );
    expect(s).toMatchObject({ headline: 'Harbour wall approved', publishedAt: '2025-03-05', bylines: ['Lena Vorst'], paragraphs: [more] });
  });

  it("drops a wire's slug and editor's note", () => {
    const s = page(
      'BC-EU--Harbour-Wall, 2nd Ld-Writethru',
      'Board approves harbour wall',
      'Eds: UPDATES with mayor comment.',
      'By LENA VORST',
      'Associated Press',
      body.replace('(Reuters) -', '(AP) —'),
      more,
    );
    expect(s).toMatchObject({ headline: 'Board approves harbour wall', bylines: ['Lena Vorst'], agency: 'AP' });
    expect(s.paragraphs).toHaveLength(2);
  });

  it('lifts a caption above the story with its "(AP Photo/Name)" credit', () => {
    const s = page('Board approves harbour wall', 'By Lena Vorst', 'Workers repair the wall in Portvale on Monday. (AP Photo/Jonas Keel)', body, more);
    expect(s.captions).toEqual([{ text: 'Workers repair the wall in Portvale on Monday.', after: -1, credit: 'AP Photo/Jonas Keel' }]);
    expect(s.credits).toContainEqual({ name: 'Jonas Keel', role: 'photo' });
  });

  it('takes a site tagline above the section labels for no headline', () => {
    const s = page(
      'Independent news and data for harbour professionals',
      'World',
      'Europe',
      'Board approves harbour wall after long talks',
      'By Reuters',
      body,
      more,
    );
    expect(s.headline).toBe('Board approves harbour wall after long talks');
  });

  it('reads an archive caption ("FILE - ...") above the byline without taking it for a dateline', () => {
    const s = page(
      'Board approves harbour wall',
      '1 of 12',
      'FILE - Workers repair the wall in Portvale, March 3, 2024. (AP Photo/Jonas Keel, File)',
      'BY LENA VORST and PIET AMBERS',
      'Updated 8:34 PM UTC, March 5, 2025',
      body,
      more,
    );
    expect(s).toMatchObject({ publishedAt: '2025-03-05', bylines: ['Lena Vorst', 'Piet Ambers'], paragraphs: [body, more] });
    expect(s.captions[0]).toMatchObject({ text: 'Workers repair the wall in Portvale, March 3, 2024.', credit: 'AP Photo/Jonas Keel, File' });
  });

  it('drops a related box inside the story with its link titles, and keeps the story after it', () => {
    const s = page(
      'Board approves harbour wall',
      'By Lena Vorst',
      body,
      'RELATED COVERAGE',
      'Harbour tolls to rise next year',
      'Ferry timetable changes',
      more,
    );
    expect(s.paragraphs).toEqual([body, more]);
  });

  it('ends the page at its related links', () => {
    const s = page('Board approves harbour wall', 'By Lena Vorst', body, more, 'Related', 'Harbour tolls to rise', 'Ferry timetable changes');
    expect(s.paragraphs).toEqual([body, more]);
  });
});

describe('photo credits', () => {
  it('reads "Name, AGENCY" after a caption', () => {
    expect(splitCaption('Workers repair the wall in Portvale. Jonas Keel, AFP')).toEqual({
      text: 'Workers repair the wall in Portvale.',
      credit: 'Jonas Keel, AFP',
    });
  });

  it('reads "(AP Photo/Name)"', () => {
    expect(splitCaption('Workers repair the wall. (AP Photo/Jonas Keel)')?.credit).toBe('AP Photo/Jonas Keel');
  });
});

describe('datelines', () => {
  it.each([
    ['PORTVALE, Eastland (AP) — The board', { place: 'PORTVALE, Eastland', agency: 'AP', date: null }],
    ['PORTVALE, March 5 (Reuters) - The board', { place: 'PORTVALE', agency: 'Reuters', date: null }],
    ['PORTVALE, March 5, 2025 (AFP) - The board', { place: 'PORTVALE', agency: 'AFP', date: '2025-03-05' }],
    ['March 5 (Reuters) - The board', { place: null, agency: 'Reuters', date: null }],
    ['PORTVALE, 5 March (Eastpress) - The board', { place: 'PORTVALE', agency: 'Eastpress', date: null }],
    ['PORTVALE, 5 March 2025 (Eastpress) - The board', { place: 'PORTVALE', agency: 'Eastpress', date: '2025-03-05' }],
    ['PORTVALE, March 5 - The board', { place: 'PORTVALE', agency: null, date: null }],
    ['PORTVALE, Eastland — The board', { place: 'PORTVALE, Eastland', agency: null, date: null }],
    ['PORTVALE, Wednesday March 5, 2025 (AFP) - The board', { place: 'PORTVALE', agency: 'AFP', date: '2025-03-05' }],
    ['PORTVALE, Wed., March 5 (Reuters) - The board', { place: 'PORTVALE', agency: 'Reuters', date: null }],
    ['PORTVALE, Eastland, Tuesday, March 4, 2025 (AP) — The board', { place: 'PORTVALE, Eastland', agency: 'AP', date: '2025-03-04' }],
    ['PORTVALE, Wednesday 5 March 2025 (Eastpress) - The board', { place: 'PORTVALE', agency: 'Eastpress', date: '2025-03-05' }],
    ['Wednesday, March 5 (Reuters) - The board', { place: null, agency: 'Reuters', date: null }],
  ])('reads "%s"', (paragraph, expected) => {
    expect(readDateline(paragraph)).toMatchObject(expected);
  });

  it('dates a wire by its dateline when no line above says when', () => {
    expect(page('Board approves harbour wall', 'PORTVALE, March 5, 2025 (AFP) - The board approved the wall.', more).publishedAt).toBe('2025-03-05');
  });

  it('reads no dateline in an ordinary first sentence', () => {
    expect(readDateline('The board approved the wall - and the mayor cheered.')).toBeNull();
  });
});

describe('a photo credit on a line of its own', () => {
  it.each([['Jonas Keel, AFP'], ['(AP Photo/Jonas Keel)']])('takes "%s" out of the body and credits the photographer', (credit) => {
    const s = page('Board approves harbour wall', 'By Lena Vorst', body, 'Workers repair the wall in Portvale, March 3, 2025.', credit, more);
    expect(s.paragraphs).toEqual([body, more]);
    expect(s.credits).toContainEqual({ name: 'Jonas Keel', role: 'photo' });
  });

  it('credits the photographer of a credit line above the story', () => {
    const s = page('Board approves harbour wall', 'By Lena Vorst', 'Jonas Keel, AFP', body, more);
    expect(s.paragraphs).toEqual([body, more]);
    expect(s.credits).toContainEqual({ name: 'Jonas Keel', role: 'photo' });
  });
});

// Paragraphs as long as a web page's, so the page is read one paragraph per line.
const lead =
  'PORTVALE (Reuters) - The harbour board approved the new sea wall on Tuesday after three months of talks with the shipping lines, the dock unions and the residents of the old town.';
const second =
  'Mayor Ines Kort said the work would start in the spring and take two years to finish, and that the old wall would stay in place until the new one was ready to hold the winter storms.';

describe('pages in further shapes', () => {
  it("takes a live entry's own title, date and authors under the live page's header", () => {
    const s = page(
      'Live Updates',
      'Storms along the northern coast',
      'By Lena Vorst, Sam Brede and Ida Maris, Coast Radio',
      'Updated 3:47 PM EDT, Fri May 9, 2025',
      '1:32 p.m. ET, May 9, 2025',
      'Ferries stop running as gales reach the harbour',
      "From Coast Radio's Lena Vorst and Sam Brede",
      lead,
      second,
    );
    expect(s).toMatchObject({ headline: 'Ferries stop running as gales reach the harbour', publishedAt: '2025-05-09', bylines: ['Lena Vorst', 'Sam Brede'] });
  });

  it('reads "Name in City" under a headline as a byline', () => {
    const s = page(
      'Harbour board approves the new sea wall',
      'Officials say the wall will protect the old town',
      'Lena Vorst in Portvale',
      'Wed 5 Mar 2025 14.20 GMT',
      lead,
      second,
    );
    expect(s).toMatchObject({ bylines: ['Lena Vorst'], publishedAt: '2025-03-05' });
    expect(s.summary).toEqual(['Officials say the wall will protect the old town']);
  });

  it('reads a wire as a terminal shows it: timestamp, slug before the headline, bullets, notes, contact and keywords', () => {
    const s = page(
      '05-Mar-2025 11:32:05',
      'UPDATE 2-Harbour board approves sea wall after long talks',
      '* Work to start in the spring',
      '* Wall to take two years',
      '(Adds mayor comment in paragraph 2)',
      'By Lena Vorst',
      lead,
      second,
      '(Reporting by Lena Vorst; Editing by Sam Brede)',
      '((lena.vorst@example.com; +31 20 000 0000))',
      'Keywords: HARBOUR WALL/ (UPDATE 2)',
    );
    expect(s).toMatchObject({ headline: 'Harbour board approves sea wall after long talks', publishedAt: '2025-03-05', bylines: ['Lena Vorst'] });
    expect(s.summary).toEqual(['Work to start in the spring', 'Wall to take two years']);
    expect(s.paragraphs).toEqual([lead, second]);
  });

  it('reads an old page\'s "Image copyright" and "Media caption" lines, and video labels, as no story', () => {
    const s = page(
      'Harbour wall approved',
      '5 March 2019',
      'Image copyright Harbour Photos',
      'Image caption The old wall was breached in January',
      lead,
      'Media playback is unsupported on your device',
      'Media caption Residents describe the flood',
      second,
      'Share this story About sharing',
    );
    expect(s.paragraphs).toEqual([lead, second]);
    expect(s.captions.map((c) => c.text)).toEqual(['The old wall was breached in January', 'Residents describe the flood']);
  });

  it('credits "contributed from" and an outlet\'s "contributed reporting" lines, keeping them out of the body', () => {
    const s = page(
      'Harbour wall approved',
      'By Lena Vorst',
      lead,
      second,
      'Associated Press writer Ida Maris contributed from Dunmore.',
      "Coast Radio's Sam Brede contributed reporting.",
      "Harbour News' Noor Haddad contributed reporting.",
      'Link Copied!',
    );
    expect(s.paragraphs).toEqual([lead, second]);
    expect(s.credits).toEqual(
      expect.arrayContaining([
        { name: 'Ida Maris', role: 'contributor' },
        { name: 'Sam Brede', role: 'contributor' },
        { name: 'Noor Haddad', role: 'contributor' },
      ]),
    );
  });

  it('ends a newsletter at its reading list and its subscription footer', () => {
    const s = page(
      'The Harbour Letter',
      'Subscribe',
      'Sign in',
      'Harbour board approves the new sea wall',
      'Lena Vorst',
      'Mar 5, 2025',
      '∙ Paid',
      lead,
      second,
      "What I'm reading",
      'A long piece on the tides of the old port, and a map of its walls.',
      'Thanks for reading The Harbour Letter! Subscribe for free to receive new posts and support my work.',
      '12 Likes',
      'Restack',
    );
    expect(s).toMatchObject({ headline: 'Harbour board approves the new sea wall', bylines: ['Lena Vorst'], publishedAt: '2025-03-05' });
    expect(s.paragraphs).toEqual([lead, second]);
  });

  it("reads a portal's copy of a wire: agency line, reporter's name alone, the portal's date and footer", () => {
    const s = page(
      'Reuters',
      'Harbour board approves sea wall after long talks',
      'Lena Vorst',
      'Wed, March 5, 2025 at 4:18 PM EDT',
      '2 min read',
      'In this article:',
      '(Reuters) - The harbour board approved the new sea wall on Tuesday after three months of talks with the shipping lines and the dock unions.',
      second,
      '(Reporting by Lena Vorst in Portvale; Editing by Sam Brede)',
      'Terms and Privacy Policy',
      'Privacy Dashboard',
      'More Info',
      'Recommended Stories',
    );
    expect(s).toMatchObject({
      headline: 'Harbour board approves sea wall after long talks',
      bylines: ['Lena Vorst'],
      publishedAt: '2025-03-05',
      agency: 'Reuters',
    });
    expect(s.paragraphs).toHaveLength(2);
  });
});

describe('a live page whose entries are stamped with a time alone', () => {
  const live = page(
    'Live',
    'Storms in the north: roads close as rivers rise – latest',
    'Updated 18.05 CET, Sat 11 Oct 2025',
    'Key events',
    '16.40 CET',
    'Harbour board shuts the old pier',
    'The harbour board shut the old pier on Saturday afternoon after waves broke over its wall.',
    more,
    '16.10 CET',
    'Ferries stay in port until Monday',
    'The ferry company said no boats would sail before Monday.',
  );

  it("takes the newest entry's title as the headline and the page's date as its date", () => {
    expect(live.headline).toBe('Harbour board shuts the old pier');
    expect(live.publishedAt).toBe('2025-10-11');
  });

  it('ends the article where the next entry, a time and a title, begins', () => {
    expect(live.paragraphs).toEqual(['The harbour board shut the old pier on Saturday afternoon after waves broke over its wall.', more]);
  });
});

describe('a newsletter signed by a name alone above its date', () => {
  const letter = page(
    'The Quayside Letter',
    'Subscribe',
    'Harbour board shuts the old pier',
    'Plus: what the new tolls will cost you',
    'Joost van Aalst',
    'Oct 11, 2025',
    '∙ Paid',
    'The harbour board shut the old pier on Saturday afternoon after waves broke over its wall.',
    more,
    'Leave a comment',
  );

  it('takes the name as the byline though its given name is not one the lexicon knows', () => {
    expect(letter.bylines).toEqual(['Joost van Aalst']);
    expect(letter.publishedAt).toBe('2025-10-11');
  });

  it('leaves the paid marker and the comment prompt out of the body', () => {
    expect(letter.paragraphs).toEqual(['The harbour board shut the old pier on Saturday afternoon after waves broke over its wall.', more]);
  });
});

describe('headers with an agency line or many short lines', () => {
  it('picks the headline over the named byline, past an agency name alone on a line above it', () => {
    const s = page(
      'Portal Finance',
      'Reuters',
      'Harbour board shuts the old pier after storm',
      'By Lena Vorst and Jonas Keel',
      'Thu, July 31, 2025 at 5:02 PM GMT+2',
      body,
      more,
      'View comments',
    );
    expect(s.headline).toBe('Harbour board shuts the old pier after storm');
    expect(s.paragraphs.at(-1)).toBe(more);
  });

  it('reads a page of menu lines with its story on long lines one paragraph per line, not as a wrapped column', () => {
    const long = `${more} The board said the new wall would be twice as high as the old one and would cost 40 million crowns.`;
    const lines = [
      'Skip to content',
      'Home',
      'News',
      'Sport',
      'Business',
      'Culture',
      'Travel',
      'Earth',
      'Video',
      'Live',
      'Wales',
      'Harbour board shuts the old pier after storm damage',
      '2 hours ago',
      'Share',
      'BBC Wales',
    ];
    const story = [
      'The pier has been shut since the storm hit on Saturday',
      long,
      'The pier will stay shut until the spring, the board said.',
      'Hauliers said the detour would add hours to every trip.',
      'Ferry operators moved two ships to the north port.',
      long,
    ];
    expect(detectLayout([...lines, ...story])).toBe('line-per-paragraph');
  });
});
