import type { FastifyInstance } from 'fastify';
import helmet from '@fastify/helmet';

/**
 * Security headers on every response (API, web app, participant's page, errors). The CSP allows only our own
 * scripts and styles (Vite emits no inline script; React sets styles through the DOM, which CSP does not
 * block), and no one may frame the app (clickjacking). HSTS only in production, where the app is behind HTTPS;
 * the same goes for upgrade-insecure-requests, which would break http://localhost.
 */
export async function securityHeaders(app: FastifyInstance, opts: { production: boolean }) {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'"],
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
