import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client.ts';
import { calendarFeeds, sessions, users } from '../db/schema.ts';
import { AppError } from '../http/errors.ts';
import { recordAudit } from '../audit/record.ts';
import { actorOf } from './guard.ts';
import { verifyPassword } from './passwords.ts';
import { clearSessionCookies, extendSession, sessionExpiresAt, startSession } from './session.ts';
import { clearAccountFailures, pausedSeconds, recordFailure, signInKeys, type AddressLimit } from './sign-in-pause.ts';
import { usePasswordLink } from './password-links.ts';
import { roles, type Actor } from './actor.ts';
import { noContent, errorResponses } from '../http/openapi.ts';

const loginBody = z.object({ email: z.string().max(320), password: z.string().max(1000) }).strict();
const setPasswordBody = z.object({
  token: z.string().min(1).max(200),
  password: z.string().min(12, { error: 'password.short' }).max(1000),
}).strict();

const mePatch = z.object({
  workPhone: z.string().trim().max(40).regex(/^(\+?[0-9 ()-]{5,40})?$/, { error: 'phone.invalid' }).nullable(),
}).strict();

/** The signed-in user (GET /me, GET /session); the web app's `Me` type is inferred from it (src/web/types.ts). */
export const meUser = z.object({
  id: z.uuid(), email: z.string(), name: z.string(), role: z.enum(roles), workPhone: z.string().nullable(),
  organisation: z.object({ id: z.uuid(), name: z.string(), kind: z.enum(['municipality', 'career-centre', 'national', 'county', 'nav-office']) }).nullable(),
});
const meResponse = z.object({ user: meUser });
export const sessionResponse = z.object({
  user: meUser.nullable().describe('Null when not signed in (no 401: public pages ask too)'),
  expiresAt: z.string().nullable().describe('When the session ends unless extended'),
});

export const logoutResponse = z.object({ redirectTo: z.url() }).describe('Signed in with an identity provider: go here to end its session too');

export async function authRoutes(app: FastifyInstance, opts: {
  db: Db; secureCookies: boolean; addressLimit: AddressLimit;
  /** The identity provider's sign-out address for a session started with it (RP-initiated logout). */
  endSessionUrl?: (providerId: string) => Promise<string | undefined>;
}) {
  const { db } = opts;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/login', {
    schema: { tags: ['auth'], summary: 'Sign in; sets the session and csrf cookies', body: loginBody, response: { 204: noContent, ...errorResponses } },
  }, async (req, reply) => {
    const email = req.body.email.trim().toLowerCase();
    const keys = signInKeys(email, req.ip);
    const now = new Date();
    // Unknown and existing accounts take the same path (a pause, the password check against a dummy hash, the
    // same writes), so neither the answer nor its time tells whether an account exists.
    const paused = await pausedSeconds(db, keys, now);
    if (paused > 0) {
      reply.header('retry-after', String(paused));
      throw new AppError(429, 'sign_in_paused', { n: paused });
    }
    const [user] = await db.select().from(users).where(eq(users.email, email)).limit(1);
    const ok = await verifyPassword(user?.active ? user.passwordHash : null, req.body.password);
    if (!user || !ok) {
      await db.transaction(async (tx) => {
        const nowPaused = await recordFailure(tx, keys, now, opts.addressLimit);
        if (user) await recordAudit(tx, { userId: user.id, organisationId: user.organisationId }, { type: 'user.sign-in-failed', paused: nowPaused });
        else await recordAudit(tx, null, { type: 'user.sign-in-failed-unknown-account', paused: nowPaused });
      });
      throw new AppError(401, 'bad_credentials');
    }
    await clearAccountFailures(db, email);
    await startSession(db, reply, user.id, opts.secureCookies);
    await recordAudit(db, { userId: user.id, organisationId: user.organisationId }, { type: 'user.signed-in' });
    return reply.code(204).send(null);
  });

  r.post('/logout', { schema: { tags: ['auth'], summary: 'Sign out of this session', response: { 200: logoutResponse, 204: noContent, ...errorResponses } } }, async (req, reply) => {
    const actor = actorOf(req);
    const [ended] = await db.delete(sessions).where(eq(sessions.tokenHash, actor.sessionTokenHash)).returning({ oidcProvider: sessions.oidcProvider });
    await recordAudit(db, actor, { type: 'user.signed-out' });
    clearSessionCookies(reply);
    const redirectTo = ended?.oidcProvider ? await opts.endSessionUrl?.(ended.oidcProvider) : undefined;
    return redirectTo ? reply.code(200).send({ redirectTo }) : reply.code(204).send(null);
  });

  r.post('/logout-everywhere', {
    schema: { tags: ['auth'], summary: 'End every session of this user and stop their calendar feed address', response: { 204: noContent, ...errorResponses } },
  }, async (req, reply) => {
    const actor = actorOf(req);
    // The calendar feed's secret address is a credential too: someone who took over the account may have made one.
    await db.transaction(async (tx) => {
      await tx.delete(sessions).where(eq(sessions.userId, actor.userId));
      const feeds = await tx.delete(calendarFeeds).where(eq(calendarFeeds.userId, actor.userId)).returning({ userId: calendarFeeds.userId });
      await recordAudit(tx, actor, { type: 'user.signed-out-everywhere' });
      if (feeds.length) await recordAudit(tx, actor, { type: 'calendar-feed.revoked' });
    });
    clearSessionCookies(reply);
    return reply.code(204).send(null);
  });

  const userJson = async (a: Actor) => {
    const [u] = await db.select({ workPhone: users.workPhone }).from(users).where(eq(users.id, a.userId));
    return {
      id: a.userId, email: a.email, name: a.name, role: a.role, workPhone: u?.workPhone ?? null,
      organisation: a.organisationId && a.organisationKind && a.organisationName
        ? { id: a.organisationId, name: a.organisationName, kind: a.organisationKind } : null,
    };
  };
  const me = async (a: Actor) => ({ user: await userJson(a) });
  r.get('/me', { schema: { tags: ['auth'], summary: 'The signed-in user', response: { 200: meResponse, ...errorResponses } } }, (req) => me(actorOf(req)));

  // The work phone the municipality sees next to a fixed contact (issue 13); empty removes it.
  r.patch('/me', {
    schema: { tags: ['auth'], summary: 'Change your own work phone', body: mePatch, response: { 200: meResponse, ...errorResponses } },
  }, async (req) => {
    const a = actorOf(req);
    const workPhone = req.body.workPhone?.trim() || null;
    await db.transaction(async (tx) => {
      await tx.update(users).set({ workPhone, version: sql`${users.version} + 1`, updatedAt: new Date() }).where(eq(users.id, a.userId));
      await recordAudit(tx, a, { type: 'user.updated', userId: a.userId, changedFields: ['workPhone'] });
    });
    return me(a);
  });

  // The web app's question "who am I, and until when?": 200 also when signed out, so public pages and the page
  // after sign-out make no failing request (issue 16).
  r.get('/session', { schema: { tags: ['auth'], summary: 'The signed-in user and when the session ends, or nulls', response: { 200: sessionResponse, ...errorResponses } } }, async (req) => {
    if (!req.actor) return { user: null, expiresAt: null };
    const expiresAt = await sessionExpiresAt(db, req.actor.sessionTokenHash);
    return { user: await userJson(req.actor), expiresAt: expiresAt?.toISOString() ?? null };
  });

  r.post('/session/extend', {
    schema: { tags: ['auth'], summary: 'Extend this session by a working day from now', response: { 200: sessionResponse, ...errorResponses } },
  }, async (req, reply) => {
    const actor = actorOf(req);
    const expiresAt = await extendSession(db, req, reply, actor.sessionTokenHash, opts.secureCookies);
    if (!expiresAt) throw new AppError(401, 'unauthenticated');
    await recordAudit(db, actor, { type: 'user.session-extended' });
    return { user: await userJson(actor), expiresAt: expiresAt.toISOString() };
  });

  r.post('/set-password', {
    schema: { tags: ['auth'], summary: 'Set a password with a one-time link token', body: setPasswordBody, response: { 204: noContent, ...errorResponses } },
  }, async (req, reply) => {
    await usePasswordLink(db, req.body.token, req.body.password);
    return reply.code(204).send(null);
  });
}
