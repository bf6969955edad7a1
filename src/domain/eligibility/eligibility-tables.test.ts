/**
 * Eligibility tables: for every offer with a conditional rule, at least one positive, one negative
 * (where the rule can say no) and one unknown case. Offers that are always `eligible` (open offers,
 * NAV measures without a condition the profile can test, means-tested benefits) are listed apart.
 */
import { describe, expect, it } from 'vitest';
import { guidanceRight } from '../guidance-right.ts';
import { eligibilityFor, offerIdsWithRules } from './index.ts';
import type { Profile } from './profile.ts';
import { alwaysEligible, cannotSayNo, cannotSayYes } from './test-fixtures.ts';
import type { EligibilityStatus } from './types.ts';

const ON = '2025-06-01'; // under opplæringslova (2023) and chapter 6A
const OLD_ACT = '2023-06-01'; // under opplæringsloven (1998)

interface Case {
  label: string;
  profile: Profile;
  status: EligibilityStatus;
  /** Code of the first reason. */
  code: string;
  on?: string;
}

const c = (label: string, profile: Profile, status: EligibilityStatus, code: string, on?: string): Case => ({
  label,
  profile,
  status,
  code,
  ...(on === undefined ? {} : { on }),
});

const refugee30: Profile = { age: 30, residenceBasis: 'refugee' };
const collective30: Profile = { age: 30, residenceBasis: 'collective-protection' };

/** The offer ids of the brief, exactly. */
const briefOfferIds = [
  // language lane
  'norsk-og-samfunnskunnskap', 'norskopplaering-uten-rett', 'sprakpraksis', 'norsktrening-frivillig', 'norskprove',
  // work and education
  'introduksjonsprogram', 'karriereveiledning-integreringsloven', 'karriereveiledning-karrieresenter', 'grunnskole-for-voksne',
  'forberedende-voksenopplaering', 'videregaende-for-voksne', 'fagbrev-larling', 'fagbrev-pa-jobb', 'praksiskandidat',
  'realkompetansevurdering', 'godkjenning-utdanning', 'kompletterende-utdanning', 'autorisasjon-helse', 'hoyere-utdanning',
  'fagskole', 'kvalifiseringsprogram', 'jobbsjansen', 'amo-kurs', 'arbeidsforberedende-trening', 'arbeidstrening',
  'lonnstilskudd', 'mentor', 'inkluderingstilskudd', 'supported-employment', 'hurtigspor', 'mentor-og-traineeordning',
  // supplementary
  'livsmestring-i-nytt-land', 'frivillige-organisasjoner', 'flyktningguide', 'leksehjelp', 'arbeidsplassen-jobbsok',
  // financing
  'introduksjonsstonad', 'kvalifiseringsstonad', 'flyktningstipend', 'lanekassen', 'okonomisk-sosialhjelp', 'tiltakspenger', 'bostotte',
];

const tables: Record<string, Case[]> = {
  'norsk-og-samfunnskunnskap': [
    c('refugee, 30', refugee30, 'right-and-duty', 'target-group-section-27'),
    c('family reunified with a refugee, 40', { age: 40, residenceBasis: 'refugee-family-reunification' }, 'right-and-duty', 'target-group-section-27'),
    c('refugee, 18', { age: 18, residenceBasis: 'refugee' }, 'right-and-duty', 'target-group-section-27'),
    c('refugee, 66', { age: 66, residenceBasis: 'refugee' }, 'right-and-duty', 'target-group-section-27'),
    c('collective protection, 30', collective30, 'right', 'collective-protection'),
    c('other permit (work, study)', { age: 30, residenceBasis: 'other' }, 'not-eligible', 'no-right-for-this-permit'),
    c('refugee, 67', { age: 67, residenceBasis: 'refugee' }, 'not-eligible', 'outside-age-range-18-67'),
    c('refugee, 17', { age: 17, residenceBasis: 'refugee' }, 'not-eligible', 'outside-age-range-18-67'),
    c('nothing known', {}, 'unknown', 'missing-residenceBasis'),
    c('refugee, age unknown', { residenceBasis: 'refugee' }, 'unknown', 'missing-age'),
    c('other family reunification', { age: 30, residenceBasis: 'other-family-reunification' }, 'unknown', 'depends-on-sponsor'),
    c('collective protection before chapter 6A', collective30, 'unknown', 'before-chapter-6A', '2022-01-01'),
  ],
  introduksjonsprogram: [
    c('refugee, 30', refugee30, 'right-and-duty', 'target-group-18-55'),
    c('refugee, 55', { age: 55, residenceBasis: 'refugee' }, 'right-and-duty', 'target-group-18-55'),
    c('collective protection, 30', collective30, 'right', 'collective-protection'),
    c('other family reunification, 30', { age: 30, residenceBasis: 'other-family-reunification' }, 'eligible', 'municipality-may-offer'),
    c('other permit', { age: 30, residenceBasis: 'other' }, 'not-eligible', 'not-in-target-group'),
    c('«kommunen kan tilby introduksjonsprogram til innvandrere over 55 år»: refugee, 56', { age: 56, residenceBasis: 'refugee' }, 'eligible', 'municipality-may-offer-over-55'),
    c('«kommunen kan tilby» over 55 «gjelder også for personer med midlertidig kollektiv beskyttelse»: 60', { age: 60, residenceBasis: 'collective-protection' }, 'eligible', 'municipality-may-offer-over-55'),
    c('refugee, 17', { age: 17, residenceBasis: 'refugee' }, 'not-eligible', 'outside-age-range-18-55'),
    c('other family reunification, 60', { age: 60, residenceBasis: 'other-family-reunification' }, 'not-eligible', 'outside-age-range-18-55'),
    c('nothing known', {}, 'unknown', 'missing-residenceBasis'),
    c('refugee, age unknown', { residenceBasis: 'refugee' }, 'unknown', 'missing-age'),
    c('collective protection before chapter 6A: the ordinary rules', collective30, 'right-and-duty', 'target-group-18-55', '2022-01-01'),
  ],
  'karriereveiledning-integreringsloven': [
    c('refugee, 30 (the issue)', refugee30, 'right-and-duty', 'target-group-18-55'),
    c('collective protection, 30 (the issue)', collective30, 'right', 'collective-protection'),
    c('family reunified with a refugee, 18', { age: 18, residenceBasis: 'refugee-family-reunification' }, 'right-and-duty', 'target-group-18-55'),
    c('refugee, 56', { age: 56, residenceBasis: 'refugee' }, 'not-eligible', 'outside-age-range'),
    c('other permit, 30', { age: 30, residenceBasis: 'other' }, 'not-eligible', 'not-in-target-group'),
    c('other permit, age unknown (age does not matter)', { residenceBasis: 'other' }, 'not-eligible', 'not-in-target-group'),
    c('collective protection the day before chapter 6A: the ordinary rules', collective30, 'right-and-duty', 'target-group-18-55', '2022-06-14'),
    c('nothing known', {}, 'unknown', 'missing-residenceBasis'),
    c('refugee, age unknown', { residenceBasis: 'refugee' }, 'unknown', 'missing-age'),
  ],
  'grunnskole-for-voksne': [
    c('40, no schooling (the issue)', { age: 40, schooling: 'none' }, 'right', 'adult-without-primary'),
    c('20, some primary school', { age: 20, schooling: 'some-primary' }, 'right', 'adult-without-primary'),
    c('no schooling, old act', { age: 40, schooling: 'none' }, 'right', 'adult-without-primary', OLD_ACT),
    c('completed primary school, old act (§ 4A-1: «treng grunnskoleopplæring»)', { age: 30, schooling: 'primary' }, 'not-eligible', 'primary-completed', OLD_ACT),
    c('completed primary school, new act: «deler av fag eller … grunnleggende ferdigheter … alle som er over 16 år og som trenger det»', { age: 30, schooling: 'primary' }, 'unknown', 'right-if-needs-parts-or-basic-skills'),
    c('higher education, new act: the need decides', { age: 30, schooling: 'higher' }, 'unknown', 'right-if-needs-parts-or-basic-skills'),
    c('17, completed primary, new act: «over 16 år»', { age: 17, schooling: 'primary' }, 'unknown', 'right-if-needs-parts-or-basic-skills'),
    c('15, completed primary, new act: below adult age', { age: 15, schooling: 'primary' }, 'not-eligible', 'below-adult-age'),
    c('15, no schooling', { age: 15, schooling: 'none' }, 'not-eligible', 'below-adult-age'),
    c('nothing known', {}, 'unknown', 'missing-schooling'),
    c('no schooling, age unknown', { schooling: 'none' }, 'unknown', 'missing-age'),
  ],
  'forberedende-voksenopplaering': [
    c('no schooling, old act: trial (FVO)', { age: 40, schooling: 'none' }, 'eligible', 'adult-without-primary', OLD_ACT),
    c('no schooling, new act: førebuande opplæring', { age: 40, schooling: 'none' }, 'right', 'adult-without-primary'),
    c('higher education, old act', { age: 40, schooling: 'higher' }, 'not-eligible', 'primary-completed', OLD_ACT),
    c('higher education, new act: «alle som er over 16 år og som trenger det»', { age: 40, schooling: 'higher' }, 'unknown', 'right-if-needs-parts-or-basic-skills'),
    c('nothing known', {}, 'unknown', 'missing-schooling'),
  ],
  'videregaende-for-voksne': [
    c('30, completed primary', { age: 30, schooling: 'primary' }, 'right', 'adult-right'),
    c('30, completed primary, old act', { age: 30, schooling: 'primary' }, 'right', 'adult-right', OLD_ACT),
    c('30, upper secondary abroad, not recognised', { age: 30, schooling: 'upper-secondary', foreignEducationRecognised: false }, 'right', 'foreign-upper-secondary-not-recognised'),
    c('30, upper secondary recognised, old act: no adult right', { age: 30, schooling: 'upper-secondary', foreignEducationRecognised: true }, 'eligible', 'completed-no-adult-right', OLD_ACT),
    c('30, upper secondary recognised, from 1 August 2024: «rett til å ta et fagbrev nummer to»', { age: 30, schooling: 'upper-secondary', foreignEducationRecognised: true }, 'right', 'second-vocational-qualification'),
    c('30, recognised higher education, from 1 August 2024: «fagbrev nummer to»', { age: 30, schooling: 'higher', foreignEducationRecognised: true }, 'right', 'second-vocational-qualification', '2024-08-01'),
    c('30, upper secondary recognised, the day before the new act', { age: 30, schooling: 'upper-secondary', foreignEducationRecognised: true }, 'eligible', 'completed-no-adult-right', '2024-07-31'),
    c('30, no schooling', { age: 30, schooling: 'none' }, 'not-eligible', 'primary-not-completed'),
    c('20, completed primary', { age: 20, schooling: 'primary' }, 'not-eligible', 'youth-right-instead'),
    c('nothing known', {}, 'unknown', 'missing-schooling'),
    c('24, completed primary', { age: 24, schooling: 'primary' }, 'unknown', 'turns-25-this-year'),
    c('30, upper secondary, recognition unknown', { age: 30, schooling: 'upper-secondary' }, 'unknown', 'missing-foreignEducationRecognised'),
    c('completed primary, age unknown', { schooling: 'primary' }, 'unknown', 'missing-age'),
  ],
  'fagbrev-larling': [
    c('completed primary', { schooling: 'primary' }, 'eligible', 'needs-apprenticeship-contract'),
    c('no schooling', { schooling: 'none' }, 'not-eligible', 'primary-not-completed'),
    c('nothing known', {}, 'unknown', 'missing-schooling'),
  ],
  'fagbrev-pa-jobb': [
    c('in work, «fullført grunnskolen», one year of practice: «fylkeskommunen har ikke en plikt til å tilby»', { employed: true, schooling: 'primary', yearsOfRelevantPractice: 1 }, 'eligible', 'county-may-offer'),
    c('not in work', { employed: false, yearsOfRelevantPractice: 3 }, 'not-eligible', 'not-in-paid-work'),
    c('in work, primary school not completed: «har fullført grunnskolen eller tilsvarende»', { employed: true, schooling: 'some-primary', yearsOfRelevantPractice: 3 }, 'not-eligible', 'primary-not-completed'),
    c('in work, no practice', { employed: true, schooling: 'primary', yearsOfRelevantPractice: 0 }, 'not-eligible', 'under-one-year-practice'),
    c('nothing known', {}, 'unknown', 'missing-employed'),
    c('in work, schooling unknown', { employed: true, yearsOfRelevantPractice: 2 }, 'unknown', 'missing-schooling'),
    c('in work, primary, practice unknown', { employed: true, schooling: 'primary' }, 'unknown', 'missing-yearsOfRelevantPractice'),
  ],
  praksiskandidat: [
    c('«25 prosent lengre enn den fastsette læretida»: five years for a 2+2 trade', { yearsOfRelevantPractice: 5 }, 'eligible', 'five-years-practice'),
    c('twelve years of practice', { yearsOfRelevantPractice: 12 }, 'eligible', 'five-years-practice'),
    c('five years, old act', { yearsOfRelevantPractice: 5 }, 'eligible', 'five-years-practice', OLD_ACT),
    c('four years: the apprenticeship period itself, not 25 per cent longer', { yearsOfRelevantPractice: 4 }, 'not-eligible', 'under-five-years-practice'),
    c('practice unknown', { employed: true }, 'unknown', 'missing-yearsOfRelevantPractice'),
  ],
  realkompetansevurdering: [
    c('no schooling, 30: follows the right to primary', { age: 30, schooling: 'none' }, 'right', 'follows-right-to-education'),
    c('primary, 30: follows the right to upper secondary', { age: 30, schooling: 'primary' }, 'right', 'follows-right-to-education'),
    c('recognised higher education, old act', { age: 30, schooling: 'higher', foreignEducationRecognised: true }, 'eligible', 'no-statutory-right', OLD_ACT),
    c('recognised higher education, new act: follows the right to a second vocational qualification', { age: 30, schooling: 'higher', foreignEducationRecognised: true }, 'right', 'follows-right-to-education'),
    c('nothing known', {}, 'unknown', 'depends-on-right-to-education'),
  ],
  'godkjenning-utdanning': [
    c('higher education, not recognised', { schooling: 'higher', foreignEducationRecognised: false }, 'eligible', 'foreign-education'),
    c('upper secondary, not recognised', { schooling: 'upper-secondary', foreignEducationRecognised: false }, 'eligible', 'foreign-education'),
    c('primary school only', { schooling: 'primary' }, 'not-eligible', 'no-education-to-recognise'),
    c('already recognised', { schooling: 'higher', foreignEducationRecognised: true }, 'not-eligible', 'already-recognised'),
    c('nothing known', {}, 'unknown', 'missing-schooling'),
    c('higher education, recognition unknown', { schooling: 'higher' }, 'unknown', 'missing-foreignEducationRecognised'),
  ],
  'kompletterende-utdanning': [
    c('higher education', { schooling: 'higher' }, 'eligible', 'higher-education-from-abroad'),
    c('upper secondary', { schooling: 'upper-secondary' }, 'not-eligible', 'no-higher-education'),
    c('nothing known', {}, 'unknown', 'missing-schooling'),
  ],
  'autorisasjon-helse': [
    c('primary school only', { schooling: 'primary' }, 'not-eligible', 'no-health-education'),
    c('higher education, profession unknown', { schooling: 'higher' }, 'unknown', 'depends-on-profession'),
    c('nothing known', {}, 'unknown', 'missing-schooling'),
  ],
  'hoyere-utdanning': [
    c('B2, upper secondary (the issue)', { norwegianLevel: 'B2', schooling: 'upper-secondary' }, 'eligible', 'b2-and-upper-secondary'),
    c('C1, higher education', { norwegianLevel: 'C1', schooling: 'higher' }, 'eligible', 'b2-and-upper-secondary'),
    c('B1, upper secondary (the issue)', { norwegianLevel: 'B1', schooling: 'upper-secondary' }, 'not-eligible', 'norwegian-below-b2'),
    c('no Norwegian', { norwegianLevel: 'none' }, 'not-eligible', 'norwegian-below-b2'),
    c('nothing known', {}, 'unknown', 'missing-norwegianLevel'),
    c('B2, schooling unknown', { norwegianLevel: 'B2' }, 'unknown', 'missing-schooling'),
    c('B2, primary only', { norwegianLevel: 'B2', schooling: 'primary' }, 'unknown', 'study-competence'),
  ],
  fagskole: [
    c('upper secondary', { schooling: 'upper-secondary' }, 'eligible', 'upper-secondary-completed'),
    c('no schooling', { schooling: 'none' }, 'not-eligible', 'builds-on-upper-secondary'),
    c('primary: prior learning may count', { schooling: 'primary' }, 'unknown', 'prior-learning-may-count'),
    c('nothing known', {}, 'unknown', 'missing-schooling'),
  ],
  kvalifiseringsprogram: [
    c('70', { age: 70 }, 'not-eligible', 'outside-working-age'),
    c('17', { age: 17 }, 'not-eligible', 'outside-working-age'),
    c('30: needs NAV\'s assessment', { age: 30 }, 'unknown', 'needs-nav-assessment'),
    c('nothing known', {}, 'unknown', 'missing-age'),
  ],
  jobbsjansen: [
    c('not in work', { employed: false }, 'eligible', 'far-from-work'),
    c('in work', { employed: true }, 'not-eligible', 'in-work'),
    c('nothing known', {}, 'unknown', 'missing-employed'),
  ],
  'amo-kurs': [
    c('A2', { norwegianLevel: 'A2' }, 'eligible', 'nav-assesses'),
    c('A1: A2 is often asked locally', { norwegianLevel: 'A1' }, 'unknown', 'a2-often-asked'),
    c('nothing known', {}, 'unknown', 'missing-norwegianLevel'),
  ],
  'arbeidsforberedende-trening': [c('anyone: needs NAV\'s assessment', refugee30, 'unknown', 'reduced-work-capacity')],
  arbeidstrening: [
    c('job seeker', { employed: false }, 'eligible', 'job-seeker'),
    c('in work', { employed: true }, 'unknown', 'in-work'),
    c('nothing known', {}, 'unknown', 'missing-employed'),
  ],
  lonnstilskudd: [
    c('job seeker', { employed: false }, 'eligible', 'needs-employer'),
    c('in work', { employed: true }, 'unknown', 'in-work'),
    c('nothing known', {}, 'unknown', 'missing-employed'),
  ],
  hurtigspor: [
    c('refugee, 30', refugee30, 'eligible', 'part-of-introduction-programme'),
    c('other permit', { age: 30, residenceBasis: 'other' }, 'not-eligible', 'outside-introduction-programme'),
    c('nothing known', {}, 'unknown', 'missing-residenceBasis'),
  ],
  'mentor-og-traineeordning': [
    c('higher education', { schooling: 'higher' }, 'eligible', 'skilled-immigrant'),
    c('primary school', { schooling: 'primary' }, 'not-eligible', 'scheme-for-skilled'),
    c('nothing known', {}, 'unknown', 'missing-schooling'),
  ],
  'livsmestring-i-nytt-land': [
    c('refugee, 30', refugee30, 'right-and-duty', 'mandatory-in-programme'),
    c('collective protection, 30', collective30, 'eligible', 'if-in-programme'),
    c('other permit', { age: 30, residenceBasis: 'other' }, 'not-eligible', 'part-of-programme'),
    c('nothing known', {}, 'unknown', 'missing-residenceBasis'),
  ],
  introduksjonsstonad: [
    c('refugee, 30', refugee30, 'right', 'follows-programme'),
    c('collective protection, 30', collective30, 'right', 'follows-programme'),
    c('other family reunification, 30', { age: 30, residenceBasis: 'other-family-reunification' }, 'eligible', 'if-offered-programme'),
    c('refugee, 60: «kommunen kan tilby» the programme, and with it the benefit', { age: 60, residenceBasis: 'refugee' }, 'eligible', 'if-offered-programme'),
    c('refugee, 17', { age: 17, residenceBasis: 'refugee' }, 'not-eligible', 'no-programme'),
    c('nothing known', {}, 'unknown', 'missing-residenceBasis'),
  ],
  kvalifiseringsstonad: [
    c('70', { age: 70 }, 'not-eligible', 'follows-kvp'),
    c('30', { age: 30 }, 'unknown', 'follows-kvp'),
  ],
  flyktningstipend: [
    c('refugee', { residenceBasis: 'refugee' }, 'eligible', 'refugee-status'),
    c('other permit', { residenceBasis: 'other' }, 'not-eligible', 'no-refugee-status'),
    c('other family reunification', { residenceBasis: 'other-family-reunification' }, 'not-eligible', 'no-refugee-status'),
    c('«Ukrainere med oppholdsgrunnlaget kollektiv beskyttelse kan få flyktningstipend»', { residenceBasis: 'collective-protection' }, 'eligible', 'collective-protection'),
    c('family reunified with a refugee: needs «flyktningstatus hos UDI»', { residenceBasis: 'refugee-family-reunification' }, 'unknown', 'depends-on-permit'),
    c('nothing known', {}, 'unknown', 'missing-residenceBasis'),
  ],
  lanekassen: [
    c('refugee', { residenceBasis: 'refugee' }, 'eligible', 'refugee'),
    c('other permit', { residenceBasis: 'other' }, 'unknown', 'depends-on-permit'),
    c('nothing known', {}, 'unknown', 'missing-residenceBasis'),
  ],
  tiltakspenger: [c('anyone: follows a NAV measure', refugee30, 'unknown', 'follows-nav-measure')],
};

const positive = (s: EligibilityStatus): boolean => s === 'right-and-duty' || s === 'right' || s === 'eligible';

describe('eligibility: the four cases the issue names', () => {
  it('career guidance under § 11 is right-and-duty for a 30-year-old refugee', () => {
    expect(eligibilityFor({ age: 30, residenceBasis: 'refugee' }, 'karriereveiledning-integreringsloven', ON).status).toBe('right-and-duty');
  });
  it('career guidance under § 11 is right (no duty) for a 30-year-old with collective protection', () => {
    expect(eligibilityFor({ age: 30, residenceBasis: 'collective-protection' }, 'karriereveiledning-integreringsloven', ON).status).toBe('right');
  });
  it('praksiskandidat needs five years of relevant practice', () => {
    expect(eligibilityFor({ yearsOfRelevantPractice: 5 }, 'praksiskandidat', ON).status).toBe('eligible');
    expect(eligibilityFor({ yearsOfRelevantPractice: 4 }, 'praksiskandidat', ON).status).toBe('not-eligible');
    expect(eligibilityFor({}, 'praksiskandidat', ON).toFindOut[0]?.nb).toBe('Hvor mange års relevant praksis har du?');
  });
  it('higher education needs B2', () => {
    expect(eligibilityFor({ norwegianLevel: 'B2', schooling: 'upper-secondary' }, 'hoyere-utdanning', ON).status).toBe('eligible');
    expect(eligibilityFor({ norwegianLevel: 'B1', schooling: 'upper-secondary' }, 'hoyere-utdanning', ON).status).toBe('not-eligible');
  });
  it('primary education for adults is a right for an adult without primary school', () => {
    for (const schooling of ['none', 'some-primary'] as const) {
      expect(eligibilityFor({ age: 35, schooling }, 'grunnskole-for-voksne', ON).status).toBe('right');
      expect(eligibilityFor({ age: 35, schooling }, 'grunnskole-for-voksne', OLD_ACT).status).toBe('right');
    }
  });
});

describe('eligibility: coverage of the tables', () => {
  it('has a rule for exactly the offer ids of the brief', () => {
    expect([...offerIdsWithRules].sort()).toEqual([...briefOfferIds].sort());
  });

  it('puts every offer either in a table or in the always-eligible list, not both', () => {
    for (const id of offerIdsWithRules) {
      expect([id, id in tables, alwaysEligible.includes(id)].filter(Boolean)).toHaveLength(2);
    }
  });

  it.each(Object.keys(tables))('%s: a positive, a negative and an unknown case (unless the rule cannot give one)', (id) => {
    const statuses = (tables[id] ?? []).map((k) => k.status);
    expect(statuses.some(positive)).toBe(!cannotSayYes.includes(id));
    expect(statuses.includes('not-eligible')).toBe(!cannotSayNo.includes(id));
    expect(statuses).toContain('unknown');
  });
});

describe.each(Object.entries(tables))('eligibility table: %s', (offerId, cases) => {
  it.each(cases.map((k) => [k.label, k] as const))('%s', (_label, k) => {
    const result = eligibilityFor(k.profile, offerId, k.on ?? ON);
    expect(result.status).toBe(k.status);
    expect(result.reasons[0]?.code).toBe(k.code);
  });
});

describe('eligibility: always-eligible offers', () => {
  it.each(alwaysEligible)('%s is eligible for an empty and a full profile', (offerId) => {
    const full: Profile = {
      age: 70,
      residenceBasis: 'other',
      yearsInNorway: 20,
      schooling: 'none',
      foreignEducationRecognised: false,
      norwegianLevel: 'none',
      yearsOfRelevantPractice: 0,
      employed: true,
    };
    for (const profile of [{}, full, refugee30]) {
      const r = eligibilityFor(profile, offerId, ON);
      expect(r.status).toBe('eligible');
      expect(r.reasons).toHaveLength(1);
    }
  });
});

describe('eligibility: versions of the law', () => {
  it('upper secondary for adults cites the old act until 2024-07-31 and the new act from 2024-08-01', () => {
    const p: Profile = { age: 30, schooling: 'primary' };
    const before = eligibilityFor(p, 'videregaende-for-voksne', '2024-07-31');
    const after = eligibilityFor(p, 'videregaende-for-voksne', '2024-08-01');
    expect(before.reasons[0]?.legalRef).toBe('opplæringsloven § 4A-3');
    expect(before.source?.effectiveFrom).toBe('2021-01-01');
    expect(after.reasons[0]?.legalRef).toContain('opplæringslova (2023)');
    expect(after.source?.effectiveFrom).toBe('2024-08-01');
    expect(after.source?.reviewNote).toMatch(/lawyer must confirm/i);
    expect(after.source?.verifiedBy?.[0]).toMatchObject({ readOn: '2026-12-05' });
  });

  it('the county career centre cites § 13-3 f before the new act', () => {
    expect(eligibilityFor({}, 'karriereveiledning-karrieresenter', '2023-01-01').reasons[0]?.legalRef).toBe('opplæringsloven § 13-3 f');
    expect(eligibilityFor({}, 'karriereveiledning-karrieresenter', ON).source?.reviewNote).toBeTruthy();
  });

  it('a date before the modelled period gives unknown with no-rule-in-force', () => {
    const r = eligibilityFor(refugee30, 'introduksjonsprogram', '2020-12-31');
    expect(r).toMatchObject({ status: 'unknown', reasons: [{ code: 'no-rule-in-force' }] });
    expect(r.source).toBeUndefined();
    expect(r.toFindOut.length).toBeGreaterThan(0);
  });
});

describe('eligibility: § 11 reuses the guidanceRight table', () => {
  it('gives the same answer and source as guidanceRight for the same age and date', () => {
    for (const residenceBasis of ['refugee', 'refugee-family-reunification', 'collective-protection', 'other-family-reunification', 'other'] as const) {
      for (const [birthDate, age] of [['1995-01-01', 30], ['1969-01-01', 56], ['2008-01-01', 17]] as const) {
        const expected = guidanceRight({ residenceBasis, birthDate, settlementDate: ON });
        const result = eligibilityFor({ residenceBasis, age }, 'karriereveiledning-integreringsloven', ON);
        const mapped = { 'right-and-duty': 'right-and-duty', right: 'right', none: 'not-eligible' }[expected.right];
        expect(result.status).toBe(mapped);
        expect(result.source).toEqual(expected.source);
        expect(result.reasons[0]?.legalRef).toBe(expected.source.law);
      }
    }
  });

  it('the introduction programme uses the same 18–55 limits for right and duty; over 55 the municipality «kan tilby»', () => {
    for (const age of [17, 18, 55]) {
      const guidance = eligibilityFor({ age, residenceBasis: 'refugee' }, 'karriereveiledning-integreringsloven', ON).status;
      const programme = eligibilityFor({ age, residenceBasis: 'refugee' }, 'introduksjonsprogram', ON).status;
      expect(programme).toBe(guidance);
    }
    expect(eligibilityFor({ age: 56, residenceBasis: 'refugee' }, 'karriereveiledning-integreringsloven', ON).status).toBe('not-eligible');
    expect(eligibilityFor({ age: 56, residenceBasis: 'refugee' }, 'introduksjonsprogram', ON).status).toBe('eligible');
  });
});
