/**
 * The example journeys. Fictional personas (except that "Anya" is the seed's own workshop case, seed 002),
 * each a possibility, not a recommendation. Months are illustrative planning figures; where no source gives a
 * duration the caveats say so.
 */
import type { Journey } from './model.ts';
import { SEED_FAFO_2024, SEED_MULIGHETSKART_2021, SEED_WORKSHOP_2021, seed } from '../sources.ts';

const PERSONAS = 'kap. 8.3, workshop 1 med brukerpanelet';
const personaQuote = (q: string) => seed(SEED_MULIGHETSKART_2021, PERSONAS, q);
const t = (nb: string, en: string) => ({ nb, en });

/** Said of every journey: months are for illustration; most offers have no fixed length in the sources. */
const monthsCaveat = t(
  'Månedene er et eksempel. De fleste tilbud har ingen fast lengde i kildene våre; lengden avtales med den enkelte.',
  'The months are an example. Most offers have no fixed length in our sources; the length is agreed with each person.',
);
const localCaveat = t(
  'Ikke alle tilbud finnes i alle kommuner og fylker. Spør kommunen, fylkeskommunen eller NAV hva som finnes der du bor.',
  'Not every offer exists in every municipality and county. Ask the municipality, the county or NAV what exists where you live.',
);
const reviewMonths = {
  needed: true as const,
  note: t(
    'Eksempelreisen er laget av utviklingsteamet ut fra kildene. En veileder med erfaring bør se over varigheter og rekkefølge.',
    'The example journey was made by the development team from the sources. An experienced counsellor should check durations and order.',
  ),
};

export const journeyList: Journey[] = [
  {
    id: 'anya-lese-og-skrive-hagebruk',
    persona: {
      name: 'Anya', fictional: true, age: 40, kinds: ['seed-case-anya', 'low-education', 'many-children'],
      summary: t(
        'Anya kom som familiegjenforent til sønnen sin på 21 år, med fem barn i alderen 9–21 år. Hun kan ikke lese og skrive. Hun drev butikk med mannen sin i Syria og er interessert i hagebruk.',
        'Anya came through family reunification with her 21-year-old son, with five children aged 9–21. She cannot read or write. She ran a shop with her husband in Syria and is interested in gardening.',
      ),
    },
    title: t('Fra lese- og skriveopplæring mot arbeid i hagebruk', 'From learning to read and write towards work in gardening'),
    goal: t('Arbeid i et gartneri eller en hagebutikk, med norsk på et nivå som holder i jobben.', 'Work at a nursery or garden centre, with Norwegian good enough for the job.'),
    phases: [
      { offerId: 'okonomisk-sosialhjelp', startMonth: 0, durationMonths: 1, note: t('Før programmet starter, kan NAV-kontoret gi økonomisk sosialhjelp.', 'Before the programme starts, the NAV office can give financial assistance.') },
      { offerId: 'karriereveiledning-integreringsloven', startMonth: 0, durationMonths: 1, note: t('Kartlegging og karriereveiledning før programmet planlegges.', 'Competence mapping and career guidance before the programme is planned.') },
      { offerId: 'introduksjonsprogram', startMonth: 1, durationMonths: 36, note: t('Et langt program fordi hun starter med lese- og skriveopplæring.', 'A long programme because she starts by learning to read and write.') },
      { offerId: 'introduksjonsstonad', startMonth: 1, durationMonths: 36 },
      { offerId: 'norsk-og-samfunnskunnskap', startMonth: 1, durationMonths: 36, note: t('Norsk med lese- og skriveopplæring, samtidig med resten av programmet.', 'Norwegian with literacy training, alongside the rest of the programme.') },
      { offerId: 'livsmestring-i-nytt-land', startMonth: 2, durationMonths: 1 },
      { offerId: 'grunnskole-for-voksne', startMonth: 7, durationMonths: 30 },
      { offerId: 'leksehjelp', startMonth: 3, durationMonths: 30, note: t('For barna, så Anya får mer tid til egen opplæring.', 'For the children, so Anya has more time for her own learning.') },
      { offerId: 'sprakpraksis', startMonth: 25, durationMonths: 6, note: t('Språkpraksis i en hagebutikk, hvis en arbeidsgiver vil ta henne inn.', 'A language placement at a garden centre, if an employer will take her on.') },
      { offerId: 'arbeidstrening', startMonth: 37, durationMonths: 6 },
      { offerId: 'tiltakspenger', startMonth: 37, durationMonths: 6 },
      { offerId: 'lonnstilskudd', startMonth: 43, durationMonths: 12 },
    ],
    caveats: [
      monthsCaveat,
      localCaveat,
      t(
        'Retten til introduksjonsprogram for familiegjenforente avhenger av hvem hun er gjenforent med. Kommunen avgjør.',
        'The right to the introduction programme for reunified family members depends on whom they are reunited with. The municipality decides.',
      ),
      t(
        'Med mye omsorgsansvar alene kan et deltidsløp eller pauser være nødvendig. Reisen blir da lengre.',
        'With much care responsibility alone, a part-time route or breaks may be needed. The journey then takes longer.',
      ),
    ],
    sources: [
      seed(SEED_WORKSHOP_2021, 'Case: Analfabet ved ankomst og omsorgsoppgaver', 'Anya, 40 år. Kom som familiegjenforent til sønn 21 år.'),
      seed(SEED_WORKSHOP_2021, 'Case: Analfabet ved ankomst og omsorgsoppgaver', 'Er interessert i hagebruk.'),
      personaQuote('innvandrere med mange barn'),
    ],
    review: reviewMonths,
  },
  {
    id: 'karim-ingenior-godkjenning',
    persona: {
      name: 'Karim', fictional: true, age: 34, kinds: ['high-education'],
      summary: t(
        'Karim er flyktning og har en mastergrad i elektroingeniørfag. Han har jobbet som ingeniør i åtte år.',
        'Karim is a refugee with a master’s degree in electrical engineering. He worked as an engineer for eight years.',
      ),
    },
    title: t('Godkjenning og kompletterende utdanning for en ingeniør', 'Recognition and bridging education for an engineer'),
    goal: t('Arbeid som ingeniør i Norge.', 'Work as an engineer in Norway.'),
    phases: [
      { offerId: 'okonomisk-sosialhjelp', startMonth: 0, durationMonths: 1, note: t('Før programmet starter, kan NAV-kontoret gi økonomisk sosialhjelp.', 'Before the programme starts, the NAV office can give financial assistance.') },
      { offerId: 'karriereveiledning-integreringsloven', startMonth: 0, durationMonths: 1 },
      { offerId: 'introduksjonsprogram', startMonth: 1, durationMonths: 24 },
      { offerId: 'introduksjonsstonad', startMonth: 1, durationMonths: 24 },
      { offerId: 'norsk-og-samfunnskunnskap', startMonth: 1, durationMonths: 24, note: t('Målet er B2, som kreves for opptak til høyere utdanning.', 'The aim is B2, which is required for admission to higher education.') },
      { offerId: 'hurtigspor', startMonth: 3, durationMonths: 6 },
      { offerId: 'godkjenning-utdanning', startMonth: 2, durationMonths: 6 },
      { offerId: 'norskprove', startMonth: 23, durationMonths: 1 },
      { offerId: 'kompletterende-utdanning', startMonth: 25, durationMonths: 12 },
      { offerId: 'lanekassen', startMonth: 25, durationMonths: 12 },
      { offerId: 'mentor-og-traineeordning', startMonth: 37, durationMonths: 6 },
      { offerId: 'lonnstilskudd', startMonth: 37, durationMonths: 12 },
    ],
    caveats: [
      monthsCaveat,
      localCaveat,
      t('Godkjenning kan ta lang tid, og resultatet avgjør om kompletterende utdanning trengs.', 'Recognition can take a long time, and the outcome decides whether bridging education is needed.'),
      t('Lån og stipend fra Lånekassen kan ikke kombineres med bostøtte.', 'Loans and grants from Lånekassen cannot be combined with housing allowance.'),
    ],
    sources: [
      seed(SEED_MULIGHETSKART_2021, 'kap. 6.3', 'ikke kan få bostøtte kombinert med stipend fra Lånekassen'),
      seed(SEED_MULIGHETSKART_2021, 'kap. 6', 'personer med henholdsvis høy og lav utdanning'),
    ],
    review: reviewMonths,
  },
  {
    id: 'mulu-svak-norsk-etter-programmet',
    persona: {
      name: 'Mulu', fictional: true, age: 45, kinds: ['weak-norwegian-after-programme', 'low-education'],
      summary: t(
        'Mulu har fullført introduksjonsprogrammet, men norsken er fortsatt svak. Hun har seks års skolegang og har jobbet med renhold.',
        'Mulu has finished the introduction programme, but her Norwegian is still weak. She has six years of schooling and has worked in cleaning.',
      ),
    },
    title: t('Videre etter programmet med svak norsk', 'Moving on after the programme with weak Norwegian'),
    goal: t('Fast arbeid innen renhold eller kjøkken.', 'A permanent job in cleaning or a kitchen.'),
    phases: [
      { offerId: 'introduksjonsprogram', startMonth: 0, durationMonths: 24 },
      { offerId: 'introduksjonsstonad', startMonth: 0, durationMonths: 24 },
      { offerId: 'norsk-og-samfunnskunnskap', startMonth: 0, durationMonths: 24 },
      { offerId: 'arbeidstrening', startMonth: 26, durationMonths: 6, note: t('NAV overtar. Ofte går det noen uker eller måneder før et tiltak starter.', 'NAV takes over. Often some weeks or months pass before a measure starts.') },
      { offerId: 'tiltakspenger', startMonth: 26, durationMonths: 6 },
      { offerId: 'norsktrening-frivillig', startMonth: 24, durationMonths: 18, note: t('Norsktrening hos en frivillig organisasjon, ved siden av tiltaket.', 'Norwegian practice with a voluntary organisation, alongside the measure.') },
      { offerId: 'supported-employment', startMonth: 32, durationMonths: 12 },
      { offerId: 'tiltakspenger', startMonth: 32, durationMonths: 12 },
    ],
    caveats: [
      monthsCaveat,
      localCaveat,
      t('Mange NAV-kurs (AMO) krever ofte norsk på A2-nivå. Arbeidstrening kan være et alternativ.', 'Many NAV courses (AMO) often require Norwegian at A2 level. Work training can be an alternative.'),
      t('Overgangen fra kommunen til NAV kan gi måneder uten inntekt. Planlegg den før programmet slutter.', 'The move from the municipality to NAV can leave months without income. Plan it before the programme ends.'),
    ],
    sources: [
      personaQuote('manglende norskferdigheter etter introduksjonsprogram'),
      seed(SEED_MULIGHETSKART_2021, 'kap. 6', 'introduksjonsprogram til NAV'),
    ],
    review: reviewMonths,
  },
  {
    id: 'samir-helseutfordringer',
    persona: {
      name: 'Samir', fictional: true, age: 52, kinds: ['health-problems'],
      summary: t(
        'Samir har ryggplager og søvnproblemer etter flukten. Han har videregående skole og har kjørt buss.',
        'Samir has back problems and trouble sleeping after fleeing. He has upper secondary school and drove a bus.',
      ),
    },
    title: t('Et roligere løp med helseutfordringer', 'A slower route with health problems'),
    goal: t('Arbeid tilpasset helsen, for eksempel i en deltidsstilling.', 'Work adapted to his health, for example a part-time job.'),
    phases: [
      { offerId: 'introduksjonsprogram', startMonth: 0, durationMonths: 24, note: t('Programmet kan tilpasses helsen, for eksempel med redusert tid.', 'The programme can be adapted to his health, for example with reduced hours.') },
      { offerId: 'introduksjonsstonad', startMonth: 0, durationMonths: 24 },
      { offerId: 'norsk-og-samfunnskunnskap', startMonth: 0, durationMonths: 24 },
      { offerId: 'livsmestring-i-nytt-land', startMonth: 1, durationMonths: 1 },
      { offerId: 'flyktningguide', startMonth: 3, durationMonths: 12 },
      { offerId: 'kvalifiseringsprogram', startMonth: 24, durationMonths: 12 },
      { offerId: 'kvalifiseringsstonad', startMonth: 24, durationMonths: 12 },
      { offerId: 'arbeidsforberedende-trening', startMonth: 36, durationMonths: 12 },
      { offerId: 'tiltakspenger', startMonth: 36, durationMonths: 12 },
      { offerId: 'inkluderingstilskudd', startMonth: 48, durationMonths: 6 },
    ],
    caveats: [
      monthsCaveat,
      localCaveat,
      t('Helse kan gjøre løpet lengre eller endre målet. Fastlegen og NAV bør være med i planleggingen.', 'Health can make the route longer or change the goal. The GP and NAV should take part in planning.'),
      t('Kvalifiseringsprogrammet er ikke en rett for alle; NAV vurderer hver enkelt.', 'The qualification programme is not a right for everyone; NAV assesses each person.'),
    ],
    sources: [personaQuote('helseutfordringer')],
    review: reviewMonths,
  },
  {
    id: 'yonas-rask-inntekt-familiegjenforening',
    persona: {
      name: 'Yonas', fictional: true, age: 29, kinds: ['quick-income-family-reunification'],
      summary: t(
        'Yonas vil hente kona og barnet til Norge. Da må han ha inntekt, så han vil i jobb raskt. Han har jobbet som snekker.',
        'Yonas wants to bring his wife and child to Norway. For that he needs an income, so he wants to work soon. He has worked as a carpenter.',
      ),
    },
    title: t('Rask inntekt, fagbrev underveis', 'Quick income, a trade certificate on the way'),
    goal: t('Fast jobb og fagbrev som tømrer, med inntekt som oppfyller kravet for familiegjenforening.', 'A permanent job and a trade certificate as a carpenter, with income that meets the family-reunification requirement.'),
    phases: [
      { offerId: 'introduksjonsprogram', startMonth: 0, durationMonths: 12 },
      { offerId: 'introduksjonsstonad', startMonth: 0, durationMonths: 12 },
      { offerId: 'norsk-og-samfunnskunnskap', startMonth: 0, durationMonths: 18 },
      { offerId: 'arbeidstrening', startMonth: 4, durationMonths: 6, note: t('Arbeidstrening i en byggebedrift, innenfor programmet.', 'Work training at a building firm, within the programme.') },
      { offerId: 'lonnstilskudd', startMonth: 12, durationMonths: 12 },
      { offerId: 'fagbrev-pa-jobb', startMonth: 24, durationMonths: 18 },
      { offerId: 'norsktrening-frivillig', startMonth: 18, durationMonths: 12 },
    ],
    caveats: [
      monthsCaveat,
      localCaveat,
      t('Inntektskravet og hvor lenge det må være oppfylt, bestemmes av utlendingsreglene. Sjekk hos UDI.', 'The income requirement and for how long it must be met are set by the immigration rules. Check with UDI.'),
      t('Rask jobb kan gå på bekostning av norsk. Det kan gjøre senere steg vanskeligere.', 'A quick job can come at the cost of Norwegian. That can make later steps harder.'),
    ],
    sources: [
      personaQuote('ønske om rask inntekt på grunn av krav knyttet til familiegjenforening'),
      seed(SEED_MULIGHETSKART_2021, 'kap. 3', 'inntektskrav for å få innvilget henholdsvis familiegjenforening og permanent opphold'),
    ],
    review: reviewMonths,
  },
  {
    id: 'olena-kollektiv-beskyttelse',
    persona: {
      name: 'Olena', fictional: true, age: 38, kinds: ['collective-protection', 'high-education'],
      summary: t(
        'Olena kom fra Ukraina med midlertidig kollektiv beskyttelse. Hun er utdannet regnskapsfører og har en sønn på 12.',
        'Olena came from Ukraine with temporary collective protection. She is a trained accountant and has a 12-year-old son.',
      ),
    },
    title: t('Kollektiv beskyttelse: kort program og rask vei til arbeid', 'Collective protection: a short programme and a quick route to work'),
    goal: t('Arbeid innen økonomi eller kontor.', 'Work in finance or an office.'),
    phases: [
      { offerId: 'okonomisk-sosialhjelp', startMonth: 0, durationMonths: 1, note: t('Før programmet starter, kan NAV-kontoret gi økonomisk sosialhjelp.', 'Before the programme starts, the NAV office can give financial assistance.') },
      { offerId: 'karriereveiledning-integreringsloven', startMonth: 0, durationMonths: 1, note: t('Rett, men ikke plikt, til karriereveiledning.', 'A right, but no duty, to career guidance.') },
      { offerId: 'introduksjonsprogram', startMonth: 1, durationMonths: 12 },
      { offerId: 'introduksjonsstonad', startMonth: 1, durationMonths: 12 },
      { offerId: 'norsk-og-samfunnskunnskap', startMonth: 1, durationMonths: 12 },
      { offerId: 'godkjenning-utdanning', startMonth: 3, durationMonths: 6 },
      { offerId: 'amo-kurs', startMonth: 13, durationMonths: 6, note: t('For eksempel et kurs i norsk regnskap.', 'For example a course in Norwegian accounting.') },
      { offerId: 'tiltakspenger', startMonth: 13, durationMonths: 6 },
      { offerId: 'arbeidsplassen-jobbsok', startMonth: 13, durationMonths: 9 },
    ],
    caveats: [
      monthsCaveat,
      localCaveat,
      t('Reglene for kollektiv beskyttelse er midlertidige og har endret seg flere ganger. Sjekk hva som gjelder nå.', 'The rules for collective protection are temporary and have changed several times. Check what applies now.'),
      t('AMO-kurs krever ofte norsk på A2-nivå.', 'AMO courses often require Norwegian at A2 level.'),
    ],
    sources: [
      seed(SEED_FAFO_2024, 'kap. 1', 'Flyktninger med kollektiv beskyttelse har rett, men ikke plikt, til å gjennomføre karriereveiledning'),
    ],
    review: reviewMonths,
  },
  {
    id: 'maria-familie-med-norsk-statsborger',
    persona: {
      name: 'Maria', fictional: true, age: 31, kinds: ['family-of-norwegian-citizen'],
      summary: t(
        'Maria er gift med en norsk statsborger og har ikke rett til introduksjonsprogram. Hun har videregående skole fra Filippinene og vil bli helsefagarbeider.',
        'Maria is married to a Norwegian citizen and has no right to the introduction programme. She has upper secondary school from the Philippines and wants to become a health worker.',
      ),
    },
    title: t('Uten introduksjonsprogram: norsk og videregående', 'Without the introduction programme: Norwegian and upper secondary'),
    goal: t('Fagbrev som helsefagarbeider.', 'A trade certificate as a health worker.'),
    phases: [
      { offerId: 'norsk-og-samfunnskunnskap', startMonth: 0, durationMonths: 24 },
      { offerId: 'karriereveiledning-karrieresenter', startMonth: 1, durationMonths: 1 },
      { offerId: 'frivillige-organisasjoner', startMonth: 0, durationMonths: 12 },
      { offerId: 'realkompetansevurdering', startMonth: 8, durationMonths: 2 },
      { offerId: 'videregaende-for-voksne', startMonth: 10, durationMonths: 24 },
      { offerId: 'lanekassen', startMonth: 10, durationMonths: 24 },
    ],
    caveats: [
      monthsCaveat,
      localCaveat,
      t('Uten introduksjonsprogram er det ingen introduksjonsstønad. Månedene før skolestart har ingen offentlig kilde til livsopphold i denne reisen.', 'Without the introduction programme there is no introduction benefit. The months before school starts have no public living-cost source in this journey.'),
      t('Hjelpen fra offentlige tjenester varierer. Karrieresenteret er gratis for alle som bor i fylket.', 'Help from public services varies. The career centre is free for everyone who lives in the county.'),
    ],
    sources: [
      seed(SEED_MULIGHETSKART_2021, 'kap. 6', 'Familiegjenforente med norske statsborgere og arbeidsinnvandrere opplever at hjelpen fra offentlige tjenester varierer'),
    ],
    review: reviewMonths,
  },
  {
    id: 'tomasz-arbeidsinnvandrer-fagbrev',
    persona: {
      name: 'Tomasz', fictional: true, age: 36, kinds: ['labour-migrant'],
      summary: t(
        'Tomasz kom fra Polen for å jobbe som tømrer. Han har jobbet i faget i ti år, men har ikke norsk fagbrev. På jobben snakker de mest engelsk.',
        'Tomasz came from Poland to work as a carpenter. He has worked in the trade for ten years but has no Norwegian trade certificate. At work they mostly speak English.',
      ),
    },
    title: t('Arbeidsinnvandrer: norsk ved siden av jobb, fagbrev som praksiskandidat', 'Labour migrant: Norwegian alongside work, a trade certificate as an experienced candidate'),
    goal: t('Norsk fagbrev som tømrer og norsk på B1-nivå.', 'A Norwegian trade certificate as a carpenter and Norwegian at B1 level.'),
    phases: [
      { offerId: 'norskopplaering-uten-rett', startMonth: 0, durationMonths: 18, note: t('Kveldskurs han betaler selv, eller et tilbud med tilskudd.', 'An evening course he pays for himself, or a subsidised offer.') },
      { offerId: 'praksiskandidat', startMonth: 0, durationMonths: 19, note: t('Han er i jobb og har lønn hele tiden, og tar fagprøven som privatist.', 'He is in work and paid all the time, and takes the trade test as an external candidate.') },
      { offerId: 'karriereveiledning-karrieresenter', startMonth: 1, durationMonths: 1 },
      { offerId: 'norskprove', startMonth: 18, durationMonths: 1 },
      { offerId: 'norsktrening-frivillig', startMonth: 6, durationMonths: 12 },
    ],
    caveats: [
      monthsCaveat,
      localCaveat,
      t('Praksis fra utlandet kan være vanskelig å dokumentere. Fylkeskommunen vurderer om praksisen teller.', 'Experience from abroad can be hard to document. The county decides whether the experience counts.'),
      t('Arbeidsinnvandrere har som regel ikke rett til gratis norskopplæring.', 'Labour migrants usually have no right to free Norwegian training.'),
    ],
    sources: [
      seed(SEED_MULIGHETSKART_2021, 'kap. 6', 'jobber mange arbeidsinnvandrere i firmaer hvor arbeidsspråket er engelsk'),
      seed(SEED_MULIGHETSKART_2021, 'kap. 3.3 Formell opplæring, Fag- og yrkesopplæring', 'mange har lave stillingsbrøker og at det er vanskelig å dokumentere praksis fra utlandet'),
    ],
    review: reviewMonths,
  },
];
