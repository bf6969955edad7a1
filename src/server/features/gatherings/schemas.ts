import { z } from 'zod';
import {
  followUpSources, followUpStatuses, gatheringLimits as L, programmeItemKinds, registrationStatuses, speakerAffiliations, surveySteps,
} from '../../../domain/gathering.ts';
import { isoDate, version } from '../../http/fields.ts';
import { meetingUrl } from '../sessions/schemas.ts';

const text = (max: number) => z.string().trim().min(1).max(max);
const ref = z.object({ id: z.uuid(), name: z.string() });

export const speaker = z.object({
  name: text(L.speakerName).describe('The speaker (staff or a guest; they agree to be named in the programme)'),
  affiliation: z.enum(speakerAffiliations),
  userParticipation: z.boolean().describe('The speaker has a refugee background (seed 000: "Sikre brukermedvirkning")'),
}).strict();

export const programmeItem = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/, { error: 'invalid_format' }).describe('Stable within the gathering; the survey points at it'),
  kind: z.enum(programmeItemKinds),
  title: text(L.itemTitle),
  day: z.number().int().min(1).max(L.days),
  speakers: z.array(speaker).max(L.speakers),
}).strict();

export const municipalityInvite = z.object({ municipalityId: z.uuid(), planningGroup: z.boolean() }).strict();

const fields = {
  title: text(L.title),
  startsOn: isoDate.describe('First day, YYYY-MM-DD'),
  endsOn: isoDate.describe('Last day (seed 000: most gatherings lasted two days)'),
  place: text(L.place).nullable().optional().describe('Where, in person'),
  meetingUrl: meetingUrl.nullable().optional().describe('https link, when (also) digital'),
  registrationClosesOn: isoDate.describe('Last day municipalities can register (on or before the first day)'),
  capacityPerMunicipality: z.number().int().min(1).max(L.capacity).describe('Seats per municipality; more go on the waiting list'),
  programme: z.array(programmeItem).max(L.programmeItems),
  municipalities: z.array(municipalityInvite).max(500).describe('Municipalities your centre serves, invited; planningGroup marks the planning group'),
};

export const gatheringInput = z.object(fields).strict();
export const gatheringPatch = z.object({
  ...Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.optional()])) as { [K in keyof typeof fields]: z.ZodOptional<(typeof fields)[K]> },
  version,
}).strict();

export const noticeInput = z.object({
  kind: z.enum(['invitation', 'reminder', 'survey']).describe(
    'invitation: municipalities not yet invited; reminder: invited municipalities while registration is open, and everyone registered; survey: everyone registered, from the last day',
  ),
}).strict();
export const noticeResult = z.object({ recipients: z.number().int() });

export const registrationInput = z.object({ userId: z.uuid().describe('A member of your municipality\'s staff (an active user)') }).strict();
export const cancelInput = z.object({ version }).strict();

const step = z.number().int().min(surveySteps[0]).max(surveySteps[surveySteps.length - 1]!);
export const surveyInput = z.object({
  usefulness: step.describe('1 very little use … 5 very useful'),
  strengthenedCooperation: step
    .describe('"Denne samlingen har bidratt til å styrke samarbeidet …": 1 fully disagree … 5 fully agree'),
  helpfulItemIds: z.array(z.string().max(40)).max(L.programmeItems).describe('Programme items you found most useful'),
  improve: z.string().trim().max(L.freeText).describe('"Hvordan kunne vi gjort denne samlingen enda mer nyttig for deg?"'),
  followUp: z.string().trim().max(L.freeText).describe('Questions and input the centre should follow up'),
}).strict();

export const followUpInput = z.object({
  text: text(L.followUpText),
  source: z.enum(followUpSources).describe('A question asked, input given, or something from the survey'),
  ownerId: z.uuid().describe('Someone at your centre, or a registered participant of the gathering'),
  dueOn: isoDate,
}).strict();
export const followUpPatch = z.object({
  text: text(L.followUpText).optional(), ownerId: z.uuid().optional(), dueOn: isoDate.optional(), status: z.enum(followUpStatuses).optional(), version,
}).strict();

export const letterInput = z.object({
  text: text(L.letter).describe('The follow-up letter, sent in the app to everyone registered (no names of others in it, please)'),
  version,
}).strict();

const programmeJson = z.array(z.object({
  id: z.string(), kind: z.enum(programmeItemKinds), title: z.string(), day: z.number().int(),
  speakers: z.array(z.object({ name: z.string(), affiliation: z.enum(speakerAffiliations), userParticipation: z.boolean() })),
}));

export const gatheringSummary = z.object({
  id: z.uuid(), version: z.number().int(), careerCentre: ref, title: z.string(), startsOn: z.string(), endsOn: z.string(),
  place: z.string().nullable(), meetingUrl: z.string().nullable(), registrationClosesOn: z.string(), capacityPerMunicipality: z.number().int(),
  registrationOpen: z.boolean(), surveyOpen: z.boolean(), hasUserParticipation: z.boolean(),
  registered: z.number().int().describe('Seats taken: in all (centre) or your municipality\'s (municipality)'),
  waiting: z.number().int(),
});
export const gatheringList = z.object({ items: z.array(gatheringSummary) });

export const registrationJson = z.object({
  id: z.uuid(), version: z.number().int(), person: ref, municipality: ref, status: z.enum(registrationStatuses),
  waitingPosition: z.number().int().nullable().describe('1 = next to move up'),
});

export const followUpJson = z.object({
  id: z.uuid(), version: z.number().int(), text: z.string(), source: z.enum(followUpSources), owner: ref, dueOn: z.string(),
  status: z.enum(followUpStatuses), overdue: z.boolean(),
});

export const gatheringJson = gatheringSummary.extend({
  programme: programmeJson,
  programmeMix: z.record(z.string(), z.number().int()),
  municipalities: z.array(z.object({
    municipality: ref, planningGroup: z.boolean(), invited: z.boolean(), registered: z.number().int(), waiting: z.number().int(),
    fixedContact: ref.nullable().describe('The centre\'s fixed contact for the municipality today (centre only; issue 13)'),
  })),
  registrations: z.array(registrationJson).describe('The centre sees all; a municipality its own staff'),
  yourStaff: z.array(ref).describe('A municipality\'s active staff that can be registered (empty for the centre)'),
  you: z.object({ registration: registrationJson.nullable(), canAnswerSurvey: z.boolean(), answeredSurvey: z.boolean() }),
  followUps: z.array(followUpJson).describe('Centre only'),
  letter: z.object({ text: z.string(), sentAt: z.string() }).nullable(),
  surveySentAt: z.string().nullable(),
  answers: z.number().int().nullable().describe('Survey answers so far (centre only)'),
});

const stepJson = z.object({ step: z.number().int(), count: z.number().int().nullable(), share: z.number().nullable() });
const scaleJson = z.object({
  answers: z.number().int(), hidden: z.boolean(), steps: z.array(stepJson), topTwoShare: z.number().nullable(), topShare: z.number().nullable(),
});
export const resultsJson = z.object({
  answers: z.number().int(), registered: z.number().int(), minimum: z.number().int(),
  usefulness: scaleJson, strengthenedCooperation: scaleJson,
  helpfulItems: z.array(z.object({ itemId: z.string(), title: z.string(), count: z.number().int().nullable(), share: z.number().nullable() })),
  improve: z.array(z.string()).nullable().describe('Free texts without names, sorted; null below the minimum'),
  followUp: z.array(z.string()).nullable(),
});

export type GatheringInput = z.infer<typeof gatheringInput>;
export type GatheringPatch = z.infer<typeof gatheringPatch>;
export type SurveyInput = z.infer<typeof surveyInput>;
export type FollowUpInput = z.infer<typeof followUpInput>;
export type FollowUpPatch = z.infer<typeof followUpPatch>;
