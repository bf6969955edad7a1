/** Lane `work-and-education`: full-time programmes and career guidance. */
import type { Offer } from '../model.ts';
import {
  COUNTY_GUIDANCE_DUTY_IN_FORCE,
  INTEGRERINGSLOVEN,
  INTEGRERINGSLOVEN_IN_FORCE,
  INTEGRERINGSLOVEN_URL,
  LAST_REVIEWED,
  LINK_IMDI,
  LINK_INTRO_FAGRESSURS,
  LINK_KARRIEREVEILEDNING,
  LINK_NAV,
  LINK_UTDANNING,
  OPPLARINGSLOVA_1998,
  OPPLARINGSLOVA_1998_URL,
  OPPLARINGSLOVA_2023,
  SEED_003_DATE,
  SEED_FAFO_2024,
  SEED_KARRIERE_KUNNSKAP,
  SEED_MULIGHETSKART_2021,
  SEED_PROBA_2025,
  SEED_WORKSHOP_2021,
  SOSIALTJENESTELOVEN,
  SOSIALTJENESTELOVEN_URL,
  WEB_IMDI_VEILEDER_INTRO,
  WEB_INTEGRERINGSLOVEN_TOC,
  WEB_STATSFORVALTEREN_INTRO,
  law,
  seed,
} from '../sources.ts';

export const programmeOffers: Offer[] = [
  {
    id: 'introduksjonsprogram',
    lane: 'work-and-education',
    title: { nb: 'Introduksjonsprogrammet', en: 'The introduction programme' },
    summary: {
      nb: 'Et program på fulltid fra kommunen for nyankomne flyktninger og familiene deres. Programmet tilpasses deg og skal forberede deg på arbeid eller utdanning. Du får introduksjonsstønad mens du deltar.',
      en: 'A full-time programme from the municipality for newly arrived refugees and their families. The programme is adapted to you and prepares you for work or education. You receive an introduction benefit while you take part.',
    },
    forWhom: {
      nb: 'Flyktninger og familiegjenforente med dem, mellom 18 og 55 år, som er bosatt i en kommune. De har rett og plikt til å delta. Personer med midlertidig kollektiv beskyttelse (for eksempel fra Ukraina) har egne regler. Kommunen kan også tilby programmet til noen andre grupper.',
      en: 'Refugees and family members reunited with them, aged 18 to 55, who have been settled in a municipality. They have a right and a duty to take part. People with temporary collective protection (for example from Ukraine) have their own rules. The municipality may also offer the programme to some other groups.',
    },
    requirements: {
      text: {
        nb: 'En oppholdstillatelse som gir rett til programmet, og bosetting i kommunen. Kommunen kartlegger kompetansen din før den gjør vedtak, og karriereveiledning bør komme før vedtaket. Det er ikke krav til norsknivå.',
        en: 'A residence permit that gives a right to the programme, and settlement in the municipality. The municipality maps your skills before it decides, and career guidance should come before the decision. There is no Norwegian requirement.',
      },
      norwegianLevel: null,
    },
    responsible: ['municipality', 'nav'],
    legalBasis: [
      { law: INTEGRERINGSLOVEN, paragraph: '§ 8 (målgruppe) og § 12 (kommunens ansvar)', url: INTEGRERINGSLOVEN_URL },
      { law: INTEGRERINGSLOVEN, paragraph: '§§ 13–14 (program etter utdanningsnivå) og § 14 a (innhold)' },
      { law: INTEGRERINGSLOVEN, paragraph: '§ 15 (integreringsplan)' },
    ],
    content: {
      nb: 'Alle skal ha norsk, samfunnskunnskap, kurset «Livsmestring i et nytt land» og noe som peker mot arbeid eller utdanning. Deltakere med barn under 18 år skal også ha foreldreveiledning. Resten settes sammen etter behov, for eksempel grunnskole, videregående, praksis, hurtigspor, arbeid på deltid eller tiltak fra NAV. Mål og innhold står i integreringsplanen.',
      en: 'Everyone has Norwegian, social studies, the course “Coping with life in a new country” and something that points towards work or education. Participants with children under 18 also have parental guidance. The rest is put together as needed, for example primary school, upper secondary, work practice, a fast track, part-time work or measures from NAV. Goals and content are set out in the integration plan.',
    },
    duration: {
      nb: 'Fra tre måneder til tre år, med mulighet for forlengelse. Lengden avhenger av utdanning, alder og sluttmål.',
      en: 'From three months to three years, with a possibility of extension. The length depends on education, age and end goal.',
    },
    typicalMonths: { min: 3, max: 36 },
    flexibility: {
      partTime: false,
      evening: null,
      parallel: true,
      note: {
        nb: 'Programmet er på fulltid og helårig, men kan bestå av flere tilbud samtidig, for eksempel norsk sammen med praksis eller skole.',
        en: 'The programme is full-time and all year, but can consist of several offers at once, for example Norwegian together with work practice or school.',
      },
    },
    fundedBy: {
      nb: 'Kommunen har ansvaret og betaler for programmet. Det koster ikke noe for deltakeren.',
      en: 'The municipality is responsible and pays for the programme. It costs the participant nothing.',
    },
    livingCosts: ['introduksjonsstonad', 'okonomisk-sosialhjelp'],
    combinesWith: [
      'norsk-og-samfunnskunnskap',
      'livsmestring-i-nytt-land',
      'karriereveiledning-integreringsloven',
      'sprakpraksis',
      'grunnskole-for-voksne',
      'forberedende-voksenopplaering',
      'videregaende-for-voksne',
      'fagbrev-larling',
      'hurtigspor',
      'arbeidstrening',
      'amo-kurs',
      'supported-employment',
      'realkompetansevurdering',
      'godkjenning-utdanning',
      'flyktningguide',
      'norsktrening-frivillig',
    ],
    nextSteps: [
      'arbeidsplassen-jobbsok',
      'grunnskole-for-voksne',
      'videregaende-for-voksne',
      'fagbrev-larling',
      'hoyere-utdanning',
      'amo-kurs',
      'lonnstilskudd',
      'kvalifiseringsprogram',
    ],
    links: [LINK_INTRO_FAGRESSURS, LINK_IMDI],
    linksReviewed: true,
    sources: [
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.1 Introduksjonsprogrammet',
        'Introduksjonsprogrammet utgjør kjernen i integrerings- og kvalifiseringsarbeidet rettet mot nyankomne flyktninger og deres familiemedlemmer.',
      ),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.1 Introduksjonsprogrammet, fotnote 9',
        'For flyktninger som kom etter 1. januar 2021, kan lengden variere fra tre måneder til tre år, med mulighet for forlengelse, avhengig av utdanningsnivå, alder og sluttmål',
      ),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.1 Introduksjonsprogrammet',
        'parallell kvalifisering, også kalt kombinasjonsløp, hvor språkopplæring kombineres med arbeid, praksis, eller formell opplæring som tiltak i introduksjonsprogrammet',
      ),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 2.2, Funn fra intervjuer, workshops og spørreundersøkelsen',
        'det er særlig utfordrende å få til overgangen fra introduksjonsprogram til NAV for dem som ikke går over i arbeid',
      ),
      seed(SEED_WORKSHOP_2021, 'lysark «Innhold i intro.programmet»', 'praksis, hurtigspor, arbeid på deltid'),
      law(INTEGRERINGSLOVEN, '§§ 8, 12, 13, 14, 14 a, 15'),
      WEB_STATSFORVALTEREN_INTRO,
      WEB_IMDI_VEILEDER_INTRO,
      WEB_INTEGRERINGSLOVEN_TOC,
    ],
    effectiveFrom: INTEGRERINGSLOVEN_IN_FORCE,
    lastReviewed: LAST_REVIEWED,
    review: {
      needed: true,
      note: {
        nb: 'Integreringsloven er endret etter 2021 (blant annet nye §§ 12 a, 14 a og 18 a, og §§ 13 og 14 deler nå programmet etter utdanningsnivå). Varigheten tre måneder til tre år er fra seed 003 (2021). Sjekk varighet, forlengelse og reglene for personer med kollektiv beskyttelse mot gjeldende lov.',
        en: 'Integreringsloven has been amended since 2021 (among other things new §§ 12 a, 14 a and 18 a, and §§ 13 and 14 now split the programme by level of education). The duration of three months to three years is from seed 003 (2021). Check duration, extension and the rules for people with collective protection against the current act.',
      },
    },
  },
  {
    id: 'karriereveiledning-integreringsloven',
    lane: 'work-and-education',
    title: { nb: 'Karriereveiledning for nyankomne flyktninger', en: 'Career guidance for newly arrived refugees' },
    summary: {
      nb: 'Karrieresenteret i fylket gir deg veiledning om arbeid og utdanning tidlig etter bosetting. Veilederen skriver et notat med en anbefaling om arbeid eller utdanning. Kommunen bruker notatet når programmet ditt planlegges.',
      en: 'The county’s career centre gives you guidance on work and education soon after settlement. The counsellor writes a note with a recommendation on work or education. The municipality uses the note when your programme is planned.',
    },
    forWhom: {
      nb: 'Personer i målgruppen for introduksjonsprogrammet har rett og plikt. Personer med midlertidig kollektiv beskyttelse (for eksempel fra Ukraina) har rett, men ikke plikt.',
      en: 'People in the target group of the introduction programme have a right and a duty. People with temporary collective protection (for example from Ukraine) have a right but no duty.',
    },
    requirements: {
      text: {
        nb: 'Kommunen kartlegger kompetansen din først og bestiller veiledningen fra karrieresenteret. Det brukes tolk ved behov. Det er ikke krav til norsknivå.',
        en: 'The municipality maps your skills first and orders the guidance from the career centre. An interpreter is used when needed. There is no Norwegian requirement.',
      },
      norwegianLevel: null,
    },
    responsible: ['county', 'municipality'],
    legalBasis: [
      { law: INTEGRERINGSLOVEN, paragraph: '§ 11 (karriereveiledning)', url: INTEGRERINGSLOVEN_URL },
      { law: INTEGRERINGSLOVEN, paragraph: '§ 4 tredje ledd (fylkeskommunens ansvar)' },
      { law: INTEGRERINGSLOVEN, paragraph: '§ 10 (kompetansekartlegging)' },
      { law: INTEGRERINGSLOVEN, paragraph: '§ 37 b (kollektiv beskyttelse, midlertidig kapittel 6A)' },
    ],
    content: {
      nb: 'Vanligvis én samtale alene med veilederen, med tolk ved behov. Noen steder er det også veiledning i gruppe. Samtalen kan være i kommunen, på karrieresenteret eller digitalt. Etterpå skriver veilederen karriereveileders notat med en anbefaling om arbeid eller utdanning.',
      en: 'Usually one individual session with the counsellor, with an interpreter when needed. Some places also offer group guidance. The session can be in the municipality, at the career centre or online. Afterwards the counsellor writes the counsellor’s note with a recommendation on work or education.',
    },
    duration: {
      nb: 'Kostnadsberegningen bak loven er 1,5 time individuell veiledning og 1,5 time gruppeveiledning. Veiledningen bør skje før vedtaket om program, som bør komme innen tre måneder etter bosetting.',
      en: 'The cost estimate behind the act is 1.5 hours of individual guidance and 1.5 hours of group guidance. The guidance should take place before the programme decision, which should come within three months of settlement.',
    },
    flexibility: {
      partTime: null,
      evening: null,
      parallel: true,
      note: {
        nb: 'Noen karrieresentre gir veiledning i to omganger, og noen kommuner utsetter veiledningen når det er til det beste for deltakeren.',
        en: 'Some career centres give guidance in two rounds, and some municipalities postpone the guidance when that is best for the participant.',
      },
    },
    fundedBy: {
      nb: 'Fylkeskommunen. Det koster ikke noe for deltakeren.',
      en: 'The county. It costs the participant nothing.',
    },
    livingCosts: [],
    combinesWith: ['introduksjonsprogram', 'norsk-og-samfunnskunnskap', 'livsmestring-i-nytt-land'],
    nextSteps: ['introduksjonsprogram', 'karriereveiledning-karrieresenter', 'realkompetansevurdering', 'godkjenning-utdanning'],
    links: [LINK_IMDI, LINK_KARRIEREVEILEDNING],
    linksReviewed: true,
    sources: [
      seed(
        SEED_FAFO_2024,
        'Innledning',
        'Integreringsloven 2021, § 11: Personer som omfattes av § 8 første ledd, har rett og plikt til å gjennomføre karriereveiledning.',
      ),
      seed(
        SEED_FAFO_2024,
        'Innledning',
        'Det er fylkeskommunenes regionale karrieresentre som skal sørge for at deltakerne i introduksjonsprogram får den karriereveiledningen som er pålagt gjennom integreringsloven.',
      ),
      seed(
        SEED_FAFO_2024,
        'Innledning',
        'Vedtak om program bør skje innen tre måneder etter bosetting, og karriereveiledningen bør gjennomføres før det fattes vedtak om introduksjonsprogram.',
      ),
      seed(
        SEED_FAFO_2024,
        'Innledning',
        'Omfanget av karriereveiledning etter integreringsloven er kostnadsestimert til 1,5 time individuell veiledning og 1,5 time gruppeveiledning',
      ),
      seed(
        SEED_FAFO_2024,
        'Innledning',
        'Flyktninger med kollektiv beskyttelse har rett, men ikke plikt, til å gjennomføre karriereveiledning (integreringsloven, §37 b.).',
      ),
      seed(
        SEED_PROBA_2025,
        'kap. 3.2 Gjennomføring av karriereveiledning, Tid og sted',
        'karriereveilederne ofte reiser til kommunene for å gjennomføre karriereveiledningssamtalen. Det oppgis også at Teams benyttes på grunn av lange avstander.',
      ),
      seed(SEED_PROBA_2025, 'Sammendrag, Erfaringer fra samlingene', 'om det tilbys én eller to samtaler'),
      seed(SEED_FAFO_2024, 'Grep 2: Benytte muligheten til å utsette den obligatoriske karriereveiledningen ved behov'),
      seed(SEED_WORKSHOP_2021, 'lysark «Karriereveileders notat; Anbefaling»'),
      law(INTEGRERINGSLOVEN, '§§ 4, 10, 11, 37 b'),
    ],
    effectiveFrom: INTEGRERINGSLOVEN_IN_FORCE,
    lastReviewed: LAST_REVIEWED,
    review: {
      needed: true,
      note: {
        nb: 'Reglene i midlertidig kapittel 6A (kollektiv beskyttelse) har en sluttdato som må sjekkes. Tremånedersfristen for vedtak skal også sjekkes mot gjeldende lov.',
        en: 'The rules in temporary chapter 6A (collective protection) have an end date that must be checked. The three-month deadline for the decision must also be checked against the current act.',
      },
    },
  },
  {
    id: 'karriereveiledning-karrieresenter',
    lane: 'work-and-education',
    title: { nb: 'Karriereveiledning på karrieresenter', en: 'Career guidance at a career centre' },
    summary: {
      nb: 'Alle som bor i et fylke, kan få gratis karriereveiledning hos fylkets karrieresenter. Du får hjelp til å tenke gjennom utdanning og jobb. Du kan også få veiledning på chat eller telefon via karriereveiledning.no.',
      en: 'Everyone who lives in a county can get free career guidance at the county’s career centre. You get help to think through education and work. You can also get guidance by chat or phone via karriereveiledning.no.',
    },
    forWhom: {
      nb: 'Alle som bor i fylket, uansett alder.',
      en: 'Everyone who lives in the county, whatever their age.',
    },
    requirements: {
      text: {
        nb: 'Ingen formelle krav. Spør karrieresenteret om hvilke språk de kan gi veiledning på.',
        en: 'No formal requirements. Ask the career centre which languages they can give guidance in.',
      },
      norwegianLevel: null,
    },
    responsible: ['county', 'state-agency'],
    legalBasis: [
      { law: OPPLARINGSLOVA_1998, paragraph: '§ 13-3 f (slik seed-kilden siterer den)', url: OPPLARINGSLOVA_1998_URL },
      { law: OPPLARINGSLOVA_2023, paragraph: `tilsvarende plikt for fylkeskommunen` },
    ],
    content: {
      nb: 'Samtaler med en karriereveileder, alene eller i gruppe. Du får hjelp til å se hva du kan, hva du liker, og hvilke muligheter du har. Fylkeskommunen skal samarbeide med NAV om tilbudet.',
      en: 'Conversations with a career counsellor, alone or in a group. You get help to see what you can do, what you like, and what options you have. The county is to cooperate with NAV on the service.',
    },
    duration: {
      nb: 'Én eller flere samtaler, etter behov.',
      en: 'One or more sessions, as needed.',
    },
    flexibility: {
      partTime: null,
      evening: null,
      parallel: true,
      note: {
        nb: 'Karriereveiledning.no er gratis og anonym og kan brukes uansett hvor du bor.',
        en: 'Karriereveiledning.no is free and anonymous and can be used wherever you live.',
      },
    },
    fundedBy: {
      nb: 'Fylkeskommunen betaler karrieresenteret. Staten (HK-dir) driver karriereveiledning.no. Gratis for brukeren.',
      en: 'The county pays for the career centre. The state (HK-dir) runs karriereveiledning.no. Free for the user.',
    },
    livingCosts: [],
    combinesWith: ['introduksjonsprogram', 'norsk-og-samfunnskunnskap', 'kvalifiseringsprogram', 'arbeidsplassen-jobbsok'],
    nextSteps: [
      'realkompetansevurdering',
      'godkjenning-utdanning',
      'videregaende-for-voksne',
      'fagbrev-pa-jobb',
      'praksiskandidat',
      'fagskole',
      'hoyere-utdanning',
    ],
    links: [LINK_KARRIEREVEILEDNING, LINK_UTDANNING],
    linksReviewed: true,
    sources: [
      seed(
        SEED_KARRIERE_KUNNSKAP,
        'kap. 2.4 Fylkeskommunes nye plikt til karriereveiledning til nye målgrupper',
        'gratis karriererettleiing for alle som er busette der. Fylkeskommunen skal samarbeide med Arbeids- og velferdsetaten om tilbodet.',
      ),
      seed(
        SEED_KARRIERE_KUNNSKAP,
        'kap. 2.2 Nytt direktorat for høyere utdanning og kompetanse (karriereveiledning.no)',
        'Brukerne kan ta kontakt med en profesjonell veileder på chat eller telefon, og tjenesten er gratis og anonym.',
      ),
      law(OPPLARINGSLOVA_1998, '§ 13-3 f'),
    ],
    effectiveFrom: COUNTY_GUIDANCE_DUTY_IN_FORCE,
    lastReviewed: LAST_REVIEWED,
    review: {
      needed: true,
      note: {
        nb: 'Seed-kilden siterer opplæringslova av 1998 § 13-3 f. Den loven ble erstattet av opplæringslova 2023 fra 1. august 2024. Finn paragrafen i den nye loven og sjekk at plikten er videreført.',
        en: 'The seed quotes the Education Act of 1998 § 13-3 f. That act was replaced by the Education Act 2023 from 1 August 2024. Find the paragraph in the new act and check that the duty has been continued.',
      },
    },
  },
  {
    id: 'kvalifiseringsprogram',
    lane: 'work-and-education',
    title: { nb: 'Kvalifiseringsprogrammet (KVP)', en: 'The qualification programme (KVP)' },
    summary: {
      nb: 'Et program på fulltid fra NAV-kontoret som skal hjelpe deg mot arbeid. Det er for deg som har store vansker med å få jobb og inntekt, og som trenger tett oppfølging. Du får kvalifiseringsstønad mens du deltar.',
      en: 'A full-time programme from the NAV office that helps you towards work. It is for people who have great difficulty getting work and income, and who need close follow-up. You receive a qualification benefit while you take part.',
    },
    forWhom: {
      nb: 'Personer i yrkesaktiv alder med vesentlig nedsatt arbeids- og inntektsevne som trenger tett oppfølging. Det er en rett for dem som fyller vilkårene i loven.',
      en: 'People of working age whose ability to work and earn is substantially reduced and who need close follow-up. It is a right for those who meet the conditions in the act.',
    },
    requirements: {
      text: {
        nb: 'Du må fylle vilkårene i sosialtjenesteloven § 29. Loven har ikke krav til norsknivå, men NAV-kontorene har vurdert deltakere med svake norskferdigheter ulikt.',
        en: 'You must meet the conditions in the Social Services Act § 29. The act has no Norwegian requirement, but NAV offices have judged participants with weak Norwegian differently.',
      },
    },
    responsible: ['nav', 'municipality'],
    legalBasis: [{ law: SOSIALTJENESTELOVEN, paragraph: '§ 29 (rett til kvalifiseringsprogram)', url: SOSIALTJENESTELOVEN_URL }],
    content: {
      nb: 'Et individuelt program med arbeidsrettede aktiviteter, utdanning eller opplæring, og tett oppfølging. NAV kan bruke alle sine tiltak, og kommunale og statlige tiltak kan gå samtidig. Programmet kan også ha for eksempel sosial trening, behandling og nødvendig hvile. Siden 2019 kan det brukes mer utdanning, og du kan delta flere ganger hvis det er hensiktsmessig.',
      en: 'An individual programme with work-related activities, education or training, and close follow-up. NAV can use all its measures, and municipal and state measures can run at the same time. The programme can also include, for example, social training, treatment and necessary rest. Since 2019 more education can be used, and you can take part more than once if that is appropriate.',
    },
    duration: {
      nb: 'Kildene våre oppgir ikke en fast lengde.',
      en: 'Our sources give no fixed length.',
    },
    flexibility: { partTime: false, evening: null, parallel: true },
    fundedBy: {
      nb: 'Kommunen, gjennom NAV-kontoret.',
      en: 'The municipality, through the NAV office.',
    },
    livingCosts: ['kvalifiseringsstonad'],
    combinesWith: [
      'norsk-og-samfunnskunnskap',
      'sprakpraksis',
      'arbeidstrening',
      'amo-kurs',
      'grunnskole-for-voksne',
      'videregaende-for-voksne',
      'lonnstilskudd',
    ],
    nextSteps: ['arbeidsplassen-jobbsok', 'lonnstilskudd', 'videregaende-for-voksne'],
    links: [LINK_NAV],
    linksReviewed: true,
    sources: [
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.1 Kvalifiseringsprogrammet',
        'KVP er en rettighet for personer som fyller vilkårene i sosialtjenesteloven § 29.',
      ),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.1 Kvalifiseringsprogrammet',
        'Deltakere i KVP skal få et individuelt tilrettelagt program hvor man kan benytte seg av hele tiltaksporteføljen til NAV.',
      ),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.1 Kvalifiseringsprogrammet',
        'Det kan blant annet være å utvikle sosiale ferdigheter, være i behandling, ha nødvendig hviletid med mer',
      ),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.1 Kvalifiseringsprogrammet',
        'NAV-kontorene tolker regelverket ulikt, for eksempel når det gjelder hvorvidt brukere med svake norskferdigheter ses som aktuelle deltakere',
      ),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.1 Kvalifiseringsprogrammet',
        'Ulikhetene henger igjen sammen med organisering av arbeidet med programmet i kommunene, og kommunenes økonomiske prioriteringer.',
      ),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.1 Kvalifiseringsprogrammet, fotnote 19',
        'Fra 2019 ble det gjort endringer i sosialtjenesteloven, som blant annet åpner opp for mer bruk av utdanning og at man kan delta i KVP flere ganger dersom det blir vurdert som hensiktsmessig.',
      ),
      law(SOSIALTJENESTELOVEN, '§ 29'),
    ],
    effectiveFrom: SEED_003_DATE,
    lastReviewed: LAST_REVIEWED,
  },
  {
    id: 'jobbsjansen',
    lane: 'work-and-education',
    title: { nb: 'Jobbsjansen', en: 'Jobbsjansen (the Job Chance programme)' },
    summary: {
      nb: 'Et kvalifiseringsprogram for innvandrere som står langt fra arbeidslivet. Kommunen må søke IMDi om tilskudd for å ha programmet, så det finnes ikke overalt. I 2021 var programmet rettet mot hjemmeværende kvinner.',
      en: 'A qualification programme for immigrants who are far from the labour market. The municipality has to apply to IMDi for a grant to run it, so it does not exist everywhere. In 2021 the programme was aimed at women who stay at home.',
    },
    forWhom: {
      nb: 'Innvandrere som står langt fra arbeidslivet. I 2021 var ordningen rettet mot hjemmeværende kvinner.',
      en: 'Immigrants who are far from the labour market. In 2021 the scheme was aimed at women who stay at home.',
    },
    requirements: {
      text: {
        nb: 'Kommunen (eller NAV eller voksenopplæringen) må ha et Jobbsjanse-prosjekt. Prosjektet tar inn deltakere.',
        en: 'The municipality (or NAV or adult education) must have a Jobbsjansen project. The project admits participants.',
      },
    },
    responsible: ['municipality', 'nav', 'state-agency'],
    legalBasis: [],
    noLegalBasisReason: {
      nb: 'Jobbsjansen er en tilskuddsordning som IMDi forvalter. Det er ikke en lovfestet rett.',
      en: 'Jobbsjansen is a grant scheme administered by IMDi. It is not a statutory right.',
    },
    content: {
      nb: 'Grunnleggende kvalifisering, norsk, kunnskap om arbeids- og samfunnsliv, og tett oppfølging. Kan inneholde praksis på en arbeidsplass.',
      en: 'Basic qualification, Norwegian, knowledge about working life and society, and close follow-up. Can include a placement at a workplace.',
    },
    duration: {
      nb: 'Kildene våre oppgir ikke en fast lengde.',
      en: 'Our sources give no fixed length.',
    },
    flexibility: { partTime: null, evening: null, parallel: true },
    fundedBy: {
      nb: 'Tilskudd fra IMDi til kommunen. Kildene våre sier ikke hvordan deltakernes livsopphold dekkes; spør kommunen.',
      en: 'A grant from IMDi to the municipality. Our sources do not say how participants’ living costs are covered; ask the municipality.',
    },
    livingCosts: [],
    combinesWith: ['norsk-og-samfunnskunnskap', 'sprakpraksis', 'arbeidstrening', 'supported-employment'],
    nextSteps: ['arbeidsplassen-jobbsok', 'grunnskole-for-voksne', 'videregaende-for-voksne', 'lonnstilskudd'],
    links: [LINK_IMDI],
    linksReviewed: true,
    sources: [
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.1 Jobbsjansen',
        'Jobbsjansen er en tilskuddsordning kommunene kan søke på, som administreres av IMDi.',
      ),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.1 Jobbsjansen',
        'Ordningen skal gi innvandrere som står langt unna arbeidslivet, grunnleggende kvalifisering, øke sysselsettingen blant dem og styrke deres økonomiske selvhjulpenhet.',
      ),
      seed(SEED_MULIGHETSKART_2021, 'kap. 3.1 Jobbsjansen', 'Ordningen er i dag rettet mot hjemmeværende kvinner.'),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.1 Jobbsjansen',
        'Både NAV, flyktningetjenester og voksenopplæringssentre forvalter Jobbsjanse-prosjekter.',
      ),
    ],
    effectiveFrom: SEED_003_DATE,
    lastReviewed: LAST_REVIEWED,
    review: {
      needed: true,
      note: {
        nb: 'Målgruppen er beskrevet slik den var i 2021. Sjekk dagens målgruppe hos IMDi, og om deltakerne får en egen stønad.',
        en: 'The target group is described as it was in 2021. Check today’s target group with IMDi, and whether participants receive a benefit of their own.',
      },
    },
  },
  {
    id: 'hurtigspor',
    lane: 'work-and-education',
    title: { nb: 'Hurtigspor', en: 'Fast track' },
    summary: {
      nb: 'En del av introduksjonsprogrammet som skal gi en raskere vei til arbeid. Hvordan hurtigspor ser ut, bestemmes lokalt og varierer mellom kommunene.',
      en: 'A part of the introduction programme meant to give a quicker route to work. What a fast track looks like is decided locally and varies between municipalities.',
    },
    forWhom: {
      nb: 'Deltakere i introduksjonsprogrammet.',
      en: 'Participants in the introduction programme.',
    },
    requirements: {
      text: {
        nb: 'Kommunen vurderer om hurtigspor passer for deg. Kildene våre sier ikke noe om krav.',
        en: 'The municipality assesses whether a fast track suits you. Our sources say nothing about requirements.',
      },
    },
    responsible: ['municipality'],
    legalBasis: [{ law: INTEGRERINGSLOVEN, paragraph: '§ 14 a (innholdet i introduksjonsprogrammet)', url: INTEGRERINGSLOVEN_URL }],
    content: {
      nb: 'Kildene våre nevner hurtigspor som en del av innholdet i introduksjonsprogrammet, sammen med praksis, arbeid på deltid og tiltak fra NAV. Innholdet avgjøres lokalt.',
      en: 'Our sources mention the fast track as part of the content of the introduction programme, together with work practice, part-time work and measures from NAV. The content is decided locally.',
    },
    duration: {
      nb: 'Innenfor tiden i introduksjonsprogrammet.',
      en: 'Within the time in the introduction programme.',
    },
    flexibility: { partTime: null, evening: null, parallel: true },
    fundedBy: {
      nb: 'Kommunen, som en del av introduksjonsprogrammet.',
      en: 'The municipality, as part of the introduction programme.',
    },
    livingCosts: ['introduksjonsstonad'],
    combinesWith: ['introduksjonsprogram', 'norsk-og-samfunnskunnskap', 'arbeidstrening', 'amo-kurs'],
    nextSteps: ['lonnstilskudd', 'arbeidsplassen-jobbsok'],
    links: [LINK_INTRO_FAGRESSURS],
    linksReviewed: true,
    sources: [
      seed(SEED_WORKSHOP_2021, 'lysark «Innhold i intro.programmet»', 'praksis, hurtigspor, arbeid på deltid'),
      law(INTEGRERINGSLOVEN, '§ 14 a'),
    ],
    effectiveFrom: SEED_003_DATE,
    lastReviewed: LAST_REVIEWED,
    review: {
      needed: true,
      note: {
        nb: 'Seed-kildene nevner bare ordet «hurtigspor» i en liste. Beskrivelsen må sjekkes mot IMDis fagressurs for introduksjonsprogrammet før den brukes i veiledning.',
        en: 'The seeds only mention the word “hurtigspor” in a list. The description must be checked against IMDi’s resource pages for the introduction programme before it is used in guidance.',
      },
    },
  },
];
