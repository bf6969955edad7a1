import type { FastifyReply, FastifyRequest } from 'fastify';
import { and, eq, gt } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { organisations, sessions, users } from '../db/schema.ts';
import type { Actor } from './actor.ts';
import { hashToken, newToken, sameSecret } from './tokens.ts';
import { AppError } from '../http/errors.ts';

export const SESSION_COOKIE = 'veivalg_session';
export const CSRF_COOKIE = 'csrf';
export const CSRF_HEADER = 'x-csrf-token';
const SESSION_HOURS = 10; // one working day

function setSessionCookies(reply: FastifyReply, token: string, csrf: string, secure: boolean) {
  const maxAge = SESSION_HOURS * 3600;
  reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge });
  // Double-submit CSRF: scripts on our own origin can read this cookie and echo it in a header; other sites can't.
  reply.setCookie(CSRF_COOKIE, csrf, { httpOnly: false, sameSite: 'strict', secure, path: '/', maxAge });
}

export async function startSession(db: Db, reply: FastifyReply, userId: string, secure: boolean) {
  const token = newToken();
  const expiresAt = new Date(Date.now() + SESSION_HOURS * 3600_000);
  await db.insert(sessions).values({ tokenHash: hashToken(token), userId, expiresAt });
  setSessionCookies(reply, token, newToken(), secure);
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
  setSessionCookies(reply, req.cookies[SESSION_COOKIE]!, req.cookies[CSRF_COOKIE] ?? newToken(), secure);
  return row.expiresAt;
}

export function clearSessionCookies(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
  reply.clearCookie(CSRF_COOKIE, { path: '/' });
}

export async function resolveActor(db: Db, req: FastifyRequest): Promise<Actor | null> {
  const token = req.cookies[SESSION_COOKIE];
  if (!token) return null;
  const tokenHash = hashToken(token);
  const [row] = await db
    .select({
      userId: users.id, name: users.name, email: users.email, role: users.role, active: users.active,
      organisationId: users.organisationId, organisationKind: organisations.kind, organisationName: organisations.name,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, new Date())))
    .limit(1);
  if (!row || !row.active) return null;
  const { active: _active, ...actor } = row;
  return { ...actor, sessionTokenHash: tokenHash };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Refuses a state-changing request whose x-csrf-token header does not match the csrf cookie. */
export function checkCsrf(req: FastifyRequest) {
  if (SAFE_METHODS.has(req.method)) return;
  const cookie = req.cookies[CSRF_COOKIE];
  const header = req.headers[CSRF_HEADER];
  if (!cookie || typeof header !== 'string' || !sameSecret(cookie, header)) throw new AppError(403, 'csrf');
}
