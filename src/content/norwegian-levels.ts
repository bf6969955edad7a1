/**
 * Norwegian levels A1–C1 (the Common European Framework of Reference, CEFR) in plain language,
 * and which offers and goals ask for which level.
 *
 * Practitioners asked for exactly this: "en beskrivelse av hva som kjennetegner de ulike
 * norskspråklige nivåene (A1 til C1)" in clear language, and the level each measure, education and
 * permit requires (seed 003, kap. 7.3). The descriptions paraphrase the CEFR global scale.
 */
import type { Goal, LevelRequirement, NorwegianLevel } from './model.ts';
import {
  SEED_MULIGHETSKART_2021,
  SEED_WORKSHOP_2021,
  STATSBORGERLOVEN,
  UTLENDINGSLOVEN,
  WEB_CEFR,
  WEB_STATSBORGER_B1,
  WEB_UDI_PERMANENT_A1,
  law,
  seed,
  web,
} from './sources.ts';

const LEVELS_WANTED = seed(
  SEED_MULIGHETSKART_2021,
  'kap. 7.3 Informasjon om norskopplæring som ønskes inkludert i veilederen',
  'mange av respondentene ønsker en beskrivelse av hva som kjennetegner de ulike norskspråklige nivåene (A1 til C1)',
);

export const norwegianLevelList: NorwegianLevel[] = [
  {
    level: 'A1',
    title: { nb: 'A1 – nybegynner', en: 'A1 – beginner' },
    description: {
      nb: 'Du forstår og bruker vanlige ord og veldig enkle setninger. Du kan si hvem du er og svare på enkle spørsmål om deg selv, hvis den andre snakker sakte og tydelig og vil hjelpe deg.',
      en: 'You understand and use familiar words and very simple sentences. You can say who you are and answer simple questions about yourself, if the other person speaks slowly and clearly and is willing to help.',
    },
    sources: [WEB_CEFR, LEVELS_WANTED],
  },
  {
    level: 'A2',
    title: { nb: 'A2 – grunnleggende', en: 'A2 – elementary' },
    description: {
      nb: 'Du forstår setninger og vanlige uttrykk om ting som er viktige i hverdagen, som familie, handling, jobb og nærmiljø. Du klarer enkle samtaler om kjente ting og kan fortelle kort om deg selv.',
      en: 'You understand sentences and common expressions about things that matter in everyday life, such as family, shopping, work and the local area. You can manage simple conversations about familiar things and say a little about yourself.',
    },
    sources: [WEB_CEFR, LEVELS_WANTED],
  },
  {
    level: 'B1',
    title: { nb: 'B1 – selvstendig (lavere nivå)', en: 'B1 – independent (lower level)' },
    description: {
      nb: 'Du forstår det viktigste når noen snakker tydelig om kjente ting på jobb, skole og fritid. Du klarer deg i de fleste situasjoner i hverdagen. Du kan fortelle om opplevelser og planer og kort forklare hva du mener.',
      en: 'You understand the main points when people speak clearly about familiar things at work, school and in your free time. You can manage most everyday situations. You can talk about experiences and plans and briefly explain your opinions.',
    },
    sources: [WEB_CEFR, LEVELS_WANTED],
  },
  {
    level: 'B2',
    title: { nb: 'B2 – selvstendig (høyere nivå)', en: 'B2 – independent (upper level)' },
    description: {
      nb: 'Du forstår hovedinnholdet i mer krevende tekster, også om fag du kjenner. Du kan snakke ganske flytende og naturlig med nordmenn. Du kan skrive tydelige tekster og forklare og begrunne meningene dine.',
      en: 'You understand the main content of more demanding texts, including about subjects you know. You can speak fairly fluently and naturally with Norwegians. You can write clear texts and explain and give reasons for your views.',
    },
    sources: [WEB_CEFR, LEVELS_WANTED],
  },
  {
    level: 'C1',
    title: { nb: 'C1 – avansert', en: 'C1 – advanced' },
    description: {
      nb: 'Du forstår lange og vanskelige tekster og merker det som ikke blir sagt rett ut. Du snakker flytende uten å lete mye etter ord. Du bruker norsk fleksibelt på jobb, i studier og i samfunnslivet.',
      en: 'You understand long and difficult texts and notice what is not said directly. You speak fluently without searching much for words. You use Norwegian flexibly at work, in studies and in public life.',
    },
    sources: [WEB_CEFR, LEVELS_WANTED],
  },
];

export const goalList: Goal[] = [
  { id: 'permanent-residence', title: { nb: 'Permanent oppholdstillatelse', en: 'Permanent residence permit' } },
  { id: 'citizenship', title: { nb: 'Norsk statsborgerskap', en: 'Norwegian citizenship' } },
  { id: 'many-nav-courses', title: { nb: 'Mange kurs og tilbud hos NAV', en: 'Many NAV courses and measures' } },
];

export const levelRequirementList: LevelRequirement[] = [
  {
    appliesTo: { kind: 'offer', offerId: 'hoyere-utdanning' },
    level: 'B2',
    strength: 'required',
    skill: 'overall',
    note: {
      nb: 'B2 er kravet for opptak til høyere utdanning. Kravet kommer som en overraskelse på mange.',
      en: 'B2 is the requirement for admission to higher education. The requirement comes as a surprise to many.',
    },
    sources: [
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 4.4, fotnote 52',
        'kravet om B2 for opptak til høyere utdanning kommer som en overraskelse på mange, og at kravet burde vært kommunisert bedre',
      ),
    ],
    effectiveFrom: '2021-04-01',
    review: {
      needed: true,
      note: {
        nb: 'Sjekk i forskrift om opptak til høyere utdanning om kravet gjelder både muntlig og skriftlig, og hvilke prøver som godtas.',
        en: 'Check in the regulations on admission to higher education whether the requirement covers both oral and written skills, and which tests are accepted.',
      },
    },
  },
  {
    appliesTo: { kind: 'offer', offerId: 'amo-kurs' },
    level: 'A2',
    strength: 'often-required',
    skill: 'overall',
    note: {
      nb: 'Mange AMO-kurs har krav om A2. Kravet settes av NAV lokalt eller av kursene, ikke av loven.',
      en: 'Many AMO courses require A2. The requirement is set locally by NAV or by the courses, not by law.',
    },
    sources: [seed(SEED_MULIGHETSKART_2021, 'kap. 6.2, Mangelfull tilgang på tilbud', 'Flere erfarer at AMO-kurs ofte har krav om nivå A2 i norsk')],
    effectiveFrom: '2021-04-01',
  },
  {
    appliesTo: { kind: 'goal', goalId: 'many-nav-courses' },
    level: 'A2',
    strength: 'often-required',
    skill: 'overall',
    note: {
      nb: 'NAV stiller mange steder krav om A2 for å delta i tilbudene sine. Svært mange når ikke dette nivået, og trenger da andre veier.',
      en: 'In many places NAV requires A2 to take part in its measures. Very many do not reach this level and then need other routes.',
    },
    sources: [
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 6.2, Mangelfull tilpasning av tilbud',
        'En del respondenter beskriver at NAV lokalt stiller krav til nivå A2 i norsk for å kunne delta i tilgjengelige tilbud, men at svært mange ikke klarer å nå dette nivået.',
      ),
    ],
    effectiveFrom: '2021-04-01',
  },
  {
    appliesTo: { kind: 'offer', offerId: 'videregaende-for-voksne' },
    level: 'B1',
    strength: 'recommended',
    skill: 'overall',
    note: {
      nb: 'Et råd fra karriereveiledere, ikke et krav: B1 gjør det lettere å klare videregående opplæring, for eksempel på vei mot fagbrev.',
      en: 'Advice from career counsellors, not a requirement: B1 makes it easier to manage upper secondary education, for example on the way to a trade certificate.',
    },
    sources: [
      seed(
        SEED_WORKSHOP_2021,
        'lysark «Karriereveileders notat; Eksempel»',
        'hen bør opp på B1 nivå for å kunne klare ev videregående opplæring i forbindelse med et fremtidig fagbrev',
      ),
    ],
    effectiveFrom: '2021-04-01',
  },
  {
    appliesTo: { kind: 'offer', offerId: 'fagbrev-larling' },
    level: 'B1',
    strength: 'recommended',
    skill: 'overall',
    note: {
      nb: 'Et råd fra karriereveiledere, ikke et krav. Svake norskferdigheter er en hovedgrunn til at voksne ikke fullfører fagopplæring eller ikke får læreplass.',
      en: 'Advice from career counsellors, not a requirement. Weak Norwegian is a main reason why adults do not complete vocational training or do not get an apprenticeship.',
    },
    sources: [
      seed(
        SEED_WORKSHOP_2021,
        'lysark «Karriereveileders notat; Eksempel»',
        'hen bør opp på B1 nivå for å kunne klare ev videregående opplæring i forbindelse med et fremtidig fagbrev',
      ),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.3 Formell opplæring, Fag- og yrkesopplæring',
        'Om de kommer gjennom skoleopplæringen, kan språket fortsatt være en barriere for å få læreplass',
      ),
    ],
    effectiveFrom: '2021-04-01',
  },
  {
    appliesTo: { kind: 'goal', goalId: 'permanent-residence' },
    level: 'A1',
    strength: 'required',
    skill: 'oral',
    note: {
      nb: 'Bestått prøve i norsk muntlig på minst A1 for dem mellom 16 og 55 år (med unntak). Kravet er senere hevet; se neste regel.',
      en: 'A passed oral Norwegian test at A1 or above for people aged 16 to 55 (with exceptions). The requirement has since been raised; see the next rule.',
    },
    sources: [WEB_UDI_PERMANENT_A1, law(UTLENDINGSLOVEN, '§ 62 (permanent oppholdstillatelse)')],
    effectiveFrom: '2016-12-17',
    effectiveUntil: '2025-09-01',
    review: {
      needed: true,
      note: {
        nb: 'Ikke i seed-kildene. Kravet er hentet fra UDIs nettside. Sjekk datoene og aldersgrensene mot utlendingsloven og utlendingsforskriften.',
        en: 'Not in the seeds. The requirement is taken from UDI’s website. Check the dates and age limits against the Immigration Act and Immigration Regulations.',
      },
    },
  },
  {
    appliesTo: { kind: 'goal', goalId: 'permanent-residence' },
    level: 'A2',
    strength: 'required',
    skill: 'oral',
    note: {
      nb: 'En språkskole oppgir at kravet ble hevet fra A1 til A2 fra 1. september 2025. Dette er ikke bekreftet fra en offentlig kilde.',
      en: 'A language school states that the requirement was raised from A1 to A2 from 1 September 2025. This has not been confirmed by a public source.',
    },
    sources: [
      web(
        'NLS Norwegian: Veien til permanent opphold i Norge – språkkravene (A1 til A2 fra 1. september 2025)',
        'https://nlsnorwegian.no/no/veien-til-permanent-opphold-i-norge-en-trinnvis-guide-til-sprakkravene',
      ),
    ],
    effectiveFrom: '2025-09-01',
    review: {
      needed: true,
      note: {
        nb: 'Bare en privat kilde. Må bekreftes mot UDI og utlendingsforskriften før den brukes: nivå, dato, om det gjelder muntlig eller også skriftlig, og hvem som er unntatt.',
        en: 'Only a private source. Must be confirmed against UDI and the Immigration Regulations before use: level, date, whether it is oral only or also written, and who is exempt.',
      },
    },
  },
  {
    appliesTo: { kind: 'goal', goalId: 'citizenship' },
    level: 'B1',
    strength: 'required',
    skill: 'oral',
    note: {
      nb: 'Søkere mellom 18 og 67 år må ha bestått prøve i norsk muntlig på minst B1, i tillegg til statsborgerprøven. Noen grupper kan få unntak eller et lavere krav (A2).',
      en: 'Applicants aged 18 to 67 must have passed an oral Norwegian test at B1 or above, as well as the citizenship test. Some groups can be exempted or have a lower requirement (A2).',
    },
    sources: [WEB_STATSBORGER_B1, law(STATSBORGERLOVEN, '§ 8')],
    effectiveFrom: '2022-10-01',
    review: {
      needed: true,
      note: {
        nb: 'Ikke i seed-kildene, og DOMAIN.md ber om at kravene for permanent opphold og statsborgerskap sjekkes. Sjekk gjeldende krav og unntak hos UDI.',
        en: 'Not in the seeds, and DOMAIN.md asks for the requirements for permanent residence and citizenship to be verified. Check the current requirement and exemptions with UDI.',
      },
    },
  },
];
