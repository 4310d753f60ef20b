/**
 * One structured chat completion with the guards every LLM feature needs: a daily token budget,
 * a hard deadline over all attempts, retries with backoff on 429 and 5xx (honouring Retry-After),
 * and failures turned into a short problem string instead of an exception.
 */
import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError, type OpenAI } from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import type { z } from 'zod';
import type { Logger } from '../logging.js';
import { secondsSince, type Metrics } from '../service/metrics.js';
import { estimateTokens, type TokenBudget } from './token-budget.js';

/** What an LLM step produced: a value, or a short reason it could not. */
export type LlmOutcome<T> = { ok: true; value: T } | { ok: false; problem: string };

/** How often and how patiently to retry 429 and 5xx answers. */
export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  /** First backoff; doubled on each retry, with jitter. */
  baseDelayMs: number;
  maxDelayMs: number;
}

/** One structured request: a system prompt, a user prompt and the zod schema of the answer. */
export interface ChatRequest<T> {
  /** Schema name sent to the server, e.g. "digest_summary". */
  name: string;
  schema: z.ZodType<T>;
  system: string;
  user: string;
  maxOutputTokens: number;
}

/** Sends structured requests; never throws. */
export interface ChatClient {
  readonly model: string;
  complete<T>(request: ChatRequest<T>): Promise<LlmOutcome<T>>;
}

/** What the chat client needs. */
export interface ChatClientOptions {
  openai: OpenAI;
  model: string;
  /** Hard deadline for one request, retries and waits included. */
  timeoutMs: number;
  budget: TokenBudget;
  logger: Logger;
  now: () => Date;
  retry?: Partial<RetryPolicy>;
  /** Where requests, their time, tokens and fallbacks are counted. */
  metrics?: Metrics;
}

const defaultRetry: RetryPolicy = { attempts: 3, baseDelayMs: 500, maxDelayMs: 8000 };

/** Thrown inside the loop to stop retrying with a problem for the user. */
class GiveUp extends Error {}

/** Creates a chat client over an OpenAI SDK instance (its own retries must be off: maxRetries 0). */
export function createChatClient(options: ChatClientOptions): ChatClient {
  const retry = { ...defaultRetry, ...options.retry };
  const { openai, model, timeoutMs, budget, logger, now } = options;

  async function complete<T>(request: ChatRequest<T>): Promise<LlmOutcome<T>> {
    const started = performance.now();
    const tokens = { prompt: 0, completion: 0 };
    const outcome = await attempt(request, tokens);
    // A failed request is a fallback: every caller then shows the rule-based answer.
    options.metrics?.llmRequest(request.name, outcome.ok ? 'ok' : 'fallback', secondsSince(started), tokens);
    return outcome;
  }

  async function attempt<T>(request: ChatRequest<T>, tokens: { prompt: number; completion: number }): Promise<LlmOutcome<T>> {
    const promptTokens = estimateTokens(request.system) + estimateTokens(request.user);
    if (!budget.allows(promptTokens)) {
      return { ok: false, problem: 'the daily token budget is used up (OPENAI_DAILY_TOKEN_BUDGET)' };
    }
    const controller = new AbortController();
    const started = performance.now();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    const remaining = (): number => timeoutMs - (performance.now() - started);
    try {
      for (let attempt = 1; ; attempt += 1) {
        try {
          const completion = await openai.chat.completions.parse(
            {
              model,
              messages: [
                { role: 'system', content: request.system },
                { role: 'user', content: request.user },
              ],
              response_format: zodResponseFormat(request.schema, request.name),
              max_completion_tokens: request.maxOutputTokens,
            },
            { signal: controller.signal, timeout: Math.max(1, Math.floor(remaining())), maxRetries: 0 },
          );
          budget.record(completion.usage?.total_tokens ?? promptTokens);
          Object.assign(tokens, { prompt: completion.usage?.prompt_tokens ?? 0, completion: completion.usage?.completion_tokens ?? 0 });
          const message = completion.choices[0]?.message;
          if (message?.refusal) return { ok: false, problem: 'the model declined to answer' };
          if (message?.parsed == null) return { ok: false, problem: 'the model sent an empty answer' };
          return { ok: true, value: message.parsed as T };
        } catch (err) {
          const problem = classify(err, controller.signal.aborted);
          if (problem.kind === 'final') {
            // The server answered, so the prompt was most likely billed even though we cannot use it.
            if (problem.billed) budget.record(promptTokens);
            logger.warn({ model, request: request.name, attempt, err: describe(err) }, `LLM request failed: ${problem.text}`);
            return { ok: false, problem: problem.text };
          }
          const delay = retryDelay(err, attempt, retry, now);
          if (attempt >= retry.attempts || delay >= remaining()) {
            logger.warn({ model, request: request.name, attempt, err: describe(err) }, `LLM request gave up: ${problem.text}`);
            return { ok: false, problem: problem.text };
          }
          logger.info({ model, request: request.name, attempt, delay }, `LLM request retrying: ${problem.text}`);
          await sleep(delay, controller.signal).catch(() => {
            throw new GiveUp(`no answer within ${timeoutMs} ms`);
          });
        }
      }
    } catch (err) {
      if (err instanceof GiveUp) return { ok: false, problem: err.message };
      logger.error({ model, request: request.name, err: describe(err) }, 'LLM request failed unexpectedly');
      return { ok: false, problem: 'unexpected error' };
    } finally {
      clearTimeout(timer);
    }
  }

  function classify(err: unknown, aborted: boolean): { kind: 'retry' | 'final'; text: string; billed?: boolean } {
    if (aborted || err instanceof APIUserAbortError || err instanceof APIConnectionTimeoutError) {
      return { kind: 'final', text: `no answer within ${timeoutMs} ms` };
    }
    if (err instanceof APIConnectionError) return { kind: 'retry', text: 'the model server could not be reached' };
    if (err instanceof APIError) {
      const status = err.status ?? 0;
      if (status === 429) return { kind: 'retry', text: 'rate limited by the model server (HTTP 429)' };
      if (status >= 500) return { kind: 'retry', text: `the model server failed (HTTP ${status})` };
      if (status === 401 || status === 403) return { kind: 'final', text: `the API key was refused (HTTP ${status})` };
      return { kind: 'final', text: `the model server rejected the request (HTTP ${status})` };
    }
    // JSON.parse, zod and finish-reason errors from the SDK's parse step: the answer had the wrong shape.
    if (err instanceof SyntaxError || isNamed(err, 'ZodError', 'LengthFinishReasonError', 'ContentFilterFinishReasonError')) {
      return { kind: 'final', text: 'the model sent a malformed answer', billed: true };
    }
    return { kind: 'final', text: 'unexpected error' };
  }

  return { model, complete };
}

/** Waits Retry-After (retry-after-ms or retry-after, seconds or a date) when given, else backs off exponentially. */
function retryDelay(err: unknown, attempt: number, retry: RetryPolicy, now: () => Date): number {
  const headers = err instanceof APIError ? err.headers : undefined;
  const ms = Number(headers?.get('retry-after-ms') ?? NaN);
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const after = headers?.get('retry-after');
  if (after) {
    const seconds = Number(after);
    if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
    const date = Date.parse(after);
    if (Number.isFinite(date)) return Math.max(0, date - now().getTime());
  }
  const backoff = Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** (attempt - 1));
  return backoff * (0.75 + Math.random() * 0.25);
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new Error('aborted'));
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new Error('aborted'));
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

function isNamed(err: unknown, ...names: string[]): boolean {
  return err instanceof Error && (names.includes(err.name) || names.includes(err.constructor.name));
}

function describe(err: unknown): string {
  if (err instanceof APIError) return `${err.name} ${err.status ?? ''} ${err.message}`.trim();
  return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
}
