/**
 * Discord's 429s and retries for /metrics, read from the REST client's 'response' event: the
 * client waits out every 429 and sends the request again, and retries a 5xx while its `retries`
 * allow. (A network error is retried before any response exists, so it is not seen here.)
 */
import { RESTEvents, type REST } from 'discord.js';
import type { Metrics } from '../../service/metrics.js';

/**
 * Counts the REST client's 429s and retries into `metrics`.
 * @example countRestRetries(client.rest, metrics);
 */
export function countRestRetries(rest: REST, metrics: Metrics): void {
  rest.on(RESTEvents.Response, (request, response) => {
    if (response.status === 429) {
      metrics.platformRateLimited('discord');
      metrics.platformRetried('discord', 'rate_limit');
    } else if (response.status >= 500 && request.retries < rest.options.retries) {
      metrics.platformRetried('discord', 'server_error');
    }
  });
}
