/** Lane `work-and-education`: recognition, authorisation, higher education and vocational college. */
import type { Offer } from '../model.ts';
import {
  CHECKED_AGAINST_LAW,
  FAGSKOLELOVEN,
  HELSEPERSONELLOVEN,
  HELSEPERSONELLOVEN_URL,
  LAST_REVIEWED,
  LINK_HELSEDIREKTORATET,
  LINK_HKDIR,
  LINK_SAMORDNA_OPPTAK,
  LINK_UTDANNING,
  SEED_003_DATE,
  SEED_KARRIERE_KUNNSKAP,
  SEED_MULIGHETSKART_2021,
  SEED_WORKSHOP_2021,
  UH_LOVEN,
  WEB_SAMORDNA_NORSKKRAV,
  law,
  seed,
} from '../sources.ts';

export const higherEducationOffers: Offer[] = [
  {
    id: 'godkjenning-utdanning',
    lane: 'work-and-education',
    title: { nb: 'Godkjenning av utenlandsk utdanning', en: 'Recognition of foreign education' },
    summary: {
      nb: 'Har du utdanning fra et annet land, kan du søke om å få den godkjent i Norge. Det kan ta lang tid, så det er lurt å søke tidlig. For noen yrker trenger du også autorisasjon.',
      en: 'If you have education from another country, you can apply to have it recognised in Norway. It can take a long time, so it is wise to apply early. For some occupations you also need authorisation.',
    },
    forWhom: {
      nb: 'Personer med utdanning fra utlandet, særlig høyere utdanning.',
      en: 'People with education from abroad, especially higher education.',
    },
    requirements: {
      text: {
        nb: 'Du må kunne dokumentere utdanningen. Reglene er ulike for ulike typer utdanning, og mange synes systemet er vanskelig å forstå.',
        en: 'You must be able to document your education. The rules differ for different kinds of education, and many find the system hard to understand.',
      },
    },
    responsible: ['state-agency'],
    legalBasis: [{ law: UH_LOVEN, paragraph: `godkjenning av utenlandsk høyere utdanning` }],
    content: {
      nb: 'Du sender en søknad med dokumentasjon og får et svar på hva utdanningen tilsvarer i Norge. Det finnes også en liste (GSU-listen) som viser hvilken utenlandsk skolegang som gir generell studiekompetanse. Oppgavene lå hos NOKUT og er flyttet til HK-dir.',
      en: 'You send an application with documentation and get an answer on what your education corresponds to in Norway. There is also a list (the GSU list) showing which foreign schooling gives general admission to higher education. The tasks were held by NOKUT and have moved to HK-dir.',
    },
    duration: {
      nb: 'Behandlingen kan ta lang tid. Kildene våre gir ikke et tall.',
      en: 'Processing can take a long time. Our sources give no figure.',
    },
    flexibility: {
      partTime: null,
      evening: null,
      parallel: true,
      note: {
        nb: 'Du kan søke mens du er i introduksjonsprogrammet eller i jobb.',
        en: 'You can apply while in the introduction programme or in work.',
      },
    },
    fundedBy: {
      nb: 'Staten (HK-dir) behandler søknaden.',
      en: 'The state (HK-dir) processes the application.',
    },
    livingCosts: [],
    combinesWith: ['introduksjonsprogram', 'karriereveiledning-integreringsloven', 'karriereveiledning-karrieresenter', 'norsk-og-samfunnskunnskap'],
    nextSteps: ['kompletterende-utdanning', 'autorisasjon-helse', 'hoyere-utdanning', 'mentor-og-traineeordning', 'arbeidsplassen-jobbsok'],
    links: [LINK_HKDIR],
    linksReviewed: true,
    sources: [
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 4.4 Stort behov for informasjon om rettigheter og opplæringsmuligheter',
        'Det er mye usikkerhet rundt hva som godkjennes og ikke, og det er vanskelig både å søke godkjenning og å forstå systemet. Mange trenger derfor hjelp med dette så fort som mulig da det kan ta lang tid.',
      ),
      seed(SEED_WORKSHOP_2021, 'lysark «Innhold i karriereveiledningssamtalen»', 'NOKUT; video på engelsk, godkjenningsordninger, GSU-listen'),
      seed(SEED_KARRIERE_KUNNSKAP, 'kap. 2.2 Nytt direktorat for høyere utdanning og kompetanse', 'Direktoratet vil også få oppgaver fra NOKUT.'),
    ],
    effectiveFrom: SEED_003_DATE,
    lastReviewed: LAST_REVIEWED,
    review: {
      needed: true,
      note: {
        nb: 'Sjekk hvilke godkjenningsordninger HK-dir har i dag (høyere utdanning, fagskole, fag- og yrkesopplæring), og finn hjemmelen i gjeldende lov. Lovhenvisningen er ikke verifisert.',
        en: 'Check which recognition schemes HK-dir runs today (higher education, vocational college, vocational training), and find the legal basis in current law. The legal reference is not verified.',
      },
    },
  },
  {
    id: 'kompletterende-utdanning',
    lane: 'work-and-education',
    title: { nb: 'Kompletterende utdanning', en: 'Supplementary education for people with foreign degrees' },
    summary: {
      nb: 'Studier for innvandrere med høyere utdanning fra hjemlandet som må fylle på utdanningen for å bruke den i Norge, for eksempel som sykepleier eller ingeniør. Noen universiteter og høgskoler har slike studier.',
      en: 'Studies for immigrants with higher education from their home country who need to top up their education to use it in Norway, for example as a nurse or engineer. Some universities and university colleges offer them.',
    },
    forWhom: {
      nb: 'Personer med høyere utdanning fra utlandet som trenger mer utdanning for å jobbe i faget sitt i Norge.',
      en: 'People with higher education from abroad who need more education to work in their field in Norway.',
    },
    requirements: {
      text: {
        nb: 'Utenlandsk høyere utdanning i faget. Opptakskrav, også krav til norsk, varierer fra studium til studium.',
        en: 'Foreign higher education in the field. Admission requirements, including Norwegian, vary from programme to programme.',
      },
    },
    responsible: ['state-agency'],
    legalBasis: [{ law: UH_LOVEN, paragraph: `studietilbud ved universiteter og høyskoler` }],
    content: {
      nb: 'Studier ved et universitet eller en høgskole som bygger på utdanningen du har. Kompletterende utdanninger er et ganske nytt tilbud, og mange veiledere kjenner lite til dem.',
      en: 'Studies at a university or university college that build on the education you have. Supplementary programmes are a fairly new offer, and many advisers know little about them.',
    },
    duration: {
      nb: 'Varierer med studiet. Kildene våre gir ikke et tall.',
      en: 'Varies with the programme. Our sources give no figure.',
    },
    flexibility: { partTime: null, evening: null, parallel: null },
    fundedBy: {
      nb: 'Universitetet eller høgskolen.',
      en: 'The university or university college.',
    },
    livingCosts: ['lanekassen', 'introduksjonsstonad', 'okonomisk-sosialhjelp'],
    combinesWith: ['mentor-og-traineeordning', 'norskopplaering-uten-rett', 'norsk-og-samfunnskunnskap'],
    nextSteps: ['autorisasjon-helse', 'arbeidsplassen-jobbsok'],
    links: [LINK_UTDANNING],
    linksReviewed: true,
    sources: [
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 6.1, Oversikt over muligheter for godkjenning av opplæring/utdanning, fotnote 59',
        'Det vil si studier for innvandrere som har høyere utdanning fra sitt hjemland, men som har behov for å komplettere utdanningen slik at de kan benytte sin kompetanse i Norge',
      ),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 6.1, Oversikt over muligheter for godkjenning av opplæring/utdanning',
        'Kompletterende utdanninger er i tillegg et relativt nytt fenomen',
      ),
      seed(SEED_WORKSHOP_2021, 'lysark «Innhold i karriereveiledningssamtalen»', 'kompletterende utdanning'),
    ],
    effectiveFrom: SEED_003_DATE,
    lastReviewed: LAST_REVIEWED,
    review: {
      needed: true,
      note: {
        nb: 'Det er ikke sjekket hvordan livsopphold under kompletterende utdanning kan dekkes (for eksempel om det kan være en del av introduksjonsprogrammet), eller hvilken lovparagraf som gjelder.',
        en: 'It has not been checked how living costs during supplementary education can be covered (for example whether it can be part of the introduction programme), or which legal provision applies.',
      },
    },
  },
  {
    id: 'autorisasjon-helse',
    lane: 'work-and-education',
    title: { nb: 'Autorisasjon for helsepersonell og andre regulerte yrker', en: 'Authorisation for health personnel and other regulated occupations' },
    summary: {
      nb: 'Noen yrker krever autorisasjon før du kan jobbe i dem i Norge, for eksempel sykepleier og elektriker. Dette gjelder også når utdanningen er fra utlandet. For helseyrker søker du Helsedirektoratet.',
      en: 'Some occupations require authorisation before you can work in them in Norway, for example nurse and electrician. This also applies when the education is from abroad. For health occupations you apply to the Norwegian Directorate of Health.',
    },
    forWhom: {
      nb: 'Personer med utdanning fra utlandet i et yrke som krever autorisasjon.',
      en: 'People with education from abroad in an occupation that requires authorisation.',
    },
    requirements: {
      text: {
        nb: 'Utdanning i yrket. Det kan stilles krav til norskkunnskaper, kurs eller prøver. Spør myndigheten for ditt yrke.',
        en: 'Education in the occupation. There may be requirements for Norwegian, courses or tests. Ask the authority for your occupation.',
      },
    },
    responsible: ['state-agency'],
    legalBasis: [{ law: HELSEPERSONELLOVEN, paragraph: '§ 48 a (autorisasjon)', url: HELSEPERSONELLOVEN_URL }],
    content: {
      nb: 'Du søker om autorisasjon. Du kan bli bedt om å ta mer utdanning, kurs eller prøver før du får den. Andre regulerte yrker, som elektriker, har egne ordninger.',
      en: 'You apply for authorisation. You may be asked to take more education, courses or tests before you get it. Other regulated occupations, such as electrician, have their own schemes.',
    },
    duration: {
      nb: 'Varierer. Kildene våre gir ikke et tall.',
      en: 'Varies. Our sources give no figure.',
    },
    flexibility: { partTime: null, evening: null, parallel: true },
    fundedBy: {
      nb: 'Staten behandler søknaden. Spør myndigheten om det koster noe.',
      en: 'The state processes the application. Ask the authority whether there is a fee.',
    },
    livingCosts: [],
    combinesWith: ['kompletterende-utdanning', 'norskopplaering-uten-rett', 'norsk-og-samfunnskunnskap'],
    nextSteps: ['arbeidsplassen-jobbsok', 'mentor-og-traineeordning'],
    links: [LINK_HELSEDIREKTORATET],
    linksReviewed: true,
    sources: [
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 5.2 Ekspertintervjuer og brukerpanel',
        'hvilke yrker som krever spesiell autorisasjon for å kunne utøves i Norge (i tilfeller der utdanningen er tatt i utlandet, for eksempel for sykepleiere og elektrikere)',
      ),
      law(HELSEPERSONELLOVEN, '§ 48 a'),
    ],
    effectiveFrom: SEED_003_DATE,
    lastReviewed: LAST_REVIEWED,
    review: {
      needed: true,
      note: {
        nb: 'At Helsedirektoratet behandler søknader fra helsepersonell, paragrafen i helsepersonelloven, og hvilke krav som stilles (for eksempel til norsk), er ikke fra seed-kildene. Sjekk også hvem som godkjenner elektrikere.',
        en: 'That the Directorate of Health processes applications from health personnel, the paragraph in the Health Personnel Act, and which requirements apply (for example Norwegian), are not from the seeds. Also check who approves electricians.',
      },
    },
  },
  {
    id: 'hoyere-utdanning',
    lane: 'work-and-education',
    title: { nb: 'Høyere utdanning', en: 'Higher education' },
    summary: {
      nb: 'Studier ved universitet eller høgskole. For å komme inn trenger du studiekompetanse og norsk på nivå B2. Kravet om B2 overrasker mange, så det er lurt å planlegge norskopplæringen tidlig.',
      en: 'Studies at a university or university college. To be admitted you need general admission qualifications and Norwegian at level B2. The B2 requirement surprises many, so it is wise to plan Norwegian training early.',
    },
    forWhom: {
      nb: 'Personer med studiekompetanse fra Norge, eller utdanning fra utlandet som gir studiekompetanse.',
      en: 'People with admission qualifications from Norway, or education from abroad that qualifies for admission.',
    },
    requirements: {
      text: {
        nb: 'Studiekompetanse og norsk på nivå B2 for opptak: Norskprøven med B2 på alle fire delprøvene (lytting, lesing, skriftlig og muntlig), eller en annen godkjent prøve. Noen studier har flere krav.',
        en: 'Study competence and Norwegian at level B2 for admission: the Norwegian test with B2 in all four parts (listening, reading, writing and speaking), or another approved test. Some programmes have further requirements.',
      },
      norwegianLevel: 'B2',
    },
    responsible: ['state-agency'],
    legalBasis: [{ law: UH_LOVEN, paragraph: `opptak og forskrift om opptak til høyere utdanning` }],
    content: {
      nb: 'Bachelor, master og andre studier. Du søker ofte gjennom Samordna opptak. NAV kan i noen tilfeller gi høyere utdanning som tiltak for personer med nedsatt arbeidsevne.',
      en: 'Bachelor’s, master’s and other programmes. You often apply through Samordna opptak. In some cases NAV can provide higher education as a measure for people with reduced ability to work.',
    },
    duration: {
      nb: 'Avhenger av studiet. Kildene våre gir ikke et tall.',
      en: 'Depends on the programme. Our sources give no figure.',
    },
    flexibility: { partTime: null, evening: null, parallel: null },
    fundedBy: {
      nb: 'Staten finansierer de offentlige universitetene og høgskolene.',
      en: 'The state funds the public universities and university colleges.',
    },
    livingCosts: ['lanekassen'],
    combinesWith: ['norskopplaering-uten-rett', 'norsktrening-frivillig', 'mentor-og-traineeordning'],
    nextSteps: ['arbeidsplassen-jobbsok', 'autorisasjon-helse', 'mentor-og-traineeordning'],
    links: [LINK_SAMORDNA_OPPTAK, LINK_UTDANNING],
    linksReviewed: true,
    sources: [
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 4.4, fotnote 52',
        'kravet om B2 for opptak til høyere utdanning kommer som en overraskelse på mange, og at kravet burde vært kommunisert bedre',
      ),
      seed(SEED_WORKSHOP_2021, 'lysark «Innhold i karriereveiledningssamtalen»', 'Samordna opptak; opptak til høyere utdanning'),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.2, fotnote 33',
        'høyere utdanning for personer med nedsatt arbeidsevne',
      ),
      WEB_SAMORDNA_NORSKKRAV,
    ],
    effectiveFrom: SEED_003_DATE,
    lastReviewed: CHECKED_AGAINST_LAW,
    review: {
      needed: true,
      note: {
        nb: 'B2 på alle fire delprøvene er sjekket mot samordnaopptak.no 5. desember 2026. En jurist må bekrefte paragrafen i forskrift om opptak til høyere utdanning som kravet bygger på.',
        en: 'B2 in all four parts was checked against samordnaopptak.no on 5 December 2026. A lawyer must confirm the section of the regulation on admission to higher education that the requirement rests on.',
      },
    },
  },
  {
    id: 'fagskole',
    lane: 'work-and-education',
    title: { nb: 'Fagskole (høyere yrkesfaglig utdanning)', en: 'Vocational college (higher vocational education)' },
    summary: {
      nb: 'Yrkesrettet utdanning på nivået over videregående skole. NAV kan i noen tilfeller gi fagskole som et opplæringstiltak.',
      en: 'Vocational education at the level above upper secondary school. In some cases NAV can provide vocational college as a training measure.',
    },
    forWhom: {
      nb: 'Voksne som har fullført videregående opplæring, for eksempel med fagbrev, eller som har tilsvarende kompetanse.',
      en: 'Adults who have completed upper secondary education, for example with a trade certificate, or who have equivalent skills.',
    },
    requirements: {
      text: {
        nb: 'Opptakskravene varierer mellom utdanningene. Sjekk hos fagskolen.',
        en: 'Admission requirements vary between programmes. Check with the college.',
      },
    },
    responsible: ['county', 'nav'],
    legalBasis: [{ law: FAGSKOLELOVEN, paragraph: `opptak og finansiering` }],
    content: {
      nb: 'Praktisk rettet utdanning for et bestemt yrke eller en bransje.',
      en: 'Practical education for a particular occupation or industry.',
    },
    duration: {
      nb: 'Varierer med utdanningen. Kildene våre gir ikke et tall.',
      en: 'Varies with the programme. Our sources give no figure.',
    },
    flexibility: { partTime: null, evening: null, parallel: null },
    fundedBy: {
      nb: 'Det offentlige finansierer fagskolene; kildene våre sier ikke mer. NAV kan betale når fagskolen er et tiltak.',
      en: 'The public sector funds vocational colleges; our sources say no more. NAV can pay when the college is a measure.',
    },
    livingCosts: ['lanekassen', 'tiltakspenger'],
    combinesWith: ['norskopplaering-uten-rett'],
    nextSteps: ['arbeidsplassen-jobbsok'],
    links: [LINK_UTDANNING],
    linksReviewed: true,
    sources: [
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.2, fotnote 33',
        'I tillegg tilbyr NAV fag- og yrkesrettet opplæring på videregående nivå eller høyere yrkesfaglig utdanning (fagskole)',
      ),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.3 Formell opplæring, Samarbeid og samordning',
        'I tillegg kan NAV gi støtte til formelle opplæringstiltak, for eksempel fag- og yrkesopplæring, høyere yrkesfaglig utdanning, eller høyere utdanning for deltakere med nedsatt arbeidsevne.',
      ),
      law(FAGSKOLELOVEN, 'opptak og finansiering'),
    ],
    effectiveFrom: SEED_003_DATE,
    lastReviewed: LAST_REVIEWED,
    review: {
      needed: true,
      note: {
        nb: 'Seed-kildene nevner fagskole bare som et NAV-tiltak. Målgruppe, opptakskrav, fylkeskommunens ansvar og lovparagraf må sjekkes mot fagskoleloven og utdanning.no.',
        en: 'The seeds mention vocational college only as a NAV measure. Target group, admission requirements, the county’s role and the legal paragraph must be checked against the Vocational Education Act and utdanning.no.',
      },
    },
  },
];
