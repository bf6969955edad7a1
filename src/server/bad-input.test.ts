/**
 * Bad input on every write endpoint: wrong types, missing fields, impossible dates, 100 kB strings, unknown
 * fields, malformed JSON, unknown and malformed ids, another organisation's record and stale versions.
 *
 * Every case must get the right status and error code, name the offending fields in `fields[].path`, carry no
 * stack trace or SQL, come in English when asked (`Accept-Language: en`), and leave the database exactly as it
 * was: each endpoint names the rows it could touch, read with drizzle before and after the request.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { databaseKinds, startTestApp, type TestApp } from './test/harness.ts';
import type { ApiClient, ApiResponse } from './test/client.ts';
import {
  briefChecklistConfigs, glossaryTerms, groupRegistrations, groupSessions, guidanceOrders, guidanceSessions, handoverBriefItems, orderTransitions,
  organisations, participants, passwordTokens, postponements, sessions, signInFailures, users,
  journeyPlans,
} from './db/schema.ts';
import { orderTalks, talkSettings } from './db/schema.ts';
import { cooperationDocumentParties, cooperationDocuments, cooperationDocumentVersions } from './db/schema.ts';
import { addDays, todayInOslo } from '../domain/index.ts';
import { osloAt, answerRequiredBrief } from './test/fixtures.ts';
import { infoTranslationOverrides, participantPageLinks, participantPageResources } from './db/schema.ts';
import { auditEvents, participantCorrections } from './db/schema.ts';
import {
  guidanceNoteFeedback, guidanceNoteReviews, guidanceNoteRevisions, guidanceNotes, integrationPlanTasks, noteSettings, noteWordings, notifications,
} from './db/schema.ts';
import { emptyNoteContent } from '../domain/index.ts';
import { gatheringMunicipalities, gatheringRegistrations, gatherings, gatheringSurveyAnswers } from './db/schema.ts';
import { cooperationActions, meetingSeries, meetingSeriesInvitees, meetings } from './db/schema.ts';
import { participantPageLinks as surveyLinks, qualityEvaluations, surveyAnswers, surveyLinkUses } from './db/schema.ts';
import { hashToken, newToken } from './auth/tokens.ts';
import { localOffers, localOfferVersions } from './db/schema.ts';
import { previousPeriod, surveyPeriod } from '../domain/participant-survey.ts';

// ─── Helpers ────────────────────────────────────────────────────────────────────────────────────────────────────

const KB100 = 'x'.repeat(100 * 1024);
const today = todayInOslo();

/** A body sent exactly as written, not JSON-encoded by the client. */
class Raw { constructor(readonly text: string) {} }
const raw = (text: string) => new Raw(text);

interface Expected { status: number; error: string; fields?: string[] }
/** 400 naming exactly these fields. */
const invalid = (...fields: string[]): Expected => ({ status: 400, error: 'validation', fields });
const refused = (status: number, error: string, fields?: string[]): Expected => ({ status, error, fields });
const malformed = refused(400, 'bad_request');
const notFound = refused(404, 'not_found');
const stale = refused(409, 'stale_version');

/** Everything a case may need, read again from the database before each case. */
interface Fixtures {
  bergen: { participantId: string; orderId: string };
  /** A sent order nothing else touches: the bergen order is cancelled by the transitions table's valid body, and a
   * cancelled order is out of the centre's reach (404), so "not accepted" is tested on this one. */
  sentOnly: { participantId: string; orderId: string };
  drammen: { participantId: string; orderId: string };
  /** A Bergen participant without an open order, for new orders. */
  orderless: string;
  /** A Bergen participant who never had an order (a closed case), for erasure by the municipality lead. */
  erasable: string;
  org: Record<string, string>;
  user: Record<string, string>;
  token: string;
  /** Current versions of the records the PATCH and transition cases aim at. */
  v: {
    participant: number; erasable: number; order: number; org: number; user: number;
    wishes: number; checklist: number; session: number; group: number; registration: number; startedRegistration: number; term: number;
    postponement: number;
  };
  /** Records of briefs, sessions, group sessions and the glossary (Bergen and Karriere Vestland unless named Drammen). */
  x: {
    acceptedOrderId: string; sessionId: string; sessionAt: string; otherSessionAt: string; drammenSessionId: string;
    groupSessionId: string; drammenGroupSessionId: string; registrationId: string; drammenRegistrationId: string;
    registeredParticipant: string; groupParticipant: string; startedGroupSessionId: string; startedRegistrationId: string;
    termId: string; drammenTermId: string;
    /** An open postponement of a Bergen participant, and one of a Drammen participant. */
    postponementId: string; drammenPostponementId: string;
  };
}

type Who = 'anonymous' | 'adviser' | 'centreLead' | 'admin' | 'counsellor' | 'municipalityLead' | 'localEditor';
type Body = unknown | Raw;

interface Case {
  name: string;
  body: (valid: any, f: Fixtures) => Body;
  expected: Expected;
  /** Overrides the endpoint's path (ids) or sender. */
  path?: (f: Fixtures) => string;
  who?: Who;
}
const c = (name: string, body: Case['body'], expected: Expected, opts: Pick<Case, 'path' | 'who'> = {}): Case => ({ name, body, expected, ...opts });

interface Table {
  endpoint: string;
  method: 'POST' | 'PATCH' | 'PUT';
  who: Who;
  path: (f: Fixtures) => string;
  /** A body the endpoint accepts; cases spoil one thing in it. */
  valid: (f: Fixtures) => Record<string, unknown>;
  /** Every row the endpoint could touch; must read the same before and after each case. */
  state: (f: Fixtures) => Promise<unknown>;
  cases: Case[];
}

let t: TestApp;
const db = () => t.database.db;
const countRows = async (table: PgTable, where?: SQL) => (await db().select({ n: count() }).from(table).where(where))[0]!.n;
const one = async <T>(rows: Promise<T[]>) => (await rows)[0]!;

// A stack frame, a source location or SQL in an answer to the client.
const LEAK = /\n\s+at |\bat .+:\d+:\d+|\.ts:\d+|node_modules|\b(select|insert|update|delete)\b[^"]*\b(from|into|set|where)\b|violates|constraint|relation "|syntax error|pglite|postgres|RangeError|TypeError|ZodError|SyntaxError/i;
const ENGLISH = { validation: 'Some fields are not filled in correctly.', bad_request: 'Bad request.', not_found: 'Not found.' } as Record<string, string>;

/** Common spoilers for a body. */
const without = (v: Record<string, unknown>, ...keys: string[]) => Object.fromEntries(Object.entries(v).filter(([k]) => !keys.includes(k)));
const RANDOM_ID = randomUUID();
const NOT_UUIDS = ['abc', '12345', '6f1c2b9e-2f4a-4c1e-9a7e-3b0c4f5d6e7', "1' or '1'='1"];

// ─── Tables ─────────────────────────────────────────────────────────────────────────────────────────────────────

const impossibleDates = ['2026-02-30', '2027-02-29', '2026-13-01', 'yesterday', '1990-1-1', '01.05.1990', '1899-12-31'];

const tables: Table[] = [
  {
    endpoint: 'POST /auth/login', method: 'POST', who: 'anonymous',
    path: () => '/api/v1/auth/login',
    valid: () => ({ email: 'radgiver@bergen.demo', password: 'veivalg-demo' }),
    // A refused request must not count as a failed sign-in nor start a session.
    state: async () => [await db().select().from(signInFailures).orderBy(signInFailures.key), await countRows(sessions)],
    cases: [
      c('email is a number', (v) => ({ ...v, email: 42 }), invalid('email')),
      c('password is an array', (v) => ({ ...v, password: ['veivalg-demo'] }), invalid('password')),
      c('email is null', (v) => ({ ...v, email: null }), invalid('email')),
      c('the body is an array', () => [], invalid('')),
      c('the body is a bare string', () => raw('"radgiver@bergen.demo"'), invalid('')),
      c('both fields missing', () => ({}), invalid('email', 'password')),
      c('password missing', (v) => without(v, 'password'), invalid('password')),
      c('100 kB e-mail', (v) => ({ ...v, email: KB100 }), invalid('email')),
      c('100 kB password', (v) => ({ ...v, password: KB100 }), invalid('password')),
      c('unknown field', (v) => ({ ...v, role: 'administrator' }), invalid('role')),
      c('NUL character in the e-mail', (v) => ({ ...v, email: 'radgiver@bergen.demo\u0000' }), invalid('email')),
      c('malformed JSON', () => raw('{"email": "radgiver@bergen.demo", '), malformed),
      c('__proto__ key', () => raw('{"email":"a@b.no","password":"x","__proto__":{"admin":true}}'), malformed),
    ],
  },
  {
    endpoint: 'POST /auth/set-password', method: 'POST', who: 'anonymous',
    path: () => '/api/v1/auth/set-password',
    valid: (f) => ({ token: f.token, password: 'et-langt-nok-passord' }),
    // The one-time link must survive a refused attempt, and the password must not be set.
    state: async (f) => [
      await db().select({ used: passwordTokens.usedAt }).from(passwordTokens).where(eq(passwordTokens.userId, f.user['ny@bergen.demo']!)),
      await one(db().select({ hash: users.passwordHash }).from(users).where(eq(users.id, f.user['ny@bergen.demo']!))),
    ],
    cases: [
      c('token is a number', (v) => ({ ...v, token: 1234 }), invalid('token')),
      c('password is a boolean', (v) => ({ ...v, password: true }), invalid('password')),
      c('the body is an array', () => [], invalid('')),
      c('both fields missing', () => ({}), invalid('token', 'password')),
      c('password shorter than 12 characters, with a valid token', (v) => ({ ...v, password: 'kort' }), invalid('password')),
      c('empty token', (v) => ({ ...v, token: '' }), invalid('token')),
      c('100 kB token', (v) => ({ ...v, token: KB100 }), invalid('token')),
      c('100 kB password', (v) => ({ ...v, password: KB100 }), invalid('password')),
      c('unknown field', (v, f) => ({ ...v, userId: f.user['admin@veivalg.demo'] }), invalid('userId')),
      c('NUL character in the password', (v) => ({ ...v, password: 'et-langt-nok\u0000passord' }), invalid('password')),
      c('unknown token', (v) => ({ ...v, token: 'ingen-slik-lenke' }), refused(400, 'token_invalid')),
      c('malformed JSON', () => raw('{"token": '), malformed),
    ],
  },
  {
    endpoint: 'POST /participants', method: 'POST', who: 'adviser',
    path: () => '/api/v1/participants',
    valid: () => ({
      givenName: 'Ugyldig', familyName: 'Inndata', birthDate: '1990-05-01', residenceBasis: 'refugee',
      settlementDate: addDays(today, -30), preferredLanguage: 'ar',
    }),
    state: () => countRows(participants),
    cases: [
      c('givenName is a number', (v) => ({ ...v, givenName: 42 }), invalid('givenName')),
      c('familyName is a boolean', (v) => ({ ...v, familyName: true }), invalid('familyName')),
      c('birthDate is a number', (v) => ({ ...v, birthDate: 19900501 }), invalid('birthDate')),
      c('nationalId is a number', (v) => ({ ...v, nationalId: 12345678901 }), invalid('nationalId')),
      c('residenceBasis is a number', (v) => ({ ...v, residenceBasis: 1 }), invalid('residenceBasis')),
      c('givenName is an array', (v) => ({ ...v, givenName: ['Ugyldig'] }), invalid('givenName')),
      c('the body is an array', (v) => [v], invalid('')),
      c('everything missing', () => ({}), invalid('givenName', 'familyName', 'birthDate', 'residenceBasis', 'settlementDate', 'preferredLanguage')),
      c('settlementDate missing', (v) => without(v, 'settlementDate'), invalid('settlementDate')),
      c('givenName null', (v) => ({ ...v, givenName: null }), invalid('givenName')),
      c('givenName only spaces', (v) => ({ ...v, givenName: '   ' }), invalid('givenName')),
      ...impossibleDates.map((d) => c(`birthDate ${d}`, (v) => ({ ...v, birthDate: d }), invalid('birthDate'))),
      ...impossibleDates.map((d) => c(`settlementDate ${d}`, (v) => ({ ...v, settlementDate: d }), invalid('settlementDate'))),
      ...impossibleDates.map((d) => c(`programmeRequestDate ${d}`, (v) => ({ ...v, programmeRequestDate: d }), invalid('programmeRequestDate'))),
      c('birthDate in the future', (v) => ({ ...v, birthDate: addDays(today, 1) }), invalid('birthDate')),
      c('settled before being born', (v) => ({ ...v, birthDate: '2000-01-01', settlementDate: '1999-12-31' }), invalid('settlementDate')),
      c('settled so late that the deadline falls outside the calendar', (v) => ({ ...v, settlementDate: '2200-12-31' }), invalid('settlementDate')),
      c('programme requested so late that the deadline falls outside the calendar', (v) => ({ ...v, programmeRequestDate: '2200-11-15' }), invalid('programmeRequestDate')),
      // Fact-sheet fields (statistics): a known gender or none, an ISO 3166-1 alpha-2 code in capitals or none.
      c('gender not one of the choices', (v) => ({ ...v, gender: 'unknown' }), invalid('gender')),
      c('countryBackground in lower case', (v) => ({ ...v, countryBackground: 'sy' }), invalid('countryBackground')),
      c('countryBackground a country name', (v) => ({ ...v, countryBackground: 'Syria' }), invalid('countryBackground')),
      c('nationalId with a wrong check digit', (v) => ({ ...v, nationalId: '12345678901' }), invalid('nationalId')),
      c('preferredLanguage is a name, not a code', (v) => ({ ...v, preferredLanguage: 'Arabic' }), invalid('preferredLanguage')),
      c('residenceBasis not one of the choices', (v) => ({ ...v, residenceBasis: 'tourist' }), invalid('residenceBasis')),
      c('100 kB givenName', (v) => ({ ...v, givenName: KB100 }), invalid('givenName')),
      c('100 kB familyName', (v) => ({ ...v, familyName: KB100 }), invalid('familyName')),
      c('100 kB interpreterLanguage', (v) => ({ ...v, interpreterLanguage: KB100 }), invalid('interpreterLanguage')),
      c('another municipality (unknown field)', (v, f) => ({ ...v, municipalityId: f.org['Drammen kommune'] }), invalid('municipalityId')),
      c('server-owned fields (unknown fields)', (v) => ({ ...v, id: RANDOM_ID, version: 7, guidanceHeldOn: today }), invalid('id', 'version', 'guidanceHeldOn')),
      c('NUL character in familyName', (v) => ({ ...v, familyName: 'Inn\u0000data' }), invalid('familyName')),
      c('malformed JSON', () => raw('{"givenName": "Ugyldig",'), malformed),
      c('empty body', () => raw(''), malformed),
      c('body over 1 MB', (v) => ({ ...v, message: 'x'.repeat(1_100_000) }), refused(413, 'payload_too_large')),
    ],
  },
  {
    endpoint: 'PATCH /participants/{id}', method: 'PATCH', who: 'adviser',
    path: (f) => `/api/v1/participants/${f.bergen.participantId}`,
    valid: (f) => ({ interpreterLanguage: 'ar', version: f.v.participant }),
    state: async (f) => [
      await one(db().select().from(participants).where(eq(participants.id, f.bergen.participantId))),
      await one(db().select({ v: participants.version }).from(participants).where(eq(participants.id, f.drammen.participantId))),
      await countRows(participants),
    ],
    cases: [
      c('givenName is a number', (v) => ({ ...v, givenName: 42 }), invalid('givenName')),
      c('givenName null', (v) => ({ ...v, givenName: null }), invalid('givenName')),
      c('birthDate is an array', (v) => ({ ...v, birthDate: ['1990-05-01'] }), invalid('birthDate')),
      c('the body is an array', (v) => [v], invalid('')),
      c('version missing', (v) => without(v, 'version'), invalid('version')),
      c('version is a string', (v, f) => ({ ...v, version: String(f.v.participant) }), invalid('version')),
      c('version is a fraction', (v) => ({ ...v, version: 1.5 }), invalid('version')),
      c('version is 0', (v) => ({ ...v, version: 0 }), invalid('version')),
      c('version beyond an integer column', (v) => ({ ...v, version: 2 ** 31 }), invalid('version')),
      ...impossibleDates.map((d) => c(`birthDate ${d}`, (v) => ({ ...v, birthDate: d }), invalid('birthDate'))),
      ...impossibleDates.map((d) => c(`settlementDate ${d}`, (v) => ({ ...v, settlementDate: d }), invalid('settlementDate'))),
      ...impossibleDates.map((d) => c(`programmeRequestDate ${d}`, (v) => ({ ...v, programmeRequestDate: d }), invalid('programmeRequestDate'))),
      c('settlement moved before birth', (v) => ({ ...v, settlementDate: '1950-01-01' }), invalid('settlementDate')),
      ...impossibleDates.map((d) => c(`programmeEndDate ${d}`, (v) => ({ ...v, programmeEndDate: d }), invalid('programmeEndDate'))),
      c('programme ending before settlement', (v) => ({ ...v, programmeEndDate: '2000-01-01' }), invalid('programmeEndDate')),
      c('programme requested so late that the deadline falls outside the calendar', (v) => ({ ...v, programmeRequestDate: '2200-11-15' }), invalid('programmeRequestDate')),
      // Fact-sheet fields (statistics): a known gender or none, an ISO 3166-1 alpha-2 code in capitals or none.
      c('gender not one of the choices', (v) => ({ ...v, gender: 'unknown' }), invalid('gender')),
      c('countryBackground in lower case', (v) => ({ ...v, countryBackground: 'sy' }), invalid('countryBackground')),
      c('countryBackground a country name', (v) => ({ ...v, countryBackground: 'Syria' }), invalid('countryBackground')),
      c('100 kB givenName', (v) => ({ ...v, givenName: KB100 }), invalid('givenName')),
      c('server-owned fields (unknown fields)', (v, f) => ({ ...v, municipalityId: f.org['Drammen kommune'], decisionDeadline: '2030-01-01', guidanceHeldOn: today }), invalid('municipalityId', 'decisionDeadline', 'guidanceHeldOn')),
      c('NUL character in givenName', (v) => ({ ...v, givenName: '\u0000' }), invalid('givenName')),
      c('malformed JSON', () => raw('{"version": 1'), malformed),
      ...NOT_UUIDS.map((id) => c(`id "${id}" is not a uuid`, (v) => v, invalid('id'), { path: () => `/api/v1/participants/${encodeURIComponent(id)}` })),
      c('unknown id', (v) => v, notFound, { path: () => `/api/v1/participants/${RANDOM_ID}` }),
      c("another organisation's participant", (v) => v, notFound, { path: (f) => `/api/v1/participants/${f.drammen.participantId}` }),
      c('stale version (an older one)', (v, f) => ({ ...v, version: f.v.participant - 1 }), stale),
      c('stale version (a newer one)', (v, f) => ({ ...v, version: f.v.participant + 1 }), stale),
    ],
  },
  {
    // The data subject's rights (issue 15): one field corrected with a reason, by the municipality lead.
    endpoint: 'POST /participants/{id}/corrections', method: 'POST', who: 'municipalityLead',
    path: (f) => `/api/v1/participants/${f.bergen.participantId}/corrections`,
    valid: (f) => ({ version: f.v.participant, field: 'familyName', value: 'Rettet', reason: 'Stavefeil ved registreringen.' }),
    state: async (f) => [
      await one(db().select().from(participants).where(eq(participants.id, f.bergen.participantId))),
      await countRows(participantCorrections),
      await countRows(auditEvents, eq(auditEvents.type, 'participant.corrected')),
    ],
    cases: [
      c('the body is an array', (v) => [v], invalid('')),
      c('everything missing', () => ({}), invalid('version', 'field', 'value', 'reason')),
      c('reason missing', (v) => without(v, 'reason'), invalid('reason')),
      c('reason only spaces', (v) => ({ ...v, reason: '   ' }), invalid('reason')),
      c('reason of 501 characters', (v) => ({ ...v, reason: 'x'.repeat(501) }), invalid('reason')),
      c('100 kB reason', (v) => ({ ...v, reason: KB100 }), invalid('reason')),
      c('reason is a number', (v) => ({ ...v, reason: 7 }), invalid('reason')),
      c('NUL character in the reason', (v) => ({ ...v, reason: 'Feil\u0000' }), invalid('reason')),
      c('field not one of the registration\'s', (v) => ({ ...v, field: 'municipalityId' }), invalid('field')),
      c('field is a number', (v) => ({ ...v, field: 1 }), invalid('field')),
      c('value missing', (v) => without(v, 'value'), invalid('value')),
      c('value is a number', (v) => ({ ...v, value: 42 }), invalid('value')),
      c('100 kB value', (v) => ({ ...v, value: KB100 }), invalid('value')),
      c('a required field emptied', (v) => ({ ...v, value: null }), invalid('value')),
      c('a name of spaces', (v) => ({ ...v, value: '   ' }), invalid('value')),
      ...impossibleDates.map((d) => c(`birthDate ${d}`, (v) => ({ ...v, field: 'birthDate', value: d }), invalid('value'))),
      c('settlement moved before birth', (v) => ({ ...v, field: 'settlementDate', value: '1950-01-01' }), invalid('value')),
      c('nationalId with a wrong check digit', (v) => ({ ...v, field: 'nationalId', value: '12345678901' }), invalid('value')),
      c('residenceBasis not one of the choices', (v) => ({ ...v, field: 'residenceBasis', value: 'tourist' }), invalid('value')),
      c('version missing', (v) => without(v, 'version'), invalid('version')),
      c('version is a string', (v, f) => ({ ...v, version: String(f.v.participant) }), invalid('version')),
      c('unknown field', (v) => ({ ...v, municipalityId: RANDOM_ID }), invalid('municipalityId')),
      c('malformed JSON', () => raw('{"field": "familyName",'), malformed),
      ...NOT_UUIDS.map((id) => c(`id "${id}" is not a uuid`, (v) => v, invalid('id'), { path: () => `/api/v1/participants/${encodeURIComponent(id)}/corrections` })),
      c('unknown participant', (v) => v, notFound, { path: () => `/api/v1/participants/${RANDOM_ID}/corrections` }),
      c("another organisation's participant", (v) => v, notFound, { path: (f) => `/api/v1/participants/${f.drammen.participantId}/corrections` }),
      c('a programme adviser (the lead corrects)', (v) => v, refused(403, 'forbidden'), { who: 'adviser' }),
      c('stale version (an older one)', (v, f) => ({ ...v, version: f.v.participant - 1 }), stale),
      c('stale version (a newer one)', (v, f) => ({ ...v, version: f.v.participant + 1 }), stale),
    ],
  },
  {
    endpoint: 'POST /participants/{id}/erase', method: 'POST', who: 'municipalityLead',
    path: (f) => `/api/v1/participants/${f.erasable}/erase`,
    valid: (f) => ({ version: f.v.erasable, reason: 'data-subject-request' }),
    state: async (f) => [
      await one(db().select().from(participants).where(eq(participants.id, f.erasable))),
      await one(db().select().from(participants).where(eq(participants.id, f.bergen.participantId))),
      await countRows(auditEvents, eq(auditEvents.type, 'participant.anonymised')),
    ],
    cases: [
      c('the body is an array', (v) => [v], invalid('')),
      c('everything missing', () => ({}), invalid('version', 'reason')),
      c('reason missing', (v) => without(v, 'reason'), invalid('reason')),
      c('reason in free text, not a code', (v) => ({ ...v, reason: 'Hun ba om det' }), invalid('reason')),
      c('100 kB reason', (v) => ({ ...v, reason: KB100 }), invalid('reason')),
      c('version is a string', (v, f) => ({ ...v, version: String(f.v.erasable) }), invalid('version')),
      c('unknown field', (v) => ({ ...v, tables: ['participants'] }), invalid('tables')),
      c('malformed JSON', () => raw('{"reason": '), malformed),
      ...NOT_UUIDS.map((id) => c(`id "${id}" is not a uuid`, (v) => v, invalid('id'), { path: () => `/api/v1/participants/${encodeURIComponent(id)}/erase` })),
      c('unknown participant', (v) => v, notFound, { path: () => `/api/v1/participants/${RANDOM_ID}/erase` }),
      c("another organisation's participant", (v) => v, notFound, { path: (f) => `/api/v1/participants/${f.drammen.participantId}/erase` }),
      c('a programme adviser (the lead erases)', (v) => v, refused(403, 'forbidden'), { who: 'adviser' }),
      c('an open case (a sent order)', (v, f) => ({ ...v, version: f.v.participant }), refused(409, 'participant.case-open'), { path: (f) => `/api/v1/participants/${f.bergen.participantId}/erase` }),
      c('stale version', (v, f) => ({ ...v, version: f.v.erasable + 1 }), stale),
    ],
  },
  {
    endpoint: 'POST /participants/{id}/orders', method: 'POST', who: 'adviser',
    path: (f) => `/api/v1/participants/${f.orderless}/orders`,
    valid: () => ({ format: 'individual', language: 'ar', mode: 'digital', preferredFrom: addDays(today, 10), preferredTo: addDays(today, 20), message: 'Hei' }),
    state: async () => [await countRows(guidanceOrders), await countRows(orderTransitions)],
    cases: [
      c('format is a number', (v) => ({ ...v, format: 1 }), invalid('format')),
      c('language is a number', (v) => ({ ...v, language: 123 }), invalid('language')),
      c('interpreterLanguage is a boolean', (v) => ({ ...v, interpreterLanguage: true }), invalid('interpreterLanguage')),
      c('message is an array', (v) => ({ ...v, message: ['Hei'] }), invalid('message')),
      c('mode not one of the choices', (v) => ({ ...v, mode: 'by-bike' }), invalid('mode')),
      c('the body is an array', (v) => [v], invalid('')),
      c('everything missing', () => ({}), invalid('format', 'language', 'mode')),
      ...impossibleDates.map((d) => c(`preferredFrom ${d}`, (v) => ({ ...v, preferredFrom: d }), invalid('preferredFrom'))),
      ...impossibleDates.map((d) => c(`preferredTo ${d}`, (v) => ({ ...v, preferredTo: d }), invalid('preferredTo'))),
      c('preferredTo before preferredFrom', (v) => ({ ...v, preferredFrom: addDays(today, 20), preferredTo: addDays(today, 10) }), invalid('preferredTo')),
      c('100 kB message', (v) => ({ ...v, message: KB100 }), invalid('message')),
      c('server-owned fields (unknown fields)', (v, f) => ({ ...v, careerCentreId: f.org['Karriere Buskerud'], status: 'accepted', assignedCounsellorId: f.user['veileder@vestland.demo'] }), invalid('careerCentreId', 'status', 'assignedCounsellorId')),
      c('NUL character in message', (v) => ({ ...v, message: 'Hei\u0000' }), invalid('message')),
      c('malformed JSON', () => raw('{"format": individual}'), malformed),
      ...NOT_UUIDS.map((id) => c(`participant id "${id}" is not a uuid`, (v) => v, invalid('id'), { path: () => `/api/v1/participants/${encodeURIComponent(id)}/orders` })),
      c('unknown participant', (v) => v, notFound, { path: () => `/api/v1/participants/${RANDOM_ID}/orders` }),
      c("another organisation's participant", (v) => v, notFound, { path: (f) => `/api/v1/participants/${f.drammen.participantId}/orders` }),
      c('a participant who already has an open order', (v) => v, refused(409, 'order.open-exists'), { path: (f) => `/api/v1/participants/${f.bergen.participantId}/orders` }),
      // Follow-up conversations (issue 13 item 5): a purpose, only on a follow-up, and only after guidance was held.
      c('kind not one of the choices', (v) => ({ ...v, kind: 'second' }), invalid('kind')),
      c('a follow-up without a purpose', (v) => ({ ...v, kind: 'follow-up' }), invalid('purpose')),
      c('a purpose on a first order', (v) => ({ ...v, purpose: 'change-of-plan' }), invalid('purpose')),
      c('purpose not one of the choices', (v) => ({ ...v, kind: 'follow-up', purpose: 'holiday' }), invalid('purpose')),
      c("purpose 'other' without a text", (v) => ({ ...v, kind: 'follow-up', purpose: 'other' }), invalid('purposeText')),
      c('100 kB purposeText', (v) => ({ ...v, kind: 'follow-up', purpose: 'other', purposeText: KB100 }), invalid('purposeText')),
      c('a follow-up before any guidance was held', (v) => ({ ...v, kind: 'follow-up', purpose: 'change-of-plan' }), refused(409, 'order.follow-up-needs-guidance')),
    ],
  },
  {
    endpoint: 'POST /orders/{id}/transitions', method: 'POST', who: 'adviser',
    path: (f) => `/api/v1/orders/${f.bergen.orderId}/transitions`,
    valid: (f) => ({ to: 'cancelled', reason: 'Flyttet', version: f.v.order }),
    state: async (f) => [
      await one(db().select().from(guidanceOrders).where(eq(guidanceOrders.id, f.bergen.orderId))),
      await one(db().select({ v: guidanceOrders.version, status: guidanceOrders.status }).from(guidanceOrders).where(eq(guidanceOrders.id, f.drammen.orderId))),
      await countRows(orderTransitions),
    ],
    cases: [
      c('to is a number', (v) => ({ ...v, to: 3 }), invalid('to')),
      c('to not one of the statuses', (v) => ({ ...v, to: 'done' }), invalid('to')),
      c('reason is a number', (v) => ({ ...v, reason: 42 }), invalid('reason')),
      c('version is a string', (v, f) => ({ ...v, version: String(f.v.order) }), invalid('version')),
      c('version is 0', (v) => ({ ...v, version: 0 }), invalid('version')),
      c('counsellorId is not a uuid', (v) => ({ ...v, counsellorId: 'vilde' }), invalid('counsellorId')),
      c('the body is an array', (v) => [v], invalid('')),
      c('to missing', (v) => without(v, 'to'), invalid('to')),
      c('cancelled without a reason', (v) => without(v, 'reason'), invalid('reason')),
      c('cancelled with only spaces as reason', (v) => ({ ...v, reason: '   ' }), invalid('reason')),
      c('100 kB reason', (v) => ({ ...v, reason: KB100 }), invalid('reason')),
      c('server-owned fields (unknown fields)', (v, f) => ({ ...v, status: 'completed', assignedCounsellorId: f.user['veileder@vestland.demo'] }), invalid('status', 'assignedCounsellorId')),
      c('NUL character in reason', (v) => ({ ...v, reason: 'Flyttet\u0000' }), invalid('reason')),
      c('malformed JSON', () => raw('{"to": "cancelled" "reason": "x"}'), malformed),
      c('a lead accepts without naming a counsellor', (v) => ({ to: 'accepted', version: v.version }), invalid('counsellorId'), { who: 'centreLead' }),
      c('a lead names an unknown counsellor', (v) => ({ to: 'accepted', counsellorId: RANDOM_ID, version: v.version }), invalid('counsellorId'), { who: 'centreLead' }),
      c("a lead names another centre's counsellor", (v, f) => ({ to: 'accepted', counsellorId: f.user['veileder@buskerud.demo'], version: v.version }), invalid('counsellorId'), { who: 'centreLead' }),
      c('a lead names a programme adviser', (v, f) => ({ to: 'accepted', counsellorId: f.user['radgiver@bergen.demo'], version: v.version }), invalid('counsellorId'), { who: 'centreLead' }),
      ...NOT_UUIDS.map((id) => c(`order id "${id}" is not a uuid`, (v) => v, invalid('id'), { path: () => `/api/v1/orders/${encodeURIComponent(id)}/transitions` })),
      c('unknown order', (v) => v, notFound, { path: () => `/api/v1/orders/${RANDOM_ID}/transitions` }),
      c("another organisation's order", (v) => v, notFound, { path: (f) => `/api/v1/orders/${f.drammen.orderId}/transitions` }),
      c("another centre's order, from a centre", (v) => ({ to: 'rejected', reason: 'Nei', version: v.version }), notFound, { who: 'centreLead', path: (f) => `/api/v1/orders/${f.drammen.orderId}/transitions` }),
      c('stale version (an older one)', (v, f) => ({ ...v, version: f.v.order - 1 }), stale),
      c('stale version (a newer one)', (v, f) => ({ ...v, version: f.v.order + 1 }), stale),
      c('an illegal transition (sent → completed)', (v) => ({ ...v, to: 'completed' }), refused(409, 'order.illegal-transition')),
    ],
  },
  {
    endpoint: 'POST /admin/organisations', method: 'POST', who: 'admin',
    path: () => '/api/v1/admin/organisations',
    valid: (f) => ({ kind: 'municipality', name: 'Ulvik herad', servedByCareerCentreId: f.org['Karriere Vestland'] }),
    state: async () => db().select().from(organisations).orderBy(organisations.id),
    cases: [
      c('kind is a number', (v) => ({ ...v, kind: 1 }), invalid('kind')),
      c('kind not one of the choices', (v) => ({ ...v, kind: 'region' }), invalid('kind')),
      c('name is a number', (v) => ({ ...v, name: 42 }), invalid('name')),
      c('countyId is not a uuid', (v) => ({ ...v, countyId: 'vestland' }), invalid('countyId')),
      c('servedByCareerCentreId is a boolean', (v) => ({ ...v, servedByCareerCentreId: true }), invalid('servedByCareerCentreId')),
      c('the body is an array', (v) => [v], invalid('')),
      c('everything missing', () => ({}), invalid('kind', 'name')),
      c('name of one character', (v) => ({ ...v, name: 'U' }), invalid('name')),
      c('100 kB name', (v) => ({ ...v, name: KB100 }), invalid('name')),
      c('unknown county', (v) => ({ ...v, countyId: RANDOM_ID }), invalid('countyId')),
      c('unknown career centre', (v) => ({ ...v, servedByCareerCentreId: RANDOM_ID }), invalid('servedByCareerCentreId')),
      c('served by a municipality', (v, f) => ({ ...v, servedByCareerCentreId: f.org['Bergen kommune'] }), invalid('servedByCareerCentreId')),
      c('a career centre served by a career centre', (v, f) => ({ ...v, kind: 'career-centre', servedByCareerCentreId: f.org['Karriere Buskerud'] }), invalid('servedByCareerCentreId')),
      c('a name already taken', (v) => ({ ...v, name: 'Bergen kommune' }), invalid('name')),
      c('server-owned fields (unknown fields)', (v) => ({ ...v, id: RANDOM_ID, version: 3 }), invalid('id', 'version')),
      c('NUL character in name', (v) => ({ ...v, name: 'Ulvik\u0000herad' }), invalid('name')),
      c('malformed JSON', () => raw("{'kind': 'municipality'}"), malformed),
    ],
  },
  {
    endpoint: 'PATCH /admin/organisations/{id}', method: 'PATCH', who: 'admin',
    path: (f) => `/api/v1/admin/organisations/${f.org['Voss herad']}`,
    valid: (f) => ({ name: 'Voss herad', version: f.v.org }),
    state: async () => db().select().from(organisations).orderBy(organisations.id),
    cases: [
      c('name is a number', (v) => ({ ...v, name: 42 }), invalid('name')),
      c('countyId is a number', (v) => ({ ...v, countyId: 1 }), invalid('countyId')),
      c('the body is an array', (v) => [v], invalid('')),
      c('version missing', (v) => without(v, 'version'), invalid('version')),
      c('version is a string', (v, f) => ({ ...v, version: String(f.v.org) }), invalid('version')),
      c('100 kB name', (v) => ({ ...v, name: KB100 }), invalid('name')),
      c('a name already taken', (v) => ({ ...v, name: 'Drammen kommune' }), invalid('name')),
      c('served by a municipality', (v, f) => ({ ...v, servedByCareerCentreId: f.org['Bergen kommune'] }), invalid('servedByCareerCentreId')),
      c('served by itself', (v, f) => ({ ...v, servedByCareerCentreId: f.org['Voss herad'] }), invalid('servedByCareerCentreId')),
      c('unknown county', (v) => ({ ...v, countyId: RANDOM_ID }), invalid('countyId')),
      c('kind cannot be changed (unknown field)', (v) => ({ ...v, kind: 'career-centre' }), invalid('kind')),
      c('NUL character in name', (v) => ({ ...v, name: 'Voss\u0000' }), invalid('name')),
      c('malformed JSON', () => raw('{"name": "Voss herad", "version": }'), malformed),
      ...NOT_UUIDS.map((id) => c(`id "${id}" is not a uuid`, (v) => v, invalid('id'), { path: () => `/api/v1/admin/organisations/${encodeURIComponent(id)}` })),
      c('unknown organisation', (v) => v, notFound, { path: () => `/api/v1/admin/organisations/${RANDOM_ID}` }),
      c('stale version (an older one)', (v, f) => ({ ...v, version: f.v.org - 1 }), stale),
      c('stale version (a newer one)', (v, f) => ({ ...v, version: f.v.org + 1 }), stale),
    ],
  },
  {
    endpoint: 'POST /admin/users', method: 'POST', who: 'admin',
    path: () => '/api/v1/admin/users',
    valid: (f) => ({ email: 'ulvik@ulvik.demo', name: 'Una Ulvik', role: 'programme-adviser', organisationId: f.org['Voss herad'] }),
    state: async () => [await db().select().from(users).orderBy(users.id), await countRows(passwordTokens)],
    cases: [
      c('email is a number', (v) => ({ ...v, email: 42 }), invalid('email')),
      c('email is not an e-mail address', (v) => ({ ...v, email: 'una ulvik' }), invalid('email')),
      c('name is a boolean', (v) => ({ ...v, name: true }), invalid('name')),
      c('role not one of the choices', (v) => ({ ...v, role: 'superuser' }), invalid('role')),
      c('organisationId is not a uuid', (v) => ({ ...v, organisationId: 'voss' }), invalid('organisationId')),
      c('the body is an array', (v) => [v], invalid('')),
      c('everything missing', () => ({}), invalid('email', 'name', 'role')),
      c('name only spaces', (v) => ({ ...v, name: '  ' }), invalid('name')),
      c('100 kB name', (v) => ({ ...v, name: KB100 }), invalid('name')),
      c('100 kB e-mail', (v) => ({ ...v, email: `${KB100}@ulvik.demo` }), invalid('email')),
      c('unknown organisation', (v) => ({ ...v, organisationId: RANDOM_ID }), invalid('organisationId')),
      c('an adviser at a career centre', (v, f) => ({ ...v, organisationId: f.org['Karriere Vestland'] }), invalid('organisationId')),
      c('an adviser without an organisation', (v) => without(v, 'organisationId'), invalid('organisationId')),
      c('an administrator in a municipality', (v) => ({ ...v, role: 'administrator' }), invalid('organisationId')),
      c('server-owned fields (unknown fields)', (v) => ({ ...v, passwordHash: 'x', active: true, version: 1 }), invalid('passwordHash', 'active', 'version')),
      c('NUL character in name', (v) => ({ ...v, name: 'Una\u0000' }), invalid('name')),
      c('an e-mail already taken, in other letters', (v) => ({ ...v, email: 'RADGIVER@Bergen.demo' }), refused(409, 'email.taken', ['email'])),
      c('malformed JSON', () => raw('{"email": "ulvik@ulvik.demo"'), malformed),
    ],
  },
  {
    endpoint: 'PATCH /admin/users/{id}', method: 'PATCH', who: 'admin',
    path: (f) => `/api/v1/admin/users/${f.user['radgiver@voss.demo']}`,
    valid: (f) => ({ name: 'Vegard Rådgiver', version: f.v.user }),
    // Includes the user's sessions: a refused change must not sign them out.
    state: async () => [await db().select().from(users).orderBy(users.id), await db().select().from(sessions).orderBy(sessions.tokenHash)],
    cases: [
      c('active is a string', (v) => ({ ...v, active: 'false' }), invalid('active')),
      c('active is a number', (v) => ({ ...v, active: 0 }), invalid('active')),
      c('role is a number', (v) => ({ ...v, role: 5 }), invalid('role')),
      c('role not one of the choices', (v) => ({ ...v, role: 'root' }), invalid('role')),
      c('organisationId is not a uuid', (v) => ({ ...v, organisationId: 'voss' }), invalid('organisationId')),
      c('the body is an array', (v) => [v], invalid('')),
      c('version missing', (v) => without(v, 'version'), invalid('version')),
      c('version is a string', (v, f) => ({ ...v, version: String(f.v.user) }), invalid('version')),
      c('name empty', (v) => ({ ...v, name: '' }), invalid('name')),
      c('100 kB name', (v) => ({ ...v, name: KB100 }), invalid('name')),
      c('unknown organisation', (v) => ({ ...v, organisationId: RANDOM_ID }), invalid('organisationId')),
      c('an adviser moved to a career centre', (v, f) => ({ ...v, organisationId: f.org['Karriere Vestland'] }), invalid('organisationId')),
      c('an adviser moved out of every organisation', (v) => ({ ...v, organisationId: null }), invalid('organisationId')),
      c('made a counsellor while in a municipality', (v) => ({ ...v, role: 'career-counsellor' }), invalid('organisationId')),
      c('made an administrator while in a municipality', (v) => ({ ...v, role: 'administrator' }), invalid('organisationId')),
      c('server-owned fields (unknown fields)', (v) => ({ ...v, email: 'ny@voss.demo', passwordHash: 'x' }), invalid('email', 'passwordHash')),
      c('NUL character in name', (v) => ({ ...v, name: 'Vegard\u0000' }), invalid('name')),
      c('malformed JSON', () => raw('{"active": fals}'), malformed),
      ...NOT_UUIDS.map((id) => c(`id "${id}" is not a uuid`, (v) => v, invalid('id'), { path: () => `/api/v1/admin/users/${encodeURIComponent(id)}` })),
      c('unknown user', (v) => v, notFound, { path: () => `/api/v1/admin/users/${RANDOM_ID}` }),
      c('stale version (an older one)', (v, f) => ({ ...v, version: f.v.user - 1 }), stale),
      c('stale version (a newer one)', (v, f) => ({ ...v, version: f.v.user + 1 }), stale),
    ],
  },

  // ─── Handover brief ───
  {
    endpoint: 'PATCH /participants/{id}/brief', method: 'PATCH', who: 'adviser',
    path: (f) => `/api/v1/participants/${f.bergen.participantId}/brief`,
    valid: (f) => ({ items: [{ key: 'wishes', value: { wishes: 'Sykepleier' }, source: 'participant', version: f.v.wishes }] }),
    state: async (f) => [
      await db().select().from(handoverBriefItems).where(eq(handoverBriefItems.participantId, f.bergen.participantId)).orderBy(handoverBriefItems.itemKey),
      await countRows(handoverBriefItems),
    ],
    cases: [
      c('items is not an array', () => ({ items: { key: 'wishes' } }), invalid('items')),
      c('items empty', () => ({ items: [] }), invalid('items')),
      c('the body is an array', (v) => [v], invalid('')),
      c('an unknown item', (v) => ({ items: [{ ...v.items[0], key: 'shoeSize' }] }), invalid('items.0.key')),
      c('the key missing', (v) => ({ items: [without(v.items[0], 'key')] }), invalid('items.0.key')),
      c('a value field the item does not have', (v) => ({ items: [{ ...v.items[0], value: { wishes: 'x', salary: 1 } }] }), invalid('items.0.value.salary')),
      c('a value of the wrong type', (v) => ({ items: [{ ...v.items[0], value: { wishes: 42 } }] }), invalid('items.0.value.wishes')),
      c('a value and unknown both', (v) => ({ items: [{ ...v.items[0], unknown: true }] }), invalid('items.0.value')),
      c('neither a value nor unknown', (v) => ({ items: [without(v.items[0], 'value')] }), invalid('items.0.value')),
      c('unknown is a string', (v) => ({ items: [{ ...without(v.items[0], 'value'), unknown: 'yes' }] }), invalid('items.0.unknown')),
      c("source 'mapping-import' (set only by the import)", (v) => ({ items: [{ ...v.items[0], source: 'mapping-import' }] }), invalid('items.0.source')),
      c('source not one of the choices', (v) => ({ items: [{ ...v.items[0], source: 'rumour' }] }), invalid('items.0.source')),
      c('source missing', (v) => ({ items: [without(v.items[0], 'source')] }), invalid('items.0.source')),
      c('the same item twice', (v) => ({ items: [v.items[0], v.items[0]] }), invalid('items.1.key')),
      c('100 kB wish', (v) => ({ items: [{ ...v.items[0], value: { wishes: KB100 } }] }), invalid('items.0.value.wishes')),
      c('years of schooling a fraction', () => ({ items: [{ key: 'schooling', value: { years: 2.5 }, source: 'adviser' }] }), invalid('items.0.value.years')),
      c('years of schooling 31', () => ({ items: [{ key: 'schooling', value: { years: 31 }, source: 'adviser' }] }), invalid('items.0.value.years')),
      c('a Norwegian level outside CEFR', () => ({ items: [{ key: 'norwegian', value: { level: 'C2' }, source: 'adviser' }] }), invalid('items.0.value.level')),
      c('an expected end that does not exist', () => ({ items: [{ key: 'programme', value: { lengthMonths: 12, expectedEnd: '2026-02-30' }, source: 'adviser' }] }), invalid('items.0.value.expectedEnd')),
      c('a language name, not a code', () => ({ items: [{ key: 'language', value: { preferred: 'Arabic' }, source: 'adviser', version: 1 }] }), invalid('items.0.value.preferred')),
      c('NUL character in a value', (v) => ({ items: [{ ...v.items[0], value: { wishes: 'Syke\u0000pleier' } }] }), invalid('items.0.value.wishes')),
      c('version is a string', (v, f) => ({ items: [{ ...v.items[0], version: String(f.v.wishes) }] }), invalid('items.0.version')),
      c('an unknown field', (v, f) => ({ ...v, participantId: f.drammen.participantId }), invalid('participantId')),
      c('malformed JSON', () => raw('{"items": [{"key": "wishes",'), malformed),
      ...NOT_UUIDS.map((id) => c(`id "${id}" is not a uuid`, (v) => v, invalid('id'), { path: () => `/api/v1/participants/${encodeURIComponent(id)}/brief` })),
      c('unknown participant', (v) => v, notFound, { path: () => `/api/v1/participants/${RANDOM_ID}/brief` }),
      c("another organisation's participant", (v) => v, notFound, { path: (f) => `/api/v1/participants/${f.drammen.participantId}/brief` }),
      c('stale version (an older one)', (v, f) => ({ items: [{ ...v.items[0], version: f.v.wishes - 1 }] }), stale),
      c('stale version (a newer one)', (v, f) => ({ items: [{ ...v.items[0], version: f.v.wishes + 1 }] }), stale),
      c('no version for an item that has an answer', (v) => ({ items: [without(v.items[0], 'version')] }), stale),
    ],
  },
  {
    endpoint: 'POST /participants/{id}/brief/import', method: 'POST', who: 'adviser',
    path: (f) => `/api/v1/participants/${f.bergen.participantId}/brief/import`,
    valid: () => ({ format: 'csv', content: `item,field,value,mapped_on\nwork,occupation,Snekker,${today}\n` }),
    state: async () => db().select().from(handoverBriefItems).orderBy(handoverBriefItems.participantId, handoverBriefItems.itemKey),
    cases: [
      c('format not one of the choices', (v) => ({ ...v, format: 'xlsx' }), invalid('format')),
      c('content is an object', (v) => ({ ...v, content: { rows: [] } }), invalid('content')),
      c('content empty', (v) => ({ ...v, content: '' }), invalid('content')),
      c('content over 200 000 characters', (v) => ({ ...v, content: `item,field,value,mapped_on\n${'wishes,wishes,x,2026-01-10\n'.repeat(8000)}` }), invalid('content')),
      c('both fields missing', () => ({}), invalid('format', 'content')),
      c('the body is an array', (v) => [v], invalid('')),
      c('an unknown field', (v) => ({ ...v, source: 'adviser' }), invalid('source')),
      c('NUL character in the file', (v) => ({ ...v, content: 'item,field,value,mapped_on\nwishes,wishes,a\u0000b,2026-01-10' }), invalid('content')),
      c('malformed JSON', () => raw('{"format": "csv", "content": }'), malformed),
      ...NOT_UUIDS.map((id) => c(`id "${id}" is not a uuid`, (v) => v, invalid('id'), { path: () => `/api/v1/participants/${encodeURIComponent(id)}/brief/import` })),
      c('unknown participant', (v) => v, notFound, { path: () => `/api/v1/participants/${RANDOM_ID}/brief/import` }),
      c("another organisation's participant", (v) => v, notFound, { path: (f) => `/api/v1/participants/${f.drammen.participantId}/brief/import` }),
    ],
  },
  {
    endpoint: 'PATCH /career-centre/brief-checklist', method: 'PATCH', who: 'centreLead',
    path: () => '/api/v1/career-centre/brief-checklist',
    valid: (f) => ({ uses: { wishes: 'needed' }, staleAfterDays: 120, version: f.v.checklist }),
    state: async () => db().select().from(briefChecklistConfigs).orderBy(briefChecklistConfigs.careerCentreId),
    cases: [
      c('staleAfterDays 0', (v) => ({ ...v, staleAfterDays: 0 }), invalid('staleAfterDays')),
      c('staleAfterDays over ten years', (v) => ({ ...v, staleAfterDays: 3651 }), invalid('staleAfterDays')),
      c('staleAfterDays a string', (v) => ({ ...v, staleAfterDays: '90' }), invalid('staleAfterDays')),
      c('uses is an array', (v) => ({ ...v, uses: ['schooling'] }), invalid('uses')),
      c('a use not one of the choices', (v) => ({ ...v, uses: { schooling: 'mandatory' } }), invalid('uses.schooling')),
      c('an unknown item', (v) => ({ ...v, uses: { shoeSize: 'required' } }), invalid('uses.shoeSize')),
      c('health and family required', (v) => ({ ...v, uses: { 'health-family': 'required' } }), invalid('uses.health-family')),
      c('version missing', (v) => without(v, 'version'), invalid('version')),
      c('version negative', (v) => ({ ...v, version: -1 }), invalid('version')),
      c('the body is an array', (v) => [v], invalid('')),
      c('another centre (unknown field)', (v, f) => ({ ...v, careerCentreId: f.org['Karriere Buskerud'] }), invalid('careerCentreId')),
      c('malformed JSON', () => raw('{"staleAfterDays": 12,,}'), malformed),
      c('stale version (an older one)', (v, f) => ({ ...v, version: f.v.checklist - 1 }), stale),
      c('stale version (a newer one)', (v, f) => ({ ...v, version: f.v.checklist + 1 }), stale),
    ],
  },
  // ─── Sessions ───
  {
    endpoint: 'POST /orders/{id}/sessions', method: 'POST', who: 'centreLead',
    path: (f) => `/api/v1/orders/${f.x.acceptedOrderId}/sessions`,
    valid: () => ({ kind: 'individual', mode: 'in-person', place: 'Bergen kommune', startsAt: osloAt(31, '10:00'), durationMinutes: 60 }),
    state: async (f) => [await db().select().from(guidanceSessions).orderBy(guidanceSessions.id), await one(db().select().from(guidanceOrders).where(eq(guidanceOrders.id, f.x.acceptedOrderId)))],
    cases: [
      c('kind not one of the choices', (v) => ({ ...v, kind: 'group' }), invalid('kind')),
      c('mode not one of the choices', (v) => ({ ...v, mode: 'carrier-pigeon' }), invalid('mode')),
      c('everything missing', () => ({}), invalid('kind', 'mode', 'startsAt', 'durationMinutes')),
      c('the body is an array', (v) => [v], invalid('')),
      c('startsAt without a time zone', (v) => ({ ...v, startsAt: '2026-09-01T10:00:00' }), invalid('startsAt')),
      c('startsAt a date only', (v) => ({ ...v, startsAt: '2026-09-01' }), invalid('startsAt')),
      c('startsAt on a day that does not exist', (v) => ({ ...v, startsAt: '2026-02-30T10:00:00+01:00' }), invalid('startsAt')),
      c('startsAt in 1999', (v) => ({ ...v, startsAt: '1999-06-01T10:00:00Z' }), invalid('startsAt')),
      c('startsAt a number', (v) => ({ ...v, startsAt: 1767261600000 }), invalid('startsAt')),
      c('durationMinutes 10', (v) => ({ ...v, durationMinutes: 10 }), invalid('durationMinutes')),
      c('durationMinutes 481', (v) => ({ ...v, durationMinutes: 481 }), invalid('durationMinutes')),
      c('durationMinutes a fraction', (v) => ({ ...v, durationMinutes: 60.5 }), invalid('durationMinutes')),
      c('in person without a place', (v) => without(v, 'place'), invalid('place')),
      c('digital without a link', (v) => ({ ...without(v, 'place'), mode: 'digital' }), invalid('meetingUrl')),
      c('a link that is not https', (v) => ({ ...v, mode: 'digital', meetingUrl: 'http://teams.example/x' }), invalid('meetingUrl')),
      c('a link that is not a link', (v) => ({ ...v, mode: 'digital', meetingUrl: 'teams' }), invalid('meetingUrl')),
      c('a phone number with letters', (v) => ({ ...v, mode: 'phone', phone: 'ring meg' }), invalid('phone')),
      c('three-party without saying with whom', (v) => ({ ...v, kind: 'three-party' }), invalid('threePartyWith')),
      c('threePartyWith not one of the choices', (v) => ({ ...v, kind: 'three-party', threePartyWith: 'police' }), invalid('threePartyWith')),
      c('adviserRole not one of the choices', (v) => ({ ...v, adviserRole: 'boss' }), invalid('adviserRole')),
      c('plannedIntervalDays negative', (v) => ({ ...v, plannedIntervalDays: -7 }), invalid('plannedIntervalDays')),
      c('leadCounsellorId not a uuid', (v) => ({ ...v, leadCounsellorId: 'vilde' }), invalid('leadCounsellorId')),
      c("another centre's counsellor as lead", (v, f) => ({ ...v, leadCounsellorId: f.user['veileder@buskerud.demo'] }), invalid('leadCounsellorId')),
      c('a programme adviser as lead', (v, f) => ({ ...v, leadCounsellorId: f.user['radgiver@bergen.demo'] }), invalid('leadCounsellorId')),
      c('the same counsellor twice', (v, f) => ({ ...v, leadCounsellorId: f.user['veileder@vestland.demo'], secondCounsellorId: f.user['veileder@vestland.demo'] }), invalid('secondCounsellorId')),
      c('interpreter language a name', (v) => ({ ...v, interpreter: { language: 'Tigrinya', mode: 'phone' } }), invalid('interpreter.language')),
      c('interpreter mode missing', (v) => ({ ...v, interpreter: { language: 'ti' } }), invalid('interpreter.mode')),
      c('interpreter status not one of the choices', (v) => ({ ...v, interpreter: { language: 'ti', mode: 'phone', status: 'maybe' } }), invalid('interpreter.status')),
      c("interpreter's name (unknown field)", (v) => ({ ...v, interpreter: { language: 'ti', mode: 'phone', name: 'Ola' } }), invalid('interpreter.name')),
      c('a briefing term that does not exist', (v) => ({ ...v, interpreter: { language: 'ti', mode: 'phone', briefingTermIds: [RANDOM_ID] } }), invalid('interpreter.briefingTermIds')),
      c("another centre's briefing term", (v, f) => ({ ...v, interpreter: { language: 'ti', mode: 'phone', briefingTermIds: [f.x.drammenTermId] } }), invalid('interpreter.briefingTermIds')),
      c('100 kB place', (v) => ({ ...v, place: KB100 }), invalid('place')),
      c('server-owned fields (unknown fields)', (v) => ({ ...v, outcome: 'held', reference: 'VV-AAAA', participantId: RANDOM_ID }), invalid('outcome', 'reference', 'participantId')),
      c('NUL character in place', (v) => ({ ...v, place: 'Berg\u0000en' }), invalid('place')),
      c('malformed JSON', () => raw('{"kind": "individual", "mode"}'), malformed),
      ...NOT_UUIDS.map((id) => c(`order id "${id}" is not a uuid`, (v) => v, invalid('id'), { path: () => `/api/v1/orders/${encodeURIComponent(id)}/sessions` })),
      c('unknown order', (v) => v, notFound, { path: () => `/api/v1/orders/${RANDOM_ID}/sessions` }),
      c("another centre's order", (v) => v, notFound, { path: (f) => `/api/v1/orders/${f.drammen.orderId}/sessions` }),
      c('an order that is not accepted', (v) => v, refused(409, 'session.order-not-open'), { path: (f) => `/api/v1/orders/${f.sentOnly.orderId}/sessions` }),
      c('the counsellor is already booked', (v, f) => ({ ...v, startsAt: f.x.sessionAt }), refused(409, 'session.counsellor-busy', ['leadCounsellorId'])),
    ],
  },
  {
    endpoint: 'PATCH /sessions/{id}', method: 'PATCH', who: 'centreLead',
    path: (f) => `/api/v1/sessions/${f.x.sessionId}`,
    valid: (f) => ({ durationMinutes: 75, version: f.v.session }),
    state: async () => db().select().from(guidanceSessions).orderBy(guidanceSessions.id),
    cases: [
      c('version missing', (v) => without(v, 'version'), invalid('version')),
      c('version is a string', (v, f) => ({ ...v, version: String(f.v.session) }), invalid('version')),
      c('the body is an array', (v) => [v], invalid('')),
      c('durationMinutes 0', (v) => ({ ...v, durationMinutes: 0 }), invalid('durationMinutes')),
      c('startsAt not a time', (v) => ({ ...v, startsAt: 'tomorrow' }), invalid('startsAt')),
      c('made digital without a link', (v) => ({ ...v, mode: 'digital' }), invalid('meetingUrl')),
      c('made three-party without saying with whom', (v) => ({ ...v, kind: 'three-party' }), invalid('threePartyWith')),
      c('place emptied while in person', (v) => ({ ...v, place: null }), invalid('place')),
      c('100 kB place', (v) => ({ ...v, place: KB100 }), invalid('place')),
      c('the outcome (unknown field)', (v) => ({ ...v, outcome: 'held' }), invalid('outcome')),
      c('malformed JSON', () => raw('{"version": 1, }'), malformed),
      ...NOT_UUIDS.map((id) => c(`id "${id}" is not a uuid`, (v) => v, invalid('id'), { path: () => `/api/v1/sessions/${encodeURIComponent(id)}` })),
      c('unknown session', (v) => v, notFound, { path: () => `/api/v1/sessions/${RANDOM_ID}` }),
      c("another centre's session", (v) => v, notFound, { path: (f) => `/api/v1/sessions/${f.x.drammenSessionId}` }),
      c('moved onto the counsellor\'s other session', (v, f) => ({ ...v, startsAt: f.x.otherSessionAt }), refused(409, 'session.counsellor-busy', ['leadCounsellorId'])),
      c('stale version (an older one)', (v, f) => ({ ...v, version: f.v.session - 1 }), stale),
      c('stale version (a newer one)', (v, f) => ({ ...v, version: f.v.session + 1 }), stale),
    ],
  },
  {
    // After PATCH /sessions/{id}: the valid body records the outcome and so closes the session.
    endpoint: 'POST /sessions/{id}/outcome', method: 'POST', who: 'centreLead',
    path: (f) => `/api/v1/sessions/${f.x.sessionId}/outcome`,
    valid: (f) => ({ outcome: 'cancelled', reason: 'Deltakeren er syk', version: f.v.session }),
    state: async () => [await db().select().from(guidanceSessions).orderBy(guidanceSessions.id), await db().select({ id: participants.id, held: participants.guidanceHeldOn, v: participants.version }).from(participants).orderBy(participants.id)],
    cases: [
      c('outcome not one of the choices', (v) => ({ ...v, outcome: 'postponed' }), invalid('outcome')),
      c('outcome missing', (v) => without(v, 'outcome'), invalid('outcome')),
      c('cancelled without a reason', (v) => without(v, 'reason'), invalid('reason')),
      c('cancelled with only spaces as reason', (v) => ({ ...v, reason: '   ' }), invalid('reason')),
      c('broken off without a reason', (v) => ({ ...without(v, 'reason'), outcome: 'broken-off' }), refused(409, 'session.not-started')),
      c('100 kB reason', (v) => ({ ...v, reason: KB100 }), invalid('reason')),
      c('minutesUsed negative', (v) => ({ ...v, minutesUsed: -5 }), invalid('minutesUsed')),
      c('minutesUsed a string', (v) => ({ ...v, minutesUsed: '60' }), invalid('minutesUsed')),
      c('minutes used on a cancelled session', (v) => ({ ...v, minutesUsed: 30 }), invalid('minutesUsed')),
      c('interpreterTookPart a string', (v) => ({ ...v, interpreterTookPart: 'yes' }), invalid('interpreterTookPart')),
      c('an interpreter problem when there was no interpreter', (v) => ({ ...v, interpreterQualityProblem: 'Sen' }), invalid('interpreterQualityProblem')),
      c('held before it has started', (v) => ({ ...without(v, 'reason'), outcome: 'held' }), refused(409, 'session.not-started')),
      c('version missing', (v) => without(v, 'version'), invalid('version')),
      c('the body is an array', (v) => [v], invalid('')),
      c('an unknown field', (v) => ({ ...v, recordedBy: RANDOM_ID }), invalid('recordedBy')),
      c('NUL character in reason', (v) => ({ ...v, reason: 'Syk\u0000' }), invalid('reason')),
      c('malformed JSON', () => raw('{"outcome": held}'), malformed),
      ...NOT_UUIDS.map((id) => c(`id "${id}" is not a uuid`, (v) => v, invalid('id'), { path: () => `/api/v1/sessions/${encodeURIComponent(id)}/outcome` })),
      c('unknown session', (v) => v, notFound, { path: () => `/api/v1/sessions/${RANDOM_ID}/outcome` }),
      c("another centre's session", (v) => v, notFound, { path: (f) => `/api/v1/sessions/${f.x.drammenSessionId}/outcome` }),
      c('stale version (an older one)', (v, f) => ({ ...v, version: f.v.session - 1 }), stale),
      c('stale version (a newer one)', (v, f) => ({ ...v, version: f.v.session + 1 }), stale),
    ],
  },
  // ─── Glossary ───
  {
    endpoint: 'POST /glossary', method: 'POST', who: 'centreLead',
    path: () => '/api/v1/glossary',
    valid: () => ({ term: 'arbeidstrening', explanation: 'Trening i arbeid.', translations: { en: { term: 'work training', explanation: 'Training at work.' } } }),
    state: async () => db().select().from(glossaryTerms).orderBy(glossaryTerms.id),
    cases: [
      c('term missing', (v) => without(v, 'term'), invalid('term')),
      c('term only spaces', (v) => ({ ...v, term: '  ' }), invalid('term')),
      c('term over 100 characters', (v) => ({ ...v, term: 'x'.repeat(101) }), invalid('term')),
      c('100 kB explanation', (v) => ({ ...v, explanation: KB100 }), invalid('explanation')),
      c('translations is an array', (v) => ({ ...v, translations: [] }), invalid('translations')),
      c('a translation keyed by a language name', (v) => ({ ...v, translations: { English: { term: 'x', explanation: 'y' } } }), invalid('translations.English')),
      c('a translation without explanation', (v) => ({ ...v, translations: { en: { term: 'x' } } }), invalid('translations.en.explanation')),
      c('a term the glossary has, in other letters', (v) => ({ ...v, term: 'MATRISEORD' }), invalid('term')),
      c('the body is an array', (v) => [v], invalid('')),
      c('another centre (unknown field)', (v, f) => ({ ...v, careerCentreId: f.org['Karriere Buskerud'] }), invalid('careerCentreId')),
      c('NUL character in term', (v) => ({ ...v, term: 'arbeid\u0000' }), invalid('term')),
      c('malformed JSON', () => raw('{"term": "x", "explanation": "y"'), malformed),
    ],
  },
  {
    endpoint: 'PATCH /glossary/{id}', method: 'PATCH', who: 'centreLead',
    path: (f) => `/api/v1/glossary/${f.x.termId}`,
    valid: (f) => ({ explanation: 'Et ord i matrisen.', version: f.v.term }),
    state: async () => db().select().from(glossaryTerms).orderBy(glossaryTerms.id),
    cases: [
      c('version missing', (v) => without(v, 'version'), invalid('version')),
      c('archived a string', (v) => ({ ...v, archived: 'yes' }), invalid('archived')),
      c('term emptied', (v) => ({ ...v, term: '' }), invalid('term')),
      c('renamed to a term the glossary has', (v) => ({ ...v, term: 'Andreord' }), invalid('term')),
      c('an unknown field', (v) => ({ ...v, careerCentreId: RANDOM_ID }), invalid('careerCentreId')),
      c('malformed JSON', () => raw('{"version": }'), malformed),
      ...NOT_UUIDS.map((id) => c(`id "${id}" is not a uuid`, (v) => v, invalid('id'), { path: () => `/api/v1/glossary/${encodeURIComponent(id)}` })),
      c('unknown term', (v) => v, notFound, { path: () => `/api/v1/glossary/${RANDOM_ID}` }),
      c("another centre's term", (v) => v, notFound, { path: (f) => `/api/v1/glossary/${f.x.drammenTermId}` }),
      c('stale version (an older one)', (v, f) => ({ ...v, version: f.v.term - 1 }), stale),
      c('stale version (a newer one)', (v, f) => ({ ...v, version: f.v.term + 1 }), stale),
    ],
  },
  // ─── Group sessions ───
  {
    endpoint: 'POST /group-sessions', method: 'POST', who: 'centreLead',
    path: () => '/api/v1/group-sessions',
    valid: (f) => ({
      title: 'Webinar på ukrainsk', language: 'uk', mode: 'digital', meetingUrl: 'https://teams.example/w', startsAt: osloAt(33, '18:00'),
      durationMinutes: 90, leadCounsellorId: f.user['veileder@vestland.demo'],
    }),
    state: async () => db().select().from(groupSessions).orderBy(groupSessions.id),
    cases: [
      c('title missing', (v) => without(v, 'title'), invalid('title')),
      c('100 kB title', (v) => ({ ...v, title: KB100 }), invalid('title')),
      c('language a name', (v) => ({ ...v, language: 'Ukrainian' }), invalid('language')),
      c('by phone (not for groups)', (v) => ({ ...v, mode: 'phone' }), invalid('mode')),
      c('digital without a link', (v) => without(v, 'meetingUrl'), invalid('meetingUrl')),
      c('in person without a place', (v) => ({ ...v, mode: 'in-person' }), invalid('place')),
      c('capacity 0', (v) => ({ ...v, capacity: 0 }), invalid('capacity')),
      c('capacity 201', (v) => ({ ...v, capacity: 201 }), invalid('capacity')),
      c('capacity a string', (v) => ({ ...v, capacity: '15' }), invalid('capacity')),
      c('startsAt without a time zone', (v) => ({ ...v, startsAt: '2026-10-01T18:00' }), invalid('startsAt')),
      c('durationMinutes 500', (v) => ({ ...v, durationMinutes: 500 }), invalid('durationMinutes')),
      c('a lead who names no counsellor', (v) => without(v, 'leadCounsellorId'), invalid('leadCounsellorId')),
      c("another centre's counsellor", (v, f) => ({ ...v, leadCounsellorId: f.user['veileder@buskerud.demo'] }), invalid('leadCounsellorId')),
      c('interpreter mode missing', (v) => ({ ...v, interpreter: { language: 'uk' } }), invalid('interpreter.mode')),
      c('another centre (unknown field)', (v, f) => ({ ...v, careerCentreId: f.org['Karriere Buskerud'] }), invalid('careerCentreId')),
      c('the body is an array', (v) => [v], invalid('')),
      c('NUL character in title', (v) => ({ ...v, title: 'Web\u0000inar' }), invalid('title')),
      c('malformed JSON', () => raw('{"title": "x",, }'), malformed),
      // The counsellor's other session (the first one is cancelled by the outcome table's valid body).
      c('the counsellor is already booked', (v, f) => ({ ...v, startsAt: f.x.otherSessionAt }), refused(409, 'session.counsellor-busy', ['leadCounsellorId'])),
    ],
  },
  {
    endpoint: 'PATCH /group-sessions/{id}', method: 'PATCH', who: 'centreLead',
    path: (f) => `/api/v1/group-sessions/${f.x.groupSessionId}`,
    valid: (f) => ({ capacity: 16, version: f.v.group }),
    state: async () => db().select().from(groupSessions).orderBy(groupSessions.id),
    cases: [
      c('version missing', (v) => without(v, 'version'), invalid('version')),
      c('capacity 0', (v) => ({ ...v, capacity: 0 }), invalid('capacity')),
      c('cancellationReason empty', (v) => ({ ...v, cancellationReason: '' }), invalid('cancellationReason')),
      c('100 kB cancellationReason', (v) => ({ ...v, cancellationReason: KB100 }), invalid('cancellationReason')),
      c('made digital without a link', (v) => ({ ...v, mode: 'digital' }), invalid('meetingUrl')),
      c('an unknown field', (v) => ({ ...v, reference: 'VG-AAAA' }), invalid('reference')),
      c('malformed JSON', () => raw('{"capacity": 16'), malformed),
      ...NOT_UUIDS.map((id) => c(`id "${id}" is not a uuid`, (v) => v, invalid('id'), { path: () => `/api/v1/group-sessions/${encodeURIComponent(id)}` })),
      c('unknown group session', (v) => v, notFound, { path: () => `/api/v1/group-sessions/${RANDOM_ID}` }),
      c("another centre's group session", (v) => v, notFound, { path: (f) => `/api/v1/group-sessions/${f.x.drammenGroupSessionId}` }),
      c('stale version (an older one)', (v, f) => ({ ...v, version: f.v.group - 1 }), stale),
      c('stale version (a newer one)', (v, f) => ({ ...v, version: f.v.group + 1 }), stale),
    ],
  },
  {
    endpoint: 'POST /group-sessions/{id}/registrations', method: 'POST', who: 'adviser',
    path: (f) => `/api/v1/group-sessions/${f.x.groupSessionId}/registrations`,
    valid: (f) => ({ participantId: f.x.groupParticipant }),
    state: async () => db().select().from(groupRegistrations).orderBy(groupRegistrations.id),
    cases: [
      c('participantId missing', () => ({}), invalid('participantId')),
      c('participantId not a uuid', () => ({ participantId: 'amina' }), invalid('participantId')),
      c('an unknown participant', () => ({ participantId: RANDOM_ID }), invalid('participantId')),
      c("another municipality's participant", (_, f) => ({ participantId: f.drammen.participantId }), invalid('participantId')),
      c('a participant without a sent order', (_, f) => ({ participantId: f.orderless }), refused(409, 'group.no-order')),
      c('a participant already registered', (_, f) => ({ participantId: f.x.registeredParticipant }), refused(409, 'group.already-registered')),
      c('an unknown field', (v) => ({ ...v, attendance: 'attended' }), invalid('attendance')),
      c('the body is an array', (v) => [v], invalid('')),
      c('malformed JSON', () => raw('{"participantId": '), malformed),
      ...NOT_UUIDS.map((id) => c(`id "${id}" is not a uuid`, (v) => v, invalid('id'), { path: () => `/api/v1/group-sessions/${encodeURIComponent(id)}/registrations` })),
      c('unknown group session', (v) => v, notFound, { path: () => `/api/v1/group-sessions/${RANDOM_ID}/registrations` }),
      c("a centre that does not serve the municipality", (v) => v, notFound, { path: (f) => `/api/v1/group-sessions/${f.x.drammenGroupSessionId}/registrations` }),
    ],
  },
  {
    endpoint: 'POST /group-sessions/{id}/attendance', method: 'POST', who: 'centreLead',
    path: (f) => `/api/v1/group-sessions/${f.x.startedGroupSessionId}/attendance`,
    valid: (f) => ({ items: [{ registrationId: f.x.startedRegistrationId, attended: true, version: f.v.startedRegistration }] }),
    state: async () => [await db().select().from(groupRegistrations).orderBy(groupRegistrations.id), await db().select({ id: participants.id, held: participants.guidanceHeldOn }).from(participants).orderBy(participants.id)],
    cases: [
      c('items empty', () => ({ items: [] }), invalid('items')),
      c('items is an object', (v) => ({ items: v.items[0] }), invalid('items')),
      c('registrationId not a uuid', (v) => ({ items: [{ ...v.items[0], registrationId: 'x' }] }), invalid('items.0.registrationId')),
      c('a registration of another session', (v, f) => ({ items: [{ ...v.items[0], registrationId: f.x.registrationId }] }), invalid('items.0.registrationId')),
      c('attended a string', (v) => ({ items: [{ ...v.items[0], attended: 'yes' }] }), invalid('items.0.attended')),
      c('version missing', (v) => ({ items: [without(v.items[0], 'version')] }), invalid('items.0.version')),
      c('the same registration twice', (v) => ({ items: [v.items[0], v.items[0]] }), invalid('items.1.registrationId')),
      c('an interpreter report without an interpreter', (v) => ({ ...v, interpreterTookPart: true }), invalid('interpreterTookPart')),
      c('an unknown field', (v) => ({ ...v, heldOn: today }), invalid('heldOn')),
      c('malformed JSON', () => raw('{"items": [}'), malformed),
      c('before the session has started', (v) => v, refused(409, 'group.not-started'), { path: (f) => `/api/v1/group-sessions/${f.x.groupSessionId}/attendance` }),
      ...NOT_UUIDS.map((id) => c(`id "${id}" is not a uuid`, (v) => v, invalid('id'), { path: () => `/api/v1/group-sessions/${encodeURIComponent(id)}/attendance` })),
      c("another centre's group session", (v) => v, notFound, { path: (f) => `/api/v1/group-sessions/${f.x.drammenGroupSessionId}/attendance` }),
      c('stale version', (v, f) => ({ items: [{ ...v.items[0], version: f.v.startedRegistration + 1 }] }), stale),
    ],
  },
  {
    endpoint: 'POST /group-registrations/{id}/withdraw', method: 'POST', who: 'adviser',
    path: (f) => `/api/v1/group-registrations/${f.x.registrationId}/withdraw`,
    valid: (f) => ({ version: f.v.registration }),
    state: async () => db().select().from(groupRegistrations).orderBy(groupRegistrations.id),
    cases: [
      c('version missing', () => ({}), invalid('version')),
      c('version a string', (_, f) => ({ version: String(f.v.registration) }), invalid('version')),
      c('version 0', () => ({ version: 0 }), invalid('version')),
      c('an unknown field', (v) => ({ ...v, reason: 'Syk' }), invalid('reason')),
      c('malformed JSON', () => raw('{"version": one}'), malformed),
      ...NOT_UUIDS.map((id) => c(`id "${id}" is not a uuid`, (v) => v, invalid('id'), { path: () => `/api/v1/group-registrations/${encodeURIComponent(id)}/withdraw` })),
      c('unknown registration', (v) => v, notFound, { path: () => `/api/v1/group-registrations/${RANDOM_ID}/withdraw` }),
      c("another municipality's registration", (v) => v, notFound, { path: (f) => `/api/v1/group-registrations/${f.x.drammenRegistrationId}/withdraw` }),
      c('stale version (a newer one)', (_, f) => ({ version: f.v.registration + 1 }), stale),
    ],
  },
  {
    // Last among the tables: the valid body postpones the Bergen participant for good.
    endpoint: 'POST /participants/{id}/postponements', method: 'POST', who: 'adviser',
    path: (f) => `/api/v1/participants/${f.bergen.participantId}/postponements`,
    valid: (f) => ({ reason: 'health', justification: 'Sykemeldt i tre måneder.', expectedDate: addDays(today, 90), decidedWith: 'adviser-alone', version: f.v.participant }),
    state: async (f) => [
      await countRows(postponements),
      await one(db().select({ v: participants.version, postponed: participants.guidancePostponed }).from(participants).where(eq(participants.id, f.bergen.participantId))),
    ],
    cases: [
      c('reason is a number', (v) => ({ ...v, reason: 3 }), invalid('reason')),
      c('reason not one of the choices', (v) => ({ ...v, reason: 'bored' }), invalid('reason')),
      c('decidedWith not one of the choices', (v) => ({ ...v, decidedWith: 'nav' }), invalid('decidedWith')),
      c('the body is an array', (v) => [v], invalid('')),
      c('everything missing', () => ({}), invalid('reason', 'justification', 'expectedDate', 'decidedWith', 'version')),
      c('justification missing', (v) => without(v, 'justification'), invalid('justification')),
      c('justification only spaces', (v) => ({ ...v, justification: '   ' }), invalid('justification')),
      c("'other' without a text", (v) => ({ ...v, reason: 'other' }), invalid('reasonText')),
      c("'other' with only spaces", (v) => ({ ...v, reason: 'other', reasonText: '  ' }), invalid('reasonText')),
      ...impossibleDates.map((d) => c(`expectedDate ${d}`, (v) => ({ ...v, expectedDate: d }), invalid('expectedDate'))),
      c('expectedDate in the past', (v) => ({ ...v, expectedDate: addDays(today, -1) }), invalid('expectedDate')),
      c('expectedDate beyond three years', (v) => ({ ...v, expectedDate: addDays(today, 1200) }), invalid('expectedDate')),
      c('100 kB justification', (v) => ({ ...v, justification: KB100 }), invalid('justification')),
      c('100 kB reasonText', (v) => ({ ...v, reason: 'other', reasonText: KB100 }), invalid('reasonText')),
      c('server-owned fields (unknown fields)', (v) => ({ ...v, createdBy: RANDOM_ID, endedAt: today }), invalid('createdBy', 'endedAt')),
      c('NUL character in justification', (v) => ({ ...v, justification: 'Syk\u0000' }), invalid('justification')),
      c('malformed JSON', () => raw('{"reason": "health",'), malformed),
      c('version missing', (v) => without(v, 'version'), invalid('version')),
      ...NOT_UUIDS.map((id) => c(`id "${id}" is not a uuid`, (v) => v, invalid('id'), { path: () => `/api/v1/participants/${encodeURIComponent(id)}/postponements` })),
      c('unknown id', (v) => v, notFound, { path: () => `/api/v1/participants/${RANDOM_ID}/postponements` }),
      c("another organisation's participant", (v) => v, notFound, { path: (f) => `/api/v1/participants/${f.drammen.participantId}/postponements` }),
      c('stale version (an older one)', (v, f) => ({ ...v, version: f.v.participant - 1 }), stale),
      c('stale version (a newer one)', (v, f) => ({ ...v, version: f.v.participant + 1 }), stale),
    ],
  },
  {
    endpoint: 'POST /postponements/{id}/end', method: 'POST', who: 'adviser',
    path: (f) => `/api/v1/postponements/${f.x.postponementId}/end`,
    valid: (f) => ({ version: f.v.postponement }),
    state: async () => db().select({ id: postponements.id, v: postponements.version, ended: postponements.endedAt }).from(postponements).orderBy(postponements.id),
    cases: [
      c('version is a string', (v, f) => ({ ...v, version: String(f.v.postponement) }), invalid('version')),
      c('version missing', () => ({}), invalid('version')),
      c('version is 0', () => ({ version: 0 }), invalid('version')),
      c('the body is an array', (v) => [v], invalid('')),
      c('unknown field', (v) => ({ ...v, endedAt: today }), invalid('endedAt')),
      c('malformed JSON', () => raw('{"version": '), malformed),
      ...NOT_UUIDS.map((id) => c(`id "${id}" is not a uuid`, (v) => v, invalid('id'), { path: () => `/api/v1/postponements/${encodeURIComponent(id)}/end` })),
      c('unknown id', (v) => v, notFound, { path: () => `/api/v1/postponements/${RANDOM_ID}/end` }),
      c("another organisation's postponement", (v) => v, notFound, { path: (f) => `/api/v1/postponements/${f.x.drammenPostponementId}/end` }),
      c('stale version (a newer one)', (v, f) => ({ ...v, version: f.v.postponement + 1 }), stale),
    ],
  },
  {
    // Plan B of a Bergen participant does not exist until the valid body creates it (after every case).
    endpoint: 'PUT /participants/{id}/journey-plans/{plan}', method: 'PUT', who: 'adviser',
    path: (f) => `/api/v1/participants/${f.bergen.participantId}/journey-plans/B`,
    valid: () => ({
      version: 0, goal: 'Fagbrev', startDate: '2026-01-01',
      steps: [{ id: 's1', offerId: 'norsk-og-samfunnskunnskap', text: null, startMonth: 0, durationMonths: 12 }],
    }),
    state: async () => [await db().select().from(journeyPlans).orderBy(journeyPlans.id), await countRows(journeyPlans)],
    cases: [
      c('version missing', (v) => without(v, 'version'), invalid('version')),
      c('version is a string', (v) => ({ ...v, version: '0' }), invalid('version')),
      c('startDate missing', (v) => without(v, 'startDate'), invalid('startDate')),
      ...impossibleDates.slice(0, 3).map((d) => c(`startDate ${d}`, (v) => ({ ...v, startDate: d }), invalid('startDate'))),
      c('steps is an object', (v) => ({ ...v, steps: { id: 's1' } }), invalid('steps')),
      c('step without an id', (v) => ({ ...v, steps: [without((v.steps as Record<string, unknown>[])[0]!, 'id')] }), invalid('steps.0.id')),
      c('startMonth is a fraction', (v) => ({ ...v, steps: [{ ...(v.steps as object[])[0], startMonth: 1.5 }] }), invalid('steps.0.startMonth')),
      c('durationMonths negative', (v) => ({ ...v, steps: [{ ...(v.steps as object[])[0], durationMonths: -2 }] }), invalid('steps.0.durationMonths')),
      c('an unknown offer', (v) => ({ ...v, steps: [{ ...(v.steps as object[])[0], offerId: 'finnes-ikke' }] }), invalid('steps.0.offerId')),
      c('a step with neither offer nor text', (v) => ({ ...v, steps: [{ ...(v.steps as object[])[0], offerId: null, text: null }] }), invalid('steps.0.text')),
      c('21 steps (the note takes at most 20)', (v) => ({ ...v, steps: Array.from({ length: 21 }, (_, i) => ({ ...(v.steps as object[])[0], id: `s${i}` })) }), invalid('steps')),
      c('100 kB goal', (v) => ({ ...v, goal: KB100 }), invalid('goal')),
      c('100 kB step text', (v) => ({ ...v, steps: [{ ...(v.steps as object[])[0], offerId: null, text: KB100 }] }), invalid('steps.0.text')),
      c('NUL character in goal', (v) => ({ ...v, goal: 'a\u0000b' }), invalid('goal')),
      c('unknown fields', (v) => ({ ...v, municipalityId: RANDOM_ID }), invalid('municipalityId')),
      c('malformed JSON', () => raw('{"version": 0'), malformed),
      c('plan C', (v) => v, invalid('plan'), { path: (f) => `/api/v1/participants/${f.bergen.participantId}/journey-plans/C` }),
      ...NOT_UUIDS.map((id) => c(`id "${id}" is not a uuid`, (v) => v, invalid('id'), { path: () => `/api/v1/participants/${encodeURIComponent(id)}/journey-plans/B` })),
      c('unknown id', (v) => v, notFound, { path: () => `/api/v1/participants/${RANDOM_ID}/journey-plans/B` }),
      c("another organisation's participant", (v) => v, notFound, { path: (f) => `/api/v1/participants/${f.drammen.participantId}/journey-plans/B` }),
      c('stale version (the plan does not exist yet)', (v) => ({ ...v, version: 3 }), stale),
    ],
  },
  // The participant's page (records made by arrangePageFixtures below). Sending is checked in its own test file,
  // which has a mailer and an SMS endpoint: this app has neither, so a valid send could not succeed here.
  {
    endpoint: 'POST /participants/{id}/page-links', method: 'POST', who: 'adviser',
    path: (f) => `/api/v1/participants/${f.bergen.participantId}/page-links`,
    valid: () => ({ language: 'ar', background: 'primary', expiresInDays: 30 }),
    state: async () => countRows(participantPageLinks),
    cases: [
      c('language not one of the eight', (v) => ({ ...v, language: 'de' }), invalid('language')),
      c('language is a number', (v) => ({ ...v, language: 4 }), invalid('language')),
      c('background not a choice', (v) => ({ ...v, background: 'phd' }), invalid('background')),
      c('no background where the brief has none', (v) => without(v, 'background'), invalid('background')),
      c('expiresInDays 0', (v) => ({ ...v, expiresInDays: 0 }), invalid('expiresInDays')),
      c('expiresInDays over a year', (v) => ({ ...v, expiresInDays: 367 }), invalid('expiresInDays')),
      c('expiresInDays a fraction', (v) => ({ ...v, expiresInDays: 1.5 }), invalid('expiresInDays')),
      c('expiresInDays a string', (v) => ({ ...v, expiresInDays: '30' }), invalid('expiresInDays')),
      c('everything missing', () => ({}), invalid('language')),
      c('the body is an array', (v) => [v], invalid('')),
      c('100 kB language', (v) => ({ ...v, language: KB100 }), invalid('language')),
      c('NUL character in language', (v) => ({ ...v, language: 'a\u0000r' }), invalid('language')),
      c('server-owned fields', (v) => ({ ...v, tokenHash: 'x', participantId: RANDOM_ID }), invalid('tokenHash', 'participantId')),
      c('malformed JSON', () => raw('{"language": "ar",'), malformed),
      ...NOT_UUIDS.map((id) => c(`id "${id}" is not a uuid`, (v) => v, invalid('id'), { path: () => `/api/v1/participants/${encodeURIComponent(id)}/page-links` })),
      c('unknown id', (v) => v, notFound, { path: () => `/api/v1/participants/${RANDOM_ID}/page-links` }),
      c("another organisation's participant", (v) => v, notFound, { path: (f) => `/api/v1/participants/${f.drammen.participantId}/page-links` }),
    ],
  },
  {
    endpoint: 'POST /page-links/{id}/revoke', method: 'POST', who: 'adviser',
    path: () => `/api/v1/page-links/${pageFixtures.linkId}/revoke`,
    valid: () => ({ version: 1 }),
    state: async () => db().select({ id: participantPageLinks.id, v: participantPageLinks.version, revoked: participantPageLinks.revokedAt }).from(participantPageLinks).orderBy(participantPageLinks.id),
    cases: [
      c('version is a string', () => ({ version: '1' }), invalid('version')),
      c('version missing', () => ({}), invalid('version')),
      c('version is 0', () => ({ version: 0 }), invalid('version')),
      c('the body is an array', (v) => [v], invalid('')),
      c('unknown field', (v) => ({ ...v, revokedAt: today }), invalid('revokedAt')),
      c('malformed JSON', () => raw('{"version": '), malformed),
      ...NOT_UUIDS.map((id) => c(`id "${id}" is not a uuid`, (v) => v, invalid('id'), { path: () => `/api/v1/page-links/${encodeURIComponent(id)}/revoke` })),
      c('unknown id', (v) => v, notFound, { path: () => `/api/v1/page-links/${RANDOM_ID}/revoke` }),
      c("another organisation's link", (v) => v, notFound, { path: () => `/api/v1/page-links/${pageFixtures.drammenLinkId}/revoke` }),
      c('stale version (a newer one)', () => ({ version: 2 }), stale),
    ],
  },
  {
    endpoint: 'POST /participants/{id}/page-resources', method: 'POST', who: 'adviser',
    path: (f) => `/api/v1/participants/${f.bergen.participantId}/page-resources`,
    valid: () => ({ kind: 'link', url: 'https://www.hkdir.no/', title: 'HK-dir', note: 'Les om godkjenning' }),
    state: async () => countRows(participantPageResources),
    cases: [
      c('kind not a choice', (v) => ({ ...v, kind: 'video' }), invalid('kind')),
      c('an http link', (v) => ({ ...v, url: 'http://www.hkdir.no/' }), invalid('url')),
      c('a javascript: link', (v) => ({ ...v, url: 'javascript:alert(1)' }), invalid('url')),
      c('a link without a title', (v) => without(v, 'title'), invalid('title')),
      c('a link without url', (v) => without(v, 'url'), invalid('url')),
      c('an unknown offer', () => ({ kind: 'offer', offerId: 'finnes-ikke' }), invalid('offerId')),
      c('an offer without id', () => ({ kind: 'offer' }), invalid('offerId')),
      c('everything missing', () => ({}), invalid('kind')),
      c('the body is an array', (v) => [v], invalid('')),
      c('100 kB note', (v) => ({ ...v, note: KB100 }), invalid('note')),
      c('100 kB url', (v) => ({ ...v, url: `https://x.no/${KB100}` }), invalid('url')),
      c('NUL character in the title', (v) => ({ ...v, title: 'HK\u0000dir' }), invalid('title')),
      c('unknown field', (v) => ({ ...v, addedBy: RANDOM_ID }), invalid('addedBy')),
      c('malformed JSON', () => raw('{"kind": "link",'), malformed),
      ...NOT_UUIDS.map((id) => c(`id "${id}" is not a uuid`, (v) => v, invalid('id'), { path: () => `/api/v1/participants/${encodeURIComponent(id)}/page-resources` })),
      c('unknown id', (v) => v, notFound, { path: () => `/api/v1/participants/${RANDOM_ID}/page-resources` }),
      c("another organisation's participant", (v) => v, notFound, { path: (f) => `/api/v1/participants/${f.drammen.participantId}/page-resources` }),
    ],
  },
  {
    endpoint: 'POST /page-resources/{id}/remove', method: 'POST', who: 'adviser',
    path: () => `/api/v1/page-resources/${pageFixtures.resourceId}/remove`,
    valid: () => ({ version: 1 }),
    state: async () => db().select({ id: participantPageResources.id, v: participantPageResources.version, removed: participantPageResources.removedAt }).from(participantPageResources).orderBy(participantPageResources.id),
    cases: [
      c('version is a string', () => ({ version: '1' }), invalid('version')),
      c('version missing', () => ({}), invalid('version')),
      c('the body is an array', (v) => [v], invalid('')),
      c('unknown field', (v) => ({ ...v, removedAt: today }), invalid('removedAt')),
      c('malformed JSON', () => raw('{"version": '), malformed),
      ...NOT_UUIDS.map((id) => c(`id "${id}" is not a uuid`, (v) => v, invalid('id'), { path: () => `/api/v1/page-resources/${encodeURIComponent(id)}/remove` })),
      c('unknown id', (v) => v, notFound, { path: () => `/api/v1/page-resources/${RANDOM_ID}/remove` }),
      c("another organisation's resource", (v) => v, notFound, { path: () => `/api/v1/page-resources/${pageFixtures.drammenResourceId}/remove` }),
      c('stale version (a newer one)', () => ({ version: 2 }), stale),
    ],
  },
  {
    endpoint: 'POST /info-translations', method: 'POST', who: 'centreLead',
    path: () => '/api/v1/info-translations',
    valid: () => ({ language: 'so', sectionId: 'what-is-guidance', heading: null, paragraphs: null, status: 'reviewed', reviewedBy: 'Translatør Test', reviewedOn: '2026-01-10', version: null }),
    state: async () => db().select().from(infoTranslationOverrides).orderBy(infoTranslationOverrides.id),
    cases: [
      c('language not one of the eight', (v) => ({ ...v, language: 'de' }), invalid('language')),
      c('status not a choice', (v) => ({ ...v, status: 'approved' }), invalid('status')),
      c('reviewed without a name', (v) => ({ ...v, reviewedBy: '  ' }), invalid('reviewedBy')),
      ...impossibleDates.slice(0, 3).map((d) => c(`reviewedOn ${d}`, (v) => ({ ...v, reviewedOn: d }), invalid('reviewedOn'))),
      c('reviewedOn in the future', (v) => ({ ...v, reviewedOn: addDays(today, 3) }), invalid('reviewedOn')),
      c('paragraphs not matching the original', (v) => ({ ...v, heading: 'Ny', paragraphs: Array.from({ length: 20 }, () => 'Avsnitt') }), invalid('paragraphs')),
      c('an empty paragraph', (v) => ({ ...v, heading: 'Ny', paragraphs: [''] }), invalid('paragraphs.0')),
      c('everything missing', () => ({}), invalid('language', 'sectionId', 'heading', 'paragraphs', 'status', 'version')),
      c('the body is an array', (v) => [v], invalid('')),
      c('100 kB heading', (v) => ({ ...v, heading: KB100 }), invalid('heading')),
      c('NUL character in the name', (v) => ({ ...v, reviewedBy: 'a\u0000b' }), invalid('reviewedBy')),
      c('unknown field', (v) => ({ ...v, careerCentreId: RANDOM_ID }), invalid('careerCentreId')),
      c('malformed JSON', () => raw('{"language": "so",'), malformed),
      c('unknown section', (v) => ({ ...v, sectionId: 'finnes-ikke' }), notFound),
      c('stale version (none exists yet)', (v) => ({ ...v, version: 1 }), stale),
    ],
  },
  // The participants' survey (issue 14): the public answer by a page link whose participant had guidance held (made
  // by arrangeSurveyFixtures below); paper forms; this year's quality self-evaluation (none exists for Karriere
  // Vestland in this suite, so version null is the valid one).
  {
    endpoint: 'POST /p/{token}/survey', method: 'POST', who: 'anonymous',
    path: () => `/api/v1/p/${surveyFixtures.token}/survey`,
    valid: () => ({ language: 'ar', useful: 5, interpreter: null, nextStep: 4, comment: 'Takk' }),
    state: async () => [await countRows(surveyAnswers), await countRows(surveyLinkUses)],
    cases: [
      ...[0, 6, -1, 2.5].map((v) => c(`useful ${v}`, (b) => ({ ...b, useful: v }), invalid('useful'))),
      c('useful as text', (b) => ({ ...b, useful: '5' }), invalid('useful')),
      c('interpreter as a word', (b) => ({ ...b, interpreter: 'none' }), invalid('interpreter')),
      c('interpreter left out (null means no interpreter)', (b) => without(b, 'interpreter'), invalid('interpreter')),
      c('nextStep 10', (b) => ({ ...b, nextStep: 10 }), invalid('nextStep')),
      c('language not one of the eight', (b) => ({ ...b, language: 'de' }), invalid('language')),
      c('comment over 1000 characters', (b) => ({ ...b, comment: 'x'.repeat(1001) }), invalid('comment')),
      c('100 kB comment', (b) => ({ ...b, comment: KB100 }), invalid('comment')),
      c('NUL character in the comment', (b) => ({ ...b, comment: 'a\u0000b' }), invalid('comment')),
      c('a participant id smuggled in', (b) => ({ ...b, participantId: RANDOM_ID }), invalid('participantId')),
      c('everything missing', () => ({}), invalid('language', 'useful', 'interpreter', 'nextStep')),
      c('the body is an array', (b) => [b], invalid('')),
      c('malformed JSON', () => raw('{"useful": 5,'), malformed),
      c('unknown link', (b) => b, notFound, { path: () => `/api/v1/p/${'A'.repeat(43)}/survey` }),
      c('not a link at all', (b) => b, notFound, { path: () => '/api/v1/p/abc/survey' }),
    ],
  },
  {
    endpoint: 'POST /survey/paper-answers', method: 'POST', who: 'counsellor',
    path: () => '/api/v1/survey/paper-answers',
    valid: () => ({ language: 'ti', period: surveyPeriod(), useful: 4, interpreter: 3, nextStep: 5, comment: '' }),
    state: () => countRows(surveyAnswers),
    cases: [
      c('period not a quarter', (b) => ({ ...b, period: '2026-Q5' }), invalid('period')),
      c('period written the other way', (b) => ({ ...b, period: 'Q4-2026' }), invalid('period')),
      c('period two quarters back', (b) => ({ ...b, period: previousPeriod(previousPeriod(surveyPeriod())) }), invalid('period')),
      c('useful 0', (b) => ({ ...b, useful: 0 }), invalid('useful')),
      c('interpreter 6', (b) => ({ ...b, interpreter: 6 }), invalid('interpreter')),
      c('language unknown', (b) => ({ ...b, language: 'xx' }), invalid('language')),
      c('100 kB comment', (b) => ({ ...b, comment: KB100 }), invalid('comment')),
      c('a centre named in the body', (b) => ({ ...b, careerCentreId: RANDOM_ID }), invalid('careerCentreId')),
      c('everything missing', () => ({}), invalid('language', 'period', 'useful', 'interpreter', 'nextStep')),
      c('the body is an array', (b) => [b], invalid('')),
      c('malformed JSON', () => raw('{"language": "ti",'), malformed),
    ],
  },
  {
    endpoint: 'PUT /quality-evaluations/current', method: 'PUT', who: 'centreLead',
    path: () => '/api/v1/quality-evaluations/current',
    valid: () => ({ areas: [{ area: 'ethics', score: 3, evidence: 'Rutine for taushetsplikt.', improvement: 'Fagdag om etikk.' }], version: null }),
    state: () => db().select().from(qualityEvaluations).orderBy(qualityEvaluations.id),
    cases: [
      c('an area the framework does not have', (b) => ({ ...b, areas: [{ ...b.areas[0], area: 'leadership' }] }), invalid('areas.0.area')),
      ...[0, 5, 2.5].map((v) => c(`score ${v}`, (b) => ({ ...b, areas: [{ ...b.areas[0], score: v }] }), invalid('areas.0.score'))),
      c('score as text', (b) => ({ ...b, areas: [{ ...b.areas[0], score: 'good' }] }), invalid('areas.0.score')),
      c('100 kB evidence', (b) => ({ ...b, areas: [{ ...b.areas[0], evidence: KB100 }] }), invalid('areas.0.evidence')),
      c('NUL character in the improvement', (b) => ({ ...b, areas: [{ ...b.areas[0], improvement: 'a\u0000b' }] }), invalid('areas.0.improvement')),
      c('no areas', (b) => ({ ...b, areas: [] }), invalid('areas')),
      c('five areas', (b) => ({ ...b, areas: Array.from({ length: 5 }, () => b.areas[0]) }), invalid('areas')),
      c('the same area twice', (b) => ({ ...b, areas: [b.areas[0], { ...b.areas[0], score: 1 }] }), invalid('areas')),
      c('unknown field in an area', (b) => ({ ...b, areas: [{ ...b.areas[0], note: 'x' }] }), invalid('areas.0.note')),
      c('a year in the body (only this year is written)', (b) => ({ ...b, year: 2020 }), invalid('year')),
      c('everything missing', () => ({}), invalid('areas', 'version')),
      c('the body is an array', (b) => [b], invalid('')),
      c('malformed JSON', () => raw('{"areas": ['), malformed),
      c('stale version (none exists yet)', (b) => ({ ...b, version: 3 }), stale),
    ],
  },
  // The counsellor's note (records made by arrangeNoteFixtures below). Karriere Vestland requires review; its lead
  // writes these notes and Vilde (veileder@vestland.demo) reviews them.
  {
    endpoint: 'POST /orders/{id}/note', method: 'POST', who: 'centreLead',
    path: () => `/api/v1/orders/${noteFixtures.orderId}/note`,
    valid: () => ({}),
    state: async () => [await countRows(guidanceNotes), await countRows(guidanceNoteRevisions)],
    cases: [
      c('unknown field', () => ({ content: {} }), invalid('content')),
      c('the body is an array', () => [], invalid('')),
      c('malformed JSON', () => raw('{'), malformed),
      ...NOT_UUIDS.map((id) => c(`id "${id}" is not a uuid`, (v) => v, invalid('id'), { path: () => `/api/v1/orders/${encodeURIComponent(id)}/note` })),
      c('unknown id', (v) => v, notFound, { path: () => `/api/v1/orders/${RANDOM_ID}/note` }),
      c("another organisation's order", (v) => v, notFound, { path: () => `/api/v1/orders/${noteFixtures.drammenOrderId}/note` }),
      c('an order not yet accepted', (v) => v, refused(409, 'note.order-not-open'), { path: (f) => `/api/v1/orders/${f.sentOnly.orderId}/note` }),
      c('an order that has a note', (v) => v, refused(409, 'note.exists'), { path: () => `/api/v1/orders/${noteFixtures.draftOrderId}/note` }),
      c('a municipality user', (v) => v, refused(403, 'forbidden'), { who: 'adviser' }),
    ],
  },
  {
    endpoint: 'PUT /notes/{id}/draft', method: 'PUT', who: 'centreLead',
    path: () => `/api/v1/notes/${noteFixtures.draftId}/draft`,
    valid: () => ({ version: noteFixtures.v.draft, content: noteContent }),
    state: () => noteState(),
    cases: [
      c('content missing', (v) => without(v, 'content'), invalid('content')),
      c('version is a string', (v) => ({ ...v, version: String(v.version) }), invalid('version')),
      c('a step with both an offer and a text', (v) => ({ ...v, content: { ...noteContent, planA: [{ ...step, offerId: 'norskprove' }] } }), invalid('content.planA.0.text')),
      c('a step with neither', (v) => ({ ...v, content: { ...noteContent, planA: [{ ...step, text: null }] } }), invalid('content.planA.0.text')),
      c('an offer not on the map', (v) => ({ ...v, content: { ...noteContent, planB: [{ ...step, offerId: 'finnes-ikke', text: null }] } }), invalid('content.planB.0.offerId')),
      c('a negative start month', (v) => ({ ...v, content: { ...noteContent, planA: [{ ...step, startMonth: -1 }] } }), invalid('content.planA.0.startMonth')),
      c('a fractional duration', (v) => ({ ...v, content: { ...noteContent, planA: [{ ...step, durationMonths: 2.5 }] } }), invalid('content.planA.0.durationMonths')),
      c('21 steps', (v) => ({ ...v, content: { ...noteContent, planA: Array.from({ length: 21 }, (_, i) => ({ ...step, id: `s${i}` })) } }), invalid('content.planA')),
      c('unknown recommendation', (v) => ({ ...v, content: { ...noteContent, recommendation: { ...noteContent.recommendation, kind: 'travel' } } }), invalid('content.recommendation.kind')),
      c('100 kB wishes', (v) => ({ ...v, content: { ...noteContent, wishes: KB100 } }), invalid('content.wishes')),
      c('NUL character in the wishes', (v) => ({ ...v, content: { ...noteContent, wishes: 'a\u0000b' } }), invalid('content.wishes')),
      c('unknown content field', (v) => ({ ...v, content: { ...noteContent, diagnosis: 'x' } }), invalid('content.diagnosis')),
      c('interpreter as text', (v) => ({ ...v, content: { ...noteContent, interpreterTookPart: 'ja' } }), invalid('content.interpreterTookPart')),
      c('malformed JSON', () => raw('{"version": 1, "content": {'), malformed),
      ...NOT_UUIDS.map((id) => c(`id "${id}" is not a uuid`, (v) => v, invalid('id'), { path: () => `/api/v1/notes/${encodeURIComponent(id)}/draft` })),
      c('unknown id', (v) => v, notFound, { path: () => `/api/v1/notes/${RANDOM_ID}/draft` }),
      c("another organisation's note", (v) => v, notFound, { path: () => `/api/v1/notes/${noteFixtures.drammenNoteId}/draft` }),
      c('a draft, for the municipality', (v) => v, notFound, { who: 'adviser' }),
      c('a sent note', (v) => v, refused(409, 'note.note-sent'), { path: () => `/api/v1/notes/${noteFixtures.sentId}/draft` }),
      c('a note in review', (v) => v, refused(409, 'note.note-not-draft'), { path: () => `/api/v1/notes/${noteFixtures.inReviewId}/draft` }),
      c('stale version', (v) => ({ ...v, version: noteFixtures.v.draft + 1 }), stale),
    ],
  },
  {
    endpoint: 'POST /notes/{id}/review-request', method: 'POST', who: 'centreLead',
    path: () => `/api/v1/notes/${noteFixtures.requestId}/review-request`,
    valid: () => ({ version: noteFixtures.v.request, reviewerId: noteFixtures.vildeId }),
    state: () => noteState(),
    cases: [
      c('reviewer is not a uuid', (v) => ({ ...v, reviewerId: 'vilde' }), invalid('reviewerId')),
      c('reviewer is the author', (v) => ({ ...v, reviewerId: noteFixtures.livId }), invalid('reviewerId')),
      c("reviewer is another centre's counsellor", (v) => ({ ...v, reviewerId: noteFixtures.beritId }), invalid('reviewerId')),
      c('reviewer does not exist', (v) => ({ ...v, reviewerId: RANDOM_ID }), invalid('reviewerId')),
      c('everything missing', () => ({}), invalid('version', 'reviewerId')),
      c('unknown field', (v) => ({ ...v, status: 'approved' }), invalid('status')),
      c('malformed JSON', () => raw('{"version":'), malformed),
      c('unknown id', (v) => v, notFound, { path: () => `/api/v1/notes/${RANDOM_ID}/review-request` }),
      c("another organisation's note", (v) => v, notFound, { path: () => `/api/v1/notes/${noteFixtures.drammenNoteId}/review-request` }),
      c('no plans and no recommendation', (v) => v, refused(400, 'note.incomplete', ['content.planA', 'content.planB', 'content.recommendation.kind', 'content.recommendation.justification']),
        { path: () => `/api/v1/notes/${noteFixtures.emptyId}/review-request` }),
      c('a sent note', (v) => v, refused(409, 'note.note-sent'), { path: () => `/api/v1/notes/${noteFixtures.sentId}/review-request` }),
      c('stale version', (v) => ({ ...v, version: noteFixtures.v.request + 1 }), stale),
    ],
  },
  {
    endpoint: 'POST /notes/{id}/reviews', method: 'POST', who: 'counsellor',
    path: () => `/api/v1/notes/${noteFixtures.inReviewId}/reviews`,
    valid: () => ({ version: noteFixtures.v.inReview, decision: 'approve', comment: '' }),
    state: async () => [await noteState(), await countRows(guidanceNoteReviews)],
    cases: [
      c('decision not a choice', (v) => ({ ...v, decision: 'reject' }), invalid('decision')),
      c('changes asked without a comment', (v) => ({ ...v, decision: 'request-changes', comment: '  ' }), invalid('comment')),
      c('a comment without text', (v) => ({ ...v, decision: 'comment', comment: '' }), invalid('comment')),
      c('100 kB comment', (v) => ({ ...v, comment: KB100 }), invalid('comment')),
      c('NUL in the comment', (v) => ({ ...v, comment: 'a\u0000b' }), invalid('comment')),
      c('everything missing', () => ({}), invalid('version', 'decision', 'comment')),
      c('malformed JSON', () => raw('{"decision":'), malformed),
      c('unknown id', (v) => v, notFound, { path: () => `/api/v1/notes/${RANDOM_ID}/reviews` }),
      c("another organisation's note", (v) => v, notFound, { path: () => `/api/v1/notes/${noteFixtures.drammenNoteId}/reviews` }),
      c('the author reviews their own note', (v) => v, refused(403, 'forbidden'), { who: 'centreLead' }),
      c('stale version', (v) => ({ ...v, version: noteFixtures.v.inReview + 1 }), stale),
    ],
  },
  {
    endpoint: 'POST /notes/{id}/reopen', method: 'POST', who: 'centreLead',
    path: () => `/api/v1/notes/${noteFixtures.reopenId}/reopen`,
    valid: () => ({ version: noteFixtures.v.reopen }),
    state: () => noteState(),
    cases: [
      c('version is a string', (v) => ({ ...v, version: 'new' }), invalid('version')),
      c('version 0', () => ({ version: 0 }), invalid('version')),
      c('everything missing', () => ({}), invalid('version')),
      c('malformed JSON', () => raw('{'), malformed),
      c('unknown id', (v) => v, notFound, { path: () => `/api/v1/notes/${RANDOM_ID}/reopen` }),
      c("another organisation's note", (v) => v, notFound, { path: () => `/api/v1/notes/${noteFixtures.drammenNoteId}/reopen` }),
      c('a draft', (v) => v, refused(409, 'note.note-not-in-review'), { path: () => `/api/v1/notes/${noteFixtures.draftId}/reopen` }),
      c('stale version', (v) => ({ ...v, version: noteFixtures.v.reopen + 1 }), stale),
    ],
  },
  {
    endpoint: 'POST /notes/{id}/send', method: 'POST', who: 'centreLead',
    path: () => `/api/v1/notes/${noteFixtures.readyId}/send`,
    valid: () => ({ version: noteFixtures.v.ready }),
    state: async () => [await noteState(), await countRows(integrationPlanTasks), await countRows(notifications)],
    cases: [
      c('version is a string', (v) => ({ ...v, version: '1' }), invalid('version')),
      c('unknown field', (v) => ({ ...v, sentNumber: 5 }), invalid('sentNumber')),
      c('malformed JSON', () => raw('{"version": 1'), malformed),
      ...NOT_UUIDS.map((id) => c(`id "${id}" is not a uuid`, (v) => v, invalid('id'), { path: () => `/api/v1/notes/${encodeURIComponent(id)}/send` })),
      c('unknown id', (v) => v, notFound, { path: () => `/api/v1/notes/${RANDOM_ID}/send` }),
      c("another organisation's note", (v) => v, notFound, { path: () => `/api/v1/notes/${noteFixtures.drammenNoteId}/send` }),
      c('no plans and no recommendation', (v) => v, refused(400, 'note.incomplete', ['content.planA', 'content.planB', 'content.recommendation.kind', 'content.recommendation.justification']), { path: () => `/api/v1/notes/${noteFixtures.emptyId}/send` }),
      c('not approved where review is required', (v) => v, refused(409, 'note.review-required'), { path: () => `/api/v1/notes/${noteFixtures.draftId}/send` }),
      c('already sent', (v) => v, refused(409, 'note.note-sent'), { path: () => `/api/v1/notes/${noteFixtures.sentId}/send` }),
      c('stale version', (v) => ({ ...v, version: noteFixtures.v.ready + 1 }), stale),
    ],
  },
  {
    endpoint: 'POST /notes/{id}/corrections', method: 'POST', who: 'centreLead',
    path: () => `/api/v1/notes/${noteFixtures.sentId}/corrections`,
    valid: () => ({ version: noteFixtures.v.sent, reason: 'Plan B var feil.', content: noteContent }),
    state: () => noteState(),
    cases: [
      c('reason blank', (v) => ({ ...v, reason: '   ' }), invalid('reason')),
      c('100 kB reason', (v) => ({ ...v, reason: KB100 }), invalid('reason')),
      c('content missing', (v) => without(v, 'content'), invalid('content')),
      c('no recommendation', (v) => ({ ...v, content: { ...noteContent, recommendation: { kind: null, justification: '', reachWithinProgramme: '' } } }),
        refused(400, 'note.incomplete', ['content.recommendation.kind', 'content.recommendation.justification'])),
      c('no Plan B', (v) => ({ ...v, content: { ...noteContent, planB: [] } }), refused(400, 'note.incomplete', ['content.planB'])),
      c('an offer not on the map', (v) => ({ ...v, content: { ...noteContent, planA: [{ ...step, offerId: 'finnes-ikke', text: null }] } }), invalid('content.planA.0.offerId')),
      c('malformed JSON', () => raw('{"reason": "x"'), malformed),
      c('unknown id', (v) => v, notFound, { path: () => `/api/v1/notes/${RANDOM_ID}/corrections` }),
      c("another organisation's note", (v) => v, notFound, { path: () => `/api/v1/notes/${noteFixtures.drammenNoteId}/corrections` }),
      c('a draft', (v) => v, refused(409, 'note.note-not-sent'), { path: () => `/api/v1/notes/${noteFixtures.draftId}/corrections` }),
      c('the municipality', (v) => v, refused(403, 'forbidden'), { who: 'adviser' }),
      c('stale version', (v) => ({ ...v, version: noteFixtures.v.sent + 1 }), stale),
    ],
  },
  {
    endpoint: 'PUT /notes/{id}/feedback', method: 'PUT', who: 'adviser',
    path: () => `/api/v1/notes/${noteFixtures.sentId}/feedback`,
    valid: () => ({ recommendationUse: 'followed', reason: '', integrationPlanChanged: true, endGoal: 'work', endGoalText: '' }),
    state: async () => [
      await db().select().from(guidanceNoteFeedback).orderBy(guidanceNoteFeedback.noteId),
      await db().select({ id: integrationPlanTasks.id, status: integrationPlanTasks.status, v: integrationPlanTasks.version }).from(integrationPlanTasks).orderBy(integrationPlanTasks.id),
    ],
    cases: [
      c('use not a choice', (v) => ({ ...v, recommendationUse: 'ignored' }), invalid('recommendationUse')),
      c('partly followed without a reason', (v) => ({ ...v, recommendationUse: 'partly' }), invalid('reason')),
      c('not followed without a reason', (v) => ({ ...v, recommendationUse: 'not-followed', reason: ' ' }), invalid('reason')),
      c('end goal "other" without a text', (v) => ({ ...v, endGoal: 'other' }), invalid('endGoalText')),
      c('end goal not a choice', (v) => ({ ...v, endGoal: 'pension' }), invalid('endGoal')),
      c('plan changed as text', (v) => ({ ...v, integrationPlanChanged: 'yes' }), invalid('integrationPlanChanged')),
      c('version is a string', (v) => ({ ...v, version: '1' }), invalid('version')),
      c('100 kB reason', (v) => ({ ...v, reason: KB100 }), invalid('reason')),
      c('NUL in the reason', (v) => ({ ...v, reason: 'a\u0000b' }), invalid('reason')),
      c('everything missing', () => ({}), invalid('recommendationUse', 'reason', 'integrationPlanChanged', 'endGoal', 'endGoalText')),
      c('unknown field', (v) => ({ ...v, givenBy: RANDOM_ID }), invalid('givenBy')),
      c('malformed JSON', () => raw('{"endGoal":'), malformed),
      ...NOT_UUIDS.map((id) => c(`id "${id}" is not a uuid`, (v) => v, invalid('id'), { path: () => `/api/v1/notes/${encodeURIComponent(id)}/feedback` })),
      c('unknown id', (v) => v, notFound, { path: () => `/api/v1/notes/${RANDOM_ID}/feedback` }),
      c("another organisation's note", (v) => v, notFound, { path: () => `/api/v1/notes/${noteFixtures.drammenNoteId}/feedback` }),
      c('a draft the municipality cannot see', (v) => v, notFound, { path: () => `/api/v1/notes/${noteFixtures.draftId}/feedback` }),
      c('the centre', (v) => v, refused(403, 'forbidden'), { who: 'centreLead' }),
    ],
  },
  {
    endpoint: 'PUT /notes/{id}/participant-copy-request', method: 'PUT', who: 'adviser',
    path: () => `/api/v1/notes/${noteFixtures.sentId}/participant-copy-request`,
    valid: () => ({ version: noteFixtures.v.sent, requested: true }),
    state: () => noteState(),
    cases: [
      c('requested as text', (v) => ({ ...v, requested: 'ja' }), invalid('requested')),
      c('requested missing', (v) => without(v, 'requested'), invalid('requested')),
      c('version missing', (v) => without(v, 'version'), invalid('version')),
      c('version 0', (v) => ({ ...v, version: 0 }), invalid('version')),
      c('everything missing', () => ({}), invalid('version', 'requested')),
      c('unknown field', (v) => ({ ...v, requestedBy: RANDOM_ID }), invalid('requestedBy')),
      c('malformed JSON', () => raw('{"requested":'), malformed),
      ...NOT_UUIDS.map((id) => c(`id "${id}" is not a uuid`, (v) => v, invalid('id'), { path: () => `/api/v1/notes/${encodeURIComponent(id)}/participant-copy-request` })),
      c('unknown id', (v) => v, notFound, { path: () => `/api/v1/notes/${RANDOM_ID}/participant-copy-request` }),
      c("another organisation's note", (v) => v, notFound, { path: () => `/api/v1/notes/${noteFixtures.drammenNoteId}/participant-copy-request` }),
      c('a draft the municipality cannot see', (v) => v, notFound, { path: () => `/api/v1/notes/${noteFixtures.draftId}/participant-copy-request` }),
      c('the centre lead', (v) => v, refused(403, 'forbidden'), { who: 'centreLead' }),
      c('stale version', (v) => ({ ...v, version: noteFixtures.v.sent + 1 }), stale),
    ],
  },
  {
    endpoint: 'POST /notifications/{id}/read', method: 'POST', who: 'adviser',
    path: () => `/api/v1/notifications/${noteFixtures.notificationId}/read`,
    valid: () => ({}),
    state: async () => db().select({ id: notifications.id, readAt: notifications.readAt }).from(notifications).orderBy(notifications.id),
    cases: [
      ...NOT_UUIDS.map((id) => c(`id "${id}" is not a uuid`, (v) => v, invalid('id'), { path: () => `/api/v1/notifications/${encodeURIComponent(id)}/read` })),
      c('unknown id', (v) => v, notFound, { path: () => `/api/v1/notifications/${RANDOM_ID}/read` }),
      c("someone else's notification", (v) => v, notFound, { path: () => `/api/v1/notifications/${noteFixtures.otherNotificationId}/read` }),
    ],
  },
  {
    endpoint: 'POST /wordings', method: 'POST', who: 'centreLead',
    path: () => '/api/v1/wordings',
    valid: () => ({ kind: 'recommendation', title: 'Ny anbefaling', body: 'Det anbefales …', lawReference: 'integreringsloven § 11 fjerde ledd' }),
    state: async () => countRows(noteWordings),
    cases: [
      c('kind not a choice', (v) => ({ ...v, kind: 'template' }), invalid('kind')),
      c('title empty', (v) => ({ ...v, title: '  ' }), invalid('title')),
      c('body missing', (v) => without(v, 'body'), invalid('body')),
      c('100 kB body', (v) => ({ ...v, body: KB100 }), invalid('body')),
      c('NUL in the title', (v) => ({ ...v, title: 'a\u0000b' }), invalid('title')),
      c('title is a number', (v) => ({ ...v, title: 7 }), invalid('title')),
      c('unknown field', (v) => ({ ...v, careerCentreId: RANDOM_ID }), invalid('careerCentreId')),
      c('the body is an array', (v) => [v], invalid('')),
      c('malformed JSON', () => raw('{"kind":'), malformed),
      c('a municipality user', (v) => v, refused(403, 'forbidden'), { who: 'adviser' }),
    ],
  },
  {
    endpoint: 'PATCH /wordings/{id}', method: 'PATCH', who: 'centreLead',
    path: () => `/api/v1/wordings/${noteFixtures.wordingId}`,
    valid: () => ({ version: noteFixtures.v.wording, title: 'Endret tittel' }),
    state: async () => db().select().from(noteWordings).orderBy(noteWordings.id),
    cases: [
      c('title empty', (v) => ({ ...v, title: '' }), invalid('title')),
      c('archived as text', (v) => ({ ...v, archived: 'ja' }), invalid('archived')),
      c('version missing', (v) => without(v, 'version'), invalid('version')),
      c('100 kB law reference', (v) => ({ ...v, lawReference: KB100 }), invalid('lawReference')),
      c('unknown field', (v) => ({ ...v, careerCentreId: RANDOM_ID }), invalid('careerCentreId')),
      c('malformed JSON', () => raw('{"title":'), malformed),
      ...NOT_UUIDS.map((id) => c(`id "${id}" is not a uuid`, (v) => v, invalid('id'), { path: () => `/api/v1/wordings/${encodeURIComponent(id)}` })),
      c('unknown id', (v) => v, notFound, { path: () => `/api/v1/wordings/${RANDOM_ID}` }),
      c("another centre's wording", (v) => v, notFound, { path: () => `/api/v1/wordings/${noteFixtures.drammenWordingId}` }),
      c('stale version', (v) => ({ ...v, version: noteFixtures.v.wording + 1 }), stale),
    ],
  },
  {
    endpoint: 'PUT /note-settings', method: 'PUT', who: 'centreLead',
    path: () => '/api/v1/note-settings',
    valid: () => ({ version: noteFixtures.v.settings, participantCopy: 'on-request', reviewRequired: true }),
    state: async () => db().select().from(noteSettings).orderBy(noteSettings.organisationId),
    cases: [
      c('copy policy not a choice', (v) => ({ ...v, participantCopy: 'sometimes' }), invalid('participantCopy')),
      c('review as text', (v) => ({ ...v, reviewRequired: 'yes' }), invalid('reviewRequired')),
      c("the municipality's field", (v) => ({ ...v, unreadAfterDays: 7 }), invalid('unreadAfterDays')),
      c('unread days 0', (v) => ({ ...v, unreadAfterDays: 0 }), invalid('unreadAfterDays')),
      c('version missing', (v) => without(v, 'version'), invalid('version')),
      c('unknown field', (v) => ({ ...v, organisationId: RANDOM_ID }), invalid('organisationId')),
      c('malformed JSON', () => raw('{"version":'), malformed),
      c('an adviser', (v) => v, refused(403, 'forbidden'), { who: 'adviser' }),
      c('stale version', (v) => ({ ...v, version: noteFixtures.v.settings + 1 }), stale),
    ],
  },
  // County gatherings (issue 14; records made by arrangeGatheringFixtures below): Karriere Vestland's lead plans,
  // Bergen's adviser registers and answers. `open` is ahead (registration open), `held` is today (survey, letter).
  {
    endpoint: 'POST /gatherings', method: 'POST', who: 'centreLead',
    path: () => '/api/v1/gatherings',
    valid: (f) => gatheringPlan(f),
    state: () => gatheringState(),
    cases: [
      c('everything missing', () => ({}), invalid('title', 'startsOn', 'endsOn', 'registrationClosesOn', 'capacityPerMunicipality', 'programme', 'municipalities')),
      c('the body is an array', (v) => [v], invalid('')),
      c('title only spaces', (v) => ({ ...v, title: '   ' }), invalid('title')),
      c('title of 201 characters', (v) => ({ ...v, title: 'x'.repeat(201) }), invalid('title')),
      c('100 kB place', (v) => ({ ...v, place: KB100 }), invalid('place')),
      c('NUL character in the title', (v) => ({ ...v, title: 'a\u0000b' }), invalid('title')),
      ...impossibleDates.slice(0, 4).map((d) => c(`startsOn ${d}`, (v) => ({ ...v, startsOn: d }), invalid('startsOn'))),
      c('ends before it starts', (v) => ({ ...v, endsOn: addDays(today, 29) }), invalid('endsOn')),
      c('lasts six days', (v) => ({ ...v, endsOn: addDays(today, 35) }), invalid('endsOn')),
      c('starts in the past', (v) => ({ ...v, startsOn: addDays(today, -3), endsOn: addDays(today, -2), registrationClosesOn: addDays(today, -4) }), invalid('startsOn')),
      c('registration closes after the start', (v) => ({ ...v, registrationClosesOn: addDays(today, 31) }), invalid('registrationClosesOn')),
      c('neither place nor link', (v) => ({ ...v, place: null, meetingUrl: null }), invalid('place')),
      c('a link that is not https', (v) => ({ ...v, meetingUrl: 'http://teams.example/samling' }), invalid('meetingUrl')),
      c('cap 0', (v) => ({ ...v, capacityPerMunicipality: 0 }), invalid('capacityPerMunicipality')),
      c('cap 201', (v) => ({ ...v, capacityPerMunicipality: 201 }), invalid('capacityPerMunicipality')),
      c('cap as text', (v) => ({ ...v, capacityPerMunicipality: '10' }), invalid('capacityPerMunicipality')),
      c('an unknown kind of programme item', (v) => ({ ...v, programme: [{ ...gatheringItem, kind: 'lecture' }] }), invalid('programme.0.kind')),
      c('a programme item on day 3 of two', (v) => ({ ...v, programme: [{ ...gatheringItem, day: 3 }] }), invalid('programme.0.day')),
      c('two programme items with one id', (v) => ({ ...v, programme: [gatheringItem, gatheringItem] }), invalid('programme.1.id')),
      c('a speaker without a name', (v) => ({ ...v, programme: [{ ...gatheringItem, speakers: [{ name: ' ', affiliation: 'nav', userParticipation: false }] }] }), invalid('programme.0.speakers.0.name')),
      c('user participation as text', (v) => ({ ...v, programme: [{ ...gatheringItem, speakers: [{ name: 'A', affiliation: 'nav', userParticipation: 'ja' }] }] }), invalid('programme.0.speakers.0.userParticipation')),
      c('41 programme items', (v) => ({ ...v, programme: Array.from({ length: 41 }, (_, i) => ({ ...gatheringItem, id: `p${i}` })) }), invalid('programme')),
      c('a municipality of another centre', (v, f) => ({ ...v, municipalities: [{ municipalityId: f.org['Drammen kommune'], planningGroup: false }] }), invalid('municipalities.0.municipalityId')),
      c('a municipality twice', (v, f) => ({ ...v, municipalities: [{ municipalityId: f.org['Bergen kommune'], planningGroup: false }, { municipalityId: f.org['Bergen kommune'], planningGroup: true }] }), invalid('municipalities.1.municipalityId')),
      c('a municipality id that is not a uuid', (v) => ({ ...v, municipalities: [{ municipalityId: 'bergen', planningGroup: false }] }), invalid('municipalities.0.municipalityId')),
      c('unknown field', (v, f) => ({ ...v, careerCentreId: f.org['Karriere Buskerud'] }), invalid('careerCentreId')),
      c('malformed JSON', () => raw('{"title": "Samling",'), malformed),
      c('a municipality user', (v) => v, refused(403, 'forbidden'), { who: 'adviser' }),
      c('a counsellor', (v) => v, refused(403, 'forbidden'), { who: 'counsellor' }),
    ],
  },
  {
    endpoint: 'PATCH /gatherings/{id}', method: 'PATCH', who: 'centreLead',
    path: () => `/api/v1/gatherings/${gatheringFixtures.openId}`,
    valid: () => ({ title: 'Ny tittel', capacityPerMunicipality: 3, version: gatheringFixtures.v.open }),
    state: () => gatheringState(),
    cases: [
      c('version missing', (v) => without(v, 'version'), invalid('version')),
      c('stale version', (v) => ({ ...v, version: gatheringFixtures.v.open + 1 }), stale),
      c('title of 100 kB', (v) => ({ ...v, title: KB100 }), invalid('title')),
      c('registration closes after the start', (v) => ({ ...v, registrationClosesOn: addDays(today, 40) }), invalid('registrationClosesOn')),
      c('removes the place and has no link', (v) => ({ ...v, place: null }), invalid('place')),
      c('removes a municipality with registrations', (v, f) => ({ ...v, municipalities: [{ municipalityId: f.org['Voss herad'], planningGroup: false }] }), invalid('municipalities')),
      c('unknown field', (v) => ({ ...v, letter: 'x' }), invalid('letter')),
      c('malformed JSON', () => raw('{"version":'), malformed),
      ...NOT_UUIDS.map((id) => c(`id "${id}" is not a uuid`, (v) => v, invalid('id'), { path: () => `/api/v1/gatherings/${encodeURIComponent(id)}` })),
      c('unknown id', (v) => v, notFound, { path: () => `/api/v1/gatherings/${RANDOM_ID}` }),
      c("another centre's gathering", (v) => v, notFound, { path: () => `/api/v1/gatherings/${gatheringFixtures.drammenId}` }),
      c('an invited municipality', (v) => v, refused(403, 'forbidden'), { who: 'adviser' }),
    ],
  },
  {
    endpoint: 'POST /gatherings/{id}/notices', method: 'POST', who: 'centreLead',
    path: () => `/api/v1/gatherings/${gatheringFixtures.openId}/notices`,
    valid: () => ({ kind: 'reminder' }),
    state: () => gatheringState(),
    cases: [
      c('kind missing', () => ({}), invalid('kind')),
      c('kind not a choice', () => ({ kind: 'spam' }), invalid('kind')),
      c('unknown field', (v) => ({ ...v, userIds: [RANDOM_ID] }), invalid('userIds')),
      c('the survey before the last day', () => ({ kind: 'survey' }), refused(409, 'gathering.survey-not-open')),
      c('invitations when everyone is invited', () => ({ kind: 'invitation' }), refused(409, 'gathering.nothing-to-send')),
      c('malformed JSON', () => raw('{"kind":'), malformed),
      c("another centre's gathering", (v) => v, notFound, { path: () => `/api/v1/gatherings/${gatheringFixtures.drammenId}/notices` }),
      c('a municipality user', (v) => v, refused(403, 'forbidden'), { who: 'adviser' }),
    ],
  },
  {
    endpoint: 'POST /gatherings/{id}/registrations', method: 'POST', who: 'adviser',
    path: () => `/api/v1/gatherings/${gatheringFixtures.openId}/registrations`,
    valid: (f) => ({ userId: f.user['leder@bergen.demo'] }),
    state: () => gatheringState(),
    cases: [
      c('userId missing', () => ({}), invalid('userId')),
      c('userId not a uuid', () => ({ userId: 'lars' }), invalid('userId')),
      c('a person unknown', () => ({ userId: RANDOM_ID }), invalid('userId')),
      c("another municipality's staff", (_, f) => ({ userId: f.user['radgiver@voss.demo'] }), invalid('userId')),
      c('a counsellor at the centre', (_, f) => ({ userId: f.user['veileder@vestland.demo'] }), invalid('userId')),
      c('someone already registered', (_, f) => ({ userId: f.user['radgiver@bergen.demo'] }), refused(409, 'gathering.already-registered')),
      c('after registration closed', (v) => v, refused(409, 'gathering.registration-closed'), { path: () => `/api/v1/gatherings/${gatheringFixtures.closedId}/registrations` }),
      c('unknown field', (v) => ({ ...v, status: 'registered' }), invalid('status')),
      c('malformed JSON', () => raw('{"userId":'), malformed),
      c('unknown id', (v) => v, notFound, { path: () => `/api/v1/gatherings/${RANDOM_ID}/registrations` }),
      c('a gathering the municipality is not invited to', (v) => v, notFound, { path: () => `/api/v1/gatherings/${gatheringFixtures.drammenId}/registrations` }),
      c('the centre lead', (v) => v, refused(403, 'forbidden'), { who: 'centreLead' }),
    ],
  },
  {
    endpoint: 'POST /gathering-registrations/{id}/cancel', method: 'POST', who: 'adviser',
    path: () => `/api/v1/gathering-registrations/${gatheringFixtures.registrationId}/cancel`,
    valid: () => ({ version: gatheringFixtures.v.registration }),
    state: () => gatheringState(),
    cases: [
      c('version missing', () => ({}), invalid('version')),
      c('version as text', (v) => ({ version: String(v.version) }), invalid('version')),
      c('stale version', (v) => ({ version: v.version + 1 }), stale),
      c('after the gathering started', () => ({ version: 1 }), refused(409, 'gathering.started'), { path: () => `/api/v1/gathering-registrations/${gatheringFixtures.heldRegistrationId}/cancel` }),
      c('unknown field', (v) => ({ ...v, reason: 'syk' }), invalid('reason')),
      c('malformed JSON', () => raw('{"version":'), malformed),
      ...NOT_UUIDS.slice(0, 2).map((id) => c(`id "${id}" is not a uuid`, (v) => v, invalid('id'), { path: () => `/api/v1/gathering-registrations/${encodeURIComponent(id)}/cancel` })),
      c('unknown id', (v) => v, notFound, { path: () => `/api/v1/gathering-registrations/${RANDOM_ID}/cancel` }),
      c("another centre's registration", (v) => v, notFound, { path: () => `/api/v1/gathering-registrations/${gatheringFixtures.drammenRegistrationId}/cancel` }),
      c('a counsellor', (v) => v, refused(403, 'forbidden'), { who: 'counsellor' }),
    ],
  },
  {
    endpoint: 'POST /gatherings/{id}/survey', method: 'POST', who: 'adviser',
    path: () => `/api/v1/gatherings/${gatheringFixtures.heldId}/survey`,
    valid: () => ({ usefulness: 5, strengthenedCooperation: 4, helpfulItemIds: ['innlegg'], improve: 'Mer tid', followUp: '' }),
    state: () => gatheringState(),
    cases: [
      c('everything missing', () => ({}), invalid('usefulness', 'strengthenedCooperation', 'helpfulItemIds', 'improve', 'followUp')),
      c('usefulness 0', (v) => ({ ...v, usefulness: 0 }), invalid('usefulness')),
      c('usefulness 6', (v) => ({ ...v, usefulness: 6 }), invalid('usefulness')),
      c('usefulness 2.5', (v) => ({ ...v, usefulness: 2.5 }), invalid('usefulness')),
      c('cooperation as text', (v) => ({ ...v, strengthenedCooperation: 'helt enig' }), invalid('strengthenedCooperation')),
      c('a programme item that does not exist', (v) => ({ ...v, helpfulItemIds: ['innlegg', 'finnes-ikke'] }), invalid('helpfulItemIds.1')),
      c('free text of 2001 characters', (v) => ({ ...v, improve: 'x'.repeat(2001) }), invalid('improve')),
      c('100 kB follow-up text', (v) => ({ ...v, followUp: KB100 }), invalid('followUp')),
      c('NUL character in the text', (v) => ({ ...v, improve: 'a\u0000b' }), invalid('improve')),
      c('a name field', (v) => ({ ...v, name: 'Ragnhild' }), invalid('name')),
      c('malformed JSON', () => raw('{"usefulness": 5,'), malformed),
      c('before the last day', (v) => v, refused(409, 'gathering.survey-not-open'), { path: () => `/api/v1/gatherings/${gatheringFixtures.closedId}/survey` }),
      c('someone not registered', (v) => v, refused(403, 'forbidden'), { who: 'counsellor' }),
      c('a gathering the municipality is not invited to', (v) => v, notFound, { path: () => `/api/v1/gatherings/${gatheringFixtures.drammenId}/survey` }),
    ],
  },
  {
    endpoint: 'POST /gatherings/{id}/follow-ups', method: 'POST', who: 'centreLead',
    path: () => `/api/v1/gatherings/${gatheringFixtures.openId}/follow-ups`,
    valid: (f) => ({ text: 'Oppdatere rutinen', source: 'question', ownerId: f.user['veileder@vestland.demo'], dueOn: addDays(today, 30) }),
    state: () => gatheringState(),
    cases: [
      c('everything missing', () => ({}), invalid('text', 'source', 'ownerId', 'dueOn')),
      c('text of 1001 characters', (v) => ({ ...v, text: 'x'.repeat(1001) }), invalid('text')),
      c('text only spaces', (v) => ({ ...v, text: '  ' }), invalid('text')),
      c('source not a choice', (v) => ({ ...v, source: 'rumour' }), invalid('source')),
      ...impossibleDates.slice(0, 3).map((d) => c(`dueOn ${d}`, (v) => ({ ...v, dueOn: d }), invalid('dueOn'))),
      c('an owner at another centre', (v, f) => ({ ...v, ownerId: f.user['veileder@buskerud.demo'] }), invalid('ownerId')),
      c('an owner neither at the centre nor registered', (v, f) => ({ ...v, ownerId: f.user['admin@veivalg.demo'] }), invalid('ownerId')),
      c('unknown field', (v) => ({ ...v, status: 'done' }), invalid('status')),
      c('malformed JSON', () => raw('{"text":'), malformed),
      c("another centre's gathering", (v) => v, notFound, { path: () => `/api/v1/gatherings/${gatheringFixtures.drammenId}/follow-ups` }),
      c('a municipality user', (v) => v, refused(403, 'forbidden'), { who: 'adviser' }),
    ],
  },
  {
    endpoint: 'PATCH /gathering-follow-ups/{id}', method: 'PATCH', who: 'centreLead',
    path: () => `/api/v1/gathering-follow-ups/${gatheringFixtures.followUpId}`,
    valid: () => ({ status: 'done', version: gatheringFixtures.v.followUp }),
    state: () => gatheringState(),
    cases: [
      c('version missing', (v) => without(v, 'version'), invalid('version')),
      c('stale version', (v) => ({ ...v, version: v.version + 1 }), stale),
      c('status not a choice', (v) => ({ ...v, status: 'half' }), invalid('status')),
      c('an owner at another centre', (v, f) => ({ ...v, ownerId: f.user['veileder@buskerud.demo'] }), invalid('ownerId')),
      c('100 kB text', (v) => ({ ...v, text: KB100 }), invalid('text')),
      c('unknown field', (v) => ({ ...v, gatheringId: RANDOM_ID }), invalid('gatheringId')),
      c('malformed JSON', () => raw('{"status":'), malformed),
      c('unknown id', (v) => v, notFound, { path: () => `/api/v1/gathering-follow-ups/${RANDOM_ID}` }),
      c("another centre's point", (v) => v, notFound, { path: () => `/api/v1/gathering-follow-ups/${gatheringFixtures.drammenFollowUpId}` }),
      c('a municipality user', (v) => v, notFound, { who: 'adviser' }),
      c('a counsellor', (v) => v, refused(403, 'forbidden'), { who: 'counsellor' }),
    ],
  },
  {
    endpoint: 'POST /gatherings/{id}/letter', method: 'POST', who: 'centreLead',
    path: () => `/api/v1/gatherings/${gatheringFixtures.heldId}/letter`,
    valid: () => ({ text: 'Takk for sist. Dette følger vi opp.', version: gatheringFixtures.v.held }),
    state: () => gatheringState(),
    cases: [
      c('text missing', (v) => without(v, 'text'), invalid('text')),
      c('text only spaces', (v) => ({ ...v, text: '   ' }), invalid('text')),
      c('text of 20001 characters', (v) => ({ ...v, text: 'x'.repeat(20001) }), invalid('text')),
      c('stale version', (v) => ({ ...v, version: v.version + 1 }), stale),
      c('before the gathering', (v) => ({ ...v, version: gatheringFixtures.v.open }), refused(409, 'gathering.not-held'), { path: () => `/api/v1/gatherings/${gatheringFixtures.openId}/letter` }),
      c('unknown field', (v) => ({ ...v, to: ['a@b.no'] }), invalid('to')),
      c('malformed JSON', () => raw('{"text":'), malformed),
      c("another centre's gathering", (v) => v, notFound, { path: () => `/api/v1/gatherings/${gatheringFixtures.drammenId}/letter` }),
      c('a municipality user', (v) => v, refused(403, 'forbidden'), { who: 'adviser' }),
    ],
  },

  // Shared agreements and routines (issue 13): limits, no national id in the text, ids from elsewhere 404, stale 409.
  {
    endpoint: 'POST /cooperation/documents', method: 'POST', who: 'centreLead',
    path: () => '/api/v1/cooperation/documents',
    valid: (f) => ({
      kind: 'information-exchange-routine', title: 'Rutine for informasjonsutveksling', ownerUserId: f.user['veileder@vestland.demo'],
      municipalityIds: [f.org['Bergen kommune']], nextReviewOn: addDays(today, 90), body: 'Slik deler vi opplysninger.', changeNote: 'Første versjon',
    }),
    state: documentState,
    cases: [
      c('title is a number', (v) => ({ ...v, title: 42 }), invalid('title')),
      c('everything missing', () => ({}), invalid('kind', 'title', 'ownerUserId', 'municipalityIds', 'body')),
      c('kind not one of the choices', (v) => ({ ...v, kind: 'contract' }), invalid('kind')),
      c('title only spaces', (v) => ({ ...v, title: '   ' }), invalid('title')),
      c('title one character over the limit', (v) => ({ ...v, title: 'x'.repeat(201) }), invalid('title')),
      c('100 kB body', (v) => ({ ...v, body: KB100 }), invalid('body')),
      c('100 kB change note', (v) => ({ ...v, changeNote: KB100 }), invalid('changeNote')),
      c('a fødselsnummer in the body', (v) => ({ ...v, body: 'Gjelder 15039010043.' }), invalid('body')),
      c('a D-nummer in the title, written 6 + 5', (v) => ({ ...v, title: 'Rutine 550390 10037' }), invalid('title')),
      c('a fødselsnummer in the change note', (v) => ({ ...v, changeNote: 'Rettet for 15039010043' }), invalid('changeNote')),
      c('no parties', (v) => ({ ...v, municipalityIds: [] }), invalid('municipalityIds')),
      c('a party that is not an id', (v) => ({ ...v, municipalityIds: ['Bergen'] }), invalid('municipalityIds.0')),
      ...impossibleDates.map((d) => c(`nextReviewOn ${d}`, (v) => ({ ...v, nextReviewOn: d }), invalid('nextReviewOn'))),
      c('review date yesterday', (v) => ({ ...v, nextReviewOn: addDays(today, -1) }), invalid('nextReviewOn')),
      c('owner is a programme adviser', (v, f) => ({ ...v, ownerUserId: f.user['radgiver@bergen.demo'] }), invalid('ownerUserId')),
      c("owner from another centre", (v, f) => ({ ...v, ownerUserId: f.user['veileder@buskerud.demo'] }), invalid('ownerUserId')),
      c('unknown field', (v) => ({ ...v, careerCentreId: RANDOM_ID }), invalid('careerCentreId')),
      c('malformed JSON', () => raw('{"title":'), malformed),
      c("another centre's municipality as a party", (v, f) => ({ ...v, municipalityIds: [f.org['Drammen kommune']] }), notFound),
      c('a template that does not exist', (v) => ({ ...v, fromTemplateId: RANDOM_ID }), notFound),
      c('a document that is not published as a template', (v) => ({ ...v, fromTemplateId: documentFixtures.drammenId }), notFound),
      c('a counsellor', (v) => v, refused(403, 'forbidden'), { who: 'counsellor' }),
    ],
  },
  {
    endpoint: 'PATCH /cooperation/documents/{id}', method: 'PATCH', who: 'centreLead',
    path: () => `/api/v1/cooperation/documents/${documentFixtures.id}`,
    valid: () => ({ title: 'Samarbeidsavtale (revidert)', nextReviewOn: addDays(today, 120), version: documentFixtures.version }),
    state: documentState,
    cases: [
      c('version missing', (v) => without(v, 'version'), invalid('version')),
      c('title empty', (v) => ({ ...v, title: '' }), invalid('title')),
      c('a fødselsnummer in the title', (v) => ({ ...v, title: 'Avtale 15039010043' }), invalid('title')),
      c('publishedAsTemplate as text', (v) => ({ ...v, publishedAsTemplate: 'yes' }), invalid('publishedAsTemplate')),
      c('owner from another centre', (v, f) => ({ ...v, ownerUserId: f.user['veileder@buskerud.demo'] }), invalid('ownerUserId')),
      c('unknown field', (v) => ({ ...v, body: 'Ny tekst' }), invalid('body')),
      c('malformed id', (v) => v, invalid('id'), { path: () => '/api/v1/cooperation/documents/abc' }),
      c('unknown id', (v) => v, notFound, { path: () => `/api/v1/cooperation/documents/${RANDOM_ID}` }),
      c("another centre's document", (v) => v, notFound, { path: () => `/api/v1/cooperation/documents/${documentFixtures.drammenId}` }),
      c('an older version', (v) => ({ ...v, version: documentFixtures.version - 1 }), stale),
    ],
  },
  {
    endpoint: 'POST /cooperation/documents/{id}/versions', method: 'POST', who: 'centreLead',
    path: () => `/api/v1/cooperation/documents/${documentFixtures.id}/versions`,
    valid: () => ({ body: 'Ny tekst for avtalen.', changeNote: 'Oppdatert etter samlingen.', version: documentFixtures.version }),
    state: documentState,
    cases: [
      c('change note missing', (v) => without(v, 'changeNote'), invalid('changeNote')),
      c('change note only spaces', (v) => ({ ...v, changeNote: '  ' }), invalid('changeNote')),
      c('body missing', (v) => without(v, 'body'), invalid('body')),
      c('100 kB body', (v) => ({ ...v, body: KB100 }), invalid('body')),
      c('a fødselsnummer in the body', (v) => ({ ...v, body: 'Deltaker 15039010043' }), invalid('body')),
      ...impossibleDates.map((d) => c(`effectiveFrom ${d}`, (v) => ({ ...v, effectiveFrom: d }), invalid('effectiveFrom'))),
      c('version as text', (v) => ({ ...v, version: '2' }), invalid('version')),
      c("another centre's document", (v) => v, notFound, { path: () => `/api/v1/cooperation/documents/${documentFixtures.drammenId}/versions` }),
      c('a party municipality', (v) => v, refused(403, 'forbidden'), { who: 'adviser' }),
      c('an older version', (v) => ({ ...v, version: documentFixtures.version - 1 }), stale),
    ],
  },
  {
    endpoint: 'POST /cooperation/documents/{id}/remove', method: 'POST', who: 'centreLead',
    path: () => `/api/v1/cooperation/documents/${documentFixtures.id}/remove`,
    valid: () => ({ version: documentFixtures.version }),
    state: documentState,
    cases: [
      c('version missing', () => ({}), invalid('version')),
      c('version 0', () => ({ version: 0 }), invalid('version')),
      c('unknown id', (v) => v, notFound, { path: () => `/api/v1/cooperation/documents/${RANDOM_ID}/remove` }),
      c("another centre's document", (v) => v, notFound, { path: () => `/api/v1/cooperation/documents/${documentFixtures.drammenId}/remove` }),
      c('a counsellor who is not the lead', (v) => v, refused(403, 'forbidden'), { who: 'counsellor' }),
      c('an older version', () => ({ version: documentFixtures.version - 1 }), stale),
    ],
  },
  // Talks before and after a conversation and the NAV hand-over (issue 13, items 4 and 5; records made by arrangeTalkFixtures).
  {
    endpoint: 'POST /orders/{id}/talks', method: 'POST', who: 'adviser',
    path: () => `/api/v1/orders/${talkFixtures.orderId}/talks`,
    valid: () => ({ kind: 'pre-talk', heldOn: today, forCounsellor: 'Ønsker helsefag.', nextSteps: 'Tolk bestilles.' }),
    state: async () => db().select().from(orderTalks).orderBy(orderTalks.id),
    cases: [
      c('kind not one of the choices', (v) => ({ ...v, kind: 'lunch' }), invalid('kind')),
      c('kind missing', (v) => without(v, 'kind'), invalid('kind')),
      ...impossibleDates.map((d) => c(`heldOn ${d}`, (v) => ({ ...v, heldOn: d }), invalid('heldOn'))),
      c('heldOn tomorrow', (v) => ({ ...v, heldOn: addDays(today, 1) }), invalid('heldOn')),
      c('every point empty or spaces', (v) => ({ ...v, forCounsellor: '   ', nextSteps: '' }), invalid('forCounsellor')),
      c('100 kB forCounsellor', (v) => ({ ...v, forCounsellor: KB100 }), invalid('forCounsellor')),
      c('nextSteps one character too long', (v) => ({ ...v, nextSteps: 'x'.repeat(2001) }), invalid('nextSteps')),
      c('wayForward is a number', (v) => ({ ...v, wayForward: 5 }), invalid('wayForward')),
      c('NUL character in nextSteps', (v) => ({ ...v, nextSteps: 'Hei\u0000' }), invalid('nextSteps')),
      c("an adviser of another municipality named", (v, f) => ({ ...v, adviserId: f.user['radgiver@drammen.demo'] }), invalid('adviserId')),
      c('a municipality adviser named as counsellor', (v, f) => ({ ...v, counsellorId: f.user['radgiver@bergen.demo'] }), invalid('counsellorId')),
      c('counsellorId not a uuid', (v) => ({ ...v, counsellorId: 'vilde' }), invalid('counsellorId')),
      c('server-owned fields (unknown fields)', (v, f) => ({ ...v, organisationId: f.org['Drammen kommune'], removedAt: today }), invalid('organisationId', 'removedAt')),
      c('the body is an array', (v) => [v], invalid('')),
      c('malformed JSON', () => raw('{"kind": pre-talk}'), malformed),
      ...NOT_UUIDS.map((id) => c(`order id "${id}" is not a uuid`, (v) => v, invalid('id'), { path: () => `/api/v1/orders/${encodeURIComponent(id)}/talks` })),
      c('unknown order', (v) => v, notFound, { path: () => `/api/v1/orders/${RANDOM_ID}/talks` }),
      c("another organisation's order", (v) => v, notFound, { path: () => `/api/v1/orders/${talkFixtures.drammenOrderId}/talks` }),
      c('a cancelled order', (v) => v, refused(409, 'talk.order-closed'), { path: () => `/api/v1/orders/${talkFixtures.cancelledOrderId}/talks` }),
    ],
  },
  {
    endpoint: 'PATCH /talks/{id}', method: 'PATCH', who: 'adviser',
    path: () => `/api/v1/talks/${talkFixtures.talkId}`,
    valid: () => ({ nextSteps: 'Tolk er bestilt.', version: talkFixtures.v.talk }),
    state: async () => db().select().from(orderTalks).orderBy(orderTalks.id),
    cases: [
      c('version missing', (v) => without(v, 'version'), invalid('version')),
      c('version is a string', (v) => ({ ...v, version: String(talkFixtures.v.talk) }), invalid('version')),
      c('the kind cannot change (unknown field)', (v) => ({ ...v, kind: 'follow-up-talk' }), invalid('kind')),
      c('heldOn tomorrow', (v) => ({ ...v, heldOn: addDays(today, 1) }), invalid('heldOn')),
      c('every point emptied', (v) => ({ ...v, forCounsellor: '', nextSteps: ' ', wayForward: '' }), invalid('forCounsellor')),
      c('100 kB wayForward', (v) => ({ ...v, wayForward: KB100 }), invalid('wayForward')),
      c('a counsellor of another centre named', (v, f) => ({ ...v, counsellorId: f.user['veileder@buskerud.demo'] }), invalid('counsellorId')),
      c('malformed JSON', () => raw('{"version":'), malformed),
      ...NOT_UUIDS.map((id) => c(`id "${id}" is not a uuid`, (v) => v, invalid('id'), { path: () => `/api/v1/talks/${encodeURIComponent(id)}` })),
      c('unknown id', (v) => v, notFound, { path: () => `/api/v1/talks/${RANDOM_ID}` }),
      c("another organisation's talk", (v) => v, notFound, { path: () => `/api/v1/talks/${talkFixtures.drammenTalkId}` }),
      c("the other side's counsellor (only the side that recorded it changes it)", (v) => v, refused(403, 'forbidden'), { who: 'counsellor' }),
      c('stale version (an older one)', (v) => ({ ...v, version: talkFixtures.v.talk - 1 }), stale),
      c('stale version (a newer one)', (v) => ({ ...v, version: talkFixtures.v.talk + 1 }), stale),
    ],
  },
  {
    endpoint: 'POST /talks/{id}/remove', method: 'POST', who: 'adviser',
    path: () => `/api/v1/talks/${talkFixtures.removeTalkId}/remove`,
    valid: () => ({ version: 1 }),
    state: async () => db().select().from(orderTalks).orderBy(orderTalks.id),
    cases: [
      c('version is a string', () => ({ version: '1' }), invalid('version')),
      c('version missing', () => ({}), invalid('version')),
      c('unknown field', (v) => ({ ...v, removedAt: today }), invalid('removedAt')),
      c('malformed JSON', () => raw('{"version": '), malformed),
      ...NOT_UUIDS.map((id) => c(`id "${id}" is not a uuid`, (v) => v, invalid('id'), { path: () => `/api/v1/talks/${encodeURIComponent(id)}/remove` })),
      c('unknown id', (v) => v, notFound, { path: () => `/api/v1/talks/${RANDOM_ID}/remove` }),
      c("another organisation's talk", (v) => v, notFound, { path: () => `/api/v1/talks/${talkFixtures.drammenTalkId}/remove` }),
      c("the other side's counsellor", (v) => v, refused(403, 'forbidden'), { who: 'counsellor' }),
      c('stale version (a newer one)', () => ({ version: 2 }), stale),
    ],
  },
  {
    endpoint: 'PUT /talk-settings', method: 'PUT', who: 'centreLead',
    path: () => '/api/v1/talk-settings',
    valid: () => ({ version: talkFixtures.v.settings, talksExpected: true }),
    state: async () => db().select().from(talkSettings).orderBy(talkSettings.organisationId),
    cases: [
      c('talksExpected as text', (v) => ({ ...v, talksExpected: 'yes' }), invalid('talksExpected')),
      c("the municipality's field", (v) => ({ ...v, followUpProposalMonths: 6 }), invalid('followUpProposalMonths')),
      c('version missing', (v) => without(v, 'version'), invalid('version')),
      c('version negative', (v) => ({ ...v, version: -1 }), invalid('version')),
      c('unknown field', (v) => ({ ...v, organisationId: RANDOM_ID }), invalid('organisationId')),
      c('malformed JSON', () => raw('{"version":'), malformed),
      c('a counsellor', (v) => v, refused(403, 'forbidden'), { who: 'counsellor' }),
      c('an adviser', (v) => v, refused(403, 'forbidden'), { who: 'adviser' }),
      c('stale version', (v) => ({ ...v, version: talkFixtures.v.settings + 1 }), stale),
    ],
  },
  {
    endpoint: 'POST /participants/{id}/nav-handover', method: 'POST', who: 'adviser',
    path: () => `/api/v1/participants/${talkFixtures.handoverParticipantId}/nav-handover`,
    valid: () => ({ include: ['journeyPlan'], format: 'print' }),
    state: async () => countRows(auditEvents, eq(auditEvents.type, 'nav-handover.prepared')),
    cases: [
      c('nothing ticked', () => ({ include: [] }), invalid('include')),
      c('include missing', () => ({ format: 'print' }), invalid('include')),
      c('include is a string', () => ({ include: 'journeyPlan' }), invalid('include')),
      c('a part that is not offered', () => ({ include: ['healthInformation'] }), invalid('include.0')),
      c('a part this participant does not have', () => ({ include: ['recommendation'] }), invalid('include')),
      c('format not one of the choices', (v) => ({ ...v, format: 'pdf' }), invalid('format')),
      c('unknown field', (v) => ({ ...v, nationalId: true }), invalid('nationalId')),
      c('malformed JSON', () => raw('{"include": ['), malformed),
      ...NOT_UUIDS.map((id) => c(`participant id "${id}" is not a uuid`, (v) => v, invalid('id'), { path: () => `/api/v1/participants/${encodeURIComponent(id)}/nav-handover` })),
      c('unknown participant', (v) => v, notFound, { path: () => `/api/v1/participants/${RANDOM_ID}/nav-handover` }),
      c("another organisation's participant", (v) => v, notFound, { path: (f) => `/api/v1/participants/${f.drammen.participantId}/nav-handover` }),
      c('the career centre (it sees the participant, but the hand-over is the municipality\'s)', (v) => v, refused(403, 'forbidden'), { who: 'counsellor' }),
    ],
  },
];

/** Talks on a Bergen order accepted by Karriere Vestland, a Drammen talk, a cancelled order, and a participant with a journey plan. */
const talkFixtures = {
  orderId: '', drammenOrderId: '', cancelledOrderId: '', talkId: '', removeTalkId: '', drammenTalkId: '', handoverParticipantId: '',
  v: { talk: 0, settings: 0 },
};
async function refreshTalkVersions() {
  talkFixtures.v.talk = (await one(db().select({ v: orderTalks.version }).from(orderTalks).where(eq(orderTalks.id, talkFixtures.talkId)))).v;
  talkFixtures.v.settings = (await db().select({ v: talkSettings.version }).from(talkSettings))[0]?.v ?? 0;
}
async function arrangeTalkFixtures() {
  const adviser = await t.as('radgiver@bergen.demo');
  const drammen = await t.as('radgiver@drammen.demo');
  const counsellor = await t.as('veileder@vestland.demo');
  const lead = await t.as('leder@vestland.demo');
  const person = { givenName: 'Samtale', familyName: 'Feil', birthDate: '1985-02-03', residenceBasis: 'refugee', settlementDate: addDays(today, -40), preferredLanguage: 'ar' };
  const ok = async (res: Promise<ApiResponse>, status = 200) => { const r = await res; expect(r.status, JSON.stringify(r.body)).toBe(status); return r.body; };
  const sent = async (client: ApiClient) => {
    const p = await ok(client.post('/api/v1/participants', person), 201);
    const o = await ok(client.post(`/api/v1/participants/${p.id}/orders`, { format: 'individual', language: 'ar', mode: 'digital' }), 201);
    await answerRequiredBrief(client, p.id);
    await ok(client.post(`/api/v1/orders/${o.id}/transitions`, { to: 'sent', version: o.version }));
    return { participantId: p.id as string, orderId: o.id as string };
  };
  const pre = { kind: 'pre-talk', heldOn: today, forCounsellor: 'Lang reisevei.' };
  const bergen = await sent(adviser);
  await ok(counsellor.post(`/api/v1/orders/${bergen.orderId}/transitions`, { to: 'accepted' }));
  talkFixtures.orderId = bergen.orderId;
  const made = await ok(adviser.post(`/api/v1/orders/${bergen.orderId}/talks`, pre), 201);
  await ok(adviser.patch(`/api/v1/talks/${made.id}`, { nextSteps: 'Tolk bestilles.', version: 1 }));
  talkFixtures.talkId = made.id;
  talkFixtures.removeTalkId = (await ok(adviser.post(`/api/v1/orders/${bergen.orderId}/talks`, pre), 201)).id;
  const other = await sent(drammen);
  talkFixtures.drammenOrderId = other.orderId;
  talkFixtures.drammenTalkId = (await ok(drammen.post(`/api/v1/orders/${other.orderId}/talks`, pre), 201)).id;
  const cancelled = await sent(adviser);
  await ok(adviser.post(`/api/v1/orders/${cancelled.orderId}/transitions`, { to: 'cancelled', reason: 'Flyttet' }));
  talkFixtures.cancelledOrderId = cancelled.orderId;
  const handover = await sent(adviser);
  await ok(adviser.put(`/api/v1/participants/${handover.participantId}/journey-plans/A`, {
    version: 0, goal: 'Helsefagarbeider', startDate: '2026-01-01', steps: [{ id: 'm1', offerId: 'norsk-og-samfunnskunnskap', text: null, startMonth: 0, durationMonths: 12 }],
  }));
  talkFixtures.handoverParticipantId = handover.participantId;
  await ok(lead.put('/api/v1/talk-settings', { version: 0, talksExpected: false }));
}

/** A Karriere Vestland agreement with Bergen (at version 2, so "older" is real) and a Karriere Buskerud one with Drammen. */
const documentFixtures = { id: '', drammenId: '', version: 0 };
async function documentState() {
  return [
    await db().select().from(cooperationDocuments).orderBy(cooperationDocuments.id),
    await db().select().from(cooperationDocumentVersions).orderBy(cooperationDocumentVersions.id),
    await db().select().from(cooperationDocumentParties).orderBy(cooperationDocumentParties.documentId, cooperationDocumentParties.municipalityId),
  ];
}
async function refreshDocumentVersion() {
  if (documentFixtures.id) documentFixtures.version = (await one(db().select({ v: cooperationDocuments.version }).from(cooperationDocuments).where(eq(cooperationDocuments.id, documentFixtures.id)))).v;
}
async function arrangeDocumentFixtures() {
  const lead = await t.as('leder@vestland.demo');
  const ids = Object.fromEntries((await db().select({ id: organisations.id, name: organisations.name }).from(organisations)).map((o) => [o.name, o.id]));
  const people = Object.fromEntries((await db().select({ id: users.id, email: users.email }).from(users)).map((u) => [u.email, u.id]));
  const made = await lead.post('/api/v1/cooperation/documents', {
    kind: 'cooperation-agreement', title: 'Samarbeidsavtale', ownerUserId: people['veileder@vestland.demo'], municipalityIds: [ids['Bergen kommune']], body: 'Avtaletekst.',
  });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  expect((await lead.patch(`/api/v1/cooperation/documents/${made.body.id}`, { title: 'Samarbeidsavtale 2026', version: 1 })).status).toBe(200);
  documentFixtures.id = made.body.id;
  // Karriere Buskerud has no lead in the demo: its document is written straight to the database.
  const owner = people['veileder@buskerud.demo']!;
  const [other] = await db().insert(cooperationDocuments).values({
    careerCentreId: ids['Karriere Buskerud']!, kind: 'cooperation-agreement', title: 'Buskerud', ownerUserId: owner, createdBy: owner,
  }).returning({ id: cooperationDocuments.id });
  await db().insert(cooperationDocumentParties).values({ documentId: other!.id, municipalityId: ids['Drammen kommune']! });
  await db().insert(cooperationDocumentVersions).values({ documentId: other!.id, number: 1, body: 'Tekst', changeNote: '', effectiveFrom: today, publishedBy: owner });
  documentFixtures.drammenId = other!.id;
}

/** Links and resources of a Bergen and a Drammen participant for the participant-page tables. */
const pageFixtures = { linkId: '', drammenLinkId: '', resourceId: '', drammenResourceId: '' };
async function arrangePageFixtures() {
  const adviser = await t.as('radgiver@bergen.demo');
  const drammen = await t.as('radgiver@drammen.demo');
  const make = async (client: ApiClient, kind: 'page-links' | 'page-resources', participantId: string) => {
    const body = kind === 'page-links' ? { language: 'nb', background: 'higher' } : { kind: 'offer', offerId: 'norskprove' };
    const res = await client.post(`/api/v1/participants/${participantId}/${kind}`, body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return (kind === 'page-links' ? res.body.link.id : res.body.id) as string;
  };
  const bergen = (await adviser.post('/api/v1/participants', { givenName: 'Side', familyName: 'Feil', birthDate: '1985-02-03', residenceBasis: 'refugee', settlementDate: addDays(today, -40), preferredLanguage: 'ar' })).body.id;
  const other = (await drammen.post('/api/v1/participants', { givenName: 'Side', familyName: 'Annen', birthDate: '1985-02-03', residenceBasis: 'refugee', settlementDate: addDays(today, -40), preferredLanguage: 'ar' })).body.id;
  pageFixtures.linkId = await make(adviser, 'page-links', bergen);
  pageFixtures.drammenLinkId = await make(drammen, 'page-links', other);
  pageFixtures.resourceId = await make(adviser, 'page-resources', bergen);
  pageFixtures.drammenResourceId = await make(drammen, 'page-resources', other);
}

/** A page link (token known only to the test) of a demo participant whose guidance Karriere Vestland has held. */
const surveyFixtures = { token: '' };
async function arrangeSurveyFixtures() {
  const [held] = await db().select({ participantId: guidanceSessions.participantId }).from(guidanceSessions)
    .where(and(eq(guidanceSessions.outcome, 'held'), eq(guidanceSessions.careerCentreId, (await one(db().select({ id: organisations.id }).from(organisations).where(eq(organisations.name, 'Karriere Vestland')))).id)))
    .limit(1);
  surveyFixtures.token = newToken();
  await db().insert(surveyLinks).values({
    participantId: held!.participantId, tokenHash: hashToken(surveyFixtures.token), language: 'ar', background: 'primary',
    createdBy: (await one(db().select({ id: users.id }).from(users).where(eq(users.email, 'veileder@vestland.demo')))).id,
    expiresAt: new Date(Date.now() + 30 * 86_400_000),
  });
}

/** Notes at every stage (Bergen, written by Karriere Vestland's lead and reviewed by Vilde), and their neighbours. */
const noteContent = {
  ...emptyNoteContent(), wishes: 'Vil bli elektriker.',
  planA: [{ id: 'a1', offerId: 'norsk-og-samfunnskunnskap', text: null, startMonth: 0, durationMonths: 12 }],
  planB: [{ id: 'b1', offerId: null, text: 'Arbeidspraksis', startMonth: null, durationMonths: null }],
  recommendation: { kind: 'education', justification: 'Norsk først.', reachWithinProgramme: 'B1' },
};
const step = { id: 's1', offerId: null, text: 'Fagbrev', startMonth: 0, durationMonths: 12 };
const noteFixtures = {
  orderId: '', drammenOrderId: '', draftOrderId: '', draftId: '', requestId: '', inReviewId: '', reopenId: '', readyId: '', emptyId: '', sentId: '',
  drammenNoteId: '', wordingId: '', drammenWordingId: '', notificationId: '', otherNotificationId: '', vildeId: '', livId: '', beritId: '',
  v: { draft: 0, request: 0, inReview: 0, reopen: 0, ready: 0, sent: 0, wording: 0, settings: 0 },
};
const noteState = async () => [
  await db().select().from(guidanceNotes).orderBy(guidanceNotes.id),
  await db().select({ id: guidanceNoteRevisions.id, content: guidanceNoteRevisions.content }).from(guidanceNoteRevisions).orderBy(guidanceNoteRevisions.id),
];
async function refreshNoteVersions() {
  const v = async (id: string) => (await one(db().select({ v: guidanceNotes.version }).from(guidanceNotes).where(eq(guidanceNotes.id, id)))).v;
  const settings = (await db().select({ v: noteSettings.version }).from(noteSettings).where(eq(noteSettings.organisationId, (await one(db().select({ id: organisations.id }).from(organisations).where(eq(organisations.name, 'Karriere Vestland')))).id)))[0];
  noteFixtures.v = {
    draft: await v(noteFixtures.draftId), request: await v(noteFixtures.requestId), inReview: await v(noteFixtures.inReviewId),
    reopen: await v(noteFixtures.reopenId), ready: await v(noteFixtures.readyId), sent: await v(noteFixtures.sentId),
    wording: (await one(db().select({ v: noteWordings.version }).from(noteWordings).where(eq(noteWordings.id, noteFixtures.wordingId)))).v,
    settings: settings?.v ?? 0,
  };
}
async function arrangeNoteFixtures() {
  const adviser = await t.as('radgiver@bergen.demo');
  const lead = await t.as('leder@vestland.demo');
  const vilde = await t.as('veileder@vestland.demo');
  const drammen = await t.as('radgiver@drammen.demo');
  const berit = await t.as('veileder@buskerud.demo');
  const idOf = async (email: string) => (await one(db().select({ id: users.id }).from(users).where(eq(users.email, email)))).id;
  noteFixtures.vildeId = await idOf('veileder@vestland.demo');
  noteFixtures.livId = await idOf('leder@vestland.demo');
  noteFixtures.beritId = await idOf('veileder@buskerud.demo');
  const ok = async (res: Promise<ApiResponse>, status = 200) => { const r = await res; expect(r.status, JSON.stringify(r.body)).toBe(status); return r.body; };
  const accepted = async (municipality: ApiClient, centre: ApiClient, counsellorId?: string) => {
    const p = await ok(municipality.post('/api/v1/participants', { givenName: 'Notat', familyName: 'Feil', birthDate: '1985-02-03', residenceBasis: 'refugee', settlementDate: addDays(today, -40), preferredLanguage: 'ar' }), 201);
    const o = await ok(municipality.post(`/api/v1/participants/${p.id}/orders`, { format: 'individual', language: 'ar', mode: 'in-person' }), 201);
    await answerRequiredBrief(municipality, p.id);
    await ok(municipality.post(`/api/v1/orders/${o.id}/transitions`, { to: 'sent', version: o.version }));
    await ok(centre.post(`/api/v1/orders/${o.id}/transitions`, counsellorId ? { to: 'accepted', counsellorId } : { to: 'accepted' }));
    return o.id as string;
  };
  const note = async (stage: 'empty' | 'draft' | 'in-review' | 'approved' | 'sent') => {
    const orderId = await accepted(adviser, lead, noteFixtures.vildeId);
    let n = await ok(lead.post(`/api/v1/orders/${orderId}/note`), 201);
    if (stage !== 'empty') n = await ok(lead.put(`/api/v1/notes/${n.id}/draft`, { version: n.version, content: noteContent }));
    if (stage === 'in-review' || stage === 'approved' || stage === 'sent') n = await ok(lead.post(`/api/v1/notes/${n.id}/review-request`, { version: n.version, reviewerId: noteFixtures.vildeId }));
    if (stage === 'approved' || stage === 'sent') n = await ok(vilde.post(`/api/v1/notes/${n.id}/reviews`, { version: n.version, decision: 'approve', comment: '' }));
    if (stage === 'sent') n = await ok(lead.post(`/api/v1/notes/${n.id}/send`, { version: n.version }));
    return { orderId, id: n.id as string };
  };
  noteFixtures.orderId = await accepted(adviser, lead, noteFixtures.vildeId);
  const draft = await note('draft');
  noteFixtures.draftOrderId = draft.orderId;
  noteFixtures.draftId = draft.id;
  noteFixtures.requestId = (await note('draft')).id;
  noteFixtures.inReviewId = (await note('in-review')).id;
  noteFixtures.reopenId = (await note('in-review')).id;
  noteFixtures.readyId = (await note('approved')).id;
  noteFixtures.emptyId = (await note('empty')).id;
  noteFixtures.sentId = (await note('sent')).id;
  noteFixtures.drammenOrderId = await accepted(drammen, berit);
  const other = await ok(berit.post(`/api/v1/orders/${noteFixtures.drammenOrderId}/note`), 201);
  const otherSaved = await ok(berit.put(`/api/v1/notes/${other.id}/draft`, { version: other.version, content: noteContent }));
  await ok(berit.post(`/api/v1/notes/${other.id}/send`, { version: otherSaved.version }));
  noteFixtures.drammenNoteId = other.id;
  noteFixtures.wordingId = (await ok(lead.get('/api/v1/wordings'))).items[0].id;
  const [kb] = await db().select({ id: organisations.id }).from(organisations).where(eq(organisations.name, 'Karriere Buskerud'));
  noteFixtures.drammenWordingId = (await one(db().insert(noteWordings).values({ careerCentreId: kb!.id, kind: 'wording', title: 'Buskerud', body: 'Tekst' }).returning({ id: noteWordings.id }))).id;
  const mine = (await ok(adviser.get('/api/v1/notifications'))).items;
  noteFixtures.notificationId = mine.find((n: { noteId: string }) => n.noteId === noteFixtures.sentId).id;
  noteFixtures.otherNotificationId = (await ok(vilde.get('/api/v1/notifications'))).items[0].id;
}

/** Gatherings for the gathering tables: `open` (ahead), `held` (today), `closed` (registration closed) and one of Karriere Buskerud. */
const gatheringItem = { id: 'innlegg', kind: 'talk', title: 'Innlegg fra Nav', day: 1, speakers: [{ name: 'Nina Nav', affiliation: 'nav', userParticipation: false }] };
const gatheringPlan = (f: Fixtures) => ({
  title: 'Fylkesvis samling', startsOn: addDays(today, 30), endsOn: addDays(today, 31), place: 'Bergen', registrationClosesOn: addDays(today, 20),
  capacityPerMunicipality: 5, programme: [gatheringItem], municipalities: [{ municipalityId: f.org['Bergen kommune'], planningGroup: true }],
});
const gatheringFixtures = {
  openId: '', heldId: '', closedId: '', drammenId: '', registrationId: '', heldRegistrationId: '', drammenRegistrationId: '', followUpId: '', drammenFollowUpId: '',
  v: { open: 0, held: 0, registration: 0, followUp: 0 },
};
const gatheringState = async () => [
  await db().select().from(gatherings).orderBy(gatherings.id),
  await db().select().from(gatheringMunicipalities).orderBy(gatheringMunicipalities.id),
  await db().select().from(gatheringRegistrations).orderBy(gatheringRegistrations.id),
  await db().select().from(gatheringSurveyAnswers).orderBy(gatheringSurveyAnswers.id),
  await db().select().from(cooperationActions).orderBy(cooperationActions.id),
  await countRows(notifications),
];
async function refreshGatheringVersions() {
  const v = async (id: string) => (await one(db().select({ v: gatherings.version }).from(gatherings).where(eq(gatherings.id, id)))).v;
  gatheringFixtures.v = {
    open: await v(gatheringFixtures.openId), held: await v(gatheringFixtures.heldId),
    registration: (await one(db().select({ v: gatheringRegistrations.version }).from(gatheringRegistrations).where(eq(gatheringRegistrations.id, gatheringFixtures.registrationId)))).v,
    followUp: (await one(db().select({ v: cooperationActions.version }).from(cooperationActions).where(eq(cooperationActions.id, gatheringFixtures.followUpId)))).v,
  };
}
async function arrangeGatheringFixtures() {
  const lead = await t.as('leder@vestland.demo');
  const adviser = await t.as('radgiver@bergen.demo');
  const voss = await t.as('radgiver@voss.demo');
  const org = Object.fromEntries((await db().select({ id: organisations.id, name: organisations.name }).from(organisations)).map((o) => [o.name, o.id]));
  const user = Object.fromEntries((await db().select({ id: users.id, email: users.email }).from(users)).map((u) => [u.email, u.id]));
  const ok = async (res: Promise<ApiResponse>, status = 200) => { const r = await res; expect(r.status, JSON.stringify(r.body)).toBe(status); return r.body; };
  const plan = (extra: Record<string, unknown>) => ({ ...gatheringPlan({ org } as unknown as Fixtures), ...extra });
  const both = [{ municipalityId: org['Bergen kommune'], planningGroup: true }, { municipalityId: org['Voss herad'], planningGroup: false }];
  const open = await ok(lead.post('/api/v1/gatherings', plan({ municipalities: both })), 201);
  await ok(lead.post(`/api/v1/gatherings/${open.id}/notices`, { kind: 'invitation' }));
  const reg = await ok(adviser.post(`/api/v1/gatherings/${open.id}/registrations`, { userId: user['radgiver@bergen.demo'] }), 201);
  await ok(voss.post(`/api/v1/gatherings/${open.id}/registrations`, { userId: user['radgiver@voss.demo'] }), 201);
  const held = await ok(lead.post('/api/v1/gatherings', plan({ startsOn: today, endsOn: today, registrationClosesOn: today })), 201);
  await ok(lead.post(`/api/v1/gatherings/${held.id}/notices`, { kind: 'invitation' }));
  const heldReg = await ok(adviser.post(`/api/v1/gatherings/${held.id}/registrations`, { userId: user['radgiver@bergen.demo'] }), 201);
  const closed = await ok(lead.post('/api/v1/gatherings', plan({})), 201);
  await ok(lead.post(`/api/v1/gatherings/${closed.id}/notices`, { kind: 'invitation' }));
  await ok(adviser.post(`/api/v1/gatherings/${closed.id}/registrations`, { userId: user['radgiver@bergen.demo'] }), 201);
  await db().update(gatherings).set({ registrationClosesOn: addDays(today, -1) }).where(eq(gatherings.id, closed.id));
  const point = await ok(lead.post(`/api/v1/gatherings/${open.id}/follow-ups`, { text: 'Rutine', source: 'input', ownerId: user['veileder@vestland.demo'], dueOn: addDays(today, 30) }), 201);
  // Karriere Buskerud has no lead in the demo: its gathering is made in the database.
  const berit = user['veileder@buskerud.demo']!;
  const [drammen] = await db().insert(gatherings).values({
    careerCentreId: org['Karriere Buskerud']!, title: 'Buskerud', startsOn: today, endsOn: today, place: 'Drammen', registrationClosesOn: today, capacityPerMunicipality: 5, createdBy: berit,
    programme: [gatheringItem as never],
  }).returning();
  await db().insert(gatheringMunicipalities).values({ gatheringId: drammen!.id, municipalityId: org['Drammen kommune']!, invitedAt: new Date() });
  const [dReg] = await db().insert(gatheringRegistrations).values({ gatheringId: drammen!.id, municipalityId: org['Drammen kommune']!, userId: user['radgiver@drammen.demo']!, status: 'registered', registeredBy: user['radgiver@drammen.demo']! }).returning();
  const [dPoint] = await db().insert(cooperationActions).values({
    sourceKind: 'gathering', sourceId: drammen!.id, careerCentreId: org['Karriere Buskerud']!, municipalityId: null, title: 'Buskerud', gatheringSource: 'input',
    ownerId: berit, dueDate: today, createdBy: berit,
  }).returning();
  Object.assign(gatheringFixtures, {
    openId: open.id, heldId: held.id, closedId: closed.id, drammenId: drammen!.id, registrationId: reg.you.registration.id,
    heldRegistrationId: heldReg.you.registration.id, drammenRegistrationId: dReg!.id, followUpId: point.id, drammenFollowUpId: dPoint!.id,
  });
}
/**
 * Cooperation meetings (issue 13): Karriere Vestland's series with Bergen (Vilde and Ragnhild invited), a meeting and
 * an action, each with a twin to delete, and Drammen's series, meeting and action as another organisation's records.
 */
const FNR = '15039010043';
const meet = {
  seriesId: '', meetingId: '', removableMeetingId: '', actionId: '', removableActionId: '',
  drammenSeriesId: '', drammenMeetingId: '', drammenActionId: '', vilde: '', viktor: '', ragnhild: '', berit: '',
  v: { series: 0, meeting: 0, removableMeeting: 0, action: 0, removableAction: 0 },
};
async function arrangeMeetingFixtures() {
  const idOf = async (email: string) => (await one(db().select({ id: users.id }).from(users).where(eq(users.email, email)))).id;
  const orgOf = async (name: string) => (await one(db().select({ id: organisations.id }).from(organisations).where(eq(organisations.name, name)))).id;
  meet.vilde = await idOf('veileder@vestland.demo');
  meet.viktor = await idOf('veileder2@vestland.demo');
  meet.ragnhild = await idOf('radgiver@bergen.demo');
  meet.berit = await idOf('veileder@buskerud.demo');
  const make = async (centre: string, municipality: string, invitees: string[]) => {
    const [series] = await db().insert(meetingSeries).values({ careerCentreId: await orgOf(centre), municipalityId: await orgOf(municipality), title: 'Frokostmøte', interval: 'half-yearly', createdBy: invitees[0]! }).returning();
    await db().insert(meetingSeriesInvitees).values(invitees.map((userId) => ({ seriesId: series!.id, userId })));
    const meeting = async () => (await one(db().insert(meetings).values({ seriesId: series!.id, startsAt: new Date(), durationMinutes: 60, createdBy: invitees[0]! }).returning())).id;
    const first = await meeting();
    const action = async () => (await one(db().insert(cooperationActions).values({
      sourceKind: 'meeting', sourceId: first, careerCentreId: series!.careerCentreId, municipalityId: series!.municipalityId, title: 'Tiltak',
      ownerId: invitees[1]!, dueDate: addDays(today, 20), createdBy: invitees[0]!,
    }).returning())).id;
    return { seriesId: series!.id, meetingId: first, removableMeetingId: await meeting(), actionId: await action(), removableActionId: await action() };
  };
  Object.assign(meet, await make('Karriere Vestland', 'Bergen kommune', [meet.vilde, meet.ragnhild]));
  const drammen = await make('Karriere Buskerud', 'Drammen kommune', [meet.berit, await idOf('radgiver@drammen.demo')]);
  Object.assign(meet, { drammenSeriesId: drammen.seriesId, drammenMeetingId: drammen.meetingId, drammenActionId: drammen.actionId });
}
async function refreshMeetingVersions() {
  const v = async (table: typeof meetings | typeof cooperationActions | typeof meetingSeries, id: string) =>
    (await one(db().select({ v: table.version }).from(table).where(eq(table.id, id)))).v;
  meet.v = {
    series: await v(meetingSeries, meet.seriesId), meeting: await v(meetings, meet.meetingId), removableMeeting: await v(meetings, meet.removableMeetingId),
    action: await v(cooperationActions, meet.actionId), removableAction: await v(cooperationActions, meet.removableActionId),
  };
}
const meetingState = async () => [
  await db().select().from(meetingSeries).orderBy(meetingSeries.id),
  await db().select().from(meetingSeriesInvitees).orderBy(meetingSeriesInvitees.seriesId, meetingSeriesInvitees.userId),
  await db().select().from(meetings).orderBy(meetings.id),
  await db().select().from(cooperationActions).orderBy(cooperationActions.id),
];
const badIdCases = (path: (id: string) => string, otherId: () => string) => [
  ...NOT_UUIDS.slice(0, 2).map((id) => c(`id "${id}" is not a uuid`, (v) => v, invalid('id'), { path: () => path(encodeURIComponent(id)) })),
  c('unknown id', (v) => v, notFound, { path: () => path(RANDOM_ID) }),
  c("another organisation's record", (v) => v, notFound, { path: () => path(otherId()) }),
];
const meetingTables: Table[] = [
  {
    endpoint: 'POST /cooperation/meeting-series', method: 'POST', who: 'centreLead',
    path: () => '/api/v1/cooperation/meeting-series',
    valid: (f) => ({ title: 'Ledermøte', interval: 'yearly', municipalityId: f.org['Bergen kommune'], inviteeIds: [meet.vilde, meet.ragnhild] }),
    state: meetingState,
    cases: [
      c('title is a number', (v) => ({ ...v, title: 42 }), invalid('title')),
      c('title only spaces', (v) => ({ ...v, title: '   ' }), invalid('title')),
      c('100 kB title', (v) => ({ ...v, title: KB100 }), invalid('title')),
      c('a national identity number in the title', (v) => ({ ...v, title: `Om ${FNR}` }), invalid('title')),
      c('interval not a choice', (v) => ({ ...v, interval: 'weekly' }), invalid('interval')),
      c('municipalityId not a uuid', (v) => ({ ...v, municipalityId: 'Bergen' }), invalid('municipalityId')),
      c('a municipality the centre does not serve', (v, f) => ({ ...v, municipalityId: f.org['Drammen kommune'] }), invalid('municipalityId')),
      c('inviteeIds not a list', (v) => ({ ...v, inviteeIds: meet.vilde }), invalid('inviteeIds')),
      c("another centre's counsellor invited", (v) => ({ ...v, inviteeIds: [meet.berit] }), invalid('inviteeIds')),
      c('an unknown person invited', (v) => ({ ...v, inviteeIds: [RANDOM_ID] }), invalid('inviteeIds')),
      c('everything missing', () => ({}), invalid('title', 'interval', 'inviteeIds')),
      c('unknown field', (v) => ({ ...v, careerCentreId: RANDOM_ID }), invalid('careerCentreId')),
      c('malformed JSON', () => raw('{"title":'), malformed),
      c('an adviser', (v) => v, refused(403, 'forbidden'), { who: 'adviser' }),
    ],
  },
  {
    endpoint: 'PATCH /cooperation/meeting-series/{id}', method: 'PATCH', who: 'centreLead',
    path: () => `/api/v1/cooperation/meeting-series/${meet.seriesId}`,
    valid: () => ({ title: 'Frokostmøte hvert halvår', version: meet.v.series }),
    state: meetingState,
    cases: [
      c('a national identity number in the title', (v) => ({ ...v, title: `Om ${FNR.slice(0, 6)} ${FNR.slice(6)}` }), invalid('title')),
      c('100 kB title', (v) => ({ ...v, title: KB100 }), invalid('title')),
      c('interval not a choice', (v) => ({ ...v, interval: 2 }), invalid('interval')),
      c("another centre's counsellor invited", (v) => ({ ...v, inviteeIds: [meet.vilde, meet.berit] }), invalid('inviteeIds')),
      c('version missing', (v) => without(v, 'version'), invalid('version')),
      c('stale version', (v) => ({ ...v, version: meet.v.series + 1 }), stale),
      c('an invitee who is not a lead', (v) => v, refused(403, 'forbidden'), { who: 'counsellor' }),
      ...badIdCases((id) => `/api/v1/cooperation/meeting-series/${id}`, () => meet.drammenSeriesId),
    ],
  },
  {
    endpoint: 'POST /cooperation/meeting-series/{id}/meetings', method: 'POST', who: 'centreLead',
    path: () => `/api/v1/cooperation/meeting-series/${meet.seriesId}/meetings`,
    valid: () => ({ startsAt: osloAt(60, '08:30'), durationMinutes: 60, agenda: 'Rutiner' }),
    state: meetingState,
    cases: [
      c('startsAt without a time zone', (v) => ({ ...v, startsAt: '2026-09-01T08:30:00' }), invalid('startsAt')),
      c('startsAt a day that does not exist', (v) => ({ ...v, startsAt: '2026-02-30T08:30:00+01:00' }), invalid('startsAt')),
      c('durationMinutes 0', (v) => ({ ...v, durationMinutes: 0 }), invalid('durationMinutes')),
      c('durationMinutes as text', (v) => ({ ...v, durationMinutes: '60' }), invalid('durationMinutes')),
      c('100 kB agenda', (v) => ({ ...v, agenda: KB100 }), invalid('agenda')),
      c('a D-number in the agenda', (v) => ({ ...v, agenda: 'Sak om 55039010037' }), invalid('agenda')),
      c('minutes before the meeting (unknown field)', (v) => ({ ...v, minutes: 'x' }), invalid('minutes')),
      c('an invitee who is not a lead', (v) => v, refused(403, 'forbidden'), { who: 'counsellor' }),
      ...badIdCases((id) => `/api/v1/cooperation/meeting-series/${id}/meetings`, () => meet.drammenSeriesId),
    ],
  },
  {
    endpoint: 'PATCH /cooperation/meetings/{id}', method: 'PATCH', who: 'counsellor',
    path: () => `/api/v1/cooperation/meetings/${meet.meetingId}`,
    valid: () => ({ minutes: 'Vi ble enige om en felles mal.', version: meet.v.meeting }),
    state: meetingState,
    cases: [
      c('a national identity number in the minutes', (v) => ({ ...v, minutes: `Gjelder ${FNR}.` }), invalid('minutes')),
      c('a national identity number with a dash in the agenda', (v) => ({ ...v, agenda: `${FNR.slice(0, 6)}-${FNR.slice(6)}` }), invalid('agenda')),
      c('100 kB minutes', (v) => ({ ...v, minutes: KB100 }), invalid('minutes')),
      c('minutes a number', (v) => ({ ...v, minutes: 7 }), invalid('minutes')),
      c('version missing', (v) => without(v, 'version'), invalid('version')),
      c('stale version', (v) => ({ ...v, version: meet.v.meeting + 1 }), stale),
      c('an invitee moves the meeting', (v) => ({ ...v, startsAt: osloAt(3, '09:00') }), refused(403, 'forbidden')),
      c('an invitee of another organisation', (v) => v, notFound, { who: 'adviser', path: () => `/api/v1/cooperation/meetings/${meet.drammenMeetingId}` }),
      ...badIdCases((id) => `/api/v1/cooperation/meetings/${id}`, () => meet.drammenMeetingId),
    ],
  },
  {
    endpoint: 'POST /cooperation/meetings/{id}/remove', method: 'POST', who: 'centreLead',
    path: () => `/api/v1/cooperation/meetings/${meet.removableMeetingId}/remove`,
    valid: () => ({ version: meet.v.removableMeeting }),
    state: meetingState,
    cases: [
      c('version missing', () => ({}), invalid('version')),
      c('version as text', () => ({ version: '1' }), invalid('version')),
      c('unknown field', (v) => ({ ...v, reason: 'x' }), invalid('reason')),
      c('stale version', () => ({ version: meet.v.removableMeeting + 1 }), stale),
      c('an invitee who is not a lead', (v) => v, refused(403, 'forbidden'), { who: 'counsellor' }),
      ...badIdCases((id) => `/api/v1/cooperation/meetings/${id}/remove`, () => meet.drammenMeetingId),
    ],
  },
  {
    endpoint: 'POST /cooperation/meetings/{id}/actions', method: 'POST', who: 'counsellor',
    path: () => `/api/v1/cooperation/meetings/${meet.meetingId}/actions`,
    valid: () => ({ title: 'Lag felles mal', ownerId: meet.ragnhild, dueDate: addDays(today, 14) }),
    state: meetingState,
    cases: [
      c('a national identity number in the title', (v) => ({ ...v, title: `Ring om ${FNR}` }), invalid('title')),
      c('title of 501 characters', (v) => ({ ...v, title: 'x'.repeat(501) }), invalid('title')),
      c('100 kB title', (v) => ({ ...v, title: KB100 }), invalid('title')),
      c('title empty', (v) => ({ ...v, title: '' }), invalid('title')),
      c('owner not invited (would not see the meeting)', (v) => ({ ...v, ownerId: meet.viktor }), invalid('ownerId')),
      c("owner at another centre", (v) => ({ ...v, ownerId: meet.berit }), invalid('ownerId')),
      c('owner not a uuid', (v) => ({ ...v, ownerId: 'Ragnhild' }), invalid('ownerId')),
      c('due date yesterday', (v) => ({ ...v, dueDate: addDays(today, -1) }), invalid('dueDate')),
      ...impossibleDates.map((d) => c(`dueDate ${d}`, (v) => ({ ...v, dueDate: d }), invalid('dueDate'))),
      c('status set at creation (unknown field)', (v) => ({ ...v, status: 'done' }), invalid('status')),
      c('everything missing', () => ({}), invalid('title', 'ownerId', 'dueDate')),
      ...badIdCases((id) => `/api/v1/cooperation/meetings/${id}/actions`, () => meet.drammenMeetingId),
    ],
  },
  {
    endpoint: 'PATCH /cooperation/actions/{id}', method: 'PATCH', who: 'counsellor',
    path: () => `/api/v1/cooperation/actions/${meet.actionId}`,
    valid: () => ({ status: 'in-progress', version: meet.v.action }),
    state: meetingState,
    cases: [
      c('status not a choice', (v) => ({ ...v, status: 'finished' }), invalid('status')),
      c('a national identity number in the title', (v) => ({ ...v, title: FNR }), invalid('title')),
      c('owner not invited', (v) => ({ ...v, ownerId: meet.viktor }), invalid('ownerId')),
      c('due date moved into the past', (v) => ({ ...v, dueDate: addDays(today, -3) }), invalid('dueDate')),
      c('version missing', (v) => without(v, 'version'), invalid('version')),
      c('stale version', (v) => ({ ...v, version: meet.v.action + 1 }), stale),
      c('unknown field', (v) => ({ ...v, doneAt: today }), invalid('doneAt')),
      ...badIdCases((id) => `/api/v1/cooperation/actions/${id}`, () => meet.drammenActionId),
    ],
  },
  {
    endpoint: 'POST /cooperation/actions/{id}/remove', method: 'POST', who: 'centreLead',
    path: () => `/api/v1/cooperation/actions/${meet.removableActionId}/remove`,
    valid: () => ({ version: meet.v.removableAction }),
    state: meetingState,
    cases: [
      c('version missing', () => ({}), invalid('version')),
      c('stale version', () => ({ version: meet.v.removableAction + 1 }), stale),
      c('neither a lead nor the writer', (v) => v, refused(403, 'forbidden'), { who: 'adviser' }),
      ...badIdCases((id) => `/api/v1/cooperation/actions/${id}/remove`, () => meet.drammenActionId),
    ],
  },
];
tables.push(...meetingTables);

// ─── Local offers (issue 18) ──────────────────────────────────────────────────────────────────────────────────

/** Bergen's editor's offers (one to edit, one to remove), the county's offer (another organisation) and their versions. */
const lo = { own: '', removable: '', county: '', bergen: '', drammen: '', v: { own: 0, removable: 0 } };
async function arrangeLocalOfferFixtures() {
  const orgOf = async (name: string) => (await one(db().select({ id: organisations.id }).from(organisations).where(eq(organisations.name, name)))).id;
  lo.bergen = await orgOf('Bergen kommune');
  lo.drammen = await orgOf('Drammen kommune');
  const countyOrg = await orgOf('Vestland fylkeskommune');
  lo.county = (await one(db().select({ id: localOffers.id }).from(localOffers).where(eq(localOffers.organisationId, countyOrg)))).id;
  const linn = await t.as('lokal@bergen.demo');
  for (const key of ['own', 'removable'] as const) {
    const made = await linn.post('/api/v1/local-offers', localOfferBody());
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    lo[key] = made.body.id;
    // Version 2, so "an older version" is a real earlier one.
    expect((await linn.put(`/api/v1/local-offers/${made.body.id}`, { ...localOfferBody(), title: 'Språkkafé 2', version: 1 })).status).toBe(200);
  }
}
async function refreshLocalOfferVersions() {
  const v = async (id: string) => (await one(db().select({ v: localOffers.version }).from(localOffers).where(eq(localOffers.id, id)))).v;
  lo.v = { own: await v(lo.own), removable: await v(lo.removable) };
}
const localOfferBody = () => ({
  lane: 'language', nationalOfferId: null, textLanguage: 'nb', title: 'Språkkafé', provider: 'Biblioteket', summary: 'Samtaler på norsk.',
  forWhom: 'Alle som lærer norsk.', area: { kind: 'municipalities', municipalityIds: [lo.bergen] }, address: 'Strømgaten 6', digital: false,
  startDates: [addDays(today, 14)], applicationDeadline: null, length: '2 timer', instructionLanguages: ['nb'], cost: 'Gratis', contact: 'Biblioteket',
  link: 'https://bergenbibliotek.no', source: 'Bibliotekets side', reviewDue: addDays(today, 90),
});
const localOfferState = async () => [await countRows(localOffers), await countRows(localOfferVersions),
  await db().select().from(localOffers).where(eq(localOffers.id, lo.own)), await db().select().from(localOffers).where(eq(localOffers.id, lo.county))];
const localOfferCases = [
  c('an http link', (v) => ({ ...v, link: 'http://bergenbibliotek.no' }), invalid('link')),
  c('a new start in the past', (v) => ({ ...v, startDates: [addDays(today, -1)] }), invalid('startDates.0')),
  c('a start date that does not exist', (v) => ({ ...v, startDates: ['2026-02-30'] }), invalid('startDates.0')),
  c('the deadline after the last start', (v) => ({ ...v, applicationDeadline: addDays(today, 30) }), invalid('applicationDeadline')),
  c('a review date in the past', (v) => ({ ...v, reviewDue: addDays(today, -1) }), invalid('reviewDue')),
  c('a 100 kB title', (v) => ({ ...v, title: KB100 }), invalid('title')),
  c('a 100 kB summary', (v) => ({ ...v, summary: KB100 }), invalid('summary')),
  c('a municipality in another county', (v) => ({ ...v, area: { kind: 'municipalities', municipalityIds: [lo.drammen] } }), invalid('area.municipalityIds.0')),
  c('a language of the texts the map does not have', (v) => ({ ...v, textLanguage: 'de' }), invalid('textLanguage')),
  c('an unknown field (an editor\'s name)', (v) => ({ ...v, editorName: 'Linn Lokal' }), invalid('editorName')),
  c('title missing', (v) => without(v, 'title'), invalid('title')),
  c('the body is an array', () => [], invalid('')),
  c('a role that does not edit local offers', (v) => v, refused(403, 'forbidden'), { who: 'adviser' }),
];
const localOfferTables: Table[] = [
  {
    endpoint: 'POST /local-offers', method: 'POST', who: 'localEditor',
    path: () => '/api/v1/local-offers', valid: () => localOfferBody(), state: localOfferState, cases: localOfferCases,
  },
  {
    endpoint: 'PUT /local-offers/{id}', method: 'PUT', who: 'localEditor',
    path: () => `/api/v1/local-offers/${lo.own}`, valid: () => ({ ...localOfferBody(), version: lo.v.own }), state: localOfferState,
    cases: [
      ...localOfferCases.filter((x) => x.name !== 'the body is an array'),
      c('version missing', (v) => without(v, 'version'), invalid('version')),
      c('stale version', (v) => ({ ...v, version: lo.v.own - 1 }), stale),
      ...badIdCases((id) => `/api/v1/local-offers/${id}`, () => lo.county),
    ],
  },
  {
    endpoint: 'POST /local-offers/{id}/remove', method: 'POST', who: 'localEditor',
    path: () => `/api/v1/local-offers/${lo.removable}/remove`, valid: () => ({ version: lo.v.removable }),
    state: async () => [await localOfferState(), await db().select().from(localOffers).where(eq(localOffers.id, lo.removable))],
    cases: [
      c('version missing', () => ({}), invalid('version')),
      c('version is text', () => ({ version: 'two' }), invalid('version')),
      c('stale version', () => ({ version: lo.v.removable - 1 }), stale),
      c('an unknown field', (v) => ({ ...v, reason: 'x' }), invalid('reason')),
      c('a role that does not edit local offers', (v) => v, refused(403, 'forbidden'), { who: 'counsellor' }),
      ...badIdCases((id) => `/api/v1/local-offers/${id}/remove`, () => lo.county),
    ],
  },
];
tables.push(...localOfferTables);

/** Not writes, but the same rules: the list endpoints' query strings. */
const cursorOf = (s: string) => Buffer.from(s).toString('base64url');
const queries: [name: string, path: string, expected: Expected][] = [
  ['participants: limit 0', '/api/v1/participants?limit=0', invalid('limit')],
  ['notes: unread not true or false', '/api/v1/notes?unread=maybe', invalid('unread')],
  ['notes: unknown parameter', '/api/v1/notes?municipalityId=x', invalid('municipalityId')],
  ['notes: reviewing someone else', '/api/v1/notes?reviewing=vilde', invalid('reviewing')],
  ['plan tasks: unknown status', '/api/v1/plan-tasks?status=late', invalid('status')],
  ['wordings: archived not true or false', '/api/v1/wordings?archived=1', invalid('archived')],
  ['postponement export: impossible from', '/api/v1/postponements/export.csv?from=2026-02-30', invalid('from')],
  ['postponement export: to before from', '/api/v1/postponements/export.csv?from=2026-05-02&to=2026-05-01', invalid('to')],
  ['postponement export: unknown parameter', '/api/v1/postponements/export.csv?municipalityId=x', invalid('municipalityId')],
  ['participant export: a language the readable copy has no words for', `/api/v1/participants/${RANDOM_ID}/export?format=print&language=xx`, invalid('language')],
  ['participant export: unknown format', `/api/v1/participants/${RANDOM_ID}/export?format=pdf`, invalid('format')],
  ['participants: limit 101', '/api/v1/participants?limit=101', invalid('limit')],
  ['participants: limit is text', '/api/v1/participants?limit=many', invalid('limit')],
  ['participants: unknown status', '/api/v1/participants?status=late', invalid('status')],
  ['participants: unknown parameter', '/api/v1/participants?municipalityId=x', invalid('municipalityId')],
  ['participants: a name search in the address (it belongs in the body)', '/api/v1/participants?q=Zainab', invalid('q')],
  ['participants: cursor is not base64 of a cursor', '/api/v1/participants?cursor=bm9uc2Vuc2U', invalid('cursor')],
  ['participants: cursor with an impossible date', `/api/v1/participants?cursor=${cursorOf(`2026-02-30|${RANDOM_ID}`)}`, invalid('cursor')],
  ['participants: cursor with a non-uuid id', `/api/v1/participants?cursor=${cursorOf(`2026-02-10|${'-'.repeat(36)}`)}`, invalid('cursor')],
  ['orders: unknown status', '/api/v1/orders?status=done', invalid('status')],
  ['orders: cursor with an impossible date', `/api/v1/orders?cursor=${cursorOf(`2026-13-01|${RANDOM_ID}`)}`, invalid('cursor')],
  ['orders: cursor with a non-uuid id', `/api/v1/orders?cursor=${cursorOf(`2026-02-10|${'f'.repeat(36)}`)}`, invalid('cursor')],
  ['group sessions: from a day that does not exist', '/api/v1/group-sessions?from=2026-02-30', invalid('from')],
  ['group sessions: to before from', '/api/v1/group-sessions?from=2026-06-10&to=2026-06-01', invalid('to')],
  ['group sessions: unknown parameter', '/api/v1/group-sessions?centreId=x', invalid('centreId')],
  ['info translations: unknown language', '/api/v1/info-translations?language=de', invalid('language')],
  ['cooperation actions: unknown view', '/api/v1/cooperation/actions?view=all', invalid('view')],
  ['meeting people: municipalityId not a uuid', '/api/v1/cooperation/meeting-people?municipalityId=Bergen', invalid('municipalityId')],
  ['survey results: centreId not an id', '/api/v1/survey/results?centreId=abc', invalid('centreId')],
  ['survey results: unknown parameter', '/api/v1/survey/results?period=2026-Q1', invalid('period')],
  ['map local offers: municipalityId not an id', '/api/v1/map/local-offers?municipalityId=Bergen', invalid('municipalityId')],
  ['map local offers: unknown parameter', `/api/v1/map/local-offers?municipalityId=${RANDOM_ID}&county=x`, invalid('county')],
];

// ─── The cases ──────────────────────────────────────────────────────────────────────────────────────────────────

function expectRefusal(res: ApiResponse, expected: Expected) {
  const text = typeof res.body === 'string' ? res.body : JSON.stringify(res.body);
  expect(res.status, text.slice(0, 500)).toBe(expected.status);
  expect(Object.keys(res.body).every((k) => ['error', 'message', 'fields'].includes(k)), text.slice(0, 500)).toBe(true);
  expect(res.body.error).toBe(expected.error);
  expect(typeof res.body.message).toBe('string');
  if (expected.fields) expect([...new Set(res.body.fields?.map((x: { path: string }) => x.path))].sort()).toEqual([...expected.fields].sort());
  else expect(res.body.fields).toBeUndefined();
  expect(text).not.toMatch(LEAK);
  expect(text.length).toBeLessThan(5000); // the 100 kB value is never echoed back
}

/** The same request in English: the same answer, every message translated. */
function expectEnglish(en: ApiResponse, nb: ApiResponse) {
  expect(en.status).toBe(nb.status);
  expect(en.body.error).toBe(nb.body.error);
  if (ENGLISH[en.body.error]) expect(en.body.message).toBe(ENGLISH[en.body.error]);
  expect(en.body.message).not.toBe(nb.body.message);
  expect(en.body.fields?.map((x: { path: string }) => x.path)).toEqual(nb.body.fields?.map((x: { path: string }) => x.path));
  for (const [i, field] of (en.body.fields ?? []).entries()) {
    expect(field.message).not.toBe(nb.body.fields[i].message);
    expect(field.message).not.toMatch(/[æøåÆØÅ]/);
  }
}

describe.each(databaseKinds)('bad input on %s', (kind) => {
  const clients = {} as Record<Who, ApiClient>;
  const f = { org: {}, user: {}, v: {} } as Fixtures;

  beforeAll(async () => {
    t = await startTestApp(kind);
    clients.anonymous = t.client();
    clients.adviser = await t.as('radgiver@bergen.demo');
    clients.centreLead = await t.as('leder@vestland.demo');
    clients.admin = await t.as('admin@veivalg.demo');
    clients.counsellor = await t.as('veileder@vestland.demo');
    clients.municipalityLead = await t.as('leder@bergen.demo');
    clients.localEditor = await t.as('lokal@bergen.demo');
    // The user PATCH cases aim at someone who is signed in, to see that a refused change keeps their session.
    await t.as('radgiver@voss.demo');

    const newcomer = { givenName: 'Feil', familyName: 'Fang', birthDate: '1985-02-03', residenceBasis: 'refugee', settlementDate: addDays(today, -40), preferredLanguage: 'uk' };
    const order = { format: 'group', language: 'uk', mode: 'in-person' };
    const sentOrder = async (client: ApiClient) => {
      const p = (await client.post('/api/v1/participants', newcomer)).body;
      const o = (await client.post(`/api/v1/participants/${p.id}/orders`, order)).body;
      await answerRequiredBrief(client, p.id);
      expect((await client.post(`/api/v1/orders/${o.id}/transitions`, { to: 'sent', version: o.version })).status).toBe(200);
      return { participantId: p.id as string, orderId: o.id as string };
    };
    f.bergen = await sentOrder(clients.adviser);
    f.sentOnly = await sentOrder(clients.adviser);
    f.drammen = await sentOrder(await t.as('radgiver@drammen.demo'));
    f.orderless = (await clients.adviser.post('/api/v1/participants', { ...newcomer, familyName: 'Uten-bestilling' })).body.id;
    f.erasable = (await clients.adviser.post('/api/v1/participants', { ...newcomer, familyName: 'Slettbar' })).body.id;
    // Version 2 everywhere, so "an older version" is a real earlier one.
    const p = (await clients.adviser.get(`/api/v1/participants/${f.bergen.participantId}`)).body;
    expect((await clients.adviser.patch(`/api/v1/participants/${p.id}`, { interpreterLanguage: 'uk', version: p.version })).status).toBe(200);
    for (const o of await db().select({ id: organisations.id, name: organisations.name }).from(organisations)) f.org[o.name] = o.id;
    const voss = await clients.admin.patch(`/api/v1/admin/organisations/${f.org['Voss herad']}`, { name: 'Voss herad', version: 1 });
    expect(voss.status).toBe(200);
    const created = await clients.admin.post('/api/v1/admin/users', { email: 'ny@bergen.demo', name: 'Ny Bruker', role: 'programme-adviser', organisationId: f.org['Bergen kommune'] });
    expect(created.status).toBe(201);
    f.token = new URL(created.body.setPasswordUrl).hash.replace('#token=', '');
    for (const u of await db().select({ id: users.id, email: users.email }).from(users)) f.user[u.email] = u.id;
    const vegard = await clients.admin.patch(`/api/v1/admin/users/${f.user['radgiver@voss.demo']}`, { name: 'Vegard Rådgiver', version: 1 });
    expect(vegard.status).toBe(200);

    // Briefs, sessions, group sessions and glossaries, each record at version 2 where a version is checked.
    const adviser = clients.adviser;
    const lead = clients.centreLead;
    const drammenAdviser = await t.as('radgiver@drammen.demo');
    const buskerud = await t.as('veileder@buskerud.demo');
    const ok = async <T = any>(res: Promise<ApiResponse<T>>, status = 200) => { const r = await res; expect(r.status, JSON.stringify(r.body)).toBe(status); return r.body; };
    await ok(adviser.patch(`/api/v1/participants/${f.bergen.participantId}/brief`, { items: [{ key: 'wishes', value: { wishes: 'Lærer' }, source: 'adviser' }] }));
    await ok(adviser.patch(`/api/v1/participants/${f.bergen.participantId}/brief`, { items: [{ key: 'wishes', value: { wishes: 'Lektor' }, source: 'adviser', version: 1 }] }));
    await ok(lead.patch('/api/v1/career-centre/brief-checklist', { staleAfterDays: 180, version: 0 }));
    await ok(lead.patch('/api/v1/career-centre/brief-checklist', { staleAfterDays: 180, version: 1 }));
    const accepted = await sentOrder(adviser);
    await ok(lead.post(`/api/v1/orders/${accepted.orderId}/transitions`, { to: 'accepted', counsellorId: f.user['veileder@vestland.demo'] }));
    const sessionAt = osloAt(30, '10:00');
    const otherSessionAt = osloAt(30, '14:00');
    const session = await ok(lead.post(`/api/v1/orders/${accepted.orderId}/sessions`, { kind: 'individual', mode: 'in-person', place: 'Bergen', startsAt: sessionAt, durationMinutes: 60 }), 201);
    await ok(lead.patch(`/api/v1/sessions/${session.id}`, { adviserRole: 'observer', version: 1 }));
    await ok(lead.post(`/api/v1/orders/${accepted.orderId}/sessions`, { kind: 'individual', mode: 'phone', phone: '+4755555555', startsAt: otherSessionAt, durationMinutes: 60 }), 201);
    const drammenAccepted = await sentOrder(drammenAdviser);
    await ok(buskerud.post(`/api/v1/orders/${drammenAccepted.orderId}/transitions`, { to: 'accepted' }));
    const drammenSession = await ok(buskerud.post(`/api/v1/orders/${drammenAccepted.orderId}/sessions`, { kind: 'individual', mode: 'phone', phone: '+4733333333', startsAt: osloAt(30, '10:00'), durationMinutes: 60 }), 201);
    const group = await ok(lead.post('/api/v1/group-sessions', { title: 'Gruppe', language: 'uk', mode: 'in-person', place: 'Bergen', startsAt: osloAt(32, '10:00'), durationMinutes: 90, leadCounsellorId: f.user['veileder@vestland.demo'] }), 201);
    await ok(lead.patch(`/api/v1/group-sessions/${group.id}`, { capacity: 15, version: 1 }));
    const drammenGroup = await ok(buskerud.post('/api/v1/group-sessions', { title: 'Gruppe', language: 'uk', mode: 'in-person', place: 'Drammen', startsAt: osloAt(32, '10:00'), durationMinutes: 90 }), 201);
    const registered = await sentOrder(adviser);
    const groupParticipant = await sentOrder(adviser);
    const reg = (await ok(adviser.post(`/api/v1/group-sessions/${group.id}/registrations`, { participantId: registered.participantId }), 201)).registrations[0];
    const drammenRegistered = await sentOrder(drammenAdviser);
    const drammenReg = (await ok(drammenAdviser.post(`/api/v1/group-sessions/${drammenGroup.id}/registrations`, { participantId: drammenRegistered.participantId }), 201)).registrations[0];
    const started = await ok(lead.post('/api/v1/group-sessions', { title: 'Startet', language: 'uk', mode: 'in-person', place: 'Bergen', startsAt: osloAt(34, '10:00'), durationMinutes: 90, leadCounsellorId: f.user['veileder2@vestland.demo'] }), 201);
    const attendee = await sentOrder(adviser);
    const startedReg = (await ok(adviser.post(`/api/v1/group-sessions/${started.id}/registrations`, { participantId: attendee.participantId }), 201)).registrations[0];
    await ok(lead.patch(`/api/v1/group-sessions/${started.id}`, { startsAt: osloAt(-1, '10:00'), version: started.version }));
    const term = await ok(lead.post('/api/v1/glossary', { term: 'Matriseord', explanation: 'Et ord.' }), 201);
    await ok(lead.post('/api/v1/glossary', { term: 'Andreord', explanation: 'Et annet ord.' }), 201);
    await ok(lead.patch(`/api/v1/glossary/${term.id}`, { explanation: 'Et ord i matrisen.', version: 1 }));
    const drammenTerm = await ok(buskerud.post('/api/v1/glossary', { term: 'Matriseord', explanation: 'Et ord.' }), 201);
    f.x = {
      acceptedOrderId: accepted.orderId, sessionId: session.id, sessionAt, otherSessionAt, drammenSessionId: drammenSession.id,
      groupSessionId: group.id, drammenGroupSessionId: drammenGroup.id, registrationId: reg.id, drammenRegistrationId: drammenReg.id,
      registeredParticipant: registered.participantId, groupParticipant: groupParticipant.participantId,
      startedGroupSessionId: started.id, startedRegistrationId: startedReg.id, termId: term.id, drammenTermId: drammenTerm.id,
      postponementId: '', drammenPostponementId: '',
    };
    const postpone = async (client: ApiClient, participantId: string) => {
      const { version } = await one(db().select({ version: participants.version }).from(participants).where(eq(participants.id, participantId)));
      return (await ok(client.post(`/api/v1/participants/${participantId}/postponements`, { reason: 'health', justification: 'Test', expectedDate: addDays(today, 30), decidedWith: 'adviser-alone', version }), 201)).id as string;
    };
    f.x.postponementId = await postpone(adviser, (await sentOrder(adviser)).participantId);
    f.x.drammenPostponementId = await postpone(drammenAdviser, (await sentOrder(drammenAdviser)).participantId);
  });
  afterAll(async () => { await t?.close(); });
  beforeAll(arrangePageFixtures);
  beforeAll(arrangeNoteFixtures);
  beforeAll(arrangeTalkFixtures);
  beforeAll(arrangeDocumentFixtures);
  beforeAll(arrangeGatheringFixtures);
  beforeAll(arrangeMeetingFixtures);
  beforeAll(arrangeSurveyFixtures);
  beforeAll(arrangeLocalOfferFixtures);

  async function refreshVersions() {
    f.v = {
      participant: (await one(db().select({ v: participants.version }).from(participants).where(eq(participants.id, f.bergen.participantId)))).v,
      erasable: (await one(db().select({ v: participants.version }).from(participants).where(eq(participants.id, f.erasable)))).v,
      order: (await one(db().select({ v: guidanceOrders.version }).from(guidanceOrders).where(eq(guidanceOrders.id, f.bergen.orderId)))).v,
      org: (await one(db().select({ v: organisations.version }).from(organisations).where(eq(organisations.id, f.org['Voss herad']!)))).v,
      user: (await one(db().select({ v: users.version }).from(users).where(eq(users.id, f.user['radgiver@voss.demo']!)))).v,
      wishes: (await one(db().select({ v: handoverBriefItems.version }).from(handoverBriefItems)
        .where(and(eq(handoverBriefItems.participantId, f.bergen.participantId), eq(handoverBriefItems.itemKey, 'wishes'))))).v,
      checklist: (await one(db().select({ v: briefChecklistConfigs.version }).from(briefChecklistConfigs).where(eq(briefChecklistConfigs.careerCentreId, f.org['Karriere Vestland']!)))).v,
      session: (await one(db().select({ v: guidanceSessions.version }).from(guidanceSessions).where(eq(guidanceSessions.id, f.x.sessionId)))).v,
      group: (await one(db().select({ v: groupSessions.version }).from(groupSessions).where(eq(groupSessions.id, f.x.groupSessionId)))).v,
      registration: (await one(db().select({ v: groupRegistrations.version }).from(groupRegistrations).where(eq(groupRegistrations.id, f.x.registrationId)))).v,
      startedRegistration: (await one(db().select({ v: groupRegistrations.version }).from(groupRegistrations).where(eq(groupRegistrations.id, f.x.startedRegistrationId)))).v,
      term: (await one(db().select({ v: glossaryTerms.version }).from(glossaryTerms).where(eq(glossaryTerms.id, f.x.termId)))).v,
      postponement: (await one(db().select({ v: postponements.version }).from(postponements).where(eq(postponements.id, f.x.postponementId)))).v,
    };
    await refreshNoteVersions();
    await refreshTalkVersions();
    await refreshDocumentVersion();
    await refreshGatheringVersions();
    await refreshMeetingVersions();
    await refreshLocalOfferVersions();
  }

  for (const table of tables) {
    describe(table.endpoint, () => {
      it.each(table.cases.map((x) => [x.name, x] as const))('%s', async (_, x) => {
        await refreshVersions();
        const body = x.body(table.valid(f), f);
        const client = clients[x.who ?? table.who];
        const path = (x.path ?? table.path)(f);
        const send = (lang: string) => {
          client.lang = lang;
          return client.request(table.method, path, body instanceof Raw ? body.text : body);
        };
        const before = await table.state(f);
        const nb = await send('nb');
        expectRefusal(nb, x.expected);
        expect(await table.state(f)).toEqual(before);
        if (x.expected.status === 400) {
          const en = await send('en');
          expectEnglish(en, nb);
          expect(await table.state(f)).toEqual(before);
        }
        client.lang = 'nb';
      });

      it('still accepts the valid body the cases were spoiled from', async () => {
        await refreshVersions();
        const res = await clients[table.who].request(table.method, table.path(f), table.valid(f));
        expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
      });
    });
  }

  describe('list query strings', () => {
    it.each(queries)('%s', async (_, path, expected) => {
      const nb = await clients.adviser.get(path);
      expectRefusal(nb, expected);
      clients.adviser.lang = 'en';
      expectEnglish(await clients.adviser.get(path), nb);
      clients.adviser.lang = 'nb';
    });
  });
});
