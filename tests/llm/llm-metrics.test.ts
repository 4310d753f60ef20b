import { OpenAI } from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createChatClient } from '../../src/llm/chat-client.js';
import { createTokenBudget } from '../../src/llm/token-budget.js';
import { silentLogger } from '../../src/logging.js';
import { createPrometheusMetrics } from '../../src/service/prometheus-metrics.js';
import { parseMetrics, total } from '../service/prometheus-text.js';
import { startFakeOpenAiServer, type FakeOpenAiServer } from './fake-openai-server.js';

let server: FakeOpenAiServer;
beforeAll(async () => {
  server = await startFakeOpenAiServer();
});
afterAll(() => server.close());

describe('LLM requests in /metrics', () => {
  it('counts answered requests with their tokens, and failed ones as fallbacks', async () => {
    const metrics = createPrometheusMetrics({ defaultMetrics: false });
    const client = createChatClient({
      openai: new OpenAI({ apiKey: 'test-key', baseURL: server.baseUrl, maxRetries: 0 }),
      model: 'test-model',
      timeoutMs: 5_000,
      budget: createTokenBudget(0, () => new Date()),
      logger: silentLogger(),
      now: () => new Date(),
      retry: { attempts: 2, baseDelayMs: 5, maxDelayMs: 10 },
      metrics,
    });
    const request = { name: 'digest_summary', schema: z.object({ answer: z.string() }), system: 'Answer.', user: 'A question.', maxOutputTokens: 50 };
    server.script({ content: { answer: 'yes' }, usage: 100 }, { status: 500 }, { status: 500 });

    expect(await client.complete(request)).toMatchObject({ ok: true });
    expect(await client.complete(request)).toMatchObject({ ok: false });
    const scrape = parseMetrics((await metrics.scrape()).body);
    expect(total(scrape, 'briefing_llm_requests_total', { request: 'digest_summary', outcome: 'ok' })).toBe(1);
    expect(total(scrape, 'briefing_llm_requests_total', { request: 'digest_summary', outcome: 'fallback' })).toBe(1);
    expect(total(scrape, 'briefing_llm_tokens_total', { kind: 'prompt' })).toBe(80);
    expect(total(scrape, 'briefing_llm_tokens_total', { kind: 'completion' })).toBe(20);
    expect(total(scrape, 'briefing_llm_request_duration_seconds', { request: 'digest_summary' })).toBe(2);
  });
});
