/**
 * Authorisation matrix: every endpoint under /api/v1 × every role (and not signed in) × the actor's own
 * organisation's record and another organisation's record, as one table a reader can audit line by line.
 *
 * Rules from docs/api.md: not signed in → 401; another organisation's record (or a person the role never sees)
 * → 404, never 403 and never data; a role that may not do something with a record it can otherwise see → 403;
 * an endpoint the role may not use at all (admin, counsellors) → 403. Lists never contain another
 * organisation's items, and the statistics reader never receives a person.
 *
 * Reading the table: `own` is the record of the actor's side (Bergen kommune and Karriere Vestland, which serves
 * it; or Drammen kommune and Karriere Buskerud), `other` the record of the other side. For the administrator,
 * the statistics reader and the anonymous client, `own` is Bergen's record and `other` Drammen's. For
 * organisations `own` is the actor's own organisation, for users the actor's own account.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq, isNotNull, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { databaseKinds, startTestApp, type TestApp } from './test/harness.ts';
import type { ApiClient, ApiResponse } from './test/client.ts';
import {
  briefChecklistConfigs, calendarFeeds, glossaryTerms, groupRegistrations, groupSessions, guidanceOrders, guidanceSessions, handoverBriefItems,
  offerRevisions, orderTransitions, organisations, participants, passwordTokens, postponements, sessions, users,
  guidanceNoteFeedback, guidanceNoteRevisions, guidanceNotes, noteSettings, noteWordings, notifications,
  journeyPlans,
} from './db/schema.ts';
import { DEMO_PASSWORD } from './demo/seed.ts';
import { auditEvents, infoTranslationOverrides, participantPageLinks, participantPageResources } from './db/schema.ts';
import { counsellorAbsences, municipalityContacts } from './db/schema.ts';
import { gatheringMunicipalities, gatheringRegistrations, gatherings, gatheringSurveyAnswers } from './db/schema.ts';
import { cooperationActions, meetingSeries, meetingSeriesInvitees, meetings } from './db/schema.ts';
import { cooperationDocuments, cooperationDocumentParties, cooperationDocumentVersions } from './db/schema.ts';
import { orderTalks, talkSettings } from './db/schema.ts';
import { addDays, emptyNoteContent, todayInOslo } from '../domain/index.ts';
import { answerRequiredBrief } from './test/fixtures.ts';
import { qualityEvaluations, surveyAnswers } from './db/schema.ts';
import { surveyPeriod } from '../domain/participant-survey.ts';
import { localOffers } from './db/schema.ts';

// ─── Who ────────────────────────────────────────────────────────────────────────────────────────────────────────

type Side = 'bergen' | 'drammen';
interface Actor {
  label: string;
  email: string | null;
  role: string;
  /** The actor's organisation; null at national level and when not signed in. */
  org: string | null;
  /** Bergen and Karriere Vestland (which serves Bergen) are one side, Drammen and Karriere Buskerud the other. */
  side: Side | null;
  municipality: boolean;
  centre: boolean;
}

const bergen = { side: 'bergen', municipality: true, centre: false } as const;
const vestland = { side: 'bergen', municipality: false, centre: true } as const;
const drammen = { side: 'drammen', municipality: true, centre: false } as const;
const buskerud = { side: 'drammen', municipality: false, centre: true } as const;
const national = { org: null, side: null, municipality: false, centre: false } as const;

/** Columns of the matrix, in this order. */
const actors = {
  adviser: { label: 'programme-adviser (Bergen)', email: 'radgiver@bergen.demo', role: 'programme-adviser', org: 'Bergen kommune', ...bergen },
  mLead: { label: 'municipality-lead (Bergen)', email: 'leder@bergen.demo', role: 'municipality-lead', org: 'Bergen kommune', ...bergen },
  counsellor: { label: 'career-counsellor (Vestland)', email: 'veileder@vestland.demo', role: 'career-counsellor', org: 'Karriere Vestland', ...vestland },
  cLead: { label: 'career-centre-lead (Vestland)', email: 'leder@vestland.demo', role: 'career-centre-lead', org: 'Karriere Vestland', ...vestland },
  adviserD: { label: 'programme-adviser (Drammen)', email: 'radgiver@drammen.demo', role: 'programme-adviser', org: 'Drammen kommune', ...drammen },
  counsellorB: { label: 'career-counsellor (Buskerud)', email: 'veileder@buskerud.demo', role: 'career-counsellor', org: 'Karriere Buskerud', ...buskerud },
  admin: { label: 'administrator', email: 'admin@veivalg.demo', role: 'administrator', ...national },
  stats: { label: 'statistics-reader', email: 'statistikk@veivalg.demo', role: 'statistics-reader', ...national },
  editor: { label: 'content-editor', email: 'redaktor@veivalg.demo', role: 'content-editor', ...national },
  anon: { label: 'not signed in', email: null, role: 'anonymous', ...national },
} satisfies Record<string, Actor>;
type ActorKey = keyof typeof actors;
const columns = Object.keys(actors) as ActorKey[];

// ─── What ───────────────────────────────────────────────────────────────────────────────────────────────────────

/** A record an endpoint may act on, from one side. */
interface Records {
  participantId: string; orderId: string; organisationId: string; userId: string; counsellorEmail: string;
  /** An accepted order with a booked session (with an interpreter); the centre's group session with this side's registration; a glossary term. */
  acceptedOrderId: string; sessionId: string; groupSessionId: string; registrationId: string; termId: string;
  /** An open postponement (only in cases that make one fresh). */
  postponementId: string;
  /** The counsellor's note: a sent note (or a fresh one at a stage), its order, its sent snapshot's revision number; a wording; the actor's own notification. */
  noteId: string; noteOrderId: string; noteRevision: number; wordingId: string; notificationId: string;
  /** Cooperation (issue 13): a planned contact period of the side's municipality at its centre; an absence of the side's counsellor. */
  contactId: string; absenceId: string;
  /** County gatherings (issue 14): a gathering of the side's centre inviting the side's municipality, the side's adviser's registration, a follow-up point. */
  gatheringId: string; gatheringRegistrationId: string; followUpId: string;
  /** Cooperation meetings (issue 13): the side's series (centre and municipality; the side's adviser and counsellor invited), a meeting, an action the adviser owns. */
  seriesId: string; meetingId: string; actionId: string;
  /** Cooperation documents (issue 13): the side's centre's agreement with the side's municipality, published as a template. */
  documentId: string;
  /** Talks (issue 13 item 4): a pre-talk the side's adviser recorded on the side's sent order. */
  talkId: string;
}
type Target = 'own' | 'other' | '-';
/** 'empty' = 200 with nothing in it: no item in a list, no count on the start page. */
type Expected = 200 | 201 | 204 | 400 | 401 | 403 | 404 | 'empty';

interface Ctx {
  t: TestApp;
  actor: Actor;
  client: ApiClient;
  /** The record the row is about (own or other), or the actor's own side for rows without a record. */
  record: Records;
  own: Records;
  other: Records;
  n: number;
}

interface Endpoint {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT';
  /** Path under /api/v1; {id} is replaced with `id(record)`, {number} with the record's note revision. */
  path: string;
  id?: (r: Records) => string;
  /** The case gets its own new participant with an order in this state, because a successful write uses it up. */
  fresh?: 'sent' | 'cancelled' | ((side: Side) => Promise<Partial<Chain>>);
  /** The case uses a new session (the request ends it). */
  newSession?: boolean;
  body?: (c: Ctx) => unknown | Promise<unknown>;
  /** Database state the request may change: must stay equal when refused and differ when it succeeds. */
  state?: (c: Ctx) => Promise<unknown>;
  /** For lists: the keys in a response, the ones the actor must see and the ones they must never see. */
  list?: { keys: (body: any) => string[]; mustSee: (c: Ctx) => string[]; mustNotSee: (c: Ctx) => string[] };
  /** Extra checks after a successful request. */
  then?: (c: Ctx, res: ApiResponse) => Promise<void> | void;
}

// ─── Fixtures and helpers ───────────────────────────────────────────────────────────────────────────────────────

const today = todayInOslo();
const newcomer = (familyName: string, settlementDate = addDays(today, -20)) => ({
  givenName: 'Hemmelig', familyName, birthDate: '1991-03-04', residenceBasis: 'refugee', settlementDate, preferredLanguage: 'ti',
});
const orderInput = { format: 'individual', language: 'ti', mode: 'in-person', message: 'Matrisetest' };
const postponementInput = (version: number) => ({
  reason: 'health', justification: 'Matrisetest', expectedDate: addDays(today, 60), decidedWith: 'adviser-alone', version,
});

let t: TestApp;
const signedIn = new Map<string, ApiClient>();
/** A signed-in client per account, reused across cases; a case that ends the session drops it. */
async function clientFor(actor: Actor): Promise<ApiClient> {
  if (!actor.email) return t.client();
  let c = signedIn.get(actor.email);
  if (!c) { c = await t.as(actor.email); signedIn.set(actor.email, c); }
  return c;
}

const adviserOf: Record<Side, Actor> = { bergen: actors.adviser, drammen: actors.adviserD };
const counsellorOf: Record<Side, string> = { bergen: 'veileder@vestland.demo', drammen: 'veileder@buskerud.demo' };
const otherSide = (s: Side): Side => (s === 'bergen' ? 'drammen' : 'bergen');
/** The other side's counterpart of each organisation. */
const counterpart: Record<string, string> = {
  'Bergen kommune': 'Drammen kommune', 'Drammen kommune': 'Bergen kommune', 'Karriere Vestland': 'Karriere Buskerud', 'Karriere Buskerud': 'Karriere Vestland',
};
let uniq = 0;

interface Chain {
  participantId: string; orderId: string;
  acceptedOrderId?: string; sessionId?: string; groupSessionId?: string; registrationId?: string; termId?: string; postponementId?: string;
  noteId?: string; noteOrderId?: string; noteRevision?: number; wordingId?: string;
  contactId?: string; absenceId?: string;
  gatheringId?: string; gatheringRegistrationId?: string; followUpId?: string;
  seriesId?: string; meetingId?: string; actionId?: string;
  documentId?: string;
  talkId?: string;
}

/** A new participant of a side with an order sent to (and, if asked, cancelled towards) that side's career centre. */
async function participantWithOrder(side: Side, state: 'draft' | 'sent' | 'cancelled', familyName = `Matrisesen-${side}-${++uniq}`) {
  const c = await clientFor(adviserOf[side]);
  const p = await c.post('/api/v1/participants', newcomer(familyName, addDays(today, -200)));
  expect(p.status).toBe(201);
  const o = await c.post(`/api/v1/participants/${p.body.id}/orders`, orderInput);
  expect(o.status).toBe(201);
  if (state !== 'draft') await answerRequiredBrief(c, p.body.id);
  if (state !== 'draft') expect((await c.post(`/api/v1/orders/${o.body.id}/transitions`, { to: 'sent', version: o.body.version })).status).toBe(200);
  if (state === 'cancelled') expect((await c.post(`/api/v1/orders/${o.body.id}/transitions`, { to: 'cancelled', reason: 'Matrise' })).status).toBe(200);
  return { participantId: p.body.id as string, orderId: o.body.id as string };
}

const counsellorActorOf: Record<Side, Actor> = { bergen: actors.counsellor, drammen: actors.counsellorB };
const extrasOf = (c: Partial<Chain>) => ({
  acceptedOrderId: c.acceptedOrderId!, sessionId: c.sessionId!, groupSessionId: c.groupSessionId!, registrationId: c.registrationId!, termId: c.termId!,
  postponementId: c.postponementId!,
  noteId: c.noteId!, noteOrderId: c.noteOrderId!, noteRevision: c.noteRevision!, wordingId: c.wordingId!,
  contactId: c.contactId!, absenceId: c.absenceId!,
  gatheringId: c.gatheringId!, gatheringRegistrationId: c.gatheringRegistrationId!, followUpId: c.followUpId!,
  seriesId: c.seriesId!, meetingId: c.meetingId!, actionId: c.actionId!,
  documentId: c.documentId!,
  talkId: c.talkId!,
});

let slot = 0;
/** A start time no other booking of the suite uses: two hours apart, 40 days ahead (or behind, for the past). */
function nextSlot(past = false): string {
  const base = Date.UTC(2026, 0, 1) + Math.floor((Date.now() - Date.UTC(2026, 0, 1)) / 3_600_000) * 3_600_000;
  return new Date(base + (past ? -1 : 1) * (40 * 86_400_000 + ++slot * 2 * 3_600_000)).toISOString();
}

/** An order of a side accepted by the side's counsellor, with a booked session (with an interpreter). */
async function acceptedWithSession(side: Side): Promise<Partial<Chain>> {
  const chain = await participantWithOrder(side, 'sent');
  const counsellor = await clientFor(counsellorActorOf[side]);
  expect((await counsellor.post(`/api/v1/orders/${chain.orderId}/transitions`, { to: 'accepted' })).status).toBe(200);
  const session = await counsellor.post(`/api/v1/orders/${chain.orderId}/sessions`, {
    kind: 'individual', mode: 'in-person', place: 'Matrise', startsAt: nextSlot(), durationMinutes: 60,
    interpreter: { language: 'ti', mode: 'on-site', status: 'booked' },
  });
  expect(session.status, JSON.stringify(session.body)).toBe(201);
  return { acceptedOrderId: chain.orderId, sessionId: session.body.id };
}

/** A participant of a side with an order sent to the side's centre, and guidance postponed. */
async function postponedWithOrder(side: Side): Promise<Partial<Chain>> {
  const chain = await participantWithOrder(side, 'sent');
  const version = (await participantRow(chain.participantId))!.version;
  const res = await (await clientFor(adviserOf[side])).post(`/api/v1/participants/${chain.participantId}/postponements`, postponementInput(version));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return { ...chain, postponementId: res.body.id };
}

// The counsellor's note. Karriere Vestland requires review (demo settings), Karriere Buskerud does not; each
// centre has a second counsellor (Buskerud's is added by this suite) to review or write.
const secondCounsellorOf: Record<Side, string> = { bergen: 'veileder2@vestland.demo', drammen: 'veileder2@buskerud.demo' };
// Ready for review and sending (noteReadiness): Plan A, Plan B and the recommendation.
const noteContent = { ...emptyNoteContent(), planA: [{ id: 'a1', offerId: null, text: 'Norsk', startMonth: null, durationMonths: null }], planB: [{ id: 'b1', offerId: null, text: 'Praksis', startMonth: null, durationMonths: null }], recommendation: { kind: 'work', justification: 'Matrise', reachWithinProgramme: '' } };

/** An order of a side accepted by the side's counsellor, without a note. */
async function acceptedOrder(side: Side) {
  const chain = await participantWithOrder(side, 'sent');
  expect((await (await clientFor(counsellorActorOf[side])).post(`/api/v1/orders/${chain.orderId}/transitions`, { to: 'accepted' })).status).toBe(200);
  return chain;
}

/**
 * A note of a side at a stage. `author` 'counsellor' is the matrix's counsellor of the side (reviewed by the
 * second counsellor); 'second' swaps them, so the matrix's counsellor is the reviewer.
 */
async function noteAt(side: Side, stage: 'draft' | 'in-review' | 'ready' | 'sent', author: 'counsellor' | 'second' = 'counsellor'): Promise<Partial<Chain>> {
  const { orderId } = await acceptedOrder(side);
  const first = counsellorActorOf[side];
  const second = { ...first, email: secondCounsellorOf[side] };
  const [writer, reviewer] = author === 'counsellor' ? [first, second] : [second, first];
  const w = await clientFor(writer);
  const created = await w.post(`/api/v1/orders/${orderId}/note`);
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  let note = created.body;
  const made = () => ({ noteId: note.id as string, noteOrderId: orderId });
  // Even a draft has what review needs (noteReadiness), so that review-request answers for the role, not the content.
  note = (await w.put(`/api/v1/notes/${note.id}/draft`, { version: note.version, content: noteContent })).body;
  if (stage === 'draft') return made();
  if (stage === 'in-review' || side === 'bergen') {
    note = (await w.post(`/api/v1/notes/${note.id}/review-request`, { version: note.version, reviewerId: ids.user[reviewer.email!] })).body;
    expect(note.status).toBe('in-review');
    if (stage === 'in-review') return made();
    note = (await (await clientFor(reviewer)).post(`/api/v1/notes/${note.id}/reviews`, { version: note.version, decision: 'approve', comment: '' })).body;
    expect(note.status).toBe('approved');
  }
  if (stage === 'ready') return made();
  const sent = await w.post(`/api/v1/notes/${note.id}/send`, { version: note.version });
  expect(sent.status, JSON.stringify(sent.body)).toBe(200);
  return made();
}

/** A group session of the side's centre with one of the side's participants registered. */
async function groupWithRegistration(side: Side): Promise<Partial<Chain>> {
  const counsellor = await clientFor(counsellorActorOf[side]);
  const g = await counsellor.post('/api/v1/group-sessions', { title: 'Matrisegruppe', language: 'ti', mode: 'in-person', place: 'Matrise', startsAt: nextSlot(), durationMinutes: 60 });
  expect(g.status, JSON.stringify(g.body)).toBe(201);
  const chain = await participantWithOrder(side, 'sent');
  const reg = await (await clientFor(adviserOf[side])).post(`/api/v1/group-sessions/${g.body.id}/registrations`, { participantId: chain.participantId });
  expect(reg.status, JSON.stringify(reg.body)).toBe(201);
  return { groupSessionId: g.body.id, registrationId: reg.body.registrations.find((r: { participant: { id: string } }) => r.participant.id === chain.participantId).id };
}

/** The same, moved into the past so that attendance can be recorded. */
async function startedGroupWithRegistration(side: Side): Promise<Partial<Chain>> {
  const made = await groupWithRegistration(side);
  const counsellor = await clientFor(counsellorActorOf[side]);
  const { version } = (await db().select({ version: groupSessions.version }).from(groupSessions).where(eq(groupSessions.id, made.groupSessionId!)))[0]!;
  expect((await counsellor.patch(`/api/v1/group-sessions/${made.groupSessionId}`, { startsAt: nextSlot(true), version })).status).toBe(200);
  return made;
}

const ids = { org: {} as Record<string, string>, user: {} as Record<string, string>, notification: {} as Record<string, string> };
/** Per suite: a Bergen and a Drammen participant, each with an order sent to their career centre, and a Bergen draft. */
const fixture = {} as Record<Side | 'draft', Chain>;
/** Parts of the name of every participant the suite creates: none may ever reach a statistics reader or an administrator. */
const personNames = ['Hemmelig', 'Bergensen', 'Drammensen', 'Utkastsen', 'Matrisesen', 'Nyregistrert'];

/**
 * The records on the actor's own side or on the other side. National roles and the anonymous client count as
 * Bergen's side. The own organisation is the actor's; the own user is the actor's account; the other user is
 * the other side's programme adviser.
 */
function recordsOf(actor: Actor, which: 'own' | 'other', fresh?: Record<Side, Partial<Chain>>): Records {
  const home: Side = actor.side ?? 'bergen';
  const side = which === 'own' ? home : otherSide(home);
  const homeOrg = actor.org ?? 'Bergen kommune';
  return {
    ...extrasOf({ ...fixture[side], ...fresh?.[side] }),
    participantId: fresh?.[side]?.participantId ?? fixture[side].participantId,
    orderId: fresh?.[side]?.orderId ?? fixture[side].orderId,
    organisationId: ids.org[which === 'own' ? homeOrg : counterpart[homeOrg]!]!,
    userId: ids.user[which === 'own' ? actor.email ?? adviserOf.bergen.email! : adviserOf[otherSide(home)].email!]!,
    counsellorEmail: counsellorOf[side],
    // Notifications are per user: the actor's own, or the other side's adviser's.
    notificationId: ids.notification[ids.user[which === 'own' ? actor.email ?? adviserOf.bergen.email! : adviserOf[otherSide(home)].email!]!]!,
  };
}

const db = () => t.database.db;
const countRows = async (table: PgTable, where?: SQL) => (await db().select({ n: count() }).from(table).where(where))[0]!.n;
const participantRow = async (id: string) =>
  (await db().select({ version: participants.version, updatedAt: participants.updatedAt, interpreterLanguage: participants.interpreterLanguage }).from(participants).where(eq(participants.id, id)))[0];
const orderRow = async (id: string) => ({
  ...(await db().select({ version: guidanceOrders.version, status: guidanceOrders.status }).from(guidanceOrders).where(eq(guidanceOrders.id, id)))[0],
  transitions: await countRows(orderTransitions, eq(orderTransitions.orderId, id)),
});
const orgVersion = async (id: string) => (await db().select({ v: organisations.version, name: organisations.name }).from(organisations).where(eq(organisations.id, id)))[0]!;
const briefRows = (participantId: string) => db().select().from(handoverBriefItems).where(eq(handoverBriefItems.participantId, participantId)).orderBy(handoverBriefItems.itemKey);
const briefItemVersion = async (participantId: string, key: string) => (await briefRows(participantId)).find((r) => r.itemKey === key)?.version;
const checklistRow = async (centreId: string) => (await db().select().from(briefChecklistConfigs).where(eq(briefChecklistConfigs.careerCentreId, centreId)))[0] ?? null;
const sessionRow = async (id: string) => (await db().select({ version: guidanceSessions.version, outcome: guidanceSessions.outcome, minutes: guidanceSessions.durationMinutes }).from(guidanceSessions).where(eq(guidanceSessions.id, id)))[0]!;
const groupRow = async (id: string) => (await db().select({ version: groupSessions.version, capacity: groupSessions.capacity }).from(groupSessions).where(eq(groupSessions.id, id)))[0]!;
const registrationRow = async (id: string) => (await db().select({ version: groupRegistrations.version, status: groupRegistrations.status, attendance: groupRegistrations.attendance }).from(groupRegistrations).where(eq(groupRegistrations.id, id)))[0]!;
const termRow = async (id: string) => (await db().select({ version: glossaryTerms.version, explanation: glossaryTerms.explanation }).from(glossaryTerms).where(eq(glossaryTerms.id, id)))[0]!;
const postponementRow = async (id: string) => (await db().select({ version: postponements.version, endedAt: postponements.endedAt }).from(postponements).where(eq(postponements.id, id)))[0]!;
const noteRow = async (id: string) => (await db().select({ version: guidanceNotes.version, status: guidanceNotes.status, sentNumber: guidanceNotes.sentNumber }).from(guidanceNotes).where(eq(guidanceNotes.id, id)))[0]!;
const copyRow = async (id: string) => (await db().select({
  version: guidanceNotes.version, requested: guidanceNotes.participantCopyRequested, by: guidanceNotes.participantCopyRequestedBy, at: guidanceNotes.participantCopyRequestedAt,
}).from(guidanceNotes).where(eq(guidanceNotes.id, id)))[0]!;
const feedbackRow = async (noteId: string) => (await db().select({ version: guidanceNoteFeedback.version }).from(guidanceNoteFeedback).where(eq(guidanceNoteFeedback.noteId, noteId)))[0] ?? null;
const notificationRow = async (id: string) => (await db().select({ readAt: notifications.readAt }).from(notifications).where(eq(notifications.id, id)))[0]!;
const wordingRow = async (id: string) => (await db().select({ version: noteWordings.version, title: noteWordings.title }).from(noteWordings).where(eq(noteWordings.id, id)))[0]!;
const noteSettingsRow = async (organisationId: string) => (await db().select().from(noteSettings).where(eq(noteSettings.organisationId, organisationId)))[0] ?? null;
const feedRow = async (userId: string) => (await db().select().from(calendarFeeds).where(eq(calendarFeeds.userId, userId)))[0] ?? null;
const userVersion = async (id: string) => (await db().select({ v: users.version, name: users.name, role: users.role }).from(users).where(eq(users.id, id)))[0]!;

const isErrorBody = (b: unknown) =>
  typeof b === 'object' && b !== null && typeof (b as any).error === 'string' && typeof (b as any).message === 'string'
  && Object.keys(b).every((k) => ['error', 'message', 'fields'].includes(k));

// ─── The endpoints ──────────────────────────────────────────────────────────────────────────────────────────────

const endpoints = {
  'POST /auth/login': {
    method: 'POST', path: '/auth/login',
    // Anyone may sign in, signed in or not: the client sends the credentials of its own account (anonymous: Bergen's adviser).
    body: (c) => ({ email: c.actor.email ?? 'radgiver@bergen.demo', password: DEMO_PASSWORD }),
    state: (c) => countRows(sessions, eq(sessions.userId, c.own.userId)),
  },
  'POST /auth/logout': {
    method: 'POST', path: '/auth/logout', newSession: true,
    state: (c) => countRows(sessions, eq(sessions.userId, c.own.userId)),
    then: async (c) => { expect((await c.client.get('/api/v1/auth/me')).status).toBe(401); },
  },
  'POST /auth/logout-everywhere': {
    method: 'POST', path: '/auth/logout-everywhere', newSession: true,
    state: (c) => countRows(sessions, eq(sessions.userId, c.own.userId)),
    then: async (c) => {
      expect(await countRows(sessions, eq(sessions.userId, c.own.userId))).toBe(0);
      signedIn.delete(c.actor.email!);
    },
  },
  // Identity providers (OIDC): this app has none configured, so every provider is unknown: 404 for everyone.
  'GET /auth/providers': { method: 'GET', path: '/auth/providers' },
  'GET /auth/oidc/{provider}/start': { method: 'GET', path: '/auth/oidc/{provider}/start' },
  'GET /auth/oidc/{provider}/callback': { method: 'GET', path: '/auth/oidc/{provider}/callback' },
  'GET /auth/me': {
    method: 'GET', path: '/auth/me',
    then: (c, res) => { expect(res.body.user).toMatchObject({ email: c.actor.email, role: c.actor.role }); },
  },
  'GET /auth/session': {
    // Everyone may ask; signed out the answer is nulls, not 401 (issue 16: no failing request on public pages).
    method: 'GET', path: '/auth/session',
    then: (c, res) => { expect(res.body.user?.email ?? null).toBe(c.actor.email ?? null); },
  },
  'POST /auth/session/extend': {
    method: 'POST', path: '/auth/session/extend',
    then: (_c, res) => { expect(Date.parse(res.body.expiresAt)).toBeGreaterThan(Date.now() + 9 * 3600_000); },
  },
  'POST /auth/set-password': {
    // The one-time token is the credential, whoever sends it; an unknown token is refused for everyone.
    method: 'POST', path: '/auth/set-password',
    body: () => ({ token: 'no-such-token-in-the-matrix', password: 'a-long-enough-password' }),
    state: () => countRows(passwordTokens, isNotNull(passwordTokens.usedAt)),
  },
  'GET /start': {
    method: 'GET', path: '/start',
    then: (c, res) => {
      const keys = Object.keys(res.body.counts);
      if (c.actor.municipality) expect(keys).toContain('participants');
      if (c.actor.centre) {
        expect(keys).toContain('ordersSent');
        expect(keys).not.toContain('participants');
      }
    },
  },
  'GET /participants': {
    method: 'GET', path: '/participants?limit=100',
    list: {
      keys: (b) => b.items.map((p: { id: string }) => p.id),
      mustSee: (c) => [c.own.participantId],
      // A centre never sees a participant whose only order is the municipality's draft.
      mustNotSee: (c) => [c.other.participantId, ...(c.actor.centre ? [fixture.draft.participantId] : [])],
    },
  },
  'POST /participants/search': {
    method: 'POST', path: '/participants/search',
    body: () => ({ q: 'Hemmelig', limit: 100 }),
    list: {
      keys: (b) => b.items.map((p: { id: string }) => p.id),
      mustSee: (c) => [c.own.participantId],
      mustNotSee: (c) => [c.other.participantId, ...(c.actor.centre ? [fixture.draft.participantId] : [])],
    },
  },
  'POST /participants': {
    method: 'POST', path: '/participants',
    body: (c) => newcomer(`Nyregistrert-${c.n}`),
    state: () => countRows(participants),
    then: (c, res) => { expect(res.body.municipality.id).toBe(c.own.organisationId); },
  },
  'GET /participants/{id}': { method: 'GET', path: '/participants/{id}', id: (r) => r.participantId },
  'PATCH /participants/{id}': {
    method: 'PATCH', path: '/participants/{id}', id: (r) => r.participantId,
    body: async (c) => ({ interpreterLanguage: c.n % 2 ? 'ar' : 'ti', version: (await participantRow(c.record.participantId))!.version }),
    state: (c) => participantRow(c.record.participantId),
  },
  'GET /participants/{id}/audit': {
    method: 'GET', path: '/participants/{id}/audit', id: (r) => r.participantId,
    then: (c, res) => { expect(res.body.items.length).toBeGreaterThan(0); },
  },
  'GET /participants/{id}/access': {
    method: 'GET', path: '/participants/{id}/access', id: (r) => r.participantId,
    then: (c, res) => { expect(res.body.items[0].organisationId).toBe(c.own.organisationId); },
  },
  'GET /participants/{id}/export': {
    method: 'GET', path: '/participants/{id}/export', id: (r) => r.participantId,
    then: (c, res) => { expect(res.body.sections.participants[0].id).toBe(c.record.participantId); },
  },
  'POST /participants/{id}/corrections': {
    method: 'POST', path: '/participants/{id}/corrections', id: (r) => r.participantId, fresh: 'sent',
    body: async (c) => ({ version: (await participantRow(c.record.participantId))!.version, field: 'familyName', value: `Rettet-${c.n}`, reason: 'Matrisetest' }),
    state: (c) => participantRow(c.record.participantId),
  },
  'POST /participants/{id}/erase': {
    // A closed case (the order was sent and cancelled), so the lead may erase it.
    method: 'POST', path: '/participants/{id}/erase', id: (r) => r.participantId, fresh: 'cancelled',
    body: async (c) => ({ version: (await participantRow(c.record.participantId))!.version, reason: 'duplicate' }),
    state: (c) => participantRow(c.record.participantId),
  },
  'GET /participants/{id}/orders': {
    method: 'GET', path: '/participants/{id}/orders', id: (r) => r.participantId,
    list: { keys: (b) => b.items.map((o: { id: string }) => o.id), mustSee: (c) => [c.record.orderId], mustNotSee: (c) => [c.other.orderId] },
  },
  'POST /participants/{id}/orders': {
    // The participant's earlier order was sent and cancelled: a new order is allowed; the centre no longer sees them (issue 15).
    method: 'POST', path: '/participants/{id}/orders', id: (r) => r.participantId, fresh: 'cancelled',
    body: () => orderInput,
    state: (c) => countRows(guidanceOrders, eq(guidanceOrders.participantId, c.record.participantId)),
  },
  'POST /participants/{id}/postponements': {
    method: 'POST', path: '/participants/{id}/postponements', id: (r) => r.participantId, fresh: 'sent',
    body: async (c) => postponementInput((await participantRow(c.record.participantId))!.version),
    state: (c) => countRows(postponements, eq(postponements.participantId, c.record.participantId)),
    then: async (c) => { expect((await c.client.get(`/api/v1/participants/${c.record.participantId}`)).body.deadlines.status).toBe('postponed'); },
  },
  'GET /participants/{id}/postponements': {
    method: 'GET', path: '/participants/{id}/postponements', id: (r) => r.participantId, fresh: postponedWithOrder,
    list: { keys: (b) => b.items.map((x: { id: string }) => x.id), mustSee: (c) => [c.record.postponementId], mustNotSee: (c) => [c.other.postponementId] },
  },
  'POST /postponements/{id}/end': {
    method: 'POST', path: '/postponements/{id}/end', id: (r) => r.postponementId, fresh: postponedWithOrder,
    body: async (c) => ({ version: (await postponementRow(c.record.postponementId)).version }),
    state: (c) => postponementRow(c.record.postponementId),
  },
  'GET /postponements/export.csv': {
    method: 'GET', path: '/postponements/export.csv',
    then: (_c, res) => { expect(String(res.body)).toContain('participant_reference,'); },
  },
  'GET /orders': {
    method: 'GET', path: '/orders?limit=100',
    list: {
      keys: (b) => b.items.map((o: { id: string }) => o.id),
      mustSee: (c) => [c.own.orderId],
      mustNotSee: (c) => [c.other.orderId, ...(c.actor.centre ? [fixture.draft.orderId] : [])],
    },
  },
  'GET /orders/{id}': { method: 'GET', path: '/orders/{id}', id: (r) => r.orderId },
  'POST /orders/{id}/transitions': {
    // The move each side would make on a sent order: the municipality cancels it, the centre rejects it.
    method: 'POST', path: '/orders/{id}/transitions', id: (r) => r.orderId, fresh: 'sent',
    body: async (c) => ({
      to: c.actor.centre ? 'rejected' : 'cancelled', reason: 'Matrise', version: (await orderRow(c.record.orderId)).version,
    }),
    state: (c) => orderRow(c.record.orderId),
  },
  'GET /career-centre/counsellors': {
    method: 'GET', path: '/career-centre/counsellors',
    list: {
      keys: (b) => b.items.map((u: { email: string }) => u.email),
      mustSee: (c) => [c.own.counsellorEmail], mustNotSee: (c) => [c.other.counsellorEmail],
    },
  },
  'GET /admin/counties': { method: 'GET', path: '/admin/counties' },
  'GET /admin/organisations': { method: 'GET', path: '/admin/organisations' },
  'POST /admin/organisations': {
    method: 'POST', path: '/admin/organisations',
    body: (c) => ({ kind: 'municipality', name: `Matrise herad ${c.n}`, servedByCareerCentreId: ids.org['Karriere Vestland'] }),
    state: () => countRows(organisations),
  },
  'PATCH /admin/organisations/{id}': {
    method: 'PATCH', path: '/admin/organisations/{id}', id: (r) => r.organisationId,
    body: async (c) => { const o = await orgVersion(c.record.organisationId); return { name: o.name, version: o.v }; },
    state: (c) => orgVersion(c.record.organisationId),
  },
  'GET /admin/users': { method: 'GET', path: '/admin/users' },
  'GET /admin/outbox': { method: 'GET', path: '/admin/outbox' },
  'POST /admin/users': {
    method: 'POST', path: '/admin/users',
    body: (c) => ({ email: `matrise-${c.n}@bergen.demo`, name: 'Matrise Bruker', role: 'programme-adviser', organisationId: ids.org['Bergen kommune'] }),
    state: async () => [await countRows(users), await countRows(passwordTokens)],
  },
  'PATCH /admin/users/{id}': {
    method: 'PATCH', path: '/admin/users/{id}', id: (r) => r.userId,
    body: async (c) => { const u = await userVersion(c.record.userId); return { name: u.name, version: u.v }; },
    state: (c) => userVersion(c.record.userId),
  },
  'GET /map/offers': { method: 'GET', path: '/map/offers' },
  'GET /map/offers/{id}': { method: 'GET', path: '/map/offers/{id}', id: () => MAP_OFFER },
  'GET /map/offers/{id}/markdown': { method: 'GET', path: '/map/offers/{id}/markdown', id: () => MAP_OFFER },
  'POST /map/eligibility': { method: 'POST', path: '/map/eligibility', body: () => ({ profile: { age: 30, residenceBasis: 'refugee' } }) },
  'PATCH /map/offers/{id}': {
    method: 'PATCH', path: '/map/offers/{id}', id: () => MAP_OFFER,
    body: async (c) => ({
      texts: { summary: { nb: `Matrisetekst ${c.n}`, en: `Matrix text ${c.n}` } }, reviewDue: '2027-06-01',
      version: (await c.t.client().get(`/api/v1/map/offers/${MAP_OFFER}`)).body.version,
    }),
    state: () => countRows(offerRevisions),
  },
  'GET /map/offers/{id}/revisions': { method: 'GET', path: '/map/offers/{id}/revisions', id: () => MAP_OFFER },

  // Local offers (issue 18): public reading; writing only for the local-offer editor role, which no column of the
  // matrix has (its own-organisation and other-organisation rules are in features/local-offers/local-offers.test.ts).
  'GET /map/municipalities': { method: 'GET', path: '/map/municipalities' },
  'GET /map/local-offers': {
    method: 'GET', path: '/map/local-offers?municipalityId={id}', id: () => LOCAL.bergen,
    then: (_, res) => { expect(JSON.stringify(res.body)).not.toMatch(/Linn Lokal|Frida Fylke|Nils Nav/); },
  },
  'GET /map/local-offers/{id}': {
    method: 'GET', path: '/map/local-offers/{id}', id: () => LOCAL.offer,
    then: (_, res) => { expect(JSON.stringify(res.body)).not.toMatch(/Linn Lokal|Frida Fylke|Nils Nav/); },
  },
  'GET /local-offers/areas': { method: 'GET', path: '/local-offers/areas' },
  'GET /local-offers': { method: 'GET', path: '/local-offers' },
  'GET /local-offers/{id}': { method: 'GET', path: '/local-offers/{id}', id: () => LOCAL.offer },
  'POST /local-offers': {
    method: 'POST', path: '/local-offers', state: () => countRows(localOffers),
    body: async () => (await db().select().from(localOffers).where(eq(localOffers.id, LOCAL.offer)))[0]!.content,
  },
  'PUT /local-offers/{id}': {
    method: 'PUT', path: '/local-offers/{id}', id: () => LOCAL.offer,
    body: async () => ({ ...(await db().select().from(localOffers).where(eq(localOffers.id, LOCAL.offer)))[0]!.content as object, version: 1 }),
    state: () => db().select().from(localOffers).where(eq(localOffers.id, LOCAL.offer)),
  },
  'POST /local-offers/{id}/remove': {
    method: 'POST', path: '/local-offers/{id}/remove', id: () => LOCAL.offer, body: () => ({ version: 1 }),
    state: () => db().select().from(localOffers).where(eq(localOffers.id, LOCAL.offer)),
  },

  // Handover brief.
  'GET /participants/{id}/brief': { method: 'GET', path: '/participants/{id}/brief', id: (r) => r.participantId },
  'PATCH /participants/{id}/brief': {
    method: 'PATCH', path: '/participants/{id}/brief', id: (r) => r.participantId,
    body: async (c) => ({ items: [{ key: 'wishes', value: { wishes: `Matrise ${c.n}` }, source: 'adviser', version: await briefItemVersion(c.record.participantId, 'wishes') }] }),
    state: (c) => briefRows(c.record.participantId),
  },
  'POST /participants/{id}/brief/import': {
    method: 'POST', path: '/participants/{id}/brief/import', id: (r) => r.participantId,
    body: (c) => ({ format: 'csv', content: `item,field,value,mapped_on\nwork,occupation,Matrise ${c.n},${today}\n` }),
    state: (c) => briefRows(c.record.participantId),
  },
  'GET /brief/import-template.csv': { method: 'GET', path: '/brief/import-template.csv' },
  'GET /brief/import-template.json': { method: 'GET', path: '/brief/import-template.json' },
  'GET /career-centre/brief-checklist': { method: 'GET', path: '/career-centre/brief-checklist' },
  'PATCH /career-centre/brief-checklist': {
    method: 'PATCH', path: '/career-centre/brief-checklist',
    body: async (c) => ({ staleAfterDays: 180 + (c.n % 2), version: (await checklistRow(ids.org['Karriere Vestland']!))?.version ?? 0 }),
    state: () => checklistRow(ids.org['Karriere Vestland']!),
  },

  // Sessions of an order.
  'POST /orders/{id}/sessions': {
    method: 'POST', path: '/orders/{id}/sessions', id: (r) => r.acceptedOrderId,
    body: () => ({ kind: 'individual', mode: 'phone', phone: '+47 11 11 11 11', startsAt: nextSlot(), durationMinutes: 60 }),
    state: (c) => countRows(guidanceSessions, eq(guidanceSessions.orderId, c.record.acceptedOrderId)),
  },
  'GET /orders/{id}/sessions': {
    method: 'GET', path: '/orders/{id}/sessions', id: (r) => r.acceptedOrderId,
    list: { keys: (b) => b.items.map((x: { id: string }) => x.id), mustSee: (c) => [c.record.sessionId], mustNotSee: (c) => [c.other.sessionId] },
  },
  'GET /sessions/{id}': { method: 'GET', path: '/sessions/{id}', id: (r) => r.sessionId },
  'PATCH /sessions/{id}': {
    method: 'PATCH', path: '/sessions/{id}', id: (r) => r.sessionId,
    body: async (c) => ({ durationMinutes: 60 + 15 * (c.n % 2), version: (await sessionRow(c.record.sessionId)).version }),
    state: (c) => sessionRow(c.record.sessionId),
  },
  'POST /sessions/{id}/outcome': {
    // Recording an outcome closes the session, so every case gets its own.
    method: 'POST', path: '/sessions/{id}/outcome', id: (r) => r.sessionId, fresh: acceptedWithSession,
    body: async (c) => ({ outcome: 'cancelled', reason: 'Matrise', version: (await sessionRow(c.record.sessionId)).version }),
    state: (c) => sessionRow(c.record.sessionId),
  },
  'GET /sessions/{id}/letter': { method: 'GET', path: '/sessions/{id}/letter', id: (r) => r.sessionId },
  'GET /sessions/{id}/interpreter-briefing': { method: 'GET', path: '/sessions/{id}/interpreter-briefing', id: (r) => r.sessionId },

  // The centre's glossary.
  'GET /glossary': {
    method: 'GET', path: '/glossary',
    list: { keys: (b) => b.items.map((x: { id: string }) => x.id), mustSee: (c) => [c.own.termId], mustNotSee: (c) => [c.other.termId] },
  },
  'POST /glossary': {
    method: 'POST', path: '/glossary', body: (c) => ({ term: `Matrise ${c.n}`, explanation: 'Et begrep i matrisetesten.' }), state: () => countRows(glossaryTerms),
  },
  'PATCH /glossary/{id}': {
    method: 'PATCH', path: '/glossary/{id}', id: (r) => r.termId,
    body: async (c) => ({ explanation: `Matrise ${c.n}.`, version: (await termRow(c.record.termId)).version }),
    state: (c) => termRow(c.record.termId),
  },
  'POST /glossary/defaults': { method: 'POST', path: '/glossary/defaults' },

  // Group sessions.
  'GET /group-sessions': {
    method: 'GET', path: '/group-sessions',
    list: { keys: (b) => b.items.map((x: { id: string }) => x.id), mustSee: (c) => [c.own.groupSessionId], mustNotSee: (c) => [c.other.groupSessionId] },
  },
  'POST /group-sessions': {
    method: 'POST', path: '/group-sessions',
    body: (c) => ({ title: 'Matrise', language: 'ti', mode: 'in-person', place: 'Matrise', startsAt: nextSlot(), durationMinutes: 60, leadCounsellorId: ids.user[c.own.counsellorEmail] }),
    state: () => countRows(groupSessions),
  },
  'GET /group-sessions/{id}': { method: 'GET', path: '/group-sessions/{id}', id: (r) => r.groupSessionId },
  'PATCH /group-sessions/{id}': {
    method: 'PATCH', path: '/group-sessions/{id}', id: (r) => r.groupSessionId,
    body: async (c) => ({ capacity: 15 + (c.n % 2), version: (await groupRow(c.record.groupSessionId)).version }),
    state: (c) => groupRow(c.record.groupSessionId),
  },
  'POST /group-sessions/{id}/registrations': {
    // A municipality registers a new participant of its own with a sent order; others send one of their side's.
    method: 'POST', path: '/group-sessions/{id}/registrations', id: (r) => r.groupSessionId,
    body: async (c) => ({ participantId: c.actor.municipality ? (await participantWithOrder(c.actor.side!, 'sent')).participantId : c.own.participantId }),
    state: (c) => countRows(groupRegistrations, eq(groupRegistrations.groupSessionId, c.record.groupSessionId)),
  },
  'POST /group-sessions/{id}/attendance': {
    // Attendance is recorded once per registration, after the start: every case gets its own started session.
    method: 'POST', path: '/group-sessions/{id}/attendance', id: (r) => r.groupSessionId, fresh: startedGroupWithRegistration,
    body: async (c) => ({ items: [{ registrationId: c.record.registrationId, attended: true, version: (await registrationRow(c.record.registrationId)).version }] }),
    state: (c) => registrationRow(c.record.registrationId),
  },
  'POST /group-registrations/{id}/withdraw': {
    method: 'POST', path: '/group-registrations/{id}/withdraw', id: (r) => r.registrationId, fresh: groupWithRegistration,
    body: async (c) => ({ version: (await registrationRow(c.record.registrationId)).version }),
    state: (c) => registrationRow(c.record.registrationId),
  },

  // Hours and calendars.
  'GET /participants/{id}/hours': { method: 'GET', path: '/participants/{id}/hours', id: (r) => r.participantId },
  'GET /career-centre/hours': { method: 'GET', path: '/career-centre/hours' },
  // Statistics: aggregates only; each role gets its own level by default (see features/statistics/service.ts).
  'GET /statistics/dashboard': {
    method: 'GET', path: '/statistics/dashboard',
    then: (c, res) => { expect(res.body.exact).toBe(c.actor.municipality || c.actor.centre); },
  },
  'GET /statistics/dashboard.csv': {
    method: 'GET', path: '/statistics/dashboard.csv',
    then: (_c, res) => { expect(String(res.body)).toContain('table,row,unit,value'); },
  },
  'GET /statistics/fact-sheet': { method: 'GET', path: '/statistics/fact-sheet' },
  'GET /rules/changes': { method: 'GET', path: '/rules/changes' },
  'GET /statistics/fact-sheet.csv': { method: 'GET', path: '/statistics/fact-sheet.csv' },
  'GET /calendar': { method: 'GET', path: '/calendar' },
  'GET /calendar/feed': { method: 'GET', path: '/calendar/feed' },
  'POST /calendar/feed': { method: 'POST', path: '/calendar/feed', state: (c) => feedRow(c.own.userId) },
  'POST /calendar/feed/revoke': {
    // There must be a feed to revoke, or an allowed revocation would change nothing.
    method: 'POST', path: '/calendar/feed/revoke',
    body: async (c) => { if (c.actor.centre) expect((await c.client.post('/api/v1/calendar/feed')).status).toBe(201); return {}; },
    state: (c) => feedRow(c.own.userId),
  },
  // The counsellor's note (issue 5).
  'GET /orders/{id}/note': { method: 'GET', path: '/orders/{id}/note', id: (r) => r.noteOrderId },
  'POST /orders/{id}/note': {
    method: 'POST', path: '/orders/{id}/note', id: (r) => r.noteOrderId, fresh: async (side) => ({ noteOrderId: (await acceptedOrder(side)).orderId }),
    state: (c) => countRows(guidanceNotes, eq(guidanceNotes.orderId, c.record.noteOrderId)),
  },
  'PUT /notes/{id}/draft': {
    method: 'PUT', path: '/notes/{id}/draft', id: (r) => r.noteId, fresh: (side) => noteAt(side, 'draft'),
    body: async (c) => ({ version: (await noteRow(c.record.noteId)).version, content: noteContent }),
    state: (c) => noteRow(c.record.noteId),
  },
  'GET /notes/{id}/revisions': {
    method: 'GET', path: '/notes/{id}/revisions', id: (r) => r.noteId,
    then: (c, res) => { if (c.actor.municipality) expect(res.body.items.map((i: { kind: string }) => i.kind)).not.toContain('draft'); },
  },
  'GET /notes/{id}/revisions/{number}': { method: 'GET', path: '/notes/{id}/revisions/{number}', id: (r) => r.noteId },
  'POST /notes/{id}/review-request': {
    method: 'POST', path: '/notes/{id}/review-request', id: (r) => r.noteId, fresh: (side) => noteAt(side, 'draft'),
    body: async (c) => ({
      version: (await noteRow(c.record.noteId)).version,
      reviewerId: ids.user[secondCounsellorOf[c.record.counsellorEmail === counsellorOf.bergen ? 'bergen' : 'drammen']],
    }),
    state: (c) => noteRow(c.record.noteId),
  },
  'POST /notes/{id}/reviews': {
    // Written by the side's second counsellor with the matrix's counsellor as the reviewer.
    method: 'POST', path: '/notes/{id}/reviews', id: (r) => r.noteId, fresh: (side) => noteAt(side, 'in-review', 'second'),
    body: async (c) => ({ version: (await noteRow(c.record.noteId)).version, decision: 'approve', comment: '' }),
    state: (c) => noteRow(c.record.noteId),
  },
  'POST /notes/{id}/reopen': {
    method: 'POST', path: '/notes/{id}/reopen', id: (r) => r.noteId, fresh: (side) => noteAt(side, 'in-review'),
    body: async (c) => ({ version: (await noteRow(c.record.noteId)).version }),
    state: (c) => noteRow(c.record.noteId),
  },
  'POST /notes/{id}/send': {
    method: 'POST', path: '/notes/{id}/send', id: (r) => r.noteId, fresh: (side) => noteAt(side, 'ready'),
    body: async (c) => ({ version: (await noteRow(c.record.noteId)).version }),
    state: (c) => noteRow(c.record.noteId),
  },
  'POST /notes/{id}/corrections': {
    method: 'POST', path: '/notes/{id}/corrections', id: (r) => r.noteId,
    body: async (c) => ({ version: (await noteRow(c.record.noteId)).version, reason: 'Matrise', content: noteContent }),
    state: (c) => noteRow(c.record.noteId),
  },
  'GET /notes/{id}/export.json': { method: 'GET', path: '/notes/{id}/export.json', id: (r) => r.noteId },
  'GET /notes/{id}/export/imdinett': { method: 'GET', path: '/notes/{id}/export/imdinett', id: (r) => r.noteId },
  'GET /notes/{id}/participant-version': { method: 'GET', path: '/notes/{id}/participant-version', id: (r) => r.noteId },
  'PUT /notes/{id}/feedback': {
    method: 'PUT', path: '/notes/{id}/feedback', id: (r) => r.noteId,
    body: async (c) => ({
      version: (await feedbackRow(c.record.noteId))?.version, recommendationUse: 'followed', reason: '', integrationPlanChanged: c.n % 2 === 0,
      endGoal: 'work', endGoalText: '',
    }),
    state: (c) => feedbackRow(c.record.noteId),
  },
  'GET /notes': {
    method: 'GET', path: '/notes',
    list: { keys: (b) => b.items.map((i: { noteId: string }) => i.noteId), mustSee: (c) => [c.own.noteId], mustNotSee: (c) => [c.other.noteId] },
  },
  'GET /notes?reviewing=me': {
    // The reviewer's queue: notes in review the counsellor was asked to read (the lead: all in review at the centre).
    method: 'GET', path: '/notes?reviewing=me',
    list: { keys: (b) => b.items.map((i: { noteId: string }) => i.noteId), mustSee: () => [], mustNotSee: (c) => [c.other.noteId, c.own.noteId] },
  },
  'PUT /notes/{id}/participant-copy-request': {
    // Always records "asked" on the side's sent note (kept asked in beforeAll), so the participant-version rows stay 200.
    method: 'PUT', path: '/notes/{id}/participant-copy-request', id: (r) => r.noteId,
    body: async (c) => ({ version: (await copyRow(c.record.noteId)).version, requested: true }),
    state: (c) => copyRow(c.record.noteId),
  },
  'GET /plan-tasks': {
    method: 'GET', path: '/plan-tasks?status=all',
    list: { keys: (b) => b.items.map((i: { noteId: string }) => i.noteId), mustSee: (c) => [c.own.noteId], mustNotSee: (c) => [c.other.noteId] },
  },
  'GET /notifications': {
    method: 'GET', path: '/notifications',
    list: { keys: (b) => b.items.map((i: { id: string }) => i.id), mustSee: (c) => [c.own.notificationId], mustNotSee: (c) => [c.other.notificationId] },
  },
  'POST /notifications/{id}/read': {
    method: 'POST', path: '/notifications/{id}/read', id: (r) => r.notificationId,
    state: (c) => notificationRow(c.record.notificationId),
  },
  'GET /wordings': {
    method: 'GET', path: '/wordings',
    list: { keys: (b) => b.items.map((i: { id: string }) => i.id), mustSee: (c) => [c.own.wordingId], mustNotSee: (c) => [c.other.wordingId] },
  },
  'POST /wordings': {
    method: 'POST', path: '/wordings',
    body: (c) => ({ kind: 'wording', title: `Matriseformulering ${c.n}`, body: 'Brukes i matrisetesten.' }),
    state: () => countRows(noteWordings),
  },
  'PATCH /wordings/{id}': {
    method: 'PATCH', path: '/wordings/{id}', id: (r) => r.wordingId,
    body: async (c) => ({ version: (await wordingRow(c.record.wordingId)).version, title: `Matriseformulering ${c.n}` }),
    state: (c) => wordingRow(c.record.wordingId),
  },
  'GET /note-settings': { method: 'GET', path: '/note-settings' },
  'PUT /note-settings': {
    // Each lead changes its own side's fields; Karriere Vestland's copy policy moves between the two that give copies.
    method: 'PUT', path: '/note-settings',
    body: async (c) => {
      const version = (await noteSettingsRow(c.own.organisationId))?.version ?? 0;
      return c.actor.role === 'career-centre-lead' ? { version, participantCopy: c.n % 2 ? 'always' : 'on-request' } : { version, unreadAfterDays: 5 + (c.n % 2) };
    },
    state: (c) => noteSettingsRow(c.own.organisationId),
  },
  // Example journeys are public; a participant's journey plans follow the participant's scope (issue 6).
  'GET /map/journeys': { method: 'GET', path: '/map/journeys' },
  'GET /map/journeys/{id}': { method: 'GET', path: '/map/journeys/{id}', id: () => 'anya-lese-og-skrive-hagebruk' },
  'GET /participants/{id}/journey-plans': { method: 'GET', path: '/participants/{id}/journey-plans', id: (r) => r.participantId },
  'GET /participants/{id}/journey-plans/{plan}': { method: 'GET', path: '/participants/{id}/journey-plans/{plan}', id: (r) => r.participantId },
  'PUT /participants/{id}/journey-plans/{plan}': {
    method: 'PUT', path: '/participants/{id}/journey-plans/{plan}', id: (r) => r.participantId,
    body: async (c) => ({
      version: (await journeyPlanRow(c.record.participantId))?.version ?? 0, goal: `Matrisemål ${c.n}`, startDate: '2026-01-01',
      steps: [{ id: 'm1', offerId: 'norsk-og-samfunnskunnskap', text: null, startMonth: 0, durationMonths: 12 }],
    }),
    state: (c) => journeyPlanRow(c.record.participantId),
  },
  // The participant's page. Fresh cases make a link (or a resource) on a new participant of each side.
  'GET /participants/{id}/page-links': { method: 'GET', path: '/participants/{id}/page-links', id: (r) => r.participantId },
  'POST /participants/{id}/page-links': {
    method: 'POST', path: '/participants/{id}/page-links', id: (r) => r.participantId,
    body: () => ({ language: 'ar', background: 'primary' }),
    state: (c) => countRows(participantPageLinks, eq(participantPageLinks.participantId, c.record.participantId)),
  },
  'POST /page-links/{id}/revoke': {
    method: 'POST', path: '/page-links/{id}/revoke', id: (r) => pageLinks.get(r.participantId)!.id, fresh: withPageLink,
    body: async (c) => ({ version: (await pageLinkRow(pageLinks.get(c.record.participantId)!.id)).version }),
    state: (c) => pageLinkRow(pageLinks.get(c.record.participantId)!.id),
  },
  'POST /page-links/{id}/send': {
    // The matrix app has a mailer that accepts everything; the message holds only the link.
    method: 'POST', path: '/page-links/{id}/send', id: (r) => pageLinks.get(r.participantId)!.id, fresh: withPageLink,
    body: (c) => ({ channel: 'email', to: 'matrise@example.no', token: pageLinks.get(c.record.participantId)!.token }),
    state: (c) => countRows(auditEvents, and(eq(auditEvents.type, 'participant-page.link-sent'), eq(auditEvents.participantId, c.record.participantId))),
  },
  'GET /participants/{id}/page-resources': { method: 'GET', path: '/participants/{id}/page-resources', id: (r) => r.participantId },
  'POST /participants/{id}/page-resources': {
    method: 'POST', path: '/participants/{id}/page-resources', id: (r) => r.participantId,
    body: () => ({ kind: 'offer', offerId: 'norskprove', note: 'Matrise' }),
    state: (c) => countRows(participantPageResources, eq(participantPageResources.participantId, c.record.participantId)),
  },
  'POST /page-resources/{id}/remove': {
    method: 'POST', path: '/page-resources/{id}/remove', id: (r) => pageResources.get(r.participantId)!, fresh: withPageResource,
    body: async (c) => ({ version: (await pageResourceRow(pageResources.get(c.record.participantId)!)).version }),
    state: (c) => pageResourceRow(pageResources.get(c.record.participantId)!),
  },
  // Cooperation (issue 13): contacts, deputies and absences.
  'PATCH /auth/me': {
    method: 'PATCH', path: '/auth/me', body: () => ({ workPhone: '+47 55 00 00 00' }),
    state: async (c) => (await db().select({ v: users.version, phone: users.workPhone }).from(users).where(eq(users.id, c.own.userId)))[0],
  },
  'GET /cooperation/my-contacts': { method: 'GET', path: '/cooperation/my-contacts' },
  'GET /cooperation/municipalities': {
    method: 'GET', path: '/cooperation/municipalities',
    then: (c, res) => {
      const names = res.body.items.map((i: { municipality: { name: string } }) => i.municipality.name);
      expect(names).toContain(c.actor.side === 'bergen' ? 'Bergen kommune' : 'Drammen kommune');
      expect(names).not.toContain(c.actor.side === 'bergen' ? 'Drammen kommune' : 'Bergen kommune');
    },
  },
  'POST /cooperation/contacts': {
    method: 'POST', path: '/cooperation/contacts',
    body: (c) => ({
      municipalityId: ids.org[c.actor.side === 'drammen' ? 'Drammen kommune' : 'Bergen kommune'], userId: ids.user[c.actor.side === 'drammen' ? 'veileder2@buskerud.demo' : 'veileder2@vestland.demo'],
      kind: 'deputy', validFrom: addDays(today, 500 + c.n),
    }),
    state: () => countRows(municipalityContacts),
  },
  'PATCH /cooperation/contacts/{id}': {
    method: 'PATCH', path: '/cooperation/contacts/{id}', id: (r) => r.contactId,
    body: async (c) => ({ validTo: addDays(today, 600 + c.n), version: (await contactRow(c.record.contactId)).version }),
    state: (c) => contactRow(c.record.contactId),
  },
  'POST /cooperation/contacts/{id}/remove': {
    method: 'POST', path: '/cooperation/contacts/{id}/remove', id: (r) => r.contactId, fresh: withCooperation,
    body: async (c) => ({ version: (await contactRow(c.record.contactId)).version }),
    state: (c) => contactRow(c.record.contactId),
  },
  'GET /cooperation/absences': { method: 'GET', path: '/cooperation/absences' },
  'POST /cooperation/absences': {
    method: 'POST', path: '/cooperation/absences',
    body: (c) => ({ userId: c.own.userId, from: addDays(today, 700 + c.n), to: addDays(today, 701 + c.n) }),
    state: () => countRows(counsellorAbsences),
  },
  'POST /cooperation/absences/{id}/remove': {
    method: 'POST', path: '/cooperation/absences/{id}/remove', id: (r) => r.absenceId, fresh: withCooperation,
    body: async (c) => ({ version: (await absenceRow(c.record.absenceId)).version }),
    state: (c) => absenceRow(c.record.absenceId),
  },
  // Cooperation meetings and actions (issue 13 item 2), comparing practice (item 6).
  'GET /cooperation/meeting-series': {
    method: 'GET', path: '/cooperation/meeting-series',
    list: { keys: (b) => b.items.map((i: { id: string }) => i.id), mustSee: (c) => [c.own.seriesId], mustNotSee: (c) => [c.other.seriesId] },
  },
  'POST /cooperation/meeting-series': {
    method: 'POST', path: '/cooperation/meeting-series',
    body: (c) => ({ title: `Matriseserie ${c.n}`, interval: 'yearly', inviteeIds: [] }),
    state: () => countRows(meetingSeries),
  },
  'GET /cooperation/meeting-series/{id}': { method: 'GET', path: '/cooperation/meeting-series/{id}', id: (r) => r.seriesId },
  'PATCH /cooperation/meeting-series/{id}': {
    method: 'PATCH', path: '/cooperation/meeting-series/{id}', id: (r) => r.seriesId,
    body: async (c) => ({ title: `Matrisemøte ${c.n}`, version: (await seriesRow(c.record.seriesId)).version }),
    state: (c) => seriesRow(c.record.seriesId),
  },
  'GET /cooperation/meeting-people': { method: 'GET', path: '/cooperation/meeting-people' },
  'POST /cooperation/meeting-series/{id}/meetings': {
    method: 'POST', path: '/cooperation/meeting-series/{id}/meetings', id: (r) => r.seriesId,
    body: () => ({ startsAt: nextSlot(), durationMinutes: 60 }),
    state: (c) => countRows(meetings, eq(meetings.seriesId, c.record.seriesId)),
  },
  'GET /cooperation/meetings/{id}': { method: 'GET', path: '/cooperation/meetings/{id}', id: (r) => r.meetingId },
  'PATCH /cooperation/meetings/{id}': {
    method: 'PATCH', path: '/cooperation/meetings/{id}', id: (r) => r.meetingId,
    body: async (c) => ({ minutes: `Referat ${c.n}`, version: (await meetingRow(c.record.meetingId)).version }),
    state: (c) => meetingRow(c.record.meetingId),
  },
  'POST /cooperation/meetings/{id}/remove': {
    method: 'POST', path: '/cooperation/meetings/{id}/remove', id: (r) => r.meetingId, fresh: withMeeting,
    body: async (c) => ({ version: (await meetingRow(c.record.meetingId)).version }),
    state: (c) => meetingRow(c.record.meetingId),
  },
  'GET /cooperation/meetings/{id}/ical': { method: 'GET', path: '/cooperation/meetings/{id}/ical', id: (r) => r.meetingId },
  'POST /cooperation/meetings/{id}/actions': {
    method: 'POST', path: '/cooperation/meetings/{id}/actions', id: (r) => r.meetingId,
    body: (c) => ({ title: `Tiltak ${c.n}`, ownerId: ids.user[adviserOf[c.actor.side === 'drammen' ? 'drammen' : 'bergen'].email!], dueDate: addDays(today, 10) }),
    state: (c) => countRows(cooperationActions, eq(cooperationActions.sourceId, c.record.meetingId)),
  },
  'PATCH /cooperation/actions/{id}': {
    method: 'PATCH', path: '/cooperation/actions/{id}', id: (r) => r.actionId,
    body: async (c) => ({ title: `Matrisetiltak ${c.n}`, version: (await actionRow(c.record.actionId)).version }),
    state: (c) => actionRow(c.record.actionId),
  },
  'POST /cooperation/actions/{id}/remove': {
    method: 'POST', path: '/cooperation/actions/{id}/remove', id: (r) => r.actionId, fresh: withMeeting,
    body: async (c) => ({ version: (await actionRow(c.record.actionId)).version }),
    state: (c) => actionRow(c.record.actionId),
  },
  'GET /cooperation/actions': {
    method: 'GET', path: '/cooperation/actions',
    // The fixture's action is owned by the side's adviser: on their list, on nobody else's.
    list: {
      keys: (b) => b.items.map((i: { id: string }) => i.id),
      mustSee: (c) => (c.actor.email === adviserOf[c.actor.side ?? 'bergen'].email ? [c.own.actionId] : []),
      mustNotSee: (c) => [c.other.actionId],
    },
  },
  'GET /cooperation/practice': { method: 'GET', path: '/cooperation/practice' },
  // Shared agreements and routines (issue 13): the centre's own and its municipalities' party documents; templates.
  'GET /cooperation/documents': {
    method: 'GET', path: '/cooperation/documents',
    list: { keys: (b) => b.items.map((i: { id: string }) => i.id), mustSee: (c) => [c.own.documentId], mustNotSee: (c) => [c.other.documentId] },
  },
  'POST /cooperation/documents': {
    method: 'POST', path: '/cooperation/documents',
    body: (c) => ({
      kind: 'interpreter-routine', title: `Matriserutine ${c.n}`, ownerUserId: ids.user[counsellorOf[c.actor.side ?? 'bergen']],
      municipalityIds: [ids.org[c.actor.side === 'drammen' ? 'Drammen kommune' : 'Bergen kommune']], body: 'Matrise',
    }),
    state: () => countRows(cooperationDocuments),
  },
  'GET /cooperation/documents/{id}': { method: 'GET', path: '/cooperation/documents/{id}', id: (r) => r.documentId },
  'PATCH /cooperation/documents/{id}': {
    method: 'PATCH', path: '/cooperation/documents/{id}', id: (r) => r.documentId,
    body: async (c) => ({ nextReviewOn: addDays(today, 100 + c.n), version: (await documentRow(c.record.documentId)).version }),
    state: (c) => documentRow(c.record.documentId),
  },
  'POST /cooperation/documents/{id}/versions': {
    method: 'POST', path: '/cooperation/documents/{id}/versions', id: (r) => r.documentId,
    body: async (c) => ({ body: 'Matrise, ny versjon', changeNote: 'Matrise', version: (await documentRow(c.record.documentId)).version }),
    state: (c) => countRows(cooperationDocumentVersions, eq(cooperationDocumentVersions.documentId, c.record.documentId)),
  },
  'GET /cooperation/documents/{id}/versions/{versionNumber}': {
    method: 'GET', path: '/cooperation/documents/{id}/versions/{versionNumber}', id: (r) => r.documentId,
  },
  'POST /cooperation/documents/{id}/remove': {
    method: 'POST', path: '/cooperation/documents/{id}/remove', id: (r) => r.documentId, fresh: withDocument,
    body: async (c) => ({ version: (await documentRow(c.record.documentId)).version }),
    state: (c) => documentRow(c.record.documentId),
  },
  'GET /cooperation/document-templates': {
    method: 'GET', path: '/cooperation/document-templates',
    list: { keys: (b) => b.items.map((i: { id: string }) => i.id), mustSee: (c) => [c.own.documentId, c.other.documentId], mustNotSee: () => [] },
  },
  'GET /cooperation/document-templates/{id}': { method: 'GET', path: '/cooperation/document-templates/{id}', id: (r) => r.documentId },
  'GET /info-translations': { method: 'GET', path: '/info-translations?language=ar' },
  'POST /info-translations': {
    method: 'POST', path: '/info-translations',
    body: async (c) => ({
      language: 'ti', sectionId: 'what-is-guidance', heading: null, paragraphs: null, status: 'reviewed', reviewedBy: `Translatør ${c.n}`,
      reviewedOn: null, version: (await overrideRow(c.own.organisationId))?.version ?? null,
    }),
    state: (c) => overrideRow(c.own.organisationId),
  },
  // County gatherings (issue 14): the centre lead plans and follows up; invited municipalities register their staff.
  'GET /gatherings': {
    method: 'GET', path: '/gatherings',
    list: { keys: (b) => b.items.map((i: { id: string }) => i.id), mustSee: (c) => [c.own.gatheringId], mustNotSee: (c) => [c.other.gatheringId] },
  },
  'POST /gatherings': {
    method: 'POST', path: '/gatherings',
    body: (c) => ({
      title: `Matrisesamling ${c.n}`, startsOn: addDays(today, 30), endsOn: addDays(today, 31), place: 'Matrise', registrationClosesOn: addDays(today, 20),
      capacityPerMunicipality: 5, programme: [], municipalities: [{ municipalityId: ids.org[c.actor.side === 'drammen' ? 'Drammen kommune' : 'Bergen kommune'], planningGroup: true }],
    }),
    state: () => countRows(gatherings),
  },
  'GET /gatherings/{id}': { method: 'GET', path: '/gatherings/{id}', id: (r) => r.gatheringId },
  'PATCH /gatherings/{id}': {
    method: 'PATCH', path: '/gatherings/{id}', id: (r) => r.gatheringId,
    body: async (c) => ({ title: `Matrisesamling ${c.n}`, version: (await gatheringRow(c.record.gatheringId)).version }),
    state: (c) => gatheringRow(c.record.gatheringId),
  },
  'POST /gatherings/{id}/notices': {
    method: 'POST', path: '/gatherings/{id}/notices', id: (r) => r.gatheringId, body: () => ({ kind: 'reminder' }),
    state: () => countRows(notifications, eq(notifications.kind, 'gathering-reminder')),
  },
  'POST /gatherings/{id}/registrations': {
    // The actor registers themself in a fresh gathering (a municipality's staff may register any colleague).
    method: 'POST', path: '/gatherings/{id}/registrations', id: (r) => r.gatheringId, fresh: (side) => withGathering(side, { when: 'today', register: false }),
    body: (c) => ({ userId: c.own.userId }),
    state: (c) => countRows(gatheringRegistrations, eq(gatheringRegistrations.gatheringId, c.record.gatheringId)),
  },
  'POST /gathering-registrations/{id}/cancel': {
    method: 'POST', path: '/gathering-registrations/{id}/cancel', id: (r) => r.gatheringRegistrationId, fresh: (side) => withGathering(side, { when: 'future', register: true }),
    body: async (c) => ({ version: (await gatheringRegistrationRow(c.record.gatheringRegistrationId)).version }),
    state: (c) => gatheringRegistrationRow(c.record.gatheringRegistrationId),
  },
  'POST /gatherings/{id}/survey': {
    method: 'POST', path: '/gatherings/{id}/survey', id: (r) => r.gatheringId, fresh: (side) => withGathering(side, { when: 'today', register: true }),
    body: () => ({ usefulness: 4, strengthenedCooperation: 5, helpfulItemIds: [], improve: 'Matrise', followUp: '' }),
    state: (c) => countRows(gatheringSurveyAnswers, eq(gatheringSurveyAnswers.gatheringId, c.record.gatheringId)),
  },
  'GET /gatherings/{id}/results': { method: 'GET', path: '/gatherings/{id}/results', id: (r) => r.gatheringId },
  'POST /gatherings/{id}/follow-ups': {
    method: 'POST', path: '/gatherings/{id}/follow-ups', id: (r) => r.gatheringId,
    body: (c) => ({ text: `Matrisepunkt ${c.n}`, source: 'input', ownerId: ids.user[counsellorOf[c.actor.side ?? 'bergen']], dueOn: addDays(today, 30) }),
    state: (c) => countRows(cooperationActions, and(eq(cooperationActions.sourceKind, 'gathering'), eq(cooperationActions.sourceId, c.record.gatheringId))!),
  },
  'PATCH /gathering-follow-ups/{id}': {
    method: 'PATCH', path: '/gathering-follow-ups/{id}', id: (r) => r.followUpId,
    body: async (c) => ({ text: `Matrisepunkt ${c.n}`, version: (await followUpRow(c.record.followUpId)).version }),
    state: (c) => followUpRow(c.record.followUpId),
  },
  'POST /gatherings/{id}/letter': {
    method: 'POST', path: '/gatherings/{id}/letter', id: (r) => r.gatheringId, fresh: (side) => withGathering(side, { when: 'today', register: true }),
    body: async (c) => ({ text: 'Takk for sist', version: (await gatheringRow(c.record.gatheringId)).version }),
    state: (c) => gatheringRow(c.record.gatheringId),
  },
  // The participant's own page answers the token, not a session: an unknown token is 404 for everyone.
  'GET /p/{token}': { method: 'GET', path: '/p/{token}' },
  // Talks before and after, follow-up conversations, the NAV hand-over (issue 13, items 4 and 5).
  'GET /orders/{id}/talks': { method: 'GET', path: '/orders/{id}/talks', id: (r) => r.orderId },
  'POST /orders/{id}/talks': {
    method: 'POST', path: '/orders/{id}/talks', id: (r) => r.orderId,
    body: (c) => ({ kind: 'pre-talk', heldOn: today, forCounsellor: `Matrise ${c.n}` }),
    state: (c) => countRows(orderTalks, eq(orderTalks.orderId, c.record.orderId)),
  },
  'PATCH /talks/{id}': {
    method: 'PATCH', path: '/talks/{id}', id: (r) => r.talkId,
    body: async (c) => ({ nextSteps: `Matrise ${c.n}`, version: (await talkRow(c.record.talkId)).version }),
    state: (c) => talkRow(c.record.talkId),
  },
  'POST /talks/{id}/remove': {
    method: 'POST', path: '/talks/{id}/remove', id: (r) => r.talkId, fresh: withTalk,
    body: async (c) => ({ version: (await talkRow(c.record.talkId)).version }),
    state: (c) => talkRow(c.record.talkId),
  },
  'GET /talk-settings': { method: 'GET', path: '/talk-settings' },
  'PUT /talk-settings': {
    method: 'PUT', path: '/talk-settings',
    body: async (c) => ({
      version: (await talkSettingsRow(c.own.organisationId))?.version ?? 0,
      ...(c.actor.centre ? { talksExpected: c.n % 2 === 0 } : { followUpProposalMonths: 1 + (c.n % 24) }),
    }),
    state: (c) => talkSettingsRow(c.own.organisationId),
  },
  'GET /participants/{id}/follow-up-proposal': { method: 'GET', path: '/participants/{id}/follow-up-proposal', id: (r) => r.participantId },
  'GET /participants/{id}/nav-handover': { method: 'GET', path: '/participants/{id}/nav-handover', id: (r) => r.participantId },
  'POST /participants/{id}/nav-handover': {
    // The fixture participants have a journey plan (made with the talks fixture), so that part exists.
    method: 'POST', path: '/participants/{id}/nav-handover', id: (r) => r.participantId,
    body: () => ({ include: ['journeyPlan'], format: 'print' }),
    state: (c) => countRows(auditEvents, and(eq(auditEvents.type, 'nav-handover.prepared'), eq(auditEvents.participantId, c.record.participantId))),
  },
  // The participants' survey and the quality self-evaluation (issue 14). The public survey routes answer 404 to
  // anything but a working page link (the participant-survey tests cover a real one).
  'GET /p/{token}/survey': { method: 'GET', path: '/p/{token}/survey' },
  'POST /p/{token}/survey': {
    method: 'POST', path: '/p/{token}/survey', body: () => ({ language: 'ti', useful: 4, interpreter: null, nextStep: 4 }),
    state: () => countRows(surveyAnswers),
  },
  'POST /survey/paper-answers': {
    method: 'POST', path: '/survey/paper-answers', body: () => ({ language: 'ti', period: surveyPeriod(), useful: 4, interpreter: 5, nextStep: 3 }),
    state: () => countRows(surveyAnswers),
  },
  // The record is the side's career centre: a centre reads its own, the statistics reader any.
  'GET /survey/results': { method: 'GET', path: '/survey/results?centreId={id}', id: (r) => ids.org[centreOfSide(r)]! },
  'GET /quality-evaluations': { method: 'GET', path: '/quality-evaluations' },
  'PUT /quality-evaluations/current': {
    method: 'PUT', path: '/quality-evaluations/current',
    body: async (c) => ({
      areas: [{ area: 'ethics', score: 3, evidence: `Matrise ${c.n}`, improvement: 'Matrise' }],
      version: c.actor.centre ? await evaluationVersion(ids.org[c.actor.org!]!) : null,
    }),
    state: () => db().select({ id: qualityEvaluations.id, v: qualityEvaluations.version }).from(qualityEvaluations).orderBy(qualityEvaluations.id),
  },
  'GET /quality-evaluations/county': { method: 'GET', path: '/quality-evaluations/county' },
  'GET /quality-evaluations/{id}': { method: 'GET', path: '/quality-evaluations/{id}', id: (r) => evaluationIds[centreOfSide(r)]! },
} satisfies Record<string, Endpoint>;
/** A pre-talk by the side's adviser on the side's sent fixture order (and a journey plan A, for the NAV hand-over). */
async function withTalk(side: Side): Promise<Partial<Chain>> {
  const adviser = await clientFor(adviserOf[side]);
  const res = await adviser.post(`/api/v1/orders/${fixture[side].orderId}/talks`, { kind: 'pre-talk', heldOn: today, forCounsellor: 'Matrise' });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  if (!(await journeyPlanRow(fixture[side].participantId))) {
    const plan = await adviser.put(`/api/v1/participants/${fixture[side].participantId}/journey-plans/A`, {
      version: 0, goal: 'Matrisemål', startDate: '2026-01-01', steps: [{ id: 'm1', offerId: 'norsk-og-samfunnskunnskap', text: null, startMonth: 0, durationMonths: 12 }],
    });
    expect(plan.status, JSON.stringify(plan.body)).toBe(200);
  }
  return { participantId: fixture[side].participantId, orderId: fixture[side].orderId, talkId: res.body.id };
}
const talkRow = async (id: string) =>
  (await db().select({ version: orderTalks.version, nextSteps: orderTalks.nextSteps, removedAt: orderTalks.removedAt }).from(orderTalks).where(eq(orderTalks.id, id)))[0]!;
const talkSettingsRow = async (organisationId: string) =>
  (await db().select({ version: talkSettings.version, talksExpected: talkSettings.talksExpected, months: talkSettings.followUpProposalMonths }).from(talkSettings)
    .where(eq(talkSettings.organisationId, organisationId)))[0] ?? null;
const journeyPlanRow = async (participantId: string) =>
  (await db().select({ version: journeyPlans.version, goal: journeyPlans.goal }).from(journeyPlans)
    .where(and(eq(journeyPlans.participantId, participantId), eq(journeyPlans.plan, 'A'))))[0] ?? null;
/** Links and resources made for fresh participant-page cases, by participant id. */
const pageLinks = new Map<string, { id: string; token: string }>();
const pageResources = new Map<string, string>();
async function withPageLink(side: Side): Promise<Partial<Chain>> {
  const chain = await participantWithOrder(side, 'sent');
  const res = await (await clientFor(adviserOf[side])).post(`/api/v1/participants/${chain.participantId}/page-links`, { language: 'ar', background: 'primary' });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  pageLinks.set(chain.participantId, { id: res.body.link.id, token: new URL(res.body.url).pathname.split('/').pop()! });
  return chain;
}
async function withPageResource(side: Side): Promise<Partial<Chain>> {
  const chain = await participantWithOrder(side, 'sent');
  const res = await (await clientFor(adviserOf[side])).post(`/api/v1/participants/${chain.participantId}/page-resources`, { kind: 'link', url: 'https://www.hkdir.no/', title: 'HK-dir' });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  pageResources.set(chain.participantId, res.body.id);
  return chain;
}
/**
 * A contact period of the side's municipality and an absence of its counsellor, both in the future so that no order
 * of the suite is routed by them.
 */
async function withCooperation(side: Side): Promise<Partial<Chain>> {
  const centre = side === 'bergen' ? 'Karriere Vestland' : 'Karriere Buskerud';
  const userId = ids.user[counsellorOf[side]]!;
  const [contact] = await db().insert(municipalityContacts).values({
    careerCentreId: ids.org[centre]!, municipalityId: ids.org[side === 'bergen' ? 'Bergen kommune' : 'Drammen kommune']!, userId,
    kind: 'contact', validFrom: addDays(today, 300), createdBy: userId,
  }).returning({ id: municipalityContacts.id });
  const [absence] = await db().insert(counsellorAbsences).values({
    careerCentreId: ids.org[centre]!, userId, fromDate: addDays(today, 400), toDate: addDays(today, 410), createdBy: userId,
  }).returning({ id: counsellorAbsences.id });
  return { participantId: fixture[side].participantId, orderId: fixture[side].orderId, contactId: contact!.id, absenceId: absence!.id };
}
/**
 * A gathering of the side's centre inviting the side's municipality: held today (registration, survey and letter
 * are open) or in the future (a registration can still be cancelled); with the side's adviser registered, if asked,
 * and a follow-up point owned by the side's counsellor. Made in the database: Karriere Buskerud has no lead.
 */
async function withGathering(side: Side, o: { when: 'today' | 'future'; register: boolean }): Promise<Partial<Chain>> {
  const centreId = ids.org[side === 'bergen' ? 'Karriere Vestland' : 'Karriere Buskerud']!;
  const municipalityId = ids.org[side === 'bergen' ? 'Bergen kommune' : 'Drammen kommune']!;
  const counsellorId = ids.user[counsellorOf[side]]!;
  const day = o.when === 'today' ? today : addDays(today, 20);
  const [g] = await db().insert(gatherings).values({
    careerCentreId: centreId, title: `Matrisesamling ${side}`, startsOn: day, endsOn: day, place: 'Matrise', registrationClosesOn: o.when === 'today' ? today : addDays(today, 10),
    capacityPerMunicipality: 50, createdBy: counsellorId,
  }).returning({ id: gatherings.id });
  await db().insert(gatheringMunicipalities).values({ gatheringId: g!.id, municipalityId, planningGroup: true, invitedAt: new Date() });
  const adviserId = ids.user[adviserOf[side].email!]!;
  const reg = o.register
    ? (await db().insert(gatheringRegistrations).values({ gatheringId: g!.id, municipalityId, userId: adviserId, status: 'registered', registeredBy: adviserId }).returning({ id: gatheringRegistrations.id }))[0]!.id
    : undefined;
  // A follow-up point is a cooperation action with the gathering as its source (issue 14 item 3).
  const [f] = await db().insert(cooperationActions).values({
    sourceKind: 'gathering', sourceId: g!.id, careerCentreId: centreId, municipalityId: null, title: 'Matrisepunkt', gatheringSource: 'question',
    ownerId: counsellorId, dueDate: addDays(today, 30), createdBy: counsellorId,
  }).returning({ id: cooperationActions.id });
  return { participantId: fixture[side].participantId, orderId: fixture[side].orderId, gatheringId: g!.id, gatheringRegistrationId: reg, followUpId: f!.id };
}
const gatheringRow = async (id: string) => (await db().select({ version: gatherings.version, title: gatherings.title, letterSentAt: gatherings.letterSentAt }).from(gatherings).where(eq(gatherings.id, id)))[0]!;
const gatheringRegistrationRow = async (id: string) => (await db().select({ version: gatheringRegistrations.version, status: gatheringRegistrations.status }).from(gatheringRegistrations).where(eq(gatheringRegistrations.id, id)))[0]!;
const followUpRow = async (id: string) => (await db().select({ version: cooperationActions.version, text: cooperationActions.title }).from(cooperationActions).where(eq(cooperationActions.id, id)))[0]!;
/**
 * A cooperation meeting series of a side's centre and municipality with the side's adviser and counsellor invited, one
 * meeting, and an action the adviser owns that the counsellor wrote.
 */
async function withMeeting(side: Side): Promise<Partial<Chain>> {
  const centre = ids.org[side === 'bergen' ? 'Karriere Vestland' : 'Karriere Buskerud']!;
  const municipality = ids.org[side === 'bergen' ? 'Bergen kommune' : 'Drammen kommune']!;
  const counsellor = ids.user[counsellorOf[side]]!;
  const adviser = ids.user[adviserOf[side].email!]!;
  const [series] = await db().insert(meetingSeries).values({
    careerCentreId: centre, municipalityId: municipality, title: 'Matrisemøte', interval: 'half-yearly', createdBy: counsellor,
  }).returning({ id: meetingSeries.id });
  await db().insert(meetingSeriesInvitees).values([{ seriesId: series!.id, userId: adviser }, { seriesId: series!.id, userId: counsellor }]);
  const [meeting] = await db().insert(meetings).values({
    seriesId: series!.id, startsAt: new Date(Date.now() - 86_400_000), durationMinutes: 60, createdBy: counsellor,
  }).returning({ id: meetings.id });
  const [action] = await db().insert(cooperationActions).values({
    sourceKind: 'meeting', sourceId: meeting!.id, careerCentreId: centre, municipalityId: municipality, title: 'Matrisetiltak',
    ownerId: adviser, dueDate: addDays(today, 30), createdBy: counsellor,
  }).returning({ id: cooperationActions.id });
  return { participantId: fixture[side].participantId, orderId: fixture[side].orderId, seriesId: series!.id, meetingId: meeting!.id, actionId: action!.id };
}
const seriesRow = async (id: string) => (await db().select({ version: meetingSeries.version }).from(meetingSeries).where(eq(meetingSeries.id, id)))[0]!;
const meetingRow = async (id: string) => (await db().select({ version: meetings.version, removedAt: meetings.removedAt }).from(meetings).where(eq(meetings.id, id)))[0]!;
const actionRow = async (id: string) =>
  (await db().select({ version: cooperationActions.version, removedAt: cooperationActions.removedAt }).from(cooperationActions).where(eq(cooperationActions.id, id)))[0]!;
/**
 * An agreement of the side's centre with the side's municipality as the party, owned by the centre's second
 * counsellor (so the matrix's counsellor is neither owner nor lead), published as a template for other centres.
 */
async function withDocument(side: Side): Promise<Partial<Chain>> {
  const centre = ids.org[side === 'bergen' ? 'Karriere Vestland' : 'Karriere Buskerud']!;
  const owner = ids.user[secondCounsellorOf[side]]!;
  const [doc] = await db().insert(cooperationDocuments).values({
    careerCentreId: centre, kind: 'cooperation-agreement', title: `Matriseavtale ${side}`, ownerUserId: owner, publishedAsTemplate: true, createdBy: owner,
  }).returning({ id: cooperationDocuments.id });
  await db().insert(cooperationDocumentParties).values({ documentId: doc!.id, municipalityId: ids.org[side === 'bergen' ? 'Bergen kommune' : 'Drammen kommune']! });
  await db().insert(cooperationDocumentVersions).values({ documentId: doc!.id, number: 1, body: 'Matrise', changeNote: '', effectiveFrom: today, publishedBy: owner });
  return { participantId: fixture[side].participantId, orderId: fixture[side].orderId, documentId: doc!.id };
}
const documentRow = async (id: string) =>
  (await db().select({ version: cooperationDocuments.version, removedAt: cooperationDocuments.removedAt, review: cooperationDocuments.nextReviewOn }).from(cooperationDocuments).where(eq(cooperationDocuments.id, id)))[0]!;
const contactRow = async (id: string) =>
  (await db().select({ version: municipalityContacts.version, validTo: municipalityContacts.validTo, removedAt: municipalityContacts.removedAt }).from(municipalityContacts).where(eq(municipalityContacts.id, id)))[0]!;
const absenceRow = async (id: string) =>
  (await db().select({ version: counsellorAbsences.version, removedAt: counsellorAbsences.removedAt }).from(counsellorAbsences).where(eq(counsellorAbsences.id, id)))[0]!;
const pageLinkRow = async (id: string) =>
  (await db().select({ version: participantPageLinks.version, revokedAt: participantPageLinks.revokedAt }).from(participantPageLinks).where(eq(participantPageLinks.id, id)))[0]!;
const pageResourceRow = async (id: string) =>
  (await db().select({ version: participantPageResources.version, removedAt: participantPageResources.removedAt }).from(participantPageResources).where(eq(participantPageResources.id, id)))[0]!;
const overrideRow = async (centreId: string) =>
  (await db().select({ version: infoTranslationOverrides.version, reviewedBy: infoTranslationOverrides.reviewedBy }).from(infoTranslationOverrides)
    .where(and(eq(infoTranslationOverrides.careerCentreId, centreId), eq(infoTranslationOverrides.language, 'ti'), eq(infoTranslationOverrides.sectionId, 'what-is-guidance'))))[0] ?? null;
const MAP_OFFER = 'norsktrening-frivillig';
/** Bergen kommune and the demo's Bergen local offer, set in beforeAll. */
const LOCAL = { bergen: '', offer: '' };
/** The career centre on a record's side (the side is told by its counsellor). */
const centreOfSide = (r: Records) => (r.counsellorEmail === counsellorOf.bergen ? 'Karriere Vestland' : 'Karriere Buskerud');
/** A self-evaluation two years back of each centre (the demo has last year's at Vestland), made in beforeAll (read-only, so every case may use it). */
const evaluationIds: Record<string, string> = {};
const evaluationVersion = async (centreId: string) =>
  (await db().select({ v: qualityEvaluations.version, year: qualityEvaluations.year }).from(qualityEvaluations)
    .where(eq(qualityEvaluations.careerCentreId, centreId))).find((e) => e.year === Number(today.slice(0, 4)))?.v ?? null;
type EndpointKey = keyof typeof endpoints;

// ─── The matrix ─────────────────────────────────────────────────────────────────────────────────────────────────

type Row = [EndpointKey, Target, ...Expected[]];

// Person records (participants, their orders) do not exist for the administrator and the statistics reader: 404, as
// for another organisation's record. The administrator may read any participant's audit trail (ids and names of
// changed fields, no personal data). A role that can see a participant but may not do something with it gets 403;
// for every other organisation's participant the answer is 404 whatever the role, the audit trail included.
const matrix: Row[] = [
  //                                                Bergen     Bergen  Vestland    Vestland  Drammen   Buskerud
  // endpoint                           record      adviser    lead    counsellor  lead      adviser   counsellor  admin    stats    editor   anonymous
  ['POST /auth/login',                  '-',        204,       204,    204,        204,      204,      204,        204,     204,     204,     204],
  ['POST /auth/logout',                 '-',        204,       204,    204,        204,      204,      204,        204,     204,     204,     401],
  ['POST /auth/logout-everywhere',      '-',        204,       204,    204,        204,      204,      204,        204,     204,     204,     401],
  ['GET /auth/me',                      '-',        200,       200,    200,        200,      200,      200,        200,     200,     200,     401],
  ['GET /auth/session',                 '-',        200,       200,    200,        200,      200,      200,        200,     200,     200,     200],
  ['POST /auth/session/extend',         '-',        200,       200,    200,        200,      200,      200,        200,     200,     200,     401],
  ['POST /auth/set-password',           '-',        400,       400,    400,        400,      400,      400,        400,     400,     400,     400],
  ['GET /auth/providers',               '-',        200,       200,    200,        200,      200,      200,        200,     200,     200,     200],
  ['GET /auth/oidc/{provider}/start',   '-',        404,       404,    404,        404,      404,      404,        404,     404,     404,     404],
  ['GET /auth/oidc/{provider}/callback', '-',       404,       404,    404,        404,      404,      404,        404,     404,     404,     404],
  ['GET /start',                        '-',        200,       200,    200,        200,      200,      200,        'empty', 'empty', 'empty', 401],

  ['GET /participants',                 '-',        200,       200,    200,        200,      200,      200,        'empty', 'empty', 'empty', 401],
  ['POST /participants/search',         '-',        200,       200,    200,        200,      200,      200,        'empty', 'empty', 'empty', 401],
  ['POST /participants',                '-',        201,       201,    403,        403,      201,      403,        403,     403,     403,     401],
  ['GET /participants/{id}',            'own',      200,       200,    200,        200,      200,      200,        404,     404,     404,     401],
  ['GET /participants/{id}',            'other',    404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['PATCH /participants/{id}',          'own',      200,       200,    403,        403,      200,      403,        404,     404,     404,     401],
  ['PATCH /participants/{id}',          'other',    404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['GET /participants/{id}/audit',      'own',      403,       200,    403,        200,      403,      403,        200,     404,     404,     401],
  ['GET /participants/{id}/audit',      'other',    404,       404,    404,        404,      404,      404,        200,     404,     404,     401],
  ['GET /participants/{id}/access',     'own',      403,       200,    403,        403,      403,      403,        404,     404,     404,     401],
  ['GET /participants/{id}/access',     'other',    404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['GET /participants/{id}/export',     'own',      403,       200,    403,        403,      403,      403,        404,     404,     404,     401],
  ['GET /participants/{id}/export',     'other',    404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  // Correction (GDPR art. 16): only the lead of the participant's municipality; the centre that sees them may not.
  ['POST /participants/{id}/corrections', 'own',    403,       201,    403,        403,      403,      403,        404,     404,     404,     401],
  ['POST /participants/{id}/corrections', 'other',  404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['POST /participants/{id}/erase',     'own',      403,       204,    404,        404,      403,      404,        404,     404,     404,     401],
  ['POST /participants/{id}/erase',     'other',    404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['GET /participants/{id}/orders',     'own',      200,       200,    200,        200,      200,      200,        404,     404,     404,     401],
  ['GET /participants/{id}/orders',     'other',    404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['POST /participants/{id}/orders',    'own',      201,       201,    404,        404,      201,      404,        404,     404,     404,     401],
  ['POST /participants/{id}/orders',    'other',    404,       404,    404,        404,      404,      404,        404,     404,     404,     401],

  // Postponement: the municipality decides it (alone or with the centre) and ends it; a centre that has received
  // an order reads it. The export for NIR holds personal data of many participants: municipality roles only.
  ['POST /participants/{id}/postponements', 'own', 201,     201,    403,        403,      201,      403,        404,     404,     404,     401],
  ['POST /participants/{id}/postponements', 'other', 404,   404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['GET /participants/{id}/postponements', 'own',  200,      200,    200,        200,      200,      200,        404,     404,     404,     401],
  ['GET /participants/{id}/postponements', 'other', 404,     404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['POST /postponements/{id}/end',      'own',      200,       200,    403,        403,      200,      403,        404,     404,     404,     401],
  ['POST /postponements/{id}/end',      'other',    404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['GET /postponements/export.csv',     '-',        200,       200,    403,        403,      200,      403,        403,     403,     403,     401],

  ['GET /orders',                       '-',        200,       200,    200,        200,      200,      200,        'empty', 'empty', 'empty', 401],
  ['GET /orders/{id}',                  'own',      200,       200,    200,        200,      200,      200,        404,     404,     404,     401],
  ['GET /orders/{id}',                  'other',    404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['POST /orders/{id}/transitions',     'own',      200,       200,    200,        200,      200,      200,        404,     404,     404,     401],
  ['POST /orders/{id}/transitions',     'other',    404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['GET /career-centre/counsellors',    '-',        403,       403,    200,        200,      403,      200,        403,     403,     403,     401],

  // Administration is one role's job: every other role is refused the endpoint itself, whichever record it names.
  ['GET /admin/counties',               '-',        403,       403,    403,        403,      403,      403,        200,     403,     403,     401],
  ['GET /admin/organisations',          '-',        403,       403,    403,        403,      403,      403,        200,     403,     403,     401],
  ['POST /admin/organisations',         '-',        403,       403,    403,        403,      403,      403,        201,     403,     403,     401],
  ['PATCH /admin/organisations/{id}',   'own',      403,       403,    403,        403,      403,      403,        200,     403,     403,     401],
  ['PATCH /admin/organisations/{id}',   'other',    403,       403,    403,        403,      403,      403,        200,     403,     403,     401],
  ['GET /admin/users',                  '-',        403,       403,    403,        403,      403,      403,        200,     403,     403,     401],
  ['GET /admin/outbox',                 '-',        403,       403,    403,        403,      403,      403,        200,     403,     403,     401],
  ['POST /admin/users',                 '-',        403,       403,    403,        403,      403,      403,        201,     403,     403,     401],
  ['PATCH /admin/users/{id}',           'own',      403,       403,    403,        403,      403,      403,        200,     403,     403,     401],
  ['PATCH /admin/users/{id}',           'other',    403,       403,    403,        403,      403,      403,        200,     403,     403,     401],

  // The opportunity map is public and holds no personal data; only content editors and administrators edit it.
  // Offers are not organisations' records, so `own` and `other` name the same offer.
  ['GET /map/offers',                   '-',        200,       200,    200,        200,      200,      200,        200,     200,     200,     200],
  ['GET /map/offers/{id}',              'own',      200,       200,    200,        200,      200,      200,        200,     200,     200,     200],
  ['GET /map/offers/{id}',              'other',    200,       200,    200,        200,      200,      200,        200,     200,     200,     200],
  ['GET /map/offers/{id}/markdown',    'own',      200,       200,    200,        200,      200,      200,        200,     200,     200,     200],
  ['GET /map/offers/{id}/markdown',    'other',    200,       200,    200,        200,      200,      200,        200,     200,     200,     200],
  ['POST /map/eligibility',             '-',        200,       200,    200,        200,      200,      200,        200,     200,     200,     200],
  ['PATCH /map/offers/{id}',            'own',      403,       403,    403,        403,      403,      403,        200,     403,     200,     401],
  ['PATCH /map/offers/{id}',            'other',    403,       403,    403,        403,      403,      403,        200,     403,     200,     401],
  ['GET /map/offers/{id}/revisions',    'own',      403,       403,    403,        403,      403,      403,        200,     403,     200,     401],
  ['GET /map/offers/{id}/revisions',    'other',    403,       403,    403,        403,      403,      403,        200,     403,     200,     401],
  // Local offers: anyone reads the map's; only the local-offer editor role (no column here) writes, so every column is refused.
  ['GET /map/municipalities',           '-',        200,       200,    200,        200,      200,      200,        200,     200,     200,     200],
  ['GET /map/local-offers',             'own',      200,       200,    200,        200,      200,      200,        200,     200,     200,     200],
  ['GET /map/local-offers',             'other',    200,       200,    200,        200,      200,      200,        200,     200,     200,     200],
  ['GET /map/local-offers/{id}',        'own',      200,       200,    200,        200,      200,      200,        200,     200,     200,     200],
  ['GET /map/local-offers/{id}',        'other',    200,       200,    200,        200,      200,      200,        200,     200,     200,     200],
  ['GET /local-offers/areas',           '-',        403,       403,    403,        403,      403,      403,        403,     403,     403,     401],
  ['GET /local-offers',                 '-',        403,       403,    403,        403,      403,      403,        403,     403,     403,     401],
  ['GET /local-offers/{id}',            'own',      403,       403,    403,        403,      403,      403,        403,     403,     403,     401],
  ['GET /local-offers/{id}',            'other',    403,       403,    403,        403,      403,      403,        403,     403,     403,     401],
  ['POST /local-offers',                '-',        403,       403,    403,        403,      403,      403,        403,     403,     403,     401],
  ['PUT /local-offers/{id}',            'own',      403,       403,    403,        403,      403,      403,        403,     403,     403,     401],
  ['PUT /local-offers/{id}',            'other',    403,       403,    403,        403,      403,      403,        403,     403,     403,     401],
  ['POST /local-offers/{id}/remove',    'own',      403,       403,    403,        403,      403,      403,        403,     403,     403,     401],
  ['POST /local-offers/{id}/remove',    'other',    403,       403,    403,        403,      403,      403,        403,     403,     403,     401],

  // The handover brief follows the participant: the municipality writes it, a centre that has received an order
  // reads it. The import templates hold no personal data. The checklist is the centre's own: its lead changes it.
  ['GET /participants/{id}/brief',      'own',      200,       200,    200,        200,      200,      200,        404,     404,     404,     401],
  ['GET /participants/{id}/brief',      'other',    404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['PATCH /participants/{id}/brief',    'own',      200,       200,    403,        403,      200,      403,        404,     404,     404,     401],
  ['PATCH /participants/{id}/brief',    'other',    404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['POST /participants/{id}/brief/import', 'own',   200,       200,    403,        403,      200,      403,        404,     404,     404,     401],
  ['POST /participants/{id}/brief/import', 'other', 404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['GET /brief/import-template.csv',    '-',        200,       200,    200,        200,      200,      200,        200,     200,     200,     401],
  ['GET /brief/import-template.json',   '-',        200,       200,    200,        200,      200,      200,        200,     200,     200,     401],
  ['GET /career-centre/brief-checklist', '-',       403,       403,    200,        200,      403,      200,        403,     403,     403,     401],
  ['PATCH /career-centre/brief-checklist', '-',     403,       403,    403,        200,      403,      403,        403,     403,     403,     401],

  // Sessions follow their order: both sides read them, only the centre books and records; the interpreter
  // briefing is the centre's. `own` is an accepted order of the actor's side with a booked session.
  ['POST /orders/{id}/sessions',        'own',      403,       403,    201,        201,      403,      201,        404,     404,     404,     401],
  ['POST /orders/{id}/sessions',        'other',    404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['GET /orders/{id}/sessions',         'own',      200,       200,    200,        200,      200,      200,        404,     404,     404,     401],
  ['GET /orders/{id}/sessions',         'other',    404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['GET /sessions/{id}',                'own',      200,       200,    200,        200,      200,      200,        404,     404,     404,     401],
  ['GET /sessions/{id}',                'other',    404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['PATCH /sessions/{id}',              'own',      403,       403,    200,        200,      403,      200,        404,     404,     404,     401],
  ['PATCH /sessions/{id}',              'other',    404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['POST /sessions/{id}/outcome',       'own',      403,       403,    200,        200,      403,      200,        404,     404,     404,     401],
  ['POST /sessions/{id}/outcome',       'other',    404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['GET /sessions/{id}/letter',         'own',      200,       200,    200,        200,      200,      200,        404,     404,     404,     401],
  ['GET /sessions/{id}/letter',         'other',    404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['GET /sessions/{id}/interpreter-briefing', 'own', 403,      403,    200,        200,      403,      200,        404,     404,     404,     401],
  ['GET /sessions/{id}/interpreter-briefing', 'other', 404,    404,    404,        404,      404,      404,        404,     404,     404,     401],

  // The glossary is a centre's tool: other roles are refused the endpoint itself, whichever term it names.
  ['GET /glossary',                     '-',        403,       403,    200,        200,      403,      200,        403,     403,     403,     401],
  ['POST /glossary',                    '-',        403,       403,    201,        201,      403,      201,        403,     403,     403,     401],
  ['PATCH /glossary/{id}',              'own',      403,       403,    200,        200,      403,      200,        403,     403,     403,     401],
  ['PATCH /glossary/{id}',              'other',    403,       403,    404,        404,      403,      404,        403,     403,     403,     401],
  ['POST /glossary/defaults',           '-',        403,       403,    200,        200,      403,      200,        403,     403,     403,     401],

  // Group sessions: the centre runs them; municipalities it serves see them and register their own participants.
  ['GET /group-sessions',               '-',        200,       200,    200,        200,      200,      200,        'empty', 'empty', 'empty', 401],
  ['POST /group-sessions',              '-',        403,       403,    201,        201,      403,      201,        403,     403,     403,     401],
  ['GET /group-sessions/{id}',          'own',      200,       200,    200,        200,      200,      200,        404,     404,     404,     401],
  ['GET /group-sessions/{id}',          'other',    404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['PATCH /group-sessions/{id}',        'own',      403,       403,    200,        200,      403,      200,        404,     404,     404,     401],
  ['PATCH /group-sessions/{id}',        'other',    404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['POST /group-sessions/{id}/registrations', 'own', 201,      201,    403,        403,      201,      403,        404,     404,     404,     401],
  ['POST /group-sessions/{id}/registrations', 'other', 404,    404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['POST /group-sessions/{id}/attendance', 'own',   403,       403,    200,        200,      403,      200,        404,     404,     404,     401],
  ['POST /group-sessions/{id}/attendance', 'other', 404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['POST /group-registrations/{id}/withdraw', 'own', 200,      200,    403,        403,      200,      403,        404,     404,     404,     401],
  ['POST /group-registrations/{id}/withdraw', 'other', 404,    404,    404,        404,      404,      404,        404,     404,     404,     401],

  // Hours: a participant's in scope; the centre's list for its lead. Calendars and feeds: centre roles.
  ['GET /participants/{id}/hours',      'own',      200,       200,    200,        200,      200,      200,        404,     404,     404,     401],
  ['GET /participants/{id}/hours',      'other',    404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['GET /career-centre/hours',          '-',        403,       403,    403,        200,      403,      403,        403,     403,     403,     401],
  // Statistics: municipality roles their own municipality, centre roles their centre (and their county's fact sheet),
  // the statistics reader and the administrator everything, suppressed. The content editor sees none.
  ['GET /statistics/dashboard',         '-',        200,       200,    200,        200,      200,      200,        200,     200,     403,     401],
  ['GET /statistics/dashboard.csv',     '-',        200,       200,    200,        200,      200,      200,        200,     200,     403,     401],
  ['GET /statistics/fact-sheet',        '-',        403,       403,    200,        200,      403,      200,        200,     200,     403,     401],
  // Regelendringer: leads and administrators (the people listed are scoped as everywhere; an administrator sees none).
  ['GET /rules/changes',                '-',        403,       200,    403,        200,      403,      403,        200,     403,     403,     401],
  ['GET /statistics/fact-sheet.csv',    '-',        403,       403,    200,        200,      403,      200,        200,     200,     403,     401],
  ['GET /calendar',                     '-',        403,       403,    200,        200,      403,      200,        403,     403,     403,     401],
  ['GET /calendar/feed',                '-',        403,       403,    200,        200,      403,      200,        403,     403,     403,     401],
  ['POST /calendar/feed',               '-',        403,       403,    201,        201,      403,      201,        403,     403,     403,     401],
  ['POST /calendar/feed/revoke',        '-',        403,       403,    204,        204,      403,      204,        403,     403,     403,     401],
  // The counsellor's note follows its order: the centre sees it in every status, the municipality once sent (a
  // draft does not exist for it: 404). Writing is the centre's; review-request is the author's, the review the named
  // reviewer's; feedback the municipality's. `own` is the side's sent note, or a fresh note at the needed stage.
  ['GET /orders/{id}/note',             'own',      200,       200,    200,        200,      200,      200,        404,     404,     404,     401],
  ['GET /orders/{id}/note',             'other',    404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['POST /orders/{id}/note',            'own',      403,       403,    201,        201,      403,      201,        404,     404,     404,     401],
  ['POST /orders/{id}/note',            'other',    404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['PUT /notes/{id}/draft',             'own',      404,       404,    200,        200,      404,      200,        404,     404,     404,     401],
  ['PUT /notes/{id}/draft',             'other',    404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['GET /notes/{id}/revisions',         'own',      200,       200,    200,        200,      200,      200,        404,     404,     404,     401],
  ['GET /notes/{id}/revisions',         'other',    404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['GET /notes/{id}/revisions/{number}', 'own',     200,       200,    200,        200,      200,      200,        404,     404,     404,     401],
  ['GET /notes/{id}/revisions/{number}', 'other',   404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['POST /notes/{id}/review-request',   'own',      404,       404,    200,        403,      404,      200,        404,     404,     404,     401],
  ['POST /notes/{id}/review-request',   'other',    404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['POST /notes/{id}/reviews',          'own',      404,       404,    200,        403,      404,      200,        404,     404,     404,     401],
  ['POST /notes/{id}/reviews',          'other',    404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['POST /notes/{id}/reopen',           'own',      404,       404,    200,        200,      404,      200,        404,     404,     404,     401],
  ['POST /notes/{id}/reopen',           'other',    404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['POST /notes/{id}/send',             'own',      404,       404,    200,        200,      404,      200,        404,     404,     404,     401],
  ['POST /notes/{id}/send',             'other',    404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['POST /notes/{id}/corrections',      'own',      403,       403,    200,        200,      403,      200,        404,     404,     404,     401],
  ['POST /notes/{id}/corrections',      'other',    404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['GET /notes/{id}/export.json',       'own',      200,       200,    200,        200,      200,      200,        404,     404,     404,     401],
  ['GET /notes/{id}/export.json',       'other',    404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['GET /notes/{id}/export/imdinett',   'own',      200,       200,    200,        200,      200,      200,        404,     404,     404,     401],
  ['GET /notes/{id}/export/imdinett',   'other',    404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['GET /notes/{id}/participant-version', 'own',    200,       200,    200,        200,      200,      200,        404,     404,     404,     401],
  ['GET /notes/{id}/participant-version', 'other',  404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['PUT /notes/{id}/feedback',          'own',      200,       200,    403,        403,      200,      403,        404,     404,     404,     401],
  ['PUT /notes/{id}/feedback',          'other',    404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['GET /notes',                        '-',        200,       200,    200,        200,      200,      200,        403,     403,     403,     401],
  ['GET /notes?reviewing=me',            '-',        403,       403,    200,        200,      403,      200,        403,     403,     403,     401],
  // "Deltakeren har bedt om kopi": the municipality's advisers and lead and the centre's counsellors record it; not the centre lead.
  ['PUT /notes/{id}/participant-copy-request', 'own', 200,       200,    200,        403,      200,      200,        404,     404,     404,     401],
  ['PUT /notes/{id}/participant-copy-request', 'other', 404,     404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['GET /plan-tasks',                   '-',        200,       200,    403,        403,      200,      403,        403,     403,     403,     401],
  // Notifications are each user's own, whatever the role.
  ['GET /notifications',                '-',        200,       200,    200,        200,      200,      200,        200,     200,     200,     401],
  ['POST /notifications/{id}/read',     'own',      204,       204,    204,        204,      204,      204,        204,     204,     204,     401],
  ['POST /notifications/{id}/read',     'other',    404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  // The wording library is the centre's tool (like the glossary): its lead curates it.
  ['GET /wordings',                     '-',        403,       403,    200,        200,      403,      200,        403,     403,     403,     401],
  ['POST /wordings',                    '-',        403,       403,    403,        201,      403,      403,        403,     403,     403,     401],
  ['PATCH /wordings/{id}',              'own',      403,       403,    403,        200,      403,      403,        403,     403,     403,     401],
  ['PATCH /wordings/{id}',              'other',    403,       403,    404,        404,      403,      404,        403,     403,     403,     401],
  ['GET /note-settings',                '-',        200,       200,    200,        200,      200,      200,        403,     403,     403,     401],
  ['PUT /note-settings',                '-',        403,       200,    403,        200,      403,      403,        403,     403,     403,     401],
  // Journey plans: whoever sees the participant reads them; the municipality and the centre's counsellors (not its lead) write.
  ['GET /map/journeys',                 '-',        200,       200,    200,        200,      200,      200,        200,     200,     200,     200],
  ['GET /map/journeys/{id}',            'own',      200,       200,    200,        200,      200,      200,        200,     200,     200,     200],
  ['GET /map/journeys/{id}',            'other',    200,       200,    200,        200,      200,      200,        200,     200,     200,     200],
  ['GET /participants/{id}/journey-plans', 'own',   200,       200,    200,        200,      200,      200,        404,     404,     404,     401],
  ['GET /participants/{id}/journey-plans', 'other', 404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['GET /participants/{id}/journey-plans/{plan}', 'own',   200, 200,  200,        200,      200,      200,        404,     404,     404,     401],
  ['GET /participants/{id}/journey-plans/{plan}', 'other', 404, 404,  404,        404,      404,      404,        404,     404,     404,     401],
  ['PUT /participants/{id}/journey-plans/{plan}', 'own',   200, 200,  200,        403,      200,      200,        404,     404,     404,     401],
  ['PUT /participants/{id}/journey-plans/{plan}', 'other', 404, 404,  404,        404,      404,      404,        404,     404,     404,     401],
  // The participant's page: whoever sees the participant makes, sends and revokes links and picks resources; the
  // centre's translations are the centre's (its lead edits them); the page itself opens by token only.
  ['GET /participants/{id}/page-links', 'own',      200,       200,    200,        200,      200,      200,        404,     404,     404,     401],
  ['GET /participants/{id}/page-links', 'other',    404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['POST /participants/{id}/page-links', 'own',     201,       201,    201,        201,      201,      201,        404,     404,     404,     401],
  ['POST /participants/{id}/page-links', 'other',   404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['POST /page-links/{id}/revoke',      'own',      200,       200,    200,        200,      200,      200,        404,     404,     404,     401],
  ['POST /page-links/{id}/revoke',      'other',    404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['POST /page-links/{id}/send',        'own',      204,       204,    204,        204,      204,      204,        404,     404,     404,     401],
  ['POST /page-links/{id}/send',        'other',    404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['GET /participants/{id}/page-resources', 'own',  200,       200,    200,        200,      200,      200,        404,     404,     404,     401],
  ['GET /participants/{id}/page-resources', 'other', 404,      404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['POST /participants/{id}/page-resources', 'own', 201,       201,    201,        201,      201,      201,        404,     404,     404,     401],
  ['POST /participants/{id}/page-resources', 'other', 404,     404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['POST /page-resources/{id}/remove',  'own',      204,       204,    204,        204,      204,      204,        404,     404,     404,     401],
  ['POST /page-resources/{id}/remove',  'other',    404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['GET /info-translations',            '-',        403,       403,    200,        200,      403,      200,        403,     403,     403,     401],
  ['POST /info-translations',           '-',        403,       403,    403,        200,      403,      403,        403,     403,     403,     401],
  ['GET /p/{token}',                    '-',        404,       404,    404,        404,      404,      404,        404,     404,     404,     404],
  // The participants' survey (issue 14): anonymous answers by page link only; centre staff type in paper forms and
  // read their own centre's suppressed results; the statistics reader reads any centre's. The quality
  // self-evaluation: the centre's staff read it, its lead writes this year's; "the county" (centre leads of the
  // county, the statistics reader nationally) reads scores only.
  ['GET /p/{token}/survey',             '-',        404,       404,    404,        404,      404,      404,        404,     404,     404,     404],
  ['POST /p/{token}/survey',            '-',        404,       404,    404,        404,      404,      404,        404,     404,     404,     404],
  ['POST /survey/paper-answers',        '-',        403,       403,    204,        204,      403,      204,        403,     403,     403,     401],
  ['GET /survey/results',               'own',      403,       403,    200,        200,      403,      200,        403,     200,     403,     401],
  ['GET /survey/results',               'other',    403,       403,    404,        404,      403,      404,        403,     200,     403,     401],
  ['GET /quality-evaluations',          '-',        403,       403,    200,        200,      403,      200,        403,     403,     403,     401],
  ['PUT /quality-evaluations/current',  '-',        403,       403,    403,        200,      403,      403,        403,     403,     403,     401],
  ['GET /quality-evaluations/county',   '-',        403,       403,    403,        200,      403,      403,        403,     200,     403,     401],
  ['GET /quality-evaluations/{id}',     'own',      404,       404,    200,        200,      404,      200,        404,     404,     404,     401],
  ['GET /quality-evaluations/{id}',     'other',    404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  // Cooperation (issue 13): the municipality reads its own contacts; the centre reads its municipalities and
  // absences; only the centre lead assigns contacts; a counsellor records and removes their own absence.
  ['PATCH /auth/me',                    '-',        200,       200,    200,        200,      200,      200,        200,     200,     200,     401],
  ['GET /cooperation/my-contacts',      '-',        200,       200,    403,        403,      200,      403,        403,     403,     403,     401],
  ['GET /cooperation/municipalities',   '-',        403,       403,    200,        200,      403,      200,        403,     403,     403,     401],
  ['POST /cooperation/contacts',        '-',        403,       403,    403,        201,      403,      403,        403,     403,     403,     401],
  ['PATCH /cooperation/contacts/{id}',  'own',      404,       404,    403,        200,      404,      403,        404,     404,     404,     401],
  ['PATCH /cooperation/contacts/{id}',  'other',    404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['POST /cooperation/contacts/{id}/remove', 'own', 404,       404,    403,        204,      404,      403,        404,     404,     404,     401],
  ['POST /cooperation/contacts/{id}/remove', 'other', 404,     404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['GET /cooperation/absences',         '-',        403,       403,    200,        200,      403,      200,        403,     403,     403,     401],
  ['POST /cooperation/absences',        '-',        403,       403,    201,        201,      403,      201,        403,     403,     403,     401],
  ['POST /cooperation/absences/{id}/remove', 'own', 404,       404,    204,        204,      404,      204,        404,     404,     404,     401],
  ['POST /cooperation/absences/{id}/remove', 'other', 404,     404,    404,        404,      404,      404,        404,     404,     404,     401],
  // County gatherings (issue 14): the centre lead is the county's coordinator (no role of its own); the centre's
  // staff read; municipalities see only gatherings they are invited to and register their own staff; the survey is
  // for those registered; results and follow-up points stay with the centre. National roles see none (404).
  ['GET /gatherings',                   '-',        200,       200,    200,        200,      200,      200,        403,     403,     403,     401],
  ['POST /gatherings',                  '-',        403,       403,    403,        201,      403,      403,        403,     403,     403,     401],
  ['GET /gatherings/{id}',              'own',      200,       200,    200,        200,      200,      200,        404,     404,     404,     401],
  ['GET /gatherings/{id}',              'other',    404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['PATCH /gatherings/{id}',            'own',      403,       403,    403,        200,      403,      403,        404,     404,     404,     401],
  ['PATCH /gatherings/{id}',            'other',    404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['POST /gatherings/{id}/notices',     'own',      403,       403,    403,        200,      403,      403,        404,     404,     404,     401],
  ['POST /gatherings/{id}/notices',     'other',    404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['POST /gatherings/{id}/registrations', 'own',    201,       201,    403,        403,      201,      403,        404,     404,     404,     401],
  ['POST /gatherings/{id}/registrations', 'other',  404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['POST /gathering-registrations/{id}/cancel', 'own', 200,    200,    403,        200,      200,      403,        404,     404,     404,     401],
  ['POST /gathering-registrations/{id}/cancel', 'other', 404,  404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['POST /gatherings/{id}/survey',      'own',      201,       403,    403,        403,      201,      403,        404,     404,     404,     401],
  ['POST /gatherings/{id}/survey',      'other',    404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['GET /gatherings/{id}/results',      'own',      403,       403,    200,        200,      403,      200,        404,     404,     404,     401],
  ['GET /gatherings/{id}/results',      'other',    404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['POST /gatherings/{id}/follow-ups',  'own',      403,       403,    403,        201,      403,      403,        404,     404,     404,     401],
  ['POST /gatherings/{id}/follow-ups',  'other',    404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['PATCH /gathering-follow-ups/{id}',  'own',      404,       404,    403,        200,      404,      403,        404,     404,     404,     401],
  ['PATCH /gathering-follow-ups/{id}',  'other',    404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['POST /gatherings/{id}/letter',      'own',      403,       403,    403,        200,      403,      403,        404,     404,     404,     401],
  ['POST /gatherings/{id}/letter',      'other',    404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  // Cooperation meetings (issue 13): the side's adviser and counsellor are invited; the leads of both parties see
  // and manage (start series, plan, move and delete meetings); invitees write agendas, minutes and actions; an
  // action is deleted by a lead or whoever wrote it (the fixture's counsellor). Comparing practice: leads only.
  ['GET /cooperation/meeting-series',   '-',        200,       200,    200,        200,      200,      200,        403,     403,     403,     401],
  ['POST /cooperation/meeting-series',  '-',        403,       201,    403,        201,      403,      403,        403,     403,     403,     401],
  ['GET /cooperation/meeting-series/{id}', 'own',   200,       200,    200,        200,      200,      200,        404,     404,     404,     401],
  ['GET /cooperation/meeting-series/{id}', 'other', 404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['PATCH /cooperation/meeting-series/{id}', 'own', 403,       200,    403,        200,      403,      403,        404,     404,     404,     401],
  ['PATCH /cooperation/meeting-series/{id}', 'other', 404,     404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['GET /cooperation/meeting-people',   '-',        403,       200,    403,        200,      403,      403,        403,     403,     403,     401],
  ['POST /cooperation/meeting-series/{id}/meetings', 'own', 403, 201,  403,        201,      403,      403,        404,     404,     404,     401],
  ['POST /cooperation/meeting-series/{id}/meetings', 'other', 404, 404, 404,       404,      404,      404,        404,     404,     404,     401],
  ['GET /cooperation/meetings/{id}',    'own',      200,       200,    200,        200,      200,      200,        404,     404,     404,     401],
  ['GET /cooperation/meetings/{id}',    'other',    404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['PATCH /cooperation/meetings/{id}',  'own',      200,       200,    200,        200,      200,      200,        404,     404,     404,     401],
  ['PATCH /cooperation/meetings/{id}',  'other',    404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['POST /cooperation/meetings/{id}/remove', 'own', 403,       204,    403,        204,      403,      403,        404,     404,     404,     401],
  ['POST /cooperation/meetings/{id}/remove', 'other', 404,     404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['GET /cooperation/meetings/{id}/ical', 'own',    200,       200,    200,        200,      200,      200,        404,     404,     404,     401],
  ['GET /cooperation/meetings/{id}/ical', 'other',  404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['POST /cooperation/meetings/{id}/actions', 'own', 201,      201,    201,        201,      201,      201,        404,     404,     404,     401],
  ['POST /cooperation/meetings/{id}/actions', 'other', 404,    404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['PATCH /cooperation/actions/{id}',   'own',      200,       200,    200,        200,      200,      200,        404,     404,     404,     401],
  ['PATCH /cooperation/actions/{id}',   'other',    404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['POST /cooperation/actions/{id}/remove', 'own',  403,       204,    204,        204,      403,      204,        404,     404,     404,     401],
  ['POST /cooperation/actions/{id}/remove', 'other', 404,      404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['GET /cooperation/actions',          '-',        200,       200,    200,        200,      200,      200,        403,     403,     403,     401],
  ['GET /cooperation/practice',         '-',        403,       200,    403,        200,      403,      403,        403,     403,     403,     401],

  // Shared agreements and routines: the centre's staff read their own, a municipality those it is a party to; the
  // lead (or the owner, here the second counsellor) writes; only the lead removes. Templates: every centre reads
  // every centre's published template; municipalities and national roles may not use the endpoints.
  ['GET /cooperation/documents',        '-',        200,       200,    200,        200,      200,      200,        403,     403,     403,     401],
  ['POST /cooperation/documents',       '-',        403,       403,    403,        201,      403,      403,        403,     403,     403,     401],
  ['GET /cooperation/documents/{id}',   'own',      200,       200,    200,        200,      200,      200,        404,     404,     404,     401],
  ['GET /cooperation/documents/{id}',   'other',    404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['PATCH /cooperation/documents/{id}', 'own',      403,       403,    403,        200,      403,      403,        404,     404,     404,     401],
  ['PATCH /cooperation/documents/{id}', 'other',    404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['POST /cooperation/documents/{id}/versions', 'own', 403,    403,    403,        201,      403,      403,        404,     404,     404,     401],
  ['POST /cooperation/documents/{id}/versions', 'other', 404,  404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['GET /cooperation/documents/{id}/versions/{versionNumber}', 'own', 200, 200, 200, 200,    200,      200,        404,     404,     404,     401],
  ['GET /cooperation/documents/{id}/versions/{versionNumber}', 'other', 404, 404, 404, 404,  404,      404,        404,     404,     404,     401],
  ['POST /cooperation/documents/{id}/remove', 'own', 403,      403,    403,        204,      403,      403,        404,     404,     404,     401],
  ['POST /cooperation/documents/{id}/remove', 'other', 404,    404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['GET /cooperation/document-templates', '-',      403,       403,    200,        200,      403,      200,        403,     403,     403,     401],
  ['GET /cooperation/document-templates/{id}', 'own', 403,     403,    200,        200,      403,      200,        403,     403,     403,     401],
  ['GET /cooperation/document-templates/{id}', 'other', 403,   403,    200,        200,      403,      200,        403,     403,     403,     401],
  // Talks before and after (issue 13 item 4): both sides see and record them on the orders they can see; only the
  // side that recorded a talk changes or deletes it (`own` is a talk by the side's adviser, so the centre gets 403).
  // Settings: each side's lead. The follow-up proposal and the NAV hand-over (item 5) are the municipality's.
  ['GET /orders/{id}/talks',            'own',      200,       200,    200,        200,      200,      200,        404,     404,     404,     401],
  ['GET /orders/{id}/talks',            'other',    404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['POST /orders/{id}/talks',           'own',      201,       201,    201,        201,      201,      201,        404,     404,     404,     401],
  ['POST /orders/{id}/talks',           'other',    404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['PATCH /talks/{id}',                 'own',      200,       200,    403,        403,      200,      403,        404,     404,     404,     401],
  ['PATCH /talks/{id}',                 'other',    404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['POST /talks/{id}/remove',           'own',      204,       204,    403,        403,      204,      403,        404,     404,     404,     401],
  ['POST /talks/{id}/remove',           'other',    404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['GET /talk-settings',                '-',        200,       200,    200,        200,      200,      200,        403,     403,     403,     401],
  ['PUT /talk-settings',                '-',        403,       200,    403,        200,      403,      403,        403,     403,     403,     401],
  ['GET /participants/{id}/follow-up-proposal', 'own', 200,    200,    403,        403,      200,      403,        404,     404,     404,     401],
  ['GET /participants/{id}/follow-up-proposal', 'other', 404,  404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['GET /participants/{id}/nav-handover', 'own',    200,       200,    403,        403,      200,      403,        404,     404,     404,     401],
  ['GET /participants/{id}/nav-handover', 'other',  404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
  ['POST /participants/{id}/nav-handover', 'own',   200,       200,    403,        403,      200,      403,        404,     404,     404,     401],
  ['POST /participants/{id}/nav-handover', 'other', 404,       404,    404,        404,      404,      404,        404,     404,     404,     401],
];

interface Case { endpoint: EndpointKey; target: Target; actorKey: ActorKey; expected: Expected }
const cases: Case[] = matrix.flatMap(([endpoint, target, ...expected]) => {
  if (expected.length !== columns.length) throw new Error(`matrix row ${endpoint} ${target} has ${expected.length} columns`);
  return columns.map((actorKey, i) => ({ endpoint, target, actorKey, expected: expected[i]! }));
});

/** Privilege escalation through the admin API: nobody but an administrator may make anyone an administrator. */
const escalators: ActorKey[] = ['adviser', 'mLead', 'counsellor', 'cLead', 'adviserD', 'counsellorB', 'stats', 'editor'];

// ─── The cases ──────────────────────────────────────────────────────────────────────────────────────────────────

describe.each(databaseKinds)('authorisation matrix on %s', (kind) => {
  beforeAll(async () => {
    // A mailer that accepts everything, so that sending a participant-page link can succeed.
    t = await startTestApp(kind, { mailer: { async send() {} } });
    signedIn.clear();
    for (const o of await db().select({ id: organisations.id, name: organisations.name }).from(organisations)) ids.org[o.name] = o.id;
    for (const u of await db().select({ id: users.id, email: users.email }).from(users)) ids.user[u.email] = u.id;
    // Settled long ago, so these come first in every deadline-sorted list.
    fixture.bergen = await participantWithOrder('bergen', 'sent', 'Bergensen');
    fixture.drammen = await participantWithOrder('drammen', 'sent', 'Drammensen');
    fixture.draft = await participantWithOrder('bergen', 'draft', 'Utkastsen');
    // Per side: an accepted order with a session, a group session with a registration, a glossary term.
    for (const side of ['bergen', 'drammen'] as const) {
      Object.assign(fixture[side], await acceptedWithSession(side), await groupWithRegistration(side));
      const term = await (await clientFor(counsellorActorOf[side])).post('/api/v1/glossary', { term: `Matriseterm ${side}`, explanation: 'Brukes i matrisetesten.' });
      expect(term.status).toBe(201);
      fixture[side].termId = term.body.id;
    }
    // The counsellor's note: a second counsellor at Karriere Buskerud (the demo has one), a sent note per side,
    // a wording per centre, and a notification for every user.
    const [berit] = await db().select().from(users).where(eq(users.email, 'veileder@buskerud.demo'));
    const [second] = await db().insert(users).values({
      email: 'veileder2@buskerud.demo', name: 'Bjørn Veileder', role: 'career-counsellor', organisationId: berit!.organisationId, passwordHash: berit!.passwordHash,
    }).returning();
    ids.user[second!.email] = second!.id;
    for (const side of ['bergen', 'drammen'] as const) {
      Object.assign(fixture[side], await noteAt(side, 'sent'));
      const [snapshot] = await db().select({ number: guidanceNoteRevisions.number }).from(guidanceNoteRevisions)
        .where(and(eq(guidanceNoteRevisions.noteId, fixture[side].noteId!), eq(guidanceNoteRevisions.kind, 'sent')));
      fixture[side].noteRevision = snapshot!.number;
      // The participant has asked for a copy, so the centre's "on-request" policy gives the participant's version.
      await db().update(guidanceNotes).set({ participantCopyRequested: true }).where(eq(guidanceNotes.id, fixture[side].noteId!));
    }
    const wordingsMade = await db().insert(noteWordings).values(['Karriere Vestland', 'Karriere Buskerud'].map((centre) => ({
      careerCentreId: ids.org[centre]!, kind: 'wording' as const, title: `Matrise ${centre}`, body: 'Brukes i matrisetesten.',
    }))).returning({ id: noteWordings.id });
    fixture.bergen.wordingId = wordingsMade[0]!.id;
    fixture.drammen.wordingId = wordingsMade[1]!.id;
    const made = await db().insert(notifications).values(Object.values(ids.user).map((userId) => ({ userId, kind: 'matrix' })))
      .returning({ id: notifications.id, userId: notifications.userId });
    for (const n of made) ids.notification[n.userId] = n.id;
    for (const side of ['bergen', 'drammen'] as const) Object.assign(fixture[side], await withCooperation(side));
    for (const side of ['bergen', 'drammen'] as const) Object.assign(fixture[side], await withGathering(side, { when: 'today', register: true }));
    for (const side of ['bergen', 'drammen'] as const) Object.assign(fixture[side], await withCooperation(side), await withMeeting(side));
    for (const side of ['bergen', 'drammen'] as const) Object.assign(fixture[side], await withDocument(side));
    for (const side of ['bergen', 'drammen'] as const) Object.assign(fixture[side], await withTalk(side));
    LOCAL.bergen = ids.org['Bergen kommune']!;
    LOCAL.offer = (await db().select({ id: localOffers.id }).from(localOffers).where(eq(localOffers.organisationId, LOCAL.bergen)))[0]!.id;
    for (const centre of ['Karriere Vestland', 'Karriere Buskerud']) {
      const [made] = await db().insert(qualityEvaluations).values({
        careerCentreId: ids.org[centre]!, year: Number(today.slice(0, 4)) - 2, updatedBy: ids.user['admin@veivalg.demo']!,
        areas: [{ area: 'ethics', score: 2, evidence: 'Matrise', improvement: 'Matrise' }],
      }).returning({ id: qualityEvaluations.id });
      evaluationIds[centre] = made!.id;
    }
  });
  afterAll(async () => { await t?.close(); });

  it('the matrix names every endpoint the API documents, and every endpoint once per role', async () => {
    const doc = (await t.client().get('/api/openapi.json')).body;
    const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>)
      .filter(([p]) => p.startsWith('/api/v1/'))
      .flatMap(([p, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${p.slice('/api/v1'.length)}`));
    const inMatrix = new Set(matrix.map(([e]) => `${endpoints[e].method} ${endpoints[e].path.split('?')[0]}`));
    expect([...inMatrix].sort()).toEqual([...new Set(documented)].sort());
    for (const key of Object.keys(endpoints) as EndpointKey[]) {
      const e: Endpoint = endpoints[key];
      const targets = matrix.filter(([k]) => k === key).map(([, target]) => target).sort();
      expect(targets, key).toEqual(e.id ? ['other', 'own'] : ['-']);
    }
  });

  it.each(cases.map((c) => [`${c.endpoint} · ${actors[c.actorKey].label} · ${c.target} → ${c.expected}`, c] as const))('%s', async (_, c) => {
    const e: Endpoint = endpoints[c.endpoint];
    const actor: Actor = actors[c.actorKey];
    const n = ++uniq;
    let chain: Record<Side, Partial<Chain>> | undefined;
    if (e.fresh) {
      // Both sides get a new record, so a refused write is checked against a record nobody else touched.
      const make = (side: Side) => (typeof e.fresh === 'function' ? e.fresh(side) : participantWithOrder(side, e.fresh!));
      chain = { bergen: await make('bergen'), drammen: await make('drammen') };
    }
    const own = recordsOf(actor, 'own', chain);
    const other = recordsOf(actor, 'other', chain);
    const record = c.target === 'other' ? other : own;
    const client = e.newSession && actor.email ? await t.as(actor.email) : await clientFor(actor);
    const ctx: Ctx = { t, actor, client, record, own, other, n };

    const path = `/api/v1${e.path.replace('{id}', () => e.id!(record)).replace('{number}', () => String(record.noteRevision)).replace('{versionNumber}', '1').replace('{plan}', 'A')}`;
    const body = e.body ? await e.body(ctx) : e.method === 'GET' ? undefined : {};
    const before = e.state ? await e.state(ctx) : undefined;
    const res = await client.request(e.method, path, body);
    const after = e.state ? await e.state(ctx) : undefined;

    const status = c.expected === 'empty' ? 200 : c.expected;
    expect(res.status, JSON.stringify(res.body)).toBe(status);

    // A refusal says why in the error shape and nothing else: no record data, no stack.
    if (status >= 400) {
      expect(isErrorBody(res.body), JSON.stringify(res.body)).toBe(true);
      expect(res.body.error).toBe({ 400: 'token_invalid', 401: 'unauthenticated', 403: 'forbidden', 404: 'not_found' }[status as 400 | 401 | 403 | 404]);
    }
    // A refused write leaves the database as it was; an allowed one changes it.
    if (e.state) {
      if (status >= 400) expect(after).toEqual(before);
      else expect(after).not.toEqual(before);
    }
    // The administrator and the statistics reader never receive a person's name; the statistics reader not even an id.
    const text = JSON.stringify(res.body) ?? '';
    if (c.actorKey === 'admin' || c.actorKey === 'stats' || c.actorKey === 'editor') for (const name of personNames) expect(text).not.toContain(name);
    if (c.actorKey === 'stats' || c.actorKey === 'editor') for (const id of [fixture.bergen.participantId, fixture.drammen.participantId, own.participantId, other.participantId]) expect(text).not.toContain(id);
    // Another organisation's record never appears in any answer.
    if (c.actorKey !== 'admin') for (const id of [other.participantId, other.orderId]) expect(text).not.toContain(id);

    if (status < 300 && e.list) {
      // Every page, not only the first: the tests create records as they go, so what is on page one shifts with the date.
      const keys = e.list.keys(res.body);
      for (let next = res.body.nextCursor; next; ) {
        const more = await client.request('GET', `${path}${path.includes('?') ? '&' : '?'}cursor=${encodeURIComponent(next)}`);
        expect(more.status).toBe(200);
        keys.push(...e.list.keys(more.body));
        next = more.body.nextCursor;
      }
      for (const k of e.list.mustNotSee(ctx)) expect(keys).not.toContain(k);
      if (c.expected === 'empty') expect(keys).toEqual([]);
      else for (const k of e.list.mustSee(ctx)) expect(keys).toContain(k);
    }
    if (c.expected === 'empty' && c.endpoint === 'GET /start') expect(res.body.counts).toEqual({});
    if (status < 300 && e.then) await e.then(ctx, res);
  });

  it.each(escalators)('%s cannot make themselves or anyone else an administrator', async (key) => {
    const actor = actors[key];
    const client = await clientFor(actor);
    const self = ids.user[actor.email!]!;
    const before = await userVersion(self);
    const patch = await client.patch(`/api/v1/admin/users/${self}`, { role: 'administrator', organisationId: null, version: before.v });
    expect(patch.status).toBe(403);
    expect(await userVersion(self)).toEqual(before);
    const usersBefore = await countRows(users);
    const create = await client.post('/api/v1/admin/users', { email: `root-${key}@veivalg.demo`, name: 'Root', role: 'administrator' });
    expect(create.status).toBe(403);
    expect(await countRows(users)).toBe(usersBefore);
    expect(await countRows(users, eq(users.role, 'administrator'))).toBe(1);
  });
});
