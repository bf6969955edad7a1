import { and, desc, eq, gt, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  groupRegistrations, groupSessions, guidanceNoteRevisions, guidanceNotes, guidanceOrders, guidanceSessions, handoverBriefItems,
  infoTranslationOverrides, journeyPlans, noteSettings, organisations, participantPageLinks, participantPageResources, participants, users,
} from '../../db/schema.ts';
import type { Actor } from '../../auth/actor.ts';
import { hashToken, newToken } from '../../auth/tokens.ts';
import { recordAudit } from '../../audit/record.ts';
import { AppError, fieldError, forbidden, notFound, staleVersion } from '../../http/errors.ts';
import { enqueue, sendNow, type Senders } from '../../outbox/outbox.ts';
import { guidanceRight, participantCopyAvailable, todayInOslo, type GuidanceRight, type PlanStep, type ResidenceBasis } from '../../../domain/index.ts';
import { offerById } from '../../../content/index.ts';
import { participantStrings } from '../../../content/participant-language/index.ts';
import { isHttpsUrl } from '../../../content/model.ts';
import {
  infoLanguageMeta, infoLanguages, infoPackage, infoPackageText, pictograms, type Background, type InfoLanguage, type Pictogram,
} from '../../../content/info-packages/index.ts';
import { findParticipantInScope } from '../participants/service.ts';
import { participantScope } from '../participants/policy.ts';
import { endOf } from '../sessions/booking.ts';
import { backgroundFromSchooling } from './background.ts';
import { pageMessage } from './sending.ts';
import { participantContact } from './contact.ts';
import { mayEditTranslations, translationCentre } from './policy.ts';
import {
  DEFAULT_LINK_DAYS, type LinkInput, type OverrideInput, type PageJson, type ResourceInput,
} from './schemas.ts';

type LinkRow = typeof participantPageLinks.$inferSelect;
type ResourceRow = typeof participantPageResources.$inferSelect;

export type { Senders } from '../../outbox/outbox.ts';

const DAY_MS = 24 * 3600_000;
/** The token is 32 random bytes in base64url (auth/tokens.ts): 43 characters. Anything else is not a link. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export const pageUrl = (publicUrl: string, token: string) => `${publicUrl}/p/${token}`;

function linkStatus(row: LinkRow, now = new Date()): 'active' | 'expired' | 'revoked' {
  if (row.revokedAt) return 'revoked';
  return row.expiresAt.getTime() <= now.getTime() ? 'expired' : 'active';
}

function linkJson(row: LinkRow, createdBy: string) {
  return {
    id: row.id, language: row.language as InfoLanguage, background: row.background as Background | null, status: linkStatus(row),
    createdAt: row.createdAt.toISOString(), createdBy, expiresAt: row.expiresAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null, lastUsedAt: row.lastUsedAt?.toISOString() ?? null, version: row.version,
  };
}

async function briefBackground(db: Pick<Db, 'select'>, participantId: string): Promise<Background | null> {
  const [item] = await db.select({ value: handoverBriefItems.value, unknown: handoverBriefItems.unknown }).from(handoverBriefItems)
    .where(and(eq(handoverBriefItems.participantId, participantId), eq(handoverBriefItems.itemKey, 'schooling')));
  return item && !item.unknown ? backgroundFromSchooling(item.value) : null;
}

// ─── Links ──────────────────────────────────────────────────────────────────────────────────────────────────────

export async function listLinks(db: Db, actor: Actor, participantId: string, senders: Senders) {
  await findParticipantInScope(db, actor, participantId);
  const rows = await db.select({ l: participantPageLinks, by: users.name }).from(participantPageLinks)
    .innerJoin(users, eq(users.id, participantPageLinks.createdBy))
    .where(eq(participantPageLinks.participantId, participantId))
    .orderBy(desc(participantPageLinks.createdAt), desc(participantPageLinks.id));
  await recordAudit(db, actor, { type: 'participant-page.links-listed', participantId });
  return {
    items: rows.map((r) => linkJson(r.l, r.by)),
    backgroundFromBrief: await briefBackground(db, participantId),
    sending: { sms: Boolean(senders.sms), email: Boolean(senders.mailer) },
  };
}

/** Makes a link; the URL with its token is returned here once and never stored (only its SHA-256). */
export async function createLink(db: Db, actor: Actor, participantId: string, input: LinkInput, publicUrl: string) {
  await findParticipantInScope(db, actor, participantId);
  const fromBrief = await briefBackground(db, participantId);
  if (!fromBrief && !input.background) throw fieldError('background', 'page.background-required');
  const token = newToken();
  const row = await db.transaction(async (tx) => {
    const [created] = await tx.insert(participantPageLinks).values({
      participantId, tokenHash: hashToken(token), language: input.language, background: input.background ?? null,
      createdBy: actor.userId, expiresAt: new Date(Date.now() + (input.expiresInDays ?? DEFAULT_LINK_DAYS) * DAY_MS),
    }).returning();
    await recordAudit(tx, actor, { type: 'participant-page.link-created', participantId, linkId: created!.id });
    return created!;
  });
  return { link: linkJson(row, actor.name), url: pageUrl(publicUrl, token) };
}

async function findLinkInScope(db: Pick<Db, 'select'>, actor: Actor, linkId: string): Promise<LinkRow> {
  const scope = participantScope(actor);
  if (!scope) throw notFound();
  const [found] = await db.select({ l: participantPageLinks }).from(participantPageLinks)
    .innerJoin(participants, eq(participants.id, participantPageLinks.participantId))
    .where(and(eq(participantPageLinks.id, linkId), scope)).limit(1);
  if (!found) throw notFound();
  return found.l;
}

export async function revokeLink(db: Db, actor: Actor, linkId: string, version: number) {
  const link = await findLinkInScope(db, actor, linkId);
  if (link.revokedAt) throw new AppError(409, 'page.link-revoked');
  const row = await db.transaction(async (tx) => {
    const [revoked] = await tx.update(participantPageLinks)
      .set({ revokedAt: new Date(), revokedBy: actor.userId, version: sql`${participantPageLinks.version} + 1` })
      .where(and(eq(participantPageLinks.id, linkId), eq(participantPageLinks.version, version), isNull(participantPageLinks.revokedAt)))
      .returning();
    if (!revoked) throw staleVersion();
    await recordAudit(tx, actor, { type: 'participant-page.link-revoked', participantId: revoked.participantId, linkId });
    return revoked;
  });
  const [by] = await db.select({ name: users.name }).from(users).where(eq(users.id, row.createdBy));
  return linkJson(row, by?.name ?? '');
}

/**
 * Sends the link by SMS or e-mail. The token must come from the answer that made the link (the server keeps only
 * its hash), so a link can only be sent by whoever just made it. The message goes through the outbox, written with
 * the audit event: the number or address is kept only until it is sent, and never logged. Answers whether it went
 * out at once; if not, the worker keeps trying.
 */
export async function sendLink(
  db: Db, actor: Actor, linkId: string, input: { channel: 'sms' | 'email'; to: string; token: string }, senders: Senders, publicUrl: string,
): Promise<{ sent: boolean }> {
  const link = await findLinkInScope(db, actor, linkId);
  if (!TOKEN_SHAPE.test(input.token) || hashToken(input.token) !== link.tokenHash) throw fieldError('token', 'page.token-mismatch');
  if (linkStatus(link) !== 'active') throw new AppError(409, 'page.link-inactive');
  const { subject, text } = pageMessage(pageUrl(publicUrl, input.token));
  const sender = input.channel === 'sms' ? senders.sms : senders.mailer;
  if (!sender) throw new AppError(409, 'page.sending-not-configured');
  const id = await db.transaction(async (tx) => {
    await recordAudit(tx, actor, { type: 'participant-page.link-sent', participantId: link.participantId, linkId, channel: input.channel });
    return enqueue(tx, { kind: 'page-link', channel: input.channel, recipient: input.to, subject, body: text });
  });
  return { sent: (await sendNow(db, senders, [id])).has(id) };
}

// ─── Resources ──────────────────────────────────────────────────────────────────────────────────────────────────

function resourceJson(r: ResourceRow, addedBy: string) {
  const title = r.kind === 'offer' ? offerById(r.offerId ?? '')?.title.nb ?? r.offerId ?? '' : r.title ?? r.url ?? '';
  return {
    id: r.id, kind: r.kind, offerId: r.offerId, url: r.url, title, note: r.note, addedBy,
    createdAt: r.createdAt.toISOString(), version: r.version,
  };
}

export async function listResources(db: Db, actor: Actor, participantId: string) {
  await findParticipantInScope(db, actor, participantId);
  const rows = await db.select({ r: participantPageResources, by: users.name }).from(participantPageResources)
    .innerJoin(users, eq(users.id, participantPageResources.addedBy))
    .where(and(eq(participantPageResources.participantId, participantId), isNull(participantPageResources.removedAt)))
    .orderBy(participantPageResources.createdAt, participantPageResources.id);
  await recordAudit(db, actor, { type: 'participant-page.resources-listed', participantId });
  return { items: rows.map((r) => resourceJson(r.r, r.by)) };
}

export async function addResource(db: Db, actor: Actor, participantId: string, input: ResourceInput) {
  let values: { offerId: string | null; url: string | null; title: string | null };
  if (input.kind === 'offer') {
    if (!input.offerId) throw fieldError('offerId', 'required');
    if (!offerById(input.offerId)) throw fieldError('offerId', 'page.offer-unknown');
    if (input.url !== undefined || input.title !== undefined) throw fieldError(input.url !== undefined ? 'url' : 'title', 'unknown_field');
    values = { offerId: input.offerId, url: null, title: null };
  } else {
    if (!input.url) throw fieldError('url', 'required');
    if (!isHttpsUrl(input.url)) throw fieldError('url', 'page.https-only');
    if (!input.title) throw fieldError('title', 'required');
    if (input.offerId !== undefined) throw fieldError('offerId', 'unknown_field');
    values = { offerId: null, url: input.url, title: input.title };
  }
  await findParticipantInScope(db, actor, participantId);
  const row = await db.transaction(async (tx) => {
    const [created] = await tx.insert(participantPageResources)
      .values({ participantId, kind: input.kind, ...values, note: input.note ?? '', addedBy: actor.userId }).returning();
    await recordAudit(tx, actor, { type: 'participant-page.resource-added', participantId, resourceId: created!.id, kind: input.kind });
    return created!;
  });
  return resourceJson(row, actor.name);
}

export async function removeResource(db: Db, actor: Actor, resourceId: string, version: number) {
  const scope = participantScope(actor);
  if (!scope) throw notFound();
  const [found] = await db.select({ r: participantPageResources }).from(participantPageResources)
    .innerJoin(participants, eq(participants.id, participantPageResources.participantId))
    .where(and(eq(participantPageResources.id, resourceId), scope)).limit(1);
  if (!found) throw notFound();
  if (found.r.removedAt) throw new AppError(409, 'page.resource-removed');
  await db.transaction(async (tx) => {
    const [removed] = await tx.update(participantPageResources)
      .set({ removedAt: new Date(), removedBy: actor.userId, version: sql`${participantPageResources.version} + 1` })
      .where(and(eq(participantPageResources.id, resourceId), eq(participantPageResources.version, version), isNull(participantPageResources.removedAt)))
      .returning({ id: participantPageResources.id });
    if (!removed) throw staleVersion();
    await recordAudit(tx, actor, { type: 'participant-page.resource-removed', participantId: found.r.participantId, resourceId });
  });
}

// ─── Translation overrides (career centre) ──────────────────────────────────────────────────────────────────────

type OverrideRow = typeof infoTranslationOverrides.$inferSelect;

const statusOf = (t: { status: 'draft' | 'reviewed'; reviewedBy?: string | null; reviewedOn?: string | null }) => ({
  status: t.status, reviewedBy: t.reviewedBy ?? null, reviewedOn: t.reviewedOn ?? null,
});

function centreOf(actor: Actor): string {
  const centreId = translationCentre(actor);
  if (!centreId) throw forbidden();
  return centreId;
}

export async function listTranslations(db: Db, actor: Actor, language: InfoLanguage) {
  const centreId = centreOf(actor);
  const text = infoPackageText(language);
  const nb = new Map(infoPackageText('nb').sections.map((s) => [s.id, s]));
  const overrides = new Map((await db.select().from(infoTranslationOverrides)
    .where(and(eq(infoTranslationOverrides.careerCentreId, centreId), eq(infoTranslationOverrides.language, language))))
    .map((o) => [o.sectionId, o]));
  return {
    language,
    translation: statusOf(text.translation),
    sections: text.sections.map((s) => {
      const o = overrides.get(s.id);
      const n = nb.get(s.id) ?? s;
      return {
        id: s.id, topic: s.topic,
        original: { heading: s.heading, paragraphs: s.paragraphs },
        norwegian: { heading: n.heading, paragraphs: n.paragraphs },
        override: o ? { heading: o.heading, paragraphs: o.paragraphs, ...statusOf(o), version: o.version, updatedAt: o.updatedAt.toISOString() } : null,
      };
    }),
  };
}

/** A centre lead replaces a section's text or records that a qualified translator reviewed it. */
export async function saveOverride(db: Db, actor: Actor, input: OverrideInput) {
  const { language, sectionId } = input;
  const centreId = centreOf(actor);
  if (!mayEditTranslations(actor)) throw forbidden();
  const section = infoPackageText(language).sections.find((s) => s.id === sectionId);
  if (!section) throw notFound();
  if (input.paragraphs && input.paragraphs.length !== section.paragraphs.length) throw fieldError('paragraphs', 'page.paragraph-count');
  const reviewedBy = input.reviewedBy?.trim() || null;
  let reviewedOn = input.reviewedOn ?? null;
  if (input.status === 'reviewed') {
    if (!reviewedBy) throw fieldError('reviewedBy', 'page.reviewer-required');
    reviewedOn ??= todayInOslo();
    if (reviewedOn > todayInOslo()) throw fieldError('reviewedOn', 'date.future');
  }
  const values = {
    heading: input.heading, paragraphs: input.paragraphs, status: input.status,
    reviewedBy: input.status === 'reviewed' ? reviewedBy : null, reviewedOn: input.status === 'reviewed' ? reviewedOn : null,
  };
  const [existing] = await db.select().from(infoTranslationOverrides).where(and(
    eq(infoTranslationOverrides.careerCentreId, centreId), eq(infoTranslationOverrides.language, language), eq(infoTranslationOverrides.sectionId, sectionId),
  ));
  if ((existing?.version ?? null) !== input.version) throw staleVersion();
  const changed = existing
    ? (Object.keys(values) as (keyof typeof values)[]).filter((k) => JSON.stringify(existing[k]) !== JSON.stringify(values[k]))
    : Object.keys(values);
  await db.transaction(async (tx) => {
    let row: OverrideRow | undefined;
    if (existing) {
      [row] = await tx.update(infoTranslationOverrides)
        .set({ ...values, updatedBy: actor.userId, updatedAt: new Date(), version: sql`${infoTranslationOverrides.version} + 1` })
        .where(and(eq(infoTranslationOverrides.id, existing.id), eq(infoTranslationOverrides.version, existing.version))).returning();
    } else {
      [row] = await tx.insert(infoTranslationOverrides)
        .values({ careerCentreId: centreId, language, sectionId, ...values, updatedBy: actor.userId }).returning();
    }
    if (!row) throw staleVersion();
    await recordAudit(tx, actor, { type: 'info-translation.edited', organisationId: centreId, language, sectionId, changedFields: changed });
  });
  return listTranslations(db, actor, language);
}

// ─── The public page ────────────────────────────────────────────────────────────────────────────────────────────

/** Expired, revoked, unknown and malformed links get this same answer: it tells nothing about whose link it was. */
const unavailable = notFound;

function rightOf(p: {
  residenceBasis: string; birthDate: string; settlementDate: string; permitDate: string | null; programmeRequestDate: string | null;
}): GuidanceRight {
  try {
    return guidanceRight({
      residenceBasis: p.residenceBasis as ResidenceBasis, birthDate: p.birthDate, settlementDate: p.settlementDate,
      permitDate: p.permitDate, programmeRequestDate: p.programmeRequestDate,
    }).right;
  } catch {
    return 'none';
  }
}

/**
 * An offer's title on the participant's page. Ukrainian and Arabic readers get the short plain titles made for the
 * journey's participant version (content/participant-language, drafts not yet reviewed by a translator); the other
 * languages get the map's bokmål title (nb) or English title (the rest).
 */
const offerTitle = (offerId: string | null, lang: InfoLanguage): { title: string; lang: string } | null => {
  const offer = offerId ? offerById(offerId) : undefined;
  if (!offer) return null;
  if (lang === 'uk' || lang === 'ar') {
    const plain = (participantStrings[lang].offers as Record<string, string | undefined>)[offer.id];
    if (plain) return { title: plain, lang };
  }
  // The language of the title goes with it, so the page marks a bokmål or English title (lang="nb"/"en") and a
  // screen reader reads it right (issue 16, item 6).
  return lang === 'nb' ? { title: offer.title.nb, lang: 'nb' } : { title: offer.title.en, lang: 'en' };
};

/**
 * What the participant's page shows, for a valid token only: first name, upcoming appointments, the information
 * package for their background and right (with the centre's reviewed or replaced sections), the resources, the
 * note's participant version where the centre's policy allows it, and the journey plan. Every read is audited.
 */
export async function publicPage(db: Db, token: string, lang: string | undefined): Promise<PageJson> {
  if (!TOKEN_SHAPE.test(token)) throw unavailable();
  const now = new Date();
  const [found] = await db.select({ l: participantPageLinks, p: participants }).from(participantPageLinks)
    .innerJoin(participants, eq(participants.id, participantPageLinks.participantId))
    .where(and(eq(participantPageLinks.tokenHash, hashToken(token)), isNull(participantPageLinks.revokedAt), gt(participantPageLinks.expiresAt, now)))
    .limit(1);
  if (!found) throw unavailable();
  const { l: link, p } = found;
  const language: InfoLanguage = (infoLanguages as readonly string[]).includes(lang ?? '') ? lang as InfoLanguage : link.language as InfoLanguage;
  const background = (await briefBackground(db, p.id)) ?? (link.background as Background | null) ?? 'primary';
  const pkg = infoPackage(language, background, rightOf(p));

  // The centre that guides the participant: its reviews and replacements of the translation apply.
  const [order] = await db.select({ centreId: guidanceOrders.careerCentreId }).from(guidanceOrders)
    .where(and(eq(guidanceOrders.participantId, p.id), ne(guidanceOrders.status, 'draft')))
    .orderBy(desc(guidanceOrders.createdAt)).limit(1);
  const overrides = order
    ? new Map((await db.select().from(infoTranslationOverrides).where(and(
      eq(infoTranslationOverrides.careerCentreId, order.centreId), eq(infoTranslationOverrides.language, language),
    ))).map((o) => [o.sectionId, o]))
    : new Map<string, OverrideRow>();

  const sections = pkg.sections.map((s) => {
    const o = overrides.get(s.id);
    const picto = (pictograms as Record<string, Pictogram | undefined>)[s.pictogram];
    return {
      id: s.id, topic: s.topic,
      heading: o?.heading ?? s.heading,
      paragraphs: o?.paragraphs ?? s.paragraphs,
      pictogram: picto ? { svg: picto.svg, alt: picto.alt[language] } : null,
      translation: o ? statusOf(o) : null,
    };
  });

  const sessions = await db.select({ s: guidanceSessions, centre: organisations.name }).from(guidanceSessions)
    .innerJoin(organisations, eq(organisations.id, guidanceSessions.careerCentreId))
    .where(and(eq(guidanceSessions.participantId, p.id), isNull(guidanceSessions.outcome)));
  const groups = await db.select({ g: groupSessions, centre: organisations.name }).from(groupRegistrations)
    .innerJoin(groupSessions, eq(groupSessions.id, groupRegistrations.groupSessionId))
    .innerJoin(organisations, eq(organisations.id, groupSessions.careerCentreId))
    .where(and(eq(groupRegistrations.participantId, p.id), eq(groupRegistrations.status, 'registered'), isNull(groupSessions.cancellationReason)));
  const appointments = [
    ...sessions.map(({ s, centre }) => ({ ...s, kind: 'session' as const, centre })),
    ...groups.map(({ g, centre }) => ({ ...g, kind: 'group-session' as const, centre })),
  ]
    .map((a) => ({ ...a, endsAt: endOf(a.startsAt, a.durationMinutes) }))
    .filter((a) => a.endsAt.getTime() > now.getTime())
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
    .map((a) => ({
      kind: a.kind, startsAt: a.startsAt.toISOString(), endsAt: a.endsAt.toISOString(), mode: a.mode,
      place: a.mode === 'in-person' ? a.place : null, meetingUrl: a.mode === 'digital' ? a.meetingUrl : null,
      interpreterLanguage: a.interpreterLanguage, centre: a.centre,
    }));

  const resources = (await db.select().from(participantPageResources)
    .where(and(eq(participantPageResources.participantId, p.id), isNull(participantPageResources.removedAt)))
    .orderBy(participantPageResources.createdAt, participantPageResources.id))
    .flatMap((r): PageJson['resources'] => {
      if (r.kind === 'offer') {
        const title = offerTitle(r.offerId, language);
        return title ? [{ kind: 'offer', title: title.title, titleLang: title.lang, url: `/kart/tilbud/${r.offerId}`, note: r.note }] : [];
      }
      // Titles and notes staff type are in bokmål: marked as such on the page.
      return r.url ? [{ kind: 'link', title: r.title ?? r.url, titleLang: 'nb', url: r.url, note: r.note }] : [];
    });

  const journey = (await db.select().from(journeyPlans).where(eq(journeyPlans.participantId, p.id)).orderBy(journeyPlans.plan))
    .map((j) => ({
      plan: j.plan, goal: j.goal,
      steps: (Array.isArray(j.steps) ? j.steps as PlanStep[] : []).map((s) => {
        // An offer's title in the page's language where one exists; a step the adviser typed is bokmål.
        const offer = offerTitle(s.offerId, language);
        return {
          title: offer?.title ?? s.text ?? '', titleLang: offer?.lang ?? 'nb', startMonth: s.startMonth ?? null, durationMonths: s.durationMonths ?? null,
        };
      }).filter((s) => s.title),
    }));

  const meta = infoLanguageMeta[language];
  const result: PageJson = {
    givenName: p.givenName.trim().split(/\s+/)[0] ?? '',
    language, direction: meta.direction, htmlLang: meta.htmlLang,
    languages: infoLanguages.map((code) => ({ code, nativeName: infoLanguageMeta[code].nativeName, direction: infoLanguageMeta[code].direction, htmlLang: infoLanguageMeta[code].htmlLang })),
    translation: statusOf(pkg.translation),
    sections, appointments, resources,
    note: await participantNote(db, p.id),
    journey,
    contact: await participantContact(db, p.id),
    expiresAt: link.expiresAt.toISOString(),
  };
  await db.transaction(async (tx) => {
    await tx.update(participantPageLinks).set({ lastUsedAt: now }).where(eq(participantPageLinks.id, link.id));
    await recordAudit(tx, null, { type: 'participant-page.viewed', participantId: p.id, linkId: link.id, language });
  });
  return result;
}

/**
 * The newest sent note's participant version, when participantCopyAvailable gives the participant a copy: the
 * centre's policy "always", or "on-request" with the participant's request recorded on the note.
 */
async function participantNote(db: Db, participantId: string): Promise<{ language: string; text: string } | null> {
  const [note] = await db.select({
    id: guidanceNotes.id, sentNumber: guidanceNotes.sentNumber, policy: noteSettings.participantCopy, requested: guidanceNotes.participantCopyRequested,
  })
    .from(guidanceNotes)
    .leftJoin(noteSettings, eq(noteSettings.organisationId, guidanceNotes.careerCentreId))
    .where(and(eq(guidanceNotes.participantId, participantId), eq(guidanceNotes.status, 'sent')))
    .orderBy(desc(guidanceNotes.lastSentAt)).limit(1);
  // No settings row: the default policy, 'on-request'.
  if (!note || !participantCopyAvailable(note.policy ?? 'on-request', note.requested)) return null;
  const [snapshot] = await db.select({ content: guidanceNoteRevisions.content }).from(guidanceNoteRevisions)
    .where(and(eq(guidanceNoteRevisions.noteId, note.id), inArray(guidanceNoteRevisions.kind, ['sent', 'correction'])))
    .orderBy(desc(guidanceNoteRevisions.sentNumber)).limit(1);
  const version = (snapshot?.content as { participantVersion?: { language?: unknown; text?: unknown } } | undefined)?.participantVersion;
  if (!version || typeof version.text !== 'string' || !version.text.trim()) return null;
  return { language: typeof version.language === 'string' ? version.language : 'nb', text: version.text };
}
