import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStoreDigestBuilder } from '../../src/schedule/digest-content.js';
import { createSqliteStore } from '../../src/store/sqlite-store.js';
import { startFakeOpenAiServer, type FakeOpenAiServer } from '../llm/fake-openai-server.js';
import { llmFor, summit } from '../llm/fixtures.js';
import { subscription as aSubscription } from '../store/fixtures.js';

const subscription = aSubscription({ createdAt: '2024-06-01T00:00:00.000Z' });

describe('a scheduled digest with an LLM configured', () => {
  let server: FakeOpenAiServer;
  const store = createSqliteStore(':memory:', { now: () => new Date('2024-06-18T05:00:00Z') });
  beforeAll(async () => {
    server = await startFakeOpenAiServer();
    await store.migrate();
    await store.putArticle({
      id: summit.id,
      source: 'summit.txt',
      contentHash: 'h',
      fingerprint: '',
      parserVersion: summit.parserVersion,
      parsed: summit,
      ingestedAt: '2024-06-18T05:00:00.000Z',
    });
  });
  afterAll(async () => {
    await store.close();
    await server.close();
  });

  it('carries the same cited summary as /digest, above the rule-based digest', async () => {
    server.script({ content: { sentences: [{ text: 'Vladimir Putin will visit North Korea.', citations: [{ articleId: summit.id, paragraph: 0 }] }] } });
    const build = createStoreDigestBuilder({ store, now: () => new Date('2024-06-18T06:30:00Z'), llm: llmFor(server.baseUrl) });
    const reply = await build(subscription, '2024-06-17T06:30:00.000Z');
    expect(reply.sections[0]!.title).toMatch(/language model/);
    expect(reply.sections[0]!.lines[0]).toMatchObject({ text: 'Vladimir Putin will visit North Korea.', citation: { articleId: summit.id, paragraph: 0 } });
    expect(reply.sections.length).toBeGreaterThan(1);
  });

  it('falls back to the rule-based digest with a note when the model fails', async () => {
    server.script({ status: 500 }, { status: 500 }, { status: 500 });
    const build = createStoreDigestBuilder({ store, now: () => new Date('2024-06-18T06:30:00Z'), llm: llmFor(server.baseUrl) });
    const reply = await build(subscription, '2024-06-17T06:30:00.000Z');
    expect(reply.fallback).toMatch(/LLM summary unavailable/);
    expect(reply.sections.some((s) => /language model/.test(s.title))).toBe(false);
  });
});
