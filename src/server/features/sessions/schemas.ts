import { z } from 'zod';
import { textLimits } from '../../../domain/text-limits.ts';
import {
  MAX_SESSION_MINUTES, MIN_SESSION_MINUTES, adviserRoles, interpreterModes, interpreterStatuses, sessionKinds, sessionModes,
  sessionOutcomes, threePartyWith,
} from '../../../domain/index.ts';
import { languageCode, version } from '../../http/fields.ts';

/** An instant with its offset ("2026-05-12T10:00:00+02:00" or "…Z"). */
export const instant = z.iso.datetime({ offset: true, error: 'datetime.invalid' }).max(40, { error: 'datetime.invalid' });
export const duration = z.number().int().min(MIN_SESSION_MINUTES).max(MAX_SESSION_MINUTES);
export const meetingUrl = z.url({ protocol: /^https$/, error: 'url.invalid' }).max(500);
export const place = z.string().trim().min(1).max(textLimits.place);

/** The interpreter booking of a session or a group session; `null` means no interpreter. */
export const interpreterInput = z.object({
  language: languageCode,
  dialect: z.string().trim().max(textLimits.interpreterDialect).nullable().optional(),
  mode: z.enum(interpreterModes),
  status: z.enum(interpreterStatuses).default('requested'),
  service: z.string().trim().max(textLimits.interpreterService).nullable().optional().describe('The interpreting service booked through'),
  reference: z.string().trim().min(1).max(textLimits.interpreterReference).nullable().optional()
    .describe("The service's reference for the interpreter (never a name); double bookings are checked on it"),
  briefing: z.string().max(textLimits.interpreterBriefing).nullable().optional().describe('What the interpreter should know before the session (no personal data)'),
  briefingTermIds: z.array(z.uuid()).max(50).optional().describe("Terms from the centre's glossary to brief the interpreter on"),
}).strict();

export const interpreterJson = z.object({
  language: z.string(), dialect: z.string().nullable(), mode: z.enum(interpreterModes), status: z.enum(interpreterStatuses),
  service: z.string().nullable(), reference: z.string().nullable(), briefing: z.string().nullable(), briefingTermIds: z.array(z.uuid()),
});

const sessionFields = {
  kind: z.enum(sessionKinds),
  threePartyWith: z.enum(threePartyWith).nullable().optional().describe('Required for a three-party session'),
  mode: z.enum(sessionModes),
  place: place.nullable().optional().describe('Where (in person); only the field that fits the mode is kept'),
  meetingUrl: meetingUrl.nullable().optional().describe('https link (digital)'),
  phone: z.string().trim().max(40).regex(/^\+?[0-9 ()-]{5,40}$/, { error: 'phone.invalid' }).nullable().optional().describe('Number to call (phone)'),
  startsAt: instant,
  durationMinutes: duration,
  leadCounsellorId: z.uuid().optional().describe("Defaults to the order's assigned counsellor"),
  secondCounsellorId: z.uuid().nullable().optional().describe('A second counsellor who writes the note'),
  adviserRole: z.enum(adviserRoles).optional().describe("The programme adviser's part; default absent"),
  plannedIntervalDays: z.number().int().min(0).max(365).nullable().optional().describe('Planned days until the next session (two-session model)'),
  interpreter: interpreterInput.nullable().optional(),
};

export const sessionInput = z.object(sessionFields).strict();
export const sessionPatch = z.object({
  ...Object.fromEntries(Object.entries(sessionFields).map(([k, v]) => [k, v.optional()])) as { [K in keyof typeof sessionFields]: z.ZodOptional<(typeof sessionFields)[K]> },
  version,
}).strict();

export const outcomeInput = z.object({
  outcome: z.enum(sessionOutcomes),
  reason: z.string().trim().max(textLimits.reason).optional().describe('Required for broken-off and cancelled'),
  minutesUsed: z.number().int().min(0).max(MAX_SESSION_MINUTES).optional().describe('Minutes actually used (held: defaults to the planned duration)'),
  interpreterTookPart: z.boolean().optional(),
  interpreterQualityProblem: z.string().trim().max(textLimits.interpreterQualityProblem).optional().describe('Any problem with the interpreting'),
  version,
}).strict();

const ref = z.object({ id: z.uuid(), name: z.string() });

export const sessionJson = z.object({
  id: z.uuid(),
  version: z.number().int(),
  reference: z.string().describe('A code that names the session where a name may not go (calendar feeds)'),
  orderId: z.uuid(),
  participant: z.object({ id: z.uuid(), givenName: z.string(), familyName: z.string() }),
  municipality: ref,
  careerCentre: ref,
  kind: z.enum(sessionKinds),
  threePartyWith: z.enum(threePartyWith).nullable(),
  mode: z.enum(sessionModes),
  place: z.string().nullable(),
  meetingUrl: z.string().nullable(),
  phone: z.string().nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  durationMinutes: z.number().int(),
  leadCounsellor: ref,
  secondCounsellor: ref.nullable(),
  adviserRole: z.enum(adviserRoles),
  plannedIntervalDays: z.number().int().nullable(),
  interpreter: interpreterJson.nullable(),
  outcome: z.object({
    outcome: z.enum(sessionOutcomes), reason: z.string().nullable(), minutesUsed: z.number().int().nullable(),
    interpreterTookPart: z.boolean().nullable(), interpreterQualityProblem: z.string().nullable(), recordedBy: ref, recordedAt: z.string(),
  }).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const sessionItems = z.object({ items: z.array(sessionJson) });

export type SessionInput = z.infer<typeof sessionInput>;
export type SessionPatch = z.infer<typeof sessionPatch>;
export type OutcomeInput = z.infer<typeof outcomeInput>;
export type InterpreterInput = z.infer<typeof interpreterInput>;
export type SessionJson = z.infer<typeof sessionJson>;

export const letterQuery = z.object({
  lang: z.enum(['en', 'uk', 'ar']).optional().describe("The second language of the letter; default the participant's preferred language when available, else en"),
}).strict();

const letterTextsJson = z.object({
  lang: z.enum(['nb', 'en', 'uk', 'ar']),
  status: z.enum(['source', 'reviewed', 'draft']).describe('draft: not yet checked by a qualified translator'),
  dir: z.enum(['ltr', 'rtl']),
  title: z.string(), intro: z.string(), whenLabel: z.string(), whereLabel: z.string(), digitalLabel: z.string(), phoneLabel: z.string(),
  durationLabel: z.string(), interpreter: z.string(), noInterpreter: z.string(), whatIsGuidanceHeading: z.string(),
  whatIsGuidance: z.array(z.string()), whatToBringHeading: z.string(), whatToBring: z.array(z.string()), digitalNote: z.string(),
  phoneNote: z.string(), changes: z.string(), contactAdviser: z.string(), contactMunicipality: z.string(), emailLabel: z.string(),
  draftMark: z.string(),
});

export const letterJson = z.object({
  sessionId: z.uuid(),
  reference: z.string(),
  participant: z.object({ givenName: z.string(), familyName: z.string(), preferredLanguage: z.string(), preferredLanguageAvailable: z.boolean() }),
  careerCentre: z.object({ name: z.string() }),
  date: z.string().describe('YYYY-MM-DD in Norway'),
  time: z.string().describe('HH:MM in Norway'),
  endTime: z.string(),
  durationMinutes: z.number().int(),
  timeZone: z.literal('Europe/Oslo'),
  mode: z.enum(sessionModes),
  place: z.string().nullable(),
  meetingUrl: z.string().nullable(),
  phone: z.string().nullable(),
  interpreterLanguage: z.string().nullable().describe('Language code; null without an interpreter'),
  cancelled: z.boolean(),
  contact: z.object({
    kind: z.enum(['adviser', 'municipality']), name: z.string(), email: z.string().nullable(), phone: z.string().nullable(),
  }).describe('Whom the participant asks: the adviser who sent the order (work e-mail and phone), else the municipality'),
  texts: z.array(letterTextsJson).describe('Norwegian first, then the participant\'s language (one entry when the same)'),
});

export const briefingJson = z.object({
  reference: z.string(),
  careerCentre: z.object({ name: z.string() }),
  date: z.string(), time: z.string(), durationMinutes: z.number().int(),
  sessionMode: z.enum(sessionModes), interpreterMode: z.enum(interpreterModes),
  language: z.string(), dialect: z.string().nullable(), briefing: z.string().nullable(),
  terms: z.array(z.object({ term: z.string(), explanation: z.string(), translation: z.object({ term: z.string(), explanation: z.string() }).nullable() })),
});
