import { and, eq, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { Reader } from '../../db/client.ts';
import { gatheringMunicipalities, gatheringRegistrations, gatherings, users } from '../../db/schema.ts';
import { careerCentreRoles, isCareerCentreRole, isMunicipalityRole, municipalityRoles, type Actor, ownMunicipality } from '../../auth/actor.ts';
import { forbidden, notFound } from '../../http/errors.ts';

/** Who may do what with the county gatherings (issue 14): the one place (issue 20, point 3). */

export type GatheringRow = typeof gatherings.$inferSelect;

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

/**
 * Of a gathering in scope (gatheringScope), the actor is on the host centre's side: sees every registration, the
 * fixed contacts, the follow-up points and the survey's results. A municipality sees its own part only.
 */
export const isHostStaff = (actor: Actor) => isCareerCentreRole(actor);

/** The county's coordinator is the centre lead (issue 14 allows "or the centre lead"; no new role). */
export const isCoordinator = (actor: Actor) => actor.role === 'career-centre-lead';

/** The centre's id for a coordinator's write; 403 for anyone else who may see the gathering. */
export function coordinatorCentre(actor: Actor): string {
  if (!isCoordinator(actor) || !actor.organisationId) throw forbidden();
  return actor.organisationId;
}

export const invitedMunicipality = (gatheringId: string, municipalityId: string) => and(
  eq(gatheringMunicipalities.gatheringId, gatheringId), eq(gatheringMunicipalities.municipalityId, municipalityId),
  isNotNull(gatheringMunicipalities.invitedAt),
);

// ─── Registrations ──────────────────────────────────────────────────────────────────────────────────────────────

/** The registrations the actor sees (a condition on gathering_registrations): a municipality its own; the host all. */
export const registrationScope = (actor: Actor): SQL | undefined =>
  (isMunicipalityRole(actor) ? eq(gatheringRegistrations.municipalityId, actor.organisationId!) : undefined);

/** The municipality that registers its own staff (its advisers and lead); null = 403 (the centre does not register). */
export function registeringMunicipality(actor: Actor): string | null {
  return ownMunicipality(actor);
}

/**
 * The municipality's staff who may be registered, and who get the invitation and the reminders: its programme
 * advisers and lead (a condition on users).
 */
export const registrableStaff = (): SQL => inArray(users.role, [...municipalityRoles]);

/** One registration: a municipality sees its own staff's only (anyone else's is 404 to it). */
export const seesRegistration = (actor: Actor, reg: { municipalityId: string }) =>
  !isMunicipalityRole(actor) || reg.municipalityId === actor.organisationId;

/** Cancelling: the municipality its own staff's, the coordinator anyone's; the centre's other staff get 403. */
export const mayCancelRegistration = (actor: Actor) => !isCareerCentreRole(actor) || isCoordinator(actor);

// ─── Follow-up ──────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * Who may own a follow-up point at the host centre: its counsellors and lead (a condition on users); someone
 * registered for the gathering may own one too (follow-up.ts looks that up).
 */
export const hostStaffUsers = (): SQL => inArray(users.role, [...careerCentreRoles]);
