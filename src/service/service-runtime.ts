/**
 * The service side of one bot process, created once at start-up from configuration: the metrics
 * every part is handed, the readiness /readyz reports, and where /healthz, /readyz and /metrics
 * are served (HEALTH_PORT, Slack's HTTP-mode server, or nowhere: then metrics are the no-op kind).
 */
import type { Config } from '../config.js';
import type { Logger } from '../logging.js';
import { createHealthEndpoints, startHealthServer, type HealthServer, type ServiceRoute } from './health-server.js';
import { noopMetrics, type Metrics } from './metrics.js';
import { createReadiness, type Readiness } from './readiness.js';

/** What start-up wires in. */
export interface ServiceRuntime {
  metrics: Metrics;
  readiness: Readiness;
  /** For Slack's HTTP-mode server when the endpoints share it (config.health === 'slack'). */
  slackRoutes?: ServiceRoute[];
  /** The port of the server of their own, when there is one. */
  port?: number;
  close(): Promise<void>;
}

/**
 * Starts serving the endpoints as configured; /readyz says 'starting' until readiness.running().
 * @example const runtime = await startServiceRuntime(config, logger); ... await runtime.close();
 */
export async function startServiceRuntime(config: Pick<Config, 'health'>, logger: Logger): Promise<ServiceRuntime> {
  const readiness = createReadiness();
  if (config.health === 'off') return { metrics: noopMetrics, readiness, close: async () => undefined };
  // prom-client is loaded only when something can scrape it.
  const { createPrometheusMetrics } = await import('./prometheus-metrics.js');
  const metrics = createPrometheusMetrics();
  const endpoints = createHealthEndpoints({ readiness, metrics });
  if (config.health === 'slack') return { metrics, readiness, slackRoutes: endpoints.routes, close: async () => undefined };
  const server: HealthServer = await startHealthServer(endpoints, config.health.port, logger);
  return { metrics, readiness, port: server.port, close: () => server.close() };
}
