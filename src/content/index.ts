/**
 * Public surface of the opportunity-map content.
 *
 * Everything is parsed with the zod schemas when this module is imported, so a broken entry
 * (a missing translation, a reference to an unknown offer, a bad date or URL) throws here, at
 * build, test and server start, and never reaches a participant.
 */
import type { RuleSource } from '../domain/rule-source.ts';
import {
  goalSchema,
  laneIds,
  laneInfoSchema,
  levelRequirementSchema,
  norwegianLevelSchema,
  offerCollectionSchema,
  offerIds,
  type CefrLevel,
  type Goal,
  type GoalId,
  type Lane,
  type LaneInfo,
  type LevelRequirement,
  type NorwegianLevel,
  type Offer,
  type OfferId,
} from './model.ts';
import { goalList, levelRequirementList, norwegianLevelList } from './norwegian-levels.ts';
import { financingOffers } from './offers/financing.ts';
import { languageOffers } from './offers/language.ts';
import { supplementaryOffers } from './offers/supplementary.ts';
import { higherEducationOffers } from './offers/work-and-education-higher.ts';
import { navOffers } from './offers/work-and-education-nav.ts';
import { programmeOffers } from './offers/work-and-education-programmes.ts';
import { schoolOffers } from './offers/work-and-education-school.ts';
import { z } from 'zod';

export * from './model.ts';

/** The lanes in display order. Language and supplementary offers run in parallel with work and education. */
export const lanes: readonly LaneInfo[] = z
  .array(laneInfoSchema)
  .refine((list) => list.map((l) => l.id).join() === laneIds.join(), { message: 'lanes must be listed once each, in display order' })
  .parse([
    {
      id: 'language',
      title: { nb: 'Norsk og samfunnskunnskap', en: 'Norwegian and social studies' },
      description: {
        nb: 'Norskopplæring, norsktrening og språkpraksis. Går ofte samtidig med arbeid eller utdanning.',
        en: 'Norwegian training, practice and language placements. Often runs at the same time as work or education.',
      },
    },
    {
      id: 'work-and-education',
      title: { nb: 'Arbeidsrettet trening og utdanning', en: 'Work-oriented training and education' },
      description: {
        nb: 'Programmer, skole, fagbrev, høyere utdanning, godkjenning og tiltak fra NAV.',
        en: 'Programmes, school, trade certificates, higher education, recognition and measures from NAV.',
      },
    },
    {
      id: 'supplementary',
      title: { nb: 'Supplerende tilbud', en: 'Supplementary offers' },
      description: {
        nb: 'Frivillige tilbud, nettverk og jobbsøking som kan gå ved siden av alt annet.',
        en: 'Voluntary activities, networks and job search that can run alongside everything else.',
      },
    },
    {
      id: 'financing',
      title: { nb: 'Livsopphold', en: 'Living costs' },
      description: {
        nb: 'Stønader, lån og stipend som kan dekke livsopphold mens du kvalifiserer deg.',
        en: 'Benefits, loans and grants that can cover living costs while you qualify.',
      },
    },
  ]);

/** Every offer, validated. Order: by lane (display order), then as authored. */
export const offers: readonly Offer[] = offerCollectionSchema.parse([
  ...languageOffers,
  ...programmeOffers,
  ...schoolOffers,
  ...higherEducationOffers,
  ...navOffers,
  ...supplementaryOffers,
  ...financingOffers,
]);

const offersById: ReadonlyMap<string, Offer> = new Map(offers.map((o) => [o.id, o]));

// `offerIds` is the list of ids other code may rely on; every one must have content.
const missingOffers = offerIds.filter((id) => !offersById.has(id));
if (missingOffers.length > 0) throw new Error(`offers without content: ${missingOffers.join(', ')}`);

/** The offer with this id, or undefined. Accepts any string so that ids from URLs and the database can be looked up directly. */
export function offerById(id: OfferId): Offer;
export function offerById(id: string): Offer | undefined;
export function offerById(id: string): Offer | undefined {
  return offersById.get(id);
}

export function offersInLane(lane: Lane): readonly Offer[] {
  return offers.filter((o) => o.lane === lane);
}

export const norwegianLevels: readonly NorwegianLevel[] = z
  .array(norwegianLevelSchema)
  .refine((list) => list.map((l) => l.level).join() === 'A1,A2,B1,B2,C1', { message: 'levels A1–C1 must each be described once, in order' })
  .parse(norwegianLevelList);

export const goals: readonly Goal[] = z.array(goalSchema).parse(goalList);

export const levelRequirements: readonly LevelRequirement[] = z
  .array(levelRequirementSchema)
  .superRefine((list, ctx) => {
    list.forEach((r, i) => {
      if (r.appliesTo.kind === 'offer' && !offersById.has(r.appliesTo.offerId)) {
        ctx.addIssue({ code: 'custom', path: [i], message: `level requirement for unknown offer ${r.appliesTo.offerId}` });
      }
    });
    // Every offer that names a Norwegian level must have the matching requirement recorded here.
    for (const offer of offers) {
      const level = offer.requirements.norwegianLevel;
      if (!level) continue;
      const found = list.some(
        (r) => r.appliesTo.kind === 'offer' && r.appliesTo.offerId === offer.id && r.level === level && r.strength !== 'recommended',
      );
      if (!found) ctx.addIssue({ code: 'custom', message: `${offer.id} requires ${level} but no level requirement records it` });
    }
  })
  .parse(levelRequirementList);

/** The level requirements for an offer or goal that apply on `date` ('YYYY-MM-DD'). */
export function levelRequirementsFor(target: OfferId | GoalId, date: string): readonly LevelRequirement[] {
  return levelRequirements.filter((r) => {
    const id = r.appliesTo.kind === 'offer' ? r.appliesTo.offerId : r.appliesTo.goalId;
    return id === target && r.effectiveFrom <= date && (!r.effectiveUntil || date < r.effectiveUntil);
  });
}

export function norwegianLevel(level: CefrLevel): NorwegianLevel {
  const found = norwegianLevels.find((l) => l.level === level);
  if (!found) throw new Error(`no description for level ${level}`);
  return found;
}

/**
 * The offer's legal basis in the shape the domain rules use, so a note or an audit can cite the
 * provision the same way everywhere. The review note is the Norwegian one (RuleSource is for case workers).
 */
export function ruleSourcesFor(offer: Offer): RuleSource[] {
  const seedQuote = offer.sources.find((s) => s.kind === 'seed' && s.quote);
  const seed = seedQuote && seedQuote.kind === 'seed' ? `${seedQuote.seed}: "${seedQuote.quote}"` : undefined;
  return offer.legalBasis.map((basis) => ({
    law: `${basis.law} ${basis.paragraph}`,
    ...(seed ? { seed } : {}),
    effectiveFrom: offer.effectiveFrom,
    ...(offer.review ? { reviewNote: offer.review.note.nb } : {}),
  }));
}
