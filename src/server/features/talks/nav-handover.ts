import { and, asc, desc, eq } from 'drizzle-orm';
import type { Db, Reader } from '../../db/client.ts';
import { guidanceNoteFeedback, guidanceNotes, journeyPlans, organisations, users } from '../../db/schema.ts';
import type { Actor } from '../../auth/actor.ts';
import { mayUseAdviserTools } from './policy.ts';
import type { NavHandoverItem, NoteContent, PlanStep } from '../../../domain/index.ts';
import { offerById } from '../../../content/index.ts';
import { localStepOffers } from '../local-offers/service.ts';
import { fieldError, forbidden } from '../../http/errors.ts';
import { recordAudit } from '../../audit/record.ts';
import { findParticipantInScope } from '../participants/service.ts';
import type { NavHandoverInput } from './schemas.ts';

/**
 * The hand-over summary for NAV when the introduction programme ends (issue 13 item 5; seed 003: participants must
 * not "starte på nytt" when they come to NAV). The municipality prepares it from what it already holds: the latest
 * sent note's recommendation, the journey plans and the end goal from its feedback on the note. The document holds
 * only the parts the adviser ticks (data minimisation): the server leaves the rest out, not the page.
 */

async function parts(db: Reader, participantId: string) {
  // The municipality sees a note only once sent; the latest sent one counts.
  const [note] = await db.select({ id: guidanceNotes.id, content: guidanceNotes.content, lastSentAt: guidanceNotes.lastSentAt, centre: organisations.name })
    .from(guidanceNotes).innerJoin(organisations, eq(organisations.id, guidanceNotes.careerCentreId))
    .where(and(eq(guidanceNotes.participantId, participantId), eq(guidanceNotes.status, 'sent')))
    .orderBy(desc(guidanceNotes.lastSentAt)).limit(1);
  const recommendation = note
    ? (() => {
        const r = (note.content as NoteContent).recommendation;
        return { kind: r.kind, justification: r.justification, reachWithinProgramme: r.reachWithinProgramme, sentAt: note.lastSentAt?.toISOString() ?? null, centre: note.centre };
      })()
    : null;
  const plans = await db.select().from(journeyPlans).where(eq(journeyPlans.participantId, participantId)).orderBy(asc(journeyPlans.plan));
  const locals = await localStepOffers(db, plans.flatMap((p) => p.steps as PlanStep[]));
  const journeyPlan = plans.length
    ? plans.map((p) => ({
        plan: p.plan, goal: p.goal, startDate: p.startDate,
        steps: (p.steps as PlanStep[]).map((s) => {
          const offer = s.offerId ? offerById(s.offerId) : undefined;
          const local = s.offerId ? locals.get(s.offerId) : undefined;
          return { offerId: s.offerId, offerTitle: local ? local.title : offer ? { nb: offer.title.nb, en: offer.title.en } : null, text: s.text, startMonth: s.startMonth, durationMonths: s.durationMonths };
        }),
      }))
    : null;
  const [feedback] = note
    ? await db.select({ endGoal: guidanceNoteFeedback.endGoal, endGoalText: guidanceNoteFeedback.endGoalText }).from(guidanceNoteFeedback)
      .where(eq(guidanceNoteFeedback.noteId, note.id))
    : [];
  const endGoal = feedback ? { code: feedback.endGoal, text: feedback.endGoalText } : null;
  return { recommendation, journeyPlan, endGoal };
}

async function adviserParticipant(db: Db, actor: Actor, participantId: string) {
  const participant = await findParticipantInScope(db, actor, participantId);
  if (!mayUseAdviserTools(actor)) throw forbidden();
  return participant;
}

const person = (p: { id: string; givenName: string; familyName: string; programmeEndDate: string | null }) =>
  ({ id: p.id, givenName: p.givenName, familyName: p.familyName, programmeEndDate: p.programmeEndDate });

/** What could go into the summary, for the adviser to choose from (audited as a read). */
export async function navHandoverSources(db: Db, actor: Actor, participantId: string) {
  const participant = await adviserParticipant(db, actor, participantId);
  const found = await parts(db, participantId);
  await recordAudit(db, actor, { type: 'nav-handover.viewed', participantId });
  return {
    participant: person(participant),
    available: { recommendation: found.recommendation !== null, journeyPlan: found.journeyPlan !== null, endGoal: found.endGoal !== null },
    ...found,
  };
}

/**
 * The summary with only the ticked parts; a part that does not exist is refused (400) rather than printed empty.
 * Audited with the names of the parts and the format, so the trail shows what left the municipality for NAV.
 */
export async function prepareNavHandover(db: Db, actor: Actor, participantId: string, input: NavHandoverInput) {
  const participant = await adviserParticipant(db, actor, participantId);
  const included = [...new Set(input.include)] as NavHandoverItem[];
  if (!included.length) throw fieldError('include', 'nav-handover.nothing-chosen');
  const found = await parts(db, participantId);
  const missing = included.find((k) => found[k] === null);
  if (missing) throw fieldError('include', 'nav-handover.part-missing');
  const [me] = await db.select({ name: users.name }).from(users).where(eq(users.id, actor.userId));
  await recordAudit(db, actor, { type: 'nav-handover.prepared', participantId, included, format: input.format });
  return {
    participant: person(participant),
    municipality: participant.municipalityName,
    preparedAt: new Date().toISOString(),
    preparedBy: me?.name ?? '',
    included,
    ...Object.fromEntries(included.map((k) => [k, found[k]])),
  };
}
