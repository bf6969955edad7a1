import { describe, expect, it } from 'vitest';
import * as domain from './index.ts';
import { isValidIsoDate } from './dates.ts';

// Every module of the domain but the index and the tests (and their fixtures).
const modules = import.meta.glob<Record<string, unknown>>(
  ['./*.ts', './eligibility/*.ts', '!./index.ts', '!./**/*.test.ts', '!./**/test-fixtures.ts'],
  { eager: true },
);

/**
 * The index is the domain's public surface for the server and the web app (README: one place for each rule). What
 * matters is what it gives, not a list of its names: each value is the rule module's own (a copy or a wrapper would be
 * a second place for the rule), and each legal source it hands out says where the rule comes from and since when.
 */
describe('index (the domain rules as the server and the web app see them)', () => {
  it('gives each rule as its module defines it: the same function or table, never a copy', () => {
    const notOwn = Object.entries(domain).filter(([name, value]) =>
      !Object.values(modules).some((m) => m[name] === value));
    expect(notOwn.map(([name]) => name)).toEqual([]);
  });

  it('the rules the server stores results of are there, with the version that computed them', () => {
    expect(domain.storedRuleResults({ residenceBasis: 'refugee', birthDate: '1990-01-01', settlementDate: '2026-01-31' }))
      .toMatchObject({ decisionDeadline: '2026-04-30', rulesVersion: domain.RULE_SET_VERSION });
  });

  it('every legal source it hands out names the law or the seed and a valid effective-from date', () => {
    const sources = Object.entries(domain).flatMap(([name, value]) => {
      const items = Array.isArray(value) ? value.map((v: { source?: unknown }) => v?.source ?? v) : [value];
      return items.filter((v): v is { law?: unknown; seed?: unknown; effectiveFrom: unknown } =>
        typeof v === 'object' && v !== null && 'effectiveFrom' in v).map((source) => ({ name, source }));
    });
    expect(sources.length).toBeGreaterThan(10);
    const bad = sources.filter(({ source }) =>
      typeof source.effectiveFrom !== 'string' || !isValidIsoDate(source.effectiveFrom)
      || !((typeof source.law === 'string' && source.law.trim()) || (typeof source.seed === 'string' && source.seed.trim())));
    expect(bad.map(({ name }) => name)).toEqual([]);
  });
});
