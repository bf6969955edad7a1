import { z } from 'zod';
import { infoLanguages } from '../../../content/info-packages/model.ts';
import { SURVEY_COMMENT_MAX, surveyPeriodPattern } from '../../../domain/participant-survey.ts';

/** One of the five steps. Anything else (0, 6, 2.5, "3", true) is refused with the field named. */
const step = z.number().int().min(1).max(5);
// A comment of only spaces is no comment; the limit counts what is kept.
const comment = z.string().trim().max(SURVEY_COMMENT_MAX).nullable().optional()
  .describe(`Free text, at most ${SURVEY_COMMENT_MAX} characters; optional`);

const answerFields = {
  useful: step.describe('Was the conversation useful? 1 (no) … 5 (yes, very)'),
  interpreter: step.nullable().describe('Did you understand the interpreter? 1 … 5, or null for "I had no interpreter"'),
  nextStep: step.describe('Do you know what to do next? 1 … 5'),
  comment,
};

/** What the participant sends from their page: the answers and nothing about themselves. */
export const surveyAnswerInput = z.object({
  language: z.enum(infoLanguages).describe('The language the participant answered in (the page\'s language)'),
  ...answerFields,
}).strict();

/** A paper form typed in by staff: the same answers, the form's language and the quarter it belongs to. */
export const paperAnswerInput = z.object({
  language: z.enum(infoLanguages).describe('The language of the printed form'),
  period: z.string().max(7).regex(surveyPeriodPattern, { error: 'survey.period-invalid' })
    .describe('The quarter the form was filled in, "2026-Q4": this one or the one before'),
  ...answerFields,
}).strict();

export const surveyStateJson = z.object({
  status: z.enum(['open', 'answered', 'not-yet']).describe('open: guidance was held and this link has not answered; not-yet: no guidance held yet'),
});

const shownCount = z.union([z.number().int(), z.literal('under-5'), z.literal('hidden')]);
const questionResult = z.object({
  answered: shownCount,
  mean: z.number().nullable(),
  distribution: z.array(shownCount).describe('Answers per step 1…5; hidden where a count could point to a person'),
  positiveShare: z.number().nullable().describe('Per cent answering 4 or 5'),
});
const questionResults = z.object({ useful: questionResult, interpreter: questionResult, nextStep: questionResult });

export const surveyResultsQuery = z.object({ centreId: z.uuid().optional().describe('Required for the statistics reader; a centre reads its own') }).strict();

export const surveyResultsJson = z.object({
  centre: z.object({ id: z.uuid(), name: z.string() }),
  hkdirResponseRate: z.number().describe("HK-dir's 2020 response rate (seed 004), the figure to beat"),
  periods: z.array(z.object({
    period: z.string(),
    answers: shownCount,
    paper: shownCount,
    guided: shownCount.describe('People with guidance held at the centre in the quarter'),
    responseRate: z.number().nullable(),
    questions: questionResults,
    languages: z.array(z.object({ language: z.enum(infoLanguages), answers: shownCount, questions: questionResults.nullable() })),
    comments: z.array(z.string()).describe('Free texts, only for a quarter with at least five answers, in alphabetical order'),
  })),
});

export type SurveyAnswerInput = z.infer<typeof surveyAnswerInput>;
export type PaperAnswerInput = z.infer<typeof paperAnswerInput>;
export type SurveyResultsJson = z.infer<typeof surveyResultsJson>;
