import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Reader } from '../../db/client.ts';
import { glossaryTerms } from '../../db/schema.ts';
import type { Actor } from '../../auth/actor.ts';
import { AppError, forbidden, notFound, staleVersion } from '../../http/errors.ts';
import { recordAudit } from '../../audit/record.ts';
import { defaultGlossary } from './default-terms.ts';
import type { TermInput, TermPatch } from './schemas.ts';
import { glossaryCentre } from './policy.ts';

type Row = typeof glossaryTerms.$inferSelect;

/** The actor's centre, whose glossary they read and edit (policy.ts); 403 for anyone else. */
function centreOf(actor: Actor): string {
  const centreId = glossaryCentre(actor);
  if (!centreId) throw forbidden();
  return centreId;
}

const toJson = (r: Row) => ({
  id: r.id, version: r.version, term: r.term, explanation: r.explanation,
  translations: r.translations as Record<string, { term: string; explanation: string }>, archived: r.archived, updatedAt: r.updatedAt.toISOString(),
});

export async function listTerms(db: Db, actor: Actor, includeArchived = false) {
  const centreId = centreOf(actor);
  const rows = await db.select().from(glossaryTerms)
    .where(and(eq(glossaryTerms.careerCentreId, centreId), includeArchived ? undefined : eq(glossaryTerms.archived, false)))
    .orderBy(asc(sql`lower(${glossaryTerms.term})`));
  return { items: rows.map(toJson) };
}

/** Glossary terms of a centre by id (archived ones included), for session briefings. */
export async function termsOfCentre(db: Reader, centreId: string, ids: string[]) {
  if (!ids.length) return [];
  const rows = await db.select().from(glossaryTerms).where(and(eq(glossaryTerms.careerCentreId, centreId), inArray(glossaryTerms.id, ids)));
  return rows.map(toJson);
}

async function termTaken(db: Reader, centreId: string, term: string, exceptId?: string) {
  const [row] = await db.select({ id: glossaryTerms.id }).from(glossaryTerms)
    .where(and(eq(glossaryTerms.careerCentreId, centreId), sql`lower(${glossaryTerms.term}) = lower(${term})`)).limit(1);
  return Boolean(row && row.id !== exceptId);
}

export async function createTerm(db: Db, actor: Actor, input: TermInput) {
  const centreId = centreOf(actor);
  if (await termTaken(db, centreId, input.term)) throw new AppError(400, 'validation', {}, [{ path: 'term', key: 'glossary.term-taken' }]);
  const row = await db.transaction(async (tx) => {
    const [r] = await tx.insert(glossaryTerms).values({
      careerCentreId: centreId, term: input.term, explanation: input.explanation, translations: input.translations ?? {},
      createdBy: actor.userId, updatedBy: actor.userId,
    }).returning();
    await recordAudit(tx, actor, { type: 'glossary.edited', termIds: [r!.id], changedFields: ['created'] });
    return r!;
  });
  return toJson(row);
}

export async function updateTerm(db: Db, actor: Actor, id: string, patch: TermPatch) {
  const centreId = centreOf(actor);
  const [current] = await db.select().from(glossaryTerms).where(and(eq(glossaryTerms.id, id), eq(glossaryTerms.careerCentreId, centreId)));
  if (!current) throw notFound();
  const { version, ...changes } = patch;
  if (changes.term && await termTaken(db, centreId, changes.term, id)) throw new AppError(400, 'validation', {}, [{ path: 'term', key: 'glossary.term-taken' }]);
  const row = await db.transaction(async (tx) => {
    const [r] = await tx.update(glossaryTerms).set({ ...changes, updatedBy: actor.userId, version: sql`${glossaryTerms.version} + 1`, updatedAt: new Date() })
      .where(and(eq(glossaryTerms.id, id), eq(glossaryTerms.version, version))).returning();
    if (!r) throw staleVersion();
    await recordAudit(tx, actor, { type: 'glossary.edited', termIds: [id], changedFields: Object.keys(changes) });
    return r;
  });
  return toJson(row);
}

/** Adds every default term the centre does not have yet (by term, ignoring case); existing terms are untouched. */
export async function loadDefaults(db: Db, actor: Actor) {
  const centreId = centreOf(actor);
  const added = await db.transaction(async (tx) => {
    const rows = await tx.insert(glossaryTerms).values(defaultGlossary.map((t) => ({
      careerCentreId: centreId, term: t.term, explanation: t.explanation, translations: { en: t.en }, createdBy: actor.userId, updatedBy: actor.userId,
    }))).onConflictDoNothing().returning({ id: glossaryTerms.id });
    if (rows.length) await recordAudit(tx, actor, { type: 'glossary.edited', termIds: rows.map((r) => r.id), changedFields: ['created'] });
    return rows.length;
  });
  return { added, ...(await listTerms(db, actor)) };
}
