/**
 * Demo data for personal journey plans (issue 6) and the participant's page (issue 7), for two Bergen participants:
 *
 * - the first Bergen participant whose guidance is completed (the one whose note `seed-notes.ts` sends): Plan A
 *   towards health worker through Norwegian and upper secondary school, Plan B towards work through language
 *   practice and a trade certificate on experience, both made with Vilde after the session; and the resources Vilde
 *   chose for the participant's page after that session (two map offers and one external page);
 * - the first Bergen participant with a session booked: a plan the adviser has started before guidance, with
 *   recognition of higher education in Plan A and the fast track to work in Plan B.
 *
 * No page links: a link's token is shown once when a person makes it, and demo data must not hold a working
 * address to anyone's page. Steps reference real map offers (checked here, so a renamed offer fails the demo test).
 */
import type { Db } from '../db/client.ts';
import { guidanceOrders, journeyPlans, participantPageResources, participants } from '../db/schema.ts';
import { offerById } from '../../content/index.ts';
import { journeyFacts } from '../../content/journeys/index.ts';
import { MAX_PLAN_MONTHS, summariseJourney, todayInOslo, type PlanStep } from '../../domain/index.ts';

interface SeededCase { p: typeof participants.$inferSelect; o: typeof guidanceOrders.$inferSelect }
export interface JourneySeedIds { bergen: string; vilde: string; ragnhild: string }

const step = (id: string, offerId: string | null, startMonth: number, durationMonths: number, text: string | null = null): PlanStep => ({
  id, offerId, text, startMonth, durationMonths,
});

/** Plans after a held session: Plan A education, Plan B work (the note's Plan A/B point the same way). */
const afterSession = {
  A: {
    goal: 'Helsefagarbeider med fagbrev',
    steps: [
      step('a1', 'norsk-og-samfunnskunnskap', 0, 18),
      step('a2', 'introduksjonsstonad', 0, 24),
      step('a3', 'realkompetansevurdering', 6, 3),
      step('a4', 'videregaende-for-voksne', 12, 24),
      step('a5', null, 36, 12, 'Læretid i helsefag på sykehjem'),
    ],
  },
  B: {
    goal: 'Fast jobb i helse og omsorg',
    steps: [
      step('b1', 'norsk-og-samfunnskunnskap', 0, 12),
      step('b2', 'sprakpraksis', 6, 6),
      step('b3', 'praksiskandidat', 12, 24),
    ],
  },
} as const;

/** Plans the adviser started before guidance, for a participant with higher education. */
const beforeSession = {
  A: {
    goal: 'Ingeniør i Norge',
    steps: [
      step('a1', 'norsk-og-samfunnskunnskap', 0, 18),
      step('a2', 'godkjenning-utdanning', 3, 6),
      step('a3', 'kompletterende-utdanning', 18, 24),
    ],
  },
  B: {
    goal: 'Jobb som tekniker mens norsken blir bedre',
    steps: [
      step('b1', 'norsk-og-samfunnskunnskap', 0, 12),
      step('b2', 'hurtigspor', 3, 9),
      step('b3', 'mentor-og-traineeordning', 12, 12),
    ],
  },
} as const;

/** A demo plan must be one the app itself would accept (journeys/service.ts checkSteps). */
function checked(steps: readonly PlanStep[]): PlanStep[] {
  for (const s of steps) {
    if (s.offerId !== null && !offerById(s.offerId)) throw new Error(`demo journey: unknown offer ${s.offerId}`);
  }
  if (new Set(steps.map((s) => s.id)).size !== steps.length) throw new Error('demo journey: step ids repeat');
  if (summariseJourney(steps, journeyFacts).totalMonths > MAX_PLAN_MONTHS) throw new Error('demo journey: longer than the plan limit');
  return steps.map((s) => ({ ...s }));
}

export async function seedJourneys(db: Db, cases: SeededCase[], ids: JourneySeedIds): Promise<void> {
  const startDate = `${todayInOslo().slice(0, 7)}-01`;
  const bergen = (status: string) => cases.find((c) => c.o.municipalityId === ids.bergen && c.o.status === status);
  const done = bergen('completed');
  const booked = bergen('scheduled');

  const rows: (typeof journeyPlans.$inferInsert)[] = [];
  const plansFor = (c: SeededCase, plans: typeof afterSession | typeof beforeSession, by: string) => {
    for (const plan of ['A', 'B'] as const) {
      rows.push({
        participantId: c.p.id, municipalityId: ids.bergen, plan, goal: plans[plan].goal, startDate,
        steps: checked(plans[plan].steps), createdBy: by, updatedBy: by,
      });
    }
  };
  if (done) plansFor(done, afterSession, ids.vilde);
  if (booked) plansFor(booked, beforeSession, ids.ragnhild);
  if (rows.length) await db.insert(journeyPlans).values(rows);

  // What Vilde picked for the participant's page after the held session.
  if (done) {
    for (const offerId of ['videregaende-for-voksne', 'realkompetansevurdering']) {
      if (!offerById(offerId)) throw new Error(`demo resource: unknown offer ${offerId}`);
    }
    await db.insert(participantPageResources).values([
      { participantId: done.p.id, kind: 'offer', offerId: 'videregaende-for-voksne', note: 'Dette snakket vi om: skole for voksne etter norskkurset.', addedBy: ids.vilde },
      { participantId: done.p.id, kind: 'offer', offerId: 'realkompetansevurdering', note: 'Arbeidserfaringen din kan gi kortere skoletid.', addedBy: ids.vilde },
      { participantId: done.p.id, kind: 'link', url: 'https://www.vilbli.no', title: 'Vilbli: videregående opplæring', note: '', addedBy: ids.vilde },
    ]);
  }
}
