import { z } from 'zod';
import { isoDate } from '../../http/fields.ts';

export const statisticsLevels = ['municipality', 'centre', 'county', 'national'] as const;
export type StatisticsLevel = (typeof statisticsLevels)[number];

export const dashboardQuery = z.object({
  level: z.enum(statisticsLevels).optional()
    .describe('Default: your own level (municipality roles: municipality, centre roles: centre, statistics reader: national)'),
  organisationId: z.uuid().optional().describe('The municipality (level=municipality) or career centre (level=centre); default your own'),
  countyId: z.uuid().optional().describe('The county (level=county)'),
  from: isoDate.optional().describe('First settlement date of the cohort (YYYY-MM-DD), included; default 364 days ago'),
  to: isoDate.optional().describe('Last settlement date of the cohort (YYYY-MM-DD), included; default today'),
  table: z.string().max(40).regex(/^[a-z-]+$/).optional().describe('CSV only: just this table'),
}).strict();
export type DashboardQuery = z.infer<typeof dashboardQuery>;

export const factSheetQuery = z.object({
  countyId: z.uuid().optional().describe("The county; default: a centre role's own county, the whole country for the statistics reader"),
  year: z.coerce.number().int().min(2021).max(2100).optional().describe('Calendar year (Europe/Oslo); default this year'),
  table: z.string().max(40).regex(/^[a-z-]+$/).optional().describe('CSV only: just this table'),
}).strict();
export type FactSheetQuery = z.infer<typeof factSheetQuery>;

// A count is a number, or "under-5" when it is 1–4 and outside the reader's own organisation; in a breakdown that adds
// up to a total, "hidden" (the small cells and the smallest other cell, so none follows by subtraction). A share,
// median or average is a number, or null when there is nothing to compute it on or it would describe fewer than five people.
const shown = z.union([z.number(), z.literal('under-5'), z.literal('hidden'), z.null()]);
export const statRow = z.object({
  key: z.string().describe('What the row counts (a code: translate it for display)'),
  unit: z.enum(['count', 'percent', 'days', 'minutes']),
  value: shown,
});
export const statTable = z.object({ id: z.string(), rows: z.array(statRow) });
export type StatRow = z.infer<typeof statRow>;
export type StatTable = z.infer<typeof statTable>;

const ref = z.object({ id: z.uuid(), name: z.string() });

export const dashboardJson = z.object({
  level: z.enum(statisticsLevels),
  organisation: ref.nullable(),
  county: ref.nullable(),
  from: z.string(),
  to: z.string(),
  exact: z.boolean().describe('True inside your own organisation; otherwise counts 1–4 show as "under-5"'),
  tables: z.array(statTable),
  options: z.object({ municipalities: z.array(ref), centres: z.array(ref), counties: z.array(ref) })
    .describe('What you may choose in the filters'),
});
export type DashboardJson = z.infer<typeof dashboardJson>;

export const factSheetJson = z.object({
  county: ref.nullable().describe('Null: the whole country'),
  year: z.number().int(),
  exact: z.boolean(),
  tables: z.array(statTable),
  options: z.object({ counties: z.array(ref) }),
});
export type FactSheetJson = z.infer<typeof factSheetJson>;
