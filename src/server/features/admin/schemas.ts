import { z } from 'zod';
import { textLimits } from '../../../domain/text-limits.ts';
import { roles } from '../../auth/actor.ts';
import { version } from '../../http/fields.ts';

const orgKind = z.enum(['municipality', 'career-centre', 'national', 'county', 'nav-office']);
const orgName = z.string().trim().min(2).max(textLimits.organisationName);

export const organisationJson = z.object({
  id: z.uuid(), kind: orgKind, name: z.string(), countyId: z.uuid().nullable(),
  servedByCareerCentreId: z.uuid().nullable(), version: z.number().int(),
});
export const organisationInput = z.object({
  kind: orgKind, name: orgName, countyId: z.uuid().nullable().optional(), servedByCareerCentreId: z.uuid().nullable().optional(),
}).strict();
export const organisationPatch = z.object({
  name: orgName.optional(), countyId: z.uuid().nullable().optional(), servedByCareerCentreId: z.uuid().nullable().optional(), version,
}).strict();

export const userJson = z.object({
  id: z.uuid(), email: z.string(), name: z.string(), role: z.enum(roles), organisationId: z.uuid().nullable(),
  active: z.boolean(), hasPassword: z.boolean(), oidcSubject: z.string().nullable(), version: z.number().int(),
});
// The identity provider's subject or Entra ID object id, linked before the person's first sign-in.
const oidcSubject = z.string().trim().min(1).max(200).nullable().optional();
export const userInput = z.object({
  email: z.email().max(320), name: z.string().trim().min(1).max(textLimits.staffName), role: z.enum(roles), organisationId: z.uuid().nullable().optional(),
  oidcSubject,
}).strict();
export const userPatch = z.object({
  name: z.string().trim().min(1).max(textLimits.staffName).optional(), role: z.enum(roles).optional(),
  organisationId: z.uuid().nullable().optional(), active: z.boolean().optional(), oidcSubject, version,
}).strict();

export const countyJson = z.object({ id: z.uuid(), name: z.string() });

/** A new user, and the one-time link to set the password when it could not be e-mailed. */
export const userCreated = z.object({ user: userJson, setPasswordUrl: z.string().nullable(), emailed: z.boolean() });
