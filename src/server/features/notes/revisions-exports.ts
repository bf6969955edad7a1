import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Reader } from '../../db/client.ts';
import { guidanceNoteRevisions, guidanceNotes, organisations, participants } from '../../db/schema.ts';
import type { Actor } from '../../auth/actor.ts';
import type { NoteContent, PlanStep } from '../../../domain/index.ts';
import { offerById } from '../../../content/index.ts';
import { localStepOffers } from '../local-offers/service.ts';
import { AppError, forbidden, notFound, staleVersion } from '../../http/errors.ts';
import { recordAudit } from '../../audit/record.ts';
import { settingsOf } from './settings.ts';
import { mayReadParticipantCopy, mayRecordCopyRequest, revisionScope, seesSentSnapshotsOnly } from './policy.ts';
import { auditIds, latestSnapshot, names, noteInScope, noteJsonFor } from './common.ts';
import type { CopyRequestInput, NoteJson } from './schemas.ts';

/** A note's revisions, its exports (JSON, IMDinett's text blocks) and the participant's plain-language copy. */

// ─── Revisions ──────────────────────────────────────────────────────────────────────────────────────────────────

export async function listRevisions(db: Db, actor: Actor, noteId: string) {
  const { note, side } = await noteInScope(db, actor, noteId);
  const rows = await db.select({
    number: guidanceNoteRevisions.number, kind: guidanceNoteRevisions.kind, sentNumber: guidanceNoteRevisions.sentNumber,
    createdAt: guidanceNoteRevisions.createdAt, correctionReason: guidanceNoteRevisions.correctionReason, createdBy: guidanceNoteRevisions.createdBy,
  }).from(guidanceNoteRevisions).where(revisionScope(noteId, side)).orderBy(desc(guidanceNoteRevisions.number));
  const who = await names(db, rows.map((r) => r.createdBy));
  await recordAudit(db, actor, { type: 'note.revisions-viewed', ...auditIds(note), number: null });
  return {
    items: rows.map((r) => ({
      number: r.number, kind: r.kind, sentNumber: r.sentNumber, createdAt: r.createdAt.toISOString(),
      createdBy: { id: r.createdBy, name: who.get(r.createdBy) ?? '' }, correctionReason: r.correctionReason,
    })),
  };
}

export async function getRevision(db: Db, actor: Actor, noteId: string, number: number) {
  const { note, side } = await noteInScope(db, actor, noteId);
  const [r] = await db.select().from(guidanceNoteRevisions).where(and(revisionScope(noteId, side), eq(guidanceNoteRevisions.number, number)));
  if (!r) throw notFound();
  const who = await names(db, [r.createdBy]);
  await recordAudit(db, actor, { type: 'note.revisions-viewed', ...auditIds(note), number });
  return {
    number: r.number, kind: r.kind, sentNumber: r.sentNumber, content: r.content as NoteContent, correctionReason: r.correctionReason,
    createdAt: r.createdAt.toISOString(), createdBy: { id: r.createdBy, name: who.get(r.createdBy) ?? '' },
  };
}

// ─── Exports and the participant's version ──────────────────────────────────────────────────────────────────────

type LocalSteps = Awaited<ReturnType<typeof localStepOffers>>;

/** National offers from the content; local offers (`local:<uuid>`, issue 18) from the database, removed ones too. */
function withOffers(steps: PlanStep[], locals: LocalSteps = new Map()) {
  return steps.map((s) => {
    const local = s.offerId ? locals.get(s.offerId) : undefined;
    if (local) return { ...s, offerTitle: local.title, url: local.url };
    const offer = s.offerId ? offerById(s.offerId) : undefined;
    return { ...s, offerTitle: offer ? { nb: offer.title.nb, en: offer.title.en } : null, url: offer?.links[0]?.url ?? null };
  });
}

/** The newest sent snapshot; a centre asking before sending gets 409, the municipality cannot see the note (404). */
async function sentSnapshot(db: Reader, actor: Actor, noteId: string) {
  const { note, side } = await noteInScope(db, actor, noteId);
  if (!note.sentNumber) throw new AppError(409, 'note.note-not-sent');
  return { note, side, snapshot: await latestSnapshot(db, noteId, note.sentNumber) };
}

export async function exportJson(db: Db, actor: Actor, noteId: string) {
  const { note, snapshot } = await sentSnapshot(db, actor, noteId);
  const [p] = await db.select().from(participants).where(eq(participants.id, note.participantId));
  const orgs = await db.select({ id: organisations.id, name: organisations.name }).from(organisations)
    .where(inArray(organisations.id, [note.municipalityId, note.careerCentreId]));
  const who = await names(db, [note.authorId]);
  const content = snapshot.content as NoteContent;
  await recordAudit(db, actor, { type: 'note.exported', ...auditIds(note), format: 'json' });
  return {
    format: 'veivalg-note/1' as const, noteId, orderId: note.orderId,
    participant: { id: p!.id, givenName: p!.givenName, familyName: p!.familyName, birthDate: p!.birthDate },
    municipality: orgs.find((o) => o.id === note.municipalityId)?.name ?? '', careerCentre: orgs.find((o) => o.id === note.careerCentreId)?.name ?? '',
    author: who.get(note.authorId) ?? '', sentNumber: snapshot.sentNumber!, sentAt: snapshot.createdAt.toISOString(),
    correctionReason: snapshot.correctionReason,
    content: { ...content, ...await (async () => {
      const locals = await localStepOffers(db, [...content.planA, ...content.planB]);
      return { planA: withOffers(content.planA, locals), planB: withOffers(content.planB, locals) };
    })() },
  };
}

const recommendationLabels = { work: 'Arbeid', education: 'Utdanning', combination: 'Kombinasjon av arbeid og utdanning' } as const;

function planText(steps: PlanStep[], locals: LocalSteps): string {
  return withOffers(steps, locals).map((s, i) => {
    const what = s.offerTitle ? `${s.offerTitle.nb}${s.url ? ` (${s.url})` : ''}` : s.text ?? '';
    const when = [
      s.startMonth !== null ? `fra måned ${s.startMonth}` : null,
      s.durationMonths !== null ? `${s.durationMonths} måneder` : null,
    ].filter(Boolean).join(', ');
    return `${i + 1}. ${what}${when ? ` – ${when}` : ''}`;
  }).join('\n');
}

/** Copy-ready text blocks with Norwegian labels, one per field of IMDinett's "karriereveileders notat". */
export async function exportImdinett(db: Db, actor: Actor, noteId: string) {
  const { note, snapshot } = await sentSnapshot(db, actor, noteId);
  const c = snapshot.content as NoteContent;
  const rec = c.recommendation;
  const locals = await localStepOffers(db, [...c.planA, ...c.planB]);
  const blocks = [
    { key: 'wishes', label: 'Deltakerens ønsker', text: c.wishes },
    { key: 'background', label: 'Bakgrunn (skole, utdanning, arbeidserfaring, norsk)', text: c.background },
    { key: 'careerCompetenceThemes', label: 'Karrierekompetanse', text: c.careerCompetenceThemes },
    { key: 'educationAndWorkPaths', label: 'Mulige utdannings- og arbeidsveier', text: c.educationAndWorkPaths },
    { key: 'recognitions', label: 'Godkjenninger som bør søkes', text: c.recognitions },
    { key: 'rightsAndOpportunities', label: 'Rettigheter og muligheter', text: c.rightsAndOpportunities },
    { key: 'planA', label: 'Plan A', text: planText(c.planA, locals) },
    { key: 'planB', label: 'Plan B', text: planText(c.planB, locals) },
    {
      key: 'recommendation', label: 'Anbefaling (integreringsloven § 11 fjerde ledd)',
      text: [
        rec.kind ? `Anbefaling: ${recommendationLabels[rec.kind]}.` : '', rec.justification,
        rec.reachWithinProgramme ? `Hvor langt deltakeren kan komme innenfor introduksjonsprogrammet: ${rec.reachWithinProgramme}` : '',
      ].filter(Boolean).join('\n'),
    },
    {
      key: 'language', label: 'Språk og tolk',
      text: [
        c.languageUsed ? `Språk i samtalen: ${c.languageUsed}.` : '',
        c.interpreterTookPart === null ? '' : c.interpreterTookPart ? 'Tolk deltok.' : 'Tolk deltok ikke.',
      ].filter(Boolean).join(' '),
    },
    ...(snapshot.correctionReason ? [{ key: 'correction', label: `Rettelse (versjon ${snapshot.sentNumber})`, text: snapshot.correctionReason }] : []),
  ];
  await recordAudit(db, actor, { type: 'note.exported', ...auditIds(note), format: 'imdinett' });
  return { blocks };
}

/**
 * The plain-language copy for the participant. The centre always sees it (it writes it); the municipality only
 * once the note is sent and when participantCopyAvailable says the participant gets it: policy "always", or
 * "on-request" with the request recorded (otherwise 403 note.no-participant-copy: the copy is withheld, the note
 * itself is visible).
 */
export async function participantVersion(db: Db, actor: Actor, noteId: string) {
  const { note, side } = await noteInScope(db, actor, noteId);
  let content = note.content as NoteContent;
  if (seesSentSnapshotsOnly(side)) {
    const policy = (await settingsOf(db, note.careerCentreId)).participantCopy;
    if (!mayReadParticipantCopy(side, policy, note.participantCopyRequested)) throw new AppError(403, 'note.no-participant-copy');
    content = (await latestSnapshot(db, noteId, note.sentNumber!)).content as NoteContent;
  }
  await recordAudit(db, actor, { type: 'note.exported', ...auditIds(note), format: 'participant-version' });
  return {
    language: content.participantVersion.language, text: content.participantVersion.text,
    ...await (async () => {
      const locals = await localStepOffers(db, [...content.planA, ...content.planB]);
      return { planA: withOffers(content.planA, locals), planB: withOffers(content.planB, locals) };
    })(),
    recommendationKind: content.recommendation.kind,
  };
}

/**
 * "Deltakeren har bedt om kopi": records (or withdraws) the participant's request for the plain-language copy,
 * with who and when. Matters under the centre's "on-request" policy (participantCopyAvailable). The municipality
 * sees only sent notes, so it records the request on a sent note; the counsellor may record it at any stage.
 * A stale note version → 409.
 */
export async function setParticipantCopyRequest(db: Db, actor: Actor, noteId: string, input: CopyRequestInput): Promise<NoteJson> {
  const { note, side } = await noteInScope(db, actor, noteId);
  if (!mayRecordCopyRequest(actor)) throw forbidden();
  if (input.version !== note.version) throw staleVersion();
  return db.transaction(async (tx) => {
    const [updated] = await tx.update(guidanceNotes).set({
      participantCopyRequested: input.requested,
      participantCopyRequestedBy: actor.userId,
      participantCopyRequestedAt: new Date(),
      version: sql`${guidanceNotes.version} + 1`, updatedAt: new Date(),
    }).where(and(eq(guidanceNotes.id, noteId), eq(guidanceNotes.version, input.version))).returning();
    if (!updated) throw staleVersion();
    await recordAudit(tx, actor, { type: 'note.participant-copy-requested', ...auditIds(note), requested: input.requested });
    return noteJsonFor(tx, updated, side);
  });
}
