import type { FastifyReply, FastifyRequest } from 'fastify';
import { and, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { organisations, sessions, users } from '../db/schema.ts';
import type { Actor } from './actor.ts';
import { createHash } from 'node:crypto';
import { hashToken, newToken, sameSecret } from './tokens.ts';
import { AppError } from '../http/errors.ts';

export const SESSION_COOKIE = 'veivalg_session';
export const CSRF_COOKIE = 'csrf';
export const CSRF_HEADER = 'x-csrf-token';
const SESSION_HOURS = 10; // one working day

function setSessionCookies(reply: FastifyReply, token: string, secure: boolean) {
  const maxAge = SESSION_HOURS * 3600;
  reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge });
  // CSRF: scripts on our own origin can read this cookie and echo it in a header; other sites can't. The token is
  // derived from the session token, so it is bound to this session: a token from another session (or planted
  // in the cookie by a sibling subdomain) does not match.
  reply.setCookie(CSRF_COOKIE, csrfTokenFor(token), { httpOnly: false, sameSite: 'strict', secure, path: '/', maxAge });
}

/** `oidcProvider`: the identity provider signed in with, so that sign-out can end its session too. */
export async function startSession(db: Db, reply: FastifyReply, userId: string, secure: boolean, oidcProvider?: string) {
  const token = newToken();
  const expiresAt = new Date(Date.now() + SESSION_HOURS * 3600_000);
  await db.insert(sessions).values({ tokenHash: hashToken(token), userId, expiresAt, oidcProvider });
  setSessionCookies(reply, token, secure);
}

/** When the current session ends (null if it has already ended). */
export async function sessionExpiresAt(db: Db, tokenHash: string): Promise<Date | null> {
  const [row] = await db.select({ expiresAt: sessions.expiresAt }).from(sessions)
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, new Date())));
  return row?.expiresAt ?? null;
}

/**
 * Gives the current session another full working day from now (the web app asks before it runs out, issue 16),
 * and the cookies the same lifetime. The token stays the same; an ended session is not revived (null).
 */
export async function extendSession(db: Db, req: FastifyRequest, reply: FastifyReply, tokenHash: string, secure: boolean): Promise<Date | null> {
  const expiresAt = new Date(Date.now() + SESSION_HOURS * 3600_000);
  const [row] = await db.update(sessions).set({ expiresAt })
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, new Date()))).returning({ expiresAt: sessions.expiresAt });
  if (!row) return null;
  setSessionCookies(reply, req.cookies[SESSION_COOKIE]!, secure);
  return row.expiresAt;
}

export function clearSessionCookies(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
  reply.clearCookie(CSRF_COOKIE, { path: '/' });
}

/**
 * The session lookup every API request makes, as a prepared statement per database handle: built and planned once
 * (per pooled connection), not on each request. It still reads the sessions table every time, so a session
 * revoked or ended on any instance is refused on the very next request (no cache).
 */
const actorLookups = new WeakMap<Db, ReturnType<typeof prepareActorLookup>>();
const prepareActorLookup = (db: Db) => db
  .select({
    userId: users.id, name: users.name, email: users.email, role: users.role, active: users.active,
    organisationId: users.organisationId, organisationKind: organisations.kind, organisationName: organisations.name,
  })
  .from(sessions)
  .innerJoin(users, eq(users.id, sessions.userId))
  .leftJoin(organisations, eq(organisations.id, users.organisationId))
  .where(and(eq(sessions.tokenHash, sql.placeholder('tokenHash')), gt(sessions.expiresAt, sql.placeholder('now'))))
  .limit(1)
  .prepare('veivalg_resolve_actor');

export async function resolveActor(db: Db, req: FastifyRequest): Promise<Actor | null> {
  const token = req.cookies[SESSION_COOKIE];
  if (!token) return null;
  const tokenHash = hashToken(token);
  let lookup = actorLookups.get(db);
  if (!lookup) actorLookups.set(db, (lookup = prepareActorLookup(db)));
  const [row] = await lookup.execute({ tokenHash, now: new Date().toISOString() });
  if (!row || !row.active) return null;
  const { active: _active, ...actor } = row;
  return { ...actor, sessionTokenHash: tokenHash };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The CSRF token of a session: a one-way function of the session token, which only the server and cookie hold. */
export const csrfTokenFor = (sessionToken: string) => createHash('sha256').update(`veivalg-csrf:${sessionToken}`).digest('base64url');

/** Refuses a state-changing request whose x-csrf-token header is not the token of the request's session. */
export function checkCsrf(req: FastifyRequest) {
  if (SAFE_METHODS.has(req.method)) return;
  const session = req.cookies[SESSION_COOKIE];
  const header = req.headers[CSRF_HEADER];
  if (!session || typeof header !== 'string' || !sameSecret(csrfTokenFor(session), header)) throw new AppError(403, 'csrf');
}

/**
 * Refuses a state-changing request that a browser sent from another origin. Browsers send Origin on every POST,
 * PUT, PATCH and DELETE (and Referer where Origin is missing); a request with neither comes from a program, not a
 * page, and still needs the session's CSRF token.
 */
export function checkOrigin(req: FastifyRequest, trustedOrigins: readonly string[]) {
  if (SAFE_METHODS.has(req.method)) return;
  const origin = req.headers.origin;
  const referer = req.headers.referer;
  let from: string | null = null;
  if (typeof origin === 'string') from = origin;
  else if (typeof referer === 'string') {
    try { from = new URL(referer).origin; } catch { from = 'invalid'; }
  }
  if (from !== null && !trustedOrigins.includes(from)) throw new AppError(403, 'origin');
}
