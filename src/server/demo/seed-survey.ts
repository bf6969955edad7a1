/**
 * Demo data for the participants' survey and the quality self-evaluation (issue 14). ILLUSTRATION, NOT A
 * MEASUREMENT: the answers are made up at a rate the design aims for, so that a centre's results page has
 * something to show. Each centre gets answers from 40 % of the people whose guidance it held this quarter (HK-dir
 * reached 11 %; seed 004), a quarter of them on paper, in the languages the demo's participants speak.
 * No answer is derived from any participant: only the count of guided people is read.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { guidanceSessions, qualityEvaluations, surveyAnswers } from '../db/schema.ts';
import { surveyPeriod } from '../../domain/participant-survey.ts';

/** The share of guided people the demo gives an answer for; see the top of this file. */
export const DEMO_RESPONSE_SHARE = 0.4;
const demoLanguages = ['ar', 'ti', 'uk', 'ar', 'so', 'prs', 'uk', 'ar', 'ti', 'en'] as const;
const demoComments = ['Tolken var flink.', 'Jeg vil lære mer norsk først.', 'Bra å få vite om fagbrev.', 'شكرًا على المساعدة.', 'Дуже корисна розмова.'];

export async function seedSurvey(db: Db, centres: { vestland: string; buskerud: string; lead: string }): Promise<void> {
  const period = surveyPeriod();
  for (const centreId of [centres.vestland, centres.buskerud]) {
    const held = await db.selectDistinct({ p: guidanceSessions.participantId, at: guidanceSessions.startsAt }).from(guidanceSessions)
      .where(and(eq(guidanceSessions.careerCentreId, centreId), eq(guidanceSessions.outcome, 'held')));
    const guided = new Set(held.filter((h) => surveyPeriod(h.at) === period).map((h) => h.p)).size;
    const n = Math.round(guided * DEMO_RESPONSE_SHARE);
    if (!n) continue;
    await db.insert(surveyAnswers).values(Array.from({ length: n }, (_, i) => ({
      careerCentreId: centreId, period, language: demoLanguages[i % demoLanguages.length]!, channel: i % 4 === 3 ? 'paper' as const : 'web' as const,
      useful: [5, 4, 5, 3, 4, 5, 2, 4][i % 8]!, interpreter: i % 5 === 4 ? null : [4, 5, 3, 4, 2][i % 5]!, nextStep: [4, 3, 5, 4, 2, 3][i % 6]!,
      comment: i % 3 === 0 ? demoComments[(i / 3) % demoComments.length]! : null,
    })));
  }
  // Last year's self-evaluation at Karriere Vestland, so that "earlier years" has one to read.
  const lastYear = Number(period.slice(0, 4)) - 1;
  await db.insert(qualityEvaluations).values({
    careerCentreId: centres.vestland, year: lastYear, updatedBy: centres.lead,
    areas: [
      { area: 'competence-standards', score: 3, evidence: 'Fire av seks veiledere har videreutdanning i karriereveiledning.', improvement: 'Kartlegge kompetanse med «Min kompetanse».' },
      { area: 'career-competence', score: 2, evidence: 'Karriereknappene brukes i gruppeveiledning, lite i individuelle samtaler.', improvement: 'Bruke karriereknappene i forsamtalen.' },
      { area: 'ethics', score: 3, evidence: 'Taushetsplikt og tolkebruk gjennomgått på fagdag.', improvement: 'Etisk refleksjon hvert kvartal.' },
      { area: 'quality-assurance', score: 1, evidence: 'Ingen egen brukerundersøkelse for deltakere i introduksjonsprogrammet.', improvement: 'Ta i bruk deltakernes brukerundersøkelse, også på papir.' },
    ],
  });
}
