/**
 * Small building blocks shared by the rule files: texts, questions, caveats and rule factories.
 */
import type { RuleSource } from '../rule-source.ts';
import type { ProfileField } from './profile.ts';
import {
  NO_LEGAL_BASIS,
  type EligibilityReason,
  type EligibilityRule,
  type EligibilityStatus,
  type LocalizedText,
  type RuleOutcome,
} from './types.ts';

/**
 * First day of the period the opportunity map models: integreringsloven came into force. Rules
 * resting on older provisions (e.g. opplæringsloven 1998) carry this date as `effectiveFrom`:
 * the entry applies from here, the provision itself may be older. Dates before it get `unknown`.
 */
export const MODEL_START = '2021-01-01';
/** integreringsloven (LOV-2020-11-06-127). */
export const INTEGRERINGSLOVEN_IN_FORCE = '2021-01-01';
/** Temporary chapter 6A of integreringsloven (collective protection). See guidance-right.ts. */
export const CHAPTER_6A_IN_FORCE = '2022-06-15';
/** opplæringslova 2023 (LOV-2023-06-09-30) replaced opplæringsloven 1998. */
export const OPPLAERINGSLOVA_2023_IN_FORCE = '2024-08-01';

export const t = (nb: string, en: string): LocalizedText => ({ nb, en });

export const reason = (code: string, legalRef: string, text: LocalizedText): EligibilityReason => ({ code, text, legalRef });

/** The question that settles a missing field. */
export const questionFor: Record<ProfileField, LocalizedText> = {
  age: t('Hvor gammel er du?', 'How old are you?'),
  residenceBasis: t(
    'Hva slags oppholdstillatelse har du (for eksempel flyktning, familiegjenforent eller kollektiv beskyttelse)?',
    'What kind of residence permit do you have (for example refugee, family reunification or collective protection)?',
  ),
  yearsInNorway: t('Hvor mange år har du bodd i Norge?', 'How many years have you lived in Norway?'),
  schooling: t('Hvor mye skolegang har du fullført?', 'How much schooling have you completed?'),
  foreignEducationRecognised: t(
    'Er utdanningen din fra utlandet godkjent i Norge?',
    'Has your education from abroad been recognised in Norway?',
  ),
  norwegianLevel: t(
    'Hvilket nivå har du i norsk (A1–C1)? Har du tatt Norskprøven?',
    'What is your level of Norwegian (A1–C1)? Have you taken the Norwegian test (Norskprøven)?',
  ),
  yearsOfRelevantPractice: t('Hvor mange års relevant praksis har du?', 'How many years of relevant practice do you have?'),
  employed: t('Er du i lønnet arbeid nå?', 'Are you in paid work now?'),
};

/** `unknown` because fields are missing; one reason per field, naming the rule it is needed for. */
export function missing(fields: readonly ProfileField[], legalRef: string, needFor: LocalizedText): RuleOutcome {
  return {
    status: 'unknown',
    reasons: fields.map((f) =>
      reason(
        `missing-${f}`,
        legalRef,
        t(
          `For å si hva reglene sier om ${needFor.nb}, trenger vi å vite mer (se spørsmålet under).`,
          `To say what the rules say about ${needFor.en}, we need to know more (see the question below).`,
        ),
      ),
    ),
    toFindOut: fields.map((f) => questionFor[f]),
  };
}

/** Status-specific reminder shown with every result. */
export const caveats: Record<EligibilityStatus, LocalizedText> = {
  'right-and-duty': t(
    'Dette er det reglene sier, ikke et vedtak. Hvordan tilbudet er lagt opp, varierer mellom kommuner; kommunen kan si hva som gjelder for deg.',
    'This is what the rules say, not a decision. How the offer is organised varies between municipalities; your municipality can tell you what applies to you.',
  ),
  right: t(
    'Dette er det reglene sier, ikke et vedtak. Hva som tilbys, varierer mellom kommuner og fylker; spør den som har ansvaret for tilbudet.',
    'This is what the rules say, not a decision. What is offered varies between municipalities and counties; ask the body responsible for the offer.',
  ),
  eligible: t(
    'Dette er det reglene sier, ikke et løfte: det er ingen individuell rett, tilbudet varierer mellom steder og finnes ikke overalt, og den som har ansvaret vurderer hver enkelt.',
    'This is what the rules say, not a promise: there is no individual right, the offer varies between places and is not available everywhere, and the body responsible assesses each person.',
  ),
  'not-eligible': t(
    'Dette er det reglene sier ut fra opplysningene du har gitt, ikke et vedtak. Reglene kan ha unntak, og tilbudene varierer lokalt; snakk med kommunen, NAV eller karrieresenteret om andre veier.',
    'This is what the rules say based on what you told us, not a decision. The rules can have exceptions, and offers vary locally; talk to your municipality, NAV or the career centre about other routes.',
  ),
  unknown: t(
    'Vi trenger flere opplysninger for å si hva reglene sier. Tilbudet kan også variere mellom kommuner.',
    'We need more information to say what the rules say. The offer may also vary between municipalities.',
  ),
};

/** An offer open to everyone who lives in Norway: always `eligible`, with one reason. */
export function openOffer(offerId: string, source: RuleSource, code: string, legalRef: string, text: LocalizedText): EligibilityRule {
  return { offerId, source, evaluate: () => ({ status: 'eligible', reasons: [reason(code, legalRef, text)] }) };
}

export { NO_LEGAL_BASIS };
