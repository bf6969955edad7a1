import { z } from 'zod';
import { cooperationDocumentKinds, documentLimits } from '../../../domain/cooperation-documents.ts';
import { containsNationalId } from '../../../domain/national-id-in-text.ts';
import { isoDate, version } from '../../http/fields.ts';

/**
 * Shared agreements and routines (issue 13, item 3). Every text field has a limit the web app shows as a
 * counter, and none may carry a national id: the document goes to every party (refused with a clear message).
 */
const sharedText = (max: number) => z.string().max(max).refine((s) => !containsNationalId(s), { error: 'document.national-id' });
const title = sharedText(documentLimits.title).trim().min(1);
const body = sharedText(documentLimits.body).trim().min(1);
const changeNote = sharedText(documentLimits.changeNote).trim();
const parties = z.array(z.uuid()).min(1, { error: 'document.parties-required' }).max(100).describe('The municipalities (organisation ids) that are parties: they read the document');

export const documentCreate = z.object({
  kind: z.enum(cooperationDocumentKinds),
  title,
  ownerUserId: z.uuid().describe('A counsellor or lead of your centre: gets the review reminder'),
  municipalityIds: parties,
  nextReviewOn: isoDate.nullable().optional().describe('YYYY-MM-DD; the owner is reminded 30 days before'),
  body,
  changeNote: changeNote.optional(),
  effectiveFrom: isoDate.optional().describe('YYYY-MM-DD the first version applies from; default today'),
  fromTemplateId: z.uuid().optional().describe("The published template (another centre's document) this one starts from"),
}).strict();

export const documentPatch = z.object({
  title: title.optional(),
  ownerUserId: z.uuid().optional(),
  municipalityIds: parties.optional(),
  nextReviewOn: isoDate.nullable().optional(),
  publishedAsTemplate: z.boolean().optional().describe('Other centres may read the current version and start from it'),
  version: version.describe("The document's version you read (409 if stale)"),
}).strict();

export const versionCreate = z.object({
  body,
  changeNote: changeNote.min(1),
  effectiveFrom: isoDate.optional().describe('YYYY-MM-DD the version applies from; default today'),
  nextReviewOn: isoDate.nullable().optional().describe('A new review date with the new version'),
  version: version.describe("The document's version you read (409 if stale)"),
}).strict();

export const removeDocumentBody = z.object({ version: version.describe('The version you read (409 if stale)') }).strict();
export const versionParams = z.object({ id: z.uuid(), versionNumber: z.coerce.number().int().min(1).max(100_000) });

const ref = z.object({ id: z.uuid(), name: z.string() });
export const versionSummary = z.object({
  number: z.number().int(), changeNote: z.string(), effectiveFrom: z.string(), publishedAt: z.string(), publishedBy: ref,
  status: z.enum(['current', 'earlier', 'upcoming']),
});
export const versionJson = versionSummary.extend({ body: z.string(), documentId: z.uuid(), title: z.string() });

export const documentSummary = z.object({
  id: z.uuid(), kind: z.enum(cooperationDocumentKinds), title: z.string(), careerCentre: ref, owner: ref,
  parties: z.array(ref), nextReviewOn: z.string().nullable(), reviewStatus: z.enum(['none', 'ok', 'due-soon', 'overdue']),
  publishedAsTemplate: z.boolean(), currentVersionNumber: z.number().int().nullable(), updatedAt: z.string(), version: z.number().int(),
});
export const documentList = z.object({ items: z.array(documentSummary) });
export const documentJson = documentSummary.extend({
  current: versionJson.nullable(),
  versions: z.array(versionSummary),
  templateSource: ref.nullable().describe('The template this document started from, and its centre'),
  canEdit: z.boolean(), canRemove: z.boolean(),
});

export const templateSummary = z.object({
  id: z.uuid(), kind: z.enum(cooperationDocumentKinds), title: z.string(), careerCentre: ref, currentVersionNumber: z.number().int().nullable(),
  own: z.boolean(),
});
export const templateList = z.object({ items: z.array(templateSummary) });
export const templateJson = templateSummary.extend({ body: z.string(), effectiveFrom: z.string().nullable() });

export type DocumentCreate = z.infer<typeof documentCreate>;
export type DocumentPatch = z.infer<typeof documentPatch>;
export type VersionCreate = z.infer<typeof versionCreate>;
