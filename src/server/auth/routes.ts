import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client.ts';
import { sessions, users } from '../db/schema.ts';
import { AppError } from '../http/errors.ts';
import { recordAudit } from '../audit/record.ts';
import { actorOf } from './guard.ts';
import { verifyPassword } from './passwords.ts';
import { clearSessionCookies, extendSession, sessionExpiresAt, startSession } from './session.ts';
import { pauseSecondsAfter } from './sign-in-pause.ts';
import { usePasswordLink } from './password-links.ts';
import { roles, type Actor } from './actor.ts';
import { noContent, errorResponses } from '../http/openapi.ts';

const loginBody = z.object({ email: z.string().max(320), password: z.string().max(1000) }).strict();
const setPasswordBody = z.object({
  token: z.string().min(1).max(200),
  password: z.string().min(12, { error: 'password.short' }).max(1000),
}).strict();

const meUser = z.object({
  id: z.uuid(), email: z.string(), name: z.string(), role: z.enum(roles),
  organisation: z.object({ id: z.uuid(), name: z.string(), kind: z.enum(['municipality', 'career-centre', 'national']) }).nullable(),
});
const meResponse = z.object({ user: meUser });
const sessionResponse = z.object({
  user: meUser.nullable().describe('Null when not signed in (no 401: public pages ask too)'),
  expiresAt: z.string().nullable().describe('When the session ends unless extended'),
});

export async function authRoutes(app: FastifyInstance, opts: { db: Db; secureCookies: boolean }) {
  const { db } = opts;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/login', {
    schema: { tags: ['auth'], summary: 'Sign in; sets the session and csrf cookies', body: loginBody, response: { 204: noContent, ...errorResponses } },
  }, async (req, reply) => {
    const email = req.body.email.trim().toLowerCase();
    const [user] = await db.select().from(users).where(eq(users.email, email)).limit(1);
    const now = Date.now();
    if (user?.signInPausedUntil && user.signInPausedUntil.getTime() > now) {
      const seconds = Math.ceil((user.signInPausedUntil.getTime() - now) / 1000);
      reply.header('retry-after', String(seconds));
      throw new AppError(429, 'sign_in_paused', { n: seconds });
    }
    const ok = await verifyPassword(user?.active ? user.passwordHash : null, req.body.password);
    if (!user || !ok) {
      if (user) {
        const [after] = await db.update(users)
          .set({ failedSignIns: sql`${users.failedSignIns} + 1` })
          .where(eq(users.id, user.id)).returning({ failed: users.failedSignIns });
        const pause = pauseSecondsAfter(after?.failed ?? 0);
        if (pause > 0) await db.update(users).set({ signInPausedUntil: new Date(now + pause * 1000) }).where(eq(users.id, user.id));
        await recordAudit(db, { userId: user.id, organisationId: user.organisationId }, { type: 'user.sign-in-failed', paused: pause > 0 });
      }
      throw new AppError(401, 'bad_credentials');
    }
    await db.update(users).set({ failedSignIns: 0, signInPausedUntil: null }).where(eq(users.id, user.id));
    await startSession(db, reply, user.id, opts.secureCookies);
    await recordAudit(db, { userId: user.id, organisationId: user.organisationId }, { type: 'user.signed-in' });
    return reply.code(204).send(null);
  });

  r.post('/logout', { schema: { tags: ['auth'], summary: 'Sign out of this session', response: { 204: noContent, ...errorResponses } } }, async (req, reply) => {
    const actor = actorOf(req);
    await db.delete(sessions).where(eq(sessions.tokenHash, actor.sessionTokenHash));
    await recordAudit(db, actor, { type: 'user.signed-out' });
    clearSessionCookies(reply);
    return reply.code(204).send(null);
  });

  r.post('/logout-everywhere', { schema: { tags: ['auth'], summary: 'End every session of this user', response: { 204: noContent, ...errorResponses } } }, async (req, reply) => {
    const actor = actorOf(req);
    await db.delete(sessions).where(eq(sessions.userId, actor.userId));
    await recordAudit(db, actor, { type: 'user.signed-out-everywhere' });
    clearSessionCookies(reply);
    return reply.code(204).send(null);
  });

  const userJson = (a: Actor) => ({
    id: a.userId, email: a.email, name: a.name, role: a.role,
    organisation: a.organisationId && a.organisationKind && a.organisationName
      ? { id: a.organisationId, name: a.organisationName, kind: a.organisationKind } : null,
  });

  r.get('/me', { schema: { tags: ['auth'], summary: 'The signed-in user', response: { 200: meResponse, ...errorResponses } } }, async (req) => {
    return { user: userJson(actorOf(req)) };
  });

  // The web app's question "who am I, and until when?": 200 also when signed out, so public pages and the page
  // after sign-out make no failing request (issue 16).
  r.get('/session', { schema: { tags: ['auth'], summary: 'The signed-in user and when the session ends, or nulls', response: { 200: sessionResponse, ...errorResponses } } }, async (req) => {
    if (!req.actor) return { user: null, expiresAt: null };
    const expiresAt = await sessionExpiresAt(db, req.actor.sessionTokenHash);
    return { user: userJson(req.actor), expiresAt: expiresAt?.toISOString() ?? null };
  });

  r.post('/session/extend', {
    schema: { tags: ['auth'], summary: 'Extend this session by a working day from now', response: { 200: sessionResponse, ...errorResponses } },
  }, async (req, reply) => {
    const actor = actorOf(req);
    const expiresAt = await extendSession(db, req, reply, actor.sessionTokenHash, opts.secureCookies);
    if (!expiresAt) throw new AppError(401, 'unauthenticated');
    await recordAudit(db, actor, { type: 'user.session-extended' });
    return { user: userJson(actor), expiresAt: expiresAt.toISOString() };
  });

  r.post('/set-password', {
    schema: { tags: ['auth'], summary: 'Set a password with a one-time link token', body: setPasswordBody, response: { 204: noContent, ...errorResponses } },
  }, async (req, reply) => {
    await usePasswordLink(db, req.body.token, req.body.password);
    return reply.code(204).send(null);
  });
}
