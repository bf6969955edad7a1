import type { FastifyInstance } from 'fastify';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { sameSecret } from '../auth/tokens.ts';
import type { Database } from '../db/client.ts';
import { AppError, notFound, sendError } from '../http/errors.ts';

/**
 * One registry per process (Prometheus scrapes each instance on its own). Other parts of the server register
 * their metrics here, e.g. the outbox worker sets `jobQueueDepth`.
 */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry, prefix: 'veivalg_' });

// Labels hold the route pattern (/api/v1/participants/:id), never the raw URL: no ids or tokens, and a bounded number of series.
const httpRequests = new Counter({
  name: 'veivalg_http_requests_total', help: 'HTTP requests by method, route pattern and status code',
  labelNames: ['method', 'route', 'status'] as const, registers: [metricsRegistry],
});
const httpDuration = new Histogram({
  name: 'veivalg_http_request_duration_seconds', help: 'HTTP request latency by method and route pattern',
  labelNames: ['method', 'route'] as const, registers: [metricsRegistry],
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
});
const httpErrors = new Counter({
  name: 'veivalg_http_errors_total', help: 'Responses with a server error (5xx) by route pattern',
  labelNames: ['method', 'route'] as const, registers: [metricsRegistry],
});

/** Jobs waiting in a queue (e-mail/SMS outbox, scheduled jobs): set by whoever runs the queue. */
export const jobQueueDepth = new Gauge({
  name: 'veivalg_job_queue_depth', help: 'Jobs waiting to run, by queue',
  labelNames: ['queue'] as const, registers: [metricsRegistry],
});

// The pool belongs to the app's database; the gauges read it at scrape time. Several apps in one process (tests)
// each replace the source, so the gauges follow the latest.
let poolSource: Database['poolStats'];
new Gauge({
  name: 'veivalg_db_pool_connections', help: 'PostgreSQL pool connections by state (total, idle, waiting clients)',
  labelNames: ['state'] as const, registers: [metricsRegistry],
  collect() {
    const stats = poolSource?.();
    if (!stats) return;
    this.set({ state: 'total' }, stats.total);
    this.set({ state: 'idle' }, stats.idle);
    this.set({ state: 'waiting' }, stats.waiting);
  },
});

/** Counts every request by route pattern and serves /metrics to holders of the token. Without a token: 404. */
export function registerMetrics(app: FastifyInstance, opts: { database: Database; token: string | undefined }) {
  poolSource = opts.database.poolStats;
  app.addHook('onResponse', async (req, reply) => {
    const route = req.routeOptions.url ?? 'unmatched';
    if (route === '/metrics') return;
    const labels = { method: req.method, route };
    httpRequests.inc({ ...labels, status: String(reply.statusCode) });
    httpDuration.observe(labels, reply.elapsedTime / 1000);
    if (reply.statusCode >= 500) httpErrors.inc(labels);
  });
  app.get('/metrics', { schema: { hide: true } }, async (req, reply) => {
    if (!opts.token) return sendError(req, reply, notFound());
    const auth = req.headers.authorization ?? '';
    const given = auth.startsWith('Bearer ') ? auth.slice(7) : '';
    if (!given || !sameSecret(given, opts.token)) {
      return sendError(req, reply.header('www-authenticate', 'Bearer'), new AppError(401, 'unauthenticated'));
    }
    return reply.type(metricsRegistry.contentType).send(await metricsRegistry.metrics());
  });
}
