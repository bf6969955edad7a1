/**
 * The participants' own survey after career guidance (issue 14, item 4; COOPERATION.md § 5, seed 004).
 *
 * Why it exists: HK-dir's user survey of the county career centres reached few of the people it asked about —
 * seed 004: "Det var kun 11 prosent av de totalt 23 636 brukerne i 2020 som svarte på brukerundersøkelsen. Av
 * disse var 94 prosent ganske eller svært fornøyde med karriereveiledningen." Refugees in the introduction
 * programme are the hardest group to reach with a Norwegian web form, so this survey is three questions in their
 * own language, on the page they already have (/p/:token), with pictograms, and on paper.
 *
 * Pure rules only: the questions, the five-step scale, the coarse period an answer is filed under, and the
 * scoring with small-number suppression (statistics.ts). The server stores nothing else with an answer.
 */
import { todayInOslo } from './dates.ts';
import { HIDDEN, shownOver, shownShare, suppress, suppressGroup, type ShownCount } from './statistics.ts';
import type { RuleSource } from './rule-source.ts';

/** The three scored questions, in the order the participant meets them. */
export const surveyQuestions = ['useful', 'interpreter', 'nextStep'] as const;
export type SurveyQuestion = (typeof surveyQuestions)[number];

/**
 * The five steps, 1 lowest and 5 highest, scored like Udir's Elevundersøkelsen (an average on 1–5, "en skår på
 * 3,8"). The web page shows them as faces with a short word, so a reader without schooling can answer.
 */
export const scaleValues = [1, 2, 3, 4, 5] as const;
export type ScaleValue = (typeof scaleValues)[number];

/** Longest free text kept. Long enough for a few sentences; short enough that it is not a case history. */
export const SURVEY_COMMENT_MAX = 1000;

export const surveyScaleSource: RuleSource = {
  law: 'Ingen lovkrav: produktregel (issue 14). Skalaen følger Utdanningsdirektoratets femdelte svarskala.',
  seed:
    '004_7de5c590806d3e6a.txt § 4.5: "Svaralternativene er: I svært stor grad, I stor grad, I noen grad. I liten grad og Ikke i det hele tatt." ' +
    'and "På 10. trinn har resultatet … ligget jevnt …, med en skår på 3,8"',
  effectiveFrom: '2026-01-01',
  reviewNote:
    'The participant sees plain words for the five steps ("Ja, veldig" … "Nei"), not Udir\'s wording, so that a reader with little ' +
    'schooling understands them; a plain-language editor and the translators should confirm the words in every language.',
};

export function isScaleValue(v: unknown): v is ScaleValue {
  return typeof v === 'number' && (scaleValues as readonly number[]).includes(v);
}

/**
 * The period an answer is filed under: the calendar quarter in Norway ("2026-Q4"). Coarse on purpose: an answer
 * carries no time of day and no date, so it cannot be matched to the moment a link was used, a page was viewed
 * or a session was held (timing correlation). A quarter also matches how often a centre looks at its results.
 */
export type SurveyPeriod = `${number}-Q${1 | 2 | 3 | 4}`;
export const surveyPeriodPattern = /^(\d{4})-Q([1-4])$/;

export function surveyPeriod(now: Date = new Date()): SurveyPeriod {
  const day = todayInOslo(now);
  const quarter = Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1;
  return `${Number(day.slice(0, 4))}-Q${quarter}` as SurveyPeriod;
}

/** The quarter before `period` ("2026-Q1" → "2025-Q4"). */
export function previousPeriod(period: SurveyPeriod): SurveyPeriod {
  const m = surveyPeriodPattern.exec(period);
  if (!m) throw new RangeError(`not a survey period: ${period}`);
  const year = Number(m[1]);
  const quarter = Number(m[2]);
  return (quarter === 1 ? `${year - 1}-Q4` : `${year}-Q${quarter - 1}`) as SurveyPeriod;
}

/** First and last day (inclusive, 'YYYY-MM-DD') of a quarter: for counting the guidance held in it. */
export function periodDays(period: SurveyPeriod): { from: string; to: string } {
  const m = surveyPeriodPattern.exec(period);
  if (!m) throw new RangeError(`not a survey period: ${period}`);
  const year = m[1]!;
  const q = Number(m[2]);
  const lastDay = ['03-31', '06-30', '09-30', '12-31'][q - 1]!;
  return { from: `${year}-${String(3 * q - 2).padStart(2, '0')}-01`, to: `${year}-${lastDay}` };
}

/**
 * Paper answers are typed in later than they were written: staff may file one under this quarter or the one
 * before, never a future quarter and never years back (that would let a period be padded).
 */
export function paperPeriodAllowed(period: string, now: Date = new Date()): boolean {
  const current = surveyPeriod(now);
  return period === current || period === previousPeriod(current);
}

/** One question's result over a group of answers, as the centre may see it. */
export interface QuestionResult {
  /** How many answered this question (the interpreter question may be skipped: "no interpreter"). */
  answered: ShownCount;
  /** Average on 1–5, one decimal; null under five answers. */
  mean: number | null;
  /** Answers per step 1…5; hidden cells as statistics.ts hides them. */
  distribution: ShownCount[];
  /** Share (per cent) answering 4 or 5, the way HK-dir reports "ganske eller svært fornøyde". */
  positiveShare: number | null;
}

/**
 * Scores one question. Survey answers are anonymous, so even the centre's own figures are suppressed (exact =
 * false): with three Tigrinya answers in a quarter, the counsellor could otherwise tell who said what.
 */
export function scoreQuestion(values: readonly (number | null)[]): QuestionResult {
  const given = values.filter(isScaleValue);
  const counts = scaleValues.map((s) => given.filter((v) => v === s).length);
  const mean = given.length ? given.reduce((a, b) => a + b, 0) / given.length : null;
  const positive = given.filter((v) => v >= 4).length;
  const answered = suppress(given.length, false);
  return {
    answered,
    mean: shownOver(mean, given.length, false),
    // Under five answers no cell is told at all, not even the zeros (they would narrow the rest down).
    distribution: answered === given.length ? suppressGroup(counts, false) : counts.map(() => HIDDEN),
    positiveShare: given.length < 5 ? null : shownShare(positive, given.length, false),
  };
}

/**
 * Response rate in per cent: answers (web and paper) over the people who had guidance held in the period, as
 * HK-dir's 11 % is answers over all users. Null when either number is under five (statistics.ts) or no guidance.
 * A rate can pass 100 % when answers of one quarter come from guidance in the one before; it is shown as it is.
 */
export function responseRate(answers: number, guided: number): number | null {
  return shownShare(answers, guided, false);
}

/** HK-dir's response rate in 2020, the figure to beat (seed 004, quoted at the top of this file). */
export const HKDIR_RESPONSE_RATE_2020 = 11;
