import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { handoverBriefItems, journeyPlans, users } from '../../db/schema.ts';
import { offerById } from '../../../content/index.ts';
import { journeyFacts, journeys, journeySteps, type Journey } from '../../../content/journeys/index.ts';
import { personaKinds } from '../../../content/journeys/model.ts';
import { planningFacts } from '../../../content/journey-planning.ts';
import {
  ageOn, norwegianLevels, schoolingLevels, summariseJourney, todayInOslo, MAX_PLAN_MONTHS,
  type JourneyOfferFacts, type OfferFactsLookup, type PlanStep, type Profile,
} from '../../../domain/index.ts';
import { localStepOffers } from '../local-offers/service.ts';
import type { Actor } from '../../auth/actor.ts';
import { mayEditPlans } from './policy.ts';
import { fieldError, forbidden, notFound, staleVersion } from '../../http/errors.ts';
import { recordAudit } from '../../audit/record.ts';
import { findParticipantInScope } from '../participants/service.ts';
import type { PlanInput, PlanJson } from './schemas.ts';

type Plan = 'A' | 'B';

// ─── Public example journeys ────────────────────────────────────────────────────────────────────────────────────

function summaryJson(steps: readonly PlanStep[]) {
  const s = summariseJourney(steps, journeyFacts);
  return { totalMonths: s.totalMonths, gapMonths: s.gapMonths, gaps: s.gaps, parallelMonths: s.parallelMonths, transitions: s.transitions };
}

function journeyJson(j: Journey) {
  const steps = journeySteps(j);
  return { ...j, steps, summary: summaryJson(steps) };
}

export function exampleJourneys() {
  return {
    items: journeys.map(journeyJson),
    personaKinds: [...personaKinds],
    planning: planningFacts.map(({ offerId, defaultMonths, basis, providesIncome }) => ({ offerId, defaultMonths, basis, providesIncome })),
  };
}

export function exampleJourney(id: string) {
  const j = journeys.find((x) => x.id === id);
  if (!j) throw notFound();
  return journeyJson(j);
}

// ─── Personal plans ─────────────────────────────────────────────────────────────────────────────────────────────

const highest = <T extends string>(order: readonly T[], values: unknown): T | undefined => {
  if (!Array.isArray(values)) return undefined;
  const known = values.filter((v): v is T => (order as readonly string[]).includes(v as string));
  return known.sort((a, b) => order.indexOf(b) - order.indexOf(a))[0];
};

/**
 * The eligibility profile, as the map's "Åpne mulighetskartet" builds it (age and residence basis), plus what the
 * handover brief says about schooling and Norwegian level. Returns the profile and the names of the fields used.
 */
async function profileOf(db: Db, participant: { id: string; birthDate: string; residenceBasis: string }): Promise<{ profile: Profile; fields: string[] }> {
  const profile: Profile = { age: ageOn(participant.birthDate, todayInOslo()), residenceBasis: participant.residenceBasis as Profile['residenceBasis'] };
  const items = await db.select({ key: handoverBriefItems.itemKey, value: handoverBriefItems.value, unknown: handoverBriefItems.unknown })
    .from(handoverBriefItems)
    .where(and(eq(handoverBriefItems.participantId, participant.id), inArray(handoverBriefItems.itemKey, ['schooling', 'norwegian'])));
  for (const item of items) {
    if (item.unknown || !item.value || typeof item.value !== 'object') continue;
    const value = item.value as Record<string, unknown>;
    if (item.key === 'schooling') {
      const level = highest(schoolingLevels, value.completedLevels);
      if (level) profile.schooling = level;
    }
    if (item.key === 'norwegian' && (norwegianLevels as readonly string[]).includes(value.level as string)) {
      profile.norwegianLevel = value.level as Profile['norwegianLevel'];
    }
  }
  return { profile, fields: Object.keys(profile) };
}

type PlanRow = typeof journeyPlans.$inferSelect & { updatedByName: string | null };

function planJson(participantId: string, plan: Plan, row: PlanRow | undefined, defaultStart: string): PlanJson {
  const steps = row && Array.isArray(row.steps) ? (row.steps as PlanStep[]) : [];
  return {
    id: row?.id ?? null, participantId, plan, goal: row?.goal ?? '', startDate: row?.startDate ?? defaultStart, steps,
    summary: summaryJson(steps), version: row?.version ?? 0, updatedAt: row?.updatedAt.toISOString() ?? null,
    updatedBy: row?.updatedBy && row.updatedByName ? { id: row.updatedBy, name: row.updatedByName } : null,
  };
}

async function planRows(db: Pick<Db, 'select'>, participantId: string): Promise<PlanRow[]> {
  const rows = await db.select({ p: journeyPlans, updatedByName: users.name }).from(journeyPlans)
    .leftJoin(users, eq(users.id, journeyPlans.updatedBy))
    .where(eq(journeyPlans.participantId, participantId));
  return rows.map((r) => ({ ...r.p, updatedByName: r.updatedByName }));
}

/** Month 0 defaults to the first day of the current month: a plan starts "now" until someone says otherwise. */
const defaultStart = () => `${todayInOslo().slice(0, 7)}-01`;

export async function planOverview(db: Db, actor: Actor, participantId: string) {
  const participant = await findParticipantInScope(db, actor, participantId);
  const { profile, fields } = await profileOf(db, participant);
  const rows = await planRows(db, participantId);
  await recordAudit(db, actor, { type: 'journey-plan.viewed', participantId, profileFields: fields });
  return {
    participantId, profile, mayEdit: mayEditPlans(actor),
    plans: (['A', 'B'] as const).map((plan) => planJson(participantId, plan, rows.find((r) => r.plan === plan), defaultStart())),
  };
}

export async function getPlan(db: Db, actor: Actor, participantId: string, plan: Plan): Promise<PlanJson> {
  await findParticipantInScope(db, actor, participantId);
  const rows = await planRows(db, participantId);
  await recordAudit(db, actor, { type: 'journey-plan.viewed', participantId, profileFields: [] });
  return planJson(participantId, plan, rows.find((r) => r.plan === plan), defaultStart());
}

/**
 * The journey rules' facts for a step: a national offer from the content; a local offer (`local:<uuid>`, issue 18)
 * takes its lane from the database and its default length and income from the national offer it belongs to, if any.
 */
async function factsWithLocal(db: Db, steps: readonly PlanStep[]): Promise<OfferFactsLookup> {
  const locals = await localStepOffers(db, steps);
  return (offerId) => {
    const local = locals.get(offerId);
    if (!local) return journeyFacts(offerId);
    const national = local.nationalOfferId ? journeyFacts(local.nationalOfferId) : undefined;
    return { lane: local.lane as JourneyOfferFacts['lane'], responsible: national?.responsible ?? [], defaultMonths: national?.defaultMonths ?? 3, providesIncome: national?.providesIncome ?? false };
  };
}

/** Field-level checks zod cannot do: offers must exist on the map (or as local offers), step ids be unique, the plan fit in 10 years. */
async function checkSteps(db: Db, steps: PlanInput['steps']): Promise<void> {
  const ids = new Set<string>();
  const facts = await factsWithLocal(db, steps);
  steps.forEach((s, i) => {
    if (s.offerId === null && !s.text) throw fieldError(`steps.${i}.text`, 'journey.step-empty');
    if (s.offerId !== null && !facts(s.offerId) && !offerById(s.offerId)) throw fieldError(`steps.${i}.offerId`, 'journey.offer-unknown');
    if (ids.has(s.id)) throw fieldError(`steps.${i}.id`, 'journey.step-duplicate');
    ids.add(s.id);
  });
  if (summariseJourney(steps, facts).totalMonths > MAX_PLAN_MONTHS) throw fieldError('steps', 'journey.too-long');
}

export async function savePlan(db: Db, actor: Actor, participantId: string, plan: Plan, input: PlanInput): Promise<PlanJson> {
  const participant = await findParticipantInScope(db, actor, participantId);
  if (!mayEditPlans(actor)) throw forbidden();
  const steps: PlanStep[] = input.steps.map((s) => ({ ...s, text: s.text === null || s.text === '' ? null : s.text }));
  await checkSteps(db, steps);
  const saved = await db.transaction(async (tx) => {
    const [existing] = await tx.select().from(journeyPlans)
      .where(and(eq(journeyPlans.participantId, participantId), eq(journeyPlans.plan, plan)));
    if (!existing) {
      if (input.version !== 0) throw staleVersion();
      const [created] = await tx.insert(journeyPlans).values({
        participantId, municipalityId: participant.municipalityId, plan, goal: input.goal, startDate: input.startDate, steps,
        createdBy: actor.userId, updatedBy: actor.userId,
      }).onConflictDoNothing().returning();
      // Someone else created it between our read and write.
      if (!created) throw staleVersion();
      await recordAudit(tx, actor, { type: 'journey-plan.updated', participantId, journeyPlanId: created.id, plan, changedFields: ['goal', 'startDate', 'steps'] });
      return created;
    }
    const changedFields = (['goal', 'startDate', 'steps'] as const).filter((f) =>
      f === 'steps' ? JSON.stringify(existing.steps) !== JSON.stringify(steps) : existing[f] !== input[f]);
    const [updated] = await tx.update(journeyPlans)
      .set({ goal: input.goal, startDate: input.startDate, steps, updatedBy: actor.userId, version: sql`${journeyPlans.version} + 1`, updatedAt: new Date() })
      .where(and(eq(journeyPlans.id, existing.id), eq(journeyPlans.version, input.version)))
      .returning();
    if (!updated) throw staleVersion();
    await recordAudit(tx, actor, { type: 'journey-plan.updated', participantId, journeyPlanId: updated.id, plan, changedFields });
    return updated;
  });
  return planJson(participantId, plan, { ...saved, updatedByName: actor.name }, defaultStart());
}
