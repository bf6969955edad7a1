/**
 * A county gathering's follow-up points as cooperation actions (issue 14 item 3: "the cooperation issue's
 * actions"). The meeting actions' lists and routes reach them through here: who sees one, and its source.
 *
 * The parties of a gathering's action are its centre and no one municipality (municipality_id null), as for a
 * centre-wide meeting series: the point concerns every municipality invited. So a municipality's lead sees it on
 * the start page only where the municipality was invited, and its owner (the coordinator may pick a registered
 * member of a municipality's staff) always sees their own.
 */
import { and, asc, eq, isNull, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { cooperationActions, gatheringMunicipalities, gatherings, organisations } from '../../db/schema.ts';
import type { Actor } from '../../auth/actor.ts';
import { notFound } from '../../http/errors.ts';
import { isCoordinator } from '../gatherings/policy.ts';
import { leadSide } from './policy.ts';

type Reader = Pick<Db, 'select'>;
type ActionRow = typeof cooperationActions.$inferSelect;

/** The gathering's date as an instant on that day in Oslo (noon UTC is the same date there, summer or winter). */
const dayInstant = (isoDate: string) => new Date(`${isoDate}T12:00:00Z`);

/** The coordinator of the host centre (gatherings/policy.ts) follows up every point. */
const coordinates = (actor: Actor, a: Pick<ActionRow, 'careerCentreId'>) =>
  isCoordinator(actor) && actor.organisationId === a.careerCentreId;

/**
 * A gathering's action for the cooperation routes: its owner may close it, the coordinator may change or remove
 * it; anyone else gets 404, like another organisation's record.
 */
export async function gatheringActionInScope(db: Reader, actor: Actor, a: ActionRow) {
  const lead = coordinates(actor, a);
  if (!lead && a.ownerId !== actor.userId) throw notFound();
  const [g] = await db.select({ title: gatherings.title, startsOn: gatherings.startsOn }).from(gatherings).where(eq(gatherings.id, a.sourceId));
  if (!g) throw notFound();
  return { lead, source: { title: g.title, startsAt: dayInstant(g.startsOn) } };
}

/** Where the actor leads, which gatherings' actions are their parties' (null: none). */
async function leadScope(db: Reader, actor: Actor): Promise<SQL | null> {
  if (!actor.organisationId) return null;
  const side = leadSide(actor);
  if (side === 'career-centre') return eq(cooperationActions.careerCentreId, actor.organisationId);
  if (side !== 'municipality') return null;
  // Like a centre-wide series: null municipality and the centre serving us; for a gathering, only if we were invited.
  const [own] = await db.select({ centre: organisations.servedByCareerCentreId }).from(organisations).where(eq(organisations.id, actor.organisationId));
  const invited = sql`exists (select 1 from ${gatheringMunicipalities} where ${gatheringMunicipalities.gatheringId} = ${cooperationActions.sourceId}
    and ${gatheringMunicipalities.municipalityId} = ${actor.organisationId} and ${gatheringMunicipalities.invitedAt} is not null)`;
  return own?.centre ? and(isNull(cooperationActions.municipalityId), eq(cooperationActions.careerCentreId, own.centre), invited)! : null;
}

/** Open gathering actions for a task list: the actor's own, or for a lead those of their parties. */
export async function openGatheringActions(db: Reader, actor: Actor, view: 'mine' | 'lead') {
  const scope = view === 'mine' ? eq(cooperationActions.ownerId, actor.userId) : await leadScope(db, actor);
  if (!scope) return [];
  const rows = await db.select({ a: cooperationActions, title: gatherings.title, startsOn: gatherings.startsOn }).from(cooperationActions)
    .innerJoin(gatherings, and(eq(cooperationActions.sourceKind, 'gathering'), eq(gatherings.id, cooperationActions.sourceId)))
    .where(and(scope, isNull(cooperationActions.removedAt), ne(cooperationActions.status, 'done')))
    .orderBy(asc(cooperationActions.dueDate), asc(cooperationActions.createdAt));
  return rows.map((r) => ({ a: r.a, lead: coordinates(actor, r.a), source: { title: r.title, startsAt: dayInstant(r.startsOn) } }));
}
