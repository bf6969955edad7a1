/**
 * The national quality framework for career guidance as data, for a career centre's yearly self-evaluation
 * (issue 14, item 5; COOPERATION.md § 5).
 *
 * Seed 004 § 2.3: "Nasjonalt kvalitetsrammeverk for karriereveiledning, som er et tverrsektorielt rammeverk, kom på
 * plass i oktober 2020, og blir i dag forvaltet av HK-dir." … "Rammeverket består av fire områder: 1.
 * Kompetansestandarder 2. Karrierekompetanse 3. Etikk 4. Kvalitetssikring". And: "Rammeverket er imidlertid ikke et
 * absolutt krav til veiledningstjenestene, men angir en ønsket standard og et nivå på karriereveiledningen."
 *
 * The four areas are the framework's own headings. The question under each is the one HK-dir's report page gives
 * for it (verifiedBy below). Nothing here is invented: where a wording could not be checked (the English
 * questions, the score scale) the entry says so in reviewNote.
 */
import type { RuleSource } from './rule-source.ts';

export interface FrameworkArea {
  key: 'competence-standards' | 'career-competence' | 'ethics' | 'quality-assurance';
  /** The framework's heading, in Norwegian as published, and in English. */
  heading: { nb: string; en: string };
  /** The guiding question the framework asks of the area. */
  question: { nb: string; en: string };
}

export const frameworkAreas: readonly FrameworkArea[] = [
  {
    key: 'competence-standards',
    heading: { nb: 'Kompetansestandarder', en: 'Competence standards' },
    question: { nb: 'Hva må en karriereveileder kunne?', en: 'What must a career guidance practitioner know and be able to do?' },
  },
  {
    key: 'career-competence',
    heading: { nb: 'Karrierekompetanse', en: 'Career competence' },
    question: { nb: 'Hva skal læringsutbyttet av karriereveiledning være?', en: 'What should the learning outcome of career guidance be?' },
  },
  {
    key: 'ethics',
    heading: { nb: 'Etikk', en: 'Ethics' },
    question: { nb: 'Hva er god og etisk fundert karriereveiledning?', en: 'What is good, ethically grounded career guidance?' },
  },
  {
    key: 'quality-assurance',
    heading: { nb: 'Kvalitetssikring', en: 'Quality assurance' },
    question: { nb: 'Hvordan vet vi at det arbeidet som gjøres, har god kvalitet?', en: 'How do we know that the work being done is of good quality?' },
  },
];
export type FrameworkAreaKey = FrameworkArea['key'];
export const frameworkAreaKeys = frameworkAreas.map((a) => a.key) as [FrameworkAreaKey, ...FrameworkAreaKey[]];

export const frameworkSource: RuleSource = {
  law: 'Nasjonalt kvalitetsrammeverk for karriereveiledning (Kompetanse Norge 2020, forvaltet av HK-dir). Ikke lov eller forskrift.',
  seed:
    '004_7de5c590806d3e6a.txt § 2.3: "Rammeverket består av fire områder: 1. Kompetansestandarder 2. Karrierekompetanse 3. Etikk 4. Kvalitetssikring" ' +
    'and summary: "Kvalitetsrammeverket er ikke nedfelt i lov eller forskrift i noen av sektorene."',
  effectiveFrom: '2020-10-16',
  reviewNote:
    'The Norwegian headings and questions are checked against HK-dir\'s page (verifiedBy). The English questions are our ' +
    'translation (HK-dir\'s English page names the areas but was not read for the questions), and the competence standards\' ' +
    'seven sub-areas are not listed here because only the first ("Veiledningsprosesser og relasjoner") could be checked. ' +
    'The quality assurance part ("Vår kvalitet", 2021) has its own quality model, not encoded: confirm with HK-dir before using its terms.',
  verifiedBy: [
    {
      url: 'https://hkdir.no/rapporter-undersokelser-og-statistikk/nasjonalt-kvalitetsrammeverk-for-karriereveiledning-presentasjon-av-omradene-kompetasestandarder-karrierekompetanse-og-etikk',
      readOn: '2026-12-06',
      quote:
        '1. Kompetansestandarder: Hva må en karriereveileder kunne? 2. Karrierekompetanse: Hva skal læringsutbyttet av karriereveiledning være? ' +
        '3. Etikk: Hva er god og etisk fundert karriereveiledning? 4. Kvalitetssikring: Hvordan vet vi at det arbeidet som gjøres, har god kvalitet?',
    },
    {
      url: 'https://hkdir.no/kvalitet-i-karriereveiledning/kompetansestandarder',
      readOn: '2026-12-06',
      quote: 'Kompetansestandardene består av sju kompetanseområder … Kompetansestandardene opererer med to nivåer av kompetanse: kompetent og spesialisert.',
    },
  ],
};

/**
 * The self-evaluation's score per area: 1 (not begun) to 4 (established and followed up). A product choice, not the
 * framework's (its tool "Vår kvalitet" has its own scale, which we could not verify): an even number of steps so a
 * centre cannot park every area in the middle.
 */
export const evaluationScores = [1, 2, 3, 4] as const;
export type EvaluationScore = (typeof evaluationScores)[number];
export const evaluationScoreSource: RuleSource = {
  law: 'Produktregel (issue 14).',
  effectiveFrom: '2026-01-01',
  reviewNote: 'Four steps chosen by the developers; replace with HK-dir\'s own scale from "Vår kvalitet" if a centre asks for it.',
};

/** Longest evidence or improvement text per area. */
export const EVALUATION_TEXT_MAX = 4000;

/**
 * Only the current year's evaluation is edited; earlier years stay as they were written so that a centre (and
 * its county) can compare years. Returns whether `year` may still be changed on `today` ('YYYY-MM-DD', Oslo).
 */
export function evaluationYearOpen(year: number, today: string): boolean {
  return year === Number(today.slice(0, 4));
}

/** An area's entry in a self-evaluation; everything may be blank while a draft. */
export interface AreaEntry {
  area: FrameworkAreaKey;
  score: EvaluationScore | null;
  evidence: string;
  improvement: string;
}

/** How far an evaluation is: areas with a score, and the average score over those (one decimal). */
export function evaluationSummary(entries: readonly AreaEntry[]): { scored: number; of: number; average: number | null; withAction: number } {
  const scored = entries.filter((e) => e.score !== null);
  const sum = scored.reduce((a, e) => a + (e.score ?? 0), 0);
  return {
    scored: scored.length,
    of: frameworkAreas.length,
    average: scored.length ? Math.round((sum / scored.length) * 10) / 10 : null,
    withAction: entries.filter((e) => e.improvement.trim().length > 0).length,
  };
}
