/** Shared by the eligibility tests (not imported by application code). */

/** Always `eligible`, whatever the profile says. */
export const alwaysEligible = [
  'norskopplaering-uten-rett',
  'sprakpraksis',
  'norsktrening-frivillig',
  'norskprove',
  'karriereveiledning-karrieresenter',
  'mentor',
  'inkluderingstilskudd',
  'supported-employment',
  'frivillige-organisasjoner',
  'flyktningguide',
  'leksehjelp',
  'arbeidsplassen-jobbsok',
  'okonomisk-sosialhjelp',
  'bostotte',
];

/** The deciding condition is outside the profile (a NAV assessment, the profession): never positive. */
export const cannotSayYes = ['autorisasjon-helse', 'kvalifiseringsprogram', 'arbeidsforberedende-trening', 'kvalifiseringsstonad', 'tiltakspenger'];
/** Discretionary or not settled by the profile: the rule never says not-eligible. */
export const cannotSayNo = [
  'realkompetansevurdering',
  'amo-kurs',
  'arbeidsforberedende-trening',
  'arbeidstrening',
  'lonnstilskudd',
  'lanekassen',
  'tiltakspenger',
];
