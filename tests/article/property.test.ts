import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createParserResources, parseArticle } from '../../src/article/parse-article.js';
import { createContractValidator } from '../support/contract.js';

const validate = createContractValidator();
const resources = createParserResources();

/** Words that look like news copy: names, quotes, brackets, capitals, dates, credits. */
const word = fc.constantFrom(
  'said',
  'Mr.',
  'Ines',
  'Kort',
  'KORT',
  'the',
  'council',
  '"We',
  'will',
  'act,"',
  '"',
  "'",
  '(Reuters)',
  '-',
  '—',
  '[photo]',
  'REUTERS/Jonas',
  'Keel',
  'By',
  'on',
  'Monday',
  'June',
  '19-20,',
  '2024.',
  'two',
  'years',
  'ago',
  'accused',
  'denied',
  'he',
  'she',
  'U.S.',
  'UAE',
  'Canberra',
  '(Reporting',
  'by',
  'Lena',
  'Vorst;',
  'Editing',
  'Sam)',
  '©',
  'Ã©',
  'С',
  '\u00a0',
  ':',
  ';',
);
const line = fc.array(word, { maxLength: 18 }).map((ws) => ws.join(' '));
const newsLike = fc.array(fc.oneof(line, fc.constant('')), { maxLength: 30 }).map((ls) => ls.join('\n'));
const anyText = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  newsLike,
);

describe('parseArticle on arbitrary text', () => {
  it('never throws and always returns JSON that is valid against the contract', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const article = parseArticle(raw, { resources });
        const json = JSON.stringify(article);
        expect(validate(JSON.parse(json))).toBe('');
      }),
      { numRuns: 200 },
    );
  });
});
