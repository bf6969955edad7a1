import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import compress from '@fastify/compress';
import swagger from '@fastify/swagger';
import fastifyStatic from '@fastify/static';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from './db/client.ts';
import { errorHandler, AppError, sendError, notFound } from './http/errors.ts';
import { readBuildCsp } from './http/build-csp.ts';
import { securityHeaders } from './http/security-headers.ts';
import { badlyEncodedQueryParams, invalidTextPaths, strictJsonBodies } from './http/json-body.ts';
import { checkCsrf, checkOrigin, resolveActor } from './auth/session.ts';
import { authRoutes } from './auth/routes.ts';
import { defaultAddressLimit, type AddressLimit } from './auth/sign-in-pause.ts';
import { participantRoutes } from './features/participants/routes.ts';
import { postponementRoutes } from './features/postponements/routes.ts';
import { orderRoutes } from './features/orders/routes.ts';
import { auditRoutes } from './audit/routes.ts';
import { startRoutes } from './features/start/routes.ts';
import { adminRoutes } from './features/admin/routes.ts';
import { careerCentreRoutes } from './features/career-centre/routes.ts';
import type { Mailer } from './mail/mailer.ts';
import { mapRoutes } from './features/map/routes.ts';
import { localOfferRoutes } from './features/local-offers/routes.ts';
import { briefRoutes } from './features/brief/routes.ts';
import { sessionRoutes } from './features/sessions/routes.ts';
import { glossaryRoutes } from './features/glossary/routes.ts';
import { groupSessionRoutes } from './features/group-sessions/routes.ts';
import { hoursRoutes } from './features/hours/routes.ts';
import { journeyRoutes } from './features/journeys/routes.ts';
import { noteRoutes } from './features/notes/routes.ts';
import { statisticsRoutes } from './features/statistics/routes.ts';
import { calendarRoutes, icalRoutes } from './features/calendar/routes.ts';
import { participantSurveyRoutes } from './features/participant-survey/routes.ts';
import { qualityRoutes } from './features/quality/routes.ts';
import { participantPageRoutes } from './features/participant-page/routes.ts';
import { ruleRoutes } from './features/rules/routes.ts';
import { recomputeStoredRuleResults } from './features/rules/sync.ts';
import { cooperationRoutes } from './features/cooperation/routes.ts';
import { gatheringRoutes } from './features/gatherings/routes.ts';
import { meetingRoutes } from './features/cooperation/meetings-routes.ts';
import { cooperationDocumentRoutes } from './features/cooperation/documents-routes.ts';
import { talkRoutes } from './features/talks/routes.ts';
import type { SmsSender } from './features/participant-page/sending.ts';
import { outboxRoutes } from './outbox/routes.ts';
import type { Senders } from './outbox/outbox.ts';
import { startWorker, type WorkerOptions } from './jobs/worker.ts';
import { startAuditChainer, type AuditChainer } from './audit/chainer.ts';
import { OidcProviders, oidcRoutes } from './auth/oidc.ts';
import type { OidcProviderConfig } from './config.ts';
import { registerMetrics } from './ops/metrics.ts';
import { healthRoutes } from './ops/health.ts';

export interface AppOptions {
  database: Database;
  publicUrl: string;
  secureCookies?: boolean;
  logger?: boolean;
  mailer?: Mailer;
  /** SMS for participant page links (SMS_PROVIDER_URL); without it, SMS is not offered. */
  sms?: SmsSender;
  /** Where request logs go (tests read them); default stdout. */
  logStream?: { write(line: string): void };
  /**
   * Requests per client IP to the participant's public page (`GET /api/v1/p/{token}`) in one window; default 120
   * a minute. Tests set a low limit.
   */
  participantPageRateLimit?: { limit: number; windowMs: number };
  /**
   * Origins whose pages may send state-changing requests (checked against Origin/Referer); default the origin of
   * publicUrl only.
   */
  trustedOrigins?: string[];
  /** Failed sign-ins allowed per client address in a window (default 30 in 15 minutes). */
  signInAddressLimit?: AddressLimit;
  /** Behind a reverse proxy: take the client address from X-Forwarded-For (Fastify's trustProxy). */
  trustProxy?: boolean | string;
  /** Production adds HSTS and upgrade-insecure-requests to the security headers. */
  production?: boolean;
  /** Sign-in with e-mail and password (LOCAL_PASSWORDS); default on. */
  localPasswords?: boolean;
  /** Identity providers for OpenID Connect sign-in (OIDC_PROVIDERS / OIDC_ISSUER). */
  oidcProviders?: OidcProviderConfig[];
  /** Bearer token for /metrics (METRICS_TOKEN); without it /metrics answers 404. */
  metricsToken?: string;
  /** Folder with the built web app; when absent, only the API is served. */
  webRoot?: string;
  /**
   * Try each e-mail and SMS in the request that caused it, right after the commit; default true. When false, this
   * instance only writes them to the outbox and a worker (here or in another instance) sends them.
   */
  sendAtOnce?: boolean;
  /** Run the background worker (outbox and daily jobs, jobs/worker.ts) in this instance; off unless given. */
  worker?: WorkerOptions;
}

const defaultWebRoot = fileURLToPath(new URL('../../dist/web', import.meta.url));
// Sign-in and password links work before there is a session, so they cannot carry a CSRF token yet.
const NO_SESSION_ROUTES = new Set(['/api/v1/auth/login', '/api/v1/auth/set-password']);
// With LOCAL_PASSWORDS=off these do not exist: staff sign in with an identity provider only.
const PASSWORD_ROUTES = new Set(['/api/v1/auth/login', '/api/v1/auth/set-password']);

export interface RegisteredRoute { method: string; url: string; hidden: boolean }
declare module 'fastify' {
  interface FastifyInstance {
    registeredRoutes: readonly RegisteredRoute[];
    /** Appends committed audit events to the hash chain (audit/chainer.ts); flush() in tests that verify it. */
    auditChainer: AuditChainer;
  }
}

export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const { db, kind } = opts.database;
  // Rows whose stored rule results (deadline, § 11 answer) another rule-set version computed are recomputed before
  // the first request (src/domain/rule-set.ts).
  await recomputeStoredRuleResults(db);
  const senders: Senders = { mailer: opts.mailer, sms: opts.sms };
  const atOnce: Senders = opts.sendAtOnce === false ? { ...senders, deferred: true } : senders;
  const localPasswords = opts.localPasswords ?? true;
  const oidc = new OidcProviders(opts.oidcProviders ?? [], opts.publicUrl);
  const app = Fastify({
    // Request logs carry method, route and status only; URLs hold ids, never names or other personal data.
    // The participant's page has its secret token in the path (/p/{token}): the path is redacted too.
    logger: opts.logger ? { level: 'info', stream: opts.logStream, serializers: { req: (r) => ({ method: r.method, url: redactUrl(r.routeOptions?.url ?? r.url) }) } } : false,
    bodyLimit: 1024 * 1024,
    trustProxy: opts.trustProxy ?? false,
  });
  // Every route as registered, for app.test.ts to hold each /api route against the OpenAPI document.
  const registeredRoutes: RegisteredRoute[] = [];
  app.addHook('onRoute', (r) => {
    const hidden = Boolean((r.schema as { hide?: boolean } | undefined)?.hide);
    for (const method of [r.method].flat()) registeredRoutes.push({ method: String(method), url: r.url, hidden });
  });
  app.decorate('registeredRoutes', registeredRoutes);
  // Audit events are chained after their commit, by one chainer at a time across instances (migration 0030).
  const auditChainer = startAuditChainer(db, {
    onError: (e) => { if (opts.logger) app.log.error({ err: e }, 'audit chainer failed'); else console.error('audit chainer failed:', e); },
  });
  app.decorate('auditChainer', auditChainer);
  app.addHook('onClose', () => auditChainer.stop());
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  strictJsonBodies(app);
  const webRoot = opts.webRoot ?? defaultWebRoot;
  await securityHeaders(app, { production: opts.production ?? false, styleHashes: readBuildCsp(webRoot).styleSrc });
  await app.register(cookie);
  // The map's offers are about 180 kB of JSON; participants on mobile data get a tenth of that (that answer is
  // compressed once per version: http/encoded-json.ts). Other answers are compressed on the request's thread, so gzip
  // runs at level 4, not zlib's 6: half the CPU for a 60 kB list page (1.23 → 0.55 ms measured, 7 % larger), and
  // Node's CPU is what limits the API under load (issue 19). Brotli stays at the plugin's quality 4.
  await app.register(compress, { threshold: 2048, zlibOptions: { level: 4 } });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Veivalg API', version: '1', description: 'Career guidance for newly settled refugees (integreringsloven § 11). See docs/api.md.' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'veivalg_session' }, csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' } } },
      security: [{ session: [], csrf: [] }],
    },
    transform: jsonSchemaTransform,
  });

  app.decorateRequest('actor', null);
  // API answers hold personal data: no browser or proxy may keep them (a route may say otherwise for itself).
  // The participant's page carries its token in the path: never kept either and no Referer to anyone, whatever the
  // file server set (set here, as the answer leaves: @fastify/static puts its own public caching on the files it sends).
  app.addHook('onSend', async (req, reply) => {
    if (req.url.startsWith('/api/') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    if (req.url.startsWith('/p/')) reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer');
    // The build names every file under assets/ by a hash of its content, so an address never gets other content: a
    // browser may keep it for a year without asking again (on a slow phone network each question is a round trip, on
    // every visit). Only the file server's own routes (an unknown address under assets/ gets a page, which must not be
    // kept); the pages that name the files (index.html, public.html, the map's pages) are asked for each time.
    const route = req.routeOptions.url;
    if (route && hashedAsset.test(route) && (reply.statusCode === 200 || reply.statusCode === 304)) {
      reply.header('cache-control', 'public, max-age=31536000, immutable');
    }
  });

  app.withTypeProvider<ZodTypeProvider>().get('/api/health', {
    schema: { tags: ['health'], summary: 'Liveness and database kind', response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) }) } },
  }, async () => ({ status: 'ok' as const, database: kind }));

  registerMetrics(app, { database: opts.database, token: opts.metricsToken });
  await app.register(healthRoutes, { db });

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(async (api) => {
    const trustedOrigins = opts.trustedOrigins ?? [new URL(opts.publicUrl).origin];
    api.addHook('onRequest', async (req) => {
      checkOrigin(req, trustedOrigins);
      if (!localPasswords && PASSWORD_ROUTES.has(req.routeOptions.url ?? '')) throw notFound();
      req.actor = await resolveActor(db, req);
      if (req.actor && !NO_SESSION_ROUTES.has(req.routeOptions.url ?? '')) checkCsrf(req);
    });
    // Bodies are checked by strictJsonBodies; the query string gets the same check (U+0000, lone surrogates).
    api.addHook('preValidation', async (req) => {
      const fields = [...badlyEncodedQueryParams(req.url), ...invalidTextPaths(req.query)];
      if (fields.length) throw new AppError(400, 'validation', {}, fields.map((path) => ({ path, key: 'text.invalid' })));
    });
    await api.register(authRoutes, {
      prefix: '/auth', db, secureCookies: opts.secureCookies ?? false, addressLimit: opts.signInAddressLimit ?? defaultAddressLimit,
      endSessionUrl: (id) => oidc.endSessionUrl(id),
    });
    await api.register(oidcRoutes, { prefix: '/auth', db, providers: oidc, localPasswords, secureCookies: opts.secureCookies ?? false });
    await api.register(participantRoutes, { db });
    await api.register(postponementRoutes, { db });
    await api.register(orderRoutes, { db });
    await api.register(auditRoutes, { db });
    await api.register(startRoutes, { db });
    await api.register(adminRoutes, { db, publicUrl: opts.publicUrl, senders: atOnce, localPasswords });
    await api.register(careerCentreRoutes, { db });
    await api.register(mapRoutes, { db });
    await api.register(localOfferRoutes, { db });
    await api.register(briefRoutes, { db });
    await api.register(sessionRoutes, { db });
    await api.register(glossaryRoutes, { db });
    await api.register(groupSessionRoutes, { db });
    await api.register(hoursRoutes, { db });
    await api.register(journeyRoutes, { db });
    await api.register(noteRoutes, { db, publicUrl: opts.publicUrl, senders: atOnce });
    await api.register(statisticsRoutes, { db });
    await api.register(ruleRoutes, { db });
    await api.register(cooperationRoutes, { db });
    await api.register(gatheringRoutes, { db, publicUrl: opts.publicUrl, senders: atOnce });
    await api.register(meetingRoutes, { db, publicUrl: opts.publicUrl });
    await api.register(cooperationDocumentRoutes, { db });
    await api.register(talkRoutes, { db });
    await api.register(calendarRoutes, { db, publicUrl: opts.publicUrl });
    await api.register(participantPageRoutes, { db, publicUrl: opts.publicUrl, senders: atOnce,
      pageRateLimit: opts.participantPageRateLimit,
    });
    await api.register(outboxRoutes, { db });
    await api.register(participantSurveyRoutes, { db });
    await api.register(qualityRoutes, { db });
  }, { prefix: '/api/v1' });
  // The iCalendar feed is fetched by calendar apps without a session: the secret is in the address.
  await app.register(icalRoutes, { db, publicUrl: opts.publicUrl });

  if (fs.existsSync(path.join(webRoot, 'index.html'))) {
    // The build writes a brotli and a gzip copy of every text file (scripts/precompress.ts): they are sent as they
    // are, not compressed again on each request (a browser that takes neither gets the file itself).
    await app.register(fastifyStatic, {
      root: webRoot, wildcard: false, preCompressed: true,
      // The copies are an encoding of their file, not addresses of their own (asked for by name, one would be sent as
      // its compressed bytes without the encoding named).
      allowedPath: (pathName) => !compressedCopy.test(pathName),
      setHeaders: (res) => { res.setHeader('vary', 'accept-encoding'); },
    });
    // The web app routes on the client; any other non-API path gets its index.html, except the public pages,
    // which have their own small app (public.html) and, for the map, pages pre-rendered at build time (issue 19).
    const publicPage = publicPageFiles(webRoot);
    app.setNotFoundHandler((req, reply) => {
      if (req.url.startsWith('/api/') || req.method !== 'GET') return sendError(req, reply, new AppError(404, 'not_found'));
      // The build's compressed copy is sent when there is one (the pre-rendered map: 85 kB of HTML, 16 kB br). The
      // participant's page gets no-store and no Referer as it leaves (the onSend hook above).
      return reply.type('text/html').sendFile(publicPage(req.url));
    });
  } else {
    app.setNotFoundHandler((req, reply) => sendError(req, reply, new AppError(404, 'not_found')));
  }
  if (opts.worker) {
    const worker = startWorker(opts.database, senders, { publicUrl: opts.publicUrl, ...opts.worker });
    app.addHook('onClose', () => worker.stop());
  }
  return app;
}

const compressedCopy = /\.(br|gz)$/;
/** A file of the build's assets/ folder with a content hash in its name (Vite's `name-<hash>.ext`, the map's data files). */
const hashedAsset = /^\/assets\/[^/]+-[\w-]{8,}\.[a-z]+(\.map)?$/;

/** A URL for the log: the token of a participant's page (web or API) is replaced, and the query is dropped. */
export function redactUrl(url: string): string {
  return url.split('?')[0]!.replace(/\/p\/[^/]+/, '/p/:token');
}

/**
 * The file the web app serves for a path: the pre-rendered map pages as they are (a query string such as
 * ?visning=liste changes what they show, so then the public app renders on the client), public.html for the
 * other public addresses, index.html (the staff app) for the rest. Each only when the build made it.
 */
function publicPageFiles(webRoot: string): (url: string) => string {
  const has = (file: string) => fs.existsSync(path.join(webRoot, file));
  const prerendered = new Map([['/kart', 'kart/index.html'], ['/kart/reiser', 'kart/reiser/index.html']].filter(([, file]) => has(file!)) as [string, string][]);
  const publicApp = has('public.html');
  return (url) => {
    const [pathname = '', query] = url.split('?', 2);
    const page = query === undefined ? prerendered.get(pathname.replace(/\/$/, '')) : undefined;
    if (page) return page;
    const isPublic = pathname === '/kart' || pathname.startsWith('/kart/') || pathname.startsWith('/p/');
    return isPublic && publicApp ? 'public.html' : 'index.html';
  };
}
