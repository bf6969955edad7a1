import type { FastifyInstance } from 'fastify';
import helmet from '@fastify/helmet';

/**
 * Security headers on every response (API, web app, participant's page, errors). The CSP allows only our own
 * scripts and styles (Vite emits no inline script; React sets styles through the DOM, which CSP does not
 * block; the one inline style, the pre-rendered pages' critical CSS, is allowed by its hash from the build), and no one may frame the app (clickjacking). HSTS only in production, where the app is behind HTTPS;
 * the same goes for upgrade-insecure-requests, which would break http://localhost.
 */
export async function securityHeaders(app: FastifyInstance, opts: { production: boolean; styleHashes?: string[] }) {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        // The pre-rendered public pages' inline critical CSS, allowed by its hash alone (src/server/http/build-csp.ts).
        styleSrc: ["'self'", ...(opts.styleHashes ?? [])],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(opts.production ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: opts.production ? { maxAge: 365 * 24 * 3600, includeSubDomains: true } : false,
  });
}
