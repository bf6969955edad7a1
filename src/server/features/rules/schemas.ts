import { z } from 'zod';
import { residenceBases } from '../../../domain/index.ts';

const right = z.enum(['right-and-duty', 'right', 'none']);

export const ruleChangesJson = z.object({
  today: z.string(),
  rules: z.array(z.object({
    id: z.string(),
    topic: z.enum(['guidance-right', 'decision-deadline']),
    right: z.enum(['right-and-duty', 'right']).nullable(),
    residenceBases: z.array(z.enum(residenceBases)),
    minAge: z.number().int().nullable(),
    maxAge: z.number().int().nullable(),
    effectiveFrom: z.string(),
    effectiveUntil: z.string().nullable().describe('The first day the rule no longer applies'),
    law: z.string(),
    url: z.string().nullable(),
    reviewNote: z.string().nullable().describe('What a lawyer must still confirm (for leads and administrators; never in texts sent to others)'),
  })),
  changes: z.array(z.object({
    id: z.string(),
    ruleId: z.string(),
    kind: z.enum(['starts', 'ends']),
    date: z.string(),
    timing: z.enum(['past', 'coming']),
    affectedCount: z.number().int().describe("How many of your organisation's participants the change gives another answer"),
    affected: z.array(z.object({ id: z.uuid(), givenName: z.string(), familyName: z.string(), before: right, after: right }))
      .describe('At most 200, by family name'),
  })),
});
export type RuleChangesJson = z.infer<typeof ruleChangesJson>;
