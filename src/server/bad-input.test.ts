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
import { count, eq, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { databaseKinds, startTestApp, type TestApp } from './test/harness.ts';
import type { ApiClient, ApiResponse } from './test/client.ts';
import { guidanceOrders, orderTransitions, organisations, participants, passwordTokens, sessions, users } from './db/schema.ts';
import { addDays, todayInOslo } from '../domain/index.ts';

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
  drammen: { participantId: string; orderId: string };
  /** A Bergen participant without an open order, for new orders. */
  orderless: string;
  org: Record<string, string>;
  user: Record<string, string>;
  token: string;
  /** Current versions of the records the PATCH and transition cases aim at. */
  v: { participant: number; order: number; org: number; user: number };
}

type Who = 'anonymous' | 'adviser' | 'centreLead' | 'admin';
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
  method: 'POST' | 'PATCH';
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
    state: async () => [await db().select({ id: users.id, failed: users.failedSignIns, paused: users.signInPausedUntil }).from(users).orderBy(users.id), await countRows(sessions)],
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
      c('programme requested so late that the deadline falls outside the calendar', (v) => ({ ...v, programmeRequestDate: '2200-11-15' }), invalid('programmeRequestDate')),
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
      c('kind not one of the choices', (v) => ({ ...v, kind: 'county' }), invalid('kind')),
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
];

/** Not writes, but the same rules: the list endpoints' query strings. */
const cursorOf = (s: string) => Buffer.from(s).toString('base64url');
const queries: [name: string, path: string, expected: Expected][] = [
  ['participants: limit 0', '/api/v1/participants?limit=0', invalid('limit')],
  ['participants: limit 101', '/api/v1/participants?limit=101', invalid('limit')],
  ['participants: limit is text', '/api/v1/participants?limit=many', invalid('limit')],
  ['participants: unknown status', '/api/v1/participants?status=late', invalid('status')],
  ['participants: unknown parameter', '/api/v1/participants?municipalityId=x', invalid('municipalityId')],
  ['participants: search longer than 100 characters', `/api/v1/participants?q=${'x'.repeat(101)}`, invalid('q')],
  ['participants: NUL in the search', '/api/v1/participants?q=%00', invalid('q')],
  ['participants: cursor is not base64 of a cursor', '/api/v1/participants?cursor=bm9uc2Vuc2U', invalid('cursor')],
  ['participants: cursor with an impossible date', `/api/v1/participants?cursor=${cursorOf(`2026-02-30|${RANDOM_ID}`)}`, invalid('cursor')],
  ['participants: cursor with a non-uuid id', `/api/v1/participants?cursor=${cursorOf(`2026-02-10|${'-'.repeat(36)}`)}`, invalid('cursor')],
  ['orders: unknown status', '/api/v1/orders?status=done', invalid('status')],
  ['orders: cursor with an impossible date', `/api/v1/orders?cursor=${cursorOf(`2026-13-01|${RANDOM_ID}`)}`, invalid('cursor')],
  ['orders: cursor with a non-uuid id', `/api/v1/orders?cursor=${cursorOf(`2026-02-10|${'f'.repeat(36)}`)}`, invalid('cursor')],
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
    // The user PATCH cases aim at someone who is signed in, to see that a refused change keeps their session.
    await t.as('radgiver@voss.demo');

    const newcomer = { givenName: 'Feil', familyName: 'Fang', birthDate: '1985-02-03', residenceBasis: 'refugee', settlementDate: addDays(today, -40), preferredLanguage: 'uk' };
    const order = { format: 'group', language: 'uk', mode: 'in-person' };
    const sentOrder = async (client: ApiClient) => {
      const p = (await client.post('/api/v1/participants', newcomer)).body;
      const o = (await client.post(`/api/v1/participants/${p.id}/orders`, order)).body;
      expect((await client.post(`/api/v1/orders/${o.id}/transitions`, { to: 'sent', version: o.version })).status).toBe(200);
      return { participantId: p.id as string, orderId: o.id as string };
    };
    f.bergen = await sentOrder(clients.adviser);
    f.drammen = await sentOrder(await t.as('radgiver@drammen.demo'));
    f.orderless = (await clients.adviser.post('/api/v1/participants', { ...newcomer, familyName: 'Uten-bestilling' })).body.id;
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
  });
  afterAll(async () => { await t?.close(); });

  async function refreshVersions() {
    f.v = {
      participant: (await one(db().select({ v: participants.version }).from(participants).where(eq(participants.id, f.bergen.participantId)))).v,
      order: (await one(db().select({ v: guidanceOrders.version }).from(guidanceOrders).where(eq(guidanceOrders.id, f.bergen.orderId)))).v,
      org: (await one(db().select({ v: organisations.version }).from(organisations).where(eq(organisations.id, f.org['Voss herad']!)))).v,
      user: (await one(db().select({ v: users.version }).from(users).where(eq(users.id, f.user['radgiver@voss.demo']!)))).v,
    };
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
