/** Lane `work-and-education`: NAV's labour-market measures and grants, and the counties' mentor and trainee schemes. */
import type { Offer, Review } from '../model.ts';
import {
  CHECKED_AGAINST_LAW,
  LAST_REVIEWED,
  LINK_IMDI,
  LINK_NAV,
  NAV_MEASURE_BASIS,
  NAV_TRAINING_RULES_2019,
  REGION_REFORM_IN_FORCE,
  SEED_003_DATE,
  SEED_MULIGHETSKART_2021,
  TILTAKSFORSKRIFTEN,
  WEB_LOVDATA_TILTAKSPENGEFORSKRIFTEN,
  WEB_NAV_R76_KAP7,
  law,
  navMeasureBasis,
  seed,
} from '../sources.ts';

/** NAV agrees the length of these measures case by case; the seeds give no figure, so we give none. */
const agreedCaseByCase = {
  nb: 'Avtales i hvert tilfelle. Kildene våre gir ikke et tall.',
  en: 'Agreed case by case. Our sources give no figure.',
};

/** NAV's measures are regulated in the tiltaksforskrift, which NAV has restructured several times since the seeds were written. */
function navMeasureReview(extraNb = '', extraEn = ''): Review {
  return {
    needed: true,
    note: {
      nb: `Kapittelet i tiltaksforskriften er ikke verifisert, og NAV har endret navn og innhold på tiltak flere ganger siden 2019. Sjekk tiltaket på nav.no. ${extraNb}`.trim(),
      en: `The chapter in the regulations on labour-market measures is not verified, and NAV has changed the names and content of measures several times since 2019. Check the measure on nav.no. ${extraEn}`.trim(),
    },
  };
}

export const navOffers: Offer[] = [
  {
    id: 'amo-kurs',
    lane: 'work-and-education',
    title: { nb: 'Arbeidsmarkedsopplæring (AMO-kurs)', en: 'Labour-market training courses (AMO)' },
    summary: {
      nb: 'Kurs gjennom NAV som skal gi deg kompetanse arbeidslivet trenger. Mange kurs er korte, men opplæringen kan også vare lenger, og mange AMO-kurs krever norsk på nivå A2.',
      en: 'Courses through NAV that give you skills the labour market needs. Many courses are short, but training can also last longer, and many AMO courses require Norwegian at level A2.',
    },
    forWhom: {
      nb: 'Arbeidssøkere som NAV vurderer trenger opplæring for å komme i jobb.',
      en: 'Jobseekers whom NAV assesses as needing training to get work.',
    },
    requirements: {
      text: {
        nb: 'NAV vurderer behovet ditt. Mange kurs har krav om norsk på nivå A2, og mange når ikke dette nivået.',
        en: 'NAV assesses your needs. Many courses require Norwegian at level A2, and many people do not reach that level.',
      },
      norwegianLevel: 'A2',
    },
    responsible: ['nav'],
    legalBasis: navMeasureBasis('kapittel 7 (opplæring)'),
    content: {
      nb: 'Teori, eller teori sammen med praksis i en vanlig bedrift. Private kursleverandører holder ofte kursene, og NAV kjøper dem inn. Hvilke kurs som finnes, varierer mellom fylker og kommuner.',
      en: 'Theory, or theory together with a placement in an ordinary company. Private course providers often run the courses, and NAV buys them. Which courses exist varies between counties and municipalities.',
    },
    duration: {
      nb: 'Vurderes i hvert tilfelle. Fra 1. juli 2019 kunne opplæringen vare i inntil tre år; reglene ble skrevet om igjen fra 1. juli 2025, så spør NAV hva som gjelder nå.',
      en: 'Assessed case by case. From 1 July 2019 the training could last up to three years; the rules were rewritten again from 1 July 2025, so ask NAV what applies now.',
    },
    flexibility: {
      partTime: null,
      evening: null,
      parallel: true,
      note: {
        nb: 'For mange passer det å kombinere kurs eller arbeidstrening med norskopplæring.',
        en: 'For many people it works to combine a course or work training with Norwegian training.',
      },
    },
    fundedBy: { nb: 'NAV betaler kurset.', en: 'NAV pays for the course.' },
    livingCosts: ['tiltakspenger', 'introduksjonsstonad', 'kvalifiseringsstonad', 'okonomisk-sosialhjelp'],
    combinesWith: ['norsk-og-samfunnskunnskap', 'introduksjonsprogram', 'kvalifiseringsprogram', 'arbeidstrening', 'mentor', 'inkluderingstilskudd'],
    nextSteps: ['arbeidsplassen-jobbsok', 'lonnstilskudd', 'arbeidstrening', 'fagbrev-larling'],
    links: [LINK_NAV],
    linksReviewed: true,
    sources: [
      seed(SEED_MULIGHETSKART_2021, 'kap. 3.2, Tiltak som kvalifiserer eller forbereder til arbeidslivsdeltakelse', 'AMO-kursene har som regel kort varighet'),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.2, fotnote 34',
        'Fram til 1. juli 2019 var maksimal varighet for AMO ett år, etter dette beskrives det i tiltaksforskriften (2015) og rundskriv at opplæringen kan gis i inntil tre år.',
      ),
      seed(SEED_MULIGHETSKART_2021, 'kap. 3.2, fotnote 34', 'Varighetene på AMO-kursene skal vurderes i det enkelte tilfellet'),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.2, Tiltak som kvalifiserer eller forbereder til arbeidslivsdeltakelse',
        'gjerne av teoretisk opplæring, eller en kombinasjon av teoretisk og praktisk opplæring, hvor sistnevnte innebærer praksis i ordinær bedrift.',
      ),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.2, Tiltak som kvalifiserer eller forbereder til arbeidslivsdeltakelse',
        'Mens det gjerne er private aktører som står for innhold og gjennomføring av kursene, har NAV en viktig rolle i å anskaffe kursene.',
      ),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.2, Tiltak som kvalifiserer eller forbereder til arbeidslivsdeltakelse',
        'Siden AMO-kursene er basert på behov i arbeidsmarkedet, varierer kursene mellom fylker og kommuner',
      ),
      seed(SEED_MULIGHETSKART_2021, 'kap. 6.2, Mangelfull tilgang på tilbud', 'Flere erfarer at AMO-kurs ofte har krav om nivå A2 i norsk'),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 6.2, Mangelfull tilpasning av tilbud',
        'En del respondenter beskriver at NAV lokalt stiller krav til nivå A2 i norsk for å kunne delta i tilgjengelige tilbud, men at svært mange ikke klarer å nå dette nivået.',
      ),
      law(TILTAKSFORSKRIFTEN, 'opplæring (AMO)'),
      WEB_NAV_R76_KAP7,
      WEB_LOVDATA_TILTAKSPENGEFORSKRIFTEN,
    ],
    effectiveFrom: NAV_TRAINING_RULES_2019,
    lastReviewed: CHECKED_AGAINST_LAW,
    review: {
      needed: true,
      note: {
        nb: 'NAVs rundskriv til tiltaksforskriften sier at kapittel 7 (opplæring) er helt omarbeidet fra 1. juli 2025 (lest 5. desember 2026). Den nye forskriftsteksten kunne ikke leses herfra. En jurist må bekrefte paragrafene i det nye kapittel 7, aldersgrensen for opplæringstiltak og lengste varighet. A2 er et vanlig krav fra NAV lokalt og kursleverandører, ikke et krav i forskriften.',
        en: 'NAV\'s circular on the regulation on labour-market measures says chapter 7 (training) was completely rewritten from 1 July 2025 (read 5 December 2026). The new text could not be read from here. A lawyer must confirm the sections of the new chapter 7, the age limit for training measures and the longest duration. A2 is a common local requirement from NAV and course providers, not a requirement in the regulation.',
      },
    },
  },
  {
    id: 'arbeidsforberedende-trening',
    lane: 'work-and-education',
    title: { nb: 'Arbeidsforberedende trening (AFT)', en: 'Work preparation training (AFT)' },
    summary: {
      nb: 'Et tiltak fra NAV der du først trener i et tilrettelagt arbeidsmiljø og så prøver deg i vanlig arbeidsliv. Målet er å finne og bygge på ressursene dine.',
      en: 'A NAV measure where you first train in an adapted work environment and then try yourself out in ordinary working life. The aim is to find and build on your strengths.',
    },
    forWhom: {
      nb: 'Personer som NAV vurderer trenger å prøve ut og trene på arbeid før de kan få en vanlig jobb.',
      en: 'People whom NAV assesses as needing to try out and practise work before they can get an ordinary job.',
    },
    requirements: {
      text: { nb: 'NAV vurderer behovet ditt.', en: 'NAV assesses your needs.' },
    },
    responsible: ['nav'],
    legalBasis: navMeasureBasis('kapittel 13 (arbeidsforberedende trening)'),
    content: {
      nb: 'Først en periode i et tilrettelagt arbeidsmiljø, så utprøving og trening i vanlig arbeidsliv. Det kan også gis tilrettelagt opplæring som forbereder til et yrkesfaglig løp. Deltakerne får lite formell opplæring, men trening rettet mot konkrete arbeidsplasser.',
      en: 'First a period in an adapted work environment, then trying out and training in ordinary working life. Adapted training that prepares for a vocational route can also be given. Participants get little formal training, but training aimed at specific workplaces.',
    },
    duration: {
      nb: 'Et langsiktig tiltak. Kildene våre gir ikke et tall.',
      en: 'A long-term measure. Our sources give no figure.',
    },
    flexibility: { partTime: null, evening: null, parallel: true },
    fundedBy: { nb: 'NAV.', en: 'NAV.' },
    livingCosts: ['tiltakspenger', 'okonomisk-sosialhjelp'],
    combinesWith: ['norsk-og-samfunnskunnskap', 'mentor'],
    nextSteps: ['arbeidstrening', 'lonnstilskudd', 'fagbrev-larling', 'arbeidsplassen-jobbsok'],
    links: [LINK_NAV],
    linksReviewed: true,
    sources: [
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.2, Tiltak som kvalifiserer eller forbereder til arbeidslivsdeltakelse',
        'Arbeidsforberedende trening (AFT) er et individuelt tiltak som først og fremst tilbyr utprøving og trening i ordinært arbeidsliv etter en innledende fase av arbeidsforberedende karakter i et tilrettelagt arbeidsmiljø.',
      ),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.2, Tiltak som kvalifiserer eller forbereder til arbeidslivsdeltakelse',
        'Det kan også gis tilrettelagt opplæring som skal legge til rette for yrkesfaglige løp.',
      ),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.2, Tiltak som kvalifiserer eller forbereder til arbeidslivsdeltakelse',
        'AFT er et langsiktig og allsidig tiltak',
      ),
      law(TILTAKSFORSKRIFTEN, 'arbeidsforberedende trening'),
      WEB_LOVDATA_TILTAKSPENGEFORSKRIFTEN,
    ],
    effectiveFrom: SEED_003_DATE,
    lastReviewed: CHECKED_AGAINST_LAW,
  },
  {
    id: 'arbeidstrening',
    lane: 'work-and-education',
    title: { nb: 'Arbeidstrening', en: 'Work training at a workplace' },
    summary: {
      nb: 'Du trener på en vanlig arbeidsplass gjennom NAV. Det kan gi erfaring, nettverk og norskpraksis. Det er viktig å avklare hva målet med praksisen er.',
      en: 'You train at an ordinary workplace through NAV. It can give experience, a network and Norwegian practice. It is important to agree on the purpose of the placement.',
    },
    forWhom: {
      nb: 'Arbeidssøkere som trenger erfaring fra arbeidslivet. Tiltaket het tidligere arbeidspraksis.',
      en: 'Jobseekers who need experience of working life. The measure used to be called work practice (arbeidspraksis).',
    },
    requirements: {
      text: {
        nb: 'NAV vurderer behovet ditt og avtaler plassen med en arbeidsgiver.',
        en: 'NAV assesses your needs and arranges the placement with an employer.',
      },
    },
    responsible: ['nav', 'employer'],
    legalBasis: navMeasureBasis('kapittel 3 (arbeidstrening)'),
    content: {
      nb: 'Praksis i en vanlig virksomhet, ofte sammen med andre tiltak. Målet kan være å avklare hva du kan, få nettverk, lære mer, eller få jobb. Gjentatte praksisplasser som ikke fører fram, kan oppleves negativt.',
      en: 'A placement in an ordinary business, often together with other measures. The aim can be to clarify what you can do, build a network, learn more, or get a job. Repeated placements that lead nowhere can be a negative experience.',
    },
    duration: agreedCaseByCase,
    flexibility: {
      partTime: null,
      evening: null,
      parallel: true,
      note: {
        nb: 'For mange passer arbeidstrening sammen med norskopplæring.',
        en: 'For many people work training works well together with Norwegian training.',
      },
    },
    fundedBy: {
      nb: 'NAV. Du får ikke lønn fra arbeidsgiveren; livsopphold dekkes på andre måter.',
      en: 'NAV. You are not paid by the employer; living costs are covered in other ways.',
    },
    livingCosts: ['tiltakspenger', 'introduksjonsstonad', 'kvalifiseringsstonad', 'okonomisk-sosialhjelp'],
    combinesWith: ['norsk-og-samfunnskunnskap', 'amo-kurs', 'mentor', 'inkluderingstilskudd', 'introduksjonsprogram', 'kvalifiseringsprogram'],
    nextSteps: ['lonnstilskudd', 'arbeidsplassen-jobbsok', 'fagbrev-larling'],
    links: [LINK_NAV],
    linksReviewed: true,
    sources: [
      seed(SEED_MULIGHETSKART_2021, 'kap. 3.2, fotnote 22', 'Det som tidligere ble omtalt som arbeidspraksis, kalles nå arbeidstrening i NAV.'),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.2, Tiltak som benytter ordinært arbeidsliv som kvalifiseringsarena',
        'om det er avklaring, større nettverk, kompetanseheving eller arbeid',
      ),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.2, Tiltak som benytter ordinært arbeidsliv som kvalifiseringsarena',
        'praksisplasser som ikke fører fram, kan oppleves negativt for deltakerne',
      ),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.2, Tiltak som kvalifiserer eller forbereder til arbeidslivsdeltakelse',
        'For denne gruppa er det derfor økt behov for arbeidstrening i kombinasjon med norskopplæring.',
      ),
      law(TILTAKSFORSKRIFTEN, 'arbeidstrening'),
      WEB_LOVDATA_TILTAKSPENGEFORSKRIFTEN,
    ],
    effectiveFrom: SEED_003_DATE,
    lastReviewed: CHECKED_AGAINST_LAW,
  },
  {
    id: 'lonnstilskudd',
    lane: 'work-and-education',
    title: { nb: 'Lønnstilskudd', en: 'Wage subsidy' },
    summary: {
      nb: 'NAV betaler en del av lønnen din i en periode, slik at det blir lettere for en arbeidsgiver å ansette deg. Målet er at du fortsetter i jobben etterpå. Tiltaket gir gode resultater, men brukes lite for innvandrere.',
      en: 'NAV pays part of your wage for a period, so that it is easier for an employer to hire you. The aim is that you stay in the job afterwards. The measure gives good results but is little used for immigrants.',
    },
    forWhom: {
      nb: 'Arbeidssøkere som trenger hjelp til å komme inn i en vanlig jobb. Arbeidsgivere er oftest interessert i kandidater som står nær en vanlig ansettelse.',
      en: 'Jobseekers who need help to get into an ordinary job. Employers are usually interested in candidates who are close to ordinary employment.',
    },
    requirements: {
      text: {
        nb: 'En arbeidsgiver som vil ansette deg. NAV vurderer og avtaler tilskuddet.',
        en: 'An employer who wants to hire you. NAV assesses and agrees the subsidy.',
      },
    },
    responsible: ['nav', 'employer'],
    legalBasis: [...NAV_MEASURE_BASIS],
    content: {
      nb: 'Du er ansatt og får lønn. NAV gir arbeidsgiveren et tilskudd til lønnen i en periode. Målet er at du blir i jobben når perioden er over.',
      en: 'You are employed and paid. NAV gives the employer a subsidy towards your wage for a period. The aim is that you stay in the job when the period is over.',
    },
    duration: agreedCaseByCase,
    flexibility: { partTime: null, evening: null, parallel: true },
    fundedBy: {
      nb: 'NAV betaler tilskuddet. Arbeidsgiveren betaler resten av lønnen.',
      en: 'NAV pays the subsidy. The employer pays the rest of the wage.',
    },
    livingCosts: [],
    combinesWith: ['mentor', 'inkluderingstilskudd', 'norsk-og-samfunnskunnskap', 'norskopplaering-uten-rett'],
    nextSteps: ['fagbrev-pa-jobb', 'praksiskandidat'],
    links: [LINK_NAV],
    linksReviewed: true,
    sources: [
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.2, Tilskuddsordninger gjennom NAV',
        'Gjennomgående viser studier at bruk av lønnstilskudd har overveiende positive resultater på overgangen til jobb.',
      ),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.2, Tilskuddsordninger gjennom NAV',
        'Fordi målet er at deltakeren skal fortsette å jobbe for samme arbeidsgiver også etter at tiltaksperioden er over',
      ),
      seed(SEED_MULIGHETSKART_2021, 'kap. 3.2, Tilskuddsordninger gjennom NAV', 'Tiltaket benyttes imidlertid i liten grad ovenfor innvandrere.'),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.2, Tilskuddsordninger gjennom NAV',
        'arbeidsgiver vil da som regel være interessert i kandidater som står nær ordinær ansettelse',
      ),
      law(TILTAKSFORSKRIFTEN, 'lønnstilskudd'),
    ],
    effectiveFrom: SEED_003_DATE,
    lastReviewed: LAST_REVIEWED,
    review: navMeasureReview(),
  },
  {
    id: 'mentor',
    lane: 'work-and-education',
    title: { nb: 'Mentor (tilskudd fra NAV)', en: 'Mentor (NAV grant)' },
    summary: {
      nb: 'NAV kan gi tilskudd til en mentor som hjelper deg på arbeidsplassen. Det gjelder når du er i arbeidstrening, opplæring eller lønnstilskudd, eller når du trenger det for å få eller beholde en jobb.',
      en: 'NAV can give a grant for a mentor who helps you at the workplace. This applies when you are in work training, training or a wage subsidy, or when you need it to get or keep a job.',
    },
    forWhom: {
      nb: 'Personer som trenger praktisk hjelp, veiledning eller opplæring i arbeidsrettede ferdigheter.',
      en: 'People who need practical help, guidance or training in work-related skills.',
    },
    requirements: {
      text: { nb: 'NAV vurderer behovet.', en: 'NAV assesses the need.' },
    },
    responsible: ['nav', 'employer'],
    legalBasis: [...NAV_MEASURE_BASIS],
    content: {
      nb: 'En mentor gir deg praktisk hjelp, veiledning eller opplæring mens du er i et tiltak eller i jobb. NAV gir tilskudd til dette.',
      en: 'A mentor gives you practical help, guidance or training while you are on a measure or in work. NAV gives a grant for this.',
    },
    duration: agreedCaseByCase,
    flexibility: { partTime: null, evening: null, parallel: true },
    fundedBy: { nb: 'NAV (tilskudd).', en: 'NAV (grant).' },
    livingCosts: [],
    combinesWith: ['arbeidstrening', 'amo-kurs', 'lonnstilskudd', 'inkluderingstilskudd', 'arbeidsforberedende-trening'],
    nextSteps: [],
    links: [LINK_NAV],
    linksReviewed: true,
    sources: [
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.2, Tilskuddsordninger gjennom NAV',
        'NAVs mentortiltak er en tilskuddsordning for personer som trenger praktisk bistand, veiledning eller opplæring i arbeidsrettede ferdigheter for å gjennomføre arbeidstrening, opplæringstiltak eller lønnstilskudd.',
      ),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.2, Tilskuddsordninger gjennom NAV',
        'NAV kan også gi tilskudd til mentor hvis det er nødvendig for å få eller beholde lønnet arbeid i en ordinær virksomhet',
      ),
      law(TILTAKSFORSKRIFTEN, 'tilskudd til mentor'),
    ],
    effectiveFrom: SEED_003_DATE,
    lastReviewed: LAST_REVIEWED,
    review: navMeasureReview(),
  },
  {
    id: 'inkluderingstilskudd',
    lane: 'work-and-education',
    title: { nb: 'Inkluderingstilskudd', en: 'Inclusion grant' },
    summary: {
      nb: 'Arbeidsgivere kan få tilskudd fra NAV til kostnader når en ansatt eller en deltaker i tiltak trenger tilrettelegging. Det gjør det lettere å prøve ut og ansette folk.',
      en: 'Employers can get a grant from NAV for costs when an employee or a participant in a measure needs adjustments. This makes it easier to try people out and hire them.',
    },
    forWhom: {
      nb: 'Arbeidsgivere som tar inn arbeidssøkere som trenger tilrettelegging og oppfølging.',
      en: 'Employers who take on jobseekers who need adjustments and follow-up.',
    },
    requirements: {
      text: {
        nb: 'Arbeidsgiveren søker. NAV vurderer. Mange arbeidsgivere kjenner ikke til tilskuddet.',
        en: 'The employer applies. NAV assesses. Many employers do not know about the grant.',
      },
    },
    responsible: ['nav', 'employer'],
    legalBasis: [...NAV_MEASURE_BASIS],
    content: {
      nb: 'Tilskuddet dekker kostnader til tilrettelegging av arbeidsplassen eller tiltaksplassen. Det brukes ofte sammen med arbeidstrening, oppfølging, lønnstilskudd og mentor.',
      en: 'The grant covers the costs of adjusting the workplace or the placement. It is often used together with work training, follow-up, wage subsidy and mentor.',
    },
    duration: agreedCaseByCase,
    flexibility: { partTime: null, evening: null, parallel: true },
    fundedBy: { nb: 'NAV (tilskudd til arbeidsgiveren).', en: 'NAV (grant to the employer).' },
    livingCosts: [],
    combinesWith: ['arbeidstrening', 'lonnstilskudd', 'mentor', 'supported-employment'],
    nextSteps: [],
    links: [LINK_NAV],
    linksReviewed: true,
    sources: [
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.2, Tilskuddsordninger gjennom NAV',
        'Arbeidsgivere kan søke om inkluderingstilskudd for å kompensere for kostnader knyttet til personer som trenger tilrettelegging av arbeids- eller tiltaksplassen.',
      ),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.2, Tilskuddsordninger gjennom NAV',
        'Tilskuddet benyttes ofte sammen med andre tiltak, som for eksempel arbeidstrening (tidligere praksis), eller oppfølgingstiltak, lønnstilskudd og mentor.',
      ),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.2, Tilskuddsordninger gjennom NAV',
        'Den største barrieren for bruken av tilskuddet, er manglende kjennskap hos arbeidsgiverne.',
      ),
      law(TILTAKSFORSKRIFTEN, 'inkluderingstilskudd'),
    ],
    effectiveFrom: SEED_003_DATE,
    lastReviewed: LAST_REVIEWED,
    review: navMeasureReview(),
  },
  {
    id: 'supported-employment',
    lane: 'work-and-education',
    title: { nb: 'Supported Employment – raskt ut i jobb med oppfølging', en: 'Supported Employment – place first, then train' },
    summary: {
      nb: 'En arbeidsmåte der du raskt kommer ut på en vanlig arbeidsplass og får opplæring og tett oppfølging der. Den brukes i tiltak fra NAV, og er prøvd ut i introduksjonsprogrammet og Jobbsjansen.',
      en: 'A way of working where you quickly get into an ordinary workplace and get training and close follow-up there. It is used in NAV measures and has been tried in the introduction programme and Jobbsjansen.',
    },
    forWhom: {
      nb: 'Personer som trenger støtte for å få eller beholde en jobb. Metoden ble først brukt for personer med psykiske lidelser.',
      en: 'People who need support to get or keep a job. The method was first used for people with mental illness.',
    },
    requirements: {
      text: { nb: 'NAV eller kommunen vurderer behovet.', en: 'NAV or the municipality assesses the need.' },
    },
    responsible: ['nav', 'municipality'],
    legalBasis: [...NAV_MEASURE_BASIS],
    content: {
      nb: 'Oppfølgingen kan gi kartlegging og veiledning av deg, arbeidsgiveren og tiltaksarrangøren, oppfølging på arbeidsplassen, opplæring i arbeidsrelaterte og sosiale ferdigheter, og tilpasning av arbeidsoppgavene.',
      en: 'The follow-up can include assessment and guidance for you, the employer and the provider, follow-up at the workplace, training in work-related and social skills, and adjusting the tasks.',
    },
    duration: agreedCaseByCase,
    flexibility: { partTime: null, evening: null, parallel: true },
    fundedBy: {
      nb: 'NAV, eller kommunen når metoden brukes i introduksjonsprogrammet eller Jobbsjansen.',
      en: 'NAV, or the municipality when the method is used in the introduction programme or Jobbsjansen.',
    },
    livingCosts: ['tiltakspenger', 'introduksjonsstonad', 'okonomisk-sosialhjelp'],
    combinesWith: ['introduksjonsprogram', 'jobbsjansen', 'inkluderingstilskudd', 'norsk-og-samfunnskunnskap'],
    nextSteps: ['lonnstilskudd', 'arbeidsplassen-jobbsok'],
    links: [LINK_NAV],
    linksReviewed: true,
    sources: [
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.2, Tiltak som benytter ordinært arbeidsliv som kvalifiseringsarena',
        'arbeidsmarkedstiltak som bygger på Supported Employment-metodikk, som innebærer at deltakerne skal raskt ut i jobb og få trening på en vanlig arbeidsplass',
      ),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.2, Tiltak som benytter ordinært arbeidsliv som kvalifiseringsarena',
        'for personer med psykiske lidelser, men prøves for tiden ut i kvalifiseringstiltak for innvandrere, slik som introduksjonsprogrammet, Jobbsjansen og i ulike tiltak som finansieres av NAV.',
      ),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.2, Tiltak som benytter ordinært arbeidsliv som kvalifiseringsarena',
        'Oppfølgingstiltaket kan inneholde kartlegging og veiledning av deltaker, arbeidsgiver og tiltaksarrangør, oppfølging på arbeidsplassen, opplæring i arbeidsrelaterte og sosiale ferdigheter, samt tilpasning og tilrettelegging av arbeidsoppgaver og arbeidssituasjon.',
      ),
      law(TILTAKSFORSKRIFTEN, 'oppfølging'),
    ],
    effectiveFrom: SEED_003_DATE,
    lastReviewed: LAST_REVIEWED,
    review: navMeasureReview(
      'Supported Employment er en metode, ikke navnet på ett tiltak. Sjekk hvilke NAV-tiltak som bruker metoden i dag.',
      'Supported Employment is a method, not the name of a single measure. Check which NAV measures use the method today.',
    ),
  },
  {
    id: 'mentor-og-traineeordning',
    lane: 'work-and-education',
    title: { nb: 'Mentor- og traineeordninger (fylkeskommunen)', en: 'Mentor and trainee schemes (county)' },
    summary: {
      nb: 'Virksomheter og organisasjoner kan søke fylkeskommunen om støtte til mentor- og traineeprogram for personer med innvandrerbakgrunn. Målet er at fagutdannede og høyt kvalifiserte innvandrere får jobb.',
      en: 'Businesses and organisations can apply to the county for support for mentor and trainee programmes for people with an immigrant background. The aim is that skilled and highly qualified immigrants get work.',
    },
    forWhom: {
      nb: 'Fagutdannede og høyt kvalifiserte innvandrere, der en virksomhet eller organisasjon har et program.',
      en: 'Skilled and highly qualified immigrants, where a business or organisation runs a programme.',
    },
    requirements: {
      text: {
        nb: 'En virksomhet eller organisasjon må ha fått støtte og ha et program du kan delta i. Deltakelse er frivillig.',
        en: 'A business or organisation must have received support and run a programme you can join. Taking part is voluntary.',
      },
    },
    responsible: ['county', 'employer', 'voluntary-sector'],
    legalBasis: [],
    noLegalBasisReason: {
      nb: 'En tilskuddsordning som ble flyttet fra IMDi til fylkeskommunene i 2020. Det er ikke en lovfestet rett.',
      en: 'A grant scheme that moved from IMDi to the counties in 2020. It is not a statutory right.',
    },
    content: {
      nb: 'En mentor fra faget ditt hjelper deg å se hva du må lære for å få jobb i Norge, og kan åpne dører til nettverk og rekruttering.',
      en: 'A mentor from your field helps you see what you need to learn to get work in Norway, and can open doors to networks and recruitment.',
    },
    duration: {
      nb: 'Avhenger av programmet. Kildene våre gir ikke et tall.',
      en: 'Depends on the programme. Our sources give no figure.',
    },
    flexibility: { partTime: null, evening: null, parallel: true },
    fundedBy: {
      nb: 'Tilskudd fra fylkeskommunen til virksomheten eller organisasjonen.',
      en: 'A grant from the county to the business or organisation.',
    },
    livingCosts: [],
    combinesWith: ['godkjenning-utdanning', 'kompletterende-utdanning', 'norskopplaering-uten-rett', 'hoyere-utdanning'],
    nextSteps: ['arbeidsplassen-jobbsok'],
    links: [LINK_IMDI],
    linksReviewed: true,
    sources: [
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.2, Tilskuddsordninger gjennom NAV',
        'Fylkeskommunene har en mentor- og traineeordning hvor virksomheter og organisasjoner kan søke støtte til mentor- og traineeprogram for personer med innvandrerbakgrunn.',
      ),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.2, Tilskuddsordninger gjennom NAV',
        'Ordningen er frivillig, og skal bidra til å øke muligheten for inkludering av fagutdannede og høyt kvalifiserte innvandrere i arbeidslivet.',
      ),
      seed(SEED_MULIGHETSKART_2021, 'kap. 3.2, fotnote 38', 'Tilskuddsordningen ble overført fra IMDi til Fylkeskommunene i 2020'),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.2, Tilskuddsordninger gjennom NAV',
        'mentorer kan være avgjørende døråpnere når det gjelder rekruttering og nettverk',
      ),
    ],
    effectiveFrom: REGION_REFORM_IN_FORCE,
    lastReviewed: LAST_REVIEWED,
    review: {
      needed: true,
      note: {
        nb: 'Sjekk at fylkeskommunene fortsatt har ordningen, og legg inn lenke til fylkeskommunens side når den er kjent.',
        en: 'Check that the counties still run the scheme, and add a link to the county’s page when it is known.',
      },
    },
  },
];
