import { z } from 'zod';
import { EVALUATION_TEXT_MAX, frameworkAreaKeys } from '../../../domain/quality-framework.ts';
import { version } from '../../http/fields.ts';

const areaEntry = z.object({
  area: z.enum(frameworkAreaKeys),
  score: z.number().int().min(1).max(4).nullable().describe('1 (not begun) … 4 (established and followed up); null while undecided'),
  evidence: z.string().trim().max(EVALUATION_TEXT_MAX).describe('What the score rests on'),
  improvement: z.string().trim().max(EVALUATION_TEXT_MAX).describe('The improvement action for the coming year'),
}).strict();

export const evaluationInput = z.object({
  areas: z.array(areaEntry).min(1).max(frameworkAreaKeys.length).describe("Each of the framework's four areas once, in any order"),
  version: version.nullable().describe("The version you read; null when this year's evaluation does not exist yet"),
}).strict();

const summary = z.object({ scored: z.number().int(), of: z.number().int(), average: z.number().nullable(), withAction: z.number().int() });

export const evaluationJson = z.object({
  id: z.uuid(),
  year: z.number().int(),
  centre: z.object({ id: z.uuid(), name: z.string() }),
  open: z.boolean().describe('Only the current year can be changed'),
  areas: z.array(z.object({
    area: z.enum(frameworkAreaKeys),
    score: z.number().int().nullable(),
    evidence: z.string(),
    improvement: z.string(),
  })),
  summary,
  updatedBy: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});

export const evaluationList = z.object({
  items: z.array(z.object({ id: z.uuid(), year: z.number().int(), open: z.boolean(), summary, updatedAt: z.string(), version: z.number().int() })),
});

export const countySummary = z.object({
  scope: z.enum(['county', 'national']).describe("county: the centres in the centre lead's county; national: every centre (statistics reader)"),
  items: z.array(z.object({
    centre: z.object({ id: z.uuid(), name: z.string() }),
    county: z.string().nullable(),
    years: z.array(z.object({
      year: z.number().int(),
      summary,
      areas: z.array(z.object({ area: z.enum(frameworkAreaKeys), score: z.number().int().nullable() })),
      updatedAt: z.string(),
    })),
  })),
});

export type EvaluationInput = z.infer<typeof evaluationInput>;
