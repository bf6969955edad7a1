import { z } from 'zod';
import { textLimits } from '../../../domain/text-limits.ts';
import { backgrounds, infoLanguages } from '../../../content/info-packages/model.ts';
import { isoDate, version } from '../../http/fields.ts';

export const MAX_LINK_DAYS = 366;
export const DEFAULT_LINK_DAYS = 90;

export const linkInput = z.object({
  language: z.enum(infoLanguages).describe("The page's first language; the participant can switch"),
  background: z.enum(backgrounds).nullable().optional()
    .describe('Schooling background, used when the handover brief has no schooling item (required then)'),
  expiresInDays: z.number().int().min(1).max(MAX_LINK_DAYS).optional().describe(`Days until the link stops working (default ${DEFAULT_LINK_DAYS}, at most ${MAX_LINK_DAYS})`),
}).strict();

export const linkStatuses = ['active', 'expired', 'revoked'] as const;

export const linkJson = z.object({
  id: z.uuid(),
  language: z.enum(infoLanguages),
  background: z.enum(backgrounds).nullable(),
  status: z.enum(linkStatuses),
  createdAt: z.string(),
  createdBy: z.string().describe('Name of the staff member who made it'),
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  version: z.number().int(),
});

export const createdLinkJson = z.object({
  link: linkJson,
  url: z.string().describe('The page address with its token. Shown only in this answer: it is not stored.'),
});

export const linkList = z.object({
  items: z.array(linkJson),
  backgroundFromBrief: z.enum(backgrounds).nullable().describe('The background the handover brief gives, if any'),
  sending: z.object({ sms: z.boolean(), email: z.boolean() }).describe('Which channels are configured'),
});

export const versionBody = z.object({ version }).strict();

// A mobile number: 8 Norwegian digits or an international number with +; spaces allowed. Used only for sending.
const phone = z.string().max(20, { error: 'page.phone-invalid' }).transform((s) => s.replace(/[\s-]/g, ''))
  .refine((s) => /^(\+[1-9][0-9]{7,14}|[0-9]{8})$/.test(s), { error: 'page.phone-invalid' });

export const sendInput = z.discriminatedUnion('channel', [
  z.object({ channel: z.literal('sms'), to: phone, token: z.string().max(100) }).strict(),
  z.object({ channel: z.literal('email'), to: z.email().max(254), token: z.string().max(100) }).strict(),
]).describe('The token from the address you just made; the address or number is used for this message only and is not stored');

export const resourceInput = z.object({
  kind: z.enum(['offer', 'link']),
  offerId: z.string().max(100).optional(),
  url: z.string().max(2000).optional(),
  title: z.string().trim().max(textLimits.resourceTitle).optional(),
  note: z.string().trim().max(textLimits.resourceNote).optional(),
}).strict();

export const resourceJson = z.object({
  id: z.uuid(),
  kind: z.enum(['offer', 'link']),
  offerId: z.string().nullable(),
  url: z.string().nullable(),
  title: z.string().describe('The offer title (Norwegian) or the link title'),
  note: z.string(),
  addedBy: z.string(),
  createdAt: z.string(),
  version: z.number().int(),
});
export const resourceList = z.object({ items: z.array(resourceJson) });

export const languageQuery = z.object({ language: z.enum(infoLanguages) }).strict();

export const translationStatus = z.object({
  status: z.enum(['draft', 'reviewed']),
  reviewedBy: z.string().nullable(),
  reviewedOn: z.string().nullable(),
});

export const overrideInput = z.object({
  language: z.enum(infoLanguages),
  sectionId: z.string().max(100),
  // Null: keep the shipped text and record only the review.
  heading: z.string().trim().min(1).max(textLimits.translationHeading).nullable(),
  paragraphs: z.array(z.string().trim().min(1).max(textLimits.translationParagraph)).min(1).max(20).nullable(),
  status: z.enum(['draft', 'reviewed']),
  reviewedBy: z.string().trim().max(textLimits.reviewedBy).nullable().optional(),
  reviewedOn: isoDate.nullable().optional(),
  version: version.nullable().describe('The override version you read; null when there is none yet'),
}).strict();

export const translationSectionJson = z.object({
  id: z.string(),
  topic: z.string(),
  original: z.object({ heading: z.string(), paragraphs: z.array(z.string()) }),
  norwegian: z.object({ heading: z.string(), paragraphs: z.array(z.string()) }),
  override: z.object({
    heading: z.string().nullable(),
    paragraphs: z.array(z.string()).nullable(),
    ...translationStatus.shape,
    version: z.number().int(),
    updatedAt: z.string(),
  }).nullable(),
});
export const translationList = z.object({
  language: z.enum(infoLanguages),
  translation: translationStatus,
  sections: z.array(translationSectionJson),
});

// ─── The public page ────────────────────────────────────────────────────────────────────────────────────────────

export const tokenParam = z.object({ token: z.string().max(100) });
export const pageQuery = z.object({ lang: z.string().max(10).optional() });

export const pageJson = z.object({
  givenName: z.string().describe('First name only'),
  language: z.enum(infoLanguages),
  direction: z.enum(['ltr', 'rtl']),
  htmlLang: z.string(),
  languages: z.array(z.object({ code: z.enum(infoLanguages), nativeName: z.string(), direction: z.enum(['ltr', 'rtl']), htmlLang: z.string() })),
  translation: translationStatus,
  sections: z.array(z.object({
    id: z.string(),
    topic: z.string(),
    heading: z.string(),
    paragraphs: z.array(z.string()),
    pictogram: z.object({ svg: z.string(), alt: z.string() }).nullable(),
    // A centre's review or replacement of this section, when it has one.
    translation: translationStatus.nullable(),
  })),
  appointments: z.array(z.object({
    kind: z.enum(['session', 'group-session']),
    startsAt: z.string(),
    endsAt: z.string(),
    mode: z.string(),
    place: z.string().nullable(),
    meetingUrl: z.string().nullable(),
    interpreterLanguage: z.string().nullable(),
    centre: z.string(),
  })),
  resources: z.array(z.object({
    kind: z.enum(['offer', 'link']), title: z.string(), titleLang: z.string().describe('Language of the title (a bokmål or English title is marked so)'),
    url: z.string(), note: z.string().describe('Typed by staff, in bokmål'),
  })),
  note: z.object({ language: z.string(), text: z.string() }).nullable(),
  journey: z.array(z.object({
    plan: z.enum(['A', 'B']),
    goal: z.string().describe('Typed by staff, in bokmål'),
    steps: z.array(z.object({ title: z.string(), titleLang: z.string(), startMonth: z.number().nullable(), durationMonths: z.number().nullable() })),
  })),
  contact: z.object({
    kind: z.enum(['adviser', 'municipality']), name: z.string(), email: z.string().nullable(), phone: z.string().nullable(),
  }).describe('Whom the participant asks: the adviser who sent the order (work e-mail and phone), else the municipality'),
  expiresAt: z.string(),
});

export type LinkInput = z.infer<typeof linkInput>;
export type ResourceInput = z.infer<typeof resourceInput>;
export type OverrideInput = z.infer<typeof overrideInput>;
export type PageJson = z.infer<typeof pageJson>;
