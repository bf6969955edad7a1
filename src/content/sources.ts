/**
 * Shared building blocks for the content files: seed names, dates, laws and the links we use
 * again and again. Keeping them here means a changed URL or an amended act is fixed in one place.
 */
import type { LegalBasis, Link, SeedFile, SourceRef } from './model.ts';

// ---------------------------------------------------------------------------------------------
// Seeds (/work/shared/seeds)
// ---------------------------------------------------------------------------------------------

/** Proba 2025 for HK-dir: county gatherings on career guidance for refugees. */
export const SEED_PROBA_2025: SeedFile = '000_4d34fa87f84c09e3.txt';
/** Fafo 2024: six good practices in cooperation between municipalities and career centres. */
export const SEED_FAFO_2024: SeedFile = '001_ddaf841434328989.txt';
/** Career centre workshop slides, 2021. */
export const SEED_WORKSHOP_2021: SeedFile = '002_56eb07db012f66ce.txt';
/** ideas2evidence/EGGS for IMDi, April 2021: knowledge base for the visual guide to qualification paths. */
export const SEED_MULIGHETSKART_2021: SeedFile = '003_621298d49563d429.txt';
/** Knowledge base on career guidance in Norway. */
export const SEED_KARRIERE_KUNNSKAP: SeedFile = '004_7de5c590806d3e6a.txt';

export function seed(file: SeedFile, section: string, quote?: string): SourceRef {
  return quote === undefined ? { kind: 'seed', seed: file, section } : { kind: 'seed', seed: file, section, quote };
}

export function law(lawName: string, paragraph: string): SourceRef {
  return { kind: 'law', law: lawName, paragraph };
}

export function web(title: string, url: string): SourceRef {
  return { kind: 'web', title, url };
}

// ---------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------

/** The day this content was last checked against the seeds and the law. */
export const LAST_REVIEWED = '2026-11-22';
/** Seed 003 is dated "Oslo, April 2021"; used as effectiveFrom where the seed is our only dated source. */
export const SEED_003_DATE = '2021-04-01';
/** Integreringsloven (LOV-2020-11-06-127) in force. */
export const INTEGRERINGSLOVEN_IN_FORCE = '2021-01-01';
/** Opplæringslova § 13-3 f (county duty to offer career guidance to everyone resident) in force (seed 004). */
export const COUNTY_GUIDANCE_DUTY_IN_FORCE = '2021-01-01';
/** New rules for NAV's training measures (AMO up to three years), seed 003 footnotes 27 and 34. */
export const NAV_TRAINING_RULES_2019 = '2019-07-01';
/** Regional reform: regional integration work moved from IMDi to the counties (seed 004). */
export const REGION_REFORM_IN_FORCE = '2020-01-01';

// ---------------------------------------------------------------------------------------------
// Laws (names as cited in Norwegian; URLs only where we are sure of the Lovdata document id)
// ---------------------------------------------------------------------------------------------

export const INTEGRERINGSLOVEN = 'integreringsloven';
export const INTEGRERINGSLOVEN_URL = 'https://lovdata.no/dokument/NL/lov/2020-11-06-127';
export const OPPLARINGSLOVA_1998 = 'opplæringslova (1998, oppheva 1. august 2024)';
export const OPPLARINGSLOVA_1998_URL = 'https://lovdata.no/dokument/NL/lov/1998-07-17-61';
export const OPPLARINGSLOVA_2023 = 'opplæringslova (2023, i kraft 1. august 2024)';
export const SOSIALTJENESTELOVEN = 'sosialtjenesteloven';
export const SOSIALTJENESTELOVEN_URL = 'https://lovdata.no/dokument/NL/lov/2009-12-18-131';
export const ARBEIDSMARKEDSLOVEN = 'arbeidsmarkedsloven';
export const ARBEIDSMARKEDSLOVEN_URL = 'https://lovdata.no/dokument/NL/lov/2004-12-10-76';
export const TILTAKSFORSKRIFTEN = 'forskrift om arbeidsmarkedstiltak (tiltaksforskriften)';
export const UTDANNINGSSTOTTELOVEN = 'utdanningsstøtteloven';
export const UTDANNINGSSTOTTELOVEN_URL = 'https://lovdata.no/dokument/NL/lov/2005-06-03-37';
export const HELSEPERSONELLOVEN = 'helsepersonelloven';
export const HELSEPERSONELLOVEN_URL = 'https://lovdata.no/dokument/NL/lov/1999-07-02-64';
export const STATSBORGERLOVEN = 'statsborgerloven';
export const STATSBORGERLOVEN_URL = 'https://lovdata.no/dokument/NL/lov/2005-06-10-51';
export const UTLENDINGSLOVEN = 'utlendingsloven';
export const UTLENDINGSLOVEN_URL = 'https://lovdata.no/dokument/NL/lov/2008-05-15-35';
export const UH_LOVEN = 'universitets- og høyskoleloven';
export const FAGSKOLELOVEN = 'fagskoleloven';
export const BUSTOTTELOVA = 'bustøttelova';

/**
 * A legal basis cited without a § number (by chapter or by the name of the rule) is one whose section we could not
 * confirm: the offer must then carry `review` saying so (enforced by a test). The citation itself stays clean, since
 * readers see it; "not verified" is review info for editors, never part of the text (issue 12 item 8).
 */
export const citesSection = (paragraph: string): boolean => /§/.test(paragraph);

/** Reused legal bases. */
/** A NAV measure whose chapter in tiltaksforskriften is confirmed (tiltakspengeforskriften § 2 lists it). */
export const navMeasureBasis = (chapter: string): LegalBasis[] => [
  { law: ARBEIDSMARKEDSLOVEN, paragraph: '§ 12', url: ARBEIDSMARKEDSLOVEN_URL },
  { law: TILTAKSFORSKRIFTEN, paragraph: `${chapter}, jf. § 1-3` },
];
export const WEB_LOVDATA_TILTAKSPENGEFORSKRIFTEN = web(
  'Lovdata: Tiltakspengeforskriften § 2 (arbeidstrening kapittel 3, oppfølging kapittel 4, opplæring kapittel 7, arbeidsforberedende trening kapittel 13 i tiltaksforskriften), lest 5. desember 2026',
  'https://lovdata.no/dokument/SF/forskrift/2013-11-04-1286',
);

export const NAV_MEASURE_BASIS: readonly LegalBasis[] = [
  { law: ARBEIDSMARKEDSLOVEN, paragraph: '§ 12', url: ARBEIDSMARKEDSLOVEN_URL },
  { law: TILTAKSFORSKRIFTEN, paragraph: `kapittel for tiltaket` },
];

// ---------------------------------------------------------------------------------------------
// Web sources found while checking the seeds against today's law
// ---------------------------------------------------------------------------------------------

export const WEB_PROP_57L_2022_2023 = web(
  'Prop. 57 L (2022–2023) Lov om grunnskoleopplæringa og den vidaregåande opplæringa (opplæringslova), kap. 43 Rett til førebuande og vidaregåande opplæring for vaksne',
  'https://www.regjeringen.no/no/dokumenter/prop.-57-l-20222023/id2967679/',
);
export const WEB_IMDI_VEILEDER_KAP6 = web(
  'IMDi: Juridisk veileder til integreringsloven, kapittel 6 Opplæring i norsk og samfunnskunnskap (§§ 26–28)',
  'https://www.imdi.no/kvalifisering/regelverk/juridisk-veileder-til-integreringsloven/kapittel-6-opplaring-i-norsk-og-samfunnskunnskap/',
);
export const WEB_IMDI_VEILEDER_INTRO = web(
  'IMDi: Veileder til integreringsloven, kapittel 6 Introduksjonsprogram (§§ 8, 12, 12 a, 18 a)',
  'https://www.imdi.no/regelverk/integreringsloven/veileder-til-integreringsloven/6.-introduksjonsprogram',
);
export const WEB_INTEGRERINGSLOVEN_TOC = web(
  'Integreringsloven, innholdsfortegnelse med endringer 2021– (kapittel 4 §§ 8–18 b, kapittel 5 §§ 19–25)',
  'https://norgeslover.no/lov/NL%2Flov%2F2020-11-06-127',
);
export const WEB_PROP_101L_2023_2024 = web(
  'Prop. 101 L (2023–2024) Endringer i integreringsloven m.m., kap. 5 (introduksjonsstønad, supplerende sosialhjelp)',
  'https://regjeringen.no/no/dokumenter/prop.-101-l-20232024/id3037628/?ch=5',
);
export const WEB_PROP_89L_2019_2020_STONAD = web(
  'Prop. 89 L (2019–2020) Lov om integrering gjennom opplæring, utdanning og arbeid, kap. 9 Introduksjonsstønad',
  'https://www.regjeringen.no/no/dokumenter/prop.-89-l-20192020/id2699012/?ch=9',
);
export const WEB_STATSFORVALTEREN_INTRO = web(
  'Statsforvalteren i Rogaland: Introduksjonsprogrammet (minimumsinnhold), oppdatert 16.01.2024',
  'https://www.statsforvalteren.no/rogaland/barnehage-og-opplaring/introduksjonsprogrammet/',
);
export const WEB_UDI_PERMANENT_A1 = web(
  'UDI: Prøve i norsk muntlig for å få permanent oppholdstillatelse (minst nivå A1; Norskprøven gir A1, A2, B1 eller B2)',
  'https://www.udi.no/ord-og-begreper/prove-i-norsk-muntlig-for-a-fa-permanent-oppholdstillatelse/',
);
export const WEB_STATSBORGER_B1 = web(
  'Regjeringen: Ikrafttredelse av endringer i statsborgerforskriften – endringer i språkkravet (B1 muntlig fra 1. oktober 2022)',
  'https://www.regjeringen.no/no/dokumenter/ikrafttredelse-av-endringer-i-statsborgerskriften-endringer-i-sprakkravet/id2925998/',
);
export const WEB_CEFR = web(
  'Council of Europe: Common European Framework of Reference for Languages (CEFR)',
  'https://www.coe.int/en/web/common-european-framework-reference-languages',
);

// ---------------------------------------------------------------------------------------------
// Links to the owners of the detail (stable top-level pages)
// ---------------------------------------------------------------------------------------------

export const LINK_IMDI: Link = {
  title: { nb: 'IMDi – Integrerings- og mangfoldsdirektoratet', en: 'IMDi – the Directorate of Integration and Diversity' },
  url: 'https://www.imdi.no/',
  owner: 'IMDi',
};
export const LINK_INTRO_FAGRESSURS: Link = {
  title: { nb: 'Fagressurs for introduksjonsprogrammet (IMDi)', en: 'Resource pages for the introduction programme (IMDi)' },
  url: 'https://introduksjonsprogrammet.imdi.no/',
  owner: 'IMDi',
};
export const LINK_NAV: Link = {
  title: { nb: 'NAV', en: 'NAV – the Norwegian Labour and Welfare Administration' },
  url: 'https://www.nav.no/',
  owner: 'NAV',
};
export const LINK_ARBEIDSPLASSEN: Link = {
  title: { nb: 'Arbeidsplassen.no – ledige stillinger og CV', en: 'Arbeidsplassen.no – job vacancies and CV' },
  url: 'https://arbeidsplassen.nav.no/',
  owner: 'NAV',
};
export const LINK_UDIR: Link = {
  title: { nb: 'Utdanningsdirektoratet', en: 'The Norwegian Directorate for Education and Training' },
  url: 'https://www.udir.no/',
  owner: 'Utdanningsdirektoratet',
};
export const LINK_VILBLI: Link = {
  title: { nb: 'Vilbli.no – videregående opplæring', en: 'Vilbli.no – upper secondary education' },
  url: 'https://www.vilbli.no/',
  owner: 'Fylkeskommunene',
};
export const LINK_UTDANNING: Link = {
  title: { nb: 'Utdanning.no – utdanninger og yrker', en: 'Utdanning.no – education and occupations' },
  url: 'https://utdanning.no/',
  owner: 'HK-dir',
};
export const LINK_HKDIR: Link = {
  title: { nb: 'HK-dir – Direktoratet for høyere utdanning og kompetanse', en: 'HK-dir – the Directorate for Higher Education and Skills' },
  url: 'https://hkdir.no/',
  owner: 'HK-dir',
};
export const LINK_KARRIEREVEILEDNING: Link = {
  title: { nb: 'Karriereveiledning.no – chat og telefon', en: 'Karriereveiledning.no – chat and phone' },
  url: 'https://karriereveiledning.no/',
  owner: 'HK-dir',
};
export const LINK_LANEKASSEN: Link = {
  title: { nb: 'Lånekassen', en: 'Lånekassen – the State Educational Loan Fund' },
  url: 'https://lanekassen.no/',
  owner: 'Lånekassen',
};
export const LINK_SAMORDNA_OPPTAK: Link = {
  title: { nb: 'Samordna opptak', en: 'Samordna opptak – coordinated admission to higher education' },
  url: 'https://www.samordnaopptak.no/',
  owner: 'HK-dir',
};
export const LINK_HELSEDIREKTORATET: Link = {
  title: { nb: 'Helsedirektoratet', en: 'The Norwegian Directorate of Health' },
  url: 'https://www.helsedirektoratet.no/',
  owner: 'Helsedirektoratet',
};
export const LINK_HUSBANKEN: Link = {
  title: { nb: 'Husbanken – bostøtte', en: 'Husbanken – housing allowance' },
  url: 'https://www.husbanken.no/',
  owner: 'Husbanken',
};
export const LINK_UDI: Link = {
  title: { nb: 'UDI – Utlendingsdirektoratet', en: 'UDI – the Norwegian Directorate of Immigration' },
  url: 'https://www.udi.no/',
  owner: 'UDI',
};
export const LINK_RODE_KORS: Link = {
  title: { nb: 'Røde Kors', en: 'The Norwegian Red Cross' },
  url: 'https://www.rodekors.no/',
  owner: 'Norges Røde Kors',
};

// ---------------------------------------------------------------------------------------------
// Checked against the law in force (issue 12), read 5 December 2026
// ---------------------------------------------------------------------------------------------

/** The day the offers below were checked against the public sources. */
export const CHECKED_AGAINST_LAW = '2026-12-05';

export const WEB_PROP_81L_2024_2025_INTRO = web(
  'Prop. 81 L (2024–2025) kap. 4.1 Målgruppe for introduksjonsprogrammet: kommunen kan tilby program til innvandrere over 55 år (§ 8 tredje ledd), lest 5. desember 2026',
  'https://www.regjeringen.no/no/dokumenter/prop.-81-l-20242025/id3094568/?ch=4',
);
export const WEB_IMDI_INTRO_TARGET_GROUP = web(
  'IMDi: Målgruppe for introduksjonsprogram etter integreringsloven (alder da oppholdstillatelsen ble innvilget; over 55 år kan tilbys), lest 5. desember 2026',
  'https://www.imdi.no/kvalifisering/regelverk/introduksjonsprogrammet/malgruppe-for-introduksjonsprogram-etter-integreringsloven/',
);
export const WEB_REGJERINGEN_ADULTS_RIGHTS = web(
  'Regjeringen: Voksnes rett til opplæring (forberedende opplæring: hele fag, deler av fag, grunnleggende ferdigheter; fagbrev nummer to), lest 5. desember 2026',
  'https://www.regjeringen.no/no/tema/utdanning/voksnes_laering_og_kompetanse/artikler/rett-til-opplaring/id213311/',
);
export const WEB_UDIR_FAGBREV_PA_JOBB = web(
  'Udir: Fagbrev på jobb (fullført grunnskole, i arbeid, ingen plikt for fylkeskommunen), lest 5. desember 2026',
  'https://www.udir.no/utdanningslopet/videregaende-opplaring/andre-varianter/fagbrev-pa-jobb/',
);
export const WEB_VESTLAND_FAGBREV_PA_JOBB = web(
  'Vestland fylkeskommune: Fagbrev på jobb (minst to års arbeidserfaring), lest 5. desember 2026',
  'https://www.vestlandfylke.no/utdanning-og-karriere/voksen/fagbrev-pa-jobb/',
);
export const WEB_PROP_57L_PRAKSISKANDIDAT = web(
  'Prop. 57 L (2022–2023) kap. 49.2.2 Praksiskandidatar («25 prosent lengre enn den fastsette læretida»), lest 5. desember 2026',
  'https://www.regjeringen.no/no/dokumenter/prop.-57-l-20222023/id2967679/?ch=49',
);
export const WEB_SAMORDNA_NORSKKRAV = web(
  'Samordna opptak: Krav til norsk og engelsk (Norskprøven med minst B2 i alle fire ferdigheter), lest 5. desember 2026',
  'https://www.samordnaopptak.no/info/utenlandsk_utdanning/sprakkrav/krav-til-norsk-og-engelsk-for_hoyere_utdannning/',
);
export const WEB_LANEKASSEN_FLYKTNING = web(
  'Lånekassen: Flyktning – hvem kan få flyktningstipend (også kollektiv beskyttelse; ikke samtidig med introduksjonsstønad; inntil tre år), lest 5. desember 2026',
  'https://lanekassen.no/nb-NO/regelverk/tildeling/del1-kapittel2/utenlandsk-statsborger/flyktning/',
);
export const WEB_NAV_R76_KAP7 = web(
  'NAV: Rundskriv R76-12-01 til tiltaksforskriften («Sist endret 01.07.2025. Kapittel 7 – Opplæring er helt omarbeidet»), lest 5. desember 2026',
  'https://www.nav.no/nav.no-ressurser/lenker/regelverk/rettskildene/hovednr.76-11-utfyllende-regler-om-mentorordningen',
);
