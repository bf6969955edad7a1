import { z } from 'zod';
import { contactKinds } from '../../../domain/index.ts';
import { isoDate, version } from '../../http/fields.ts';

export const personJson = z.object({
  id: z.uuid(), name: z.string(), email: z.string(), workPhone: z.string().nullable(), absentToday: z.boolean(),
});

export const contactPeriodJson = z.object({
  id: z.uuid(), municipalityId: z.uuid(), kind: z.enum(contactKinds), person: personJson,
  validFrom: z.string(), validTo: z.string().nullable(), version: z.number().int(),
});

/** Who serves a municipality today, and to whom a new order would go. */
export const contactsToday = z.object({
  careerCentre: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  contact: personJson.nullable(),
  deputies: z.array(personJson),
  routedTo: z.object({ userId: z.uuid(), as: z.enum(contactKinds) }).nullable(),
});

export const centreMunicipality = contactsToday.omit({ careerCentre: true }).extend({
  municipality: z.object({ id: z.uuid(), name: z.string() }),
  periods: z.array(contactPeriodJson),
  missingContact: z.boolean(),
  missingDeputy: z.boolean(),
  // Open orders of this municipality in the current contact's queue: what a change of contact would hand over.
  openOrdersOfContact: z.number().int(),
});
export const centreMunicipalityList = z.object({ items: z.array(centreMunicipality) });

export const contactInput = z.object({
  municipalityId: z.uuid(),
  userId: z.uuid(),
  kind: z.enum(contactKinds),
  validFrom: isoDate.describe('YYYY-MM-DD, first day included'),
  validTo: isoDate.nullable().optional().describe('YYYY-MM-DD, last day included; empty = until further notice'),
  handOverOpenOrders: z.boolean().optional()
    .describe("With kind 'contact': move the open orders in the current contact's queue to the new contact now"),
}).strict();

export const contactPatch = z.object({
  validFrom: isoDate.optional(), validTo: isoDate.nullable().optional(), version: version.describe("The period's version you read"),
}).strict();

export const removeBody = z.object({ version: version.describe('The version you read (409 if stale)') }).strict();

export const assignResult = z.object({ period: contactPeriodJson, handedOver: z.number().int() });

export const absenceJson = z.object({
  id: z.uuid(), person: personJson, from: z.string(), to: z.string(), version: z.number().int(),
});
export const absenceList = z.object({ items: z.array(absenceJson) });
export const absenceInput = z.object({
  userId: z.uuid(), from: isoDate.describe('YYYY-MM-DD, first day away'), to: isoDate.describe('YYYY-MM-DD, last day away'),
}).strict();

export type ContactInput = z.infer<typeof contactInput>;
export type ContactPatch = z.infer<typeof contactPatch>;
export type AbsenceInput = z.infer<typeof absenceInput>;
export type PersonJson = z.infer<typeof personJson>;
