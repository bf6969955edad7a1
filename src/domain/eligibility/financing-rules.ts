/**
 * How living costs are financed during qualification (seed 003 sections 4.3 and 6.1).
 */
import { INTEGRERINGSLOVEN_IN_FORCE, MODEL_START, missing, questionFor, reason, t } from './kit.ts';
import type { EligibilityRule, RuleOutcome } from './types.ts';
import { IMDI_INTRO_BENEFIT, LANEKASSEN_REFUGEE_GRANT, OTPRP_70_KVALIFISERINGSSTONAD } from './verified-sources.ts';
import { introductionProgramme, qualificationProgramme } from './work-rules.ts';

const S003 = '003_621298d49563d429.txt';

// ---------------------------------------------------------------- introduksjonsstønad

const INTRO_BENEFIT_REF = 'integreringsloven § 19';

const introduksjonsstonad: EligibilityRule = {
  offerId: 'introduksjonsstonad',
  source: {
    law: INTRO_BENEFIT_REF,
    seed: `${S003}: "Introduksjonsstønaden sikrer deltakerne en inntekt samtidig som den gir mulighet til kvalifisering på fulltid."`,
    effectiveFrom: INTEGRERINGSLOVEN_IN_FORCE,
    // Follows the introduction-programme rule; the amount (§ 20) and the chapter 6A rates are for the municipality.
    verifiedBy: [IMDI_INTRO_BENEFIT],
  },
  evaluate(p, on): RuleOutcome {
    const intro = introductionProgramme(p, on);
    switch (intro.status) {
      case 'unknown':
        return intro;
      case 'right-and-duty':
      case 'right':
        return {
          status: 'right',
          reasons: [
            reason(
              'follows-programme',
              INTRO_BENEFIT_REF,
              t(
                'Deltakere i introduksjonsprogrammet har etter integreringsloven rett til introduksjonsstønad mens de deltar. Fravær kan gi trekk.',
                'Under integreringsloven, participants in the introduction programme have a right to the introduction benefit while they take part. Absence can reduce it.',
              ),
            ),
          ],
        };
      case 'eligible':
        return {
          status: 'eligible',
          reasons: [
            reason(
              'if-offered-programme',
              INTRO_BENEFIT_REF,
              t(
                'Får du tilbud om introduksjonsprogram, gir deltakelse rett til introduksjonsstønad.',
                'If you are offered the introduction programme, taking part gives a right to the introduction benefit.',
              ),
            ),
          ],
        };
      case 'not-eligible':
        return {
          status: 'not-eligible',
          reasons: [
            reason(
              'no-programme',
              INTRO_BENEFIT_REF,
              t(
                'Introduksjonsstønad gis etter reglene bare til deltakere i introduksjonsprogrammet. Andre ordninger for livsopphold kan være aktuelle.',
                'Under the rules, the introduction benefit is paid only to participants in the introduction programme. Other ways of covering living costs may apply.',
              ),
            ),
            ...intro.reasons,
          ],
        };
    }
  },
};

// ---------------------------------------------------------------- kvalifiseringsstønad

const QUALIFICATION_BENEFIT_REF = 'sosialtjenesteloven § 35';

const kvalifiseringsstonad: EligibilityRule = {
  offerId: 'kvalifiseringsstonad',
  source: {
    law: QUALIFICATION_BENEFIT_REF,
    seed: `${S003}: "Kvalifiseringsprogrammet (KVP) med tilhørende kvalifiseringsstønad"`,
    effectiveFrom: MODEL_START,
    // Follows the KVP rule, which can only answer "unknown" or "not-eligible" from the profile (see kvpSource).
    verifiedBy: [OTPRP_70_KVALIFISERINGSSTONAD],
  },
  evaluate(p): RuleOutcome {
    const kvp = qualificationProgramme(p);
    const follows = reason(
      'follows-kvp',
      QUALIFICATION_BENEFIT_REF,
      t(
        'Kvalifiseringsstønad gis etter reglene til deltakere i kvalifiseringsprogrammet (KVP).',
        'Under the rules, the qualification benefit is paid to participants in the qualification programme (KVP).',
      ),
    );
    return { ...kvp, reasons: [follows, ...kvp.reasons] };
  },
};

// ---------------------------------------------------------------- flyktningstipend

const REFUGEE_GRANT_REF = 'forskrift om tildeling av utdanningsstøtte (flyktningstipend)';

/** The limits Lånekassen sets, said with every positive answer: the profile cannot check them. */
const refugeeGrantLimits = reason(
  'refugee-grant-limits',
  REFUGEE_GRANT_REF,
  t(
    'Flyktningstipend gis til forberedende opplæring (grunnskolenivå) eller videregående opplæring, ikke til høyere utdanning. Etter reglene gis det ikke samtidig med introduksjonsstønad eller til den som bor på asylmottak. Det gis i inntil tre år innenfor seks år etter at du fikk beskyttelse (åtte år hvis du har barn eller må ta grunnskoleopplæring først). Lånekassen avgjør søknaden.',
    'The refugee grant is for preparatory education (primary level) or upper secondary education, not for higher education. Under the rules it is not given alongside the introduction benefit or to people living in an asylum reception centre. It is given for up to three years within six years of being granted protection (eight years if you have children or must take primary education first). Lånekassen decides the application.',
  ),
);

const flyktningstipend: EligibilityRule = {
  offerId: 'flyktningstipend',
  source: {
    law: REFUGEE_GRANT_REF,
    seed: `${S003}: "deltakelse i grunnskole (modul 1 og 2[fotnote 60]) ikke gir rett til flyktningstipend"`,
    effectiveFrom: MODEL_START,
    verifiedBy: [LANEKASSEN_REFUGEE_GRANT],
    reviewNote:
      'Who can get it, the education it covers, the bar on combining it with introduksjonsstønad and the time limits are ' +
      'settled (verifiedBy). A lawyer must confirm: whether family reunified with a refugee are registered with refugee ' +
      'status (answered "unknown"); and from which school year Lånekassen counted collective protection (encoded from the ' +
      'start of the model, since utlendingsloven § 34 was first used in March 2022).',
  },
  evaluate(p): RuleOutcome {
    if (p.residenceBasis === undefined) return missing(['residenceBasis'], REFUGEE_GRANT_REF, t('flyktningstipend', 'the refugee grant'));
    switch (p.residenceBasis) {
      case 'refugee':
        return {
          status: 'eligible',
          reasons: [
            reason(
              'refugee-status',
              REFUGEE_GRANT_REF,
              t(
                'Lånekassen gir flyktningstipend til personer med flyktningstatus som tar forberedende opplæring eller videregående opplæring: lånet blir gitt som stipend.',
                'Lånekassen gives a refugee grant to people with refugee status in preparatory or upper secondary education: the loan is given as a grant.',
              ),
            ),
            refugeeGrantLimits,
          ],
        };
      case 'collective-protection':
        return {
          status: 'eligible',
          reasons: [
            reason(
              'collective-protection',
              REFUGEE_GRANT_REF,
              t(
                'Personer med kollektiv beskyttelse (Ukraina) kan etter Lånekassens regler få flyktningstipend til forberedende opplæring eller videregående opplæring.',
                'Under Lånekassen\'s rules, people with collective protection (Ukraine) can get the refugee grant for preparatory or upper secondary education.',
              ),
            ),
            refugeeGrantLimits,
          ],
        };
      case 'refugee-family-reunification':
        return {
          status: 'unknown',
          reasons: [
            reason(
              'depends-on-permit',
              REFUGEE_GRANT_REF,
              t(
                'Flyktningstipend krever at du er registrert med flyktningstatus hos UDI. Om du er det som familiegjenforent, står i vedtaket ditt; Lånekassen sjekker det.',
                'The refugee grant requires that you are registered with refugee status at UDI. Whether you are, as a reunified family member, is in your decision; Lånekassen checks it.',
              ),
            ),
          ],
          toFindOut: [
            t(
              'Står det i oppholdstillatelsen din at du har flyktningstatus? Spør Lånekassen om det gir flyktningstipend.',
              'Does your residence permit say that you have refugee status? Ask Lånekassen whether it gives the refugee grant.',
            ),
          ],
        };
      default:
        return {
          status: 'not-eligible',
          reasons: [
            reason(
              'no-refugee-status',
              REFUGEE_GRANT_REF,
              t(
                'Flyktningstipend er etter reglene for personer med flyktningstatus eller kollektiv beskyttelse. Vanlig støtte fra Lånekassen kan være aktuelt.',
                'Under the rules, the refugee grant is for people with refugee status or collective protection. Ordinary support from Lånekassen may apply.',
              ),
            ),
          ],
        };
    }
  },
};

// ---------------------------------------------------------------- Lånekassen

const STUDENT_SUPPORT_REF = 'utdanningsstøtteloven § 3 (hvem som kan få støtte)';

const lanekassen: EligibilityRule = {
  offerId: 'lanekassen',
  source: {
    law: STUDENT_SUPPORT_REF,
    seed: `${S003}: "ikke kan få bostøtte kombinert med stipend fra Lånekassen"`,
    effectiveFrom: MODEL_START,
    reviewNote:
      'Which foreign nationals can get support depends on the permit and sometimes on years in Norway; only refugee status is ' +
      'answered ("eligible"), everything else is "unknown". Verify the provision and the coverage of family immigrants and collective protection.',
  },
  evaluate(p): RuleOutcome {
    if (p.residenceBasis === undefined) return missing(['residenceBasis'], STUDENT_SUPPORT_REF, t('støtte fra Lånekassen', 'support from Lånekassen'));
    if (p.residenceBasis === 'refugee') {
      return {
        status: 'eligible',
        reasons: [
          reason(
            'refugee',
            STUDENT_SUPPORT_REF,
            t(
              'Med flyktningstatus kan du etter reglene få lån og stipend fra Lånekassen til godkjent utdanning. Støtten kan som hovedregel ikke kombineres med bostøtte.',
              'With refugee status you can get loans and grants from Lånekassen for approved education under the rules. The support generally cannot be combined with housing allowance.',
            ),
          ),
        ],
      };
    }
    return {
      status: 'unknown',
      reasons: [
        reason(
          'depends-on-permit',
          STUDENT_SUPPORT_REF,
          t(
            'For utenlandske borgere avhenger støtte fra Lånekassen av oppholdstillatelsen og noen ganger av hvor lenge du har bodd i Norge.',
            'For foreign nationals, support from Lånekassen depends on the residence permit and sometimes on how long you have lived in Norway.',
          ),
        ),
      ],
      toFindOut: [questionFor.residenceBasis, questionFor.yearsInNorway],
    };
  },
};

// ---------------------------------------------------------------- means-tested benefits (open to apply)

const okonomiskSosialhjelp: EligibilityRule = {
  offerId: 'okonomisk-sosialhjelp',
  source: {
    law: 'sosialtjenesteloven § 18',
    seed: `${S003}: "må søke sosialhjelp i tillegg"`,
    effectiveFrom: MODEL_START,
  },
  evaluate: () => ({
    status: 'eligible',
    reasons: [
      reason(
        'means-tested',
        'sosialtjenesteloven § 18',
        t(
          'Den som ikke kan forsørge seg selv, har etter sosialtjenesteloven krav på økonomisk stønad. NAV vurderer behovet ut fra inntekt og utgifter, og stønaden er ment å være midlertidig.',
          'Under sosialtjenesteloven, anyone who cannot support themselves is entitled to financial assistance. NAV assesses the need from income and expenses, and the assistance is meant to be temporary.',
        ),
      ),
    ],
  }),
};

const TILTAKSPENGER_REF = 'arbeidsmarkedsloven § 13 og tiltakspengeforskriften';

const tiltakspenger: EligibilityRule = {
  offerId: 'tiltakspenger',
  source: {
    law: TILTAKSPENGER_REF,
    effectiveFrom: MODEL_START,
    reviewNote: 'Not in the seeds. The benefit follows participation in a NAV measure; the regulation was revised in 2024: verify the provisions and the conditions.',
  },
  evaluate: () => ({
    status: 'unknown',
    reasons: [
      reason(
        'follows-nav-measure',
        TILTAKSPENGER_REF,
        t(
          'Tiltakspenger kan gis til deltakere i arbeidsmarkedstiltak fra NAV som ikke har lønn eller andre ytelser til livsopphold.',
          'Tiltakspenger (a benefit) can be paid to participants in NAV labour-market measures who have no wage or other benefits for living costs.',
        ),
      ),
    ],
    toFindOut: [
      t(
        'Skal du delta i et tiltak fra NAV, og får du andre ytelser (for eksempel introduksjonsstønad)?',
        'Will you take part in a NAV measure, and do you receive other benefits (for example the introduction benefit)?',
      ),
    ],
  }),
};

const bostotte: EligibilityRule = {
  offerId: 'bostotte',
  source: {
    law: 'bustøttelova (Husbanken)',
    seed: `${S003}: "ikke kan få bostøtte kombinert med stipend fra Lånekassen"`,
    effectiveFrom: MODEL_START,
    reviewNote: 'Income limits and the exceptions to the rule on students with Lånekassen support are not modelled; verify the provisions.',
  },
  evaluate: () => ({
    status: 'eligible',
    reasons: [
      reason(
        'means-tested',
        'bustøttelova',
        t(
          'Bostøtte fra Husbanken er behovsprøvd etter inntekt og boutgifter; du kan søke selv. Den kan som hovedregel ikke kombineres med støtte fra Lånekassen.',
          'Housing allowance from Husbanken is means-tested on income and housing costs; you can apply yourself. It generally cannot be combined with support from Lånekassen.',
        ),
      ),
    ],
  }),
};

export const financingRules: readonly EligibilityRule[] = [
  introduksjonsstonad,
  kvalifiseringsstonad,
  flyktningstipend,
  lanekassen,
  okonomiskSosialhjelp,
  tiltakspenger,
  bostotte,
];
