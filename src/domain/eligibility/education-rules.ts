/**
 * Formal education and recognition (seed 003, section 3.3 and chapter 7.2).
 *
 * Several offers rest on opplæringsloven (1998) until 2024-07-31 and on opplæringslova (2023) from
 * 2024-08-01. Each gets one entry per act; the new-act entries carry a reviewNote, because the seeds
 * (2021–2025) describe the old act ("voksenretten") and the section numbers in the new act are
 * cited by chapter only until someone verifies them.
 */
import type { RuleSource } from '../rule-source.ts';
import { MODEL_START, NO_LEGAL_BASIS, OPPLAERINGSLOVA_2023_IN_FORCE, missing, reason, t } from './kit.ts';
import type { Profile, ProfileField, SchoolingLevel } from './profile.ts';
import { norwegianAtLeast } from './profile.ts';
import type { EligibilityRule, EligibilityStatus, LocalizedText, RuleOutcome } from './types.ts';
import {
  INNLANDET_FAGBREV_PA_JOBB, OSTFOLD_PRAKSISKANDIDAT_SPECIAL_TRADES, PROP_57L_PRAKSISKANDIDAT, REGJERINGEN_ADULTS_RIGHTS,
  REGJERINGEN_SECOND_VOCATIONAL, SAMORDNA_B2_ALL_FOUR, UDIR_FAGBREV_PA_JOBB, VESTLAND_FAGBREV_PA_JOBB,
} from './verified-sources.ts';

const S003 = '003_621298d49563d429.txt';

const WITHOUT_PRIMARY: readonly SchoolingLevel[] = ['none', 'some-primary'];
const UPPER_SECONDARY_OR_MORE: readonly SchoolingLevel[] = ['upper-secondary', 'higher'];

/** Compulsory school age ends when a person normally is 16 (Prop. 57 L (2022–2023) ch. 43.1). */
const ADULT_FROM_AGE = 16;
/** "Voksenretten" applies from the year the person turns 25. */
const ADULT_RIGHT_YEAR_OF_AGE = 25;

const NEW_ACT_NOTE =
  'opplæringslova (2023) came into force 2024-08-01 and replaced opplæringsloven (1998); the seeds describe the old act. ' +
  'Cited by chapter only: verify the sections and whether the conditions changed.';

function versions(
  offerId: string,
  old: { source: RuleSource; evaluate: EligibilityRule['evaluate'] },
  next: { source: RuleSource; evaluate: EligibilityRule['evaluate'] },
): EligibilityRule[] {
  return [
    { offerId, source: old.source, effectiveUntil: OPPLAERINGSLOVA_2023_IN_FORCE, evaluate: old.evaluate },
    { offerId, source: next.source, evaluate: next.evaluate },
  ];
}

const newActSource = (law: string, seed: string | undefined, extraNote = ''): RuleSource => ({
  law,
  ...(seed === undefined ? {} : { seed }),
  effectiveFrom: OPPLAERINGSLOVA_2023_IN_FORCE,
  reviewNote: extraNote === '' ? NEW_ACT_NOTE : `${NEW_ACT_NOTE} ${extraNote}`,
});

// ---------------------------------------------------------------- primary level for adults

const PRIMARY_OLD = 'opplæringsloven § 4A-1';
const PRIMARY_NEW = 'opplæringslova (2023) kapittel 18 (førebuande opplæring for vaksne)';

const primarySeed = `${S003}: "Det kan ikke stilles krav om norskferdigheter for å få rett til grunnskoleopplæring for voksne."`;

/**
 * Shared by grunnskole-for-voksne and forberedende-voksenopplaering. Under the old act (§ 4A-1) the right was for
 * adults who need primary education; under opplæringslova (2023) the right to "førebuande opplæring" covers whole
 * subjects, parts of subjects or basic skills for everyone over 16 who needs it, so completed primary school does not
 * rule it out: the need decides, and the profile does not hold it.
 */
function adultPrimary(
  p: Profile, legalRef: string, whenCovered: EligibilityStatus, coveredText: LocalizedText, act: 'old' | 'new' = 'old',
): RuleOutcome {
  const what = t('grunnskoleopplæring for voksne', 'primary education for adults');
  if (p.schooling === undefined) return missing(p.age === undefined ? ['schooling', 'age'] : ['schooling'], legalRef, what);
  if (act === 'new' && !WITHOUT_PRIMARY.includes(p.schooling)) {
    if (p.age !== undefined && p.age < ADULT_FROM_AGE) return belowAdultAge(legalRef);
    return {
      status: 'unknown',
      reasons: [
        reason(
          'right-if-needs-parts-or-basic-skills',
          legalRef,
          t(
            'Etter opplæringslova (2023) har alle over 16 år som trenger det, rett til forberedende opplæring: hele fag, deler av fag eller grunnleggende ferdigheter som lesing, skriving, regning, muntlig norsk og digitale ferdigheter. Fullført grunnskole utelukker ikke retten; det er behovet som avgjør.',
            'Under opplæringslova (2023), everyone over 16 who needs it has a right to preparatory education: whole subjects, parts of subjects or basic skills such as reading, writing, numeracy, spoken Norwegian and digital skills. Completed primary school does not rule the right out; the need decides.',
          ),
        ),
      ],
      toFindOut: [
        t(
          'Trenger du opplæring i enkelte fag på grunnskolenivå, eller i grunnleggende ferdigheter (lesing, skriving, regning, muntlig norsk, digitale ferdigheter)?',
          'Do you need education in single subjects at primary level, or in basic skills (reading, writing, numeracy, spoken Norwegian, digital skills)?',
        ),
      ],
    };
  }
  if (!WITHOUT_PRIMARY.includes(p.schooling)) {
    return {
      status: 'not-eligible',
      reasons: [
        reason(
          'primary-completed',
          legalRef,
          t(
            'Etter reglene er grunnskole for voksne for dem som trenger grunnskoleopplæring. Du har oppgitt fullført grunnskole eller mer; da er videregående som regel neste steg. Mangler du enkelte fag, kan kommunen vurdere det.',
            'Under the rules, primary education for adults is for those who need it. You said you have completed primary school or more; upper secondary is then usually the next step. If you lack single subjects, the municipality can assess that.',
          ),
        ),
      ],
    };
  }
  if (p.age === undefined) return missing(['age'], legalRef, what);
  if (p.age < ADULT_FROM_AGE) return belowAdultAge(legalRef);
  return {
    status: whenCovered,
    reasons: [
      reason('adult-without-primary', legalRef, coveredText),
      reason(
        'no-norwegian-requirement',
        legalRef,
        t(
          'Det kan ikke stilles krav om norskferdigheter, og du skal få tilbud om realkompetansevurdering før opptak.',
          'No level of Norwegian may be required, and you should be offered an assessment of prior learning before admission.',
        ),
      ),
    ],
  };
}

function belowAdultAge(legalRef: string): RuleOutcome {
  return {
    status: 'not-eligible',
    reasons: [
      reason(
        'below-adult-age',
        legalRef,
        t(
          'Grunnskole for voksne er for personer over opplæringspliktig alder (vanligvis 16 år); yngre går i vanlig grunnskole.',
          'Primary education for adults is for people above compulsory school age (usually 16); younger people attend ordinary school.',
        ),
      ),
    ],
  };
}

const primaryRightText = t(
  'Etter reglene har voksne som trenger grunnskoleopplæring, rett til det. Kommunen har ansvaret.',
  'Under the rules, adults who need primary education have a right to it. The municipality is responsible.',
);

/** Checked 2026-12-05: the new act's right covers parts of subjects and basic skills for everyone over 16 who needs them. */
const primaryNewSource: RuleSource = {
  law: PRIMARY_NEW,
  seed: primarySeed,
  effectiveFrom: OPPLAERINGSLOVA_2023_IN_FORCE,
  verifiedBy: [REGJERINGEN_ADULTS_RIGHTS],
  reviewNote:
    'Scope settled (verifiedBy). A lawyer must confirm the section number in opplæringslova (2023) kapittel 18, cited by chapter only.',
};

const grunnskoleForVoksne = versions(
  'grunnskole-for-voksne',
  {
    source: { law: PRIMARY_OLD, seed: primarySeed, effectiveFrom: MODEL_START },
    evaluate: (p) => adultPrimary(p, PRIMARY_OLD, 'right', primaryRightText),
  },
  {
    source: primaryNewSource,
    evaluate: (p) => adultPrimary(p, PRIMARY_NEW, 'right', primaryRightText, 'new'),
  },
);

const fvoSeed = `${S003}: "Kompetanse Norge har satt i gang forsøk med forberedende voksenopplæring (FVO) for voksne på nivået under videregående opplæring"`;

const forberedendeVoksenopplaering = versions(
  'forberedende-voksenopplaering',
  {
    source: {
      law: `${PRIMARY_OLD} (forsøk med forberedende voksenopplæring, FVO)`,
      seed: fvoSeed,
      effectiveFrom: MODEL_START,
      reviewNote: 'FVO was a trial in 40–50 municipalities (seed, 2021); which municipalities offered it is not modelled.',
    },
    evaluate: (p) =>
      adultPrimary(
        p,
        PRIMARY_OLD,
        'eligible',
        t(
          'Forberedende voksenopplæring var et forsøk med grunnskoleopplæring i moduler, bare i noen kommuner. Retten din gjelder grunnskole for voksne; spør kommunen om den har FVO.',
          'Preparatory adult education (FVO) was a trial of modular primary-level education, only in some municipalities. Your right is to primary education for adults; ask your municipality whether it has FVO.',
        ),
      ),
  },
  {
    source: {
      ...primaryNewSource,
      seed: fvoSeed,
      reviewNote: `${primaryNewSource.reviewNote ?? ''} Also confirm that FVO (the trial) is rightly read as the new act's "førebuande opplæring", i.e. the same right as grunnskole-for-voksne.`,
    },
    evaluate: (p) =>
      adultPrimary(
        p,
        PRIMARY_NEW,
        'right',
        t(
          'Etter opplæringslova (2023) heter grunnskoleopplæring for voksne «forberedende opplæring for voksne», og voksne som trenger den, har rett til den. Hvordan den er lagt opp, varierer mellom kommuner.',
          'Under opplæringslova (2023), primary education for adults is called "preparatory education for adults", and adults who need it have a right to it. How it is organised varies between municipalities.',
        ),
        'new',
      ),
  },
);

// ---------------------------------------------------------------- upper secondary for adults

const UPPER_OLD = 'opplæringsloven § 4A-3';
const UPPER_NEW = 'opplæringslova (2023) kapittel 18 (vidaregåande opplæring for vaksne)';
const YOUTH_OLD = 'opplæringsloven § 3-1 (ungdomsretten)';
const YOUTH_NEW = 'opplæringslova (2023) (ungdomsretten)';

const upperSeed =
  `${S003}: "Retten omfatter alle voksne som er 25 år eller eldre, og som har fullført grunnskole eller lignende, men ikke videregående opplæring." ` +
  `and "Dette ble endret i 2017, og voksenretten ble utvidet til å omfatte også disse søkerne."`;

function adultUpperSecondary(p: Profile, adultRef: string, youthRef: string, act: 'old' | 'new' = 'old'): RuleOutcome {
  const what = t('videregående opplæring for voksne', 'upper secondary education for adults');
  if (p.schooling === undefined) return missing(p.age === undefined ? ['schooling', 'age'] : ['schooling'], adultRef, what);
  if (WITHOUT_PRIMARY.includes(p.schooling)) {
    return {
      status: 'not-eligible',
      reasons: [
        reason(
          'primary-not-completed',
          adultRef,
          t(
            'Etter reglene bygger retten til videregående opplæring på fullført grunnskole eller tilsvarende. Grunnskole for voksne, eller en realkompetansevurdering, kan vise at du har nivået.',
            'Under the rules, the right to upper secondary education builds on completed primary school or equivalent. Primary education for adults, or an assessment of prior learning, can show that you have that level.',
          ),
        ),
      ],
    };
  }
  if (p.age === undefined) return missing(['age'], adultRef, what);
  if (p.age < ADULT_RIGHT_YEAR_OF_AGE - 1) {
    return {
      status: 'not-eligible',
      reasons: [
        reason(
          'youth-right-instead',
          youthRef,
          t(
            'Videregående for voksne gjelder etter reglene fra og med året du fyller 25. Er du yngre, gjelder vanligvis ungdomsretten til videregående opplæring; spør fylkeskommunen.',
            'Under the rules, upper secondary for adults applies from the year you turn 25. If you are younger, the youth right to upper secondary usually applies; ask the county.',
          ),
        ),
      ],
    };
  }
  if (p.age === ADULT_RIGHT_YEAR_OF_AGE - 1) {
    return {
      status: 'unknown',
      reasons: [
        reason(
          'turns-25-this-year',
          adultRef,
          t(
            'Retten for voksne gjelder fra og med året du fyller 25, så det kommer an på når på året du har bursdag.',
            'The adult right applies from the year you turn 25, so it depends on when in the year your birthday is.',
          ),
        ),
      ],
      toFindOut: [t('Fyller du 25 år i år?', 'Do you turn 25 this year?')],
    };
  }
  if (p.schooling === 'primary') {
    return {
      status: 'right',
      reasons: [
        reason(
          'adult-right',
          adultRef,
          t(
            'Etter reglene har voksne fra og med året de fyller 25, som har fullført grunnskole men ikke videregående, rett til videregående opplæring. Fylkeskommunen har ansvaret.',
            'Under the rules, adults from the year they turn 25 who have completed primary but not upper secondary school have a right to upper secondary education. The county is responsible.',
          ),
        ),
      ],
    };
  }
  // upper-secondary or higher: depends on whether the foreign upper secondary is recognised.
  if (p.foreignEducationRecognised === undefined) return missing(['foreignEducationRecognised'], adultRef, what);
  if (!p.foreignEducationRecognised) {
    return {
      status: 'right',
      reasons: [
        reason(
          'foreign-upper-secondary-not-recognised',
          adultRef,
          t(
            'Etter reglene har også voksne med videregående opplæring fra utlandet som ikke er godkjent i Norge, rett til videregående opplæring.',
            'Under the rules, adults whose upper secondary education from abroad is not recognised in Norway also have a right to upper secondary education.',
          ),
        ),
      ],
    };
  }
  if (act === 'new') {
    return {
      status: 'right',
      reasons: [
        reason(
          'second-vocational-qualification',
          adultRef,
          t(
            'Fra 1. august 2024 har voksne som allerede har studiekompetanse eller yrkeskompetanse, rett til å ta et fagbrev nummer to, for eksempel for å stå sterkere på arbeidsmarkedet. Fylkeskommunen har ansvaret.',
            'From 1 August 2024, adults who already have study competence or a vocational qualification have a right to take a second vocational qualification ("fagbrev nummer to"), for example to stand stronger in the labour market. The county is responsible.',
          ),
        ),
      ],
    };
  }
  return {
    status: 'eligible',
    reasons: [
      reason(
        'completed-no-adult-right',
        adultRef,
        t(
          'Med godkjent videregående eller høyere utdanning har du etter reglene ikke voksenretten, men fylkeskommunen kan også ta inn voksne uten rett; voksne med rett går foran.',
          'With recognised upper secondary or higher education you do not have the adult right under the rules, but the county may also admit adults without the right; adults with the right come first.',
        ),
      ),
    ],
  };
}

const videregaendeForVoksne = versions(
  'videregaende-for-voksne',
  {
    source: {
      law: UPPER_OLD,
      seed: upperSeed,
      effectiveFrom: MODEL_START,
      reviewNote:
        'Age is asked in whole years, so a 24-year-old gets "unknown" (the right starts in the calendar year of the 25th birthday). ' +
        '"Recognised" for schooling "higher" is read as: the upper secondary part is recognised; verify with the county.',
    },
    evaluate: (p) => adultUpperSecondary(p, UPPER_OLD, YOUTH_OLD),
  },
  {
    source: {
      law: UPPER_NEW,
      seed: upperSeed,
      effectiveFrom: OPPLAERINGSLOVA_2023_IN_FORCE,
      verifiedBy: [REGJERINGEN_SECOND_VOCATIONAL],
      reviewNote:
        'The second vocational qualification is settled (verifiedBy; Prop. 57 L (2022–2023) ch. 40.3). A lawyer must confirm: ' +
        'the section number in kapittel 18; that the adult right still starts in the year of the 25th birthday (kept from the ' +
        'old act); and whether the second qualification has conditions the map should name (e.g. only vocational programmes).',
    },
    evaluate: (p) => adultUpperSecondary(p, UPPER_NEW, YOUTH_NEW, 'new'),
  },
);

// ---------------------------------------------------------------- apprenticeship

const APPRENTICE_OLD = 'opplæringsloven kapittel 4 (fagopplæring i bedrift)';
const APPRENTICE_NEW = 'opplæringslova (2023) (opplæring i bedrift)';
const apprenticeSeed = `${S003}: "Hovedmodellen for opplæring, som anvendes innenfor de fleste fagretninger, er en såkalt 2+2-modell"`;

function apprentice(p: Profile, legalRef: string): RuleOutcome {
  if (p.schooling === undefined) return missing(['schooling'], legalRef, t('læretid i bedrift', 'an apprenticeship'));
  if (WITHOUT_PRIMARY.includes(p.schooling)) {
    return {
      status: 'not-eligible',
      reasons: [
        reason(
          'primary-not-completed',
          legalRef,
          t(
            'Læretid bygger etter reglene på grunnskole og som regel to år videregående i skole (2+2-modellen), eller tilsvarende kompetanse. Grunnskole for voksne kan være første steg.',
            'Under the rules an apprenticeship builds on primary school and usually two years of upper secondary at school (the 2+2 model), or equivalent competence. Primary education for adults can be a first step.',
          ),
        ),
      ],
    };
  }
  return {
    status: 'eligible',
    reasons: [
      reason(
        'needs-apprenticeship-contract',
        legalRef,
        t(
          'Du kan bli lærling etter opplæring i skole, eller når realkompetansen din godkjennes. En lærling trenger en lærekontrakt med en bedrift, og det er ingen garanti for læreplass.',
          'You can become an apprentice after training at school, or when your prior learning is accepted. An apprentice needs a contract with a company, and an apprenticeship place is not guaranteed.',
        ),
      ),
    ],
  };
}

const fagbrevLarling = versions(
  'fagbrev-larling',
  { source: { law: APPRENTICE_OLD, seed: apprenticeSeed, effectiveFrom: MODEL_START }, evaluate: (p) => apprentice(p, APPRENTICE_OLD) },
  { source: newActSource(APPRENTICE_NEW, apprenticeSeed), evaluate: (p) => apprentice(p, APPRENTICE_NEW) },
);

// ---------------------------------------------------------------- fagbrev på jobb

const ON_THE_JOB_MIN_YEARS = 1;
const ON_THE_JOB_REF = 'opplæringslova, opplæring i bedrift (kandidat for fagbrev på jobb); fylkeskommunen har ingen plikt til å tilby ordningen';

const fagbrevPaJobb: EligibilityRule = {
  offerId: 'fagbrev-pa-jobb',
  source: {
    law: ON_THE_JOB_REF,
    seed: `${S003}: "gir personer som er i lønnet arbeid en mulighet til å ta fagbrev uten opplæring i skole" and "For å kunne bruke ordningen, kreves det ett års praksis."`,
    effectiveFrom: MODEL_START,
    verifiedBy: [UDIR_FAGBREV_PA_JOBB, INNLANDET_FAGBREV_PA_JOBB, VESTLAND_FAGBREV_PA_JOBB],
    reviewNote:
      'Entry conditions settled (verifiedBy): completed primary school, in work, practice (one year in most counties, two in ' +
      'Vestland), no duty for the county, age limits set by some counties (25, 21). A lawyer must confirm the sections in ' +
      'opplæringslova (2023) that carry the scheme on from opplæringsloven kapittel 4.',
  },
  evaluate(p) {
    const what = t('fagbrev på jobb', 'a trade certificate on the job');
    const gaps: ProfileField[] = [];
    if (p.employed === undefined) gaps.push('employed');
    if (p.schooling === undefined) gaps.push('schooling');
    if (p.yearsOfRelevantPractice === undefined) gaps.push('yearsOfRelevantPractice');
    if (p.employed === false) {
      return {
        status: 'not-eligible',
        reasons: [
          reason(
            'not-in-paid-work',
            ON_THE_JOB_REF,
            t(
              'Fagbrev på jobb er for voksne som er i et arbeidsforhold; opplæringen skjer på arbeidsplassen. Læretid eller praksiskandidatordningen kan være andre veier.',
              'A trade certificate on the job is for adults who are employed; the training takes place at the workplace. An apprenticeship or the experience-based route (praksiskandidat) may be other routes.',
            ),
          ),
        ],
      };
    }
    if (p.schooling !== undefined && WITHOUT_PRIMARY.includes(p.schooling)) {
      return {
        status: 'not-eligible',
        reasons: [
          reason(
            'primary-not-completed',
            ON_THE_JOB_REF,
            t(
              'Fagbrev på jobb er for voksne som har fullført grunnskolen eller tilsvarende. Forberedende opplæring for voksne kan være første steg.',
              'A trade certificate on the job is for adults who have completed primary school or equivalent. Preparatory education for adults can be a first step.',
            ),
          ),
        ],
      };
    }
    if (p.yearsOfRelevantPractice !== undefined && p.yearsOfRelevantPractice < ON_THE_JOB_MIN_YEARS) {
      return {
        status: 'not-eligible',
        reasons: [
          reason(
            'under-one-year-practice',
            ON_THE_JOB_REF,
            t(
              'Fylkeskommunene krever minst ett års praksis i faget før en kontrakt om fagbrev på jobb (noen fylker krever mer).',
              'The counties require at least one year of practice in the trade before a contract for a trade certificate on the job (some counties require more).',
            ),
          ),
        ],
      };
    }
    if (gaps.length > 0) return missing(gaps, ON_THE_JOB_REF, what);
    return {
      status: 'eligible',
      reasons: [
        reason(
          'county-may-offer',
          ON_THE_JOB_REF,
          t(
            'Du er i arbeid, har fullført grunnskole og har praksis i faget: fylkeskommunen kan tilby fagbrev på jobb, men har ingen plikt til det, og vilkårene varierer mellom fylker (noen krever at du er over 25 år eller har to års praksis). Det er bedriften som søker sammen med deg.',
            'You are in work, have completed primary school and have practice in the trade: the county may offer a trade certificate on the job, but has no duty to, and the conditions vary between counties (some require you to be over 25 or to have two years of practice). The company applies together with you.',
          ),
        ),
      ],
    };
  },
};

// ---------------------------------------------------------------- praksiskandidat

const EXPERIENCE_MIN_YEARS = 5;
const EXPERIENCE_OLD = 'opplæringsloven § 3-5 andre ledd (praksiskandidatordningen)';
const EXPERIENCE_NEW = 'opplæringslova (2023) (praksiskandidatordninga)';
const experienceSeed = `${S003}: "kandidater som har minimum fem års relevant praksis i et fag, kan søke om å få framstille seg til fagprøve som privatist"`;
const experienceVerified = [PROP_57L_PRAKSISKANDIDAT, OSTFOLD_PRAKSISKANDIDAT_SPECIAL_TRADES];
const experienceNote =
  'Rule settled (verifiedBy): 25 per cent longer than the set apprenticeship period, five years in most trades and 67 months ' +
  'in some. A lawyer must confirm the section in opplæringslova (2023) that carries the rule on from § 3-5.';

function experienceBased(p: Profile, legalRef: string): RuleOutcome {
  if (p.yearsOfRelevantPractice === undefined) {
    return missing(['yearsOfRelevantPractice'], legalRef, t('praksiskandidatordningen', 'the experience-based trade certificate (praksiskandidat)'));
  }
  if (p.yearsOfRelevantPractice < EXPERIENCE_MIN_YEARS) {
    return {
      status: 'not-eligible',
      reasons: [
        reason(
          'under-five-years-practice',
          legalRef,
          t(
            'Som praksiskandidat må du ha allsidig praksis i faget som er 25 prosent lengre enn den fastsatte læretiden, vanligvis fem år (i noen fag fem år og sju måneder). Fagbrev på jobb krever kortere praksis.',
            'As an experienced candidate you need varied practice in the trade that is 25 per cent longer than the set apprenticeship period, usually five years (five years and seven months in some trades). The on-the-job route needs less practice.',
          ),
        ),
      ],
    };
  }
  return {
    status: 'eligible',
    reasons: [
      reason(
        'five-years-practice',
        legalRef,
        t(
          'Praksisen må være 25 prosent lengre enn den fastsatte læretiden i faget: fem år i de fleste fag, fem år og sju måneder i noen (for eksempel elektrikerfaget). Da kan du melde deg opp til fagprøven som praksiskandidat. Fylkeskommunen vurderer dokumentasjonen, og ordningen gir ikke rett til opplæring.',
          'The practice must be 25 per cent longer than the set apprenticeship period in the trade: five years in most trades, five years and seven months in some (for example electrician). Then you can register for the trade test as an experienced candidate. The county assesses your documentation, and the scheme gives no right to training.',
        ),
      ),
    ],
  };
}

const praksiskandidat = versions(
  'praksiskandidat',
  {
    source: { law: EXPERIENCE_OLD, seed: experienceSeed, effectiveFrom: MODEL_START, verifiedBy: experienceVerified },
    evaluate: (p) => experienceBased(p, EXPERIENCE_OLD),
  },
  {
    source: { law: EXPERIENCE_NEW, seed: experienceSeed, effectiveFrom: OPPLAERINGSLOVA_2023_IN_FORCE, verifiedBy: experienceVerified, reviewNote: experienceNote },
    evaluate: (p) => experienceBased(p, EXPERIENCE_NEW),
  },
);

// ---------------------------------------------------------------- realkompetansevurdering

const PRIOR_LEARNING_OLD = 'opplæringsloven §§ 4A-1 og 4A-3 (rett til realkompetansevurdering)';
const PRIOR_LEARNING_NEW = 'opplæringslova (2023) kapittel 18 (realkompetansevurdering)';

function priorLearning(legalRef: string, primary: RuleOutcome, upper: RuleOutcome): RuleOutcome {
  if (primary.status === 'right' || upper.status === 'right') {
    return {
      status: 'right',
      reasons: [
        reason(
          'follows-right-to-education',
          legalRef,
          t(
            'Voksne med rett til grunnskole eller videregående opplæring har etter reglene også rett til realkompetansevurdering: det du kan, skal vurderes og kan gjøre opplæringen kortere.',
            'Under the rules, adults with a right to primary or upper secondary education also have a right to an assessment of prior learning: what you already know is assessed and can shorten your training.',
          ),
        ),
      ],
    };
  }
  if (primary.status === 'unknown' || upper.status === 'unknown') {
    const toFindOut = [...(primary.toFindOut ?? []), ...(upper.toFindOut ?? [])].filter(
      (q, i, all) => all.findIndex((o) => o.nb === q.nb) === i,
    );
    return {
      status: 'unknown',
      reasons: [
        reason(
          'depends-on-right-to-education',
          legalRef,
          t(
            'Retten til realkompetansevurdering følger retten til grunnskole eller videregående opplæring for voksne, og den kan vi ikke avgjøre ennå.',
            'The right to an assessment of prior learning follows the right to primary or upper secondary education for adults, which we cannot settle yet.',
          ),
        ),
      ],
      toFindOut,
    };
  }
  return {
    status: 'eligible',
    reasons: [
      reason(
        'no-statutory-right',
        legalRef,
        t(
          'Uten rett til grunnskole eller videregående for voksne har du etter reglene ingen egen rett til realkompetansevurdering i skoleverket, men fylkeskommunen, fagskoler og høyskoler kan vurdere realkompetanse, for eksempel ved opptak.',
          'Without a right to primary or upper secondary education for adults you have no right of your own to an assessment of prior learning in the school system, but the county, vocational colleges and universities can assess prior learning, for example at admission.',
        ),
      ),
    ],
  };
}

const rkvSeed = `${S003}: "Voksne med rett til videregående opplæring har, i likhet med de med rett på grunnskole, også rett til realkompetansevurdering."`;

const realkompetansevurdering = versions(
  'realkompetansevurdering',
  {
    source: { law: PRIOR_LEARNING_OLD, seed: rkvSeed, effectiveFrom: MODEL_START },
    evaluate: (p) =>
      priorLearning(PRIOR_LEARNING_OLD, adultPrimary(p, PRIMARY_OLD, 'right', primaryRightText), adultUpperSecondary(p, UPPER_OLD, YOUTH_OLD)),
  },
  {
    source: newActSource(
      PRIOR_LEARNING_NEW,
      rkvSeed,
      'Stortinget asked in 2020 (vedtak nr. 701) to extend the right to adults without a right to upper secondary (Prop. 57 L (2022–2023) ch. 43.12): check whether the new act did.',
    ),
    evaluate: (p) =>
      priorLearning(PRIOR_LEARNING_NEW, adultPrimary(p, PRIMARY_NEW, 'right', primaryRightText, 'new'), adultUpperSecondary(p, UPPER_NEW, YOUTH_NEW, 'new')),
  },
);

// ---------------------------------------------------------------- recognition and higher education

const RECOGNITION_REF = 'universitets- og høyskoleloven (NOKUTs godkjenning av utenlandsk høyere utdanning)';

const godkjenningUtdanning: EligibilityRule = {
  offerId: 'godkjenning-utdanning',
  source: {
    law: RECOGNITION_REF,
    seed: `${S003}: "godkjenningsordninger for utenlandsk utdanning, som vanskelige å orientere seg i"`,
    effectiveFrom: MODEL_START,
    reviewNote:
      'A new universitets- og høyskoleloven applies from 2024-08-01: verify the provision. Recognition at upper secondary level ' +
      'and for regulated professions runs through other schemes, which the map only mentions.',
  },
  evaluate(p) {
    if (p.schooling === undefined) return missing(['schooling'], RECOGNITION_REF, t('godkjenning av utdanning', 'recognition of education'));
    if (!UPPER_SECONDARY_OR_MORE.includes(p.schooling)) {
      return {
        status: 'not-eligible',
        reasons: [
          reason(
            'no-education-to-recognise',
            RECOGNITION_REF,
            t(
              'Godkjenningsordningene gjelder utdanning på videregående nivå eller høyere. Grunnskole fra utlandet vurderes ved opptak til videre opplæring.',
              'The recognition schemes cover education at upper secondary level or higher. Primary school from abroad is assessed at admission to further education.',
            ),
          ),
        ],
      };
    }
    if (p.foreignEducationRecognised === undefined) {
      return missing(['foreignEducationRecognised'], RECOGNITION_REF, t('godkjenning av utdanning', 'recognition of education'));
    }
    if (p.foreignEducationRecognised) {
      return {
        status: 'not-eligible',
        reasons: [
          reason(
            'already-recognised',
            RECOGNITION_REF,
            t(
              'Du har oppgitt at utdanningen din allerede er godkjent i Norge. Trenger du godkjenning for et bestemt yrke, se «autorisasjon».',
              'You said your education is already recognised in Norway. If you need approval for a specific profession, see "authorisation".',
            ),
          ),
        ],
      };
    }
    return {
      status: 'eligible',
      reasons: [
        reason(
          'foreign-education',
          RECOGNITION_REF,
          t(
            'Har du utdanning fra utlandet, kan du søke om godkjenning. NOKUT godkjenner høyere utdanning; for videregående nivå og for lovregulerte yrker gjelder egne ordninger.',
            'If you have education from abroad, you can apply for recognition. NOKUT recognises higher education; upper secondary level and regulated professions have their own schemes.',
          ),
        ),
      ],
    };
  },
};

const kompletterendeUtdanning: EligibilityRule = {
  offerId: 'kompletterende-utdanning',
  source: {
    law: 'Ingen egen lovhjemmel: opptak etter reglene ved den enkelte høyskole eller det enkelte universitet',
    seed: `${S003}: "studier for innvandrere som har høyere utdanning fra sitt hjemland, men som har behov for å komplettere utdanningen"`,
    effectiveFrom: MODEL_START,
  },
  evaluate(p) {
    if (p.schooling === undefined) return missing(['schooling'], NO_LEGAL_BASIS, t('kompletterende utdanning', 'supplementary education'));
    if (p.schooling !== 'higher') {
      return {
        status: 'not-eligible',
        reasons: [
          reason(
            'no-higher-education',
            NO_LEGAL_BASIS,
            t(
              'Kompletterende utdanning er for deg som har høyere utdanning fra utlandet og trenger å bygge på den for å bruke den i Norge.',
              'Supplementary education is for people with higher education from abroad who need to add to it to use it in Norway.',
            ),
          ),
        ],
      };
    }
    return {
      status: 'eligible',
      reasons: [
        reason(
          'higher-education-from-abroad',
          NO_LEGAL_BASIS,
          t(
            'Med høyere utdanning fra utlandet kan kompletterende utdanning være aktuelt. Opptakskrav, også krav til norsk, fastsettes av hver utdanningsinstitusjon, og tilbudet finnes bare i noen fag og byer.',
            'With higher education from abroad, supplementary education may be relevant. Admission requirements, including Norwegian, are set by each institution, and it exists only for some subjects and in some cities.',
          ),
        ),
      ],
    };
  },
};

const AUTHORISATION_REF = 'helsepersonelloven § 48 a (autorisasjon)';

const autorisasjonHelse: EligibilityRule = {
  offerId: 'autorisasjon-helse',
  source: {
    law: AUTHORISATION_REF,
    seed: `${S003}: "hvilke yrker som krever spesiell autorisasjon for å kunne utøves i Norge"`,
    effectiveFrom: MODEL_START,
    reviewNote: 'The profile does not say which profession the education is in, so the map can at best say "unknown". Language and course requirements differ by profession and are not encoded.',
  },
  evaluate(p) {
    if (p.schooling === undefined) return missing(['schooling'], AUTHORISATION_REF, t('autorisasjon som helsepersonell', 'authorisation as a health professional'));
    if (!UPPER_SECONDARY_OR_MORE.includes(p.schooling)) {
      return {
        status: 'not-eligible',
        reasons: [
          reason(
            'no-health-education',
            AUTHORISATION_REF,
            t(
              'Autorisasjon som helsepersonell bygger etter reglene på en helsefaglig utdanning (for eksempel helsefagarbeider, sykepleier eller lege).',
              'Under the rules, authorisation as a health professional builds on a health education (for example health worker, nurse or doctor).',
            ),
          ),
        ],
      };
    }
    return {
      status: 'unknown',
      reasons: [
        reason(
          'depends-on-profession',
          AUTHORISATION_REF,
          t(
            'Helsedirektoratet gir autorisasjon. For utdanning fra land utenfor EU/EØS kreves blant annet dokumenterte norskkunnskaper; kravene varierer mellom yrkene.',
            'The Norwegian Directorate of Health grants authorisation. For education from outside the EU/EEA, documented Norwegian skills are among the requirements; they vary between professions.',
          ),
        ),
      ],
      toFindOut: [
        t(
          'Er utdanningen din innen et helseyrke som krever autorisasjon i Norge (for eksempel sykepleier, lege eller helsefagarbeider)?',
          'Is your education in a health profession that needs authorisation in Norway (for example nurse, doctor or health worker)?',
        ),
      ],
    };
  },
};

const HIGHER_REF = 'forskrift om opptak til høyere utdanning (krav om norsk for søkere med utdanning fra utlandet)';

const hoyereUtdanning: EligibilityRule = {
  offerId: 'hoyere-utdanning',
  source: {
    law: HIGHER_REF,
    seed: `${S003}: "kravet om B2 for opptak til høyere utdanning kommer som en overraskelse på mange"`,
    effectiveFrom: MODEL_START,
    verifiedBy: [SAMORDNA_B2_ALL_FOUR],
    reviewNote:
      'B2 in all four parts is settled (verifiedBy); the profile holds one overall level and the text names the four parts. ' +
      'A lawyer must confirm the age for admission on prior learning (25) used in the question below.',
  },
  evaluate(p) {
    const what = t('opptak til høyere utdanning', 'admission to higher education');
    if (p.norwegianLevel === undefined) return missing(p.schooling === undefined ? ['norwegianLevel', 'schooling'] : ['norwegianLevel'], HIGHER_REF, what);
    if (!norwegianAtLeast(p.norwegianLevel, 'B2')) {
      return {
        status: 'not-eligible',
        reasons: [
          reason(
            'norwegian-below-b2',
            HIGHER_REF,
            t(
              'For studier som undervises på norsk, krever opptaksreglene for søkere med utdanning fra utlandet Norskprøven med B2 på alle fire delprøvene (lytting, lesing, skriftlig og muntlig), eller tilsvarende. Studier på engelsk har egne språkkrav. Norskopplæring kan være veien dit.',
              'For programmes taught in Norwegian, the admission rules require applicants with education from abroad to have the Norwegian test with B2 in all four parts (listening, reading, writing and speaking), or equivalent. Programmes taught in English have their own language requirements. Norwegian training can be the way there.',
            ),
          ),
        ],
      };
    }
    if (p.schooling === undefined) return missing(['schooling'], HIGHER_REF, what);
    if (UPPER_SECONDARY_OR_MORE.includes(p.schooling)) {
      return {
        status: 'eligible',
        reasons: [
          reason(
            'b2-and-upper-secondary',
            HIGHER_REF,
            t(
              'Du har norsk på minst B2 og videregående eller høyere utdanning. B2 må gjelde alle fire delprøvene på Norskprøven (lytting, lesing, skriftlig og muntlig). Du trenger også generell studiekompetanse (utdanningen fra utlandet vurderes ved opptak), og opptak skjer etter konkurranse.',
              'You have Norwegian at B2 or above and upper secondary or higher education. B2 must hold in all four parts of the Norwegian test (listening, reading, writing and speaking). You also need general study competence (your education from abroad is assessed at admission), and admission is competitive.',
            ),
          ),
        ],
      };
    }
    return {
      status: 'unknown',
      reasons: [
        reason(
          'study-competence',
          HIGHER_REF,
          t(
            'Norsknivået ditt holder, men opptak krever generell studiekompetanse eller vurdering av realkompetanse.',
            'Your Norwegian level is enough, but admission needs general study competence or an assessment of prior learning.',
          ),
        ),
      ],
      toFindOut: [
        t(
          'Har du generell studiekompetanse, eller er du 25 år eller eldre og kan søke opptak på grunnlag av realkompetanse?',
          'Do you have general study competence, or are you 25 or older and able to apply on the basis of prior learning?',
        ),
      ],
    };
  },
};

const FAGSKOLE_REF = 'fagskoleloven (opptak etter regler fastsatt av den enkelte fagskolen)';

const fagskole: EligibilityRule = {
  offerId: 'fagskole',
  source: {
    law: FAGSKOLE_REF,
    seed: `${S003}: "høyere yrkesfaglig utdanning (fagskole)"`,
    effectiveFrom: MODEL_START,
    reviewNote: 'Admission rules and Norwegian requirements are set per school; verify the general admission basis in fagskoleloven.',
  },
  evaluate(p) {
    if (p.schooling === undefined) return missing(['schooling'], FAGSKOLE_REF, t('fagskole', 'vocational college (fagskole)'));
    if (WITHOUT_PRIMARY.includes(p.schooling)) {
      return {
        status: 'not-eligible',
        reasons: [
          reason(
            'builds-on-upper-secondary',
            FAGSKOLE_REF,
            t(
              'Fagskole bygger på videregående opplæring (for eksempel fagbrev) eller tilsvarende realkompetanse. Grunnskole og videregående kan være steg på veien.',
              'Vocational college builds on upper secondary education (for example a trade certificate) or equivalent prior learning. Primary and upper secondary education can be steps on the way.',
            ),
          ),
        ],
      };
    }
    if (p.schooling === 'primary') {
      return {
        status: 'unknown',
        reasons: [
          reason(
            'prior-learning-may-count',
            FAGSKOLE_REF,
            t(
              'Fagskolen kan vurdere realkompetanse, for eksempel lang arbeidserfaring i faget, i stedet for fullført videregående.',
              'The vocational college can assess prior learning, for example long work experience in the trade, instead of completed upper secondary.',
            ),
          ),
        ],
        toFindOut: [
          t('Har du fagbrev eller lang arbeidserfaring i faget du vil studere?', 'Do you have a trade certificate or long work experience in the field you want to study?'),
        ],
      };
    }
    return {
      status: 'eligible',
      reasons: [
        reason(
          'upper-secondary-completed',
          FAGSKOLE_REF,
          t(
            'Med videregående eller høyere utdanning kan du søke fagskole. Opptakskrav, også krav til norsk, fastsettes av hver fagskole.',
            'With upper secondary or higher education you can apply to a vocational college. Admission requirements, including Norwegian, are set by each school.',
          ),
        ),
      ],
    };
  },
};

export const educationRules: readonly EligibilityRule[] = [
  ...grunnskoleForVoksne,
  ...forberedendeVoksenopplaering,
  ...videregaendeForVoksne,
  ...fagbrevLarling,
  fagbrevPaJobb,
  ...praksiskandidat,
  ...realkompetansevurdering,
  godkjenningUtdanning,
  kompletterendeUtdanning,
  autorisasjonHelse,
  hoyereUtdanning,
  fagskole,
];
