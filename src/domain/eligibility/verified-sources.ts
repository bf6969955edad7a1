/**
 * Public pages the rules were checked against (issue 12), with the day read and the words that settle the point.
 * One place, so a moved page or a changed rule is found and fixed once.
 */
import type { VerifiedSource } from '../rule-source.ts';

const READ = '2026-12-05';
const v = (url: string, quote: string): VerifiedSource => ({ url, readOn: READ, quote });

export const PROP_81L_INTRO_OVER_55 = v(
  'https://www.regjeringen.no/no/dokumenter/prop.-81-l-20242025/id3094568/?ch=4',
  'Kommunen kan tilby introduksjonsprogram til flere enn de som er i rett og plikt-gruppen, blant annet til innvandrere over 55 år med oppholdsgrunnlag som nevnt i § 9. Dette følger av § 8 tredje ledd. Denne adgangen gjelder også for personer med midlertidig kollektiv beskyttelse.',
);
export const IMDI_INTRO_TARGET_GROUP = v(
  'https://www.imdi.no/kvalifisering/regelverk/introduksjonsprogrammet/malgruppe-for-introduksjonsprogram-etter-integreringsloven/',
  'I tillegg kan kommunen tilby introduksjonsprogrammet til personer som: er over 55 år, men som ellers er omfattet av målgruppen for rett og plikt til introduksjonsprogram',
);
export const REGJERINGEN_ADULTS_RIGHTS = v(
  'https://www.regjeringen.no/no/tema/utdanning/voksnes_laering_og_kompetanse/artikler/rett-til-opplaring/id213311/',
  'omfatter hele fag, deler av fag eller opplæring i grunnleggende ferdigheter som lesing, skriving, norsk muntlig, regning og data. Alle som er over 16 år og som trenger det, har rett til gratis opplæring.',
);
export const REGJERINGEN_SECOND_VOCATIONAL = v(
  'https://www.regjeringen.no/no/tema/utdanning/voksnes_laering_og_kompetanse/artikler/rett-til-opplaring/id213311/',
  'Voksne som fra tidligere har studiekompetanse eller et fagbrev får også rett til å ta et fagbrev nummer to',
);
export const PROP_57L_PRAKSISKANDIDAT = v(
  'https://www.regjeringen.no/no/dokumenter/prop.-57-l-20222023/id2967679/?ch=49',
  'fag- eller sveineprøven på grunnlag av allsidig praksis i faget som er 25 prosent lengre enn den fastsette læretida',
);
export const OSTFOLD_PRAKSISKANDIDAT_SPECIAL_TRADES = v(
  'https://www.ostfoldfk.no/opplaring/fagprove-svenneprove/praksiskandidat-voksen/hva-er-en-praksiskandidat.5140.aspx',
  'I noen få fag (for eksempel elektro- og rørleggerfaget) må du skaffe deg 9790 timers praksis.',
);
export const UDIR_FAGBREV_PA_JOBB = v(
  'https://www.udir.no/utdanningslopet/videregaende-opplaring/andre-varianter/fagbrev-pa-jobb/',
  'Målgruppen er voksne i arbeidslivet som har fullført grunnskolen eller tilsvarende opplæring. … Fylkeskommunen har ikke en plikt til å tilby fagbrev på jobb.',
);
export const INNLANDET_FAGBREV_PA_JOBB = v(
  'https://innlandetfylke.no/tjenester/skole-og-utdanning/opplaring-for-voksne/fagbrev-pa-jobb/',
  'Målgruppen for fagbrev på jobb er voksne over 25 år som har fullført grunnskolen eller tilsvarende opplæring.',
);
export const VESTLAND_FAGBREV_PA_JOBB = v(
  'https://www.vestlandfylke.no/utdanning-og-karriere/voksen/fagbrev-pa-jobb/',
  'I Vestland fylkeskommune er det krav om minst to år med relevant arbeidserfaring',
);
export const SAMORDNA_B2_ALL_FOUR = v(
  'https://www.samordnaopptak.no/info/utenlandsk_utdanning/sprakkrav/krav-til-norsk-og-engelsk-for_hoyere_utdannning/',
  'Du må ta enten hele Norskprøven og få B2 på alle 4 delprøvene',
);
export const LANEKASSEN_REFUGEE_GRANT = v(
  'https://lanekassen.no/nb-NO/regelverk/tildeling/del1-kapittel2/utenlandsk-statsborger/flyktning/',
  'Ukrainere med oppholdsgrunnlaget kollektiv beskyttelse kan få flyktningstipend. … Du kan ikke få flyktningstipend samtidig som du får introduksjonsstønad. … inntil tre år innenfor en periode på 6 år etter datoen du fikk innvilget beskyttelse.',
);
export const NAV_R76_CHAPTER_7_REWRITTEN = v(
  'https://www.nav.no/nav.no-ressurser/lenker/regelverk/rettskildene/hovednr.76-11-utfyllende-regler-om-mentorordningen',
  'Sist endret 01.07.2025. Kapittel 7 – Opplæring er helt omarbeidet',
);
export const IMDI_INTRO_BENEFIT = v(
  'https://www.imdi.no/regelverk/integreringsloven/veileder-til-integreringsloven/6.-introduksjonsprogram',
  'Deltakere i introduksjonsprogrammet har rett til introduksjonsstønad.',
);
export const LOVDATA_TILTAKSPENGEFORSKRIFTEN_CHAPTERS = v(
  'https://lovdata.no/dokument/SF/forskrift/2013-11-04-1286',
  'arbeidstrening, jf. forskrift om arbeidsmarkedstiltak kapittel 3, c) oppfølging, jf. forskrift om arbeidsmarkedstiltak kapittel 4, d) opplæring, jf. forskrift om arbeidsmarkedstiltak kapittel 7, … f) arbeidsforberedende trening, jf. forskrift om arbeidsmarkedstiltak kapittel 13',
);
export const NAV_TILTAKSFORSKRIFTEN_1_3 = v(
  'https://www.nav.no/nav.no-ressurser/lenker/regelverk/rettskildene/f11.12.2015-nr-1598-forskrift-om-arbeidsmarkedstiltak-kapittel-13.arbeidsforberedende-trening',
  'Deltakelse i tiltaket bør være nødvendig og hensiktsmessig for at deltakeren skal skaffe seg eller beholde inntektsgivende arbeid. … Tiltaksdeltakere må være fylt 16 år.',
);
export const OTPRP_70_KVALIFISERINGSSTONAD = v(
  'https://regjeringen.no/no/dokumenter/otprp-nr-70-2006-2007-/id471846/?ch=7',
  'Det foreslås at deltakelse i kvalifiseringsprogrammet skal gi rett til kvalifiseringsstønad',
);
