import { describe, expect, it } from 'vitest';
import { guidanceRight, residenceBases, type GuidanceRight, type ResidenceBasis } from './guidance-right.ts';

const SETTLED = '2026-03-10';

describe('guidanceRight: age limits for a refugee (measured on the settlement date)', () => {
  it.each<[string, string, GuidanceRight, string]>([
    ['17 (turns 18 the day after settlement)', '2008-03-11', 'none', 'outside-age-range'],
    ['18 (birthday exactly on the settlement date)', '2008-03-10', 'right-and-duty', 'target-group-18-55'],
    ['18', '2007-06-01', 'right-and-duty', 'target-group-18-55'],
    ['55', '1970-06-01', 'right-and-duty', 'target-group-18-55'],
    ['55 (56th birthday the day after settlement)', '1970-03-11', 'right-and-duty', 'target-group-18-55'],
    ['56 (birthday exactly on the settlement date)', '1970-03-10', 'none', 'outside-age-range'],
    ['56', '1969-06-01', 'none', 'outside-age-range'],
  ])('age %s → %s', (_label, birthDate, right, reason) => {
    const result = guidanceRight({ residenceBasis: 'refugee', birthDate, settlementDate: SETTLED });
    expect(result.right).toBe(right);
    expect(result.reason).toBe(reason);
    expect(result.source.law).toContain('§ 8 første ledd');
  });

  it('29 February birthday: 18 only from 1 March in a common year', () => {
    const born = '2008-02-29';
    expect(guidanceRight({ residenceBasis: 'refugee', birthDate: born, settlementDate: '2026-02-28' }).right).toBe('none');
    expect(guidanceRight({ residenceBasis: 'refugee', birthDate: born, settlementDate: '2026-03-01' }).right).toBe(
      'right-and-duty',
    );
  });
});

describe('guidanceRight: each residence basis, age 30', () => {
  const table: Record<ResidenceBasis, [GuidanceRight, string, string]> = {
    refugee: ['right-and-duty', 'target-group-18-55', 'integreringsloven § 11 første ledd, jf. § 8 første ledd'],
    'refugee-family-reunification': [
      'right-and-duty',
      'target-group-18-55',
      'integreringsloven § 11 første ledd, jf. § 8 første ledd',
    ],
    'collective-protection': ['right', 'collective-protection', 'integreringsloven § 37 b (midlertidig kapittel 6A)'],
    'other-family-reunification': ['none', 'not-in-target-group', 'integreringsloven § 11 første ledd, jf. § 8 første ledd (target group)'],
    other: ['none', 'not-in-target-group', 'integreringsloven § 11 første ledd, jf. § 8 første ledd (target group)'],
  };

  it('covers every residence basis', () => {
    expect(Object.keys(table).sort()).toEqual([...residenceBases].sort());
  });

  it.each(residenceBases.map((b) => [b, ...table[b]] as const))('%s → %s (%s)', (residenceBasis, right, reason, law) => {
    const result = guidanceRight({ residenceBasis, birthDate: '1996-01-01', settlementDate: SETTLED });
    expect(result).toMatchObject({ right, reason, source: { law } });
  });

  it('not-in-target-group wins over age: a 60-year-old labour migrant is not "outside-age-range"', () => {
    expect(guidanceRight({ residenceBasis: 'other', birthDate: '1960-01-01', settlementDate: SETTLED }).reason).toBe(
      'not-in-target-group',
    );
  });
});

describe('guidanceRight: collective protection (temporary chapter 6A)', () => {
  it.each<[string, string, string, GuidanceRight, string]>([
    ['age 30, settled 2023', '1993-01-01', '2023-05-01', 'right', 'collective-protection'],
    ['age 18 on the settlement date', '2005-05-01', '2023-05-01', 'right', 'collective-protection'],
    ['age 17', '2005-05-02', '2023-05-01', 'none', 'outside-age-range'],
    ['age 55', '1967-05-02', '2023-05-01', 'right', 'collective-protection'],
    ['age 56', '1967-05-01', '2023-05-01', 'none', 'outside-age-range'],
    ['first day of chapter 6A', '1990-01-01', '2022-06-15', 'right', 'collective-protection'],
    ['day before chapter 6A', '1990-01-01', '2022-06-14', 'none', 'not-in-target-group'],
  ])('%s → %s', (_label, birthDate, settlementDate, right, reason) => {
    const result = guidanceRight({ residenceBasis: 'collective-protection', birthDate, settlementDate });
    expect(result.right).toBe(right);
    expect(result.reason).toBe(reason);
  });

  it('cites § 37 b and is flagged for review (temporary chapter, end date unverified)', () => {
    const { source } = guidanceRight({ residenceBasis: 'collective-protection', birthDate: '1990-01-01', settlementDate: SETTLED });
    expect(source.law).toContain('§ 37 b');
    expect(source.seed).toContain('rett til karriereveiledning, men ikke plikt');
    expect(source.effectiveFrom).toBe('2022-06-15');
    expect(source.reviewNote).toMatch(/temporary/i);
  });
});

describe('guidanceRight: rules in force on the settlement date', () => {
  it.each<[string, GuidanceRight]>([
    ['2020-12-31', 'none'], // before integreringsloven
    ['2021-01-01', 'right-and-duty'],
  ])('refugee settled %s → %s', (settlementDate, right) => {
    expect(guidanceRight({ residenceBasis: 'refugee', birthDate: '1990-01-01', settlementDate }).right).toBe(right);
  });

  it('every source has a law, a seed quote and a valid effectiveFrom', () => {
    for (const residenceBasis of residenceBases) {
      const { source } = guidanceRight({ residenceBasis, birthDate: '1990-01-01', settlementDate: SETTLED });
      expect(source.law).not.toBe('');
      expect(source.seed).toMatch(/^\d{3}_[0-9a-f]{16}\.txt: "/);
      expect(source.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

describe('guidanceRight: invalid input', () => {
  it.each([
    ['1990-02-30', SETTLED],
    ['1990-01-01', '2026-13-01'],
  ])('birth %s, settled %s → throws', (birthDate, settlementDate) => {
    expect(() => guidanceRight({ residenceBasis: 'other', birthDate, settlementDate })).toThrow(RangeError);
  });
});
