import { z } from 'zod';
import { textLimits } from '../../../domain/text-limits.ts';
import { languageCode, version } from '../../http/fields.ts';

const translation = z.object({
  term: z.string().trim().min(1).max(textLimits.glossaryTerm), explanation: z.string().trim().min(1).max(textLimits.glossaryExplanation),
}).strict();

export const termInput = z.object({
  term: z.string().trim().min(1).max(textLimits.glossaryTerm).describe('The term in Norwegian'),
  explanation: z.string().trim().min(1).max(textLimits.glossaryExplanation).describe('Explanation in plain Norwegian'),
  translations: z.record(languageCode, translation).optional().describe('Per language code: the term and explanation in that language'),
}).strict();

export const termPatch = termInput.partial().extend({ archived: z.boolean().optional(), version }).strict();

export const termJson = z.object({
  id: z.uuid(), version: z.number().int(), term: z.string(), explanation: z.string(),
  translations: z.record(z.string(), z.object({ term: z.string(), explanation: z.string() })),
  archived: z.boolean(), updatedAt: z.string(),
});

export const glossaryQuery = z.object({ includeArchived: z.enum(['true', 'false']).optional() }).strict();
export const glossaryList = z.object({ items: z.array(termJson) });
export const defaultsResult = z.object({ added: z.number().int(), items: z.array(termJson) });

export type TermInput = z.infer<typeof termInput>;
export type TermPatch = z.infer<typeof termPatch>;
