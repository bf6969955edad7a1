import { z } from 'zod';
import { actionSourceKinds, actionStatuses, meetingIntervalKeys, meetingTextLimits as L } from '../../../domain/index.ts';
import { isoDate, version } from '../../http/fields.ts';
import { duration, instant } from '../sessions/schemas.ts';

const ref = z.object({ id: z.uuid(), name: z.string() });
export const personRef = z.object({ id: z.uuid(), name: z.string(), organisationName: z.string() });

const noPersonalData = '(no participant names: national identity numbers are refused)';
const title = z.string().trim().min(1).max(L.title).describe(`For example "Frokostmøte hvert halvår" ${noPersonalData}`);
const agenda = z.string().max(L.agenda).describe(`The agenda ${noPersonalData}`);
const minutes = z.string().max(L.minutes).describe(`The minutes ${noPersonalData}`);
const inviteeIds = z.array(z.uuid()).max(100).describe('Staff of the centre and the municipality (or municipalities) invited');

export const seriesInput = z.object({
  title,
  interval: z.enum(meetingIntervalKeys),
  municipalityId: z.uuid().nullable().optional()
    .describe("One municipality the centre serves; null (centre lead only) = all of them. A municipality lead's series is always their own municipality's"),
  inviteeIds,
}).strict();

export const seriesPatch = z.object({
  title: title.optional(), interval: z.enum(meetingIntervalKeys).optional(), inviteeIds: inviteeIds.optional(), version,
}).strict();

export const seriesJson = z.object({
  id: z.uuid(), title: z.string(), interval: z.enum(meetingIntervalKeys),
  careerCentre: ref, municipality: ref.nullable(),
  invitees: z.array(personRef),
  lastMeetingOn: z.string().nullable(), nextMeetingOn: z.string().nullable().describe('Last meeting + the interval'),
  upcoming: z.object({ id: z.uuid(), startsAt: z.string() }).nullable(),
  openActions: z.number().int(), overdueActions: z.number().int(),
  canManage: z.boolean().describe('A lead of one of the parties: may change the series and plan or delete meetings'),
  version: z.number().int(),
});
export const seriesList = z.object({ items: z.array(seriesJson) });

export const meetingSummary = z.object({ id: z.uuid(), startsAt: z.string(), endsAt: z.string(), openActions: z.number().int(), version: z.number().int() });
export const seriesDetail = seriesJson.extend({ meetings: z.array(meetingSummary) });

export const peopleQuery = z.object({ municipalityId: z.uuid().optional() }).strict();
export const peopleList = z.object({ items: z.array(personRef) });

export const meetingInput = z.object({ startsAt: instant, durationMinutes: duration, agenda: agenda.optional() }).strict();
export const meetingPatch = z.object({
  startsAt: instant.optional(), durationMinutes: duration.optional(), agenda: agenda.optional(), minutes: minutes.optional(), version,
}).strict();

export const actionJson = z.object({
  id: z.uuid(), title: z.string(), owner: personRef, dueDate: z.string(), status: z.enum(actionStatuses), overdue: z.boolean(),
  doneAt: z.string().nullable(),
  source: z.object({ kind: z.enum(actionSourceKinds), id: z.uuid(), title: z.string(), startsAt: z.string() }),
  canRemove: z.boolean(),
  version: z.number().int(),
});
export const actionList = z.object({ items: z.array(actionJson) });
export const actionsQuery = z.object({
  view: z.enum(['mine', 'lead']).optional().describe("mine (default): open actions you own; lead: open actions of your parties' meetings (leads)"),
}).strict();

export const meetingJson = z.object({
  id: z.uuid(), startsAt: z.string(), endsAt: z.string(), durationMinutes: z.number().int(), agenda: z.string(), minutes: z.string(),
  series: seriesJson.pick({ id: true, title: true, interval: true, careerCentre: true, municipality: true, invitees: true }),
  actions: z.array(actionJson),
  canManage: z.boolean(),
  version: z.number().int(),
});

export const actionInput = z.object({
  title: z.string().trim().min(1).max(L.actionTitle).describe(`What is to be done ${noPersonalData}`),
  ownerId: z.uuid(), dueDate: isoDate,
}).strict();
export const actionPatch = z.object({
  title: actionInput.shape.title.optional(), ownerId: z.uuid().optional(), dueDate: isoDate.optional(),
  status: z.enum(actionStatuses).optional(), version,
}).strict();

export const removeBody = z.object({ version: version.describe('The version you read (409 if stale)') }).strict();

const figures = z.object({
  orders: z.union([z.number().int(), z.literal('under-5'), z.literal('hidden')]),
  heldBeforeDeadlineShare: z.number().nullable(), notesReadWithin5DaysShare: z.number().nullable(), feedbackGivenShare: z.number().nullable(),
  openActions: z.number().int(), overdueActions: z.number().int(), lastMeetingOn: z.string().nullable(),
});
export const practiceJson = z.object({
  from: z.string(), to: z.string(),
  rows: z.array(z.object({ municipality: ref, exact: z.boolean(), figures })),
  total: z.object({ careerCentre: ref, exact: z.boolean(), figures }),
});

export type SeriesInput = z.infer<typeof seriesInput>;
export type SeriesPatch = z.infer<typeof seriesPatch>;
export type MeetingInput = z.infer<typeof meetingInput>;
export type MeetingPatch = z.infer<typeof meetingPatch>;
export type ActionInput = z.infer<typeof actionInput>;
export type ActionPatch = z.infer<typeof actionPatch>;
