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

/** `oidcProvider`: the identity provider signed in with, so that sign-out can end its session too. */
export async function startSession(db: Db, reply: FastifyReply, userId: string, secure: boolean, oidcProvider?: string) {
  const token = newToken();
  const expiresAt = new Date(Date.now() + SESSION_HOURS * 3600_000);
  await db.insert(sessions).values({ tokenHash: hashToken(token), userId, expiresAt, oidcProvider });
  const maxAge = SESSION_HOURS * 3600;
  reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge });
  // Double-submit CSRF: scripts on our own origin can read this cookie and echo it in a header; other sites can't.
  reply.setCookie(CSRF_COOKIE, newToken(), { httpOnly: false, sameSite: 'strict', secure, path: '/', maxAge });
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
