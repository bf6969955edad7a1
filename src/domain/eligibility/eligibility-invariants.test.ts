/**
 * Properties every result must have, checked over a grid of profiles, every offer and several dates.
 */
import { describe, expect, it } from 'vitest';
import { residenceBases } from '../guidance-right.ts';
import { eligibilityFor, eligibilityForAll, eligibilityRules, offerIdsWithRules } from './index.ts';
import { norwegianLevels, schoolingLevels, type Profile } from './profile.ts';
import { alwaysEligible, cannotSayNo, cannotSayYes } from './test-fixtures.ts';
import { NO_LEGAL_BASIS, eligibilityStatuses, type EligibilityResult } from './types.ts';

function* grid(): Generator<Profile> {
  let i = 0;
  for (const age of [undefined, 15, 17, 24, 30, 56, 67]) {
    for (const residenceBasis of [undefined, ...residenceBases]) {
      for (const schooling of [undefined, ...schoolingLevels]) {
        for (const foreignEducationRecognised of [undefined, true, false]) {
          for (const norwegianLevel of [undefined, 'none', 'A2', 'B2'] as const) {
            // The last three fields rotate rather than multiply, to keep the grid small.
            const employed = [undefined, true, false][i % 3];
            const yearsOfRelevantPractice = [undefined, 0, 1, 4, 5][i % 5];
            i += 1;
            const p: Profile = {};
            if (age !== undefined) p.age = age;
            if (residenceBasis !== undefined) p.residenceBasis = residenceBasis;
            if (schooling !== undefined) p.schooling = schooling;
            if (foreignEducationRecognised !== undefined) p.foreignEducationRecognised = foreignEducationRecognised;
            if (norwegianLevel !== undefined) p.norwegianLevel = norwegianLevel;
            if (employed !== undefined) p.employed = employed;
            if (yearsOfRelevantPractice !== undefined) p.yearsOfRelevantPractice = yearsOfRelevantPractice;
            yield p;
          }
        }
      }
    }
  }
}

const DATES = ['2021-06-01', '2022-06-15', '2024-07-31', '2024-08-01', '2026-01-01'];

const profiles = [...grid()];

/** Every result for every profile in the grid, every offer and every date. */
const results: { profile: Profile; on: string; r: EligibilityResult }[] = [];
for (const on of DATES) for (const profile of profiles) for (const r of eligibilityForAll(profile, offerIdsWithRules, on)) results.push({ profile, on, r });

/** Phrases that read as a verdict on the person rather than a statement of the rules. */
const VERDICT = /\b(du kan ikke|du får ikke|du er ikke kvalifisert|du har ikke lov|du må glemme|you cannot|you can't|you can not|you will not|you won't|you are not allowed|you are not qualified)\b/i;

const allTexts = (r: EligibilityResult): string[] =>
  [...r.reasons.map((x) => x.text), ...r.toFindOut, r.caveat].flatMap((x) => [x.nb, x.en]);

/**
 * Runs `check` on every result and returns the first few failures as readable strings, so one
 * expect covers the whole grid (an expect per item would take a minute).
 */
function failures(check: (x: { profile: Profile; on: string; r: EligibilityResult }) => string | undefined): string[] {
  const out: string[] = [];
  for (const x of results) {
    const problem = check(x);
    if (problem !== undefined) out.push(`${x.r.offerId} on ${x.on} for ${JSON.stringify(x.profile)}: ${problem}`);
    if (out.length >= 5) break;
  }
  return out;
}

const blank = (s: string): boolean => s.trim() === '';

describe('eligibility invariants (grid of profiles × every offer × several dates)', () => {
  it('the grid is big enough to mean something', () => {
    expect(results.length).toBeGreaterThan(100_000);
  });

  it('every status is one of the five', () => {
    expect(failures(({ r }) => (eligibilityStatuses.includes(r.status) ? undefined : r.status))).toEqual([]);
  });

  it('every result has at least one reason, in both languages, with a legal reference or the explicit no-legal-basis marker', () => {
    expect(
      failures(({ r }) => {
        if (r.reasons.length === 0) return 'no reason';
        for (const x of r.reasons) {
          if (!/^[a-zA-Z0-9-]+$/.test(x.code)) return `bad code ${x.code}`;
          if (blank(x.text.nb) || blank(x.text.en)) return `empty text in ${x.code}`;
          if (x.legalRef !== NO_LEGAL_BASIS && !/lov|forskrift|§|kapittel/.test(x.legalRef)) return `legalRef "${x.legalRef}" in ${x.code}`;
        }
        return undefined;
      }),
    ).toEqual([]);
  });

  it('every unknown says what to find out, in both languages', () => {
    expect(
      failures(({ r }) =>
        r.status !== 'unknown'
          ? undefined
          : r.toFindOut.length === 0
            ? 'nothing to find out'
            : r.toFindOut.some((q) => blank(q.nb) || blank(q.en))
              ? 'empty question'
              : undefined,
      ),
    ).toEqual([]);
  });

  it('every result carries the caveat; on not-eligible it mentions exceptions and local variation', () => {
    expect(
      failures(({ r }) => {
        const { nb, en } = r.caveat;
        if (!/ikke et (vedtak|løfte)|flere opplysninger/.test(nb) || !/not a (decision|promise)|more information/.test(en)) return 'caveat';
        if (!/varier/.test(nb) || !/vary|varies/.test(en)) return 'no local-variation caveat';
        if (r.status === 'not-eligible' && (!/unntak/.test(nb) || !/exceptions/.test(en))) return 'no exceptions caveat';
        return undefined;
      }),
    ).toEqual([]);
  });

  it('no text reads as a verdict', () => {
    const seen = new Set<string>();
    for (const { r } of results) for (const text of allTexts(r)) seen.add(text);
    expect([...seen].filter((text) => VERDICT.test(text))).toEqual([]);
  });

  it('every result has a source whose effectiveFrom is not after the date', () => {
    expect(failures(({ r, on }) => (r.source === undefined || blank(r.source.law) || r.source.effectiveFrom > on ? 'source' : undefined))).toEqual([]);
  });

  it('NAV measures and grant schemes never give a right', () => {
    const discretionary = ['jobbsjansen', 'amo-kurs', 'arbeidsforberedende-trening', 'arbeidstrening', 'lonnstilskudd', 'mentor', 'inkluderingstilskudd', 'supported-employment', 'hurtigspor', 'mentor-og-traineeordning'];
    expect(failures(({ r }) => (discretionary.includes(r.offerId) && (r.status === 'right' || r.status === 'right-and-duty') ? r.status : undefined))).toEqual([]);
  });

  it('always-eligible offers are eligible for every profile', () => {
    expect(failures(({ r }) => (alwaysEligible.includes(r.offerId) && r.status !== 'eligible' ? r.status : undefined))).toEqual([]);
  });

  it('rules that cannot say yes never do, and rules that cannot say no never do', () => {
    expect(
      failures(({ r }) =>
        (cannotSayYes.includes(r.offerId) && r.status !== 'not-eligible' && r.status !== 'unknown') ||
        (cannotSayNo.includes(r.offerId) && r.status === 'not-eligible')
          ? r.status
          : undefined,
      ),
    ).toEqual([]);
  });
});

describe('eligibility: a definite answer does not change when more is known', () => {
  // If a partial profile already settles an offer (anything but unknown), filling in a missing
  // field must give the same status: otherwise the first answer was a guess.
  const fill: Partial<Record<keyof Profile, readonly unknown[]>> = {
    age: [17, 24, 30, 56, 67],
    residenceBasis: residenceBases,
    schooling: schoolingLevels,
    foreignEducationRecognised: [true, false],
    norwegianLevel: norwegianLevels,
    yearsOfRelevantPractice: [0, 1, 5],
    employed: [true, false],
  };
  it('holds over a sample of the grid', () => {
    const problems: string[] = [];
    for (const [i, profile] of profiles.entries()) {
      if (i % 5 !== 0) continue;
      for (const offerId of offerIdsWithRules) {
        const before = eligibilityFor(profile, offerId, '2025-06-01').status;
        if (before === 'unknown') continue;
        for (const [field, values] of Object.entries(fill)) {
          if (profile[field as keyof Profile] !== undefined) continue;
          for (const v of values ?? []) {
            const after = eligibilityFor({ ...profile, [field]: v }, offerId, '2025-06-01').status;
            if (after !== before && problems.length < 5) problems.push(`${offerId} ${JSON.stringify(profile)} + ${field}=${String(v)}: ${before} → ${after}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('eligibility: dates, ids and bad input', () => {
  it('an offer id without a rule gives unknown with reason no-rule, and does not throw', () => {
    const r = eligibilityFor({ age: 30 }, 'no-such-offer', '2025-06-01');
    expect(r).toMatchObject({ offerId: 'no-such-offer', status: 'unknown', reasons: [{ code: 'no-rule', legalRef: NO_LEGAL_BASIS }] });
    expect(r.toFindOut.length).toBeGreaterThan(0);
    expect(r.source).toBeUndefined();
  });

  it('eligibilityForAll keeps the order given, including unknown ids', () => {
    const ids = ['praksiskandidat', 'no-such-offer', 'introduksjonsprogram'];
    expect(eligibilityForAll({}, ids, '2025-06-01').map((r) => r.offerId)).toEqual(ids);
  });

  it('uses today in Norway when no date is given', () => {
    expect(eligibilityFor({ age: 30, residenceBasis: 'refugee' }, 'introduksjonsprogram').status).toBe('right-and-duty');
  });

  it('refuses an invalid date', () => {
    expect(() => eligibilityFor({}, 'praksiskandidat', '2025-02-30')).toThrow(RangeError);
  });

  it.each<[string, Profile]>([
    ['negative age', { age: -1 }],
    ['fractional age', { age: 30.5 }],
    ['absurd age', { age: 400 }],
    ['negative practice', { yearsOfRelevantPractice: -2 }],
    ['unknown residence basis', { residenceBasis: 'tourist' as never }],
    ['unknown schooling', { schooling: 'phd' as never }],
    ['unknown Norwegian level', { norwegianLevel: 'C2' as never }],
    ['non-boolean employed', { employed: 'yes' as never }],
  ])('refuses a profile value no schema allows: %s', (_label, profile) => {
    expect(() => eligibilityFor(profile, 'praksiskandidat', '2025-06-01')).toThrow(RangeError);
  });

  it('exports the value lists the server builds its schema from', () => {
    expect(schoolingLevels).toEqual(['none', 'some-primary', 'primary', 'upper-secondary', 'higher']);
    expect(norwegianLevels).toEqual(['none', 'A1', 'A2', 'B1', 'B2', 'C1']);
  });

  it('every rule entry has a source with law, a valid effectiveFrom and, where it ends, an end after it starts', () => {
    for (const rule of eligibilityRules) {
      expect(rule.source.law.trim()).not.toBe('');
      expect(rule.source.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (rule.effectiveUntil !== undefined) expect(rule.effectiveUntil > rule.source.effectiveFrom).toBe(true);
    }
  });

  it('versions of one offer do not overlap', () => {
    for (const id of offerIdsWithRules) {
      const entries = eligibilityRules.filter((r) => r.offerId === id).sort((a, b) => a.source.effectiveFrom.localeCompare(b.source.effectiveFrom));
      for (let i = 1; i < entries.length; i += 1) {
        expect(entries[i - 1]!.effectiveUntil).toBe(entries[i]!.source.effectiveFrom);
      }
    }
  });

  it('rules resting on the new education act are flagged for review', () => {
    for (const rule of eligibilityRules.filter((r) => r.source.effectiveFrom === '2024-08-01')) {
      expect(rule.source.reviewNote ?? '').not.toBe('');
    }
  });
});
