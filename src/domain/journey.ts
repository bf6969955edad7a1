/**
 * Journey timing (issue 6; seed 003 chapter 8 "eksempelreiser"): places the steps of a plan on months, stacks
 * parallel steps within a lane, works out the time to the goal, which months have a living-cost source, and where
 * responsibility passes from one actor to another (the transitions the survey calls the hardest pain point).
 *
 * Pure: the caller passes the little it needs to know about each offer ({@link JourneyOfferFacts}), so the rules
 * can be table-tested without the content module and the web can run them on published offers.
 */
import type { PlanStep } from './guidance-note-model.ts';
// One limit for the note's plans and the journey plans: a plan lasts at most ten years.
import { MAX_PLAN_MONTHS } from './guidance-note-model.ts';
import type { RuleSource } from './rule-source.ts';
import { IMDI_INTRO_BENEFIT, LANEKASSEN_REFUGEE_GRANT } from './eligibility/verified-sources.ts';

/** The lanes of the map; 'other' holds free-text steps that are not map offers. */
export type JourneyLane = 'language' | 'work-and-education' | 'supplementary' | 'financing' | 'other';

/** What the rules need to know about one offer. */
export interface JourneyOfferFacts {
  lane: Exclude<JourneyLane, 'other'>;
  /** Responsible actors, main one first (as in the content's `responsible`). */
  responsible: readonly string[];
  /** Months a step lasts when the plan does not say. */
  defaultMonths: number;
  /** Taking the offer means being in paid work, so the wage covers living costs (e.g. fagbrev på jobb). */
  providesIncome: boolean;
}

export type OfferFactsLookup = (offerId: string) => JourneyOfferFacts | undefined;

export interface PlacedStep {
  stepId: string;
  offerId: string | null;
  lane: JourneyLane;
  /** First month (0 = the plan's start). */
  start: number;
  /** First month after the step (exclusive), so `end - start` is the duration. */
  end: number;
  /** 0 for the first row of the lane; parallel steps in one lane get rows 1, 2, … */
  row: number;
  /** Main responsible actor, or null for a free-text step. */
  actor: string | null;
  /** True when the step itself covers living costs: a financing offer, paid work, or the introduction programme (its benefit). */
  coversLivingCosts: boolean;
  /** The step's duration came from the offer's default, not from the plan. */
  defaultDuration: boolean;
}

export interface MonthRange {
  /** First month of the range. */
  from: number;
  /** First month after the range (exclusive). */
  to: number;
}

export interface Transition {
  /** The month the next actor takes over. */
  month: number;
  lane: JourneyLane;
  fromStepId: string;
  toStepId: string;
  fromActor: string;
  toActor: string;
  /** Months between the end of one step and the start of the next (0 = seamless). */
  gapMonths: number;
}

export interface FinancingConflict {
  months: MonthRange;
  offerIds: [string, string];
  source: RuleSource;
}

export interface JourneySummary {
  steps: PlacedStep[];
  /** Months from the start to the end of the last step. */
  totalMonths: number;
  /** Per month 0..totalMonths-1: the step ids that cover living costs that month. */
  coverage: string[][];
  /** Months with no living-cost source, as ranges. */
  gaps: MonthRange[];
  gapMonths: number;
  transitions: Transition[];
  /** Months where two steps run in different lanes at the same time (language alongside work, for instance). */
  parallelMonths: number;
  financingConflicts: FinancingConflict[];
}

/** Default for a free-text step without a duration. */
export const FREE_TEXT_DEFAULT_MONTHS = 3;

/**
 * Living-cost pairs that cannot be combined. Seed 003 (ch. 6): students "ikke kan få bostøtte kombinert med
 * stipend fra Lånekassen".
 */
export const financingConflictRules: readonly { offerIds: [string, string]; source: RuleSource }[] = [
  {
    offerIds: ['lanekassen', 'bostotte'],
    source: {
      law: 'bustøttelova med forskrift om bustøtte (paragraf ikke oppgitt)',
      seed: '003_621298d49563d429.txt: "ikke kan få bostøtte kombinert med stipend fra Lånekassen"',
      effectiveFrom: '2021-04-01',
      reviewNote: 'Seed 003 (2021) gjelder studenter med stipend; sjekk dagens regler for bostøtte og unntak (f.eks. barnefamilier).',
    },
  },
  // Lånekassen: "Du kan ikke få flyktningstipend samtidig som du får introduksjonsstønad." The programme pays the benefit.
  ...(['introduksjonsstonad', 'introduksjonsprogram'] as const).map((other) => ({
    offerIds: ['flyktningstipend', other] as [string, string],
    source: {
      law: 'forskrift om tildeling av utdanningsstøtte (flyktningstipend): ikke samtidig med introduksjonsstønad',
      effectiveFrom: '2021-01-01',
      verifiedBy: [LANEKASSEN_REFUGEE_GRANT],
    },
  })),
];

/**
 * Offers whose participation itself pays a benefit for living costs, although they sit in an activity lane: a step
 * inside the introduction programme is not a month without living costs, because participants receive
 * introduksjonsstønad (integreringsloven § 19). "Hurtigspor" is a track inside the programme (see the eligibility rule).
 */
export const livingCostsIncludedRules: readonly { offerId: string; benefitOfferId: string; source: RuleSource }[] = [
  'introduksjonsprogram',
  'hurtigspor',
].map((offerId) => ({
  offerId,
  benefitOfferId: 'introduksjonsstonad',
  source: {
    law: 'integreringsloven § 19 (deltakere i introduksjonsprogrammet har rett til introduksjonsstønad)',
    effectiveFrom: '2021-01-01',
    verifiedBy: [IMDI_INTRO_BENEFIT],
  },
}));
const livingCostsIncluded = new Set(livingCostsIncludedRules.map((r) => r.offerId));

function wholeMonths(value: number | null, fallback: number, min: number): number {
  if (value === null || !Number.isFinite(value)) return fallback;
  return Math.min(MAX_PLAN_MONTHS, Math.max(min, Math.round(value)));
}

/**
 * Places each step on months. A step without a start follows the step before it in the plan (in any lane), so a
 * plan typed as a list becomes a sequence; a step without a duration takes the offer's default.
 * Unknown offer ids are placed in the 'other' row so nothing the participant agreed to silently disappears.
 */
export function placeSteps(steps: readonly PlanStep[], facts: OfferFactsLookup): PlacedStep[] {
  const placed: PlacedStep[] = [];
  let previousEnd = 0;
  for (const step of steps) {
    const offer = step.offerId ? facts(step.offerId) : undefined;
    const start = wholeMonths(step.startMonth, previousEnd, 0);
    const duration = wholeMonths(step.durationMonths, offer?.defaultMonths ?? FREE_TEXT_DEFAULT_MONTHS, 1);
    placed.push({
      stepId: step.id,
      offerId: step.offerId,
      lane: offer?.lane ?? 'other',
      start,
      end: start + duration,
      row: 0,
      actor: offer?.responsible[0] ?? null,
      coversLivingCosts: offer ? offer.lane === 'financing' || offer.providesIncome || livingCostsIncluded.has(step.offerId ?? '') : false,
      defaultDuration: step.durationMonths === null,
    });
    previousEnd = start + duration;
  }
  // Rows: within a lane, a step goes to the first row that is free when it starts (interval colouring).
  const rowEnds = new Map<JourneyLane, number[]>();
  const order = [...placed].sort((a, b) => a.start - b.start || placed.indexOf(a) - placed.indexOf(b));
  for (const p of order) {
    const ends = rowEnds.get(p.lane) ?? [];
    let row = ends.findIndex((end) => end <= p.start);
    if (row === -1) { row = ends.length; ends.push(p.end); } else ends[row] = p.end;
    rowEnds.set(p.lane, ends);
    p.row = row;
  }
  return placed;
}

const active = (p: PlacedStep, month: number) => p.start <= month && month < p.end;

function toRanges(months: readonly number[]): MonthRange[] {
  const ranges: MonthRange[] = [];
  for (const m of months) {
    const last = ranges[ranges.length - 1];
    if (last && last.to === m) last.to = m + 1;
    else ranges.push({ from: m, to: m + 1 });
  }
  return ranges;
}

/**
 * Where responsibility changes hands: in each lane (free text and the voluntary sector aside), consecutive steps
 * whose main actors differ. Steps that overlap in one lane run in parallel and are not a hand-over.
 */
export function transitionsOf(placed: readonly PlacedStep[]): Transition[] {
  const transitions: Transition[] = [];
  const lanes = [...new Set(placed.map((p) => p.lane))].filter((l) => l !== 'other' && l !== 'supplementary');
  for (const lane of lanes) {
    const inLane = placed.filter((p) => p.lane === lane && p.actor !== null).sort((a, b) => a.start - b.start || a.end - b.end);
    for (let i = 1; i < inLane.length; i++) {
      const next = inLane[i]!;
      // The step that was running last before `next` starts: the latest-ending one that ends by then.
      const before = inLane.slice(0, i).filter((p) => p.end <= next.start).sort((a, b) => b.end - a.end)[0];
      if (!before || before.actor === next.actor) continue;
      // A step still running when `next` starts means they run side by side: no hand-over yet.
      if (inLane.slice(0, i).some((p) => p.end > next.start)) continue;
      transitions.push({
        month: next.start, lane, fromStepId: before.stepId, toStepId: next.stepId,
        fromActor: before.actor!, toActor: next.actor!, gapMonths: next.start - before.end,
      });
    }
  }
  return transitions.sort((a, b) => a.month - b.month);
}

/** Everything the timeline and the builder show about a plan. */
export function summariseJourney(steps: readonly PlanStep[], facts: OfferFactsLookup): JourneySummary {
  const placed = placeSteps(steps, facts);
  const totalMonths = placed.reduce((max, p) => Math.max(max, p.end), 0);
  const coverage: string[][] = [];
  const gapList: number[] = [];
  let parallelMonths = 0;
  for (let m = 0; m < totalMonths; m++) {
    const now = placed.filter((p) => active(p, m));
    const covering = now.filter((p) => p.coversLivingCosts).map((p) => p.stepId);
    coverage.push(covering);
    if (covering.length === 0) gapList.push(m);
    const activityLanes = new Set(now.filter((p) => p.lane !== 'financing').map((p) => p.lane));
    if (activityLanes.size > 1) parallelMonths++;
  }
  const financingConflicts: FinancingConflict[] = [];
  for (const rule of financingConflictRules) {
    const months: number[] = [];
    for (let m = 0; m < totalMonths; m++) {
      const ids = new Set(placed.filter((p) => active(p, m)).map((p) => p.offerId));
      if (rule.offerIds.every((id) => ids.has(id))) months.push(m);
    }
    for (const range of toRanges(months)) financingConflicts.push({ months: range, offerIds: rule.offerIds, source: rule.source });
  }
  return {
    steps: placed, totalMonths, coverage, gaps: toRanges(gapList), gapMonths: gapList.length,
    transitions: transitionsOf(placed), parallelMonths, financingConflicts,
  };
}
