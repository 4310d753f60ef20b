import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ELLIPSIS, fitText, markdownLine, markdownText, plainLine, splitText } from '../../../src/platforms/discord/discord-text.js';

/** Undoes markdownText for checks: drops zero-width spaces and backslash escapes. */
const unescape = (text: string) => text.replace(/\u200b/g, '').replace(/\\(.)/g, '$1');

describe('Discord text safety', () => {
  it('escapes markdown markers so article text shows as typed', () => {
    expect(markdownText('*bold* _it_ ~~s~~ `code` ||spoiler|| [link](http://x) back\\slash')).toBe(
      '\\*bold\\* \\_it\\_ \\~\\~s\\~\\~ \\`code\\` \\|\\|spoiler\\|\\| \\[link\\](http://x) back\\\\slash',
    );
  });

  it('escapes headings, quotes, lists and numbered lists only at the start of a line', () => {
    expect(markdownText('# Title\n> quote\n- item\n-# small\n1. first\na - b # c > d')).toBe(
      '\\# Title\n\\> quote\n\\- item\n\\-# small\n1\\. first\na - b # c > d',
    );
  });

  it('breaks @everyone, @here and user, role and channel mentions with a zero-width space', () => {
    const out = markdownText('@everyone @here <@123> <@!123> <@&456> <#789> </cmd:1> <t:1700000000>');
    expect(out).not.toMatch(/@everyone|@here|<@|<#|<\/|<t:/);
    expect(unescape(out)).toBe('@everyone @here <@123> <@!123> <@&456> <#789> </cmd:1> <t:1700000000>');
  });

  it('drops control characters and bidi overrides, and keeps one-line text on one line', () => {
    expect(markdownText('a\u0000b\u0007c\u202ed\r\ne')).toBe('abcd\ne');
    expect(plainLine('  two\nlines\t here ')).toBe('two lines here');
    expect(markdownLine('a\n# b')).toBe('a # b');
  });

  it('cuts after a whole word and marks the cut with an ellipsis', () => {
    expect(fitText('Russia and North Korea may sign a partnership agreement', 20, markdownText)).toBe('Russia and North…');
    expect(fitText('short', 20, markdownText)).toBe('short');
  });

  it('cuts inside a single over-long word only with the mark', () => {
    const out = fitText('x'.repeat(10_000), 50, markdownText);
    expect(out).toHaveLength(50);
    expect(out.endsWith(ELLIPSIS)).toBe(true);
  });

  it('keeps every fitted text within its limit, escapes counted, and never ends a cut mid-word without the mark', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.integer({ min: 1, max: 300 }), (text, max) => {
        const out = fitText(text, max, markdownText);
        expect(out.length).toBeLessThanOrEqual(max);
        if (out !== markdownText(text)) expect(out.endsWith(ELLIPSIS)).toBe(true);
      }),
    );
  });

  it('fits a text of spaces alone into a one-character limit', () => {
    expect(fitText('  ', 1, markdownText).length).toBeLessThanOrEqual(1);
  });

  it('splits long text into chunks within the limit that together hold every word', () => {
    const word = fc.stringMatching(/^[a-z*_@<>#`|\\-]{1,12}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 300 }), fc.integer({ min: 20, max: 400 }), (words, max) => {
        const text = words.join(' ');
        const chunks = splitText(text, max, markdownText);
        for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(max);
        const joined = chunks
          .map((c) => unescape(c))
          .join('\n')
          .replace(new RegExp(`${ELLIPSIS}\\n${ELLIPSIS}`, 'g'), ' ');
        // A word cut inside (longer than a chunk) comes back without the space it had.
        expect(joined.replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
      }),
    );
  });
});
