import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { counties, organisations, sessions, users } from '../../db/schema.ts';
import { organisationKindForRole, roleFitsOrganisation, type Actor, type Role } from '../../auth/actor.ts';
import { AppError, fieldError, notFound, staleVersion } from '../../http/errors.ts';
import { recordAudit } from '../../audit/record.ts';
import { createPasswordLink } from '../../auth/password-links.ts';
import { enqueue, sendNow, type Senders } from '../../outbox/outbox.ts';
import type { z } from 'zod';
import type { organisationInput, organisationPatch, userInput, userPatch } from './schemas.ts';

type OrgRow = typeof organisations.$inferSelect;
type UserRow = typeof users.$inferSelect;

const orgJson = (o: OrgRow) => ({
  id: o.id, kind: o.kind, name: o.name, countyId: o.countyId, servedByCareerCentreId: o.servedByCareerCentreId, version: o.version,
});
const userJson = (u: UserRow) => ({
  id: u.id, email: u.email, name: u.name, role: u.role, organisationId: u.organisationId, active: u.active,
  hasPassword: u.passwordHash !== null, oidcSubject: u.oidcSubject, version: u.version,
});

async function checkOidcSubjectFree(db: Db, subject: string | null | undefined, exceptUserId?: string) {
  if (!subject) return;
  const [taken] = await db.select({ id: users.id }).from(users).where(eq(users.oidcSubject, subject));
  if (taken && taken.id !== exceptUserId) throw new AppError(409, 'oidcSubject.taken', {}, [{ path: 'oidcSubject', key: 'oidcSubject.taken' }]);
}

const changed = <T extends object>(patch: T, current: object) =>
  Object.keys(patch).filter((k) => k !== 'version' && (patch as Record<string, unknown>)[k] !== (current as Record<string, unknown>)[k]);

export const listCounties = (db: Db) => db.select({ id: counties.id, name: counties.name }).from(counties).orderBy(asc(counties.name));

export async function listOrganisations(db: Db) {
  return (await db.select().from(organisations).orderBy(asc(organisations.kind), asc(organisations.name))).map(orgJson);
}

/** A municipality may only be served by a career centre; anything else is refused at the field. */
async function checkServedBy(db: Db, kind: string, centreId: string | null | undefined) {
  if (!centreId) return;
  if (kind !== 'municipality') throw fieldError('servedByCareerCentreId', 'organisation.invalid');
  const [centre] = await db.select({ kind: organisations.kind }).from(organisations).where(eq(organisations.id, centreId));
  if (centre?.kind !== 'career-centre') throw fieldError('servedByCareerCentreId', 'organisation.invalid');
}

async function checkCounty(db: Db, countyId: string | null | undefined) {
  if (!countyId) return;
  const [c] = await db.select({ id: counties.id }).from(counties).where(eq(counties.id, countyId));
  if (!c) throw fieldError('countyId', 'invalid');
}

async function uniqueOrgName(db: Db, name: string, exceptId?: string) {
  const [o] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.name, name));
  if (o && o.id !== exceptId) throw fieldError('name', 'invalid');
}

export async function createOrganisation(db: Db, actor: Actor, input: z.infer<typeof organisationInput>) {
  await checkServedBy(db, input.kind, input.servedByCareerCentreId);
  await checkCounty(db, input.countyId);
  await uniqueOrgName(db, input.name);
  return db.transaction(async (tx) => {
    const [o] = await tx.insert(organisations).values({
      kind: input.kind, name: input.name, countyId: input.countyId ?? null, servedByCareerCentreId: input.servedByCareerCentreId ?? null,
    }).returning();
    await recordAudit(tx, actor, { type: 'organisation.created', organisationId: o!.id });
    return orgJson(o!);
  });
}

export async function updateOrganisation(db: Db, actor: Actor, id: string, patch: z.infer<typeof organisationPatch>) {
  const [current] = await db.select().from(organisations).where(eq(organisations.id, id));
  if (!current) throw notFound();
  await checkServedBy(db, current.kind, patch.servedByCareerCentreId);
  await checkCounty(db, patch.countyId);
  if (patch.name) await uniqueOrgName(db, patch.name, id);
  const { version, ...changes } = patch;
  return db.transaction(async (tx) => {
    const [o] = await tx.update(organisations).set({ ...changes, version: sql`${organisations.version} + 1`, updatedAt: new Date() })
      .where(and(eq(organisations.id, id), eq(organisations.version, version))).returning();
    if (!o) throw staleVersion();
    await recordAudit(tx, actor, { type: 'organisation.updated', organisationId: id, changedFields: changed(patch, current) });
    return orgJson(o);
  });
}

export async function listUsers(db: Db) {
  return (await db.select().from(users).orderBy(asc(users.name))).map(userJson);
}

/** A role belongs to one kind of organisation; a user's organisation must be of that kind. */
async function checkOrganisationForRole(db: Db, role: Role, organisationId: string | null | undefined) {
  const kind = organisationKindForRole[role];
  if (!organisationId) {
    if (kind === 'national') return;
    throw fieldError('organisationId', 'organisation.invalid');
  }
  const [o] = await db.select({ kind: organisations.kind }).from(organisations).where(eq(organisations.id, organisationId));
  if (!roleFitsOrganisation(role, o?.kind)) throw fieldError('organisationId', 'organisation.invalid');
}

/** `passwordLink: false` (LOCAL_PASSWORDS=off): the user signs in with an identity provider, so no password link is made. */
export async function createUser(db: Db, actor: Actor, input: z.infer<typeof userInput>, publicUrl: string, senders: Senders, passwordLink = true) {
  const email = input.email.trim().toLowerCase();
  await checkOrganisationForRole(db, input.role, input.organisationId);
  const [taken] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (taken) throw new AppError(409, 'email.taken', {}, [{ path: 'email', key: 'email.taken' }]);
  await checkOidcSubjectFree(db, input.oidcSubject);
  const created = await db.transaction(async (tx) => {
    const [u] = await tx.insert(users).values({
      email, name: input.name, role: input.role, organisationId: input.organisationId ?? null, oidcSubject: input.oidcSubject ?? null,
    }).returning();
    const setPasswordUrl = passwordLink ? await createPasswordLink(tx, u!.id, publicUrl) : null;
    await recordAudit(tx, actor, { type: 'user.created', userId: u!.id });
    const notice = senders.mailer && setPasswordUrl ? await enqueue(tx, passwordLinkMessage(email, setPasswordUrl)) : null;
    return { user: userJson(u!), setPasswordUrl, notice };
  });
  // With SMTP the link goes only to the new user. Until it has gone out (the outbox keeps trying), or without SMTP,
  // the administrator sees it to pass it on. Without password sign-in there is no link at all.
  if (!created.setPasswordUrl) return { user: created.user, setPasswordUrl: null, emailed: false };
  const emailed = created.notice ? (await sendNow(db, senders, [created.notice])).has(created.notice) : false;
  return { user: created.user, setPasswordUrl: emailed ? null : created.setPasswordUrl, emailed };
}

function passwordLinkMessage(to: string, url: string) {
  const body = [
    'Du har fått en brukerkonto i Veivalg. Velg passord her (lenken kan brukes én gang og gjelder i 72 timer):',
    url, '', 'You have been given an account in Veivalg. Choose your password with the link above (one use, valid for 72 hours).',
  ].join('\n');
  return { kind: 'password-link' as const, channel: 'email' as const, recipient: to, subject: 'Veivalg: velg passord / choose your password', body };
}

export async function updateUser(db: Db, actor: Actor, id: string, patch: z.infer<typeof userPatch>) {
  const [current] = await db.select().from(users).where(eq(users.id, id));
  if (!current) throw notFound();
  const role = patch.role ?? current.role;
  const organisationId = patch.organisationId !== undefined ? patch.organisationId : current.organisationId;
  if (patch.role !== undefined || patch.organisationId !== undefined) await checkOrganisationForRole(db, role, organisationId);
  await checkOidcSubjectFree(db, patch.oidcSubject, id);
  const { version, ...changes } = patch;
  return db.transaction(async (tx) => {
    const [u] = await tx.update(users).set({ ...changes, version: sql`${users.version} + 1`, updatedAt: new Date() })
      .where(and(eq(users.id, id), eq(users.version, version))).returning();
    if (!u) throw staleVersion();
    // A deactivated user, or one whose role or organisation changed, must sign in again.
    const moved = (changes.role !== undefined && changes.role !== current.role)
      || (changes.organisationId !== undefined && changes.organisationId !== current.organisationId)
      || (changes.oidcSubject !== undefined && changes.oidcSubject !== current.oidcSubject);
    if (patch.active === false || moved) await tx.delete(sessions).where(eq(sessions.userId, id));
    await recordAudit(tx, actor, { type: 'user.updated', userId: id, changedFields: changed(patch, current) });
    return userJson(u);
  });
}
