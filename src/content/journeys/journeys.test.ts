import { readFileSync } from 'node:fs';
import { seedsDir, seedsMissingMessage, skipWithoutSeeds } from '../seeds-dir.ts';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summariseJourney } from '../../domain/index.ts';
import { offerById, offerIds } from '../index.ts';
import { planningFacts } from '../journey-planning.ts';
import { participantLanguages, participantStrings, translationStatus } from '../participant-language/index.ts';
import { journeySchema, personaKinds } from './model.ts';
import { journeyFacts, journeys, journeySteps } from './index.ts';
import { journeyList } from './journeys.ts';

describe('example journeys', () => {
  it('has at least eight journeys that together cover every persona kind the issue names', () => {
    expect(journeys.length).toBeGreaterThanOrEqual(8);
    for (const kind of personaKinds) expect(journeys.some((j) => j.persona.kinds.includes(kind)), kind).toBe(true);
    expect(journeys.find((j) => j.persona.kinds.includes('seed-case-anya'))?.persona).toMatchObject({ name: 'Anya', age: 40 });
  });

  it.each(journeys.map((j) => [j.id, j] as const))('%s references existing offers and passes validation', (_id, journey) => {
    expect(journeySchema.safeParse(journey).success).toBe(true);
    for (const phase of journey.phases) expect(offerById(phase.offerId), phase.offerId).toBeDefined();
    const summary = summariseJourney(journeySteps(journey), journeyFacts);
    // Every phase is a map offer, so nothing lands in the free-text row.
    expect(summary.steps.every((s) => s.lane !== 'other')).toBe(true);
    expect(summary.totalMonths).toBeGreaterThan(0);
    // Norwegian runs in parallel with work or education at some point in every journey.
    expect(summary.parallelMonths).toBeGreaterThan(0);
    // Each journey shows a living-cost source in at least one phase.
    expect(summary.coverage.some((ids) => ids.length > 0)).toBe(true);
  });

  it('shows the hand-overs the survey calls the hardest: the programme ends and NAV or the county takes over', () => {
    const mulu = journeys.find((j) => j.id === 'mulu-svak-norsk-etter-programmet')!;
    const s = summariseJourney(journeySteps(mulu), journeyFacts);
    expect(s.transitions.some((t) => t.fromActor === 'municipality' && t.toActor === 'nav' && t.gapMonths > 0)).toBe(true);
    expect(s.gaps.length).toBeGreaterThan(0);
  });

  it('refuses a journey that points to an unknown offer, has a single caveat, or is not marked fictional', () => {
    const base = journeyList[0]!;
    expect(journeySchema.safeParse({ ...base, phases: [...base.phases, { offerId: 'finnes-ikke', startMonth: 0, durationMonths: 1 }] }).success).toBe(false);
    expect(journeySchema.safeParse({ ...base, caveats: [base.caveats[0]] }).success).toBe(false);
    expect(journeySchema.safeParse({ ...base, persona: { ...base.persona, fictional: false } }).success).toBe(false);
    expect(journeySchema.safeParse({ ...base, title: { nb: 'Bare norsk' } }).success).toBe(false);
  });

  const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();
  it.skipIf(skipWithoutSeeds)('quotes the seeds verbatim (journeys and planning facts)', () => {
    expect(seedsMissingMessage()).toBeNull();
    const sources = [...journeys.flatMap((j) => j.sources), ...planningFacts.flatMap((f) => f.sources)];
    let checked = 0;
    for (const s of sources) {
      if (s.kind !== 'seed' || !s.quote) continue;
      expect(normalise(readFileSync(join(seedsDir, s.seed), 'utf8')).includes(normalise(s.quote)), s.quote).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });
});

describe('planning facts', () => {
  it('gives every offer a default duration, and only sourced offers count as paid work', () => {
    expect(planningFacts.map((f) => f.offerId).sort()).toEqual([...offerIds].sort());
    for (const f of planningFacts) if (f.providesIncome) expect(f.sources.length, f.offerId).toBeGreaterThan(0);
    expect(planningFacts.filter((f) => f.providesIncome).map((f) => f.offerId).sort()).toEqual(['fagbrev-pa-jobb', 'lonnstilskudd', 'praksiskandidat']);
  });
});

describe('participant language', () => {
  it('has every key in every language, none empty, and says the translations are drafts', () => {
    const keysOf = (lang: (typeof participantLanguages)[number]) =>
      Object.entries(participantStrings[lang]).flatMap(([group, values]) => Object.keys(values).map((k) => `${group}.${k}`)).sort();
    for (const lang of participantLanguages) {
      expect(keysOf(lang)).toEqual(keysOf('nb'));
      for (const [group, values] of Object.entries(participantStrings[lang])) {
        for (const [k, v] of Object.entries(values as Record<string, string>)) expect(v.trim().length, `${lang} ${group}.${k}`).toBeGreaterThan(0);
      }
    }
    for (const id of offerIds) expect(participantStrings.uk.offers[id]).toBeTruthy();
    expect(translationStatus.uk).toBe('draft');
    expect(translationStatus.ar).toBe('draft');
  });

  it('has Arabic in Arabic script and Ukrainian in Cyrillic (a copy-paste of the Norwegian would fail)', () => {
    expect(participantStrings.ar.ui.title).toMatch(/[\u0600-\u06FF]/);
    expect(participantStrings.uk.ui.title).toMatch(/[\u0400-\u04FF]/);
  });
});
