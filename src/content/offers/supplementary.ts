/** Lane `supplementary`: offers that run alongside the others – courses in the programme, the voluntary sector, job search. */
import type { Localized, Offer } from '../model.ts';
import {
  INTEGRERINGSLOVEN,
  INTEGRERINGSLOVEN_IN_FORCE,
  INTEGRERINGSLOVEN_URL,
  LAST_REVIEWED,
  LINK_ARBEIDSPLASSEN,
  LINK_IMDI,
  LINK_INTRO_FAGRESSURS,
  LINK_RODE_KORS,
  SEED_003_DATE,
  SEED_FAFO_2024,
  SEED_KARRIERE_KUNNSKAP,
  SEED_MULIGHETSKART_2021,
  SEED_PROBA_2025,
  WEB_STATSFORVALTEREN_INTRO,
  law,
  seed,
} from '../sources.ts';

const VOLUNTARY_NO_LEGAL_BASIS: Localized = {
  nb: 'Et frivillig tilbud. Ingen lov gir rett til det, og det trengs ingen søknad eller vedtak.',
  en: 'A voluntary activity. No act gives a right to it, and no application or decision is needed.',
};

const VOLUNTARY_EXAMPLES_QUOTE = seed(
  SEED_MULIGHETSKART_2021,
  'kap. 7.4 Samarbeidsaspekter som ønskes inkludert i veilederen',
  'for eksempel flyktningguider, språkpraksis, leksehjelp, besøksvenn, åpen barnehage, lokale idrettslag samt fritidsaktiviteter for barn, unge og voksne',
);

const SUPPLEMENTARY_MEASURES_QUOTE = seed(
  SEED_MULIGHETSKART_2021,
  'kap. 4.4, Et særlig behov for informasjon om muligheter for norskopplæring',
  'Tiltak som språkkafe, leksehjelp, mentorordninger, Røde Kors flyktningeguider eller idretten, er eksempler på supplerende tiltak hvor man kan møtes for å praktiskere norsk og bidra til å bygge sosiale nettverk.',
);

export const supplementaryOffers: Offer[] = [
  {
    id: 'livsmestring-i-nytt-land',
    lane: 'supplementary',
    title: { nb: 'Livsmestring i et nytt land', en: 'Coping with life in a new country' },
    summary: {
      nb: 'Et kurs som alle med rett og plikt til introduksjonsprogram skal ha. Kurset skal styrke motivasjon og mestring, og gi kunnskap om arbeid og utdanning i Norge.',
      en: 'A course that everyone with a right and duty to the introduction programme must take. It aims to strengthen motivation and coping, and to give knowledge about work and education in Norway.',
    },
    forWhom: {
      nb: 'Deltakere med rett og plikt til introduksjonsprogram.',
      en: 'Participants with a right and duty to the introduction programme.',
    },
    requirements: {
      text: { nb: 'Deltakelse i introduksjonsprogrammet.', en: 'Taking part in the introduction programme.' },
      norwegianLevel: null,
    },
    responsible: ['municipality'],
    legalBasis: [{ law: INTEGRERINGSLOVEN, paragraph: '§ 14 a (innholdet i introduksjonsprogrammet)', url: INTEGRERINGSLOVEN_URL }],
    content: {
      nb: 'Kurset er på 25 timer. Minst 15 timer handler om karrierekompetanse: å kjenne egen kompetanse, verdier og interesser og å kjenne mulighetene i utdanning og arbeidsliv. IMDi anbefaler at den delen holdes av noen med kompetanse i karriereveiledning. Noen steder bidrar karrieresenteret.',
      en: 'The course is 25 hours. At least 15 hours are about career competence: knowing your own skills, values and interests, and knowing the options in education and working life. IMDi recommends that this part is taught by someone with career guidance skills. In some places the career centre contributes.',
    },
    duration: { nb: '25 timer.', en: '25 hours.' },
    flexibility: { partTime: true, evening: null, parallel: true },
    fundedBy: {
      nb: 'Kommunen, som får dekket utgiftene gjennom integreringstilskuddet fra staten.',
      en: 'The municipality, whose costs are covered through the state’s integration grant.',
    },
    livingCosts: ['introduksjonsstonad'],
    combinesWith: ['introduksjonsprogram', 'karriereveiledning-integreringsloven', 'norsk-og-samfunnskunnskap'],
    nextSteps: ['karriereveiledning-karrieresenter'],
    links: [LINK_INTRO_FAGRESSURS],
    linksReviewed: true,
    sources: [
      seed(
        SEED_PROBA_2025,
        'kap. 3.3 Samarbeid på overordnet nivå, «Samarbeid om livsmestringskurset?»',
        'Det er obligatorisk med 25 timer livsmestringskurs for deltakere med rett og plikt til introduksjonsprogram. Minimum 15 timer skal bestå av temaområdet «karrierekompetanse».',
      ),
      seed(
        SEED_PROBA_2025,
        'kap. 3.3 Samarbeid på overordnet nivå, «Samarbeid om livsmestringskurset?»',
        'IMDi anbefaler at personer med karriereveiledningskompetanse eller personer som har annen relevant kompetanse har ansvar for å gjennomføre temaområdet.',
      ),
      seed(
        SEED_PROBA_2025,
        'kap. 3.3 Samarbeid på overordnet nivå, «Samarbeid om livsmestringskurset?»',
        'Det er kommunene som har ansvar for livsmestringskursene og som får dekket utgiftene til gjennomføringen av disse kursene gjennom det statlige integreringstilskuddet til kommunene.',
      ),
      seed(
        SEED_KARRIERE_KUNNSKAP,
        'kap. 7 Karriereveiledning gjennom introduksjonsprogrammet',
        'hvor hensikten er å styrke deltakernes motivasjon og mestringsfølelse',
      ),
      seed(
        SEED_KARRIERE_KUNNSKAP,
        'kap. 7 Karriereveiledning gjennom introduksjonsprogrammet',
        'skal gi deltakerne innsikt i egen kompetanse, verdier og interesser, og kunnskap om muligheter og begrensninger i det norske utdannings-, arbeids- og samfunnslivet',
      ),
      seed(
        SEED_FAFO_2024,
        'Innledning',
        'Ansvaret for å tilby dette kurset ligger hos kommunen, ikke hos de fylkeskommunale karrieresentrene.',
      ),
      law(INTEGRERINGSLOVEN, '§ 14 a'),
      WEB_STATSFORVALTEREN_INTRO,
    ],
    effectiveFrom: INTEGRERINGSLOVEN_IN_FORCE,
    lastReviewed: LAST_REVIEWED,
  },
  {
    id: 'frivillige-organisasjoner',
    lane: 'supplementary',
    title: { nb: 'Frivillige organisasjoner og møteplasser', en: 'Voluntary organisations and meeting places' },
    summary: {
      nb: 'Frivillige lag og organisasjoner har møteplasser, aktiviteter og nettverk. Det kan hjelpe deg å øve på norsk, bli kjent med folk og høre om jobber. Tilbudene varierer fra sted til sted.',
      en: 'Voluntary groups and organisations offer meeting places, activities and networks. They can help you practise Norwegian, get to know people and hear about jobs. What is on offer varies from place to place.',
    },
    forWhom: { nb: 'Alle.', en: 'Everyone.' },
    requirements: {
      text: { nb: 'Ingen krav.', en: 'No requirements.' },
      norwegianLevel: null,
    },
    responsible: ['voluntary-sector'],
    legalBasis: [],
    noLegalBasisReason: VOLUNTARY_NO_LEGAL_BASIS,
    content: {
      nb: 'For eksempel Røde Kors, Redd Barna, Caritas, frivillighetssentraler og idrettslag. Aktivitetene kan være flyktningguide, leksehjelp, besøksvenn, åpen barnehage og fritidsaktiviteter for barn, unge og voksne. Frivillig arbeid kan også gi et nettverk som hjelper når du søker jobb.',
      en: 'For example the Red Cross, Save the Children, Caritas, volunteer centres and sports clubs. Activities can be refugee guides, homework help, visiting friends, open kindergartens and leisure activities for children, young people and adults. Volunteering can also give you a network that helps when you look for work.',
    },
    duration: { nb: 'Så lenge du vil.', en: 'As long as you like.' },
    flexibility: { partTime: true, evening: null, parallel: true },
    fundedBy: {
      nb: 'Organisasjonene selv. Mange tilbud er gratis.',
      en: 'The organisations themselves. Many activities are free.',
    },
    livingCosts: [],
    combinesWith: ['introduksjonsprogram', 'norsk-og-samfunnskunnskap', 'norsktrening-frivillig', 'flyktningguide', 'leksehjelp'],
    nextSteps: ['arbeidsplassen-jobbsok'],
    links: [LINK_IMDI],
    linksReviewed: true,
    sources: [
      VOLUNTARY_EXAMPLES_QUOTE,
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 7.4 Samarbeidsaspekter som ønskes inkludert i veilederen',
        'som Røde Kors, Redd Barna, Caritas og frivillighetssentraler',
      ),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 7.4 Samarbeidsaspekter som ønskes inkludert i veilederen',
        'NAV-ansatte viser også til betydningen av at innvandrere kan bygge nettverk gjennom deltakelse i frivillig arbeid, som kan bygge opp under kvalifisering og arbeidsdeltakelse.',
      ),
      SUPPLEMENTARY_MEASURES_QUOTE,
    ],
    effectiveFrom: SEED_003_DATE,
    lastReviewed: LAST_REVIEWED,
  },
  {
    id: 'flyktningguide',
    lane: 'supplementary',
    title: { nb: 'Flyktningguide (Røde Kors)', en: 'Refugee guide (Red Cross)' },
    summary: {
      nb: 'En frivillig guide fra Røde Kors som du møter og gjør ting sammen med. Det gir deg nettverk og en sjanse til å øve på norsk. Tilbudet finnes ikke overalt.',
      en: 'A volunteer guide from the Red Cross whom you meet and do things with. It gives you a network and a chance to practise Norwegian. It is not available everywhere.',
    },
    forWhom: {
      nb: 'Flyktninger der Røde Kors har tilbudet.',
      en: 'Refugees where the Red Cross runs the activity.',
    },
    requirements: {
      text: { nb: 'Ingen krav. Spør Røde Kors lokalt.', en: 'No requirements. Ask the local Red Cross.' },
      norwegianLevel: null,
    },
    responsible: ['voluntary-sector'],
    legalBasis: [],
    noLegalBasisReason: VOLUNTARY_NO_LEGAL_BASIS,
    content: {
      nb: 'Du og guiden møtes og gjør ting sammen. Målet er å bygge nettverk og øve på norsk.',
      en: 'You and the guide meet and do things together. The aim is to build a network and practise Norwegian.',
    },
    duration: {
      nb: 'Kildene våre gir ikke et tall.',
      en: 'Our sources give no figure.',
    },
    flexibility: { partTime: true, evening: null, parallel: true },
    fundedBy: { nb: 'Røde Kors, med frivillige.', en: 'The Red Cross, with volunteers.' },
    livingCosts: [],
    combinesWith: ['introduksjonsprogram', 'norsk-og-samfunnskunnskap', 'norsktrening-frivillig'],
    nextSteps: [],
    links: [LINK_RODE_KORS],
    linksReviewed: true,
    sources: [SUPPLEMENTARY_MEASURES_QUOTE, VOLUNTARY_EXAMPLES_QUOTE],
    effectiveFrom: SEED_003_DATE,
    lastReviewed: LAST_REVIEWED,
  },
  {
    id: 'leksehjelp',
    lane: 'supplementary',
    title: { nb: 'Leksehjelp', en: 'Homework help' },
    summary: {
      nb: 'Frivillige hjelper med lekser og skolearbeid. Det kan være nyttig for voksne som tar grunnskole eller videregående, og for barna deres. Spør hvem det lokale tilbudet er for.',
      en: 'Volunteers help with homework and schoolwork. It can be useful for adults taking primary or upper secondary education, and for their children. Ask who the local activity is for.',
    },
    forWhom: {
      nb: 'Elever. Sjekk om det lokale tilbudet også tar imot voksne.',
      en: 'Pupils and students. Check whether the local activity also welcomes adults.',
    },
    requirements: {
      text: { nb: 'Ingen krav.', en: 'No requirements.' },
      norwegianLevel: null,
    },
    responsible: ['voluntary-sector'],
    legalBasis: [],
    noLegalBasisReason: VOLUNTARY_NO_LEGAL_BASIS,
    content: {
      nb: 'Hjelp med lekser og skolearbeid fra frivillige. Det er også en møteplass der du kan øve på norsk.',
      en: 'Help with homework and schoolwork from volunteers. It is also a meeting place where you can practise Norwegian.',
    },
    duration: { nb: 'Så lenge du trenger det.', en: 'As long as you need it.' },
    flexibility: { partTime: true, evening: null, parallel: true },
    fundedBy: { nb: 'Frivillige organisasjoner.', en: 'Voluntary organisations.' },
    livingCosts: [],
    combinesWith: ['grunnskole-for-voksne', 'forberedende-voksenopplaering', 'videregaende-for-voksne'],
    nextSteps: [],
    links: [LINK_IMDI],
    linksReviewed: true,
    sources: [SUPPLEMENTARY_MEASURES_QUOTE, VOLUNTARY_EXAMPLES_QUOTE],
    effectiveFrom: SEED_003_DATE,
    lastReviewed: LAST_REVIEWED,
    review: {
      needed: true,
      note: {
        nb: 'Seed-kildene nevner leksehjelp som et frivillig tilbud, men ikke om det er for voksne. Sjekk dette før det anbefales til voksne deltakere.',
        en: 'The seeds mention homework help as a voluntary activity, but not whether it is for adults. Check this before recommending it to adult participants.',
      },
    },
  },
  {
    id: 'arbeidsplassen-jobbsok',
    lane: 'supplementary',
    title: { nb: 'Jobbsøking på arbeidsplassen.no og gjennom nettverk', en: 'Job search on arbeidsplassen.no and through networks' },
    summary: {
      nb: 'Arbeidsplassen.no er NAVs nettsted for ledige stillinger og CV. Mange jobber blir ikke lyst ut på slike nettsteder, så nettverket ditt er også viktig.',
      en: 'Arbeidsplassen.no is NAV’s website for job vacancies and CVs. Many jobs are not advertised on such websites, so your network matters too.',
    },
    forWhom: { nb: 'Alle som søker jobb.', en: 'Everyone looking for work.' },
    requirements: {
      text: { nb: 'Ingen krav for å bruke nettstedet.', en: 'No requirements to use the website.' },
      norwegianLevel: null,
    },
    responsible: ['nav'],
    legalBasis: [],
    noLegalBasisReason: {
      nb: 'Et åpent nettsted og en måte å søke jobb på. Det er ingen rettighet, søknad eller vedtak knyttet til det.',
      en: 'An open website and a way of looking for work. No right, application or decision is attached to it.',
    },
    content: {
      nb: 'Søk på ledige stillinger og lag en CV. Bruk også nettverket ditt: venner, frivillig arbeid, praksisplasser og mentorer. Mange jobbåpninger går ikke gjennom arbeidsplassen.no eller finn.no.',
      en: 'Search job vacancies and make a CV. Also use your network: friends, volunteering, placements and mentors. Many job openings do not go through arbeidsplassen.no or finn.no.',
    },
    duration: { nb: 'Så lenge du søker jobb.', en: 'As long as you are looking for work.' },
    flexibility: { partTime: null, evening: null, parallel: true },
    fundedBy: { nb: 'NAV driver nettstedet.', en: 'NAV runs the website.' },
    livingCosts: [],
    combinesWith: ['norsk-og-samfunnskunnskap', 'frivillige-organisasjoner', 'mentor-og-traineeordning', 'karriereveiledning-karrieresenter'],
    nextSteps: ['lonnstilskudd', 'fagbrev-pa-jobb'],
    links: [LINK_ARBEIDSPLASSEN],
    linksReviewed: true,
    sources: [
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 4.4, Et særlig behov for informasjon om muligheter for norskopplæring',
        'mange arbeidssøkere savner et nettverk som kan bistå i jobbsøkerprosessen',
      ),
      seed(SEED_MULIGHETSKART_2021, 'kap. 4.4, Et særlig behov for informasjon om muligheter for norskopplæring', 'arbeidsplassen.no eller finn.no'),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 4.4, Et særlig behov for informasjon om muligheter for norskopplæring',
        'vil man også kunne gi en oversikt over de ulike arenaene hvor jobbmuligheter dukker opp – inkludert gjennom sosiale nettverk.',
      ),
    ],
    effectiveFrom: SEED_003_DATE,
    lastReviewed: LAST_REVIEWED,
  },
];
