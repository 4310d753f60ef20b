/**
 * Builds the optional LLM layer from configuration: null when neither OPENAI_API_KEY nor
 * OPENAI_BASE_URL is set, so callers switch the features off with one check.
 */
import { OpenAI, type ClientOptions } from 'openai';
import type { Config } from '../config.js';
import type { Logger } from '../logging.js';
import type { Metrics } from '../service/metrics.js';
import { answerQuestion } from './answer-question.js';
import { createChatClient, type RetryPolicy } from './chat-client.js';
import { proposeClaimsAndRoles } from './propose-claims.js';
import { summarizeDigest } from './summarize-digest.js';
import { createTokenBudget } from './token-budget.js';
import type { Llm } from './types.js';

/** The configuration the LLM layer reads. */
export type LlmConfig = Pick<Config, 'llmEnabled' | 'OPENAI_API_KEY' | 'OPENAI_BASE_URL' | 'OPENAI_MODEL' | 'OPENAI_TIMEOUT_MS' | 'OPENAI_DAILY_TOKEN_BUDGET'>;

/** What the LLM layer is given rather than importing. */
export interface LlmDependencies {
  logger: Logger;
  /** The clock for the daily budget (UTC day) and Retry-After dates. */
  now: () => Date;
  /** A fetch to use instead of the global one. */
  fetch?: ClientOptions['fetch'];
  /** Retry tuning; tests shorten the backoff. */
  retry?: Partial<RetryPolicy>;
  /** Where LLM requests are counted. */
  metrics?: Metrics;
}

const defaultTimeoutMs = 20_000;

/**
 * Creates the LLM features, or null when no model is configured.
 * @example const llm = createLlm(loadConfig(), { logger, now: () => new Date() });
 */
export function createLlm(config: LlmConfig, deps: LlmDependencies): Llm | null {
  if (!config.llmEnabled) return null;
  const timeoutMs = config.OPENAI_TIMEOUT_MS > 0 ? config.OPENAI_TIMEOUT_MS : defaultTimeoutMs;
  const openai = new OpenAI({
    // Local OpenAI-compatible servers (Ollama, vLLM) need no key, but the SDK insists on one.
    apiKey: config.OPENAI_API_KEY ?? 'no-key',
    baseURL: config.OPENAI_BASE_URL ?? 'https://api.openai.com/v1',
    timeout: timeoutMs,
    // Retries are ours (chat-client.ts), so they share one deadline and one budget.
    maxRetries: 0,
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
  });
  const budget = createTokenBudget(config.OPENAI_DAILY_TOKEN_BUDGET, deps.now);
  const client = createChatClient({
    openai,
    model: config.OPENAI_MODEL,
    timeoutMs,
    budget,
    logger: deps.logger,
    now: deps.now,
    ...(deps.retry ? { retry: deps.retry } : {}),
    ...(deps.metrics ? { metrics: deps.metrics } : {}),
  });
  const featureDeps = { client, logger: deps.logger };
  return {
    model: config.OPENAI_MODEL,
    summarizeDigest: (articles, ruleBased) => summarizeDigest(featureDeps, articles, ruleBased),
    ask: (question, articles) => answerQuestion(featureDeps, question, articles),
    proposeClaimsAndRoles: (article) => proposeClaimsAndRoles(featureDeps, article),
    budget: () => budget.state(),
  };
}
