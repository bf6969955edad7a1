/**
 * Lane `financing`: how living costs can be covered while taking the other offers.
 * For these offers `nextSteps` lists what can cover living costs when this support ends.
 * No amounts are given anywhere: rates change every year and the seeds give none.
 */
import type { Offer } from '../model.ts';
import {
  ARBEIDSMARKEDSLOVEN,
  ARBEIDSMARKEDSLOVEN_URL,
  BUSTOTTELOVA,
  CHECKED_AGAINST_LAW,
  INTEGRERINGSLOVEN,
  INTEGRERINGSLOVEN_IN_FORCE,
  INTEGRERINGSLOVEN_URL,
  LAST_REVIEWED,
  LINK_HUSBANKEN,
  LINK_IMDI,
  LINK_LANEKASSEN,
  LINK_NAV,
  SEED_003_DATE,
  SEED_MULIGHETSKART_2021,
  SOSIALTJENESTELOVEN,
  SOSIALTJENESTELOVEN_URL,
  UTDANNINGSSTOTTELOVEN,
  UTDANNINGSSTOTTELOVEN_URL,
  WEB_LANEKASSEN_FLYKTNING,
  WEB_PROP_101L_2023_2024,
  WEB_PROP_89L_2019_2020_STONAD,
  law,
  seed,
} from '../sources.ts';

/** A living-cost benefit is not a course: part-time, evening and parallel study do not apply to it. */
const benefitFlexibility = {
  partTime: null,
  evening: null,
  parallel: null,
  note: { nb: 'Gjelder ikke: dette er en ytelse, ikke et kurs.', en: 'Not applicable: this is a benefit, not a course.' },
};

const NO_BOSTOTTE_WITH_LANEKASSEN = seed(
  SEED_MULIGHETSKART_2021,
  'kap. 6.2, Livsopphold for deltakeren',
  'deltakere som skal ta lengre utdanning, ikke kan få bostøtte kombinert med stipend fra Lånekassen',
);

const NO_SOCIAL_ASSISTANCE_AT_SCHOOL = seed(
  SEED_MULIGHETSKART_2021,
  'kap. 6.2, Livsopphold for deltakeren',
  'deltakere som ønsker å gå på grunnskole, og som ikke blir selvforsørget av for eksempel flyktningstipend, må søke sosialhjelp i tillegg, men at sosialtjenesten i utgangspunktet ikke gir sosialstønad til dem som går på skole',
);

export const financingOffers: Offer[] = [
  {
    id: 'introduksjonsstonad',
    lane: 'financing',
    title: { nb: 'Introduksjonsstønad', en: 'Introduction benefit' },
    summary: {
      nb: 'Penger du får når du deltar i introduksjonsprogrammet. Stønaden skal i utgangspunktet dekke utgiftene til livsopphold. Fravær uten gyldig grunn gir mindre stønad.',
      en: 'Money you receive while you take part in the introduction programme. The benefit is in principle meant to cover living costs. Absence without a valid reason reduces the benefit.',
    },
    forWhom: { nb: 'Deltakere i introduksjonsprogrammet.', en: 'Participants in the introduction programme.' },
    requirements: {
      text: {
        nb: 'Du må delta i programmet. Stønaden er knyttet til deltakelsen.',
        en: 'You must take part in the programme. The benefit is tied to participation.',
      },
      norwegianLevel: null,
    },
    responsible: ['municipality'],
    legalBasis: [
      { law: INTEGRERINGSLOVEN, paragraph: '§ 19 (rett til introduksjonsstønad) og § 20 (beregning)', url: INTEGRERINGSLOVEN_URL },
      { law: INTEGRERINGSLOVEN, paragraph: '§ 21 (reduksjon på grunn av fravær)' },
    ],
    content: {
      nb: 'Stønaden gir en inntekt mens du kvalifiserer deg på fulltid. Mange familier med flere barn trenger sosialhjelp i tillegg. Når programmet slutter, slutter stønaden.',
      en: 'The benefit gives you an income while you qualify full-time. Many families with several children need social assistance on top. When the programme ends, the benefit ends.',
    },
    duration: { nb: 'Så lenge du deltar i programmet.', en: 'As long as you take part in the programme.' },
    flexibility: benefitFlexibility,
    fundedBy: { nb: 'Kommunen betaler ut stønaden.', en: 'The municipality pays the benefit.' },
    livingCosts: [],
    combinesWith: ['okonomisk-sosialhjelp'],
    nextSteps: ['lanekassen', 'flyktningstipend', 'tiltakspenger', 'kvalifiseringsstonad', 'okonomisk-sosialhjelp'],
    links: [LINK_IMDI],
    linksReviewed: true,
    sources: [
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 4.3 Behov for inntekt kan overstyre behovet for kvalifisering',
        'Introduksjonsstønaden sikrer deltakerne en inntekt samtidig som den gir mulighet til kvalifisering på fulltid.',
      ),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 6.2, Livsopphold for deltakeren',
        'introduksjonsstønaden ikke er tilstrekkelig til å dekke livsopphold for deltakere med flere barn',
      ),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.3 Formell opplæring, Samarbeid og samordning',
        'For deltakere som ønsker videre kvalifisering etter endt introduksjonsprogram (når de har mistet introduksjonsstønaden)',
      ),
      law(INTEGRERINGSLOVEN, '§§ 19–21'),
      WEB_PROP_101L_2023_2024,
      WEB_PROP_89L_2019_2020_STONAD,
    ],
    effectiveFrom: INTEGRERINGSLOVEN_IN_FORCE,
    lastReviewed: LAST_REVIEWED,
    review: {
      needed: true,
      note: {
        nb: 'Prop. 101 L (2023–2024) endret introduksjonsstønaden for personer med kollektiv beskyttelse. Sjekk satser, regler for fravær og hvordan stønaden samordnes med andre ytelser (§ 22).',
        en: 'Prop. 101 L (2023–2024) changed the introduction benefit for people with collective protection. Check rates, absence rules and how the benefit is coordinated with other benefits (§ 22).',
      },
    },
  },
  {
    id: 'kvalifiseringsstonad',
    lane: 'financing',
    title: { nb: 'Kvalifiseringsstønad', en: 'Qualification benefit' },
    summary: {
      nb: 'Penger til livsopphold mens du deltar i kvalifiseringsprogrammet (KVP).',
      en: 'Money for living costs while you take part in the qualification programme (KVP).',
    },
    forWhom: { nb: 'Deltakere i kvalifiseringsprogrammet.', en: 'Participants in the qualification programme.' },
    requirements: {
      text: { nb: 'Du må ha fått plass i kvalifiseringsprogrammet.', en: 'You must have a place in the qualification programme.' },
      norwegianLevel: null,
    },
    responsible: ['nav', 'municipality'],
    legalBasis: [{ law: SOSIALTJENESTELOVEN, paragraph: '§ 35 (kvalifiseringsstønad)', url: SOSIALTJENESTELOVEN_URL }],
    content: {
      nb: 'Stønaden følger med programmet. Den gir en fast inntekt mens du deltar.',
      en: 'The benefit comes with the programme. It gives a regular income while you take part.',
    },
    duration: { nb: 'Så lenge du deltar i programmet.', en: 'As long as you take part in the programme.' },
    flexibility: benefitFlexibility,
    fundedBy: { nb: 'Kommunen, gjennom NAV-kontoret.', en: 'The municipality, through the NAV office.' },
    livingCosts: [],
    combinesWith: [],
    nextSteps: ['okonomisk-sosialhjelp'],
    links: [LINK_NAV],
    linksReviewed: true,
    sources: [
      seed(SEED_MULIGHETSKART_2021, 'kap. 3.1 Kvalifiseringsprogrammet', 'Kvalifiseringsprogrammet (KVP) med tilhørende kvalifiseringsstønad'),
      law(SOSIALTJENESTELOVEN, '§ 35'),
    ],
    effectiveFrom: SEED_003_DATE,
    lastReviewed: LAST_REVIEWED,
    review: {
      needed: true,
      note: {
        nb: 'Paragrafen (§ 35) er ikke fra seed-kildene. Sjekk den, og sjekk regler for størrelse og trekk ved fravær.',
        en: 'The paragraph (§ 35) is not from the seeds. Check it, and check the rules on amount and deductions for absence.',
      },
    },
  },
  {
    id: 'flyktningstipend',
    lane: 'financing',
    title: { nb: 'Flyktningstipend (Lånekassen)', en: 'Refugee grant (Lånekassen)' },
    summary: {
      nb: 'Et stipend fra Lånekassen for flyktninger og personer med kollektiv beskyttelse som tar forberedende opplæring eller videregående opplæring: lånet gis som stipend. Det gis ikke samtidig med introduksjonsstønad, og bare i en begrenset tid.',
      en: 'A grant from Lånekassen for refugees and people with collective protection in preparatory or upper secondary education: the loan is given as a grant. It is not given alongside the introduction benefit, and only for a limited time.',
    },
    forWhom: {
      nb: 'Personer med flyktningstatus og personer med kollektiv beskyttelse (Ukraina) som tar forberedende opplæring (grunnskolenivå) eller videregående opplæring, etter Lånekassens vilkår.',
      en: 'People with refugee status and people with collective protection (Ukraine) in preparatory education (primary level) or upper secondary education, on Lånekassen\'s conditions.',
    },
    requirements: {
      text: {
        nb: 'Lånekassens vilkår gjelder. Stipendet gis ikke samtidig med introduksjonsstønad, ikke til den som bor på asylmottak, og ikke til høyere utdanning. Det gis i inntil tre år innenfor seks år etter at du fikk beskyttelse (åtte år hvis du har barn eller tar grunnskoleopplæring først).',
        en: 'Lånekassen\'s conditions apply. The grant is not given alongside the introduction benefit, not to people living in an asylum reception centre, and not for higher education. It is given for up to three years within six years of being granted protection (eight years if you have children or take primary education first).',
      },
      norwegianLevel: null,
    },
    responsible: ['state-agency'],
    legalBasis: [
      { law: UTDANNINGSSTOTTELOVEN, paragraph: `med årlig forskrift om tildeling av utdanningsstøtte`, url: UTDANNINGSSTOTTELOVEN_URL },
    ],
    content: {
      nb: 'Et stipend som ikke skal betales tilbake. Det strekker ikke alltid til i lange løp med introduksjonsprogram, grunnskole og videregående, særlig for dem med barn. Noen må søke sosialhjelp i tillegg, men sosialtjenesten gir i utgangspunktet ikke stønad til dem som går på skole.',
      en: 'A grant that does not have to be paid back. It does not always stretch far enough in long routes with the introduction programme, primary and upper secondary education, especially for people with children. Some have to apply for social assistance as well, but the social services in principle do not give assistance to people at school.',
    },
    duration: {
      nb: 'Mens du tar utdanning som gir rett til stipendet.',
      en: 'While you take education that qualifies for the grant.',
    },
    flexibility: benefitFlexibility,
    fundedBy: { nb: 'Staten, gjennom Lånekassen.', en: 'The state, through Lånekassen.' },
    livingCosts: [],
    combinesWith: [],
    nextSteps: ['lanekassen'],
    links: [LINK_LANEKASSEN],
    linksReviewed: true,
    sources: [
      seed(SEED_MULIGHETSKART_2021, 'kap. 6.2, Livsopphold for deltakeren', 'deltakelse i grunnskole (modul 1 og 2'),
      seed(SEED_MULIGHETSKART_2021, 'kap. 6.2, Livsopphold for deltakeren', 'ikke gir rett til flyktningstipend'),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.1 Introduksjonsprogrammet',
        'opplæringstilbudet ofte er på deltid, slik at det tidligere ikke har kvalifisert til flyktningstipend',
      ),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 6.2, Livsopphold for deltakeren',
        'flyktningstipend ikke strekker til for «svakere» deltakere, i et lengre løp med introduksjonsprogram, grunnskole og videregående opplæring',
      ),
      NO_SOCIAL_ASSISTANCE_AT_SCHOOL,
      WEB_LANEKASSEN_FLYKTNING,
    ],
    effectiveFrom: SEED_003_DATE,
    lastReviewed: CHECKED_AGAINST_LAW,
    review: {
      needed: true,
      note: {
        nb: 'Hvem som får stipendet, hvilken utdanning som gir rett, forbudet mot samtidig introduksjonsstønad og tidsgrensene er sjekket mot Lånekassens regelverk 5. desember 2026. En jurist må bekrefte paragrafen i forskrift om tildeling av utdanningsstøtte (den endres hvert år) og om familiegjenforente med flyktninger regnes som flyktninger.',
        en: 'Who gets the grant, which education qualifies, the bar on the introduction benefit at the same time and the time limits were checked against Lånekassen\'s rules on 5 December 2026. A lawyer must confirm the section of the regulation on allocation of student support (it changes every year) and whether family reunified with refugees count as refugees.',
      },
    },
  },
  {
    id: 'lanekassen',
    lane: 'financing',
    title: { nb: 'Lån og stipend fra Lånekassen', en: 'Loans and grants from Lånekassen' },
    summary: {
      nb: 'Lånekassen gir lån og stipend til livsopphold når du tar utdanning, for eksempel videregående eller høyere utdanning. For familier med barn er det ofte ikke nok. Du kan ikke få bostøtte samtidig med stipend fra Lånekassen når du tar lengre utdanning.',
      en: 'Lånekassen gives loans and grants for living costs while you are in education, for example upper secondary or higher education. For families with children it is often not enough. You cannot get housing allowance at the same time as a grant from Lånekassen when you take longer education.',
    },
    forWhom: {
      nb: 'Elever og studenter, også voksne, som fyller Lånekassens vilkår.',
      en: 'Pupils and students, including adults, who meet Lånekassen’s conditions.',
    },
    requirements: {
      text: {
        nb: 'Lånekassen har vilkår, blant annet om hvilken utdanning du tar og hvilket oppholdsgrunnlag du har.',
        en: 'Lånekassen has conditions, for example about which education you take and your residence status.',
      },
      norwegianLevel: null,
    },
    responsible: ['state-agency'],
    legalBasis: [{ law: UTDANNINGSSTOTTELOVEN, paragraph: `vilkår for støtte`, url: UTDANNINGSSTOTTELOVEN_URL }],
    content: {
      nb: 'Støtten består av lån og stipend. Lånet må betales tilbake. Mange er skeptiske til å ta opp studielån.',
      en: 'The support consists of loans and grants. The loan must be paid back. Many are reluctant to take out a student loan.',
    },
    duration: { nb: 'Mens du tar utdanning som gir rett til støtte.', en: 'While you take education that qualifies for support.' },
    flexibility: benefitFlexibility,
    fundedBy: { nb: 'Staten, gjennom Lånekassen.', en: 'The state, through Lånekassen.' },
    livingCosts: [],
    combinesWith: [],
    nextSteps: [],
    links: [LINK_LANEKASSEN],
    linksReviewed: true,
    sources: [
      NO_BOSTOTTE_WITH_LANEKASSEN,
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 6.2, Livsopphold for deltakeren',
        'studielån ikke er tilstrekkelig for deltakere med barn som skal delta i videregående opplæring eller høyere utdanning',
      ),
      seed(SEED_MULIGHETSKART_2021, 'kap. 4.3 Behov for inntekt kan overstyre behovet for kvalifisering', 'Mange er skeptiske til å ta opp studielån'),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 6.2, Livsopphold for deltakeren',
        'ikke vil kunne dekke utgifter til livsopphold for seg og sin familie gjennom Lånekassens ordninger',
      ),
    ],
    effectiveFrom: SEED_003_DATE,
    lastReviewed: LAST_REVIEWED,
    review: {
      needed: true,
      note: {
        nb: 'Vilkårene om oppholdsgrunnlag og lovparagraf er ikke fra seed-kildene. Sjekk Lånekassens gjeldende regler, også for voksne i grunnskole.',
        en: 'The conditions on residence status and the legal paragraph are not from the seeds. Check Lånekassen’s current rules, including for adults in primary education.',
      },
    },
  },
  {
    id: 'okonomisk-sosialhjelp',
    lane: 'financing',
    title: { nb: 'Økonomisk sosialhjelp', en: 'Financial social assistance' },
    summary: {
      nb: 'Hjelp til livsopphold fra NAV-kontoret når du ikke kan forsørge deg selv på andre måter. NAV vurderer hver søknad. Sosialhjelp gis i utgangspunktet ikke til dem som går på skole.',
      en: 'Help with living costs from the NAV office when you cannot support yourself in other ways. NAV assesses each application. Social assistance is in principle not given to people at school.',
    },
    forWhom: {
      nb: 'Personer som ikke kan forsørge seg selv gjennom arbeid, andre ytelser eller egne midler.',
      en: 'People who cannot support themselves through work, other benefits or their own means.',
    },
    requirements: {
      text: {
        nb: 'NAV gjør en individuell vurdering av behovet ditt. Det kan stilles vilkår.',
        en: 'NAV makes an individual assessment of your needs. Conditions may be set.',
      },
      norwegianLevel: null,
    },
    responsible: ['nav', 'municipality'],
    legalBasis: [{ law: SOSIALTJENESTELOVEN, paragraph: '§ 18 (stønad til livsopphold)', url: SOSIALTJENESTELOVEN_URL }],
    content: {
      nb: 'Kan komme i tillegg til andre inntekter, for eksempel introduksjonsstønad for familier med barn. Sosialtjenesten gir i utgangspunktet ikke stønad til dem som går på skole, men vurderer hver sak. Lange perioder med sosialhjelp kan gjøre kvalifiseringsprogrammet aktuelt.',
      en: 'Can come on top of other income, for example the introduction benefit for families with children. The social services in principle do not give assistance to people at school, but assess each case. Long periods on social assistance can make the qualification programme relevant.',
    },
    duration: { nb: 'Midlertidig, så lenge behovet varer.', en: 'Temporary, as long as the need lasts.' },
    flexibility: benefitFlexibility,
    fundedBy: { nb: 'Kommunen, gjennom NAV-kontoret.', en: 'The municipality, through the NAV office.' },
    livingCosts: [],
    combinesWith: ['introduksjonsstonad'],
    nextSteps: ['kvalifiseringsstonad'],
    links: [LINK_NAV],
    linksReviewed: true,
    sources: [
      NO_SOCIAL_ASSISTANCE_AT_SCHOOL,
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 6.2, Livsopphold for deltakeren',
        'Det gjøres individuelle vurderinger, og man har i utgangspunktet ikke rett på livsopphold fra NAV.',
      ),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.1 Kvalifiseringsprogrammet',
        'På bakgrunn av den store andelen innvandrere som er avhengig av økonomisk sosialhjelp, har det vært en økning i andelen innvandrere som har rett til, og som deltar i, kvalifiseringsprogrammet.',
      ),
      law(SOSIALTJENESTELOVEN, '§ 18'),
      WEB_PROP_101L_2023_2024,
    ],
    effectiveFrom: SEED_003_DATE,
    lastReviewed: LAST_REVIEWED,
    review: {
      needed: true,
      note: {
        nb: 'Paragrafen (§ 18) og at det kan stilles vilkår, er ikke fra seed-kildene. Sjekk mot sosialtjenesteloven.',
        en: 'The paragraph (§ 18) and that conditions may be set are not from the seeds. Check against the Social Services Act.',
      },
    },
  },
  {
    id: 'tiltakspenger',
    lane: 'financing',
    title: { nb: 'Tiltakspenger', en: 'Benefit while on a NAV measure (tiltakspenger)' },
    summary: {
      nb: 'Penger fra NAV til livsopphold mens du deltar i et arbeidsmarkedstiltak. NAV vurderer om tiltaket gir rett. NAVs ytelser kan i liten grad kombineres med utdanning.',
      en: 'Money from NAV for living costs while you take part in a labour-market measure. NAV assesses whether the measure qualifies. NAV’s benefits can only to a small extent be combined with education.',
    },
    forWhom: {
      nb: 'Deltakere i arbeidsmarkedstiltak hos NAV.',
      en: 'Participants in NAV labour-market measures.',
    },
    requirements: {
      text: {
        nb: 'Du må delta i et tiltak som gir rett til tiltakspenger. Spør NAV.',
        en: 'You must take part in a measure that qualifies for the benefit. Ask NAV.',
      },
      norwegianLevel: null,
    },
    responsible: ['nav'],
    legalBasis: [{ law: ARBEIDSMARKEDSLOVEN, paragraph: '§ 13 (ytelser til livsopphold)', url: ARBEIDSMARKEDSLOVEN_URL }],
    content: {
      nb: 'Ytelsen betales ut av NAV mens du er i tiltaket.',
      en: 'NAV pays the benefit while you are on the measure.',
    },
    duration: { nb: 'Så lenge tiltaket varer.', en: 'As long as the measure lasts.' },
    flexibility: benefitFlexibility,
    fundedBy: { nb: 'Staten, gjennom NAV.', en: 'The state, through NAV.' },
    livingCosts: [],
    combinesWith: [],
    nextSteps: ['okonomisk-sosialhjelp'],
    links: [LINK_NAV],
    linksReviewed: true,
    sources: [
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 4.3 Behov for inntekt kan overstyre behovet for kvalifisering',
        'når NAVs ytelser i begrenset grad lar seg kombinere med utdanningsrettede løp, blir mange gående arbeidsledige over lengre tid',
      ),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 7.4 Samarbeidsaspekter som ønskes inkludert i veilederen',
        'hvilke tiltak og aktiviteter som lar seg kombinere med NAVs ytelser',
      ),
      law(ARBEIDSMARKEDSLOVEN, '§ 13'),
    ],
    effectiveFrom: SEED_003_DATE,
    lastReviewed: LAST_REVIEWED,
    review: {
      needed: true,
      note: {
        nb: 'Tiltakspenger er ikke beskrevet i seed-kildene; seed-kildene nevner bare NAVs ytelser generelt. Hjemmelen (arbeidsmarkedsloven § 13) og vilkårene må sjekkes; regelverket for tiltakspenger kan være flyttet til en egen lov eller forskrift.',
        en: 'Tiltakspenger is not described in the seeds; the seeds only mention NAV’s benefits in general. The legal basis (Labour Market Act § 13) and the conditions must be checked; the rules may have moved to a separate act or regulation.',
      },
    },
  },
  {
    id: 'bostotte',
    lane: 'financing',
    title: { nb: 'Bostøtte (Husbanken)', en: 'Housing allowance (Husbanken)' },
    summary: {
      nb: 'Støtte fra staten til boutgifter for husstander med lav inntekt og høye boutgifter. Du kan ikke få bostøtte samtidig med stipend fra Lånekassen når du tar lengre utdanning.',
      en: 'State support towards housing costs for households with low income and high housing costs. You cannot get housing allowance at the same time as a grant from Lånekassen when you take longer education.',
    },
    forWhom: {
      nb: 'Husstander med lav inntekt og høye boutgifter.',
      en: 'Households with low income and high housing costs.',
    },
    requirements: {
      text: {
        nb: 'Inntekt og boutgifter blir vurdert. Ikke samtidig med stipend fra Lånekassen ved lengre utdanning.',
        en: 'Income and housing costs are assessed. Not at the same time as a grant from Lånekassen for longer education.',
      },
      norwegianLevel: null,
    },
    responsible: ['state-agency', 'municipality'],
    legalBasis: [{ law: BUSTOTTELOVA, paragraph: `vilkår for bustøtte` }],
    content: {
      nb: 'Et månedlig tilskudd til boutgifter. Du søker gjennom kommunen eller Husbanken.',
      en: 'A monthly contribution towards housing costs. You apply through the municipality or Husbanken.',
    },
    duration: { nb: 'Så lenge du fyller vilkårene.', en: 'As long as you meet the conditions.' },
    flexibility: benefitFlexibility,
    fundedBy: { nb: 'Staten, gjennom Husbanken.', en: 'The state, through Husbanken.' },
    livingCosts: [],
    combinesWith: [],
    nextSteps: [],
    links: [LINK_HUSBANKEN],
    linksReviewed: true,
    sources: [NO_BOSTOTTE_WITH_LANEKASSEN, law(BUSTOTTELOVA, 'vilkår for bustøtte')],
    effectiveFrom: SEED_003_DATE,
    lastReviewed: LAST_REVIEWED,
    review: {
      needed: true,
      note: {
        nb: 'Seed-kildene sier bare at bostøtte ikke kan kombineres med stipend fra Lånekassen ved lengre utdanning. Målgruppe, månedlig utbetaling, søknad via kommunen og lovparagraf er ikke fra seed-kildene og må sjekkes hos Husbanken.',
        en: 'The seeds only say that housing allowance cannot be combined with a grant from Lånekassen for longer education. Target group, monthly payment, applying via the municipality and the legal paragraph are not from the seeds and must be checked with Husbanken.',
      },
    },
  },
];
