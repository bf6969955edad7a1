/** Lane `language`: Norwegian and social studies, Norwegian practice and the Norwegian test. */
import type { Offer } from '../model.ts';
import {
  INTEGRERINGSLOVEN,
  INTEGRERINGSLOVEN_IN_FORCE,
  INTEGRERINGSLOVEN_URL,
  LAST_REVIEWED,
  LINK_HKDIR,
  LINK_IMDI,
  LINK_UDI,
  SEED_003_DATE,
  SEED_KARRIERE_KUNNSKAP,
  SEED_MULIGHETSKART_2021,
  STATSBORGERLOVEN,
  STATSBORGERLOVEN_URL,
  WEB_IMDI_VEILEDER_KAP6,
  WEB_INTEGRERINGSLOVEN_TOC,
  WEB_STATSBORGER_B1,
  WEB_UDI_PERMANENT_A1,
  law,
  seed,
} from '../sources.ts';

export const languageOffers: Offer[] = [
  {
    id: 'norsk-og-samfunnskunnskap',
    lane: 'language',
    title: { nb: 'Opplæring i norsk og samfunnskunnskap', en: 'Training in Norwegian and social studies' },
    summary: {
      nb: 'Kommunen gir opplæring i norsk og i samfunnskunnskap. Mange nyankomne har rett og plikt til å delta. Opplæringen kan kombineres med praksis, arbeid eller skole.',
      en: 'The municipality provides training in Norwegian and in social studies. Many newcomers have a right and a duty to take part. The training can be combined with work practice, work or school.',
    },
    forWhom: {
      nb: 'Innvandrere mellom 18 og 67 år med visse typer oppholdstillatelse, for eksempel flyktninger og familiegjenforente. Noen har rett og plikt, andre har bare plikt. Kommunen kan også tilby opplæring til andre.',
      en: 'Immigrants aged 18 to 67 with certain kinds of residence permit, for example refugees and people reunited with family. Some have a right and a duty, others only a duty. The municipality may also offer training to others.',
    },
    requirements: {
      text: {
        nb: 'Det er oppholdstillatelsen og alderen din som avgjør om du har rett, plikt eller begge deler. Du trenger ikke kunne norsk fra før. Retten til gratis opplæring kan bli brukt opp.',
        en: 'Your residence permit and your age decide whether you have a right, a duty or both. You do not need to know any Norwegian beforehand. The right to free training can be used up.',
      },
      norwegianLevel: null,
    },
    responsible: ['municipality', 'county'],
    legalBasis: [
      { law: INTEGRERINGSLOVEN, paragraph: '§§ 26–28 (målgruppe, rett og plikt)', url: INTEGRERINGSLOVEN_URL },
      { law: INTEGRERINGSLOVEN, paragraph: '§ 4 tredje ledd (fylkeskommunen, for deltakere i videregående på fulltid)' },
    ],
    content: {
      nb: 'Undervisning i norsk og i samfunnskunnskap. Opplæringen skal tilpasses den enkeltes bakgrunn og behov. Mange kommuner kombinerer norsk med praksis, arbeid eller annen opplæring.',
      en: 'Teaching in Norwegian and in social studies. The training is to be adapted to each person’s background and needs. Many municipalities combine Norwegian with work practice, work or other training.',
    },
    duration: {
      nb: 'Varierer med behov og med reglene som gjelder for deg. Kildene våre gir ikke et fast antall timer eller måneder.',
      en: 'Varies with your needs and with the rules that apply to you. Our sources give no fixed number of hours or months.',
    },
    flexibility: {
      partTime: true,
      evening: null,
      parallel: true,
      note: {
        nb: 'Opplæringen er ikke et fulltidstilbud i seg selv. Den er ofte en del av introduksjonsprogrammet og kan gå samtidig med praksis eller arbeid.',
        en: 'The training is not a full-time offer in itself. It is often part of the introduction programme and can run at the same time as work practice or work.',
      },
    },
    fundedBy: {
      nb: 'Kommunen har ansvaret. Opplæringen er gratis for dem som har rett til den.',
      en: 'The municipality is responsible. The training is free for those who have a right to it.',
    },
    livingCosts: ['introduksjonsstonad', 'kvalifiseringsstonad', 'okonomisk-sosialhjelp'],
    combinesWith: [
      'introduksjonsprogram',
      'sprakpraksis',
      'arbeidstrening',
      'grunnskole-for-voksne',
      'norsktrening-frivillig',
      'kvalifiseringsprogram',
      'jobbsjansen',
    ],
    nextSteps: ['norskprove', 'grunnskole-for-voksne', 'norskopplaering-uten-rett', 'amo-kurs'],
    links: [LINK_IMDI],
    linksReviewed: true,
    sources: [
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.1 Introduksjonsprogrammet',
        'integreringsloven rett og plikt til deltakelse i norskopplæring og samfunnskunnskap for en større målgruppe, men dette er ikke på samme måte et fulltidstilbud',
      ),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.1 Introduksjonsprogrammet',
        'opplæringen i norsk skulle tilpasses den enkeltes bakgrunn og opplæringsbehov',
      ),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 4.4 Stort behov for informasjon om rettigheter og opplæringsmuligheter',
        'I andre tilfeller har personer brukt opp retten til gratis opplæring',
      ),
      law(INTEGRERINGSLOVEN, '§§ 26–28, § 4 tredje ledd'),
      WEB_IMDI_VEILEDER_KAP6,
    ],
    effectiveFrom: INTEGRERINGSLOVEN_IN_FORCE,
    lastReviewed: LAST_REVIEWED,
    review: {
      needed: true,
      note: {
        nb: 'Aldersgrensen 18–67 år og inndelingen i rett og plikt er hentet fra IMDis juridiske veileder (2021), ikke fra seed-kildene. Integreringsloven er endret flere ganger siden 2021. Sjekk målgruppe, timetall og reglene for når retten faller bort mot gjeldende lov.',
        en: 'The age limits 18–67 and the split into right and duty come from IMDi’s legal guide (2021), not from the seeds. Integreringsloven has been amended several times since 2021. Check the target group, hours and the rules on when the right lapses against the current act.',
      },
    },
  },
  {
    id: 'norskopplaering-uten-rett',
    lane: 'language',
    title: { nb: 'Norskkurs når du ikke har rett til gratis opplæring', en: 'Norwegian courses when you have no right to free training' },
    summary: {
      nb: 'Har du ikke rett til gratis norskopplæring, eller har du brukt opp retten, finnes det andre kurs. Noen er gratis fordi tilbyderen får tilskudd. Andre må du betale selv.',
      en: 'If you have no right to free Norwegian training, or have used up the right, there are other courses. Some are free because the provider receives a grant. Others you pay for yourself.',
    },
    forWhom: {
      nb: 'Innvandrere uten rett til gratis opplæring, for eksempel mange arbeidsinnvandrere, og personer som har brukt opp retten.',
      en: 'Immigrants without a right to free training, for example many labour migrants, and people who have used up the right.',
    },
    requirements: {
      text: {
        nb: 'Kravene avhenger av kurset og tilbyderen. Tilbudet varierer fra sted til sted.',
        en: 'Requirements depend on the course and the provider. What is on offer varies from place to place.',
      },
    },
    responsible: ['municipality', 'state-agency'],
    legalBasis: [{ law: INTEGRERINGSLOVEN, paragraph: '§ 26 siste ledd (kommunen kan tilby opplæring til andre)', url: INTEGRERINGSLOVEN_URL }],
    content: {
      nb: 'Norskkurs hos kommunen eller hos private tilbydere. I 2021 lyste IMDi ut et tilskudd til private tilbydere som gir norskopplæring til dem som har brukt opp eller ikke har rett til opplæring.',
      en: 'Norwegian courses at the municipality or with private providers. In 2021 IMDi announced a grant for private providers that teach Norwegian to people who have used up, or have no, right to training.',
    },
    duration: {
      nb: 'Avhenger av kurset.',
      en: 'Depends on the course.',
    },
    flexibility: {
      partTime: null,
      evening: null,
      parallel: null,
      note: { nb: 'Varierer fra kurs til kurs.', en: 'Varies from course to course.' },
    },
    fundedBy: {
      nb: 'Deltakeren selv, eller et tilskudd til tilbyderen. Mange opplever kursene som dyre.',
      en: 'The participant, or a grant to the provider. Many find the courses expensive.',
    },
    livingCosts: [],
    combinesWith: ['norsktrening-frivillig', 'arbeidsplassen-jobbsok', 'frivillige-organisasjoner'],
    nextSteps: ['norskprove'],
    links: [LINK_IMDI],
    linksReviewed: true,
    sources: [
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.1 Introduksjonsprogrammet, fotnote 14',
        'I 2021 utlyser IMDi en tilskuddsordning for private tilbydere som skal bidra til å supplere kommunenes norskopplæring, rettet mot nettopp innvandrere som har brukt opp eller ikke har rett til opplæring etter introduksjons- eller integreringsloven',
      ),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 4.4, Et særlig behov for informasjon om muligheter for norskopplæring',
        'Mange opplever at kursene er dyre',
      ),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 4.4, Et særlig behov for informasjon om muligheter for norskopplæring',
        'mange av de som ikke har rett til introduksjonsprogram, opplever at de må finne ut av mulighetene for norskopplæring selv',
      ),
      WEB_IMDI_VEILEDER_KAP6,
    ],
    effectiveFrom: SEED_003_DATE,
    lastReviewed: LAST_REVIEWED,
    review: {
      needed: true,
      note: {
        nb: 'Seed-kilden beskriver IMDis tilskuddsordning slik den ble lyst ut i 2021. Sjekk om ordningen finnes i dag, hva den heter og hvem den gjelder.',
        en: 'The seed describes IMDi’s grant scheme as announced in 2021. Check whether the scheme still exists, what it is called and whom it covers.',
      },
    },
  },
  {
    id: 'sprakpraksis',
    lane: 'language',
    title: { nb: 'Språkpraksis', en: 'Language practice at a workplace' },
    summary: {
      nb: 'Du er på en vanlig arbeidsplass for å øve på norsk. Språkpraksis brukes ofte sammen med norskopplæringen, for eksempel i introduksjonsprogrammet. Praksisen er ikke lønnet.',
      en: 'You spend time at an ordinary workplace to practise Norwegian. Language practice is often used together with Norwegian training, for example in the introduction programme. The placement is unpaid.',
    },
    forWhom: {
      nb: 'Brukes mest for deltakere i norskopplæring og introduksjonsprogram.',
      en: 'Used mostly for participants in Norwegian training and the introduction programme.',
    },
    requirements: {
      text: {
        nb: 'Kommunen må finne en arbeidsgiver som tar imot deg. Kildene sier ikke at det er et fast krav til norsknivå.',
        en: 'The municipality has to find an employer who will take you. Our sources do not mention a fixed Norwegian requirement.',
      },
    },
    responsible: ['municipality', 'employer'],
    legalBasis: [{ law: INTEGRERINGSLOVEN, paragraph: '§ 14 a (innholdet i introduksjonsprogrammet)', url: INTEGRERINGSLOVEN_URL }],
    content: {
      nb: 'Praksis på en arbeidsplass, ved siden av undervisningen. Det er viktig at du, arbeidsgiveren og kommunen er enige om hva målet med praksisen er, og at du blir fulgt opp.',
      en: 'A placement at a workplace, alongside classes. It is important that you, the employer and the municipality agree on the purpose of the placement, and that you get follow-up.',
    },
    duration: {
      nb: 'Avtales lokalt. Kildene våre gir ikke et tall.',
      en: 'Agreed locally. Our sources give no figure.',
    },
    flexibility: { partTime: true, evening: null, parallel: true },
    fundedBy: {
      nb: 'Kommunen, som en del av norskopplæringen eller introduksjonsprogrammet. Du får ikke lønn fra arbeidsgiveren.',
      en: 'The municipality, as part of Norwegian training or the introduction programme. You are not paid by the employer.',
    },
    livingCosts: ['introduksjonsstonad', 'kvalifiseringsstonad', 'okonomisk-sosialhjelp'],
    combinesWith: ['norsk-og-samfunnskunnskap', 'introduksjonsprogram', 'norsktrening-frivillig'],
    nextSteps: ['arbeidstrening', 'amo-kurs', 'arbeidsplassen-jobbsok'],
    links: [LINK_IMDI],
    linksReviewed: true,
    sources: [
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.1 Introduksjonsprogrammet, fotnote 15',
        'Språkpraksis og grunnskole er imidlertid hyppigere brukt enn både yrkesrettet opplæring og videregående opplæring',
      ),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.2, Tiltak som benytter ordinært arbeidsliv som kvalifiseringsarena',
        'For en vellykket praksisutplassering, er det viktig å avklare formålet med praksisen for alle parter',
      ),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.2, Tiltak som benytter ordinært arbeidsliv som kvalifiseringsarena',
        'praksisplassen får karakter av tvungent gratisarbeid',
      ),
      law(INTEGRERINGSLOVEN, '§ 14 a'),
    ],
    effectiveFrom: SEED_003_DATE,
    lastReviewed: LAST_REVIEWED,
    review: {
      needed: true,
      note: {
        nb: 'Språkpraksis er ikke nevnt med eget navn i lovteksten vi har sett. At den hører inn under § 14 a, er vår tolkning. At praksisen er ulønnet, bygger på seed-kildens omtale av praksisplasser generelt. Sjekk også om språkpraksis brukes utenfor introduksjonsprogrammet, for eksempel av NAV.',
        en: 'Language practice is not named in the text of the act we have seen. Placing it under § 14 a is our reading. That the placement is unpaid rests on the seed’s description of work placements in general. Also check whether language practice is used outside the introduction programme, for example by NAV.',
      },
    },
  },
  {
    id: 'norsktrening-frivillig',
    lane: 'language',
    title: { nb: 'Norsktrening hos frivillige', en: 'Norwegian practice with volunteers' },
    summary: {
      nb: 'Frivillige organisasjoner har tilbud der du kan øve på norsk, for eksempel språkkafé. Mange tilbud er gratis. Her kan du også bli kjent med folk.',
      en: 'Voluntary organisations run activities where you can practise Norwegian, for example a language café. Many are free. You can also get to know people there.',
    },
    forWhom: {
      nb: 'Alle som vil øve på norsk, uansett om de har rett til opplæring eller ikke.',
      en: 'Anyone who wants to practise Norwegian, whether or not they have a right to training.',
    },
    requirements: {
      text: {
        nb: 'Ingen krav. Tilbudene finnes ikke overalt, og mange kjenner ikke til dem.',
        en: 'No requirements. The activities do not exist everywhere, and many people do not know about them.',
      },
      norwegianLevel: null,
    },
    responsible: ['voluntary-sector'],
    legalBasis: [],
    noLegalBasisReason: {
      nb: 'Et frivillig tilbud. Ingen lov gir rett til det, og det trengs ingen søknad eller vedtak.',
      en: 'A voluntary activity. No act gives a right to it, and no application or decision is needed.',
    },
    content: {
      nb: 'Språkkafé, samtalegrupper og andre møteplasser der du snakker norsk med frivillige. Det kan også gi et nettverk.',
      en: 'Language cafés, conversation groups and other meeting places where you speak Norwegian with volunteers. It can also give you a network.',
    },
    duration: { nb: 'Så lenge du vil.', en: 'As long as you like.' },
    flexibility: { partTime: true, evening: null, parallel: true },
    fundedBy: {
      nb: 'Frivillige organisasjoner. Mange tilbud er gratis for deltakeren.',
      en: 'Voluntary organisations. Many activities are free for the participant.',
    },
    livingCosts: [],
    combinesWith: ['norsk-og-samfunnskunnskap', 'introduksjonsprogram', 'norskopplaering-uten-rett', 'frivillige-organisasjoner'],
    nextSteps: ['norskprove'],
    links: [LINK_IMDI],
    linksReviewed: true,
    sources: [
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 4.4, Et særlig behov for informasjon om muligheter for norskopplæring',
        'Tiltak som språkkafe, leksehjelp, mentorordninger, Røde Kors flyktningeguider eller idretten, er eksempler på supplerende tiltak hvor man kan møtes for å praktiskere norsk og bidra til å bygge sosiale nettverk.',
      ),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 4.4, Et særlig behov for informasjon om muligheter for norskopplæring',
        'Det er imidlertid mange som ikke har kjennskap til frivillige organisasjoners tilbud om gratis norsktrening',
      ),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 7.4 Samarbeidsaspekter som ønskes inkludert i veilederen',
        'NAV-ansatte etterspør også informasjon om norsktrening i regi av frivillige, og særlig gratis tilbud.',
      ),
    ],
    effectiveFrom: SEED_003_DATE,
    lastReviewed: LAST_REVIEWED,
  },
  {
    id: 'norskprove',
    lane: 'language',
    title: { nb: 'Norskprøven', en: 'The Norwegian test (Norskprøven)' },
    summary: {
      nb: 'En prøve som viser hvilket nivå du har i norsk, for eksempel A2 eller B1. Et bestått nivå kan være et krav for utdanning, permanent opphold og statsborgerskap.',
      en: 'A test that shows your level of Norwegian, for example A2 or B1. A passed level can be a requirement for education, permanent residence and citizenship.',
    },
    forWhom: {
      nb: 'Deltakere i opplæring i norsk og samfunnskunnskap. Mange av dem har plikt til å ta avsluttende prøver. Andre kan trenge prøven for å dokumentere norsknivået sitt.',
      en: 'Participants in training in Norwegian and social studies. Many of them have a duty to take final tests. Others may need the test to document their level of Norwegian.',
    },
    requirements: {
      text: {
        nb: 'Prøven måler nivået ditt. Du trenger ikke et bestemt nivå for å ta den.',
        en: 'The test measures your level. You do not need a particular level to take it.',
      },
      norwegianLevel: null,
    },
    responsible: ['municipality', 'state-agency'],
    legalBasis: [
      { law: INTEGRERINGSLOVEN, paragraph: `kapittel 6, avsluttende prøver`, url: INTEGRERINGSLOVEN_URL },
      { law: STATSBORGERLOVEN, paragraph: '§ 8 (krav om B1 i norsk muntlig)', url: STATSBORGERLOVEN_URL },
    ],
    content: {
      nb: 'Prøven har muntlige og skriftlige deler. Resultatet blir gitt som et nivå: A1, A2, B1 eller B2. Du kan bruke resultatet som dokumentasjon på norsknivået ditt.',
      en: 'The test has oral and written parts. The result is given as a level: A1, A2, B1 or B2. You can use the result as documentation of your Norwegian level.',
    },
    duration: {
      nb: 'En prøve på en fastsatt dato, ikke et kurs.',
      en: 'A test on a set date, not a course.',
    },
    flexibility: {
      partTime: null,
      evening: null,
      parallel: null,
      note: { nb: 'Gjelder ikke: dette er en prøve, ikke et kurs.', en: 'Not applicable: this is a test, not a course.' },
    },
    fundedBy: {
      nb: 'Hvem som betaler, avhenger av om du har rett til opplæring. Spør kommunen.',
      en: 'Who pays depends on whether you have a right to training. Ask the municipality.',
    },
    livingCosts: [],
    combinesWith: ['norsk-og-samfunnskunnskap'],
    nextSteps: ['hoyere-utdanning', 'videregaende-for-voksne', 'amo-kurs', 'arbeidsplassen-jobbsok'],
    links: [LINK_HKDIR, LINK_UDI],
    linksReviewed: true,
    sources: [
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 7.3 Informasjon om norskopplæring som ønskes inkludert i veilederen',
        'informasjon om norskkrav knyttet til permanent opphold og statsborgerskap, kan være nyttig',
      ),
      seed(
        SEED_KARRIERE_KUNNSKAP,
        'kap. 2.2 Nytt direktorat for høyere utdanning og kompetanse',
        'Kompetanse Norge opphørte med dette som selvstendig enhet, og gikk inn i direktoratet med hele sin portefølje',
      ),
      WEB_UDI_PERMANENT_A1,
      WEB_STATSBORGER_B1,
      WEB_INTEGRERINGSLOVEN_TOC,
    ],
    effectiveFrom: INTEGRERINGSLOVEN_IN_FORCE,
    lastReviewed: LAST_REVIEWED,
    review: {
      needed: true,
      note: {
        nb: 'Seed-kildene beskriver ikke prøven. Nivåene A1–B2 er hentet fra UDIs side om permanent opphold. Sjekk hvem som lager prøven i dag (tidligere Kompetanse Norge, nå HK-dir), hvilke nivåer den gir, hvem som har plikt til å ta den, hvem som betaler, og paragrafen i integreringsloven.',
        en: 'The seeds do not describe the test. The levels A1–B2 come from UDI’s page on permanent residence. Check who makes the test today (formerly Kompetanse Norge, now HK-dir), which levels it gives, who has a duty to take it, who pays, and the paragraph in integreringsloven.',
      },
    },
  },
];
