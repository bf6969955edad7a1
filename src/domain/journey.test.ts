import { describe, expect, it } from 'vitest';
import type { PlanStep } from './guidance-note-model.ts';
import { financingConflictRules, placeSteps, summariseJourney, type JourneyOfferFacts } from './journey.ts';

/** A small made-up catalogue: enough to exercise the rules without the content module. */
const facts: Record<string, JourneyOfferFacts> = {
  intro: { lane: 'work-and-education', responsible: ['municipality', 'nav'], defaultMonths: 24, providesIncome: false },
  introduksjonsprogram: { lane: 'work-and-education', responsible: ['municipality'], defaultMonths: 24, providesIncome: false },
  hurtigspor: { lane: 'work-and-education', responsible: ['municipality'], defaultMonths: 6, providesIncome: false },
  flyktningstipend: { lane: 'financing', responsible: ['state-agency'], defaultMonths: 24, providesIncome: false },
  norsk: { lane: 'language', responsible: ['municipality'], defaultMonths: 12, providesIncome: false },
  vgo: { lane: 'work-and-education', responsible: ['county'], defaultMonths: 24, providesIncome: false },
  amo: { lane: 'work-and-education', responsible: ['nav'], defaultMonths: 6, providesIncome: false },
  wagejob: { lane: 'work-and-education', responsible: ['nav', 'employer'], defaultMonths: 12, providesIncome: true },
  frivillig: { lane: 'supplementary', responsible: ['voluntary-sector'], defaultMonths: 6, providesIncome: false },
  introduksjonsstonad: { lane: 'financing', responsible: ['municipality'], defaultMonths: 24, providesIncome: false },
  tiltakspenger: { lane: 'financing', responsible: ['nav'], defaultMonths: 6, providesIncome: false },
  lanekassen: { lane: 'financing', responsible: ['state-agency'], defaultMonths: 12, providesIncome: false },
  bostotte: { lane: 'financing', responsible: ['state-agency', 'municipality'], defaultMonths: 12, providesIncome: false },
};
const lookup = (id: string) => facts[id];

let n = 0;
const step = (offerId: string | null, startMonth: number | null, durationMonths: number | null, text: string | null = null): PlanStep => ({
  id: `s${++n}`, offerId, text, startMonth, durationMonths,
});

describe('placeSteps', () => {
  it.each<[string, PlanStep[], [string, number, number, number][]]>([
    // [label, steps, expected [lane, start, end, row] per step]
    ['explicit start and duration', [step('norsk', 2, 10)], [['language', 2, 12, 0]]],
    ['duration defaults from the offer', [step('amo', 0, null)], [['work-and-education', 0, 6, 0]]],
    ['a step without start follows the step before it', [step('intro', 0, 24), step('vgo', null, 12)], [['work-and-education', 0, 24, 0], ['work-and-education', 24, 36, 0]]],
    ['parallel steps in different lanes share months, each in row 0', [step('intro', 0, 24), step('norsk', 0, 24)], [['work-and-education', 0, 24, 0], ['language', 0, 24, 0]]],
    ['overlapping steps in one lane get separate rows', [step('intro', 0, 24), step('amo', 6, 6)], [['work-and-education', 0, 24, 0], ['work-and-education', 6, 12, 1]]],
    ['a later step reuses a freed row', [step('amo', 0, 6), step('vgo', 6, 6)], [['work-and-education', 0, 6, 0], ['work-and-education', 6, 12, 0]]],
    ['free text goes to the other row with a default of 3 months', [step(null, 1, null, 'Førerkort')], [['other', 1, 4, 0]]],
    ['an unknown offer id is kept in the other row', [step('finnes-ikke', 0, 2)], [['other', 0, 2, 0]]],
    ['negative start and zero duration are clamped', [step('norsk', -3, 0)], [['language', 0, 1, 0]]],
    ['fractions are rounded to whole months', [step('norsk', 1.4, 2.6)], [['language', 1, 4, 0]]],
  ])('%s', (_label, steps, expected) => {
    expect(placeSteps(steps, lookup).map((p) => [p.lane, p.start, p.end, p.row])).toEqual(expected);
  });

  it('marks the durations that came from the offer', () => {
    const [a, b] = placeSteps([step('amo', 0, null), step('amo', 0, 3)], lookup);
    expect([a!.defaultDuration, b!.defaultDuration]).toEqual([true, false]);
  });
});

describe('summariseJourney: time to goal, living-cost coverage and gaps', () => {
  it.each<[string, PlanStep[], number, [number, number][], number]>([
    // [label, steps, totalMonths, gaps [from, to), parallelMonths]
    ['empty plan', [], 0, [], 0],
    ['programme fully covered by the benefit', [step('intro', 0, 24), step('introduksjonsstonad', 0, 24), step('norsk', 0, 24)], 24, [], 24],
    ['benefit ends before school does', [step('intro', 0, 12), step('introduksjonsstonad', 0, 12), step('vgo', 12, 24)], 36, [[12, 36]], 0],
    ['a gap between two benefits', [step('amo', 0, 6), step('tiltakspenger', 0, 6), step('amo', 9, 6), step('tiltakspenger', 9, 6)], 15, [[6, 9]], 0],
    ['paid work covers living costs', [step('wagejob', 0, 12), step('norsk', 0, 12)], 12, [], 12],
    ['supplementary only: no coverage', [step('frivillig', 0, 6)], 6, [[0, 6]], 0],
    ['a step starting later leaves the first months uncovered', [step('introduksjonsstonad', 3, 3)], 6, [[0, 3]], 0],
  ])('%s', (_label, steps, total, gaps, parallel) => {
    const s = summariseJourney(steps, lookup);
    expect(s.totalMonths).toBe(total);
    expect(s.gaps.map((g) => [g.from, g.to])).toEqual(gaps);
    expect(s.gapMonths).toBe(gaps.reduce((sum, [from, to]) => sum + to - from, 0));
    expect(s.coverage).toHaveLength(total);
    expect(s.parallelMonths).toBe(parallel);
  });

  it.each<[string, PlanStep[], [number, number][]]>([
    // integreringsloven § 19: "Deltakere i introduksjonsprogrammet har rett til introduksjonsstønad"
    ['introduksjonsprogram: deltakere har rett til introduksjonsstønad, so no month without living costs',
      [step('introduksjonsprogram', 0, 24), step('norsk', 0, 24)], []],
    ['hurtigspor i introduksjonsprogrammet: covered by the programme benefit', [step('hurtigspor', 0, 6)], []],
    ['after the programme ends, school without a living-cost source is a gap',
      [step('introduksjonsprogram', 0, 12), step('vgo', 12, 12)], [[12, 24]]],
  ])('%s', (_label, steps, gaps) => {
    expect(summariseJourney(steps, lookup).gaps.map((g) => [g.from, g.to])).toEqual(gaps);
  });

  it('lists which steps cover each month', () => {
    const benefit = step('introduksjonsstonad', 0, 2);
    const job = step('wagejob', 1, 2);
    const s = summariseJourney([benefit, job], lookup);
    expect(s.coverage).toEqual([[benefit.id], [benefit.id, job.id], [job.id]]);
  });
});

describe('summariseJourney: transitions of responsibility', () => {
  it.each<[string, PlanStep[], [number, string, string, number][]]>([
    // [label, steps, expected [month, fromActor, toActor, gapMonths]]
    ['municipality → county, seamless', [step('intro', 0, 24), step('vgo', 24, 24)], [[24, 'municipality', 'county', 0]]],
    ['municipality → NAV with a gap of three months', [step('intro', 0, 24), step('amo', 27, 6)], [[27, 'municipality', 'nav', 3]]],
    ['municipality → county → NAV', [step('intro', 0, 12), step('vgo', 12, 12), step('amo', 24, 6)], [[12, 'municipality', 'county', 0], [24, 'county', 'nav', 0]]],
    ['same actor twice: no transition', [step('amo', 0, 6), step('amo', 6, 6)], []],
    ['parallel in one lane: no transition while the first still runs', [step('intro', 0, 24), step('amo', 6, 6)], []],
    ['different lanes are never a hand-over between each other', [step('intro', 0, 12), step('norsk', 12, 12)], []],
    ['financing lane: introduksjonsstønad → tiltakspenger', [step('introduksjonsstonad', 0, 12), step('tiltakspenger', 12, 6)], [[12, 'municipality', 'nav', 0]]],
    ['voluntary offers are not counted as hand-overs', [step('frivillig', 0, 6), step('frivillig', 6, 6)], []],
  ])('%s', (_label, steps, expected) => {
    expect(summariseJourney(steps, lookup).transitions.map((t) => [t.month, t.fromActor, t.toActor, t.gapMonths])).toEqual(expected);
  });
});

describe('summariseJourney: financing that cannot be combined', () => {
  it('flags Lånekassen and bostøtte in the same months, citing the seed', () => {
    const s = summariseJourney([step('lanekassen', 0, 12), step('bostotte', 6, 12)], lookup);
    expect(s.financingConflicts).toHaveLength(1);
    expect(s.financingConflicts[0]!.months).toEqual({ from: 6, to: 12 });
    expect(s.financingConflicts[0]!.source.seed).toContain('bostøtte kombinert med stipend fra Lånekassen');
    expect(summariseJourney([step('lanekassen', 0, 6), step('bostotte', 6, 6)], lookup).financingConflicts).toEqual([]);
  });

  it('flyktningstipend «ikke samtidig som du får introduksjonsstønad»: flagged beside the benefit and beside the programme', () => {
    for (const other of ['introduksjonsstonad', 'introduksjonsprogram']) {
      const s = summariseJourney([step(other, 0, 12), step('flyktningstipend', 6, 12)], lookup);
      expect(s.financingConflicts.map((c) => [c.offerIds, c.months])).toEqual([[['flyktningstipend', other], { from: 6, to: 12 }]]);
      expect(s.financingConflicts[0]!.source.verifiedBy?.[0]?.url).toContain('lanekassen.no');
    }
    expect(summariseJourney([step('introduksjonsprogram', 0, 12), step('flyktningstipend', 12, 12)], lookup).financingConflicts).toEqual([]);
  });

  it('every conflict rule carries a source that is either verified (URL and date read) or has a review note', () => {
    for (const rule of financingConflictRules) {
      expect(rule.source.law.length).toBeGreaterThan(0);
      const verified = (rule.source.verifiedBy ?? []).every((v) => v.url.startsWith('https://') && /^\d{4}-\d{2}-\d{2}$/.test(v.readOn));
      expect(Boolean(rule.source.reviewNote) || ((rule.source.verifiedBy?.length ?? 0) > 0 && verified)).toBe(true);
    }
  });
});
