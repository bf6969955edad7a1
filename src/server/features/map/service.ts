import { and, count, desc, eq, max } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { offerRevisions, users } from '../../db/schema.ts';
import { offerById, offers, type Offer } from '../../../content/index.ts';
import { eligibilityKeys } from '../../../content/map-i18n/eligibility-keys.ts';
// The films and brochures the map and the participant's page show come to the browser as plain data; parsing them
// here makes a malformed materials.json stop the server start, not reach a page.
import '../../../content/materials/index.ts';
import { eligibilityFor, type EligibilityResult, type Profile } from '../../../domain/index.ts';
import type { Actor } from '../../auth/actor.ts';
import { notFound, staleVersion } from '../../http/errors.ts';
import type { Lang } from '../../http/messages.ts';
import { recordAudit } from '../../audit/record.ts';
import type { EditableTexts, PublishedOffer } from './schemas.ts';

type Revision = typeof offerRevisions.$inferSelect;

/** An offer as checked in, never edited (also what the public pages' build pre-renders: scripts/public-pages.ts). */
export function checkedInOffer(offer: Offer): PublishedOffer {
  return { ...offer, version: 0, reviewDue: null, editedTexts: [] };
}

function applyRevision(offer: Offer, rev: Revision | undefined): PublishedOffer {
  if (!rev) return checkedInOffer(offer);
  const texts = rev.texts as EditableTexts;
  const { requirements, ...plain } = texts;
  const checkedIn = (field: keyof EditableTexts) => (field === 'requirements' ? offer.requirements.text : offer[field]);
  const editedTexts = (Object.keys(texts) as (keyof EditableTexts)[]).filter((f) => texts[f]?.nb !== checkedIn(f).nb).sort();
  return {
    ...offer,
    ...plain,
    requirements: requirements ? { ...offer.requirements, text: requirements } : offer.requirements,
    lastReviewed: rev.editedAt.toISOString().slice(0, 10),
    version: rev.version,
    reviewDue: rev.reviewDue,
    editedTexts,
  };
}

/** The latest revision of every edited offer, in one query. */
async function latestRevisions(db: Db): Promise<Map<string, Revision>> {
  const rows = await db.selectDistinctOn([offerRevisions.offerId]).from(offerRevisions)
    .orderBy(offerRevisions.offerId, desc(offerRevisions.version));
  return new Map(rows.map((r) => [r.offerId, r]));
}

/**
 * What the published offers depend on in the database, as a short key: revisions are only ever added (an edit is a
 * new revision), so their number and newest id change with every edit. The checked-in content is part of the running
 * code. The overview's cached answer (routes.ts) is rebuilt when this changes.
 */
export async function publishedOffersVersion(db: Db): Promise<string> {
  const [row] = await db.select({ n: count(), newest: max(offerRevisions.id) }).from(offerRevisions);
  return `${row?.n ?? 0}:${row?.newest ?? 0}`;
}

export async function publishedOffers(db: Db): Promise<PublishedOffer[]> {
  const latest = await latestRevisions(db);
  return offers.map((o) => applyRevision(o, latest.get(o.id)));
}

export async function publishedOffer(db: Db, id: string): Promise<PublishedOffer> {
  const offer = offerById(id);
  if (!offer) throw notFound();
  const [rev] = await db.select().from(offerRevisions).where(eq(offerRevisions.offerId, id))
    .orderBy(desc(offerRevisions.version)).limit(1);
  return applyRevision(offer, rev);
}

/** An edit is a new revision; a stale version (someone edited in between) is refused. */
export async function editOffer(
  db: Db, actor: Actor, id: string, edit: { texts: EditableTexts; reviewDue: string; note?: string; version: number },
): Promise<PublishedOffer> {
  const current = await publishedOffer(db, id);
  if (edit.version !== current.version) throw staleVersion();
  await db.transaction(async (tx) => {
    // Texts accumulate: fields not sent keep the wording of the previous revision.
    const [prev] = await tx.select({ texts: offerRevisions.texts }).from(offerRevisions)
      .where(and(eq(offerRevisions.offerId, id), eq(offerRevisions.version, current.version)));
    const texts = { ...((prev?.texts as EditableTexts | undefined) ?? {}), ...edit.texts };
    await tx.insert(offerRevisions).values({
      offerId: id, version: current.version + 1, texts, reviewDue: edit.reviewDue, note: edit.note ?? '', editedBy: actor.userId,
    });
    await recordAudit(tx, actor, { type: 'offer.edited', offerId: id, version: current.version + 1, changedFields: Object.keys(edit.texts) });
  }).catch((e: unknown) => {
    // Two editors saving the same version at once meet the unique index: the second one is stale.
    if ((e as { cause?: { code?: string } }).cause?.code === '23505') throw staleVersion();
    throw e;
  });
  return publishedOffer(db, id);
}

export async function offerRevisionList(db: Db, id: string) {
  if (!offerById(id)) throw notFound();
  const rows = await db.select({ r: offerRevisions, name: users.name }).from(offerRevisions)
    .innerJoin(users, eq(users.id, offerRevisions.editedBy))
    .where(eq(offerRevisions.offerId, id)).orderBy(desc(offerRevisions.version));
  return rows.map(({ r, name }) => ({
    version: r.version, editedAt: r.editedAt.toISOString(), editedBy: { id: r.editedBy, name },
    reviewDue: r.reviewDue, note: r.note, texts: r.texts as EditableTexts,
  }));
}

/** What the rules say for each offer, texts in the reader's language. */
export function eligibility(profile: Profile, offerIds: readonly string[] | undefined, on: string | undefined, lang: Lang) {
  const ids = offerIds ?? offers.map((o) => o.id);
  return {
    lang,
    results: ids.map((id) => {
      const r: EligibilityResult = eligibilityFor(profile, id, on);
      // The keys let the page show the texts in the reader's language when that is none of nb and en.
      const keys = eligibilityKeys(r);
      return {
        offerId: r.offerId,
        status: r.status,
        reasons: r.reasons.map((x, i) => ({ code: x.code, text: x.text[lang], legalRef: x.legalRef, key: keys.reasons[i] ?? null })),
        toFindOut: (r.toFindOut ?? []).map((q) => q[lang]),
        toFindOutKeys: keys.toFindOut,
        caveat: r.caveat[lang],
        caveatKey: keys.caveat,
      };
    }),
  };
}
