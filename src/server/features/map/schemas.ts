import { z } from 'zod';
import { textLimits } from '../../../domain/text-limits.ts';
import { laneInfoSchema, norwegianLevelSchema, offerObjectSchema } from '../../../content/index.ts';
import { norwegianLevels, residenceBases, schoolingLevels } from '../../../domain/index.ts';
import { isoDate, version } from '../../http/fields.ts';

/** An offer as published: the checked-in content with the latest edit of its texts applied. */
export const publishedOffer = offerObjectSchema.extend({
  version: z.number().int().describe('0 for the checked-in text; each edit adds one'),
  reviewDue: z.string().nullable().describe('When an editor must look at the texts again'),
  editedTexts: z.array(z.string()).describe('Text fields an editor has changed from the checked-in text: their translations (src/content/map-i18n) are of the old wording'),
});

export const mapOverview = z.object({
  lanes: z.array(laneInfoSchema),
  offers: z.array(publishedOffer),
  norwegianLevels: z.array(norwegianLevelSchema),
});

const wholeYears = z.number().int().min(0).max(130);

/** Every field is optional; unknown fields are refused so a typo is not silently ignored. */
export const profileInput = z.object({
  age: wholeYears.optional(),
  residenceBasis: z.enum(residenceBases).optional(),
  yearsInNorway: wholeYears.optional(),
  schooling: z.enum(schoolingLevels).optional(),
  foreignEducationRecognised: z.boolean().optional(),
  norwegianLevel: z.enum(norwegianLevels).optional(),
  yearsOfRelevantPractice: wholeYears.optional(),
  employed: z.boolean().optional(),
}).strict();

export const eligibilityInput = z.object({
  profile: profileInput,
  offerIds: z.array(z.string().max(80)).max(100).optional(),
  on: isoDate.optional(),
}).strict();

/** `key`: the text's key in the map's translation catalogue (src/content/map-i18n), null for a text not in it. */
const reasonJson = z.object({ code: z.string(), text: z.string(), legalRef: z.string(), key: z.string().nullable() });
export const eligibilityOutput = z.object({
  lang: z.enum(['nb', 'en']),
  results: z.array(z.object({
    offerId: z.string(),
    status: z.enum(['right-and-duty', 'right', 'eligible', 'not-eligible', 'unknown']),
    reasons: z.array(reasonJson),
    toFindOut: z.array(z.string()),
    toFindOutKeys: z.array(z.string().nullable()),
    caveat: z.string(),
    caveatKey: z.string().nullable(),
  })),
});

const editedText = z.string().trim().min(1).max(textLimits.offerText);
const localizedEdit = z.object({ nb: editedText, en: editedText }).strict();

/** The texts an editor may change; structure (lanes, links, rules, sources) changes only in code review. */
export const editableTexts = z.object({
  title: localizedEdit, summary: localizedEdit, forWhom: localizedEdit, requirements: localizedEdit,
  content: localizedEdit, duration: localizedEdit, fundedBy: localizedEdit,
}).partial().strict();

export const offerEdit = z.object({
  texts: editableTexts,
  reviewDue: isoDate,
  note: z.string().trim().max(textLimits.offerEditNote).optional(),
  version: version.or(z.literal(0)),
}).strict();

export const revisionList = z.object({
  items: z.array(z.object({
    version: z.number().int(), editedAt: z.string(), editedBy: z.object({ id: z.uuid(), name: z.string() }),
    reviewDue: z.string(), note: z.string(), texts: editableTexts,
  })),
});

export const offerIdParam = z.object({ id: z.string().max(80) });

export type EditableTexts = z.infer<typeof editableTexts>;
export type PublishedOffer = z.infer<typeof publishedOffer>;
