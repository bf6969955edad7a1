/**
 * A career centre's yearly self-evaluation against the national quality framework (issue 14, item 5;
 * domain/quality-framework.ts holds the framework's areas and their source).
 *
 * Who: the centre lead writes the current year's evaluation; the centre's counsellors read all its years. "The
 * county" has no role of its own in Veivalg, so it is read as (a) the centre leads of the county — each lead sees
 * the summaries (scores, not texts) of every career centre in the same county (organisations.county_id), which is
 * how a county with several centres compares them — and (b) the statistics reader at national level, who sees the
 * same summaries for every centre. DOMAIN.md § 2 gives the lead "quality assurance"; the evidence and improvement
 * texts stay inside the centre, as they may name colleagues.
 */
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { counties, organisations, qualityEvaluations, users } from '../../db/schema.ts';
import type { Actor } from '../../auth/actor.ts';
import { mayEditEvaluation, qualityCentre, summaryReach } from './policy.ts';
import { recordAudit } from '../../audit/record.ts';
import { AppError, fieldError, forbidden, notFound, staleVersion } from '../../http/errors.ts';
import { todayInOslo } from '../../../domain/dates.ts';
import {
  evaluationSummary, evaluationYearOpen, frameworkAreas, type AreaEntry, type EvaluationScore, type FrameworkAreaKey,
} from '../../../domain/quality-framework.ts';
import type { EvaluationInput } from './schemas.ts';

type Row = typeof qualityEvaluations.$inferSelect;

function ownCentre(actor: Actor): string {
  const centreId = qualityCentre(actor);
  if (!centreId) throw forbidden();
  return centreId;
}

/** The stored areas in the framework's order, with any area missing filled blank (a later framework edition). */
function entriesOf(row: Pick<Row, 'areas'>): AreaEntry[] {
  const stored = new Map((row.areas ?? []).map((a) => [a.area, a]));
  return frameworkAreas.map((f) => {
    const a = stored.get(f.key);
    return { area: f.key, score: (a?.score ?? null) as EvaluationScore | null, evidence: a?.evidence ?? '', improvement: a?.improvement ?? '' };
  });
}

function json(row: Row, centre: { id: string; name: string }, updatedBy: string) {
  const areas = entriesOf(row);
  return {
    id: row.id, year: row.year, centre, open: evaluationYearOpen(row.year, todayInOslo()), areas, summary: evaluationSummary(areas),
    updatedBy, updatedAt: row.updatedAt.toISOString(), version: row.version,
  };
}

async function centreOf(db: Pick<Db, 'select'>, id: string) {
  const [c] = await db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(eq(organisations.id, id));
  return c!;
}

export async function listEvaluations(db: Db, actor: Actor) {
  const centreId = ownCentre(actor);
  const rows = await db.select().from(qualityEvaluations).where(eq(qualityEvaluations.careerCentreId, centreId)).orderBy(desc(qualityEvaluations.year));
  const today = todayInOslo();
  return {
    items: rows.map((r) => ({
      id: r.id, year: r.year, open: evaluationYearOpen(r.year, today), summary: evaluationSummary(entriesOf(r)),
      updatedAt: r.updatedAt.toISOString(), version: r.version,
    })),
  };
}

/** One evaluation with its texts: the centre's own staff only (404 for anyone else, as for any record). */
export async function getEvaluation(db: Db, actor: Actor, id: string) {
  const centreId = qualityCentre(actor);
  if (!centreId) throw notFound();
  const [found] = await db.select({ e: qualityEvaluations, by: users.name }).from(qualityEvaluations)
    .innerJoin(users, eq(users.id, qualityEvaluations.updatedBy))
    .where(and(eq(qualityEvaluations.id, id), eq(qualityEvaluations.careerCentreId, centreId)));
  if (!found) throw notFound();
  return json(found.e, await centreOf(db, centreId), found.by);
}

/**
 * Saves this year's evaluation (the centre lead): made on the first save (version null), changed with the version
 * read after that. Earlier years are never written: `year` is always today's year in Norway.
 */
export async function saveCurrentEvaluation(db: Db, actor: Actor, input: EvaluationInput) {
  const centreId = ownCentre(actor);
  if (!mayEditEvaluation(actor)) throw forbidden();
  const keys = input.areas.map((a) => a.area);
  if (new Set(keys).size !== keys.length) throw fieldError('areas', 'quality.areas-invalid');
  const today = todayInOslo();
  const year = Number(today.slice(0, 4));
  if (!evaluationYearOpen(year, today)) throw new AppError(409, 'quality.year-closed');
  const [existing] = await db.select().from(qualityEvaluations)
    .where(and(eq(qualityEvaluations.careerCentreId, centreId), eq(qualityEvaluations.year, year)));
  if ((existing?.version ?? null) !== input.version) throw staleVersion();
  // Areas not sent keep what they had: a lead may save one area at a time.
  const before = existing ? entriesOf(existing) : entriesOf({ areas: [] });
  const sent = new Map(input.areas.map((a) => [a.area as FrameworkAreaKey, a]));
  const areas = before.map((b) => {
    const a = sent.get(b.area);
    return a ? { area: b.area, score: a.score, evidence: a.evidence, improvement: a.improvement } : b;
  });
  const changedAreas = areas.filter((a, i) => JSON.stringify(a) !== JSON.stringify(before[i])).map((a) => a.area);
  const row = await db.transaction(async (tx) => {
    const [saved] = existing
      ? await tx.update(qualityEvaluations)
        .set({ areas, updatedBy: actor.userId, updatedAt: new Date(), version: existing.version + 1 })
        .where(and(eq(qualityEvaluations.id, existing.id), eq(qualityEvaluations.version, existing.version))).returning()
      : await tx.insert(qualityEvaluations).values({ careerCentreId: centreId, year, areas, updatedBy: actor.userId })
        .onConflictDoNothing().returning();
    if (!saved) throw staleVersion();
    await recordAudit(tx, actor, { type: 'quality-evaluation.saved', careerCentreId: centreId, evaluationId: saved.id, year, changedAreas });
    return saved;
  });
  return json(row, await centreOf(db, centreId), actor.name);
}

/**
 * Summaries for "the county" (see the top of this file): scores per area and the summary, never the texts.
 * A centre lead: every career centre in the lead's county. The statistics reader: every career centre.
 */
export async function countySummaries(db: Db, actor: Actor) {
  let centreFilter;
  const scope = summaryReach(actor);
  if (scope === 'county') {
    const [own] = await db.select({ countyId: organisations.countyId }).from(organisations).where(eq(organisations.id, actor.organisationId!));
    centreFilter = own?.countyId
      ? and(eq(organisations.kind, 'career-centre'), eq(organisations.countyId, own.countyId))
      : eq(organisations.id, actor.organisationId!);
  } else if (scope === 'national') {
    centreFilter = eq(organisations.kind, 'career-centre');
  } else throw forbidden();
  const centres = await db.select({ id: organisations.id, name: organisations.name, county: counties.name }).from(organisations)
    .leftJoin(counties, eq(counties.id, organisations.countyId)).where(centreFilter).orderBy(organisations.name);
  const rows = centres.length
    ? await db.select().from(qualityEvaluations).where(inArray(qualityEvaluations.careerCentreId, centres.map((c) => c.id))).orderBy(desc(qualityEvaluations.year))
    : [];
  return {
    scope,
    items: centres.map((c) => ({
      centre: { id: c.id, name: c.name },
      county: c.county ?? null,
      years: rows.filter((r) => r.careerCentreId === c.id).map((r) => {
        const entries = entriesOf(r);
        return {
          year: r.year, summary: evaluationSummary(entries), areas: entries.map((e) => ({ area: e.area, score: e.score })),
          updatedAt: r.updatedAt.toISOString(),
        };
      }),
    })),
  };
}
