import { describe, expect, it } from 'vitest';
import { fitText } from '../../../src/briefing/fit-text.js';
import { escapeSlackText, mrkdwnSafe, plainSafe } from '../../../src/platforms/slack/escape-slack-text.js';

describe('escaping text for Slack', () => {
  it('turns mention and link syntax into entities so no ping or link can form', () => {
    expect(escapeSlackText('<!channel> <@U123> <http://x|y> A&B')).toBe('&lt;!channel&gt; &lt;@U123&gt; &lt;http://x|y&gt; A&amp;B');
  });

  it('escapes an ampersand before the angle brackets, never double-escaping them', () => {
    expect(escapeSlackText('&lt;')).toBe('&amp;lt;');
  });

  it('neutralises mrkdwn formatting characters and a leading quote marker', () => {
    const safe = mrkdwnSafe('> *bold* _it_ ~s~ `code`');
    expect(safe).not.toMatch(/[*_~`]/);
    expect(safe.startsWith('&gt;')).toBe(false);
    expect(safe).toContain('bold');
  });

  it('removes control characters but keeps newlines', () => {
    expect(plainSafe('a\u0000b\u0007c\nd\u202ee')).toBe('abc\nde');
  });

  it('is fitted to a limit at a word boundary with an ellipsis, measured escaped, never inside an entity', () => {
    const cut = fitText('alpha beta gamma delta', 13, plainSafe);
    expect(cut).toBe('alpha beta\u2026');
    const entity = fitText(`${'x'.repeat(8)}&yyyy`, 11, plainSafe);
    expect(entity.length).toBeLessThanOrEqual(11);
    expect(entity).not.toMatch(/&[a-z]*\u2026/);
  });
});
