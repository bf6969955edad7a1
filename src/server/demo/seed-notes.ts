/**
 * Demo data for the counsellor's note (issue 5): Karriere Vestland's wording library and review rule, and notes in
 * every stage for Bergen participants so the whole loop shows: a draft, a note in review, a sent note that was
 * read and answered with feedback, and (when the demo is large enough) a sent note nobody has opened for a week.
 */
import type { Db } from '../db/client.ts';
import {
  guidanceNoteFeedback, guidanceNoteReads, guidanceNoteReviews, guidanceNoteRevisions, guidanceNotes, guidanceOrders, integrationPlanTasks,
  noteSettings, noteWordings, notifications, participants,
} from '../db/schema.ts';
import { addDays, emptyNoteContent, planTaskDueOn, todayInOslo, type NoteContent } from '../../domain/index.ts';

interface SeededCase { p: typeof participants.$inferSelect; o: typeof guidanceOrders.$inferSelect }
export interface NoteSeedIds { vestland: string; bergen: string; vilde: string; viktor: string; liv: string; ragnhild: string }

/**
 * Law references as a counsellor would cite them in a sent note: a wording's reference is appended to the note text,
 * so it must never carry a research marker (see src/domain/internal-markers.ts). Section numbers of integreringsloven
 * checked 2026-12-05 against its table of contents (https://norgeslover.no/lov/NL%2Flov%2F2020-11-06-127: § 11
 * Karriereveiledning, § 14 a Innholdet i introduksjonsprogrammet, § 15 Integreringsplan); opplæringslova (2023) is cited
 * by the name of the right, because its section numbers were not confirmed.
 */
export const demoWordings: { kind: 'wording' | 'recommendation'; title: string; body: string; lawReference: string }[] = [
  {
    kind: 'recommendation', title: 'Norsk til B1, deretter fagbrev',
    body: 'Det anbefales at deltakeren lærer norsk til minst B1, som gir et godt grunnlag for videregående opplæring, og deretter tar fagbrev. Tidligere yrkeserfaring kan gi kortere løp gjennom realkompetansevurdering.',
    lawReference: 'integreringsloven § 11 fjerde ledd',
  },
  {
    kind: 'recommendation', title: 'Fullføre grunnskole innenfor programmet',
    body: 'Deltakeren har under ti års skolegang. Det anbefales grunnskoleopplæring for voksne som en del av introduksjonsprogrammet, slik at deltakeren får rett til videregående opplæring etterpå.',
    lawReference: 'integreringsloven § 11 fjerde ledd; opplæringslova (2023), rett til førebuande opplæring for vaksne',
  },
  {
    kind: 'recommendation', title: 'Arbeid med språkpraksis',
    body: 'Deltakeren ønsker raskt arbeid og har relevant erfaring. Det anbefales språkpraksis i bransjen kombinert med norskopplæring, med mål om fast ansettelse.',
    lawReference: 'integreringsloven § 11 fjerde ledd; integreringsloven § 14 a (innholdet i introduksjonsprogrammet)',
  },
  {
    kind: 'recommendation', title: 'Kombinasjon: arbeid og utdanning',
    body: 'Det anbefales en kombinasjon: deltidsarbeid for å bygge nettverk og norsk, parallelt med opplæring som gir formell kompetanse på sikt.',
    lawReference: 'integreringsloven § 11 fjerde ledd',
  },
  {
    kind: 'wording', title: 'Godkjenning av utdanning fra utlandet',
    body: 'Deltakeren har høyere utdanning fra hjemlandet. Det bør søkes godkjenning hos HK-dir før videre utdanningsvalg, slik at deltakeren ikke tar utdanning hen allerede har.',
    lawReference: '',
  },
  {
    kind: 'wording', title: 'Realkompetansevurdering',
    body: 'Lang arbeidserfaring kan dokumenteres gjennom realkompetansevurdering. Det kan gi fritak for deler av opplæringen og et kortere løp mot fagbrev.',
    lawReference: 'opplæringslova (2023), realkompetansevurdering for vaksne',
  },
  {
    kind: 'wording', title: 'Rett til videregående opplæring for voksne',
    body: 'Voksne som har fullført grunnskole, men ikke videregående opplæring, har rett til videregående opplæring tilpasset voksne.',
    lawReference: 'opplæringslova (2023), rett til vidaregåande opplæring for vaksne',
  },
  {
    kind: 'wording', title: 'Notatet er et øyeblikksbilde',
    body: 'Notatet beskriver situasjonen og mulighetene på tidspunktet for veiledningen. Anbefalingen er ikke begrenset til kurs som tilbys i dag.',
    lawReference: 'integreringsloven § 11',
  },
  {
    kind: 'wording', title: 'Plan B ved manglende progresjon i norsk',
    body: 'Dersom progresjonen i norsk blir lavere enn ventet, er Plan B arbeidsrettet opplæring med praksis, slik at deltakeren likevel kommer nærmere arbeid innenfor programtiden.',
    lawReference: 'integreringsloven § 15 (integreringsplan)',
  },
  {
    kind: 'wording', title: 'Oppfølgingsveiledning ved slutten av programmet',
    body: 'Deltakeren kan be om ny karriereveiledning mot slutten av introduksjonsprogrammet for å planlegge overgangen til arbeid eller utdanning.',
    lawReference: 'integreringsloven § 11',
  },
];

function exampleContent(p: { givenName: string }, language: string): NoteContent {
  return {
    ...emptyNoteContent(),
    wishes: `${p.givenName} ønsker å jobbe som helsefagarbeider og å lære norsk godt nok til å ta utdanning.`,
    background: 'Skolegang – År med skolegang: 9; Land: Syria.\nArbeidserfaring – Yrke: Butikkmedarbeider; År: 6.\nNorsknivå og opplæring – Nivå (CEFR): A2.',
    careerCompetenceThemes: 'Meg i kontekst; muligheter og begrensninger.',
    educationAndWorkPaths: 'Helsefagarbeider via videregående opplæring for voksne, eventuelt fagbrev på jobb.',
    recognitions: 'Ingen utdanning å godkjenne; realkompetansevurdering av arbeidserfaring kan vurderes.',
    rightsAndOpportunities: 'Rett til videregående opplæring for voksne etter fullført grunnskole.',
    planA: [
      { id: 'a1', offerId: 'norsk-og-samfunnskunnskap', text: null, startMonth: 0, durationMonths: 12 },
      { id: 'a2', offerId: null, text: 'Videregående opplæring helse- og oppvekstfag for voksne', startMonth: 12, durationMonths: 24 },
    ],
    planB: [{ id: 'b1', offerId: 'sprakpraksis', text: null, startMonth: 6, durationMonths: 6 }],
    recommendation: {
      kind: 'education',
      justification: 'Norsk til B1 og videregående opplæring gir formell kompetanse og varig tilknytning til arbeidslivet.',
      reachWithinProgramme: 'Norsk til B1 og start på videregående opplæring.',
    },
    languageUsed: language, interpreterTookPart: true,
    participantVersion: { language, text: 'Du vil bli helsefagarbeider. Først lærer du norsk. Så kan du ta videregående skole for voksne.' },
  };
}

export async function seedNotes(db: Db, cases: SeededCase[], ids: NoteSeedIds): Promise<void> {
  const today = todayInOslo();
  // Karriere Vestland has two counsellors read every note before it goes out (seed 001, grep 6).
  await db.insert(noteSettings).values({ organisationId: ids.vestland, reviewRequired: true, participantCopy: 'on-request', updatedBy: ids.liv });
  await db.insert(noteWordings).values(demoWordings.map((w) => ({ careerCentreId: ids.vestland, ...w, createdBy: ids.liv, updatedBy: ids.liv })));

  const bergen = (status: string) => cases.filter((c) => c.o.municipalityId === ids.bergen && c.o.status === status);
  const [done, later] = bergen('completed');
  const [scheduled] = bergen('scheduled');
  const [accepted] = bergen('accepted');
  const at = (daysAgo: number, hour = 10) => new Date(`${addDays(today, -daysAgo)}T${String(hour).padStart(2, '0')}:00:00Z`);

  // Sent eight days ago, approved by Viktor, opened by Ragnhild, answered with feedback; the plan task is closed.
  if (done) {
    const content = exampleContent(done.p, done.o.language);
    const [note] = await db.insert(guidanceNotes).values({
      orderId: done.o.id, participantId: done.p.id, municipalityId: ids.bergen, careerCentreId: ids.vestland, authorId: ids.vilde,
      status: 'sent', content, recommendationKind: 'education', reviewerId: ids.viktor, reviewRequestedAt: at(9), approvedBy: ids.viktor,
      approvedAt: at(8, 9), firstSentAt: at(8), lastSentAt: at(8), sentNumber: 1, firstReadAt: at(7), version: 5, createdAt: at(10),
    }).returning();
    await db.insert(guidanceNoteRevisions).values([
      { noteId: note!.id, kind: 'draft', number: 1, content, createdBy: ids.vilde, createdAt: at(10) },
      { noteId: note!.id, kind: 'sent', number: 2, sentNumber: 1, content, createdBy: ids.vilde, createdAt: at(8) },
    ]);
    await db.insert(guidanceNoteReviews).values({ noteId: note!.id, reviewerId: ids.viktor, decision: 'approve', comment: 'Godt begrunnet.', createdAt: at(8, 9) });
    await db.insert(guidanceNoteReads).values({ noteId: note!.id, sentNumber: 1, userId: ids.ragnhild, readAt: at(7) });
    await db.insert(guidanceNoteFeedback).values({
      noteId: note!.id, recommendationUse: 'followed', reason: '', integrationPlanChanged: true, endGoal: 'upper-secondary', givenBy: ids.ragnhild,
      createdAt: at(3), updatedAt: at(3),
    });
    await db.insert(integrationPlanTasks).values({
      noteId: note!.id, participantId: done.p.id, municipalityId: ids.bergen, assigneeId: ids.ragnhild,
      dueOn: planTaskDueOn(addDays(today, -8)), status: 'closed', closedBy: ids.ragnhild, closedAt: at(3), version: 2,
    });
    await db.insert(notifications).values([
      { userId: ids.ragnhild, kind: 'note-sent', participantId: done.p.id, noteId: note!.id, createdAt: at(8), readAt: at(7) },
      { userId: ids.vilde, kind: 'note-feedback', participantId: done.p.id, noteId: note!.id, createdAt: at(3) },
    ]);
  }
  // Sent a week ago and not opened: shows on the adviser's and the leads' unread queues, with an open plan task.
  if (later) {
    const content = exampleContent(later.p, later.o.language);
    const [note] = await db.insert(guidanceNotes).values({
      orderId: later.o.id, participantId: later.p.id, municipalityId: ids.bergen, careerCentreId: ids.vestland, authorId: ids.viktor,
      status: 'sent', content, recommendationKind: 'education', reviewerId: ids.vilde, approvedBy: ids.vilde, approvedAt: at(7, 8),
      firstSentAt: at(7), lastSentAt: at(7), sentNumber: 1, version: 4, createdAt: at(9),
    }).returning();
    await db.insert(guidanceNoteRevisions).values([
      { noteId: note!.id, kind: 'draft', number: 1, content, createdBy: ids.viktor, createdAt: at(9) },
      { noteId: note!.id, kind: 'sent', number: 2, sentNumber: 1, content, createdBy: ids.viktor, createdAt: at(7) },
    ]);
    await db.insert(integrationPlanTasks).values({
      noteId: note!.id, participantId: later.p.id, municipalityId: ids.bergen, assigneeId: ids.ragnhild, dueOn: planTaskDueOn(addDays(today, -7)),
    });
    await db.insert(notifications).values({ userId: ids.ragnhild, kind: 'note-sent', participantId: later.p.id, noteId: note!.id, createdAt: at(7) });
  }
  // A draft being written, and a note waiting for Viktor's review.
  if (scheduled) {
    const content = { ...emptyNoteContent(), wishes: 'Ønsker å studere ingeniørfag.', languageUsed: scheduled.o.language };
    const [note] = await db.insert(guidanceNotes).values({
      orderId: scheduled.o.id, participantId: scheduled.p.id, municipalityId: ids.bergen, careerCentreId: ids.vestland, authorId: ids.vilde, content,
    }).returning();
    await db.insert(guidanceNoteRevisions).values({ noteId: note!.id, kind: 'draft', number: 1, content, createdBy: ids.vilde });
  }
  if (accepted) {
    const content = exampleContent(accepted.p, accepted.o.language);
    const [note] = await db.insert(guidanceNotes).values({
      orderId: accepted.o.id, participantId: accepted.p.id, municipalityId: ids.bergen, careerCentreId: ids.vestland, authorId: ids.vilde,
      status: 'in-review', content, recommendationKind: 'education', reviewerId: ids.viktor, reviewRequestedAt: at(1), version: 3,
    }).returning();
    await db.insert(guidanceNoteRevisions).values({ noteId: note!.id, kind: 'draft', number: 1, content, createdBy: ids.vilde });
    await db.insert(notifications).values({ userId: ids.viktor, kind: 'note-review-requested', participantId: accepted.p.id, noteId: note!.id, createdAt: at(1) });
  }
}
