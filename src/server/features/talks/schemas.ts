import { z } from 'zod';
import {
  MAX_FOLLOW_UP_PROPOSAL_MONTHS, MIN_FOLLOW_UP_PROPOSAL_MONTHS, TALK_TEXT_MAX, endGoals, navHandoverItems, recommendationKinds, talkKinds,
} from '../../../domain/index.ts';
import { isoDate, version } from '../../http/fields.ts';

const ref = z.object({ id: z.uuid(), name: z.string() });
// Every point has a limit the message names ("høyst 2000 tegn"); trimmed so that spaces alone count as empty.
const point = z.string().trim().max(TALK_TEXT_MAX);

export const talkInput = z.object({
  kind: z.enum(talkKinds),
  heldOn: isoDate.describe('YYYY-MM-DD: the day the talk took place (not in the future)'),
  adviserId: z.uuid().nullable().optional().describe("The municipality's adviser who took part (staff of the order's municipality)"),
  counsellorId: z.uuid().nullable().optional().describe("The centre's counsellor who took part (staff of the order's career centre)"),
  forCounsellor: point.optional().describe('What the counsellor should know'),
  nextSteps: point.optional().describe('What happens next'),
  wayForward: point.optional().describe('The way forward the two agreed ("veien videre")'),
}).strict();

export const talkPatch = talkInput.omit({ kind: true }).partial().extend({ version: version.describe("The talk's version you read (409 if stale)") }).strict();
export const removeBody = z.object({ version: version.describe('The version you read (409 if stale)') }).strict();

export const talkJson = z.object({
  id: z.uuid(), orderId: z.uuid(), kind: z.enum(talkKinds), heldOn: z.string(),
  adviser: ref.nullable(), counsellor: ref.nullable(),
  forCounsellor: z.string(), nextSteps: z.string(), wayForward: z.string(),
  recordedBy: ref, organisationId: z.uuid(), mayEdit: z.boolean().describe('Your organisation recorded it: you may change or delete it'),
  version: z.number().int(), createdAt: z.string(), updatedAt: z.string(),
});

export const talkMarker = z.object({
  expected: z.boolean().describe("The career centre expects a pre-talk and a follow-up talk on each order (the centre lead's setting)"),
  missing: z.array(z.enum(talkKinds)).describe('The expected talks not recorded yet, at this stage of the order'),
});

export const talkList = z.object({
  items: z.array(talkJson),
  marker: talkMarker,
  people: z.object({ advisers: z.array(ref), counsellors: z.array(ref) }).describe('Who can be named as taking part, on each side'),
});

export const talkSettingsJson = z.object({
  organisationId: z.uuid(), kind: z.enum(['municipality', 'career-centre']), version: z.number().int().describe('0 when never saved'),
  talksExpected: z.boolean().describe("A career centre's: pre- and follow-up talks are expected on each order"),
  followUpProposalMonths: z.number().int().describe("A municipality's: propose a follow-up conversation this many months before the programme ends"),
  defaultFollowUpProposalMonths: z.number().int(),
  followUpSource: z.object({ seed: z.string(), reviewNote: z.string() }),
});

export const talkSettingsInput = z.object({
  version: z.number().int().min(0).max(2_147_483_647).describe('The settings version you read (0 when never saved)'),
  talksExpected: z.boolean().optional(),
  followUpProposalMonths: z.number().int().min(MIN_FOLLOW_UP_PROPOSAL_MONTHS).max(MAX_FOLLOW_UP_PROPOSAL_MONTHS).optional(),
}).strict();

export const followUpProposalJson = z.object({
  proposed: z.boolean(),
  reason: z.enum(['end-of-programme', 'no-end-date', 'not-yet', 'programme-ended', 'open-order', 'already-ordered']),
  programmeEndDate: z.string().nullable(),
  from: z.string().nullable().describe('First day of the proposal window (YYYY-MM-DD)'),
  months: z.number().int().describe("The municipality's number of months"),
});

const localized = z.object({ nb: z.string(), en: z.string() });
const navParts = {
  recommendation: z.object({
    kind: z.enum(recommendationKinds).nullable(), justification: z.string(), reachWithinProgramme: z.string(),
    sentAt: z.string().nullable(), centre: z.string(),
  }).nullable().describe("The latest sent note's recommendation"),
  journeyPlan: z.array(z.object({
    plan: z.enum(['A', 'B']), goal: z.string(), startDate: z.string(),
    steps: z.array(z.object({ offerId: z.string().nullable(), offerTitle: localized.nullable(), text: z.string().nullable(), startMonth: z.number().nullable(), durationMonths: z.number().nullable() })),
  })).nullable().describe('The journey plans (Plan A and B)'),
  endGoal: z.object({ code: z.enum(endGoals), text: z.string() }).nullable().describe("The end goal from the municipality's feedback on the latest note"),
};

export const navHandoverSourcesJson = z.object({
  participant: z.object({ id: z.uuid(), givenName: z.string(), familyName: z.string(), programmeEndDate: z.string().nullable() }),
  available: z.object(Object.fromEntries(navHandoverItems.map((k) => [k, z.boolean()])) as Record<(typeof navHandoverItems)[number], z.ZodBoolean>),
  ...navParts,
});

export const navHandoverInput = z.object({
  include: z.array(z.enum(navHandoverItems)).max(navHandoverItems.length).describe('The parts to include; nothing else is in the document'),
  format: z.enum(['print', 'json']).default('print').describe('print: for the printable page; json: the exported file (audited as such)'),
}).strict();

export const navHandoverJson = z.object({
  participant: z.object({ id: z.uuid(), givenName: z.string(), familyName: z.string(), programmeEndDate: z.string().nullable() }),
  municipality: z.string(),
  preparedAt: z.string(),
  preparedBy: z.string(),
  included: z.array(z.enum(navHandoverItems)),
  recommendation: navParts.recommendation.optional(),
  journeyPlan: navParts.journeyPlan.optional(),
  endGoal: navParts.endGoal.optional(),
});

export type TalkInput = z.infer<typeof talkInput>;
export type TalkPatch = z.infer<typeof talkPatch>;
export type TalkJson = z.infer<typeof talkJson>;
export type TalkMarker = z.infer<typeof talkMarker>;
export type TalkSettingsInput = z.infer<typeof talkSettingsInput>;
export type NavHandoverInput = z.infer<typeof navHandoverInput>;
