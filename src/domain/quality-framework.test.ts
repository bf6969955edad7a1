import { describe, expect, it } from 'vitest';
import { evaluationSummary, evaluationYearOpen, frameworkAreas, frameworkSource } from './quality-framework.ts';
import { readFileSync } from 'node:fs';

describe('the quality framework as data', () => {
  it('has the four areas the seed names, in its order, with a checked source', () => {
    expect(frameworkAreas.map((a) => a.heading.nb)).toEqual(['Kompetansestandarder', 'Karrierekompetanse', 'Etikk', 'Kvalitetssikring']);
    const seed = readFileSync(new URL('../../../shared/seeds/004_7de5c590806d3e6a.txt', import.meta.url), 'utf8').replace(/\s+/g, ' ');
    for (const a of frameworkAreas) expect(seed).toContain(a.heading.nb);
    // Every Norwegian question is quoted on the page it was checked against.
    for (const a of frameworkAreas) expect(frameworkSource.verifiedBy![0]!.quote).toContain(a.question.nb);
    expect(frameworkSource.reviewNote).toBeTruthy();
  });
});

describe('self-evaluation rules', () => {
  it.each([
    [2026, '2026-12-06', true],
    [2025, '2026-01-01', false],
    [2027, '2026-12-31', false],
  ])('year %i open on %s: %s', (year, today, open) => expect(evaluationYearOpen(year, today)).toBe(open));

  it.each([
    { entries: [], expected: { scored: 0, of: 4, average: null, withAction: 0 } },
    {
      entries: [
        { area: 'ethics', score: 3, evidence: 'Rutine', improvement: 'Kurs' },
        { area: 'career-competence', score: 2, evidence: '', improvement: '  ' },
        { area: 'quality-assurance', score: null, evidence: '', improvement: 'Start' },
      ],
      expected: { scored: 2, of: 4, average: 2.5, withAction: 2 },
    },
  ] as const)('summary of $entries.length entries', ({ entries, expected }) => {
    expect(evaluationSummary(entries)).toEqual(expected);
  });
});
