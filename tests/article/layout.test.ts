import { describe, expect, it } from 'vitest';
import { detectLayout, isParagraphEnd, joinWrappedLines, splitParagraphs } from '../../src/article/layout.js';

// Two columns: the first wraps near 77 characters, the second near 36 (a web page's narrower column).
const twoColumns = [
  'The council met for three hours on Monday to discuss the new harbour wall and',
  'the cost of the repairs that engineers recommended after the winter storms.',
  'Members of the finance committee asked for a fuller estimate before any work',
  'could begin on the northern section.',
  'Residents who live near the wall told',
  'Mayor Ines Kort they had waited for',
  'years and feared another storm would',
  'flood their homes before the work',
  'was finished.',
  'Budget concerns',
  'Treasurer Alma Reyes warned that',
  'the reserve fund was nearly empty',
  'and urged the council to act now.',
  'Ferry fares will rise from April,',
  'the operator said.',
];

describe('re-joining hard-wrapped lines', () => {
  const paragraphs = joinWrappedLines(twoColumns);

  it('ends a paragraph at a full-width line with a sentence end when the next line is capitalised', () => {
    expect(paragraphs[0]).toBe(
      'The council met for three hours on Monday to discuss the new harbour wall and the cost of the repairs that engineers recommended after the winter storms.',
    );
    expect(paragraphs[1]).toMatch(/^Members of the finance committee/);
  });

  it('keeps a wrapped line with its next line when the next word would not have fitted, even before a capitalised name', () => {
    expect(paragraphs[2]).toBe(
      'Residents who live near the wall told Mayor Ines Kort they had waited for years and feared another storm would flood their homes before the work was finished.',
    );
  });

  it('measures the narrower second column by its own width, not the first column', () => {
    expect(paragraphs[4]).toBe('Treasurer Alma Reyes warned that the reserve fund was nearly empty and urged the council to act now.');
    expect(paragraphs[5]).toBe('Ferry fares will rise from April, the operator said.');
  });

  it('keeps a short heading line as a paragraph of its own', () => {
    expect(paragraphs[3]).toBe('Budget concerns');
    expect(paragraphs).toHaveLength(6);
  });

  it('detects hard-wrapped text as wrapped', () => {
    expect(detectLayout(twoColumns)).toBe('wrapped');
  });

  it('tells a forced break from a paragraph end line by line', () => {
    expect(isParagraphEnd('the reserve fund was nearly empty', 'and urged the council', 36)).toBe(false);
    expect(isParagraphEnd('Budget concerns', 'Treasurer Alma Reyes', 36)).toBe(true);
    expect(isParagraphEnd('after the winter storms.', 'Members of the committee', 77)).toBe(true);
  });

  it('joins a compound split after its hyphen at the end of a line without a space', () => {
    expect(joinWrappedLines(['The committee asked the engineers for a long-', 'term estimate of the repairs.'])).toEqual([
      'The committee asked the engineers for a long-term estimate of the repairs.',
    ]);
  });
});

describe('text with blank lines or one paragraph per line', () => {
  it('splits blank-line text at the blank lines', () => {
    const lines = ['The first paragraph ends here.', '', 'The second paragraph follows it.', '', 'A third one.'];
    expect(detectLayout(lines)).toBe('blank-line');
    expect(splitParagraphs(lines, 'blank-line')).toEqual(['The first paragraph ends here.', 'The second paragraph follows it.', 'A third one.']);
  });

  it('re-joins hard-wrapped blocks inside blank-line text', () => {
    const lines = ['The first paragraph is wrapped over', 'two lines of the page.', '', 'The second paragraph is not.'];
    expect(splitParagraphs(lines, detectLayout(lines))).toEqual(['The first paragraph is wrapped over two lines of the page.', 'The second paragraph is not.']);
  });

  it('takes each long line as a paragraph when no line is wrapped', () => {
    const lines = [
      'A long paragraph of text that runs on for well over one hundred and thirty characters, so that nobody could have wrapped it at that width.',
      'Another paragraph that also runs on for well over one hundred and thirty characters, again far too long for any column a page would use.',
      'A short closing line.',
    ];
    expect(detectLayout(lines)).toBe('line-per-paragraph');
    expect(splitParagraphs(lines, 'line-per-paragraph')).toEqual(lines);
  });

  it('takes a page of menu lines, captions, bullets and short paragraphs, no line of which goes on in lower case, one per line', () => {
    const lines = [
      'World',
      'Business',
      'Markets',
      'Sign In',
      'Harbour toll to start next spring as ferries stop at night',
      'By Lena Vorst and Sam Brede',
      'March 5, 2025 5:12 PM GMT+1 Updated 6 hours ago',
      'Ferries wait at the harbour in Portvale, March 3, 2025. REUTERS/Ida Maris',
      'Toll to apply on 30 busy days a year',
      'Hotels to collect the toll from guests',
      'PORTVALE, March 5 (Reuters) - The harbour board approved a toll on day visitors on Wednesday.',
      'Visitors will pay five euros on about 30 busy days a year, the board said.',
      '"We cannot take another summer like the last one," said Mayor Ines Kort.',
      'The ferry company said it would stop night crossings from April.',
      'Reporting by Lena Vorst; Editing by Sam Brede',
    ];
    expect(detectLayout(lines)).toBe('line-per-paragraph');
  });
});
