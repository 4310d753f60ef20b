/**
 * The metrics port: what the bot counts and times, as plain method calls. It is created once at
 * start-up and passed down like the logger, so the core never imports a metrics library; the
 * console, one-shot CLI commands and tests get `noopMetrics`. The Prometheus implementation is
 * src/service/prometheus-metrics.ts.
 *
 * Every label value a caller passes is one of a small fixed set (a command's name, a platform, an
 * outcome, a store method): never user text, channel ids or article sources.
 */

/** How a command ended: answered, a user mistake (shown to the user), or a failure (logged). */
export type CommandOutcome = 'ok' | 'user_error' | 'error';

/**
 * What became of a scheduled digest slot: sent on time, sent late, skipped (too old, or a newer
 * slot was due), failed, or released (handed back at shutdown for another process to send).
 */
export type DigestOutcome = 'sent' | 'late' | 'skipped' | 'failed' | 'released';

/** Why a platform request was sent again. */
export type RetryReason = 'rate_limit' | 'server_error' | 'network';

/** Where an ingested article came from. */
export type IngestSource = 'file' | 'feed';

/** What ingesting one article did (src/ingest/ingest-article.ts). */
export type IngestOutcomeKind = 'added' | 'updated' | 'unchanged' | 'duplicate' | 'failed';

/** Whether an LLM request's answer was used, or the rule-based answer was shown instead. */
export type LlmRequestOutcome = 'ok' | 'fallback';

/** Counters, histograms and gauges the bot feeds. Every method is cheap and never throws. */
export interface Metrics {
  /** A command answered by the briefing service; `command` is 'unknown' for a name that is no command. */
  commandAnswered(command: string, outcome: CommandOutcome, seconds: number): void;
  /** A digest slot's outcome on a platform. */
  digestFinished(platform: string, outcome: DigestOutcome): void;
  /** A platform answered 429 Too Many Requests. */
  platformRateLimited(platform: string): void;
  /** A platform request was sent again after a 429, a 5xx or a network error. */
  platformRetried(platform: string, reason: RetryReason): void;
  /** One article went through ingest. */
  articleIngested(source: IngestSource, outcome: IngestOutcomeKind): void;
  /** The parser took `seconds` over one article. */
  articleParsed(seconds: number): void;
  /** One LLM request (retries included) finished; tokens as the server reported them. */
  llmRequest(request: string, outcome: LlmRequestOutcome, seconds: number, tokens: { prompt: number; completion: number }): void;
  /** One store method call finished, or threw when `ok` is false. */
  storeQuery(operation: string, seconds: number, ok: boolean): void;
  /**
   * Registers a queue whose depth is read at every scrape (`read` may query the database). For the
   * job queue: call once per queue name at start-up.
   */
  observeQueueDepth(queue: string, read: () => number | Promise<number>): void;
}

/** Metrics that go nowhere: the default for tests, the console and one-shot commands. */
export const noopMetrics: Metrics = {
  commandAnswered() {},
  digestFinished() {},
  platformRateLimited() {},
  platformRetried() {},
  articleIngested() {},
  articleParsed() {},
  llmRequest() {},
  storeQuery() {},
  observeQueueDepth() {},
};

/** Seconds since `started` (a performance.now() reading), for the *_seconds metrics. */
export function secondsSince(started: number): number {
  return (performance.now() - started) / 1000;
}
