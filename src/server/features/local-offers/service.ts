import { and, asc, desc, eq, gte, inArray, isNull, or } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { counties, localOffers, localOfferVersions, organisations, users } from '../../db/schema.ts';
import { offerById } from '../../../content/index.ts';
import {
  isLocalOfferCurrent, lastStartDate, localOfferIdOf, localOfferStepId, localOfferInputSchema, refusedStartDates, reviewDueProblem, todayInOslo, upcomingStartDates,
  type LocalOfferInput,
} from '../../../domain/index.ts';
import type { Actor } from '../../auth/actor.ts';
import { AppError, fieldError, notFound, staleVersion } from '../../http/errors.ts';
import { recordAudit } from '../../audit/record.ts';
import type { PublicLocalOffer } from './schemas.ts';

type Row = typeof localOffers.$inferSelect;

// ─── Public ─────────────────────────────────────────────────────────────────────────────────────────────────────

/** The municipalities a reader can pick on /kart: every municipality in Veivalg, with its county. */
export async function municipalities(db: Db) {
  const rows = await db.select({ id: organisations.id, name: organisations.name, countyId: counties.id, countyName: counties.name })
    .from(organisations).innerJoin(counties, eq(counties.id, organisations.countyId))
    .where(eq(organisations.kind, 'municipality')).orderBy(asc(organisations.name));
  return { items: rows.map((r) => ({ id: r.id, name: r.name, county: { id: r.countyId, name: r.countyName } })) };
}

async function names(db: Db, table: 'org' | 'county', ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const t = table === 'org' ? organisations : counties;
  const rows = await db.select({ id: t.id, name: t.name }).from(t).where(inArray(t.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

async function publicJson(db: Db, rows: Row[], today: string): Promise<PublicLocalOffer[]> {
  const orgNames = await names(db, 'org', rows.flatMap((r) => [r.organisationId, ...(r.municipalityIds ?? [])]));
  const countyNames = await names(db, 'county', rows.map((r) => r.countyId));
  return rows.map((r) => {
    const c = r.content as LocalOfferInput;
    return {
      id: r.id, lane: c.lane, nationalOfferId: c.nationalOfferId, textLanguage: c.textLanguage,
      title: c.title, provider: c.provider, summary: c.summary, forWhom: c.forWhom,
      area: {
        kind: r.municipalityIds ? 'municipalities' as const : 'county' as const,
        county: { id: r.countyId, name: countyNames.get(r.countyId) ?? '' },
        municipalities: (r.municipalityIds ?? []).map((id) => ({ id, name: orgNames.get(id) ?? '' })),
      },
      address: c.address, digital: c.digital, startDates: upcomingStartDates(c.startDates, today), continuousAdmission: c.startDates.length === 0,
      applicationDeadline: c.applicationDeadline, length: c.length, instructionLanguages: c.instructionLanguages, cost: c.cost,
      contact: c.contact, link: c.link, source: c.source,
      publishedBy: { name: orgNames.get(r.organisationId) ?? '' },
      updatedOn: r.updatedAt.toISOString().slice(0, 10),
      current: isLocalOfferCurrent({ startDates: c.startDates, removed: r.removedAt !== null }, today),
      removed: r.removedAt !== null,
    };
  });
}

/**
 * The local offers on the map for one municipality today: the ones for that municipality and the ones for its whole
 * county, not removed, with a start date today or later (or continuous admission). Expiry is computed here, on read.
 */
export async function localOffersFor(db: Db, municipalityId: string, today = todayInOslo()) {
  const [m] = await db.select({ countyId: organisations.countyId }).from(organisations)
    .where(and(eq(organisations.id, municipalityId), eq(organisations.kind, 'municipality')));
  if (!m?.countyId) throw notFound();
  const rows = await db.select().from(localOffers).where(and(
    eq(localOffers.countyId, m.countyId), isNull(localOffers.removedAt),
    or(isNull(localOffers.lastStartDate), gte(localOffers.lastStartDate, today)),
  )).orderBy(asc(localOffers.lastStartDate), asc(localOffers.createdAt));
  const here = rows.filter((r) => r.municipalityIds === null || r.municipalityIds.includes(municipalityId));
  return { items: await publicJson(db, here, today) };
}

/** One local offer, also when removed or past (a plan step or a sent note still names it); 404 when it never existed. */
export async function publicLocalOffer(db: Db, id: string, today = todayInOslo()): Promise<PublicLocalOffer> {
  const [row] = await db.select().from(localOffers).where(eq(localOffers.id, id));
  if (!row) throw notFound();
  return (await publicJson(db, [row], today))[0]!;
}

/**
 * What a plan step that names a local offer shows (title as entered, with the provider; the offer's link), for the
 * note's exports and the NAV handover. Removed offers are included: a sent note must stay readable.
 */
export async function localStepOffers(db: Pick<Db, 'select'>, steps: readonly { offerId: string | null }[]) {
  const ids = steps.map((s) => localOfferIdOf(s.offerId)).filter((x): x is string => x !== null);
  if (!ids.length) return new Map<string, { title: { nb: string; en: string }; url: string | null; lane: string; nationalOfferId: string | null }>();
  const rows = await db.select({ id: localOffers.id, content: localOffers.content }).from(localOffers).where(inArray(localOffers.id, [...new Set(ids)]));
  return new Map(rows.map((r) => {
    const c = r.content as LocalOfferInput;
    const title = `${c.title} (${c.provider})`;
    return [localOfferStepId(r.id), { title: { nb: title, en: title }, url: c.link, lane: c.lane, nationalOfferId: c.nationalOfferId }];
  }));
}

/** Titles and providers for plan steps that name local offers (removed ones included). */
export async function localOfferTitles(db: Pick<Db, 'select'>, ids: string[]): Promise<Map<string, { title: string; provider: string; lane: string }>> {
  if (!ids.length) return new Map();
  const rows = await db.select({ id: localOffers.id, content: localOffers.content }).from(localOffers).where(inArray(localOffers.id, [...new Set(ids)]));
  return new Map(rows.map((r) => {
    const c = r.content as LocalOfferInput;
    return [r.id, { title: c.title, provider: c.provider, lane: c.lane }];
  }));
}

// ─── Editors ────────────────────────────────────────────────────────────────────────────────────────────────────

/** The editor's organisation, county and the municipalities they may name. A municipality names only itself. */
export async function editorAreas(db: Db, actor: Actor) {
  const [org] = await db.select().from(organisations).where(eq(organisations.id, actor.organisationId ?? ''));
  if (!org?.countyId) throw new AppError(409, 'local-offer.no-county');
  const [county] = await db.select().from(counties).where(eq(counties.id, org.countyId));
  const inCounty = org.kind === 'municipality'
    ? [{ id: org.id, name: org.name }]
    : await db.select({ id: organisations.id, name: organisations.name }).from(organisations)
      .where(and(eq(organisations.kind, 'municipality'), eq(organisations.countyId, org.countyId))).orderBy(asc(organisations.name));
  return {
    organisation: { id: org.id, name: org.name, kind: org.kind },
    county: { id: county!.id, name: county!.name },
    municipalities: inCounty,
    wholeCountyAllowed: org.kind !== 'municipality',
  };
}

async function editorJson(db: Db, rows: Row[], withVersions: boolean, today = todayInOslo()) {
  const userIds = rows.map((r) => r.updatedBy);
  const versions = withVersions && rows.length
    ? await db.select().from(localOfferVersions).where(inArray(localOfferVersions.localOfferId, rows.map((r) => r.id))).orderBy(desc(localOfferVersions.version))
    : [];
  const who = new Map((userIds.length || versions.length
    ? await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, [...new Set([...userIds, ...versions.map((v) => v.editedBy)])]))
    : []).map((u) => [u.id, u.name]));
  return rows.map((r) => {
    const input = r.content as LocalOfferInput;
    const current = isLocalOfferCurrent({ startDates: input.startDates, removed: r.removedAt !== null }, today);
    return {
      id: r.id, input, version: r.version, current, expired: !current && r.removedAt === null, reviewDue: r.reviewDue,
      updatedAt: r.updatedAt.toISOString(), updatedBy: { id: r.updatedBy, name: who.get(r.updatedBy) ?? '' },
      ...(withVersions ? {
        versions: versions.filter((v) => v.localOfferId === r.id).map((v) => ({
          version: v.version, change: v.change, editedAt: v.editedAt.toISOString(), editedBy: { id: v.editedBy, name: who.get(v.editedBy) ?? '' },
        })),
      } : {}),
    };
  });
}

/** The editor's organisation's local offers (not removed), the ones still on the map first. */
export async function listOwn(db: Db, actor: Actor) {
  const rows = await db.select().from(localOffers)
    .where(and(eq(localOffers.organisationId, actor.organisationId ?? ''), isNull(localOffers.removedAt)))
    .orderBy(desc(localOffers.updatedAt));
  const items = await editorJson(db, rows, false);
  return { items: [...items.filter((i) => i.current), ...items.filter((i) => !i.current)] };
}

/** Another organisation's offer, a removed one and one that never existed all answer 404. */
async function ownRow(db: Pick<Db, 'select'>, actor: Actor, id: string): Promise<Row> {
  const [row] = await db.select().from(localOffers)
    .where(and(eq(localOffers.id, id), eq(localOffers.organisationId, actor.organisationId ?? ''), isNull(localOffers.removedAt)));
  if (!row) throw notFound();
  return row;
}

export async function getOwn(db: Db, actor: Actor, id: string) {
  return (await editorJson(db, [await ownRow(db, actor, id)], true))[0]!;
}

/** Checks zod cannot do alone: the national offer and its lane, the area, new start dates, the review date. */
async function check(db: Db, actor: Actor, input: LocalOfferInput, previousStarts: readonly string[]) {
  const today = todayInOslo();
  if (input.nationalOfferId !== null) {
    const national = offerById(input.nationalOfferId);
    if (!national) throw fieldError('nationalOfferId', 'local-offer.national-unknown');
    if (national.lane !== input.lane) throw fieldError('lane', 'local-offer.lane-mismatch');
  }
  const areas = await editorAreas(db, actor);
  if (input.area.kind === 'county' && !areas.wholeCountyAllowed) throw fieldError('area', 'local-offer.area-invalid');
  if (input.area.kind === 'municipalities') {
    const allowed = new Set(areas.municipalities.map((m) => m.id));
    const i = input.area.municipalityIds.findIndex((m) => !allowed.has(m));
    if (i >= 0) throw fieldError(`area.municipalityIds.${i}`, 'local-offer.area-invalid');
  }
  const refused = refusedStartDates(input.startDates, previousStarts, today);
  if (refused.length) throw fieldError(`startDates.${input.startDates.indexOf(refused[0]!)}`, 'local-offer.start-in-past');
  const review = reviewDueProblem(input.reviewDue, today);
  if (review) throw fieldError('reviewDue', review === 'past' ? 'local-offer.review-past' : 'local-offer.review-too-far');
  return areas;
}

const columnsOf = (input: LocalOfferInput) => ({
  lane: input.lane, nationalOfferId: input.nationalOfferId,
  content: { ...input, startDates: [...input.startDates].sort(), area: input.area.kind === 'municipalities' ? { ...input.area, municipalityIds: [...new Set(input.area.municipalityIds)] } : input.area },
  municipalityIds: input.area.kind === 'municipalities' ? [...new Set(input.area.municipalityIds)] : null,
  lastStartDate: lastStartDate(input.startDates), reviewDue: input.reviewDue,
});

export async function createLocalOffer(db: Db, actor: Actor, input: LocalOfferInput) {
  const areas = await check(db, actor, input, []);
  const id = await db.transaction(async (tx) => {
    const [row] = await tx.insert(localOffers).values({
      organisationId: areas.organisation.id, countyId: areas.county.id, ...columnsOf(input), createdBy: actor.userId, updatedBy: actor.userId,
    }).returning();
    await tx.insert(localOfferVersions).values({ localOfferId: row!.id, version: 1, content: row!.content, change: 'saved', editedBy: actor.userId });
    await recordAudit(tx, actor, { type: 'local-offer.created', localOfferId: row!.id, organisationId: areas.organisation.id });
    return row!.id;
  });
  return getOwn(db, actor, id);
}

export async function updateLocalOffer(db: Db, actor: Actor, id: string, body: LocalOfferInput & { version: number }) {
  const { version, ...rest } = body;
  const input = localOfferInputSchema.parse(rest);
  const row = await ownRow(db, actor, id);
  if (row.version !== version) throw staleVersion();
  const before = row.content as LocalOfferInput;
  await check(db, actor, input, before.startDates);
  await db.transaction(async (tx) => {
    const cols = columnsOf(input);
    const [updated] = await tx.update(localOffers).set({ ...cols, updatedBy: actor.userId, updatedAt: new Date(), version: version + 1 })
      .where(and(eq(localOffers.id, id), eq(localOffers.version, version), isNull(localOffers.removedAt))).returning();
    if (!updated) throw staleVersion();
    await tx.insert(localOfferVersions).values({ localOfferId: id, version: version + 1, content: updated.content, change: 'saved', editedBy: actor.userId });
    const changedFields = (Object.keys(input) as (keyof LocalOfferInput)[])
      .filter((k) => JSON.stringify((cols.content as LocalOfferInput)[k]) !== JSON.stringify(before[k]));
    await recordAudit(tx, actor, { type: 'local-offer.updated', localOfferId: id, organisationId: row.organisationId, version: version + 1, changedFields });
  });
  return getOwn(db, actor, id);
}

/** Soft removal: the offer leaves the map and the editor's list, but plan steps and sent notes can still name it. */
export async function removeLocalOffer(db: Db, actor: Actor, id: string, version: number) {
  const row = await ownRow(db, actor, id);
  if (row.version !== version) throw staleVersion();
  await db.transaction(async (tx) => {
    const [updated] = await tx.update(localOffers).set({ removedAt: new Date(), removedBy: actor.userId, version: version + 1, updatedAt: new Date(), updatedBy: actor.userId })
      .where(and(eq(localOffers.id, id), eq(localOffers.version, version), isNull(localOffers.removedAt))).returning({ id: localOffers.id });
    if (!updated) throw staleVersion();
    await tx.insert(localOfferVersions).values({ localOfferId: id, version: version + 1, content: row.content, change: 'removed', editedBy: actor.userId });
    await recordAudit(tx, actor, { type: 'local-offer.removed', localOfferId: id, organisationId: row.organisationId });
  });
  return { id, removed: true as const };
}
