import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/article/normalize.js';
import { isFurnitureLine } from '../../src/article/page-furniture.js';
import { structureArticle } from '../../src/article/structure.js';
import { parseByline, parseCredits, photographers, splitCaption } from '../../src/article/credits.js';

// An invented wire story laid out like text copied from a web page.
const page = [
  'Harbour town signs deal with shipping line',
  'Send a link to a friend',
  '[March 4, 2025]',
  'By Lena Vorst and Piet Ambers',
  '',
  'PORTVALE, Eastland (Reuters) - The town of Portvale signed a harbour deal on',
  'Monday with a shipping line, ending months of talks with the operator.',
  'Mayor Teodor Marsk said the agreement would bring hundreds of jobs to the',
  'port and its suppliers.',
  'FERRY FARES',
  'The operator said fares would rise in April after a review of its costs and',
  'of the timetable.',
  '[to top of second column]',
  '|',
  'Mayor Teodor Marsk speaks to reporters in Portvale, Eastland, March 3,',
  '2025. REUTERS/Jonas Keel',
  'Opposition councillors called the deal rushed and said they would ask the',
  'regional court to review how the contract had been awarded to the operator.',
  '(Reporting by Lena Vorst and Piet Ambers in Portvale; Additional reporting by',
  'Mira Holt; Editing by Sam Brede)',
  '© 2025 Reuters. All rights reserved.',
].join('\n');

describe('cleaning a copied web page', () => {
  const s = structureArticle(normalizeText(page));

  it('reads the headline, the bracketed publication date and the byline from the header', () => {
    expect(s.headline).toBe('Harbour town signs deal with shipping line');
    expect(s.publishedAt).toBe('2025-03-04');
    expect(s.bylines).toEqual(['Lena Vorst', 'Piet Ambers']);
  });

  it('reads the dateline, place with its region, and the agency from the first paragraph', () => {
    expect(s.dateline).toBe('PORTVALE, Eastland');
    expect(s.agency).toBe('Reuters');
  });

  it('drops furniture lines and bracketed lines from the body', () => {
    const body = s.paragraphs.join('\n');
    expect(body).not.toMatch(/Send a link|to top of second column|\|/);
  });

  it('lifts the photo caption out of the body with its credit and credits the photographer', () => {
    expect(s.captions).toEqual([
      { text: 'Mayor Teodor Marsk speaks to reporters in Portvale, Eastland, March 3, 2025.', after: 2, credit: 'REUTERS/Jonas Keel' },
    ]);
    expect(s.credits).toContainEqual({ name: 'Jonas Keel', role: 'photo' });
    expect(s.paragraphs.some((p) => p.includes('REUTERS/'))).toBe(false);
  });

  it('takes an ALL CAPS subheading out of the body', () => {
    expect(s.subheadings).toEqual(['FERRY FARES']);
  });

  it('reads the credits line into credits, leaving the byline writers out of them', () => {
    expect(s.credits).toContainEqual({ name: 'Mira Holt', role: 'additional reporting' });
    expect(s.credits).toContainEqual({ name: 'Sam Brede', role: 'editing' });
    expect(s.credits.some((c) => c.name === 'Lena Vorst')).toBe(false);
  });

  it('keeps the credits line and the copyright footer out of the body', () => {
    expect(s.paragraphs).toEqual([
      'PORTVALE, Eastland (Reuters) - The town of Portvale signed a harbour deal on Monday with a shipping line, ending months of talks with the operator.',
      'Mayor Teodor Marsk said the agreement would bring hundreds of jobs to the port and its suppliers.',
      'The operator said fares would rise in April after a review of its costs and of the timetable.',
      'Opposition councillors called the deal rushed and said they would ask the regional court to review how the contract had been awarded to the operator.',
    ]);
  });
});

describe('credit and caption pieces', () => {
  it('reads a credits line with several roles', () => {
    expect(parseCredits('(Reporting by Lena Vorst in Portvale; Editing by Sam Brede and Ada Quist)')).toEqual([
      { name: 'Lena Vorst', role: 'reporting' },
      { name: 'Sam Brede', role: 'editing' },
      { name: 'Ada Quist', role: 'editing' },
    ]);
  });

  it('reads a byline with commas and "and"', () => {
    expect(parseByline('By Lena Vorst, Piet Ambers and Mira Holt')).toEqual(['Lena Vorst', 'Piet Ambers', 'Mira Holt']);
    expect(parseByline('Bystanders fled the harbour')).toEqual([]);
  });

  it('splits a caption from its photo credit and names the photographer, not the agency', () => {
    const caption = splitCaption('Workers repair the pier in Portvale, March 3, 2025. Eastland Press/Jonas Keel/Handout via REUTERS');
    expect(caption).toEqual({ text: 'Workers repair the pier in Portvale, March 3, 2025.', credit: 'Eastland Press/Jonas Keel/Handout via REUTERS' });
    expect(photographers(caption!.credit)).toEqual(['Jonas Keel']);
  });

  it('reads a regional paper\'s "Picture: Name" after a caption as the photo credit', () => {
    const caption = splitCaption('The mill on the edge of Brackwater employs 80 people. Picture: Elspeth Roan');
    expect(caption).toEqual({ text: 'The mill on the edge of Brackwater employs 80 people.', credit: 'Picture: Elspeth Roan' });
    expect(photographers(caption!.credit)).toEqual(['Elspeth Roan']);
  });

  it("leaves the author's note at the foot of a page out of the body", () => {
    const s = structureArticle(
      normalizeText(
        [
          'Mill to close after 90 years',
          'By Tamsin Orrell',
          'April 2, 2025',
          '',
          'The Brackwater mill will close in June, its owners said on Tuesday.',
          '',
          'About 80 people work there.',
          '',
          'Tamsin Orrell covers business and farming for the Courier. Contact her at torrell@example.com.',
        ].join('\n'),
      ),
    );
    expect(s.paragraphs).toEqual(['The Brackwater mill will close in June, its owners said on Tuesday.', 'About 80 people work there.']);
  });

  it('does not take an ordinary sentence for a caption', () => {
    expect(splitCaption('The council said the repairs would cost 2 million crowns.')).toBeNull();
  });

  it('knows page furniture lines from story lines', () => {
    expect(isFurnitureLine('[to top of second column]')).toBe(true);
    expect(isFurnitureLine('Advertisement')).toBe(true);
    expect(isFurnitureLine('The council met on Monday.')).toBe(false);
  });
});

describe('cleaning text copied from a current news site', () => {
  const site = [
    'Harbour deal approved',
    '',
    'By Lena Vorst',
    '',
    '[1/2] Mayor Teodor Marsk speaks in Portvale, Eastland, March 3, 2025. REUTERS/Jonas Keel Purchase Licensing Rights, opens new tab',
    '',
    'PORTVALE, March 4 (Reuters) - The council approved the harbour deal on Tuesday.',
    '',
    'Sign up here.',
    '',
    'Deputy Harbour Commissioner Aldo Renk said the vote was close.',
    '',
    'Reporting by Lena Vorst; Editing by Sam Brede',
    '',
    'Our Standards: The Thomson Reuters Trust Principles., opens new tab',
  ].join('\n');
  const s = structureArticle(normalizeText(site));

  it('drops link labels, sign-up prompts and the standards footer, keeping only the story', () => {
    expect(s.paragraphs).toEqual([
      'PORTVALE, March 4 (Reuters) - The council approved the harbour deal on Tuesday.',
      'Deputy Harbour Commissioner Aldo Renk said the vote was close.',
    ]);
  });

  it('credits the photographer without the licensing link, and the editor from an unbracketed credit line', () => {
    expect(s.credits).toEqual(
      expect.arrayContaining([
        { name: 'Jonas Keel', role: 'photo' },
        { name: 'Sam Brede', role: 'editing' },
      ]),
    );
    expect(s.captions[0]?.text).toBe('Mayor Teodor Marsk speaks in Portvale, Eastland, March 3, 2025.');
  });
});

describe('cleaning a wrapped page whose headline and caption credit run on', () => {
  const page = [
    'Harbour board calls early vote after partner',
    'walks out',
    '[May 2, 2025]',
    'PORTVALE (Reuters) - The harbour board of Portvale called an early vote on',
    'Thursday after its largest partner walked out of the talks.',
    'Board members leave a meeting in Portvale, Eastland, May 1, 2025.',
    'REUTERS/Jonas Keel',
    'NEXT STEPS',
    'The vote will be held in June, the board said in a short statement.',
  ].join('\n');
  const s = structureArticle(normalizeText(page));

  it('joins a headline that goes on in lower case on the next line', () => {
    expect(s.headline).toBe('Harbour board calls early vote after partner walks out');
  });

  it('ends a caption at a credit that names the photographer last, keeping the subheading apart', () => {
    expect(s.captions.map((c) => c.credit)).toEqual(['REUTERS/Jonas Keel']);
    expect(s.subheadings).toEqual(['NEXT STEPS']);
    expect(s.paragraphs).toHaveLength(2);
  });
});
