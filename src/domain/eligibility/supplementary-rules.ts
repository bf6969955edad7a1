/**
 * Supplementary offers: the voluntary sector, networks and the mandatory "Livsmestring" course
 * (seed 003 chapter 7.4, seeds 000/001).
 */
import { INTEGRERINGSLOVEN_IN_FORCE, MODEL_START, NO_LEGAL_BASIS, openOffer, reason, t } from './kit.ts';
import type { EligibilityRule } from './types.ts';
import { introductionProgramme } from './work-rules.ts';

const S000 = '000_4d34fa87f84c09e3.txt';
const S003 = '003_621298d49563d429.txt';

const LIFE_SKILLS_REF = 'integreringsloven kapittel 4 og integreringsforskriften (obligatorisk innhold i introduksjonsprogrammet)';

const livsmestring: EligibilityRule = {
  offerId: 'livsmestring-i-nytt-land',
  source: {
    law: LIFE_SKILLS_REF,
    seed: `${S000}: "Det er obligatorisk med 25 timer livsmestringskurs for deltakere med rett og plikt til introduksjonsprogram."`,
    effectiveFrom: INTEGRERINGSLOVEN_IN_FORCE,
    reviewNote: 'Follows the introduction-programme rule. The exact provision (act or regulation) making the course mandatory must be verified.',
  },
  evaluate(p, on) {
    const intro = introductionProgramme(p, on);
    switch (intro.status) {
      case 'unknown':
        return intro;
      case 'right-and-duty':
        return {
          status: 'right-and-duty',
          reasons: [
            reason(
              'mandatory-in-programme',
              LIFE_SKILLS_REF,
              t(
                'Livsmestring i et nytt land er obligatorisk innhold (25 timer) i introduksjonsprogrammet for deg som har rett og plikt til programmet.',
                'Life skills in a new country is mandatory content (25 hours) of the introduction programme for people with a right and a duty to the programme.',
              ),
            ),
          ],
        };
      case 'not-eligible':
        return {
          status: 'not-eligible',
          reasons: [
            reason(
              'part-of-programme',
              LIFE_SKILLS_REF,
              t(
                'Kurset er en del av introduksjonsprogrammet, og reglene for programmet dekker deg ikke ut fra det du har oppgitt. Frivillige og kommunen kan ha lignende tilbud.',
                'The course is part of the introduction programme, and the programme\'s rules do not cover you on what you told us. Voluntary groups and the municipality may have similar offers.',
              ),
            ),
            ...intro.reasons,
          ],
        };
      default:
        return {
          status: 'eligible',
          reasons: [
            reason(
              'if-in-programme',
              LIFE_SKILLS_REF,
              t(
                'Kurset er en del av introduksjonsprogrammet; kommunen avgjør om det inngår i ditt program.',
                'The course is part of the introduction programme; the municipality decides whether it is part of yours.',
              ),
            ),
          ],
        };
    }
  },
};

const voluntary = (offerId: string, seed: string, nb: string, en: string): EligibilityRule =>
  openOffer(offerId, { law: 'Ingen lovhjemmel: frivillige og åpne tilbud', seed, effectiveFrom: MODEL_START }, 'open-to-all', NO_LEGAL_BASIS, t(nb, en));

const frivilligeOrganisasjoner = voluntary(
  'frivillige-organisasjoner',
  `${S003}: "flertallet av disse respondentene ønsker mer informasjon om hvem disse aktørene er, og hvilke aktiviteter de kan tilby"`,
  'Frivillige organisasjoner (for eksempel Røde Kors og frivilligsentraler) har tilbud som er åpne for alle. Hva som finnes, varierer fra sted til sted.',
  'Voluntary organisations (for example the Red Cross and volunteer centres) have offers open to everyone. What exists varies from place to place.',
);

const flyktningguide = voluntary(
  'flyktningguide',
  `${S003}: "for eksempel flyktningguider, språkpraksis, leksehjelp, besøksvenn, åpen barnehage"`,
  'En flyktningguide er en frivillig du kan bli kjent med og øve norsk med. Det er åpent for alle som er nye i Norge, der ordningen finnes.',
  'A refugee guide is a volunteer you can get to know and practise Norwegian with. It is open to everyone new in Norway, where the scheme exists.',
);

const leksehjelp = voluntary(
  'leksehjelp',
  `${S003}: "språkkafe, leksehjelp, mentorordninger, Røde Kors flyktningeguider eller idretten"`,
  'Leksehjelp drives ofte av frivillige og bibliotek og er åpen for alle, også voksne som går på skole. Tilbudet varierer mellom steder.',
  'Homework help is often run by volunteers and libraries and is open to everyone, including adults at school. It varies between places.',
);

const arbeidsplassenJobbsok = voluntary(
  'arbeidsplassen-jobbsok',
  `${S003}: "offentlig tilgjengelige markedsplasser for jobbsøkere, som arbeidsplassen.no eller finn.no"`,
  'Arbeidsplassen.no fra NAV viser ledige stillinger og er åpen for alle. Mange jobber finner man også gjennom nettverk.',
  'Arbeidsplassen.no from NAV lists vacancies and is open to everyone. Many jobs are also found through networks.',
);

export const supplementaryRules: readonly EligibilityRule[] = [
  livsmestring,
  frivilligeOrganisasjoner,
  flyktningguide,
  leksehjelp,
  arbeidsplassenJobbsok,
];
