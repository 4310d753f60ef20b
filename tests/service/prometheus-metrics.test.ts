import { describe, expect, it } from 'vitest';
import { createPrometheusMetrics } from '../../src/service/prometheus-metrics.js';
import { labelValues, parseMetrics, total } from './prometheus-text.js';

const scrapeOf = async (metrics: ReturnType<typeof createPrometheusMetrics>) => parseMetrics((await metrics.scrape()).body);

describe('the Prometheus metrics', () => {
  it('exposes every series the bot feeds, in a text a Prometheus parser accepts', async () => {
    const metrics = createPrometheusMetrics();
    metrics.commandAnswered('who', 'ok', 0.003);
    metrics.commandAnswered('who', 'user_error', 0.001);
    metrics.digestFinished('discord', 'sent');
    metrics.digestFinished('slack', 'late');
    metrics.digestFinished('slack', 'released');
    metrics.platformRateLimited('slack');
    metrics.platformRetried('slack', 'rate_limit');
    metrics.articleIngested('feed', 'duplicate');
    metrics.articleParsed(0.002);
    metrics.llmRequest('digest_summary', 'ok', 1.2, { prompt: 80, completion: 20 });
    metrics.storeQuery('list_subscriptions', 0.001, true);
    metrics.storeQuery('list_subscriptions', 0.004, false);
    const scrape = await scrapeOf(metrics);

    expect(total(scrape, 'briefing_commands_total', { command: 'who' })).toBe(2);
    expect(total(scrape, 'briefing_command_duration_seconds', { command: 'who' })).toBe(2);
    expect(total(scrape, 'briefing_digests_total', { platform: 'slack' })).toBe(2);
    expect(total(scrape, 'briefing_platform_rate_limited_total', { platform: 'slack' })).toBe(1);
    expect(total(scrape, 'briefing_platform_retries_total', { reason: 'rate_limit' })).toBe(1);
    expect(total(scrape, 'briefing_articles_ingested_total', { source: 'feed', outcome: 'duplicate' })).toBe(1);
    expect(total(scrape, 'briefing_article_parse_seconds')).toBe(1);
    expect(total(scrape, 'briefing_llm_requests_total', { request: 'digest_summary', outcome: 'ok' })).toBe(1);
    expect(total(scrape, 'briefing_llm_tokens_total', { kind: 'prompt' })).toBe(80);
    expect(total(scrape, 'briefing_llm_tokens_total', { kind: 'completion' })).toBe(20);
    expect(total(scrape, 'briefing_store_query_duration_seconds', { operation: 'list_subscriptions' })).toBe(2);
    expect(total(scrape, 'briefing_store_errors_total', { operation: 'list_subscriptions' })).toBe(1);
    expect(scrape.families.find((f) => f.name === 'nodejs_eventloop_lag_seconds')?.type).toBe('GAUGE');
  });

  it('turns a label value that is not a short lower-case word into other', async () => {
    const metrics = createPrometheusMetrics({ defaultMetrics: false });
    metrics.commandAnswered('who is <@U123> "quoted"', 'ok', 0.001);
    metrics.digestFinished('C0123456789 channel', 'sent');
    metrics.storeQuery('x'.repeat(100), 0.001, true);
    const values = labelValues(await scrapeOf(metrics)).map((l) => l.value);
    expect(values).toContain('other');
    expect(values.every((v) => /^[a-z][a-z0-9_:-]{0,39}$/.test(v))).toBe(true);
  });

  it('reads each queue depth at scrape time, and leaves out a queue that cannot be read', async () => {
    const metrics = createPrometheusMetrics({ defaultMetrics: false });
    let waiting = 3;
    metrics.observeQueueDepth('feed_poll', () => waiting);
    metrics.observeQueueDepth('parse', async () => 7);
    metrics.observeQueueDepth('broken', () => Promise.reject(new Error('database gone')));
    expect(total(await scrapeOf(metrics), 'briefing_queue_depth', { queue: 'feed_poll' })).toBe(3);
    waiting = 0;
    const scrape = await scrapeOf(metrics);
    expect(total(scrape, 'briefing_queue_depth', { queue: 'feed_poll' })).toBe(0);
    expect(total(scrape, 'briefing_queue_depth', { queue: 'parse' })).toBe(7);
    expect(scrape.families.find((f) => f.name === 'briefing_queue_depth')!.metrics.map((m) => m.labels?.queue)).not.toContain('broken');
  });

  it('keeps each instance on a registry of its own', async () => {
    const one = createPrometheusMetrics({ defaultMetrics: false });
    const two = createPrometheusMetrics({ defaultMetrics: false });
    one.commandAnswered('help', 'ok', 0.001);
    expect(total(await scrapeOf(one), 'briefing_commands_total')).toBe(1);
    expect(total(await scrapeOf(two), 'briefing_commands_total')).toBe(0);
  });
});
