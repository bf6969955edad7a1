import { z } from 'zod';
import { textLimits } from '../../../domain/text-limits.ts';
import { DEFAULT_GROUP_CAPACITY, groupSessionModes } from '../../../domain/index.ts';
import { isoDate, languageCode, version } from '../../http/fields.ts';
import { duration, instant, interpreterInput, interpreterJson, meetingUrl, place } from '../sessions/schemas.ts';

const fields = {
  title: z.string().trim().min(1).max(textLimits.groupSessionTitle).describe('For example "Webinar: arbeid og utdanning i Norge" (no personal data)'),
  language: languageCode.describe('The language the session is held in or interpreted into'),
  mode: z.enum(groupSessionModes),
  place: place.nullable().optional().describe('In person: where; only the field that fits the mode is kept'),
  meetingUrl: meetingUrl.nullable().optional().describe('Digital: https link each municipality room joins'),
  startsAt: instant,
  durationMinutes: duration,
  capacity: z.number().int().min(1).max(200).optional().describe(`Seats per room; default ${DEFAULT_GROUP_CAPACITY}. In person one room; digital one room per municipality`),
  leadCounsellorId: z.uuid().optional().describe('Defaults to you (counsellor); a lead must name one'),
  interpreter: interpreterInput.nullable().optional(),
};

export const groupSessionInput = z.object(fields).strict();
export const groupSessionPatch = z.object({
  ...Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.optional()])) as { [K in keyof typeof fields]: z.ZodOptional<(typeof fields)[K]> },
  cancellationReason: z.string().trim().min(1).max(textLimits.reason).optional().describe('Cancels the group session'),
  version,
}).strict();

export const registrationInput = z.object({ participantId: z.uuid() }).strict();
export const withdrawInput = z.object({ version }).strict();
export const attendanceInput = z.object({
  items: z.array(z.object({ registrationId: z.uuid(), attended: z.boolean(), version }).strict()).min(1).max(500),
  interpreterTookPart: z.boolean().optional(),
  interpreterQualityProblem: z.string().trim().max(textLimits.interpreterQualityProblem).optional(),
}).strict();

export const groupListQuery = z.object({
  from: isoDate.optional().describe('First day (default today)'),
  to: isoDate.optional().describe('Last day (default 180 days after from)'),
}).strict();

const ref = z.object({ id: z.uuid(), name: z.string() });

export const groupSessionSummary = z.object({
  id: z.uuid(),
  version: z.number().int(),
  reference: z.string(),
  careerCentre: ref,
  title: z.string(),
  language: z.string(),
  mode: z.enum(groupSessionModes),
  place: z.string().nullable(),
  meetingUrl: z.string().nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  durationMinutes: z.number().int(),
  capacity: z.number().int(),
  leadCounsellor: ref,
  interpreter: interpreterJson.nullable(),
  interpreterTookPart: z.boolean().nullable(),
  interpreterQualityProblem: z.string().nullable(),
  cancellationReason: z.string().nullable(),
  rooms: z.array(z.object({ municipality: ref.nullable(), taken: z.number().int(), left: z.number().int() }))
    .describe('Seats per room: one room in person (municipality null), one per municipality online. A municipality sees its own room only'),
  seatsLeftForYou: z.number().int().nullable().describe("Seats left in your municipality's room (null for the centre)"),
});

export const registrationJson = z.object({
  id: z.uuid(),
  version: z.number().int(),
  participant: z.object({ id: z.uuid(), givenName: z.string(), familyName: z.string() }),
  municipality: ref,
  status: z.enum(['registered', 'withdrawn']),
  attendance: z.enum(['attended', 'absent']).nullable(),
});

export const groupSessionJson = groupSessionSummary.extend({
  registrations: z.array(registrationJson).describe('A municipality sees its own participants only'),
});

export const groupSessionList = z.object({ items: z.array(groupSessionSummary) });

export type GroupSessionInput = z.infer<typeof groupSessionInput>;
export type GroupSessionPatch = z.infer<typeof groupSessionPatch>;
export type AttendanceInput = z.infer<typeof attendanceInput>;
