/**
 * Slack's 429s and retries for /metrics. The Web API client announces a 429 with its documented
 * 'rate_limited' event; every retry (after a 429, a non-200 answer or a network error) goes
 * through the retry policy, which the client hands to p-retry as it is, so its onFailedAttempt
 * hook sees each failed attempt with the retries left.
 */
import { webApi } from '@slack/bolt';
import type { Metrics, RetryReason } from '../../service/metrics.js';

/** The failed attempt p-retry reports. */
interface FailedAttempt extends Error {
  code?: string;
  retriesLeft?: number;
  /** What a request error wraps: after a 429, the client's own "A rate limit was exceeded" error. */
  original?: Error;
}

/** `policy` with each retry counted into `metrics`. */
export function countingRetries(policy: webApi.RetryOptions, metrics: Metrics | undefined): webApi.RetryOptions {
  if (!metrics) return policy;
  const onFailedAttempt = (error: FailedAttempt) => {
    if ((error.retriesLeft ?? 0) > 0) metrics.platformRetried('slack', retryReason(error));
  };
  return { ...policy, onFailedAttempt } as webApi.RetryOptions;
}

/** Counts the client's 429s into `metrics`. */
export function countRateLimits(client: webApi.WebClient, metrics: Metrics | undefined): void {
  if (metrics) client.on(webApi.WebClientEvent.RATE_LIMITED, () => metrics.platformRateLimited('slack'));
}

function retryReason(error: FailedAttempt): RetryReason {
  if (error.code === 'slack_webapi_http_error') return 'server_error';
  // The client waits out a 429, then fails the attempt with this error (wrapped) so p-retry sends it again.
  if (/rate limit was exceeded/i.test(error.original?.message ?? error.message)) return 'rate_limit';
  return 'network';
}
