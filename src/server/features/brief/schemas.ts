import { z } from 'zod';
import {
  briefItemUses, briefSources, handoverChecklist, type BriefFieldSpec, type BriefItemDefinition,
} from '../../../domain/index.ts';
import { isoDate, languageCode, version } from '../../http/fields.ts';

/**
 * The one validation of an item's value, built from the field specs in src/domain/handover-checklist.ts. The
 * API and the import both use it, so an item is described once.
 */
function fieldSchema(f: BriefFieldSpec): z.ZodType {
  switch (f.kind) {
    case 'text': return z.string().trim().min(1).max(f.max);
    case 'language': return languageCode;
    case 'integer': return z.number().int().min(f.min).max(f.max);
    case 'date': return isoDate;
    case 'choice': return z.enum(f.options as [string, ...string[]], { error: (i) => (i.input === undefined ? 'required' : 'invalid_choice') });
    case 'choices': return z.array(z.enum(f.options as [string, ...string[]])).max(f.options.length)
      .refine((a) => new Set(a).size === a.length, { error: 'invalid_choice' });
  }
}

export function valueSchema(def: BriefItemDefinition) {
  return z.object(Object.fromEntries(def.fields.map((f) => [f.name, f.optional ? fieldSchema(f).optional() : fieldSchema(f)]))).strict();
}

export const valueSchemas: Record<string, ReturnType<typeof valueSchema>> =
  Object.fromEntries(handoverChecklist.map((d) => [d.key, valueSchema(d)]));

/** Sources an adviser may name by hand; 'mapping-import' is set only by the import. */
const manualSources = briefSources.filter((s) => s !== 'mapping-import') as [string, ...string[]];

const itemInput = (def: BriefItemDefinition) => z.object({
  key: z.literal(def.key),
  value: valueSchema(def).nullable().optional().describe('The answer; leave out (or null) when `unknown` is true'),
  unknown: z.boolean().optional().describe('True: the municipality says explicitly that this is not known'),
  source: z.enum(manualSources),
  version: version.optional().describe('The version you read; leave out for an item without an answer yet'),
}).strict();

export const briefPatch = z.object({
  items: z.array(z.discriminatedUnion('key', handoverChecklist.map(itemInput) as unknown as [ReturnType<typeof itemInput>, ...ReturnType<typeof itemInput>[]], { error: 'brief.unknown-item' }))
    .min(1).max(handoverChecklist.length),
}).strict();

export const importInput = z.object({
  format: z.enum(['csv', 'json']),
  content: z.string().min(1).max(200_000).describe('The text of the file (UTF-8), at most 200 000 characters'),
}).strict();

const localized = z.object({ nb: z.string(), en: z.string() });

export const itemDefinitionJson = z.object({
  key: z.string(),
  label: localized,
  specialCategory: z.boolean(),
  fields: z.array(z.object({
    name: z.string(), label: localized, kind: z.enum(['text', 'language', 'integer', 'date', 'choice', 'choices']),
    optional: z.boolean(), min: z.number().optional(), max: z.number().optional(), options: z.array(z.string()).optional(),
  })),
});

export const completenessJson = z.object({
  complete: z.boolean(), answered: z.number().int(), required: z.number().int(), missing: z.array(z.string()),
  filled: z.number().int().describe('Items the centre uses (required or needed) that are answered or marked unknown'),
  items: z.number().int().describe('Items the centre uses (required or needed)'),
});

export const briefItemJson = itemDefinitionJson.extend({
  use: z.enum(briefItemUses),
  state: z.enum(['answered', 'unknown', 'missing', 'restricted'])
    .describe('restricted: a special-category item you may not read (only the assigned counsellor and the municipality may)'),
  value: z.record(z.string(), z.unknown()).nullable(),
  source: z.enum(briefSources).nullable(),
  verifiedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  verifiedOn: z.string().nullable(),
  stale: z.boolean().describe('Verified longer ago than the centre\'s staleAfterDays'),
  version: z.number().int().nullable(),
});

export const briefJson = z.object({
  participantId: z.uuid(),
  careerCentre: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  staleAfterDays: z.number().int(),
  completeness: completenessJson,
  items: z.array(briefItemJson),
});

export const importResult = z.object({
  importedKeys: z.array(z.string()),
  permitDate: z.string().nullable().describe('The permit date the export carried, now on the participant (it decides the § 11 answer)'),
  skipped: z.array(z.object({ key: z.string(), verifiedOn: z.string() }))
    .describe('Items kept because they were verified after the mapping date'),
  brief: briefJson,
});

export const checklistJson = z.object({
  careerCentre: z.object({ id: z.uuid(), name: z.string() }),
  version: z.number().int().describe('0 while the centre uses the defaults'),
  staleAfterDays: z.number().int(),
  items: z.array(itemDefinitionJson.extend({ use: z.enum(briefItemUses), defaultUse: z.enum(['required', 'needed']) })),
});

export const checklistPatch = z.object({
  uses: z.record(z.string().max(50), z.enum(briefItemUses)).optional(),
  staleAfterDays: z.number().int().min(1).max(3650).optional(),
  version: z.number().int().min(0).max(2_147_483_647),
}).strict();

export type BriefPatch = z.infer<typeof briefPatch>;
export type BriefJson = z.infer<typeof briefJson>;
export type ChecklistPatch = z.infer<typeof checklistPatch>;

export function definitionJson(def: BriefItemDefinition) {
  return {
    key: def.key, label: def.label, specialCategory: def.specialCategory,
    fields: def.fields.map((f) => ({
      name: f.name, label: f.label, kind: f.kind, optional: f.optional ?? false,
      ...(f.kind === 'text' ? { max: f.max } : {}),
      ...(f.kind === 'integer' ? { min: f.min, max: f.max } : {}),
      ...(f.kind === 'choice' || f.kind === 'choices' ? { options: [...f.options] } : {}),
    })),
  };
}
