/** Lane `work-and-education`: primary and upper secondary education for adults, trade certificates and recognition of prior learning. */
import type { Offer, Review } from '../model.ts';
import {
  CHECKED_AGAINST_LAW,
  LAST_REVIEWED,
  LINK_UDIR,
  LINK_UTDANNING,
  LINK_VILBLI,
  OPPLARINGSLOVA_1998,
  OPPLARINGSLOVA_1998_URL,
  OPPLARINGSLOVA_2023,
  SEED_003_DATE,
  SEED_MULIGHETSKART_2021,
  SEED_WORKSHOP_2021,
  WEB_PROP_57L_2022_2023,
  WEB_PROP_57L_PRAKSISKANDIDAT,
  WEB_REGJERINGEN_ADULTS_RIGHTS,
  WEB_UDIR_FAGBREV_PA_JOBB,
  WEB_VESTLAND_FAGBREV_PA_JOBB,
  law,
  seed,
} from '../sources.ts';

/** The seeds describe the Education Act of 1998; the Education Act 2023 replaced it on 1 August 2024. */
function newEducationActReview(extraNb: string, extraEn: string): Review {
  return {
    needed: true,
    note: {
      nb: `Seed-kilden (2021) beskriver reglene i opplæringslova av 1998. Opplæringslova 2023 gjelder fra 1. august 2024 og har nye regler for opplæring for voksne (Prop. 57 L (2022–2023) kap. 43). ${extraNb}`,
      en: `The seed (2021) describes the rules of the Education Act of 1998. The Education Act 2023 applies from 1 August 2024 and has new rules for adult education (Prop. 57 L (2022–2023) ch. 43). ${extraEn}`,
    },
  };
}

export const schoolOffers: Offer[] = [
  {
    id: 'grunnskole-for-voksne',
    lane: 'work-and-education',
    title: { nb: 'Grunnskole for voksne', en: 'Primary and lower secondary education for adults' },
    summary: {
      nb: 'Voksne som mangler grunnskole, kan få grunnskoleopplæring i kommunen. Det kan ikke stilles krav om norskferdigheter. Grunnskole kan være en del av introduksjonsprogrammet.',
      en: 'Adults who lack primary and lower secondary education can get it from the municipality. No Norwegian skills may be required. It can be part of the introduction programme.',
    },
    forWhom: {
      nb: 'Alle over 16 år som trenger opplæring på grunnskolenivå: hele fag, deler av fag eller grunnleggende ferdigheter som lesing, skriving, regning, muntlig norsk og digitale ferdigheter. Det gjelder også deg som har fullført grunnskole, hvis du trenger enkelte fag eller ferdigheter. Du må ha lovlig opphold i Norge. I den nye opplæringsloven (fra 1. august 2024) heter det forberedende opplæring for voksne.',
      en: 'Everyone over 16 who needs education at primary level: whole subjects, parts of subjects or basic skills such as reading, writing, numeracy, spoken Norwegian and digital skills. This also covers you if you have completed primary school but need single subjects or skills. You must be lawfully resident in Norway. In the new Education Act (from 1 August 2024) it is called preparatory education for adults.',
    },
    requirements: {
      text: {
        nb: 'Lovlig opphold. Det kan ikke stilles krav om norskferdigheter. Du skal få tilbud om realkompetansevurdering før du begynner.',
        en: 'Lawful residence. No Norwegian skills may be required. You are to be offered an assessment of prior learning before you start.',
      },
      norwegianLevel: null,
    },
    responsible: ['municipality'],
    legalBasis: [
      { law: OPPLARINGSLOVA_1998, paragraph: '§ 4A-1 (slik seed-kilden beskriver retten)', url: OPPLARINGSLOVA_1998_URL },
      { law: OPPLARINGSLOVA_2023, paragraph: `førebuande opplæring for vaksne` },
    ],
    content: {
      nb: 'Opplæring i fag på grunnskolenivå. Voksne med et annet morsmål enn norsk eller samisk har rett til særskilt språkopplæring når det trengs. En realkompetansevurdering kan gjøre opplæringen kortere og bedre tilpasset.',
      en: 'Teaching in subjects at primary and lower secondary level. Adults with a mother tongue other than Norwegian or Sami have a right to special language teaching when needed. An assessment of prior learning can make the training shorter and better adapted.',
    },
    duration: {
      nb: 'Avhenger av hva du kan fra før. For mange er det et langt løp. Kildene våre gir ikke et tall.',
      en: 'Depends on what you already know. For many it is a long route. Our sources give no figure.',
    },
    flexibility: {
      partTime: null,
      evening: null,
      parallel: true,
      note: {
        nb: 'Kan være en del av introduksjonsprogrammet. Mange steder mangler det tilbud på deltid og tilbud der grunnskole kombineres med norskopplæring.',
        en: 'Can be part of the introduction programme. Many places lack part-time provision and provision that combines primary education with Norwegian training.',
      },
    },
    fundedBy: {
      nb: 'Kommunen har ansvaret for opplæringen.',
      en: 'The municipality is responsible for the training.',
    },
    livingCosts: ['introduksjonsstonad', 'kvalifiseringsstonad', 'flyktningstipend', 'okonomisk-sosialhjelp'],
    combinesWith: ['introduksjonsprogram', 'norsk-og-samfunnskunnskap', 'sprakpraksis', 'kvalifiseringsprogram', 'leksehjelp'],
    nextSteps: ['videregaende-for-voksne', 'fagbrev-larling', 'amo-kurs'],
    links: [LINK_UDIR, LINK_UTDANNING],
    linksReviewed: true,
    sources: [
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.3 Formell opplæring, Grunnskoleopplæring',
        'Voksne over opplæringspliktig alder som ikke har norsk grunnskole eller tilsvarende fra andre land, og som trenger grunnskole, kan søke grunnskole for voksne.',
      ),
      seed(SEED_MULIGHETSKART_2021, 'kap. 3.3 Formell opplæring, Grunnskoleopplæring', 'Søkeren må ha lovlig opphold i Norge'),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.3 Formell opplæring, Grunnskoleopplæring',
        'Det kan ikke stilles krav om norskferdigheter for å få rett til grunnskoleopplæring for voksne.',
      ),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.3 Formell opplæring, Grunnskoleopplæring',
        'Voksne skal få tilbud om realkompetansevurdering (RKV) før inntak til grunnskoleopplæring.',
      ),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.3 Formell opplæring, Grunnskoleopplæring',
        'Voksne med annet morsmål enn norsk og samisk, har også rett til særskilt språkopplæring dersom dette er nødvendig for at de skal kunne få forsvarlig opplæring.',
      ),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.3 Formell opplæring, fotnote 40',
        'Kommuner kan velge å tilby grunnskoleopplæring til voksne innvandrere som venter på vedtak om oppholdstillatelse.',
      ),
      seed(SEED_MULIGHETSKART_2021, 'kap. 6.2, Livsopphold for deltakeren (sitat fra NAV-ansatt)', 'Grunnskole er et langt løp for mange'),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 6.2, Mangelfull tilgang på tilbud',
        'det er et mangelfullt tilbud om grunnskole og videregående på deltid, og grunnskole kombinert med norskopplæring',
      ),
      law(OPPLARINGSLOVA_1998, '§ 4A-1'),
      WEB_PROP_57L_2022_2023,
      WEB_REGJERINGEN_ADULTS_RIGHTS,
    ],
    effectiveFrom: SEED_003_DATE,
    lastReviewed: CHECKED_AGAINST_LAW,
    review: {
      needed: true,
      note: {
        nb: 'Hvem som har rett (over 16 år, etter behov, også deler av fag og grunnleggende ferdigheter) er sjekket mot regjeringen.no 5. desember 2026. En jurist må bekrefte paragrafnummeret i opplæringslova 2023 (her sitert uten paragraf).',
        en: 'Who has the right (over 16, by need, also parts of subjects and basic skills) was checked against regjeringen.no on 5 December 2026. A lawyer must confirm the section number in the Education Act 2023 (cited here without a section).',
      },
    },
  },
  {
    id: 'forberedende-voksenopplaering',
    lane: 'work-and-education',
    title: { nb: 'Forberedende voksenopplæring (FVO)', en: 'Preparatory adult education (FVO)' },
    summary: {
      nb: 'Opplæring på grunnskolenivå som er delt inn i moduler. Den startet som et forsøk i 40–50 kommuner. Målet er at flere voksne fullfører grunnskole og videregående.',
      en: 'Training at primary and lower secondary level divided into modules. It started as a trial in 40–50 municipalities. The aim is that more adults complete primary, lower and upper secondary education.',
    },
    forWhom: {
      nb: 'Voksne som trenger opplæring på grunnskolenivå, i kommuner som har tilbudet.',
      en: 'Adults who need training at primary and lower secondary level, in municipalities that offer it.',
    },
    requirements: {
      text: {
        nb: 'Som for grunnskole for voksne. Tilbudet finnes ikke i alle kommuner.',
        en: 'As for primary education for adults. It is not offered in every municipality.',
      },
    },
    responsible: ['municipality', 'state-agency'],
    legalBasis: [{ law: OPPLARINGSLOVA_2023, paragraph: `førebuande opplæring for vaksne` }],
    content: {
      nb: 'Opplæringen følger læreplaner delt i moduler i norsk, samfunnsfag, matematikk, naturfag og engelsk. Den skal være mer fleksibel, mer effektiv og bedre samordnet med andre tjenester, også NAV.',
      en: 'The training follows curricula divided into modules in Norwegian, social studies, mathematics, science and English. It is meant to be more flexible, more efficient and better coordinated with other services, including NAV.',
    },
    duration: {
      nb: 'Avhenger av hvor mange moduler du trenger. Kildene våre gir ikke et tall.',
      en: 'Depends on how many modules you need. Our sources give no figure.',
    },
    flexibility: {
      partTime: null,
      evening: null,
      parallel: true,
      note: {
        nb: 'Modulene skal gjøre det lettere å ta opplæringen i deler.',
        en: 'The modules are meant to make it easier to take the training in parts.',
      },
    },
    fundedBy: {
      nb: 'Kommunen har ansvaret for opplæringen.',
      en: 'The municipality is responsible for the training.',
    },
    livingCosts: ['introduksjonsstonad', 'flyktningstipend', 'okonomisk-sosialhjelp'],
    combinesWith: ['introduksjonsprogram', 'norsk-og-samfunnskunnskap', 'realkompetansevurdering', 'leksehjelp'],
    nextSteps: ['videregaende-for-voksne', 'fagbrev-larling'],
    links: [LINK_UDIR],
    linksReviewed: true,
    sources: [
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.3 Formell opplæring, Grunnskoleopplæring',
        'Kompetanse Norge har satt i gang forsøk med forberedende voksenopplæring (FVO) for voksne på nivået under videregående opplæring, det vil si tilsvarende grunnskolenivå. Forsøket foregår i 40-50 kommuner.',
      ),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.3 Formell opplæring, Grunnskoleopplæring',
        'Det overordnede målet med forsøket er å øke deltakelsen i grunnskole og videregående opplæring, ved å gjøre opplæringen mer fleksibel, effektiv og samordnet på tvers av sektorer.',
      ),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 6.2, fotnote 60',
        'Modulstrukturerte læreplaner foreligger i fagene norsk for språklige minoriteter/norsk, samfunnsfag, matematikk, naturfag og engelsk.',
      ),
      WEB_PROP_57L_2022_2023,
    ],
    effectiveFrom: SEED_003_DATE,
    lastReviewed: LAST_REVIEWED,
    review: newEducationActReview(
      'Seed-kilden beskriver FVO som et forsøk. Sjekk om FVO nå er en del av den ordinære «førebuande opplæringa for vaksne», og hvilke kommuner som har tilbudet.',
      'The seed describes FVO as a trial. Check whether FVO is now part of ordinary “førebuande opplæring for vaksne”, and which municipalities offer it.',
    ),
  },
  {
    id: 'videregaende-for-voksne',
    lane: 'work-and-education',
    title: { nb: 'Videregående opplæring for voksne', en: 'Upper secondary education for adults' },
    summary: {
      nb: 'Voksne kan ta videregående opplæring og få studiekompetanse eller yrkeskompetanse. Fylkeskommunen har ansvaret. Tilbudet for voksne varierer mye mellom fylkene.',
      en: 'Adults can take upper secondary education and qualify for higher education or for a trade. The county is responsible. What is offered to adults varies a lot between counties.',
    },
    forWhom: {
      nb: 'Voksne som har fullført grunnskole eller tilsvarende, men ikke videregående. Det gjelder også dem som har videregående fra et annet land som ikke blir godkjent i Norge. Fra 1. august 2024 har også voksne som allerede har studiekompetanse eller fagbrev, rett til å ta et fagbrev nummer to. Retten for voksne gjelder fra året du fyller 25 år.',
      en: 'Adults who have completed primary school or equivalent, but not upper secondary. This also covers those with upper secondary education from another country that is not recognised in Norway. From 1 August 2024, adults who already have study competence or a trade certificate also have a right to take a second vocational qualification ("fagbrev nummer to"). The adult right applies from the year you turn 25.',
    },
    requirements: {
      text: {
        nb: 'Fullført grunnskole eller tilsvarende. Kildene nevner ikke et formelt krav til norsknivå, men mange trenger god norsk for å klare opplæringen. Karriereveiledere anbefaler ofte minst B1.',
        en: 'Completed primary and lower secondary education or the equivalent. The sources mention no formal Norwegian requirement, but many need good Norwegian to manage the training. Career counsellors often recommend at least B1.',
      },
    },
    responsible: ['county'],
    legalBasis: [
      { law: OPPLARINGSLOVA_1998, paragraph: '§ 4A-3 («voksenretten», slik seed-kilden beskriver den)', url: OPPLARINGSLOVA_1998_URL },
      { law: OPPLARINGSLOVA_2023, paragraph: `rett til vidaregåande opplæring for vaksne` },
    ],
    content: {
      nb: 'Studieforberedende fag eller yrkesfag, tilpasset voksne. Du har rett til realkompetansevurdering, så du slipper å ta fag du allerede kan. Videregående kan være en del av introduksjonsprogrammet, også på fulltid.',
      en: 'General studies or vocational subjects, adapted to adults. You have a right to an assessment of prior learning, so you do not have to take subjects you already master. Upper secondary education can be part of the introduction programme, also full-time.',
    },
    duration: {
      nb: 'Avhenger av realkompetansevurderingen og hvilke fag du trenger. Kildene våre gir ikke et tall for voksne.',
      en: 'Depends on the assessment of prior learning and which subjects you need. Our sources give no figure for adults.',
    },
    flexibility: {
      partTime: null,
      evening: true,
      parallel: true,
      note: {
        nb: 'Mange tilbud for voksne er på kveldstid. Det passer ikke alle, for eksempel enslige foreldre med små barn. Noen steder blir deltakere stående på venteliste.',
        en: 'Many courses for adults are in the evening. That does not suit everyone, for example single parents with small children. In some places participants end up on a waiting list.',
      },
    },
    fundedBy: {
      nb: 'Fylkeskommunen. NAV kan i noen tilfeller gi fag- og yrkesopplæring på videregående nivå som et tiltak.',
      en: 'The county. In some cases NAV can provide vocational training at upper secondary level as a measure.',
    },
    livingCosts: ['lanekassen', 'flyktningstipend', 'introduksjonsstonad', 'kvalifiseringsstonad', 'tiltakspenger', 'okonomisk-sosialhjelp'],
    combinesWith: ['introduksjonsprogram', 'realkompetansevurdering', 'norsk-og-samfunnskunnskap', 'kvalifiseringsprogram', 'leksehjelp'],
    nextSteps: ['hoyere-utdanning', 'fagskole', 'fagbrev-larling', 'arbeidsplassen-jobbsok'],
    links: [LINK_VILBLI, LINK_UTDANNING],
    linksReviewed: true,
    sources: [
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.3 Formell opplæring, Videregående opplæring',
        'I 2000 fikk voksne rett til videregående opplæring, ofte omtalt som «voksenretten». Retten omfatter alle voksne som er 25 år eller eldre, og som har fullført grunnskole eller lignende, men ikke videregående opplæring.',
      ),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.3 Formell opplæring, Videregående opplæring',
        'Det samme gjelder de som har fullført videregående opplæring i et annet land, men som ikke får det godkjent som generell studiekompetanse eller yrkeskompetanse i Norge.',
      ),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.3 Formell opplæring, Videregående opplæring',
        'Voksne med rett til videregående opplæring har, i likhet med de med rett på grunnskole, også rett til realkompetansevurdering.',
      ),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.3 Formell opplæring, Videregående opplæring',
        'At det nå er åpnet for muligheten til å gjennomføre videregående opplæring på fulltid innenfor introduksjonsprogrammet',
      ),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.3 Formell opplæring, Fag- og yrkesopplæring',
        'Det er stor variasjon i tilbudet som gis voksne generelt i ulike fylker.',
      ),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 6.2, Mangelfull tilpasning av tilbud',
        'tilbudet om videregående opplæring for voksne er på kveldstid for å passe flertallet av deltakerne, men at enkelte grupper da faller utenfor, som enslige mødre med små barn som mangler nettverk',
      ),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 6.1, Gode overganger mellom tilbud',
        'deltakere med voksenrett som gjennomfører grunnskole blir stående på venteliste til videregående opplæring for voksne',
      ),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.2, fotnote 33',
        'I tillegg tilbyr NAV fag- og yrkesrettet opplæring på videregående nivå eller høyere yrkesfaglig utdanning (fagskole)',
      ),
      seed(
        SEED_WORKSHOP_2021,
        'lysark «Karriereveileders notat; Eksempel»',
        'hen bør opp på B1 nivå for å kunne klare ev videregående opplæring i forbindelse med et fremtidig fagbrev',
      ),
      law(OPPLARINGSLOVA_1998, '§ 4A-3'),
      WEB_PROP_57L_2022_2023,
      WEB_REGJERINGEN_ADULTS_RIGHTS,
    ],
    effectiveFrom: SEED_003_DATE,
    lastReviewed: CHECKED_AGAINST_LAW,
    review: {
      needed: true,
      note: {
        nb: 'Retten til fagbrev nummer to fra 1. august 2024 er sjekket mot regjeringen.no 5. desember 2026. En jurist må bekrefte paragrafnummeret i opplæringslova 2023, at voksenretten fortsatt gjelder fra året man fyller 25 år, og om fagbrev nummer to har vilkår kartet bør nevne.',
        en: 'The right to a second vocational qualification from 1 August 2024 was checked against regjeringen.no on 5 December 2026. A lawyer must confirm the section number in the Education Act 2023, that the adult right still applies from the year one turns 25, and whether the second qualification has conditions the map should name.',
      },
    },
  },
  {
    id: 'fagbrev-larling',
    lane: 'work-and-education',
    title: { nb: 'Fagbrev gjennom skole og læretid', en: 'Trade certificate through school and apprenticeship' },
    summary: {
      nb: 'Du tar yrkesfag på skole og blir lærling i en bedrift. Den vanligste modellen er to år på skole og to år i bedrift. Noen steder finnes modeller tilpasset voksne, men ikke overalt.',
      en: 'You take vocational subjects at school and become an apprentice in a company. The most common model is two years at school and two years in a company. Some places have models adapted to adults, but not everywhere.',
    },
    forWhom: {
      nb: 'Voksne som vil ta fagbrev og trenger opplæring både på skole og i bedrift.',
      en: 'Adults who want a trade certificate and need training both at school and in a company.',
    },
    requirements: {
      text: {
        nb: 'Grunnskole eller tilsvarende for å begynne på skole. Du må få en læreplass. Svake norskferdigheter kan gjøre det vanskelig å fullføre og å få læreplass.',
        en: 'Primary and lower secondary education or the equivalent to start school. You have to get an apprenticeship. Weak Norwegian can make it hard to complete and to get an apprenticeship.',
      },
    },
    responsible: ['county', 'employer'],
    legalBasis: [{ law: OPPLARINGSLOVA_2023, paragraph: `fag- og yrkesopplæring, lærekontrakt og fagprøve` }],
    content: {
      nb: 'I 2+2-modellen har du to år på skole og to år i bedrift, og du avslutter med en fagprøve. Noen steder finnes andre modeller: tre år på skole og ett år i bedrift, en vekslingsmodell der du bytter oftere mellom skole og bedrift, eller forsøk med opplæring i moduler i bedrift. Noen kommuner kombinerer fagopplæring med introduksjonsprogrammet.',
      en: 'In the 2+2 model you spend two years at school and two years in a company, and you finish with a trade test. Some places have other models: three years at school and one year in a company, an alternating model where you switch more often between school and company, or trials with training in modules in a company. Some municipalities combine vocational training with the introduction programme.',
    },
    duration: {
      nb: 'Hovedmodellen er to år på skole og to år i bedrift. For voksne kan løpet bli kortere eller lengre, blant annet etter realkompetansevurdering.',
      en: 'The main model is two years at school and two years in a company. For adults the route can be shorter or longer, for example after an assessment of prior learning.',
    },
    flexibility: { partTime: null, evening: null, parallel: true },
    fundedBy: {
      nb: 'Fylkeskommunen har ansvaret for opplæringen. I læretiden er du i en bedrift.',
      en: 'The county is responsible for the training. During the apprenticeship you are in a company.',
    },
    livingCosts: ['lanekassen', 'flyktningstipend', 'introduksjonsstonad', 'okonomisk-sosialhjelp'],
    combinesWith: ['introduksjonsprogram', 'realkompetansevurdering', 'norsk-og-samfunnskunnskap'],
    nextSteps: ['fagskole', 'arbeidsplassen-jobbsok'],
    links: [LINK_VILBLI, LINK_UTDANNING],
    linksReviewed: true,
    sources: [
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.3 Formell opplæring, Fag- og yrkesopplæring',
        'Hovedmodellen for opplæring, som anvendes innenfor de fleste fagretninger, er en såkalt 2+2-modell, der man de to første årene har opplæring på skole og de to siste har opplæring i bedrift.',
      ),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.3 Formell opplæring, Fag- og yrkesopplæring',
        'Noen benytter seg av ordinær struktur, bestående av to år skole og to år i bedrift, noen bruker en modell med tre år i skole og ett år bedrift, mens andre har valgt en vekslingsmodell',
      ),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.3 Formell opplæring, Fag- og yrkesopplæring',
        'Om de kommer gjennom skoleopplæringen, kan språket fortsatt være en barriere for å få læreplass',
      ),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.3 Formell opplæring, Fag- og yrkesopplæring',
        'Forsøket prøves ut innen 13 lærefag, hvor det er utviklet modulstrukturerte læreplaner som består av 5-7 moduler.',
      ),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.1 Introduksjonsprogrammet',
        'har mange kommuner gode erfaringer med tilpassede løp der introduksjonsprogram og fag- og yrkesopplæring kombineres',
      ),
      WEB_PROP_57L_2022_2023,
    ],
    effectiveFrom: SEED_003_DATE,
    lastReviewed: LAST_REVIEWED,
    review: newEducationActReview(
      'Finn paragrafene om fag- og yrkesopplæring i den nye loven, og sjekk om forsøket med opplæring i moduler (MFY) er avsluttet eller videreført.',
      'Find the paragraphs on vocational training in the new act, and check whether the trial with modular training (MFY) has ended or continued.',
    ),
  },
  {
    id: 'fagbrev-pa-jobb',
    lane: 'work-and-education',
    title: { nb: 'Fagbrev på jobb', en: 'Trade certificate at work' },
    summary: {
      nb: 'Har du lønnet arbeid i et lærefag, kan du ta fagbrev uten å gå på skole. Du får vurdert det du kan, får veiledning og opplæring på jobben, og tar så fagprøven. Du må ha minst ett års praksis.',
      en: 'If you have paid work in a trade, you can take a trade certificate without going to school. What you know is assessed, you get guidance and training at work, and then you take the trade test. You need at least one year of experience.',
    },
    forWhom: {
      nb: 'Voksne i et arbeidsforhold som har fullført grunnskole eller tilsvarende og har praksis fra et lærefag. Fylkeskommunen har ingen plikt til å tilby ordningen, og den er ikke en rett. Vilkårene varierer mellom fylker: noen krever at du er over 25 år (eller 21), noen krever to års praksis.',
      en: 'Adults in employment who have completed primary school or equivalent and have practice in a trade. The county has no duty to offer the scheme, and it is not a right. The conditions vary between counties: some require you to be over 25 (or 21), some require two years of practice.',
    },
    requirements: {
      text: {
        nb: 'Du må være i et arbeidsforhold, ha fullført grunnskole eller tilsvarende og ha minst ett års praksis i faget (i noen fylker to). Bedriften må være eller bli godkjent lærebedrift og søker sammen med deg.',
        en: 'You must be employed, have completed primary school or equivalent and have at least one year of practice in the trade (two in some counties). The company must be or become an approved training company and applies together with you.',
      },
    },
    responsible: ['county', 'employer'],
    legalBasis: [{ law: OPPLARINGSLOVA_2023, paragraph: `fag- og sveinebrev for vaksne i arbeid` }],
    content: {
      nb: 'Realkompetansevurdering, så veiledning og opplæring på arbeidsplassen, og til slutt fagprøven. Ordningen ble innført høsten 2018.',
      en: 'An assessment of prior learning, then guidance and training at the workplace, and finally the trade test. The scheme was introduced in autumn 2018.',
    },
    duration: {
      nb: 'Avhenger av hva du kan fra før. Kildene våre gir ikke et tall.',
      en: 'Depends on what you already know. Our sources give no figure.',
    },
    flexibility: {
      partTime: null,
      evening: null,
      parallel: true,
      note: { nb: 'Tas mens du er i jobb.', en: 'Taken while you are in work.' },
    },
    fundedBy: {
      nb: 'Fylkeskommunen har ansvaret for fag- og yrkesopplæringen. Du har lønn fra jobben.',
      en: 'The county is responsible for vocational training. You are paid by your job.',
    },
    livingCosts: [],
    combinesWith: ['realkompetansevurdering', 'norsk-og-samfunnskunnskap', 'norskopplaering-uten-rett'],
    nextSteps: ['fagskole'],
    links: [LINK_VILBLI, LINK_UTDANNING],
    linksReviewed: true,
    sources: [
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.3 Formell opplæring, Fag- og yrkesopplæring',
        'Fagbrev på jobb er en relativt ny ordning, innført høsten 2018, som gir personer som er i lønnet arbeid en mulighet til å ta fagbrev uten opplæring i skole.',
      ),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.3 Formell opplæring, Fag- og yrkesopplæring',
        'Arbeidstakere med erfaring fra et lærefag kan bli realkompetansevurdert, få veiledning og opplæring på arbeidsplassen - og basert på dette gå opp til fagprøven.',
      ),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.3 Formell opplæring, Fag- og yrkesopplæring',
        'For å kunne bruke ordningen, kreves det ett års praksis.',
      ),
      WEB_PROP_57L_2022_2023,
      WEB_UDIR_FAGBREV_PA_JOBB,
      WEB_VESTLAND_FAGBREV_PA_JOBB,
    ],
    effectiveFrom: SEED_003_DATE,
    lastReviewed: CHECKED_AGAINST_LAW,
    review: {
      needed: true,
      note: {
        nb: 'Vilkårene (fullført grunnskole, i arbeid, ingen plikt for fylkeskommunen, fylkesvise krav til alder og praksis) er sjekket mot Udir og fylkenes sider 5. desember 2026. En jurist må bekrefte hjemmelen for ordningen i opplæringslova 2023.',
        en: 'The conditions (completed primary school, in work, no duty for the county, county rules on age and practice) were checked against Udir and the counties\' pages on 5 December 2026. A lawyer must confirm the legal basis for the scheme in the Education Act 2023.',
      },
    },
  },
  {
    id: 'praksiskandidat',
    lane: 'work-and-education',
    title: { nb: 'Fagbrev som praksiskandidat', en: 'Trade certificate based on work experience (praksiskandidat)' },
    summary: {
      nb: 'Har du allsidig praksis i et fag som er 25 prosent lengre enn læretiden (vanligvis fem år), kan du ta fagprøven som privatist. Dette er den vanligste veien til fagbrev for ufaglærte voksne innvandrere. Du har ikke rett til opplæring gjennom ordningen.',
      en: 'If you have varied experience in a trade that is 25 per cent longer than the apprenticeship period (usually five years), you can take the trade test as an external candidate. This is the most common route to a trade certificate for unskilled adult immigrants. The scheme gives no right to training.',
    },
    forWhom: {
      nb: 'Voksne som allerede er i arbeidslivet og har lang erfaring fra et fag.',
      en: 'Adults who are already in working life and have long experience in a trade.',
    },
    requirements: {
      text: {
        nb: 'Allsidig praksis i faget som er 25 prosent lengre enn den fastsatte læretiden: vanligvis fem år, i noen fag (for eksempel elektriker) fem år og sju måneder. Praksis fra utlandet kan være vanskelig å dokumentere, og deltid gjør at det tar lengre tid å samle nok praksis.',
        en: 'Varied practice in the trade that is 25 per cent longer than the set apprenticeship period: usually five years, in some trades (for example electrician) five years and seven months. Practice from abroad can be hard to document, and part-time work means it takes longer to build up enough practice.',
      },
    },
    responsible: ['county'],
    legalBasis: [{ law: OPPLARINGSLOVA_2023, paragraph: `fag- og sveineprøve for praksiskandidatar` }],
    content: {
      nb: 'Du melder deg opp til fagprøven som privatist. Fylkeskommunen har ingen plikt til å gi deg opplæring, og du har ikke rett til opplæring.',
      en: 'You register for the trade test as an external candidate. The county has no duty to give you training, and you have no right to training.',
    },
    duration: {
      nb: 'Praksis som er 25 prosent lengre enn læretiden (vanligvis fem år) før du kan melde deg opp. Selve prøven er kort sammenlignet med det.',
      en: 'Experience 25 per cent longer than the apprenticeship period (usually five years) before you can register. The test itself is short by comparison.',
    },
    flexibility: {
      partTime: null,
      evening: null,
      parallel: true,
      note: { nb: 'Du fortsetter i jobben mens du forbereder deg.', en: 'You stay in your job while you prepare.' },
    },
    fundedBy: {
      nb: 'Du har lønn fra jobben. Ordningen gir ingen rett til gratis opplæring.',
      en: 'You are paid by your job. The scheme gives no right to free training.',
    },
    livingCosts: [],
    combinesWith: ['realkompetansevurdering', 'norsk-og-samfunnskunnskap', 'norskopplaering-uten-rett'],
    nextSteps: ['fagskole', 'arbeidsplassen-jobbsok'],
    links: [LINK_VILBLI, LINK_UTDANNING],
    linksReviewed: true,
    sources: [
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.3 Formell opplæring, Fag- og yrkesopplæring',
        'Praksiskandidatordningen er den vanligste veien til fagbrev for ufaglærte voksne innvandrere.',
      ),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.3 Formell opplæring, Fag- og yrkesopplæring',
        'kandidater som har minimum fem års relevant praksis i et fag, kan søke om å få framstille seg til fagprøve som privatist',
      ),
      seed(SEED_MULIGHETSKART_2021, 'kap. 3.3 Formell opplæring, Fag- og yrkesopplæring', 'deltakerne har ikke rett på opplæring'),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.3 Formell opplæring, Fag- og yrkesopplæring',
        'mange har lave stillingsbrøker og at det er vanskelig å dokumentere praksis fra utlandet',
      ),
      WEB_PROP_57L_2022_2023,
      WEB_PROP_57L_PRAKSISKANDIDAT,
    ],
    effectiveFrom: SEED_003_DATE,
    lastReviewed: CHECKED_AGAINST_LAW,
    review: {
      needed: true,
      note: {
        nb: 'Kravet «25 prosent lengre enn den fastsette læretida» er sjekket mot Prop. 57 L (2022–2023) kap. 49 5. desember 2026. En jurist må bekrefte paragrafen i opplæringslova 2023 som viderefører regelen fra § 3-5.',
        en: 'The requirement "25 per cent longer than the set apprenticeship period" was checked against Prop. 57 L (2022–2023) ch. 49 on 5 December 2026. A lawyer must confirm the section of the Education Act 2023 that carries the rule on from § 3-5.',
      },
    },
  },
  {
    id: 'realkompetansevurdering',
    lane: 'work-and-education',
    title: { nb: 'Realkompetansevurdering (RKV)', en: 'Assessment of prior learning (RKV)' },
    summary: {
      nb: 'En vurdering av det du kan fra før, fra skole, jobb og livet ellers. Resultatet kan gjøre utdanningen din kortere. Vurderingen kan gjøres på andre språk enn norsk, for eksempel med tolk.',
      en: 'An assessment of what you already know, from school, work and life in general. The result can make your education shorter. The assessment can be done in languages other than Norwegian, for example with an interpreter.',
    },
    forWhom: {
      nb: 'Voksne med rett til grunnskole eller videregående opplæring for voksne. Vurderingen er også en del av fagbrev på jobb.',
      en: 'Adults with a right to primary or upper secondary education for adults. The assessment is also part of trade certificate at work.',
    },
    requirements: {
      text: {
        nb: 'Du søker hos kommunen (grunnskolenivå) eller fylkeskommunen (videregående nivå). Du trenger ikke kunne norsk; det kan brukes tolk.',
        en: 'You apply to the municipality (primary level) or the county (upper secondary level). You do not need to know Norwegian; an interpreter can be used.',
      },
      norwegianLevel: null,
    },
    responsible: ['municipality', 'county'],
    legalBasis: [{ law: OPPLARINGSLOVA_2023, paragraph: `realkompetansevurdering for vaksne` }],
    content: {
      nb: 'Vurderingen dokumenterer det du kan. Resultatet kan brukes til å korte ned og tilpasse opplæringen.',
      en: 'The assessment documents what you know. The result can be used to shorten and adapt your training.',
    },
    duration: {
      nb: 'Kildene våre gir ikke et tall.',
      en: 'Our sources give no figure.',
    },
    flexibility: { partTime: null, evening: null, parallel: true },
    fundedBy: {
      nb: 'Kommunen eller fylkeskommunen har ansvaret.',
      en: 'The municipality or the county is responsible.',
    },
    livingCosts: [],
    combinesWith: ['grunnskole-for-voksne', 'videregaende-for-voksne', 'introduksjonsprogram', 'karriereveiledning-karrieresenter'],
    nextSteps: ['grunnskole-for-voksne', 'videregaende-for-voksne', 'fagbrev-pa-jobb', 'praksiskandidat', 'fagskole'],
    links: [LINK_VILBLI, LINK_UDIR],
    linksReviewed: true,
    sources: [
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.3 Formell opplæring, Grunnskoleopplæring',
        'RKV kan bidra til å dokumentere den enkeltes kompetanse, og kan være med på å avkorte og tilpasse opplæringstilbudet.',
      ),
      seed(SEED_MULIGHETSKART_2021, 'kap. 3.3 Formell opplæring, Grunnskoleopplæring', 'også gjennomføres på andre språk enn'),
      seed(SEED_MULIGHETSKART_2021, 'kap. 3.3 Formell opplæring, Grunnskoleopplæring', 'norsk og samisk, for eksempel med tolk'),
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 3.3 Formell opplæring, Videregående opplæring',
        'Voksne med rett til videregående opplæring har, i likhet med de med rett på grunnskole, også rett til realkompetansevurdering.',
      ),
      WEB_PROP_57L_2022_2023,
    ],
    effectiveFrom: SEED_003_DATE,
    lastReviewed: LAST_REVIEWED,
    review: newEducationActReview(
      'Stortinget ba i 2020 om at retten til realkompetansevurdering utvides til voksne uten rett til videregående (Prop. 57 L punkt 43.12). Sjekk hvem som har rett etter ny lov.',
      'In 2020 the Storting asked for the right to an assessment of prior learning to be extended to adults without a right to upper secondary education (Prop. 57 L point 43.12). Check who has the right under the new act.',
    ),
  },
];
