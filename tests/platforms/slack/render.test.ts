import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { types } from '@slack/bolt';
import type { Reply } from '../../../src/briefing/reply.js';
import { blockTextLength } from '../../../src/platforms/slack/block-text-length.js';
import { renderChannelMessages } from '../../../src/platforms/slack/channel-messages.js';
import { messageTextLength, renderSlackReply, type SlackMessage } from '../../../src/platforms/slack/render.js';
import { withControls } from '../../../src/platforms/slack/slack-controls.js';
import {
  CHANNEL_MESSAGES_MAX,
  HEADER_TEXT_MAX,
  MESSAGE_BLOCKS_MAX,
  SECTION_FIELD_MAX,
  SECTION_FIELDS_MAX,
  SECTION_TEXT_MAX,
} from '../../../src/platforms/slack/limits.js';
import { ARTICLE, createFixtureService } from './fixture-service.js';
import { emptyReply } from '../../fixtures/reply.js';

const base = (): Reply => emptyReply({ title: 'T' });

/** Every limit Slack enforces on one message, checked on the message as sent. */
function expectWithinLimits(message: SlackMessage): void {
  expect(message.blocks.length).toBeLessThanOrEqual(MESSAGE_BLOCKS_MAX);
  expect(messageTextLength(message)).toBeLessThan(10_000);
  for (const block of message.blocks) {
    if (block.type === 'header') expect(block.text.text.length).toBeLessThanOrEqual(HEADER_TEXT_MAX);
    if (block.type === 'section') {
      expect(blockTextLength(block.text ?? {})).toBeLessThanOrEqual(SECTION_TEXT_MAX);
      expect((block.fields ?? []).length).toBeLessThanOrEqual(SECTION_FIELDS_MAX);
      for (const field of block.fields ?? []) expect(field.text.length).toBeLessThanOrEqual(SECTION_FIELD_MAX);
    }
    if (block.type === 'actions') expect(block.elements.length).toBeLessThanOrEqual(25);
    if (block.type === 'context') expect(block.elements.length).toBeLessThanOrEqual(10);
  }
}

const allText = (messages: SlackMessage[]): string => JSON.stringify(messages);

describe('rendering a reply as Block Kit', () => {
  it('shows the /who answer with its facts, quote and source', async () => {
    const service = createFixtureService();
    const reply = await service.handle({ command: 'who', args: { name: 'Ushakov' }, user: { id: 'U', name: 'u' }, channel: { id: 'C' }, platform: 'slack' });
    const [message, ...rest] = renderSlackReply(reply);
    expect(rest).toHaveLength(0);
    expect(message!.blocks[0]).toMatchObject({ type: 'header', text: { type: 'plain_text', text: 'Yuri Ushakov' } });
    const text = allText([message!]);
    expect(text).toContain("Putin's foreign policy adviser");
    expect(text).toContain('partnership agreement that would include security issues');
    expect(text).toContain('outline prospects for further cooperation');
    expect(text).toContain('Source: Putin vows to support North Korea against the United States — Reuters, June 18, 2024');
    expect(text).toContain('Reuters, June 18, 2024, para. 18');
    expect(message!.text).toBe("Yuri Ushakov, Putin's foreign policy adviser.");
  });

  it('escapes mention and link syntax in every part of the reply', () => {
    const evil = '<!channel> <@U123> <!here> <https://evil.example|x> & *b*';
    const reply: Reply = {
      ...base(),
      title: evil,
      description: evil,
      fields: [{ name: evil, value: evil }],
      sections: [{ title: evil, lines: [{ text: evil, citation: { ...ARTICLE, headline: evil, agency: evil } }] }],
      quotes: [{ text: evil, speaker: evil, speakerRole: evil, context: evil, citation: { ...ARTICLE, headline: evil } }],
      citations: [{ ...ARTICLE, headline: evil }],
      choices: [{ label: evil, command: 'who', args: { name: 'x' }, description: evil }],
      fallback: evil,
    };
    const messages = renderChannelMessages(reply, `Shared by ${evil}`);
    const text = allText(messages);
    expect(text).not.toMatch(/<[!@#]|<http/);
    expect(text).toContain('&lt;!channel&gt;');
    expect(text).toContain('&lt;@U123&gt;');
    const mrkdwnTexts = text.match(/"type":"mrkdwn","text":"[^"]*"/g) ?? [];
    expect(mrkdwnTexts.length).toBeGreaterThan(5);
    for (const mrkdwn of mrkdwnTexts) expect(mrkdwn).not.toContain('*b*');
  });

  it('pages a very long answer so every page stays within Slack limits and nothing is lost', () => {
    const lines = Array.from({ length: 400 }, (_, i) => ({ text: `Line${i}: ${'lorem ipsum '.repeat(20)}`, citation: ARTICLE }));
    const reply: Reply = {
      ...base(),
      title: 'A very long title '.repeat(20),
      description: 'd'.repeat(10_000),
      fields: Array.from({ length: 30 }, (_, i) => ({ name: `F${i}`, value: 'v'.repeat(i === 3 ? 5000 : 50) })),
      sections: [{ title: 'Everything', lines }],
      quotes: Array.from({ length: 40 }, (_, i) => ({ text: `q${i}`, speaker: 'S', speakerRole: null, context: 'c '.repeat(300), citation: ARTICLE })),
      citations: Array.from({ length: 25 }, (_, i) => ({ ...ARTICLE, articleId: `a${i}`, headline: `Headline ${i}` })),
      choices: Array.from({ length: 30 }, (_, i) => ({ label: `Choice ${i}`, command: 'who', args: { name: `C${i}` } })),
      fallback: 'f'.repeat(50_000),
    };
    const pages = renderSlackReply(reply);
    expect(pages.length).toBeGreaterThan(3);
    pages.forEach((page, index) => {
      const controlled = withControls(page, {
        request: { command: 'who', args: {}, view: index },
        pageCount: pages.length,
        shareable: true,
        choices: reply.choices,
      });
      expectWithinLimits(controlled);
      expect((page.blocks[0] as types.HeaderBlock).text.text).toMatch(new RegExp(`\\(${index + 1}/${pages.length}\\)$`));
    });
    const text = allText(pages);
    for (let i = 0; i < 400; i++) expect(text).toContain(`Line${i}:`);
    expect(text.match(/d+/g)!.reduce((n, run) => n + (run.length > 100 ? run.length : 0), 0)).toBe(10_000);
  });

  it('posts at most a few messages in a channel and says what was left out', () => {
    const lines = Array.from({ length: 400 }, (_, i) => ({ text: `Line${i} ${'x '.repeat(100)}` }));
    const messages = renderChannelMessages({ ...base(), sections: [{ title: 'S', lines }] });
    expect(messages).toHaveLength(CHANNEL_MESSAGES_MAX);
    expect(JSON.stringify(messages.at(-1))).toMatch(/more parts? not posted here/);
    messages.forEach(expectWithinLimits);
  });

  it('shows a title too long for the header in full under it', () => {
    const title = `The name is too long: ${'a'.repeat(200)} (at most 100). Usage: /who NAME`;
    const [message] = renderSlackReply({ ...base(), title, tone: 'error' });
    const header = message!.blocks[0] as types.HeaderBlock;
    expect(header.text.text.length).toBeLessThanOrEqual(HEADER_TEXT_MAX);
    expect(header.text.text.endsWith('\u2026')).toBe(true);
    expect(JSON.stringify(message!.blocks[1])).toContain('Usage: /who NAME');
  });

  it('keeps any reply within the limits (property)', () => {
    const text = fc.string({ maxLength: 4000, unit: fc.constantFrom('a', ' ', '<', '&', '>', '*', '\n', 'é', 'word ') });
    const replyArb = fc.record({
      title: text,
      description: fc.option(text, { nil: undefined }),
      fields: fc.array(fc.record({ name: text, value: text }), { maxLength: 15 }),
      sections: fc.array(fc.record({ title: text, lines: fc.array(fc.record({ text }), { maxLength: 30 }) }), { maxLength: 4 }),
      fallback: text,
    });
    fc.assert(
      fc.property(replyArb, (partial) => {
        const pages = renderSlackReply({ ...base(), ...partial });
        for (const page of pages) {
          expectWithinLimits(page);
          expect(JSON.stringify(page)).not.toMatch(/<[!@#]/);
        }
      }),
      { numRuns: 60 },
    );
  });
});
