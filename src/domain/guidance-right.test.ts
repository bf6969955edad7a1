import { describe, expect, it } from 'vitest';
import {
  changeAffects, guidanceRight, guidanceRightRules, guidanceRuleChanges, recommendationRequired, residenceBases,
  type GuidanceRight, type GuidanceRightInput, type ResidenceBasis,
} from './guidance-right.ts';

const refugee = (x: Partial<GuidanceRightInput>): GuidanceRightInput =>
  ({ residenceBasis: 'refugee', birthDate: '1990-01-01', settlementDate: '2026-03-10', ...x });

describe('§ 8: "Det er den enkeltes alder på tidspunktet for innvilgelse av oppholdstillatelse er avgjørende" (18–55)', () => {
  it.each<[string, Partial<GuidanceRightInput>, GuidanceRight, string]>([
    ['17 at the permit, 18 at settlement: "mellom 18 og 55 år" not met on the permit date',
      { birthDate: '2008-02-01', permitDate: '2026-01-15', settlementDate: '2026-03-10' }, 'none', 'outside-age-range'],
    ['18th birthday on the permit date: "mellom 18 og 55 år"',
      { birthDate: '2008-01-15', permitDate: '2026-01-15', settlementDate: '2026-03-10' }, 'right-and-duty', 'target-group-18-55'],
    ['55 at the permit, 56 at settlement: still in the target group',
      { birthDate: '1970-02-01', permitDate: '2026-01-15', settlementDate: '2026-03-10' }, 'right-and-duty', 'target-group-18-55'],
    ['56th birthday on the permit date: "over 55 år" is outside § 11',
      { birthDate: '1970-01-15', permitDate: '2026-01-15', settlementDate: '2026-03-10' }, 'none', 'outside-age-range'],
    ['56th birthday the day after the permit: 55 counts',
      { birthDate: '1970-01-16', permitDate: '2026-01-15', settlementDate: '2026-03-10' }, 'right-and-duty', 'target-group-18-55'],
  ])('%s', (_label, input, right, reason) => {
    const r = guidanceRight(refugee(input));
    expect(r).toMatchObject({ right, reason, decidingDate: 'permit-date', provisional: false });
  });

  it('29 February birthday: 18 only from 1 March in a common year', () => {
    expect(guidanceRight(refugee({ birthDate: '2008-02-29', permitDate: '2026-02-28' })).right).toBe('none');
    expect(guidanceRight(refugee({ birthDate: '2008-02-29', permitDate: '2026-03-01' })).right).toBe('right-and-duty');
  });

  it('without a permit date the settlement date stands in, and the answer is provisional', () => {
    const r = guidanceRight(refugee({ birthDate: '2008-02-01', settlementDate: '2026-03-10' }));
    expect(r).toMatchObject({ right: 'right-and-duty', decidingDate: 'settlement-date-fallback', provisional: true, age: 18 });
    // …and entering the permit date makes it final (here: 17 on the permit date).
    expect(guidanceRight(refugee({ birthDate: '2008-02-01', settlementDate: '2026-03-10', permitDate: '2026-01-15' })))
      .toMatchObject({ right: 'none', provisional: false, age: 17 });
  });
});

describe('integreringsforskriften § 72: the permit date decides integreringsloven or introduksjonsloven', () => {
  it.each<[string, ResidenceBasis, string, string, GuidanceRight, string]>([
    ['permit 31 Dec 2020, settled 2021: introduksjonsloven, no § 11', 'refugee', '2020-12-31', '2021-02-01', 'none', 'introduksjonsloven'],
    ['permit 1 Jan 2021: integreringsloven § 11', 'refugee', '2021-01-01', '2021-02-01', 'right-and-duty', 'target-group-18-55'],
    ['"søker om oppholdstillatelse fra utlandet" (family reunification), permit 2020, arrived 2021: integreringsloven',
      'refugee-family-reunification', '2020-11-01', '2021-03-01', 'right-and-duty', 'target-group-18-55'],
    ['family reunification, permit and settlement in 2020: introduksjonsloven', 'refugee-family-reunification', '2020-06-01', '2020-09-01', 'none', 'introduksjonsloven'],
  ])('%s', (_label, residenceBasis, permitDate, settlementDate, right, reason) => {
    const r = guidanceRight({ residenceBasis, birthDate: '1990-01-01', permitDate, settlementDate });
    expect(r).toMatchObject({ right, reason });
    expect(r.law).toBe(reason === 'introduksjonsloven' ? 'introduksjonsloven' : 'integreringsloven');
  });

  it('without a permit date, settlement before 2021 means introduksjonsloven (provisionally)', () => {
    expect(guidanceRight(refugee({ settlementDate: '2020-12-31' }))).toMatchObject({ right: 'none', reason: 'introduksjonsloven', provisional: true });
  });
});

describe('§ 8 "nylig bosatt": "har bodd i en norsk kommune i mindre enn 2 år" when the § 12 decision is made', () => {
  it.each<[string, string | null, GuidanceRight, string]>([
    ['no programme request: decided from settlement', null, 'right-and-duty', 'target-group-18-55'],
    ['programme request one day short of two years after settlement', '2024-02-29', 'right-and-duty', 'target-group-18-55'],
    ['programme request exactly two years after settlement: not "mindre enn 2 år"', '2024-03-01', 'none', 'not-newly-settled'],
    ['programme request more than two years after settlement', '2025-06-01', 'none', 'not-newly-settled'],
  ])('%s', (_label, programmeRequestDate, right, reason) => {
    const r = guidanceRight(refugee({ permitDate: '2022-01-10', settlementDate: '2022-03-01', programmeRequestDate }));
    expect(r).toMatchObject({ right, reason });
  });
});

describe('chapter 6A (§ 37 b): collective protection has "rett til karriereveiledning, men ikke plikt" while 6A is in force', () => {
  const cp = (settlementDate: string, x: Partial<GuidanceRightInput> = {}) =>
    guidanceRight({ residenceBasis: 'collective-protection', birthDate: '1990-01-01', permitDate: settlementDate, settlementDate, ...x });

  it.each<[string, string, GuidanceRight, string]>([
    ['settled 14 June 2022, before chapter 6A: the ordinary rules, right and duty', '2022-06-14', 'right-and-duty', 'target-group-18-55'],
    ['settled 15 June 2022, the first day of chapter 6A: right, no duty', '2022-06-15', 'right', 'collective-protection'],
    ['settled during chapter 6A (2024)', '2024-05-01', 'right', 'collective-protection'],
    ['settled 30 June 2026, the last day of chapter 6A', '2026-06-30', 'right', 'collective-protection'],
    ['settled 1 July 2026, after chapter 6A lapsed: the ordinary rules, right and duty', '2026-07-01', 'right-and-duty', 'target-group-18-55'],
    ['settled after chapter 6A lapsed (December 2026)', '2026-12-01', 'right-and-duty', 'target-group-18-55'],
  ])('%s', (_label, settlementDate, right, reason) => {
    expect(cp(settlementDate)).toMatchObject({ right, reason });
  });

  it('the 18–55 limit applies under chapter 6A too, on the permit date', () => {
    expect(cp('2024-05-01', { birthDate: '1968-04-01', permitDate: '2024-04-01' })).toMatchObject({ right: 'none', reason: 'outside-age-range' });
  });

  it('"ikke pålagt … å utforme karriereveilederes notat med anbefalinger": a recommendation is optional only under 6A', () => {
    expect(recommendationRequired(cp('2024-05-01'))).toBe(false);
    expect(recommendationRequired(cp('2026-08-01'))).toBe(true);
    expect(recommendationRequired(guidanceRight(refugee({})))).toBe(true);
  });

  it('the end of chapter 6A is data: effectiveUntil 1 July 2026, sourced and marked for review', () => {
    const rule = guidanceRightRules.find((r) => r.id === 'integreringsloven-6a-collective-protection')!;
    expect(rule.effectiveUntil).toBe('2026-07-01');
    expect(rule.source.verifiedBy?.map((v) => v.quote).join(' ')).toContain('Reglene gjelder til 1. juli 2026');
    expect(rule.source.reviewNote).toMatch(/lapsed on 1 July 2026/);
  });
});

describe('who is not covered by § 11 (they can still get career guidance at the centre, like every resident)', () => {
  const table: Record<ResidenceBasis, [GuidanceRight, string]> = {
    refugee: ['right-and-duty', 'target-group-18-55'],
    'refugee-family-reunification': ['right-and-duty', 'target-group-18-55'],
    'collective-protection': ['right', 'collective-protection'],
    'other-family-reunification': ['none', 'not-in-target-group'],
    other: ['none', 'not-in-target-group'],
  };
  it.each(residenceBases.map((b) => [b, ...table[b]] as const))('%s, age 30, settled 2024 → %s (%s)', (residenceBasis, right, reason) => {
    expect(guidanceRight({ residenceBasis, birthDate: '1994-01-01', settlementDate: '2024-03-10' })).toMatchObject({ right, reason });
  });

  it('not-in-target-group wins over age: a 60-year-old labour migrant is not "outside-age-range"', () => {
    expect(guidanceRight({ residenceBasis: 'other', birthDate: '1960-01-01', settlementDate: '2024-03-10' }).reason).toBe('not-in-target-group');
  });
});

describe('Regelendringer: whom a dated change affects (with the change vs without it)', () => {
  const end6A = guidanceRuleChanges().find((c) => c.id === 'integreringsloven-6a-collective-protection:ends')!;

  it('every dated rule lists its start and, where it has one, its end', () => {
    const ids = guidanceRuleChanges().map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining([
      'integreringsloven-11-ordinary:starts', 'integreringsloven-6a-collective-protection:starts', 'integreringsloven-6a-collective-protection:ends',
    ]));
    expect(end6A.date).toBe('2026-07-01');
  });

  it('the end of 6A changes a person with collective protection settled after it from "right" to "right and duty"', () => {
    const p: GuidanceRightInput = { residenceBasis: 'collective-protection', birthDate: '1990-01-01', settlementDate: '2026-08-01' };
    expect(changeAffects(p, end6A)).toEqual({ before: 'right', after: 'right-and-duty' });
  });

  it.each<[string, GuidanceRightInput]>([
    ['collective protection settled during 6A', { residenceBasis: 'collective-protection', birthDate: '1990-01-01', settlementDate: '2024-01-01' }],
    ['a refugee settled after 6A', { residenceBasis: 'refugee', birthDate: '1990-01-01', settlementDate: '2026-08-01' }],
  ])('the end of 6A does not change: %s', (_label, p) => {
    expect(changeAffects(p, end6A)).toBeNull();
  });
});

describe('invalid input', () => {
  it.each<Partial<GuidanceRightInput>>([
    { birthDate: '1990-02-30' },
    { settlementDate: '2026-13-01' },
    { permitDate: '2025-02-29' },
    { programmeRequestDate: 'tomorrow' },
  ])('%o → RangeError', (x) => {
    expect(() => guidanceRight(refugee(x))).toThrow(RangeError);
  });
});

describe('sources', () => {
  it('every rule has a law, a quote and a valid effectiveFrom', () => {
    for (const rule of guidanceRightRules) {
      expect(rule.source.law).toMatch(/integreringsloven §/);
      expect(rule.source.seed).toMatch(/"/);
      expect(rule.source.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});
