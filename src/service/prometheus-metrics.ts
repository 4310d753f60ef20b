/**
 * The metrics port over prom-client, served as /metrics in the Prometheus text format. One
 * registry per process (not prom-client's global one, so tests can hold several), with Node's
 * default process metrics (CPU, memory, event-loop lag, GC) beside the bot's own.
 *
 * Label values are checked once more here: anything that is not a short lower-case word becomes
 * 'other', so no caller mistake can put user text or an id into a label and grow the series.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Metrics } from './metrics.js';

/** The Prometheus implementation of Metrics, with the text to serve. */
export interface PrometheusMetrics extends Metrics {
  /** The exposition text and its content type, for GET /metrics. */
  scrape(): Promise<{ contentType: string; body: string }>;
}

/** Latency buckets in seconds: commands answer in milliseconds, /ask with a model in seconds. */
const COMMAND_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
const PARSE_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1];
const STORE_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5];
const LLM_BUCKETS = [0.25, 0.5, 1, 2.5, 5, 10, 20, 60];

const safeLabel = /^[a-z][a-z0-9_:-]{0,39}$/;
/** The value when it is a short lower-case word, else 'other'. */
export const bounded = (value: string): string => (safeLabel.test(value) ? value : 'other');

/**
 * Creates the registry and every series. `prefix` names the bot's own series (default 'briefing_').
 * @example const metrics = createPrometheusMetrics(); metrics.commandAnswered('who', 'ok', 0.002);
 */
export function createPrometheusMetrics(options: { prefix?: string; defaultMetrics?: boolean } = {}): PrometheusMetrics {
  const prefix = options.prefix ?? 'briefing_';
  const registry = new Registry();
  if (options.defaultMetrics !== false) collectDefaultMetrics({ register: registry });
  const registers = [registry];

  const commands = new Counter({
    name: `${prefix}commands_total`,
    help: 'Commands answered, by command and outcome (ok, user_error, error).',
    labelNames: ['command', 'outcome'],
    registers,
  });
  const commandSeconds = new Histogram({
    name: `${prefix}command_duration_seconds`,
    help: 'Time to answer a command, by command.',
    labelNames: ['command'],
    buckets: COMMAND_BUCKETS,
    registers,
  });
  const digests = new Counter({
    name: `${prefix}digests_total`,
    help: 'Scheduled digest slots by platform and outcome (sent, late, skipped, failed, released).',
    labelNames: ['platform', 'outcome'],
    registers,
  });
  const rateLimited = new Counter({
    name: `${prefix}platform_rate_limited_total`,
    help: 'Requests a chat platform answered with 429, by platform.',
    labelNames: ['platform'],
    registers,
  });
  const retries = new Counter({
    name: `${prefix}platform_retries_total`,
    help: 'Chat platform requests sent again, by platform and reason (rate_limit, server_error, network).',
    labelNames: ['platform', 'reason'],
    registers,
  });
  const ingested = new Counter({
    name: `${prefix}articles_ingested_total`,
    help: 'Articles through ingest, by source (file, feed) and outcome.',
    labelNames: ['source', 'outcome'],
    registers,
  });
  const parseSeconds = new Histogram({
    name: `${prefix}article_parse_seconds`,
    help: 'Time the parser took over one article.',
    buckets: PARSE_BUCKETS,
    registers,
  });
  const llmRequests = new Counter({
    name: `${prefix}llm_requests_total`,
    help: 'LLM requests by request and outcome (ok, or fallback: the rule-based answer was shown).',
    labelNames: ['request', 'outcome'],
    registers,
  });
  const llmSeconds = new Histogram({
    name: `${prefix}llm_request_duration_seconds`,
    help: 'Time one LLM request took, retries included.',
    labelNames: ['request'],
    buckets: LLM_BUCKETS,
    registers,
  });
  const llmTokens = new Counter({
    name: `${prefix}llm_tokens_total`,
    help: 'Tokens the model server reported, by request and kind (prompt, completion).',
    labelNames: ['request', 'kind'],
    registers,
  });
  const storeSeconds = new Histogram({
    name: `${prefix}store_query_duration_seconds`,
    help: 'Time one store call took, by store method.',
    labelNames: ['operation'],
    buckets: STORE_BUCKETS,
    registers,
  });
  const storeErrors = new Counter({
    name: `${prefix}store_errors_total`,
    help: 'Store calls that failed, by store method.',
    labelNames: ['operation'],
    registers,
  });

  const queues = new Map<string, () => number | Promise<number>>();
  new Gauge({
    name: `${prefix}queue_depth`,
    help: 'Jobs waiting, by queue; read at each scrape.',
    labelNames: ['queue'],
    registers,
    async collect() {
      this.reset();
      for (const [queue, read] of queues) {
        // A queue that cannot be read is left out of this scrape rather than failing the whole page.
        const depth = await Promise.resolve()
          .then(read)
          .catch(() => undefined);
        if (typeof depth === 'number' && Number.isFinite(depth)) this.set({ queue }, depth);
      }
    },
  });

  return {
    commandAnswered(command, outcome, seconds) {
      commands.inc({ command: bounded(command), outcome });
      commandSeconds.observe({ command: bounded(command) }, seconds);
    },
    digestFinished(platform, outcome) {
      digests.inc({ platform: bounded(platform), outcome });
    },
    platformRateLimited(platform) {
      rateLimited.inc({ platform: bounded(platform) });
    },
    platformRetried(platform, reason) {
      retries.inc({ platform: bounded(platform), reason });
    },
    articleIngested(source, outcome) {
      ingested.inc({ source, outcome });
    },
    articleParsed(seconds) {
      parseSeconds.observe(seconds);
    },
    llmRequest(request, outcome, seconds, tokens) {
      const labels = { request: bounded(request) };
      llmRequests.inc({ ...labels, outcome });
      llmSeconds.observe(labels, seconds);
      if (tokens.prompt > 0) llmTokens.inc({ ...labels, kind: 'prompt' }, tokens.prompt);
      if (tokens.completion > 0) llmTokens.inc({ ...labels, kind: 'completion' }, tokens.completion);
    },
    storeQuery(operation, seconds, ok) {
      storeSeconds.observe({ operation: bounded(operation) }, seconds);
      if (!ok) storeErrors.inc({ operation: bounded(operation) });
    },
    observeQueueDepth(queue, read) {
      queues.set(bounded(queue), read);
    },
    async scrape() {
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
  };
}
