/**
 * Language lane: Norwegian training and practice (seed 003, chapter 3 and 7.3).
 */
import type { RuleSource } from '../rule-source.ts';
import { CHAPTER_6A_IN_FORCE, INTEGRERINGSLOVEN_IN_FORCE, MODEL_START, NO_LEGAL_BASIS, missing, openOffer, questionFor, reason, t } from './kit.ts';
import type { EligibilityRule } from './types.ts';

const S003 = '003_621298d49563d429.txt';

// ---------------------------------------------------------------- norsk-og-samfunnskunnskap

const NOS_AGE = { min: 18, max: 67 } as const; // § 26: "mellom 18 og 67 år"; the right ends at 67.
const NOS_REF = 'integreringsloven §§ 26–27';

const nosSource: RuleSource = {
  law: 'integreringsloven §§ 26–28 (rett og plikt / plikt til opplæring i norsk og samfunnskunnskap)',
  seed: `${S003}: "integreringsloven rett og plikt til deltakelse i norskopplæring og samfunnskunnskap for en større […] målgruppe"`,
  effectiveFrom: INTEGRERINGSLOVEN_IN_FORCE,
  reviewNote:
    'The age limit 18–67 is measured on the day the permit was granted (IMDi legal guide to § 26); we use the age today. ' +
    'Mapping of residence bases is ours: refugee and family reunified with a refugee → § 27 (right and duty); family ' +
    'reunified with someone else → depends on the sponsor (unknown); other (work, study, EEA) → no right (some have a ' +
    'duty without a right under § 28). Collective protection: temporary chapter 6A gives a smaller offer; we say "right" ' +
    'only and must verify whether there is also a duty, and the chapter\'s end date. The right is time-limited and can be ' +
    'used up; its duration is not modelled (yearsInNorway is not used).',
};

const norskOgSamfunnskunnskap: EligibilityRule = {
  offerId: 'norsk-og-samfunnskunnskap',
  source: nosSource,
  evaluate(p, on) {
    const what = t('opplæring i norsk og samfunnskunnskap', 'training in Norwegian and social studies');
    if (p.residenceBasis === undefined) return missing(p.age === undefined ? ['residenceBasis', 'age'] : ['residenceBasis'], NOS_REF, what);
    if (p.residenceBasis === 'other') {
      return {
        status: 'not-eligible',
        reasons: [
          reason(
            'no-right-for-this-permit',
            'integreringsloven §§ 27–28',
            t(
              'Etter integreringsloven gir opphold på grunnlag av arbeid, studier eller EØS-regler ikke rett til gratis opplæring i norsk og samfunnskunnskap. Noen har plikt uten rett. Se «norskopplæring uten rett».',
              'Under integreringsloven, residence based on work, study or EEA rules gives no right to free training in Norwegian and social studies. Some have a duty without a right. See "Norwegian training without a right".',
            ),
          ),
        ],
      };
    }
    if (p.age === undefined) return missing(['age'], NOS_REF, what);
    if (p.age < NOS_AGE.min || p.age >= NOS_AGE.max) {
      return {
        status: 'not-eligible',
        reasons: [
          reason(
            'outside-age-range-18-67',
            'integreringsloven § 26',
            t(
              'Etter integreringsloven gjelder retten personer mellom 18 og 67 år (alderen da oppholdstillatelsen ble gitt).',
              'Under integreringsloven the right covers people aged 18 to 67 (their age when the permit was granted).',
            ),
          ),
        ],
      };
    }
    if (p.residenceBasis === 'refugee' || p.residenceBasis === 'refugee-family-reunification') {
      return {
        status: 'right-and-duty',
        reasons: [
          reason(
            'target-group-section-27',
            NOS_REF,
            t(
              'Etter integreringsloven har flyktninger og familiegjenforente med dem mellom 18 og 67 år rett og plikt til opplæring i norsk og samfunnskunnskap.',
              'Under integreringsloven, refugees and family reunified with them aged 18 to 67 have a right and a duty to training in Norwegian and social studies.',
            ),
          ),
          reason(
            'right-is-time-limited',
            NOS_REF,
            t(
              'Retten gjelder for en begrenset tid og kan brukes opp; kommunen kan si hvor mye du har igjen.',
              'The right lasts for a limited time and can be used up; your municipality can tell you how much is left.',
            ),
          ),
        ],
      };
    }
    if (p.residenceBasis === 'collective-protection') {
      if (on < CHAPTER_6A_IN_FORCE) {
        return {
          status: 'unknown',
          reasons: [
            reason(
              'before-chapter-6A',
              'integreringsloven kapittel 6A (midlertidig)',
              t(
                'Før de midlertidige reglene for kollektiv beskyttelse (15. juni 2022) er ikke reglene for denne gruppen lagt inn her.',
                'Before the temporary rules for collective protection (15 June 2022), the rules for this group are not modelled here.',
              ),
            ),
          ],
          toFindOut: [questionFor.residenceBasis],
        };
      }
      return {
        status: 'right',
        reasons: [
          reason(
            'collective-protection',
            'integreringsloven kapittel 6A (midlertidig), jf. § 26',
            t(
              'Med kollektiv beskyttelse har du etter de midlertidige reglene rett til opplæring i norsk, men tilbudet er mindre enn etter de vanlige reglene. Kommunen kan si om du også har plikt.',
              'With collective protection you have a right to Norwegian training under the temporary rules, but the offer is smaller than under the ordinary rules. Your municipality can tell you whether you also have a duty.',
            ),
          ),
        ],
      };
    }
    // other-family-reunification: the answer depends on who the sponsor is.
    return {
      status: 'unknown',
      reasons: [
        reason(
          'depends-on-sponsor',
          'integreringsloven §§ 27–28',
          t(
            'For familiegjenforente avhenger retten av hvem du er gjenforent med: for eksempel gir gjenforening med en norsk borger rett og plikt, mens gjenforening med en arbeidsinnvandrer kan gi plikt uten rett.',
            'For family reunification the right depends on who you were reunified with: for example reunification with a Norwegian citizen gives a right and a duty, while reunification with a labour migrant may give a duty without a right.',
          ),
        ),
      ],
      toFindOut: [
        t(
          'Hvem er du familiegjenforent med: en norsk eller nordisk borger, en person med flyktningstatus, en arbeidsinnvandrer eller en annen?',
          'Who were you reunified with: a Norwegian or Nordic citizen, a person with refugee status, a labour migrant or someone else?',
        ),
      ],
    };
  },
};

// ---------------------------------------------------------------- open offers

const norskopplaeringUtenRett = openOffer(
  'norskopplaering-uten-rett',
  {
    law: 'integreringsloven § 26 siste ledd (kommunen kan tilby opplæring også til andre)',
    seed: `${S003}: "tilskuddsordning for private tilbydere som skal bidra til å supplere kommunenes norskopplæring, rettet mot nettopp innvandrere som har brukt opp eller ikke har rett til opplæring"`,
    effectiveFrom: INTEGRERINGSLOVEN_IN_FORCE,
    reviewNote: 'The IMDi grant scheme for providers is from 2021 (seed); whether it still exists, and prices, must be checked.',
  },
  'open-to-all',
  'integreringsloven § 26 siste ledd',
  t(
    'Norskkurs finnes også for deg som ikke har rett til gratis opplæring eller har brukt den opp: kommunen kan tilby opplæring, og private og frivillige har kurs. Kurs kan koste penger.',
    'Norwegian courses also exist if you have no right to free training or have used it up: the municipality may offer training, and private and voluntary providers run courses. Courses may cost money.',
  ),
);

const sprakpraksis = openOffer(
  'sprakpraksis',
  {
    law: 'Ingen egen lovhjemmel: innhold i introduksjonsprogrammet eller tiltak fra NAV',
    seed: `${S003}: "Språkpraksis og grunnskole er imidlertid hyppigere brukt enn både yrkesrettet opplæring og videregående opplæring"`,
    effectiveFrom: MODEL_START,
  },
  'no-individual-right',
  NO_LEGAL_BASIS,
  t(
    'Språkpraksis er ingen egen rettighet. Den brukes ofte i introduksjonsprogrammet eller som tiltak fra NAV og avtales med en arbeidsplass. Spør programrådgiveren eller NAV.',
    'Language practice is not a right of its own. It is often part of the introduction programme or a NAV measure and is arranged with a workplace. Ask your programme adviser or NAV.',
  ),
);

const norsktreningFrivillig = openOffer(
  'norsktrening-frivillig',
  {
    law: 'Ingen lovhjemmel: frivillige tilbud',
    seed: `${S003}: "mange som ikke har kjennskap til frivillige organisasjoners tilbud om gratis norsktrening"`,
    effectiveFrom: MODEL_START,
  },
  'open-to-all',
  NO_LEGAL_BASIS,
  t(
    'Frivillige organisasjoner har ofte gratis norsktrening, for eksempel språkkafé, åpen for alle. Hva som finnes, varierer fra sted til sted.',
    'Voluntary organisations often run free Norwegian practice, such as language cafés, open to everyone. What exists varies from place to place.',
  ),
);

const norskprove = openOffer(
  'norskprove',
  {
    law: 'Ingen egen rett for alle: avsluttende prøver etter integreringsloven for deltakere i opplæring; andre melder seg opp selv',
    seed: `${S003}: "informasjon om norskkrav knyttet til permanent opphold og statsborgerskap, kan være nyttig"`,
    effectiveFrom: MODEL_START,
    reviewNote:
      'Who takes Norskprøven free of charge (participants with a right to training) and who pays, and the provision on ' +
      'final tests in integreringsloven, must be verified; the map only says that anyone can register.',
  },
  'open-to-all',
  NO_LEGAL_BASIS,
  t(
    'Alle kan melde seg opp til Norskprøven. Går du i opplæring med rett, kan prøven være gratis; ellers koster den penger. Resultatet brukes blant annet ved opptak til utdanning.',
    'Anyone can register for the Norwegian test (Norskprøven). If you are in training with a right, the test may be free; otherwise it costs money. The result is used for example for admission to education.',
  ),
);

export const languageRules: readonly EligibilityRule[] = [
  norskOgSamfunnskunnskap,
  norskopplaeringUtenRett,
  sprakpraksis,
  norsktreningFrivillig,
  norskprove,
];
