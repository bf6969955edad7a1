/**
 * The participants' anonymous survey (issue 14, item 4). Two halves that never meet:
 * - the link half (which page link may answer, and whether it has) reads the participant through the link;
 * - the answer half stores centre, language, quarter, channel and the answers, and nothing else.
 * The only thing they share is the transaction that writes a used-link marker and an answer together, so that a
 * double submit counts once. See db/schema-survey.ts for what the tables hold and why.
 */
import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { guidanceSessions, organisations, participantPageLinks, surveyAnswers, surveyLinkUses } from '../../db/schema.ts';
import type { Actor } from '../../auth/actor.ts';
import { hashToken } from '../../auth/tokens.ts';
import { recordAudit } from '../../audit/record.ts';
import { AppError, fieldError, forbidden, notFound } from '../../http/errors.ts';
import { infoLanguages } from '../../../content/info-packages/model.ts';
import {
  HKDIR_RESPONSE_RATE_2020, paperPeriodAllowed, responseRate, scoreQuestion, surveyPeriod, type SurveyPeriod,
} from '../../../domain/participant-survey.ts';
import { suppress, suppressGroup, SUPPRESS_BELOW } from '../../../domain/statistics.ts';
import type { PaperAnswerInput, SurveyAnswerInput, SurveyResultsJson } from './schemas.ts';
import { paperAnswerCentre, surveyResultsReach } from './policy.ts';

/** The page link's token shape (participant-page/service.ts): anything else is not a link. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** The used-link marker: derived from the stored token hash, so the token itself is never needed again. */
const markerOf = (tokenHash: string) => hashToken(`survey:${tokenHash}`);

/**
 * The link behind a token, if it still works, and the centre that held the participant's guidance (the newest
 * held session). Same 404 for unknown, expired and revoked, like the page itself.
 */
async function linkForSurvey(db: Pick<Db, 'select'>, token: string) {
  if (!TOKEN_SHAPE.test(token)) throw notFound();
  const [link] = await db.select({ tokenHash: participantPageLinks.tokenHash, participantId: participantPageLinks.participantId })
    .from(participantPageLinks)
    .where(and(eq(participantPageLinks.tokenHash, hashToken(token)), isNull(participantPageLinks.revokedAt), gt(participantPageLinks.expiresAt, new Date())))
    .limit(1);
  if (!link) throw notFound();
  const [held] = await db.select({ centreId: guidanceSessions.careerCentreId }).from(guidanceSessions)
    .where(and(eq(guidanceSessions.participantId, link.participantId), eq(guidanceSessions.outcome, 'held')))
    .orderBy(desc(guidanceSessions.startsAt)).limit(1);
  return { marker: markerOf(link.tokenHash), centreId: held?.centreId ?? null };
}

export async function surveyState(db: Db, token: string): Promise<{ status: 'open' | 'answered' | 'not-yet' }> {
  const { marker, centreId } = await linkForSurvey(db, token);
  if (!centreId) return { status: 'not-yet' };
  const [used] = await db.select({ marker: surveyLinkUses.marker }).from(surveyLinkUses).where(eq(surveyLinkUses.marker, marker));
  return { status: used ? 'answered' : 'open' };
}

/**
 * Stores an answer from the participant's page. Returns whether it was counted: a second submit from the same
 * link (a double click, a second device, a resend after a lost answer) is accepted without being counted again.
 * No audit event: it would put a time and a link next to the moment of answering. The language is the page's
 * language as the participant chose it.
 */
export async function submitAnswer(db: Db, token: string, input: SurveyAnswerInput): Promise<{ counted: boolean }> {
  const { marker, centreId } = await linkForSurvey(db, token);
  if (!centreId) throw new AppError(409, 'survey.not-open');
  return db.transaction(async (tx) => {
    const used = await tx.insert(surveyLinkUses).values({ marker }).onConflictDoNothing().returning({ marker: surveyLinkUses.marker });
    if (!used.length) return { counted: false };
    await tx.insert(surveyAnswers).values({
      careerCentreId: centreId, language: input.language, period: surveyPeriod(), channel: 'web',
      useful: input.useful, interpreter: input.interpreter, nextStep: input.nextStep, comment: input.comment || null,
    });
    return { counted: true };
  });
}

/** A paper form typed in by the centre's staff: the same anonymous row, with the channel "paper". */
export async function enterPaperAnswer(db: Db, actor: Actor, input: PaperAnswerInput): Promise<void> {
  const centreId = paperAnswerCentre(actor);
  if (!centreId) throw forbidden();
  if (!paperPeriodAllowed(input.period)) throw fieldError('period', 'survey.period-not-allowed');
  await db.transaction(async (tx) => {
    await tx.insert(surveyAnswers).values({
      careerCentreId: centreId, language: input.language, period: input.period, channel: 'paper',
      useful: input.useful, interpreter: input.interpreter, nextStep: input.nextStep, comment: input.comment || null,
    });
    // Who typed a paper form in is audited; which answer it was is not (no id, no language, no values).
    await recordAudit(tx, actor, { type: 'survey.paper-answer-entered' });
  });
}

type AnswerRow = Pick<typeof surveyAnswers.$inferSelect, 'language' | 'period' | 'channel' | 'useful' | 'interpreter' | 'nextStep' | 'comment'>;

const questionsOf = (rows: readonly AnswerRow[]) => ({
  useful: scoreQuestion(rows.map((r) => r.useful)),
  interpreter: scoreQuestion(rows.map((r) => r.interpreter)),
  nextStep: scoreQuestion(rows.map((r) => r.nextStep)),
});

/**
 * A centre's results per quarter: response rate against guidance held, each question, each language, and the free
 * texts, all suppressed under five (statistics.ts) even for the centre itself, because the answers are anonymous.
 * Centre roles read their own centre; the statistics reader any centre (centreId).
 */
export async function surveyResults(db: Db, actor: Actor, centreId: string | undefined): Promise<SurveyResultsJson> {
  let id: string;
  const reach = surveyResultsReach(actor);
  if (reach?.kind === 'own') {
    if (centreId && centreId !== reach.centreId) throw notFound();
    id = reach.centreId;
  } else if (reach?.kind === 'any') {
    if (!centreId) throw fieldError('centreId', 'required');
    id = centreId;
  } else throw forbidden();
  const [centre] = await db.select({ id: organisations.id, name: organisations.name }).from(organisations)
    .where(and(eq(organisations.id, id), eq(organisations.kind, 'career-centre')));
  if (!centre) throw notFound();

  const rows: AnswerRow[] = await db.select({
    language: surveyAnswers.language, period: surveyAnswers.period, channel: surveyAnswers.channel, useful: surveyAnswers.useful,
    interpreter: surveyAnswers.interpreter, nextStep: surveyAnswers.nextStep, comment: surveyAnswers.comment,
  }).from(surveyAnswers).where(eq(surveyAnswers.careerCentreId, id));
  // People with guidance held, per quarter of the session (the same quarters the answers are filed under).
  const held = await db.selectDistinct({ participantId: guidanceSessions.participantId, startsAt: guidanceSessions.startsAt })
    .from(guidanceSessions).where(and(eq(guidanceSessions.careerCentreId, id), eq(guidanceSessions.outcome, 'held')));
  const guided = new Map<string, Set<string>>();
  for (const h of held) {
    const p = surveyPeriod(h.startsAt);
    if (!guided.has(p)) guided.set(p, new Set());
    guided.get(p)!.add(h.participantId);
  }
  const periods = [...new Set([...rows.map((r) => r.period), ...guided.keys(), surveyPeriod()])].sort().reverse().slice(0, 8) as SurveyPeriod[];

  await recordAudit(db, actor, { type: 'survey.results-viewed', careerCentreId: id });
  return {
    centre,
    hkdirResponseRate: HKDIR_RESPONSE_RATE_2020,
    periods: periods.map((period) => {
      const inPeriod = rows.filter((r) => r.period === period);
      const n = inPeriod.length;
      const g = guided.get(period)?.size ?? 0;
      const byLanguage = infoLanguages.map((language) => inPeriod.filter((r) => r.language === language));
      const shownLanguageCounts = suppressGroup(byLanguage.map((l) => l.length), false);
      const shownChannels = suppressGroup([inPeriod.filter((r) => r.channel === 'paper').length, inPeriod.filter((r) => r.channel === 'web').length], false);
      return {
        period,
        answers: suppress(n, false),
        paper: shownChannels[0]!,
        guided: suppress(g, false),
        responseRate: responseRate(n, g),
        questions: questionsOf(inPeriod),
        languages: infoLanguages
          .map((language, i) => ({
            language,
            answers: shownLanguageCounts[i]!,
            // A language's scores only where its count is shown and at least five.
            questions: typeof shownLanguageCounts[i] === 'number' && byLanguage[i]!.length >= SUPPRESS_BELOW ? questionsOf(byLanguage[i]!) : null,
          }))
          .filter((l) => l.answers !== 0),
        // Sorted by text, never in the order they came in: the order could be matched to when links were used.
        comments: n >= SUPPRESS_BELOW ? inPeriod.flatMap((r) => (r.comment ? [r.comment] : [])).sort((a, b) => a.localeCompare(b, 'nb')) : [],
      };
    }),
  };
}

/** Tests and the demo: the number of answers stored for a centre (no other column is read). */
export async function answerCount(db: Db, centreId: string): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(surveyAnswers).where(eq(surveyAnswers.careerCentreId, centreId));
  return row?.n ?? 0;
}
