import { and, eq, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { Reader } from '../../db/client.ts';
import { gatheringMunicipalities, gatherings } from '../../db/schema.ts';
import { isCareerCentreRole, isMunicipalityRole, type Actor } from '../../auth/actor.ts';
import { forbidden, notFound } from '../../http/errors.ts';

export type GatheringRow = typeof gatherings.$inferSelect;
export interface GatheringDeps { publicUrl: string; senders: import('../../outbox/outbox.ts').Senders }

/**
 * Who sees a gathering: the host centre's staff, and the municipalities it has invited (once the invitation went
 * out). Everyone else gets 404, as for any other organisation's record.
 */
export function gatheringScope(actor: Actor): SQL | null {
  if (!actor.organisationId) return null;
  if (isCareerCentreRole(actor)) return eq(gatherings.careerCentreId, actor.organisationId);
  if (isMunicipalityRole(actor)) {
    return sql`exists (select 1 from ${gatheringMunicipalities} where ${gatheringMunicipalities.gatheringId} = ${gatherings.id}
      and ${gatheringMunicipalities.municipalityId} = ${actor.organisationId} and ${gatheringMunicipalities.invitedAt} is not null)`;
  }
  return null;
}

export async function findGathering(db: Reader, actor: Actor, id: string): Promise<GatheringRow> {
  const scope = gatheringScope(actor);
  if (!scope) throw notFound();
  const [row] = await db.select().from(gatherings).where(and(eq(gatherings.id, id), scope)).limit(1);
  if (!row) throw notFound();
  return row;
}

/** The county's coordinator is the centre lead (issue 14 allows "or the centre lead"; no new role). */
export const isCoordinator = (actor: Actor) => actor.role === 'career-centre-lead';

/** The centre's id for a coordinator's write; 403 for anyone else who may see the gathering. */
export function coordinatorCentre(actor: Actor): string {
  if (!isCoordinator(actor) || !actor.organisationId) throw forbidden();
  return actor.organisationId;
}

export const invitedMunicipality = (gatheringId: string, municipalityId: string) => and(
  eq(gatheringMunicipalities.gatheringId, gatheringId), eq(gatheringMunicipalities.municipalityId, municipalityId), isNotNull(gatheringMunicipalities.invitedAt),
);
