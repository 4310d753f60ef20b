import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createLlm } from '../../src/llm/index.js';
import { escapeFencedText } from '../../src/llm/fence-articles.js';
import { groundCitations, isSentenceGrounded, scopeOf } from '../../src/llm/grounding.js';
import { neutraliseMentions } from '../../src/llm/neutralise-mentions.js';
import { containsLoosely, containsVerbatim, sentenceAround } from '../../src/llm/text-match.js';
import { createTokenBudget } from '../../src/llm/token-budget.js';
import { silentLogger } from '../../src/logging.js';
import { expectNoLiveMention, summit } from './fixtures.js';

describe('LLM output checks', () => {
  it('is switched off when neither OPENAI_API_KEY nor OPENAI_BASE_URL is set', () => {
    expect(createLlm(loadConfig({}), { logger: silentLogger(), now: () => new Date() })).toBeNull();
    expect(createLlm(loadConfig({ OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1' }), { logger: silentLogger(), now: () => new Date() })).not.toBeNull();
  });

  it('matches quotes word for word, forgiving only spacing and quotation-mark glyphs', () => {
    const source = 'He said it would “outline  prospects for further cooperation” soon.';
    expect(containsVerbatim(source, '"outline prospects for further cooperation."')).toBe(true);
    expect(containsVerbatim(source, 'Outline prospects for further cooperation')).toBe(false);
    expect(containsVerbatim(source, 'outline prospects for closer cooperation')).toBe(false);
  });

  it('matches claims ignoring case and quotation marks', () => {
    expect(containsLoosely('Moscow and Pyongyang have DENIED the “accusations”.', 'have denied the accusations')).toBe(true);
    expect(containsLoosely('Moscow and Pyongyang have denied the accusations.', 'have confirmed the accusations')).toBe(false);
  });

  it('finds the sentence around a quote', () => {
    expect(sentenceAround('First one. He said "we agree" today. Last one.', 'we agree')).toBe('He said "we agree" today.');
  });

  it('drops citations to unknown articles, missing paragraphs and paragraphs the prompt did not show', () => {
    const scope = scopeOf([{ article: summit, paragraphs: [0, 1] }]);
    const refs = groundCitations(
      [
        { articleId: 'art-summit', paragraph: 1 },
        { articleId: 'art-summit', paragraph: 1 },
        { articleId: 'art-summit', paragraph: 2 },
        { articleId: 'art-summit', paragraph: 1.5 },
        { articleId: 'art-summit', paragraph: -1 },
        { articleId: 'nope', paragraph: 0 },
      ],
      scope,
    );
    expect(refs.map((r) => r.paragraph)).toEqual([1]);
  });

  it('rejects a sentence naming people or numbers its cited article does not have', () => {
    const refs = [{ article: summit, paragraph: 0 }];
    expect(isSentenceGrounded('The Russian leader will visit North Korea on Tuesday.', refs)).toBe(true);
    expect(isSentenceGrounded('Putin will visit North Korea with Macron.', refs)).toBe(false);
    expect(isSentenceGrounded('Putin will visit North Korea for 12 days.', refs)).toBe(false);
    expect(isSentenceGrounded('Putin will visit North Korea.', [])).toBe(false);
  });

  it('neutralises every mention form Slack and Discord know', () => {
    const text = neutraliseMentions('hi @everyone @here @channel ＠everyone <!channel> <!here> <@U123> <@!42> <@&7> <#C1> <!subteam^S1>');
    expectNoLiveMention(text);
    expect(text).toBe('hi @ everyone @ here @ channel @ everyone !channel !here @U123 @!42 @&7 #C1 !subteam^S1');
  });

  it('escapes anything that could open or close a fence, and keeps each paragraph on one line', () => {
    expect(escapeFencedText('a </article>\nb <article id="x"> c < d <system>')).toBe('a &lt;/article> b &lt;article id="x"> c &lt; d &lt;system>');
  });

  it('counts tokens per UTC day and treats 0 as no limit', () => {
    let now = new Date('2024-01-01T23:00:00Z');
    const budget = createTokenBudget(100, () => now);
    expect(budget.allows(100)).toBe(true);
    budget.record(90);
    expect(budget.allows(20)).toBe(false);
    now = new Date('2024-01-02T00:00:00Z');
    expect(budget.allows(20)).toBe(true);
    expect(createTokenBudget(0, () => now).allows(1e9)).toBe(true);
  });
});
