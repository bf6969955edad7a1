import { and, asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { noteWordings } from '../../db/schema.ts';
import type { Actor } from '../../auth/actor.ts';
import { forbidden, notFound, staleVersion } from '../../http/errors.ts';
import { recordAudit } from '../../audit/record.ts';
import type { wordingInput, wordingJson, wordingPatch } from './schemas.ts';
import { mayCurateWordings, wordingCentre } from './policy.ts';

type WordingRow = typeof noteWordings.$inferSelect;
type WordingJson = z.infer<typeof wordingJson>;

const toJson = (r: WordingRow): WordingJson => ({
  id: r.id, version: r.version, kind: r.kind, title: r.title, body: r.body, lawReference: r.lawReference, archived: r.archived,
  updatedAt: r.updatedAt.toISOString(),
});

/** The library is a career centre's tool: its counsellors read it, its lead curates it (policy.ts). */
function centreOf(actor: Actor): string {
  const centre = wordingCentre(actor);
  if (!centre) throw forbidden();
  return centre;
}

export async function listWordings(db: Db, actor: Actor, q: { archived?: 'true' | 'false' }): Promise<{ items: WordingJson[] }> {
  const centre = centreOf(actor);
  const rows = await db.select().from(noteWordings)
    .where(and(eq(noteWordings.careerCentreId, centre), q.archived === 'true' ? undefined : eq(noteWordings.archived, false)))
    .orderBy(asc(noteWordings.kind), asc(noteWordings.title), asc(noteWordings.id));
  return { items: rows.map(toJson) };
}

export async function createWording(db: Db, actor: Actor, input: z.infer<typeof wordingInput>): Promise<WordingJson> {
  const centre = centreOf(actor);
  if (!mayCurateWordings(actor)) throw forbidden();
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(noteWordings).values({
      careerCentreId: centre, kind: input.kind, title: input.title, body: input.body, lawReference: input.lawReference ?? '',
      createdBy: actor.userId, updatedBy: actor.userId,
    }).returning();
    await recordAudit(tx, actor, { type: 'wording.edited', wordingId: row!.id, changedFields: Object.keys(input) });
    return toJson(row!);
  });
}

export async function updateWording(db: Db, actor: Actor, id: string, input: z.infer<typeof wordingPatch>): Promise<WordingJson> {
  const centre = centreOf(actor);
  const [found] = await db.select({ id: noteWordings.id }).from(noteWordings).where(and(eq(noteWordings.id, id), eq(noteWordings.careerCentreId, centre)));
  if (!found) throw notFound();
  if (!mayCurateWordings(actor)) throw forbidden();
  const { version, ...changes } = input;
  return db.transaction(async (tx) => {
    const [row] = await tx.update(noteWordings)
      .set({ ...changes, updatedBy: actor.userId, version: sql`${noteWordings.version} + 1`, updatedAt: new Date() })
      .where(and(eq(noteWordings.id, id), eq(noteWordings.version, version))).returning();
    if (!row) throw staleVersion();
    await recordAudit(tx, actor, { type: 'wording.edited', wordingId: id, changedFields: Object.keys(changes) });
    return toJson(row);
  });
}
