/**
 * Discord's rate limits as the fake enforces them when asked: the global limit of 50 requests per
 * second per bot (interaction endpoints exempt), and the per-channel bucket of 5 messages per 5
 * seconds on POST /channels/{id}/messages. Answers carry Discord's headers, and a request over a
 * limit gets a 429 with Retry-After, so the client's queue is driven by the server's answers.
 */

export const GLOBAL_LIMIT = 50;
export const GLOBAL_WINDOW_MS = 1000;
export const CHANNEL_LIMIT = 5;
export const CHANNEL_WINDOW_MS = 5000;

type Reply = { status: number; body?: unknown; headers?: Record<string, string> };

/** Sliding-window counters for one fake server. */
export class RateLimiter {
  private readonly global: number[] = [];
  private readonly buckets = new Map<string, number[]>();

  /** Counts a request; returns a 429 reply when it is over a limit, else the bucket headers to send. */
  check(method: string, path: string, now = Date.now()): { limited: Reply | null; headers: Record<string, string> } {
    if (path.startsWith('/interactions/') || path.startsWith('/webhooks/')) return { limited: null, headers: {} };
    prune(this.global, now - GLOBAL_WINDOW_MS);
    if (this.global.length >= GLOBAL_LIMIT) {
      const retryAfter = (this.global[0]! + GLOBAL_WINDOW_MS - now) / 1000;
      return { limited: tooMany(retryAfter, true), headers: {} };
    }
    const channel = method === 'POST' ? /^\/channels\/(\d+)\/messages$/.exec(path)?.[1] : undefined;
    if (channel) {
      const bucket = this.buckets.get(channel) ?? [];
      this.buckets.set(channel, bucket);
      prune(bucket, now - CHANNEL_WINDOW_MS);
      if (bucket.length >= CHANNEL_LIMIT) {
        const retryAfter = (bucket[0]! + CHANNEL_WINDOW_MS - now) / 1000;
        return { limited: tooMany(retryAfter, false), headers: {} };
      }
      bucket.push(now);
      this.global.push(now);
      const resetAfter = ((bucket[0]! + CHANNEL_WINDOW_MS - now) / 1000).toFixed(3);
      return {
        limited: null,
        headers: {
          'X-RateLimit-Limit': String(CHANNEL_LIMIT),
          'X-RateLimit-Remaining': String(CHANNEL_LIMIT - bucket.length),
          'X-RateLimit-Reset-After': resetAfter,
          'X-RateLimit-Bucket': `channel-messages-${channel}`,
        },
      };
    }
    this.global.push(now);
    return { limited: null, headers: {} };
  }
}

function prune(times: number[], before: number): void {
  while (times.length > 0 && times[0]! <= before) times.shift();
}

function tooMany(retryAfterSeconds: number, global: boolean): Reply {
  const seconds = Math.max(0.001, retryAfterSeconds);
  return {
    status: 429,
    body: { message: 'You are being rate limited.', retry_after: seconds, global },
    headers: {
      'Retry-After': String(Math.ceil(seconds)),
      'X-RateLimit-Remaining': '0',
      'X-RateLimit-Reset-After': seconds.toFixed(3),
      'X-RateLimit-Scope': global ? 'global' : 'user',
      ...(global ? { 'X-RateLimit-Global': 'true' } : {}),
    },
  };
}
