/**
 * Work-oriented programmes, career guidance and NAV measures (seed 003 sections 3.1–3.2, seeds 000/001/004).
 *
 * NAV's labour-market measures are discretionary: NAV decides after assessing the person's need,
 * so these rules never answer `right`; at most `eligible`, otherwise `unknown`.
 */
import type { IsoDate } from '../dates.ts';
import { guidanceRightForAge, type GuidanceRightResult } from '../guidance-right.ts';
import type { RuleSource } from '../rule-source.ts';
import {
  INTEGRERINGSLOVEN_IN_FORCE,
  MODEL_START,
  NO_LEGAL_BASIS,
  OPPLAERINGSLOVA_2023_IN_FORCE,
  missing,
  openOffer,
  questionFor,
  reason,
  t,
} from './kit.ts';
import { norwegianAtLeast, type Profile, type SchoolingLevel } from './profile.ts';
import {
  IMDI_INTRO_TARGET_GROUP, LOVDATA_TILTAKSPENGEFORSKRIFTEN_CHAPTERS, NAV_R76_CHAPTER_7_REWRITTEN, NAV_TILTAKSFORSKRIFTEN_1_3, PROP_81L_INTRO_OVER_55,
} from './verified-sources.ts';
import type { EligibilityRule, LocalizedText, RuleOutcome } from './types.ts';

const S002 = '002_56eb07db012f66ce.txt';
const S003 = '003_621298d49563d429.txt';
const S004 = '004_7de5c590806d3e6a.txt';

/**
 * Probe of the § 11 table without an age: the table decides "not in the target group" from the
 * residence basis (and date) before it looks at the age, so any age gives the same answer then.
 */
function guidanceTableIgnoringAge(p: Profile & Required<Pick<Profile, 'residenceBasis'>>, on: IsoDate): GuidanceRightResult | undefined {
  const probe = guidanceRightForAge({ residenceBasis: p.residenceBasis, age: 0, on });
  return probe.reason === 'not-in-target-group' ? probe : undefined;
}

// ---------------------------------------------------------------- introduksjonsprogram

const INTRO_REF = 'integreringsloven § 8 første ledd, jf. § 9';
const INTRO_6A_REF = 'integreringsloven kapittel 6A (midlertidig)';
const INTRO_OTHERS_REF = 'integreringsloven § 8 (kommunen kan tilby program til andre)';
const INTRO_OVER_55_REF = 'integreringsloven § 8 tredje ledd (kommunen kan tilby program til innvandrere over 55 år)';
/** Same limits as § 8 første ledd in guidance-right.ts, used for the group the municipality "may" offer a programme. */
const INTRO_AGE = { min: 18, max: 55 } as const;

const introSource: RuleSource = {
  law: 'integreringsloven §§ 8–9 (målgruppe for introduksjonsprogrammet)',
  seed:
    `${S003}: "kommunene plikter å tilby et helårig fulltidsprogram for målgruppa"; ` +
    `${S004}: "personer som er i målgruppen for introduksjonsprogrammet, dvs. innvandrere mellom 18 og 55 år"`,
  effectiveFrom: INTEGRERINGSLOVEN_IN_FORCE,
  verifiedBy: [PROP_81L_INTRO_OVER_55, IMDI_INTRO_TARGET_GROUP],
  reviewNote:
    'Over 55 (may-offer, § 8 tredje ledd) is settled by the sources in verifiedBy. A lawyer must still confirm: (1) ' +
    '"other-family-reunification" → "eligible" (our reading of the may-offer groups in § 8; IMDi lists family immigrants to ' +
    'the § 9 groups, not to Norwegian citizens); (2) whether people with collective protection also have a duty. The map asks ' +
    'the age today while the law uses the age when the permit was granted, and the two-year limit and the need for basic ' +
    'qualification are not in the profile: the result text says so.',
};

/** The introduction programme outcome; other rules (stønad, livsmestring, hurtigspor) build on it. */
export function introductionProgramme(p: Profile, on: IsoDate): RuleOutcome {
  const what = t('introduksjonsprogrammet', 'the introduction programme');
  if (p.residenceBasis === undefined) return missing(p.age === undefined ? ['residenceBasis', 'age'] : ['residenceBasis'], INTRO_REF, what);
  if (p.residenceBasis === 'other') {
    return {
      status: 'not-eligible',
      reasons: [
        reason(
          'not-in-target-group',
          INTRO_REF,
          t(
            'Introduksjonsprogrammet er etter integreringsloven for flyktninger og familiegjenforente med dem, og etter egne regler for personer med kollektiv beskyttelse. Opphold for arbeid eller studier gir ikke rett til programmet.',
            'Under integreringsloven the introduction programme is for refugees and family reunified with them, and under separate rules for people with collective protection. Residence for work or study gives no right to the programme.',
          ),
        ),
      ],
    };
  }
  if (p.age === undefined) return missing(['age'], INTRO_REF, what);
  const outsideAge = {
    status: 'not-eligible' as const,
    reasons: [
      reason(
        'outside-age-range-18-55',
        INTRO_REF,
        t(
          'Etter integreringsloven er introduksjonsprogrammet for personer mellom 18 og 55 år.',
          'Under integreringsloven the introduction programme is for people aged 18 to 55.',
        ),
      ),
    ],
  };
  if (p.residenceBasis === 'other-family-reunification') {
    if (p.age < INTRO_AGE.min || p.age > INTRO_AGE.max) return outsideAge;
    return {
      status: 'eligible',
      reasons: [
        reason(
          'municipality-may-offer',
          INTRO_OTHERS_REF,
          t(
            'Kommunen kan tilby introduksjonsprogram også til enkelte andre familiegjenforente mellom 18 og 55 år, men det er ingen rett. Spør kommunen.',
            'The municipality may also offer the introduction programme to some other family immigrants aged 18 to 55, but there is no right. Ask your municipality.',
          ),
        ),
      ],
    };
  }
  const g = guidanceRightForAge({ residenceBasis: p.residenceBasis, age: p.age, on });
  if (g.reason === 'outside-age-range' && p.age > INTRO_AGE.max) {
    // § 8 tredje ledd: over 55 is not "not eligible" but a may-offer, for the same residence bases (6A included).
    return {
      status: 'eligible',
      reasons: [
        reason(
          'municipality-may-offer-over-55',
          INTRO_OVER_55_REF,
          t(
            'Du er over 55 år, så du har ikke rett og plikt til introduksjonsprogram. Men kommunen kan tilby introduksjonsprogram til innvandrere over 55 år som ellers er i målgruppen. Spør kommunen.',
            'You are over 55, so you have no right and duty to the introduction programme. But the municipality may offer the programme to immigrants over 55 who are otherwise in the target group. Ask your municipality.',
          ),
        ),
      ],
    };
  }
  if (g.reason === 'outside-age-range') return outsideAge;
  if (g.right === 'right-and-duty') {
    return {
      status: 'right-and-duty',
      reasons: [
        reason(
          'target-group-18-55',
          INTRO_REF,
          t(
            'Etter integreringsloven har nyankomne flyktninger og familiegjenforente med dem mellom 18 og 55 år rett og plikt til introduksjonsprogram, når kommunen vurderer at de trenger grunnleggende kvalifisering.',
            'Under integreringsloven, newly arrived refugees and family reunified with them aged 18 to 55 have a right and a duty to take part in the introduction programme when the municipality finds that they need basic qualification.',
          ),
        ),
      ],
    };
  }
  if (g.right === 'right') {
    return {
      status: 'right',
      reasons: [
        reason(
          'collective-protection',
          INTRO_6A_REF,
          t(
            'Med kollektiv beskyttelse gjelder midlertidige regler for introduksjonsprogrammet: minstekravene til programmet er forenklet. Kommunen kan si om du også har plikt til å delta.',
            'With collective protection, temporary rules apply to the introduction programme: its minimum requirements are simplified. Your municipality can tell you whether you also have a duty to take part.',
          ),
        ),
      ],
    };
  }
  // Collective protection before chapter 6A came into force.
  return {
    status: 'unknown',
    reasons: [
      reason(
        'before-chapter-6A',
        INTRO_6A_REF,
        t(
          'Før de midlertidige reglene for kollektiv beskyttelse (15. juni 2022) er reglene for denne gruppen ikke lagt inn her.',
          'Before the temporary rules for collective protection (15 June 2022), the rules for this group are not modelled here.',
        ),
      ),
    ],
    toFindOut: [questionFor.residenceBasis],
  };
}

const introduksjonsprogram: EligibilityRule = { offerId: 'introduksjonsprogram', source: introSource, evaluate: introductionProgramme };

// ---------------------------------------------------------------- career guidance

const GUIDANCE_REF = 'integreringsloven § 11';

const karriereveiledningIntegreringsloven: EligibilityRule = {
  offerId: 'karriereveiledning-integreringsloven',
  source: {
    law: 'integreringsloven § 11 og § 37 b (regeltabellen i guidance-right.ts)',
    effectiveFrom: INTEGRERINGSLOVEN_IN_FORCE,
    reviewNote: 'Uses the same rule table as guidanceRight, but with the age today instead of the age on the settlement date; each result carries the table entry it rests on as its source.',
  },
  evaluate(p, on) {
    const what = t('karriereveiledning etter integreringsloven', 'career guidance under integreringsloven');
    if (p.residenceBasis === undefined) return missing(p.age === undefined ? ['residenceBasis', 'age'] : ['residenceBasis'], GUIDANCE_REF, what);
    const g =
      p.age === undefined
        ? guidanceTableIgnoringAge({ ...p, residenceBasis: p.residenceBasis }, on)
        : guidanceRightForAge({ residenceBasis: p.residenceBasis, age: p.age, on });
    if (g === undefined) return missing(['age'], GUIDANCE_REF, what);
    const openToAll = t(
      'Karrieresenteret i fylket gir likevel gratis karriereveiledning til alle som bor der.',
      'The county career centre still offers free career guidance to everyone who lives there.',
    );
    const ageToday = reason(
      'age-today',
      g.source.law,
      t(
        'Her brukes alderen du har oppgitt i dag; i saken regnes alderen da oppholdstillatelsen ble gitt.',
        'This uses the age you gave today; in the case itself, the age when the residence permit was granted counts.',
      ),
    );
    switch (g.reason) {
      case 'target-group-18-55':
        return {
          status: 'right-and-duty',
          source: g.source,
          reasons: [
            reason(
              'target-group-18-55',
              g.source.law,
              t(
                'Etter integreringsloven § 11 har personer i målgruppen for introduksjonsprogrammet (flyktninger og familiegjenforente med dem, 18–55 år) rett og plikt til karriereveiledning før kommunen bestemmer innholdet i programmet.',
                'Under integreringsloven § 11, people in the target group of the introduction programme (refugees and family reunified with them, aged 18–55) have a right and a duty to career guidance before the municipality decides the content of their programme.',
              ),
            ),
            ageToday,
          ],
        };
      case 'collective-protection':
        return {
          status: 'right',
          source: g.source,
          reasons: [
            reason(
              'collective-protection',
              g.source.law,
              t(
                'Med kollektiv beskyttelse har du etter de midlertidige reglene rett, men ikke plikt, til karriereveiledning. Veiledningen kan skje i gruppe.',
                'With collective protection you have a right, but no duty, to career guidance under the temporary rules. The guidance may be given in a group.',
              ),
            ),
            ageToday,
          ],
        };
      case 'outside-age-range':
        return {
          status: 'not-eligible',
          source: g.source,
          reasons: [
            reason(
              'outside-age-range',
              g.source.law,
              t(
                `Retten etter integreringsloven gjelder personer mellom 18 og 55 år. ${openToAll.nb}`,
                `The right under integreringsloven covers people aged 18 to 55. ${openToAll.en}`,
              ),
            ),
            ageToday,
          ],
        };
      case 'not-in-target-group':
        return {
          status: 'not-eligible',
          source: g.source,
          reasons: [
            reason(
              'not-in-target-group',
              g.source.law,
              t(
                `Retten etter integreringsloven gjelder flyktninger og familiegjenforente med dem, og personer med kollektiv beskyttelse. ${openToAll.nb}`,
                `The right under integreringsloven covers refugees and family reunified with them, and people with collective protection. ${openToAll.en}`,
              ),
            ),
          ],
        };
    }
  },
};

const careerCentreSeed = `${S004}: "Fra 1. januar 2021 fikk fylkeskommunene gjennom opplæringsloven en plikt til å tilby karriereveiledning til alle dens innbyggere" and "gratis karriererettleiing for alle som er busette der"`;
const careerCentreText = t(
  'Karrieresenteret i fylket gir gratis karriereveiledning til alle som bor i fylket, uansett oppholdsgrunnlag. Du kan ta kontakt selv.',
  'The county career centre offers free career guidance to everyone who lives in the county, whatever their residence permit. You can contact it yourself.',
);
const CAREER_CENTRE_OLD = 'opplæringsloven § 13-3 f';
const CAREER_CENTRE_NEW = 'opplæringslova (2023) (fylkeskommunens plikt til å tilby gratis karriererettleiing)';

const karriereveiledningKarrieresenter: EligibilityRule[] = [
  {
    ...openOffer(
      'karriereveiledning-karrieresenter',
      { law: CAREER_CENTRE_OLD, seed: careerCentreSeed, effectiveFrom: '2021-01-01' },
      'open-to-all-residents',
      CAREER_CENTRE_OLD,
      careerCentreText,
    ),
    effectiveUntil: OPPLAERINGSLOVA_2023_IN_FORCE,
  },
  openOffer(
    'karriereveiledning-karrieresenter',
    {
      law: CAREER_CENTRE_NEW,
      seed: careerCentreSeed,
      effectiveFrom: OPPLAERINGSLOVA_2023_IN_FORCE,
      reviewNote: 'The duty was in opplæringsloven (1998) § 13-3 f; verify where it is in opplæringslova (2023), in force 2024-08-01.',
    },
    'open-to-all-residents',
    CAREER_CENTRE_NEW,
    careerCentreText,
  ),
];

// ---------------------------------------------------------------- kvalifiseringsprogrammet

const KVP_REF = 'sosialtjenesteloven § 29';
/** "yrkesaktiv alder": we read it as 18 up to (not including) 67. See the reviewNote. */
const WORKING_AGE = { min: 18, below: 67 } as const;

const kvpSource: RuleSource = {
  law: KVP_REF,
  seed: `${S003}: "KVP er en rettighet for personer som fyller vilkårene i sosialtjenesteloven § 29."`,
  effectiveFrom: MODEL_START,
  reviewNote:
    'The decisive conditions (substantially reduced ability to work and earn, no or very limited benefits, NAV\'s assessment) ' +
    'are not in the profile, so the map can only say "unknown" or, outside working age, "not-eligible". "yrkesaktiv alder" ' +
    'is read as 18–66; verify.',
};

/** The KVP outcome; kvalifiseringsstønad builds on it. */
export function qualificationProgramme(p: Profile): RuleOutcome {
  if (p.age === undefined) return missing(['age'], KVP_REF, t('kvalifiseringsprogrammet', 'the qualification programme'));
  if (p.age < WORKING_AGE.min || p.age >= WORKING_AGE.below) {
    return {
      status: 'not-eligible',
      reasons: [
        reason(
          'outside-working-age',
          KVP_REF,
          t('Kvalifiseringsprogrammet er etter loven for personer i yrkesaktiv alder.', 'Under the law, the qualification programme is for people of working age.'),
        ),
      ],
    };
  }
  return {
    status: 'unknown',
    reasons: [
      reason(
        'needs-nav-assessment',
        KVP_REF,
        t(
          'Etter sosialtjenesteloven har personer med vesentlig nedsatt arbeids- og inntektsevne og ingen eller svært små ytelser rett til kvalifiseringsprogram, når NAV etter en arbeidsevnevurdering finner det hensiktsmessig.',
          'Under sosialtjenesteloven, people whose ability to work and earn is substantially reduced, and who have no or very small benefits, have a right to the qualification programme when NAV, after assessing their ability to work, finds it suitable.',
        ),
      ),
    ],
    toFindOut: [
      t(
        'Har NAV vurdert arbeidsevnen din, og har du lite eller ingen inntekt eller andre ytelser?',
        'Has NAV assessed your ability to work, and do you have little or no income or other benefits?',
      ),
    ],
  };
}

const kvalifiseringsprogram: EligibilityRule = { offerId: 'kvalifiseringsprogram', source: kvpSource, evaluate: (p) => qualificationProgramme(p) };

// ---------------------------------------------------------------- Jobbsjansen

const jobbsjansen: EligibilityRule = {
  offerId: 'jobbsjansen',
  source: {
    law: 'Ingen individuell rett: tilskuddsordning forvaltet av IMDi',
    seed: `${S003}: "Jobbsjansen er en tilskuddsordning kommunene kan søke på, som administreres av IMDi." and "Ordningen er i dag rettet mot hjemmeværende kvinner."`,
    effectiveFrom: MODEL_START,
    reviewNote:
      'The target group is set in IMDi\'s grant rules and has changed over time (in 2021: women staying at home). Current ' +
      'target groups and any age limits must be checked; the rule only uses "not in work".',
  },
  evaluate(p) {
    if (p.employed === undefined) return missing(['employed'], NO_LEGAL_BASIS, t('Jobbsjansen', 'Jobbsjansen (the job chance programme)'));
    if (p.employed) {
      return {
        status: 'not-eligible',
        reasons: [
          reason(
            'in-work',
            NO_LEGAL_BASIS,
            t(
              'Jobbsjansen er for innvandrere som står langt fra arbeidslivet og trenger grunnleggende kvalifisering; du har oppgitt at du er i arbeid.',
              'Jobbsjansen is for immigrants who are far from the labour market and need basic qualification; you said you are in work.',
            ),
          ),
        ],
      };
    }
    return {
      status: 'eligible',
      reasons: [
        reason(
          'far-from-work',
          NO_LEGAL_BASIS,
          t(
            'Jobbsjansen er en tilskuddsordning: bare noen kommuner har prosjekter, og målgruppen fastsettes i ordningen. Spør kommunen om de har Jobbsjansen og hvem den er for.',
            'Jobbsjansen is a grant scheme: only some municipalities run projects, and the scheme sets the target group. Ask your municipality whether it has Jobbsjansen and who it is for.',
          ),
        ),
      ],
    };
  },
};

// ---------------------------------------------------------------- NAV measures

const NAV_NOTE =
  'NAV measures are discretionary (NAV assesses the need for work-related help); the chapter of the regulation is not ' +
  'cited and must be verified, as must any age limits.';

const navSource = (measure: string, seed: string): RuleSource => ({
  law: `forskrift om arbeidsmarkedstiltak (tiltaksforskriften), ${measure}`,
  seed,
  effectiveFrom: MODEL_START,
  reviewNote: NAV_NOTE,
});

/**
 * A NAV measure whose chapter is confirmed (tiltakspengeforskriften § 2 lists them) and whose discretion is the
 * regulation's own (§ 1-3). The map encodes no age for these, so the age limits of § 1-3 cannot make it wrong.
 */
const navSourceVerified = (chapter: string, seed: string): RuleSource => ({
  law: `forskrift om arbeidsmarkedstiltak (tiltaksforskriften) ${chapter}, jf. § 1-3`,
  seed,
  effectiveFrom: MODEL_START,
  verifiedBy: [LOVDATA_TILTAKSPENGEFORSKRIFTEN_CHAPTERS, NAV_TILTAKSFORSKRIFTEN_1_3],
});

const navRef = (measure: string): string => `tiltaksforskriften (${measure})`;

const navAssesses = (code: string, measure: string, text: LocalizedText): RuleOutcome => ({
  status: 'eligible',
  reasons: [reason(code, navRef(measure), text)],
});

/** Tiltaksforskriften kapittel 7 (opplæring) was rewritten from this day (NAV's rundskriv R76-12-01). */
const NAV_TRAINING_CHAPTER_REWRITTEN = '2025-07-01';
const amoSeed = `${S003}: "Flere erfarer at AMO-kurs ofte har krav om nivå A2 i norsk"`;

function amoEvaluate(p: Profile): RuleOutcome {
  const ref = navRef('opplæringstiltak');
  if (p.norwegianLevel === undefined) return missing(['norwegianLevel'], ref, t('AMO-kurs', 'labour-market courses (AMO)'));
  if (norwegianAtLeast(p.norwegianLevel, 'A2')) {
    return navAssesses(
      'nav-assesses',
      'opplæringstiltak',
      t(
        'NAV kan gi arbeidsmarkedskurs (AMO) til arbeidssøkere som trenger opplæring for å få jobb; NAV vurderer behovet. Kursene og reglene for hvor lenge de varer, varierer; spør NAV.',
        'NAV can give labour-market courses (AMO) to job seekers who need training to get work; NAV assesses the need. Courses and how long they last vary; ask NAV.',
      ),
    );
  }
  return {
    status: 'unknown',
    reasons: [
      reason(
        'a2-often-asked',
        NO_LEGAL_BASIS,
        t(
          'Mange AMO-kurs krever norsk på nivå A2. Det er lokal praksis, ikke et krav i forskriften, og noen kurs kombinerer fag og norskopplæring.',
          'Many AMO courses ask for Norwegian at level A2. That is local practice, not a requirement in the regulation, and some courses combine job training with Norwegian.',
        ),
      ),
    ],
    toFindOut: [
      t(
        'Har NAV der du bor kurs som passer ditt norsknivå, eller kurs med norskopplæring?',
        'Does NAV where you live have courses that fit your Norwegian level, or courses that include Norwegian training?',
      ),
    ],
  };
}

/** Two entries: chapter 7 before and after it was rewritten. The map's answer is the same; the source is not. */
const amoKurs: EligibilityRule[] = [
  {
    offerId: 'amo-kurs',
    source: navSourceVerified('kapittel 7 (opplæring, arbeidsmarkedsopplæring AMO)', amoSeed),
    effectiveUntil: NAV_TRAINING_CHAPTER_REWRITTEN,
    evaluate: amoEvaluate,
  },
  {
    offerId: 'amo-kurs',
    source: {
      law: 'forskrift om arbeidsmarkedstiltak (tiltaksforskriften) kapittel 7 Opplæring, omarbeidet fra 1. juli 2025',
      seed: amoSeed,
      effectiveFrom: NAV_TRAINING_CHAPTER_REWRITTEN,
      verifiedBy: [NAV_R76_CHAPTER_7_REWRITTEN],
      reviewNote:
        'The rewritten text of chapter 7 could not be read from here. A lawyer must confirm its sections, the age limit for ' +
        'training measures (19 before the change) and the longest duration (three years before), which the map no longer ' +
        'states. A2 stays local practice, not a rule.',
    },
    evaluate: amoEvaluate,
  },
];

const arbeidsforberedendeTrening: EligibilityRule = {
  offerId: 'arbeidsforberedende-trening',
  source: navSourceVerified('kapittel 13 (arbeidsforberedende trening, AFT)', `${S003}: "Arbeidsforberedende trening (AFT) er et individuelt tiltak"`),
  evaluate: () => ({
    status: 'unknown',
    reasons: [
      reason(
        'reduced-work-capacity',
        navRef('arbeidsforberedende trening'),
        t(
          'AFT er for personer som NAV har vurdert at har nedsatt arbeidsevne og trenger tilrettelagt trening før arbeid i en vanlig bedrift.',
          'AFT is for people whom NAV has assessed as having a reduced ability to work and needing adapted training before work in an ordinary company.',
        ),
      ),
    ],
    toFindOut: [
      t(
        'Har NAV vurdert at du har nedsatt arbeidsevne og trenger tett oppfølging?',
        'Has NAV assessed that you have a reduced ability to work and need close follow-up?',
      ),
    ],
  }),
};

/**
 * A NAV measure for people looking for work: unknown until we know whether the person is in work; in work it
 * stays open (NAV may still use it), otherwise NAV assesses the need. Work training and wage subsidies share it.
 */
const jobSeekerMeasure = (m: {
  offerId: string; measure: string; seed: string; needFor: LocalizedText; inWork: LocalizedText; askInWork: LocalizedText;
  code: string; text: LocalizedText; source?: RuleSource;
}): EligibilityRule => ({
  offerId: m.offerId,
  source: m.source ?? navSource(m.measure, m.seed),
  evaluate(p) {
    const ref = navRef(m.measure);
    if (p.employed === undefined) return missing(['employed'], ref, m.needFor);
    if (p.employed) return { status: 'unknown', reasons: [reason('in-work', ref, m.inWork)], toFindOut: [m.askInWork] };
    return navAssesses(m.code, m.measure, m.text);
  },
});

const arbeidstrening = jobSeekerMeasure({
  offerId: 'arbeidstrening',
  measure: 'arbeidstrening',
  seed: `${S003}: "Det som tidligere ble omtalt som arbeidspraksis, kalles nå arbeidstrening i NAV."`,
  source: navSourceVerified('kapittel 3 (arbeidstrening)', `${S003}: "Det som tidligere ble omtalt som arbeidspraksis, kalles nå arbeidstrening i NAV."`),
  needFor: t('arbeidstrening', 'work training'),
  inWork: t(
    'Arbeidstrening er først og fremst for arbeidssøkere som trenger erfaring fra en arbeidsplass; du har oppgitt at du er i arbeid.',
    'Work training is mainly for job seekers who need experience from a workplace; you said you are in work.',
  ),
  askInWork: t('Trenger du arbeidstrening for å bytte yrke? Spør NAV.', 'Do you need work training to change occupation? Ask NAV.'),
  code: 'job-seeker',
  text: t(
    'NAV kan gi arbeidstrening på en vanlig arbeidsplass til arbeidssøkere som trenger erfaring og referanser. NAV vurderer behovet, og det er ingen rett til en plass.',
    'NAV can give work training at an ordinary workplace to job seekers who need experience and references. NAV assesses the need, and there is no right to a place.',
  ),
});

const lonnstilskudd = jobSeekerMeasure({
  offerId: 'lonnstilskudd',
  measure: 'lønnstilskudd',
  seed: `${S003}: "lønnstilskudd i stor grad tilbys deltakere som står nært arbeidslivet"`,
  needFor: t('lønnstilskudd', 'a wage subsidy'),
  inWork: t(
    'Lønnstilskudd brukes mest når en arbeidsgiver ansetter noen som har vansker med å få jobb; du har oppgitt at du er i arbeid.',
    'A wage subsidy is mostly used when an employer hires someone who finds it hard to get work; you said you are in work.',
  ),
  askInWork: t('Er lønnstilskudd aktuelt for å beholde jobben din? Spør NAV.', 'Could a wage subsidy help you keep your job? Ask NAV.'),
  code: 'needs-employer',
  text: t(
    'NAV kan gi en arbeidsgiver lønnstilskudd når du har vansker med å få jobb. Det forutsetter en arbeidsgiver som vil ansette deg, og NAV vurderer behovet.',
    'NAV can give an employer a wage subsidy when you find it hard to get work. It needs an employer who wants to hire you, and NAV assesses the need.',
  ),
});

const discretionaryNav = (offerId: string, measure: string, seed: string, text: LocalizedText): EligibilityRule => ({
  offerId,
  source: navSource(measure, seed),
  evaluate: () => navAssesses('nav-assesses', measure, text),
});

const mentor = discretionaryNav(
  'mentor',
  'mentor',
  `${S003}: "NAVs mentortiltak er en tilskuddsordning for personer som trenger praktisk bistand, veiledning eller opplæring i arbeidsrettede ferdigheter"`,
  t(
    'NAV kan gi tilskudd til en mentor på arbeidsplassen når du trenger hjelp for å gjennomføre et tiltak eller få og beholde en jobb. NAV vurderer behovet.',
    'NAV can fund a mentor at the workplace when you need help to complete a measure or to get and keep a job. NAV assesses the need.',
  ),
);

const inkluderingstilskudd = discretionaryNav(
  'inkluderingstilskudd',
  'inkluderingstilskudd',
  `${S003}: "Arbeidsgivere kan søke om inkluderingstilskudd for å kompensere for kostnader knyttet til personer som trenger tilrettelegging"`,
  t(
    'Arbeidsgiveren kan få inkluderingstilskudd fra NAV for å tilrettelegge arbeidsplassen for deg. Det er arbeidsgiveren som søker, og NAV vurderer.',
    'Your employer can get an inclusion grant from NAV to adapt the workplace for you. The employer applies, and NAV assesses.',
  ),
);

const supportedEmployment = discretionaryNav(
  'supported-employment',
  'oppfølging (Supported Employment-metodikk)',
  `${S003}: "arbeidsmarkedstiltak som bygger på Supported Employment-metodikk"`,
  t(
    'Med Supported Employment får du raskt en vanlig jobb og tett oppfølging der. NAV og noen kommuner bruker metoden; NAV vurderer om den passer for deg.',
    'With Supported Employment you get an ordinary job quickly and close follow-up there. NAV and some municipalities use the method; NAV assesses whether it suits you.',
  ),
);

// ---------------------------------------------------------------- hurtigspor

const FAST_TRACK_REF = 'integreringsloven kapittel 4 (innholdet i introduksjonsprogrammet)';

const hurtigspor: EligibilityRule = {
  offerId: 'hurtigspor',
  source: {
    law: FAST_TRACK_REF,
    seed: `${S002}: "praksis, hurtigspor, arbeid på deltid"`,
    effectiveFrom: INTEGRERINGSLOVEN_IN_FORCE,
    reviewNote: '"Hurtigspor" is not a term of the law; the seed lists it as content of the introduction programme. NAV and municipalities may run similar tracks outside the programme; not modelled.',
  },
  evaluate(p, on) {
    const intro = introductionProgramme(p, on);
    if (intro.status === 'unknown') return intro;
    if (intro.status === 'not-eligible') {
      return {
        status: 'not-eligible',
        reasons: [
          reason(
            'outside-introduction-programme',
            FAST_TRACK_REF,
            t(
              'Hurtigspor er et løp i introduksjonsprogrammet, og reglene for programmet dekker deg ikke ut fra det du har oppgitt. NAV kan ha andre raske veier til jobb.',
              'The fast track is part of the introduction programme, and the programme\'s rules do not cover you on what you told us. NAV may have other quick routes to work.',
            ),
          ),
          ...intro.reasons,
        ],
      };
    }
    return {
      status: 'eligible',
      reasons: [
        reason(
          'part-of-introduction-programme',
          FAST_TRACK_REF,
          t(
            'Hurtigspor er et arbeidsrettet løp i introduksjonsprogrammet for deg som kan komme raskt i jobb, for eksempel med utdanning eller arbeidserfaring. Kommunen bestemmer innholdet.',
            'The fast track is a work-oriented route in the introduction programme for people who can get work quickly, for example thanks to education or work experience. The municipality decides the content.',
          ),
        ),
      ],
    };
  },
};

// ---------------------------------------------------------------- mentor- og traineeordning (county grants)

const SKILLED: readonly SchoolingLevel[] = ['upper-secondary', 'higher'];

const mentorOgTraineeordning: EligibilityRule = {
  offerId: 'mentor-og-traineeordning',
  source: {
    law: 'Ingen individuell rett: tilskuddsordning i fylkeskommunene',
    seed: `${S003}: "skal bidra til å øke muligheten for inkludering av fagutdannede og høyt kvalifiserte innvandrere"`,
    effectiveFrom: MODEL_START,
    reviewNote: 'Moved from IMDi to the counties in 2020 (seed); each county sets its own rules. "Skilled" is read as upper secondary or higher schooling.',
  },
  evaluate(p) {
    if (p.schooling === undefined) return missing(['schooling'], NO_LEGAL_BASIS, t('mentor- og traineeordninger', 'mentor and trainee schemes'));
    if (!SKILLED.includes(p.schooling)) {
      return {
        status: 'not-eligible',
        reasons: [
          reason(
            'scheme-for-skilled',
            NO_LEGAL_BASIS,
            t(
              'Ordningen skal etter formålet hjelpe fagutdannede og høyt kvalifiserte innvandrere inn i arbeidslivet. NAVs mentortilskudd kan være et alternativ.',
              'The scheme aims to help skilled and highly qualified immigrants into work. NAV\'s mentor grant may be an alternative.',
            ),
          ),
        ],
      };
    }
    return {
      status: 'eligible',
      reasons: [
        reason(
          'skilled-immigrant',
          NO_LEGAL_BASIS,
          t(
            'Fylkeskommunen gir tilskudd til virksomheter og organisasjoner som har mentor- eller traineeprogram for innvandrere med fagutdanning eller høy utdanning. Det er virksomheten som søker, og tilbudet varierer mellom fylker.',
            'The county gives grants to companies and organisations that run mentor or trainee programmes for immigrants with vocational or higher education. The company applies, and what exists varies between counties.',
          ),
        ),
      ],
    };
  },
};

export const workRules: readonly EligibilityRule[] = [
  introduksjonsprogram,
  karriereveiledningIntegreringsloven,
  ...karriereveiledningKarrieresenter,
  kvalifiseringsprogram,
  jobbsjansen,
  ...amoKurs,
  arbeidsforberedendeTrening,
  arbeidstrening,
  lonnstilskudd,
  mentor,
  inkluderingstilskudd,
  supportedEmployment,
  hurtigspor,
  mentorOgTraineeordning,
];
