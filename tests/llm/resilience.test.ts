import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeOpenAiServer, type FakeOpenAiServer } from './fake-openai-server.js';
import { llmFor, ruleBasedDigest, summit } from './fixtures.js';

let server: FakeOpenAiServer;
beforeAll(async () => {
  server = await startFakeOpenAiServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const goodSummary = {
  content: { sentences: [{ text: 'The Kremlin said Putin will visit North Korea on Tuesday.', citations: [{ articleId: 'art-summit', paragraph: 0 }] }] },
};

function noteOf(reply: { fields: Array<{ name: string; value: string }> }): string | undefined {
  return reply.fields.find((f) => f.name === 'Note')?.value;
}

describe('LLM calls under failure', () => {
  it('retries after a 429 with Retry-After and then succeeds', async () => {
    server.script({ status: 429, headers: { 'retry-after': '0' } }, goodSummary);
    const reply = await llmFor(server.baseUrl).summarizeDigest([summit], ruleBasedDigest());

    expect(server.requests).toHaveLength(2);
    expect(noteOf(reply)).toBeUndefined();
    expect(reply.sections[0]!.lines[0]!.text).toBe('The Kremlin said Putin will visit North Korea on Tuesday.');
  });

  it('gives up at once when Retry-After is beyond the deadline', async () => {
    server.script({ status: 429, headers: { 'retry-after': '120' } }, goodSummary);
    const reply = await llmFor(server.baseUrl, { OPENAI_TIMEOUT_MS: '3000' }).summarizeDigest([summit], ruleBasedDigest());

    expect(server.requests).toHaveLength(1);
    expect(noteOf(reply)).toBe('LLM summary unavailable: rate limited by the model server (HTTP 429)');
  });

  it('falls back to the rule-based digest with a note after three 500s', async () => {
    server.script({ status: 500 }, { status: 500 }, { status: 500 }, goodSummary);
    const reply = await llmFor(server.baseUrl).summarizeDigest([summit], ruleBasedDigest());

    expect(server.requests).toHaveLength(3);
    expect(reply.sections).toEqual(ruleBasedDigest().sections);
    expect(noteOf(reply)).toBe('LLM summary unavailable: the model server failed (HTTP 500)');
    expect(reply.fallback).toContain('Note: LLM summary unavailable: the model server failed (HTTP 500)');
  });

  it('falls back with a note when the answer is slower than the timeout', async () => {
    server.script({ ...goodSummary, delayMs: 5000 });
    const reply = await llmFor(server.baseUrl, { OPENAI_TIMEOUT_MS: '300' }).summarizeDigest([summit], ruleBasedDigest());

    expect(noteOf(reply)).toBe('LLM summary unavailable: no answer within 300 ms');
    expect(server.requests).toHaveLength(1);
  });

  it('answers rule-based with a note once the daily token budget is used up, without calling the model', async () => {
    const llm = llmFor(server.baseUrl, { OPENAI_DAILY_TOKEN_BUDGET: '1000' });
    server.script({ ...goodSummary, usage: 1000 });
    const first = await llm.summarizeDigest([summit], ruleBasedDigest());
    expect(noteOf(first)).toBeUndefined();
    expect(llm.budget()).toEqual({ day: '2024-06-18', used: 1000, limit: 1000 });

    const second = await llm.summarizeDigest([summit], ruleBasedDigest());
    expect(noteOf(second)).toBe('LLM summary unavailable: the daily token budget is used up (OPENAI_DAILY_TOKEN_BUDGET)');
    const answer = await llm.ask('When will Putin visit?', [summit]);
    expect(answer.description).toContain('LLM answer unavailable: the daily token budget is used up');
    expect(answer.sections[0]!.lines[0]!.citation).toMatchObject({ articleId: 'art-summit' });
    expect(server.requests).toHaveLength(1);
  });

  it('starts a fresh budget at midnight UTC', async () => {
    let now = new Date('2024-06-18T23:59:00Z');
    const llm = llmFor(server.baseUrl, { OPENAI_DAILY_TOKEN_BUDGET: '2000' }, () => now);
    server.script({ ...goodSummary, usage: 2500 });
    await llm.summarizeDigest([summit], ruleBasedDigest());
    expect(noteOf(await llm.summarizeDigest([summit], ruleBasedDigest()))).toMatch(/budget is used up/);

    now = new Date('2024-06-19T00:00:01Z');
    server.script(goodSummary);
    expect(noteOf(await llm.summarizeDigest([summit], ruleBasedDigest()))).toBeUndefined();
    expect(llm.budget()).toMatchObject({ day: '2024-06-19', used: 100 });
  });

  it('says the key was refused on a 401 and does not retry', async () => {
    server.script({ status: 401, error: 'bad key' });
    const reply = await llmFor(server.baseUrl).summarizeDigest([summit], ruleBasedDigest());
    expect(noteOf(reply)).toBe('LLM summary unavailable: the API key was refused (HTTP 401)');
    expect(server.requests).toHaveLength(1);
  });
});
