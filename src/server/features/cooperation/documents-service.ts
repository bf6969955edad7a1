import { and, asc, desc, eq, inArray, isNull, max, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  cooperationDocumentParties, cooperationDocuments, cooperationDocumentVersions, organisations, users,
} from '../../db/schema.ts';
import type { Actor } from '../../auth/actor.ts';
import { todayInOslo, type IsoDate } from '../../../domain/index.ts';
import { currentVersion, reviewStatus } from '../../../domain/cooperation-documents.ts';
import { fieldError, forbidden, notFound, staleVersion } from '../../http/errors.ts';
import { recordAudit } from '../../audit/record.ts';
import {
  centreStaffUsers, documentAuthorCentre, documentSide, mayEditDocument, mayRemoveDocument, staffCentre,
} from './policy.ts';
import type { DocumentCreate, DocumentPatch, VersionCreate } from './documents-schemas.ts';

/**
 * Shared agreements and routines between a career centre and its municipalities (issue 13, item 3). Who sees
 * what: the centre's staff its own documents; a municipality's staff the documents it is a party to; a centre's
 * staff also the documents other centres publish as templates (through the template routes only). Everything
 * else answers 404, so an id does not tell whether the document exists.
 */

type Reader = Pick<Db, 'select'>;
type DocumentRow = typeof cooperationDocuments.$inferSelect;
type VersionRow = typeof cooperationDocumentVersions.$inferSelect;
interface Ref { id: string; name: string }

/** The document if the actor may read it: its own centre's staff, or a municipality that is a party. */
async function documentInScope(db: Reader, actor: Actor, id: string): Promise<DocumentRow> {
  if (!actor.organisationId) throw notFound();
  const [doc] = await db.select().from(cooperationDocuments).where(and(eq(cooperationDocuments.id, id), isNull(cooperationDocuments.removedAt)));
  if (!doc) throw notFound();
  const side = documentSide(actor);
  if (side === 'career-centre' && doc.careerCentreId === actor.organisationId) return doc;
  if (side === 'municipality') {
    const [party] = await db.select().from(cooperationDocumentParties)
      .where(and(eq(cooperationDocumentParties.documentId, id), eq(cooperationDocumentParties.municipalityId, actor.organisationId)));
    if (party) return doc;
  }
  throw notFound();
}

async function namesOf(db: Reader, table: typeof users | typeof organisations, ids: string[]): Promise<Map<string, Ref>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = await db.select({ id: table.id, name: table.name }).from(table).where(inArray(table.id, unique));
  return new Map(rows.map((r) => [r.id, r]));
}
const refOf = (names: Map<string, Ref>, id: string): Ref => names.get(id) ?? { id, name: '' };

async function partiesOf(db: Reader, documentIds: string[]) {
  if (!documentIds.length) return new Map<string, string[]>();
  const rows = await db.select().from(cooperationDocumentParties).where(inArray(cooperationDocumentParties.documentId, documentIds));
  const map = new Map<string, string[]>();
  for (const r of rows) map.set(r.documentId, [...(map.get(r.documentId) ?? []), r.municipalityId]);
  return map;
}

async function versionsOf(db: Reader, documentIds: string[]) {
  if (!documentIds.length) return new Map<string, VersionRow[]>();
  const rows = await db.select().from(cooperationDocumentVersions)
    .where(inArray(cooperationDocumentVersions.documentId, documentIds)).orderBy(asc(cooperationDocumentVersions.number));
  const map = new Map<string, VersionRow[]>();
  for (const r of rows) map.set(r.documentId, [...(map.get(r.documentId) ?? []), r]);
  return map;
}

/** The list entries for some documents, with names, parties and the version in force today. */
async function summaries(db: Reader, docs: DocumentRow[], day: IsoDate) {
  const ids = docs.map((d) => d.id);
  const [parties, versions] = [await partiesOf(db, ids), await versionsOf(db, ids)];
  const orgs = await namesOf(db, organisations, [...docs.map((d) => d.careerCentreId), ...[...parties.values()].flat()]);
  const people = await namesOf(db, users, docs.map((d) => d.ownerUserId));
  return docs.map((d) => ({
    id: d.id, kind: d.kind, title: d.title, careerCentre: refOf(orgs, d.careerCentreId), owner: refOf(people, d.ownerUserId),
    parties: (parties.get(d.id) ?? []).map((m) => refOf(orgs, m)).sort((a, b) => a.name.localeCompare(b.name, 'nb')),
    nextReviewOn: d.nextReviewOn, reviewStatus: reviewStatus(d.nextReviewOn, day), publishedAsTemplate: d.publishedAsTemplate,
    currentVersionNumber: currentVersion(versions.get(d.id) ?? [], day)?.number ?? null,
    updatedAt: d.updatedAt.toISOString(), version: d.version,
  }));
}

/** The centre's own documents, or the documents the municipality is a party to; newest change first. */
export async function listDocuments(db: Db, actor: Actor) {
  const side = documentSide(actor);
  if (!actor.organisationId || !side) throw forbidden();
  const live = isNull(cooperationDocuments.removedAt);
  const docs = side === 'career-centre'
    ? await db.select().from(cooperationDocuments).where(and(eq(cooperationDocuments.careerCentreId, actor.organisationId), live))
      .orderBy(desc(cooperationDocuments.updatedAt)).limit(500)
    : (await db.select({ d: cooperationDocuments }).from(cooperationDocuments)
      .innerJoin(cooperationDocumentParties, eq(cooperationDocumentParties.documentId, cooperationDocuments.id))
      .where(and(eq(cooperationDocumentParties.municipalityId, actor.organisationId), live))
      .orderBy(desc(cooperationDocuments.updatedAt)).limit(500)).map((r) => r.d);
  return { items: await summaries(db, docs, todayInOslo()) };
}

type VersionStatus = 'current' | 'earlier' | 'upcoming';
function versionStatus(v: VersionRow, current: VersionRow | null): VersionStatus {
  if (current && v.number === current.number) return 'current';
  return current && v.number < current.number ? 'earlier' : v.effectiveFrom > todayInOslo() ? 'upcoming' : 'earlier';
}
function versionSummary(v: VersionRow, current: VersionRow | null, people: Map<string, Ref>) {
  return {
    number: v.number, changeNote: v.changeNote, effectiveFrom: v.effectiveFrom, publishedAt: v.publishedAt.toISOString(),
    publishedBy: refOf(people, v.publishedBy), status: versionStatus(v, current),
  };
}

/** One document with the text in force today and the list of every version (the parties read earlier ones too). */
export async function getDocument(db: Db, actor: Actor, id: string) {
  const doc = await documentInScope(db, actor, id);
  const day = todayInOslo();
  const [summary] = await summaries(db, [doc], day);
  const versions = (await versionsOf(db, [doc.id])).get(doc.id) ?? [];
  const current = currentVersion(versions, day);
  const people = await namesOf(db, users, versions.map((v) => v.publishedBy));
  let templateSource: Ref | null = null;
  if (doc.templateSourceId) {
    // Only its title and centre: the source may since have been withdrawn as a template.
    const [source] = await db.select({ title: cooperationDocuments.title, centre: organisations.name }).from(cooperationDocuments)
      .innerJoin(organisations, eq(organisations.id, cooperationDocuments.careerCentreId)).where(eq(cooperationDocuments.id, doc.templateSourceId));
    if (source) templateSource = { id: doc.templateSourceId, name: `${source.title} (${source.centre})` };
  }
  return {
    ...summary!,
    current: current ? { ...versionSummary(current, current, people), body: current.body, documentId: doc.id, title: doc.title } : null,
    versions: versions.map((v) => versionSummary(v, current, people)).reverse(),
    templateSource,
    canEdit: mayEditDocument(actor, doc),
    canRemove: mayRemoveDocument(actor),
  };
}

/** One version's text: current, earlier or upcoming. */
export async function getVersion(db: Db, actor: Actor, id: string, number: number) {
  const doc = await documentInScope(db, actor, id);
  const versions = (await versionsOf(db, [doc.id])).get(doc.id) ?? [];
  const v = versions.find((x) => x.number === number);
  if (!v) throw notFound();
  const people = await namesOf(db, users, [v.publishedBy]);
  return { ...versionSummary(v, currentVersion(versions, todayInOslo()), people), body: v.body, documentId: doc.id, title: doc.title };
}

/** The owner must be an active counsellor or lead of the same centre. */
async function assertOwner(db: Reader, centreId: string, userId: string) {
  const [u] = await db.select({ id: users.id }).from(users).where(and(
    eq(users.id, userId), eq(users.organisationId, centreId), eq(users.active, true), centreStaffUsers(),
  ));
  if (!u) throw fieldError('ownerUserId', 'document.owner-invalid');
}

/** Every party must be a municipality the centre serves; another centre's municipality is 404, as its ids are elsewhere. */
async function assertParties(db: Reader, centreId: string, municipalityIds: string[]) {
  const unique = [...new Set(municipalityIds)];
  const served = await db.select({ id: organisations.id }).from(organisations).where(and(
    inArray(organisations.id, unique), eq(organisations.servedByCareerCentreId, centreId), eq(organisations.kind, 'municipality'),
  ));
  if (served.length !== unique.length) throw notFound();
  return unique;
}

function assertReviewDate(nextReviewOn: string | null | undefined, field = 'nextReviewOn') {
  if (nextReviewOn && nextReviewOn < todayInOslo()) throw fieldError(field, 'document.review-date-past');
}

/** A published template of any centre (the actor's own included), not removed; anything else is 404. */
async function publishedTemplate(db: Reader, id: string) {
  const [doc] = await db.select().from(cooperationDocuments).where(and(
    eq(cooperationDocuments.id, id), eq(cooperationDocuments.publishedAsTemplate, true), isNull(cooperationDocuments.removedAt),
  ));
  if (!doc) throw notFound();
  return doc;
}

/** The centre lead writes a new document, optionally started from a template another centre published. */
export async function createDocument(db: Db, actor: Actor, input: DocumentCreate) {
  const centreId = documentAuthorCentre(actor);
  if (!centreId) throw forbidden();
  if (input.fromTemplateId) await publishedTemplate(db, input.fromTemplateId);
  await assertOwner(db, centreId, input.ownerUserId);
  const partyIds = await assertParties(db, centreId, input.municipalityIds);
  assertReviewDate(input.nextReviewOn);
  const id = await db.transaction(async (tx) => {
    const [doc] = await tx.insert(cooperationDocuments).values({
      careerCentreId: centreId, kind: input.kind, title: input.title, ownerUserId: input.ownerUserId,
      nextReviewOn: input.nextReviewOn ?? null, templateSourceId: input.fromTemplateId ?? null, createdBy: actor.userId,
    }).returning();
    await tx.insert(cooperationDocumentParties).values(partyIds.map((municipalityId) => ({ documentId: doc!.id, municipalityId })));
    await tx.insert(cooperationDocumentVersions).values({
      documentId: doc!.id, number: 1, body: input.body, changeNote: input.changeNote ?? '',
      effectiveFrom: input.effectiveFrom ?? todayInOslo(), publishedBy: actor.userId,
    });
    await recordAudit(tx, actor, {
      type: 'cooperation-document.created', documentId: doc!.id, organisationId: centreId, partyIds, templateSourceId: input.fromTemplateId ?? null,
    });
    return doc!.id;
  });
  return getDocument(db, actor, id);
}

async function editableDocument(db: Reader, actor: Actor, id: string) {
  const doc = await documentInScope(db, actor, id);
  if (!mayEditDocument(actor, doc)) throw forbidden();
  return doc;
}

/** Title, owner, parties, review date and template publishing (the lead or the owner). */
export async function updateDocument(db: Db, actor: Actor, id: string, patch: DocumentPatch) {
  const doc = await editableDocument(db, actor, id);
  if (patch.version !== doc.version) throw staleVersion();
  if (patch.ownerUserId) await assertOwner(db, doc.careerCentreId, patch.ownerUserId);
  const partyIds = patch.municipalityIds ? await assertParties(db, doc.careerCentreId, patch.municipalityIds) : null;
  if (patch.nextReviewOn !== undefined && patch.nextReviewOn !== doc.nextReviewOn) assertReviewDate(patch.nextReviewOn);
  const before = (await partiesOf(db, [doc.id])).get(doc.id) ?? [];
  const partiesChanged = partyIds !== null && (partyIds.length !== before.length || partyIds.some((p) => !before.includes(p)));
  const fields = (['title', 'ownerUserId', 'nextReviewOn', 'publishedAsTemplate'] as const).filter((f) => patch[f] !== undefined && patch[f] !== doc[f]);
  await db.transaction(async (tx) => {
    const [row] = await tx.update(cooperationDocuments).set({
      ...Object.fromEntries(fields.map((f) => [f, patch[f]])), version: sql`${cooperationDocuments.version} + 1`, updatedAt: new Date(),
    }).where(and(eq(cooperationDocuments.id, id), eq(cooperationDocuments.version, doc.version))).returning({ id: cooperationDocuments.id });
    if (!row) throw staleVersion();
    if (partiesChanged) {
      await tx.delete(cooperationDocumentParties).where(eq(cooperationDocumentParties.documentId, id));
      await tx.insert(cooperationDocumentParties).values(partyIds!.map((municipalityId) => ({ documentId: id, municipalityId })));
    }
    await recordAudit(tx, actor, {
      type: 'cooperation-document.updated', documentId: id, organisationId: doc.careerCentreId,
      changedFields: [...fields, ...(partiesChanged ? ['municipalityIds'] : [])],
    });
  });
  return getDocument(db, actor, id);
}

/** A new version with its change note; earlier versions stay readable as they were. */
export async function publishVersion(db: Db, actor: Actor, id: string, input: VersionCreate) {
  const doc = await editableDocument(db, actor, id);
  if (input.version !== doc.version) throw staleVersion();
  if (input.nextReviewOn !== undefined && input.nextReviewOn !== doc.nextReviewOn) assertReviewDate(input.nextReviewOn);
  await db.transaction(async (tx) => {
    const [row] = await tx.update(cooperationDocuments).set({
      ...(input.nextReviewOn !== undefined ? { nextReviewOn: input.nextReviewOn } : {}),
      version: sql`${cooperationDocuments.version} + 1`, updatedAt: new Date(),
    }).where(and(eq(cooperationDocuments.id, id), eq(cooperationDocuments.version, doc.version))).returning({ id: cooperationDocuments.id });
    if (!row) throw staleVersion();
    const [last] = await tx.select({ n: max(cooperationDocumentVersions.number) }).from(cooperationDocumentVersions)
      .where(eq(cooperationDocumentVersions.documentId, id));
    const number = (last?.n ?? 0) + 1;
    await tx.insert(cooperationDocumentVersions).values({
      documentId: id, number, body: input.body, changeNote: input.changeNote, effectiveFrom: input.effectiveFrom ?? todayInOslo(), publishedBy: actor.userId,
    });
    await recordAudit(tx, actor, { type: 'cooperation-document.version-published', documentId: id, organisationId: doc.careerCentreId, number });
  });
  return getDocument(db, actor, id);
}

/** A soft delete by the lead: the parties no longer see it; the rows and the audit trail remain. */
export async function removeDocument(db: Db, actor: Actor, id: string, version: number): Promise<void> {
  const doc = await documentInScope(db, actor, id);
  if (!mayRemoveDocument(actor)) throw forbidden();
  await db.transaction(async (tx) => {
    const [row] = await tx.update(cooperationDocuments).set({
      removedAt: new Date(), removedBy: actor.userId, publishedAsTemplate: false, version: sql`${cooperationDocuments.version} + 1`, updatedAt: new Date(),
    }).where(and(eq(cooperationDocuments.id, id), eq(cooperationDocuments.version, version))).returning({ id: cooperationDocuments.id });
    if (!row) throw staleVersion();
    await recordAudit(tx, actor, { type: 'cooperation-document.removed', documentId: id, organisationId: doc.careerCentreId });
  });
}

/** Templates published by any centre (its own marked), for centre staff: title, kind, centre, no parties or owner. */
export async function listTemplates(db: Db, actor: Actor) {
  if (!staffCentre(actor)) throw forbidden();
  const docs = await db.select().from(cooperationDocuments)
    .where(and(eq(cooperationDocuments.publishedAsTemplate, true), isNull(cooperationDocuments.removedAt)))
    .orderBy(asc(cooperationDocuments.title)).limit(500);
  const day = todayInOslo();
  const versions = await versionsOf(db, docs.map((d) => d.id));
  const orgs = await namesOf(db, organisations, docs.map((d) => d.careerCentreId));
  return {
    items: docs.map((d) => ({
      id: d.id, kind: d.kind, title: d.title, careerCentre: refOf(orgs, d.careerCentreId),
      currentVersionNumber: currentVersion(versions.get(d.id) ?? [], day)?.number ?? null, own: d.careerCentreId === actor.organisationId,
    })),
  };
}

/** A template's text in force today, to start a new document from. */
export async function getTemplate(db: Db, actor: Actor, id: string) {
  if (!staffCentre(actor)) throw forbidden();
  const doc = await publishedTemplate(db, id);
  const versions = (await versionsOf(db, [doc.id])).get(doc.id) ?? [];
  const current = currentVersion(versions, todayInOslo());
  const orgs = await namesOf(db, organisations, [doc.careerCentreId]);
  return {
    id: doc.id, kind: doc.kind, title: doc.title, careerCentre: refOf(orgs, doc.careerCentreId), currentVersionNumber: current?.number ?? null,
    own: doc.careerCentreId === actor.organisationId, body: current?.body ?? '', effectiveFrom: current?.effectiveFrom ?? null,
  };
}
