import { describe, expect, it } from 'vitest';
import { buildReply } from '../../../src/briefing/reply-builder.js';
import { renderText } from '../../../src/platforms/console/render.js';
import { wrapText } from '../../../src/platforms/console/wrap.js';

const citation = { articleId: 'a', headline: 'A headline', paragraph: 13, publishedAt: '2024-06-18', agency: 'Reuters' };

describe('console rendering', () => {
  it('wraps every line to the terminal width with a hanging indent', () => {
    const reply = buildReply({
      title: 'Title',
      sections: [{ title: 'Section', lines: [{ text: 'word '.repeat(40).trim(), citation }] }],
    });
    const text = renderText(reply, { width: 40 });
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(40);
    expect(text).toContain('\n- word word');
    expect(text).toContain('\n  word word');
    expect(text).toContain('[1\u00a0¶14]');
    expect(text).toContain('[1] A headline — Reuters, June 18, 2024');
  });

  it('never prints control characters or terminal escape sequences from article text', () => {
    const reply = buildReply({ title: 'Evil\u001b[2J title\u0007', sections: [{ title: 'S', lines: [{ text: 'a\u0000b\u001b]0;x\u0007c' }] }] });
    expect(renderText(reply)).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  });

  it('cuts a word longer than the line instead of overflowing', () => {
    const lines = wrapText('x'.repeat(95), 30);
    expect(lines.every((l) => l.length <= 30)).toBe(true);
    expect(lines.join('')).toBe('x'.repeat(95));
  });

  it('marks errors and numbers choices', () => {
    const error = renderText(buildReply({ title: 'Bad thing', tone: 'error' }));
    expect(error.startsWith('! Bad thing\n')).toBe(true);
    const choices = renderText(buildReply({ title: 'Pick', choices: [{ label: 'One', command: 'who', args: { name: 'One' } }] }));
    expect(choices).toContain('1. One (/who One)');
  });
});
