/**
 * Where the facts in the information package come from, per section of the Norwegian source text.
 *
 * Seed quotes are verbatim (whitespace aside) and checked against /work/shared/seeds by the test.
 * `offers` points at opportunity-map offers whose own sources back the same fact, so one fact has
 * one place of evidence. `review` says what a person with legal or subject knowledge must check.
 */
import type { OfferId, SourceRef } from '../model.ts';
import {
  INTEGRERINGSLOVEN,
  SEED_FAFO_2024,
  SEED_KARRIERE_KUNNSKAP,
  SEED_MULIGHETSKART_2021,
  SEED_PROBA_2025,
  SEED_WORKSHOP_2021,
  WEB_CEFR,
  law,
  seed,
} from '../sources.ts';
import type { SectionId } from './sections.ts';

export interface SectionSources {
  sources: SourceRef[];
  offers?: OfferId[];
  review?: string;
}

/** Why the package exists and why it is split by background (grep 3). */
export const packageSources: SourceRef[] = [
  seed(
    SEED_FAFO_2024,
    'Grep 3: Gode grep for å formidle informasjon til deltaker',
    'Informasjonsmaterieellet bør utformes på mange språk, gjerne med forskjellige pakker for deltakere med ulik bakgrunn.',
  ),
  seed(
    SEED_FAFO_2024,
    'Grep 3: Gode grep for å formidle informasjon til deltaker',
    'Dette kan for eksempel innebære ulik informasjon for de uten skolegang, for de med ungdomsskole, og for de med fullført videregående skole.',
  ),
  seed(
    SEED_FAFO_2024,
    'Grep 3: Formidle informasjon til deltaker før veiledningssamtalen',
    'HK-dir har produsert noe standard-materiell om hva karriereveiledning er og om det norske utdanningssystemet, på flere språk.',
  ),
  seed(
    SEED_FAFO_2024,
    'Grep 3: Gode grep for å formidle informasjon til deltaker',
    'Både karriereveiledere og programrådgivere mente standardisert informasjon om hva karriereveiledning er og hva som skal foregå i veiledningssamtalen var nyttig for forventningsavklaring og forberedelse før den obligatoriske veiledningssamtalen.',
  ),
];

export const infoPackageSources: Record<SectionId, SectionSources> = {
  'what-is-guidance': {
    sources: [
      seed(SEED_FAFO_2024, 'Innledning', 'Målet er å bidra til at den enkelte skal ta informerte valg om arbeid og utdanning.'),
      seed(
        SEED_FAFO_2024,
        'Innledning',
        'Det er fylkeskommunenes regionale karrieresentre som skal sørge for at deltakerne i introduksjonsprogram får den karriereveiledningen som er pålagt gjennom integreringsloven.',
      ),
    ],
    offers: ['karriereveiledning-integreringsloven'],
  },
  'session-what-happens': {
    sources: [
      seed(SEED_WORKSHOP_2021, 'Gjennomføring av karriereveiledningssamtaler', 'Tidsramme; 15 min. forsamtale (PR) 60 min. veiledning 15 min. ettersamtale (PR)'),
      seed(SEED_WORKSHOP_2021, 'Gjennomføring av karriereveiledningssamtaler', 'Programrådgiveren er tilstede'),
      seed(SEED_FAFO_2024, 'Innledning', '5: To veiledningsmøter med hver deltaker'),
      seed(SEED_PROBA_2025, 'Oppsummering', 'benyttet seg av karrieresenterets tilbud om individuell veiledning og gruppeveiledning'),
    ],
    offers: ['karriereveiledning-integreringsloven'],
    review: 'The hour is one centre’s model (seed 002); the text says "ofte omtrent". Where the session is held varies by centre.',
  },
  'session-interpreter': {
    sources: [
      seed(SEED_PROBA_2025, 'Forberedelse av samtalen', 'At det bestilles tolk til samtalen, og at karriereveileder informerer tolk om ord og begreper som skal benyttes'),
      seed(SEED_WORKSHOP_2021, 'Samtale struktur', 'Velkommen, Tolk presenterer seg,'),
    ],
    review:
      'Not in the seeds: that the participant pays nothing for the interpreter (the public body that orders the ' +
      'interpreter pays, tolkeloven) and that interpreter and counsellor have a duty of confidentiality ' +
      '(tolkeloven § 8, forvaltningsloven § 13). Verify both before a centre relies on the text.',
  },
  'session-after': {
    sources: [
      seed(
        SEED_FAFO_2024,
        'Utsatt karriereveiledning',
        'Anbefalingen formidles i karriereveileders notat, som utarbeides på grunnlag av det obligatoriske veiledningsmøtet.',
      ),
      seed(
        SEED_FAFO_2024,
        'Innledning',
        'kommunene får et bedre grunnlag for å planlegge introduksjonsprogrammet sammen med den enkelte deltaker',
      ),
      seed(SEED_WORKSHOP_2021, 'Samtale struktur', 'Epost til flyktningen'),
      law(INTEGRERINGSLOVEN, '§ 11 fjerde ledd (anbefaling om arbeid eller utdanning)'),
    ],
    offers: ['karriereveiledning-integreringsloven'],
  },
  'right-and-duty': {
    sources: [
      seed(
        SEED_FAFO_2024,
        'Innledning',
        'Integreringsloven 2021, § 11: Personer som omfattes av § 8 første ledd, har rett og plikt til å gjennomføre karriereveiledning.',
      ),
      seed(
        SEED_KARRIERE_KUNNSKAP,
        'Karriereveiledning for nyankomne',
        'personer som er i målgruppen for introduksjonsprogrammet, dvs. innvandrere mellom 18 og 55 år',
      ),
      seed(
        SEED_FAFO_2024,
        'Grep 2: Fleksibilitet knyttet til tidspunkt',
        'bør programrådgiver skrive et notat med begrunnelse og legge inn i integreringsplanen at deltakeren skal ha karriereveiledning senere.',
      ),
      law(INTEGRERINGSLOVEN, '§ 11 første ledd, jf. § 8 første ledd'),
    ],
    review: 'Same rule as src/domain/guidance-right.ts (age 18–55 on the settlement date); verify § 8 sub-groups there.',
  },
  'right-only': {
    sources: [
      seed(
        SEED_FAFO_2024,
        'Innledning',
        'Flyktninger med kollektiv beskyttelse har rett, men ikke plikt, til å gjennomføre karriereveiledning (integreringsloven, §37 b.).',
      ),
      seed(SEED_PROBA_2025, 'Lovgrunnlag', 'fremgår det at karriereveiledningen skal kunne foregå i gruppe.'),
      law(INTEGRERINGSLOVEN, '§ 37 b (midlertidig kapittel 6A)'),
    ],
    review: 'Chapter 6A is temporary (see src/domain/guidance-right.ts): remove or rewrite this section when it lapses.',
  },
  'guidance-for-everyone': {
    sources: [
      seed(SEED_KARRIERE_KUNNSKAP, 'Opplæringslova § 13-3 f', 'gratis karriererettleiing for alle som er busette der.'),
      seed(
        SEED_KARRIERE_KUNNSKAP,
        'Karriereveiledning.no',
        'Brukerne kan ta kontakt med en profesjonell veileder på chat eller telefon, og tjenesten er gratis',
      ),
    ],
    offers: ['karriereveiledning-karrieresenter'],
    review: 'Follow-up guidance near the end of the programme on the participant’s wish is from the domain brief, not a seed quote.',
  },
  'where-to-ask': {
    sources: [
      seed(
        SEED_FAFO_2024,
        'Grep 3: Gode grep for å formidle informasjon til deltaker',
        'Informasjonen bør formidles av de i kommunen som har mest kontakt med de nyankomne i tiden mellom bosetting og den obligatoriske veiledningen.',
      ),
    ],
  },
  'education-system-overview': {
    sources: [...packageSources.slice(2, 3)],
    offers: ['grunnskole-for-voksne', 'videregaende-for-voksne', 'fagbrev-larling', 'hoyere-utdanning', 'fagskole'],
    review: 'General facts about Norwegian schooling (10 years from age 6; upper secondary usually 3–4 years) are not from the seeds.',
  },
  'education-system-no-schooling': {
    sources: [...packageSources.slice(1, 2)],
    offers: ['grunnskole-for-voksne', 'introduksjonsprogram'],
  },
  'education-system-primary': {
    sources: [...packageSources.slice(1, 2)],
    offers: ['grunnskole-for-voksne', 'realkompetansevurdering', 'videregaende-for-voksne'],
  },
  'education-system-upper-secondary': {
    sources: [...packageSources.slice(1, 2)],
    offers: ['videregaende-for-voksne', 'fagbrev-larling', 'praksiskandidat'],
  },
  'education-system-higher': {
    sources: [seed(
      SEED_MULIGHETSKART_2021,
      'kap. 4.4, fotnote 52',
      'kravet om B2 for opptak til høyere utdanning kommer som en overraskelse på mange, og at kravet burde vært kommunisert bedre',
    )],
    offers: ['hoyere-utdanning', 'fagskole', 'kompletterende-utdanning'],
    review: 'Lånekassen support for refugees depends on residence status; the text says "kanskje".',
  },
  'recognition-prior-learning': {
    sources: [],
    offers: ['realkompetansevurdering'],
  },
  'recognition-papers': {
    sources: [],
    offers: ['godkjenning-utdanning', 'realkompetansevurdering'],
    review: 'That there are other ways to show what you know without papers (realkompetansevurdering; HK-dir schemes for people without verifiable documents) should be confirmed by a career centre.',
  },
  'recognition-foreign-education': {
    sources: [],
    offers: ['godkjenning-utdanning', 'autorisasjon-helse', 'kompletterende-utdanning'],
  },
  'norwegian-levels-overview': {
    sources: [
      WEB_CEFR,
      seed(
        SEED_MULIGHETSKART_2021,
        'kap. 7.3 Informasjon om norskopplæring som ønskes inkludert i veilederen',
        'mange av respondentene ønsker en beskrivelse av hva som kjennetegner de ulike norskspråklige nivåene (A1 til C1)',
      ),
    ],
    offers: ['norsk-og-samfunnskunnskap'],
  },
  'norwegian-levels-requirements': {
    sources: [seed(SEED_MULIGHETSKART_2021, 'kap. 6.2, Mangelfull tilgang på tilbud', 'Flere erfarer at AMO-kurs ofte har krav om nivå A2 i norsk')],
    offers: ['amo-kurs', 'hoyere-utdanning'],
    review: 'Permanent residence and citizenship requirements change; the text names no level on purpose (see levelRequirements in norwegian-levels.ts).',
  },
  'norwegian-levels-learning': {
    sources: [],
    offers: ['norsk-og-samfunnskunnskap', 'sprakpraksis'],
    review: 'That Norwegian training has classes (spor 1) with literacy training for people with little schooling is from the curriculum, not the seeds; verify.',
  },
};
