import { z } from 'zod';
import { checkLocalOffer, localOfferInputObject, localOfferInputSchema, localOfferLanes, mapLanguages } from '../../../domain/local-offers.ts';
import { version } from '../../http/fields.ts';

export const localOfferInput = localOfferInputSchema;
export const localOfferUpdate = localOfferInputObject.extend({ version }).superRefine(checkLocalOffer);
export const localOfferRemove = z.object({ version }).strict();
export const municipalityQuery = z.object({ municipalityId: z.uuid() }).strict();

const ref = z.object({ id: z.uuid(), name: z.string() });

/** What the public sees: the offer, the organisation that publishes it, never an editor's name or id. */
export const publicLocalOffer = z.object({
  id: z.uuid(),
  lane: z.enum(localOfferLanes),
  nationalOfferId: z.string().nullable(),
  textLanguage: z.enum(mapLanguages),
  title: z.string(), provider: z.string(), summary: z.string(), forWhom: z.string(),
  area: z.object({ kind: z.enum(['municipalities', 'county']), county: ref, municipalities: z.array(ref) }),
  address: z.string(), digital: z.boolean(),
  startDates: z.array(z.string()).describe('Start dates from today on (Europe/Oslo), in order; empty with continuous admission'),
  continuousAdmission: z.boolean(),
  applicationDeadline: z.string().nullable(),
  length: z.string(), instructionLanguages: z.array(z.string()), cost: z.string(), contact: z.string(), link: z.string().nullable(), source: z.string(),
  publishedBy: z.object({ name: z.string() }).describe('The organisation, never the person'),
  updatedOn: z.string(),
  current: z.boolean().describe('On the map today: not removed and a start date still ahead (or continuous admission)'),
  removed: z.boolean(),
});
export const publicLocalOfferList = z.object({ items: z.array(publicLocalOffer) });

export const municipalityList = z.object({ items: z.array(z.object({ id: z.uuid(), name: z.string(), county: ref })) });

/** The editor's view: everything the public sees, plus the input as saved, the version and who saved it when. */
export const editorLocalOffer = z.object({
  id: z.uuid(),
  input: localOfferInputSchema,
  version: z.number().int(),
  current: z.boolean(),
  expired: z.boolean(),
  reviewDue: z.string(),
  updatedAt: z.string(),
  updatedBy: z.object({ id: z.uuid(), name: z.string() }),
  versions: z.array(z.object({ version: z.number().int(), change: z.enum(['saved', 'removed']), editedAt: z.string(), editedBy: z.object({ id: z.uuid(), name: z.string() }) })).optional(),
});
export const editorLocalOfferList = z.object({ items: z.array(editorLocalOffer) });

export const editorAreas = z.object({
  organisation: z.object({ id: z.uuid(), name: z.string(), kind: z.string() }),
  county: ref,
  municipalities: z.array(ref),
  wholeCountyAllowed: z.boolean(),
});

export type PublicLocalOffer = z.infer<typeof publicLocalOffer>;
