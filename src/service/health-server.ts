/**
 * The service endpoints an orchestrator and a dashboard use: GET /healthz (the process answers),
 * GET /readyz (ready to take work, 503 otherwise, with each check's state) and GET /metrics (the
 * Prometheus text format). Served on a port of their own (HEALTH_PORT), or, with Slack in HTTP
 * mode, as custom routes on Bolt's server, so one port carries both.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigError } from '../config.js';
import type { Logger } from '../logging.js';
import type { Readiness } from './readiness.js';

/** Where /metrics text comes from (PrometheusMetrics). */
export interface MetricsSource {
  scrape(): Promise<{ contentType: string; body: string }>;
}

/** One route in the shape Bolt's HTTPReceiver takes as `customRoutes`. */
export interface ServiceRoute {
  path: string;
  method: string[];
  handler(req: IncomingMessage, res: ServerResponse): void;
}

/** The three endpoints, for a server of their own or for Bolt's. */
export interface HealthEndpoints {
  /** Answers /healthz, /readyz and /metrics; false for any other path, left to the caller. */
  handle(req: IncomingMessage, res: ServerResponse): boolean;
  routes: ServiceRoute[];
}

/** A started health server. */
export interface HealthServer {
  port: number;
  close(): Promise<void>;
}

/**
 * Creates the endpoints over the process's readiness and metrics.
 * @example const endpoints = createHealthEndpoints({ readiness, metrics });
 */
export function createHealthEndpoints(deps: { readiness: Readiness; metrics: MetricsSource }): HealthEndpoints {
  const answers: Record<string, () => Promise<{ status: number; type: string; body: string }>> = {
    '/healthz': async () => json(200, { status: 'alive' }),
    '/readyz': async () => {
      const report = await deps.readiness.report();
      return json(report.ready ? 200 : 503, { status: report.ready ? 'ready' : 'not ready', ...report });
    },
    '/metrics': async () => {
      const { contentType, body } = await deps.metrics.scrape();
      return { status: 200, type: contentType, body };
    },
  };

  const respond = (path: string, req: IncomingMessage, res: ServerResponse): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain' }).end('method not allowed\n');
      return;
    }
    answers[path]!().then(
      ({ status, type, body }) => {
        res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
        res.end(req.method === 'HEAD' ? undefined : body);
      },
      (err: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain' }).end(`${err instanceof Error ? err.message : String(err)}\n`);
      },
    );
  };

  return {
    handle(req, res) {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      if (!(path in answers)) return false;
      respond(path, req, res);
      return true;
    },
    routes: Object.keys(answers).map((path) => ({ path, method: ['GET', 'HEAD'], handler: (req, res) => respond(path, req, res) })),
  };
}

/**
 * Serves the endpoints on `port` (0 picks a free one), on every interface like Bolt's server.
 * @example const server = await startHealthServer(endpoints, 8080, logger); await server.close();
 */
export async function startHealthServer(endpoints: HealthEndpoints, port: number, logger: Logger): Promise<HealthServer> {
  const server = createServer((req, res) => {
    if (!endpoints.handle(req, res)) res.writeHead(404, { 'content-type': 'text/plain' }).end('not found: try /healthz, /readyz or /metrics\n');
  });
  // Probes open a connection each time: no reason to keep idle ones, which would hold up close().
  server.keepAliveTimeout = 1_000;
  await new Promise<void>((resolve, reject) => {
    const refused = (err: NodeJS.ErrnoException) =>
      reject(new ConfigError(`HEALTH_PORT: cannot listen on port ${port} (${err.code ?? err.message}): set HEALTH_PORT to a free port, or to off`));
    server.once('error', refused);
    server.listen(port, () => {
      server.off('error', refused);
      resolve();
    });
  });
  const bound = (server.address() as AddressInfo).port;
  logger.info({ port: bound }, 'health endpoints listening: /healthz /readyz /metrics');
  return {
    port: bound,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function json(status: number, value: unknown): { status: number; type: string; body: string } {
  return { status, type: 'application/json; charset=utf-8', body: `${JSON.stringify(value)}\n` };
}
