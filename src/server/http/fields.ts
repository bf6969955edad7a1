import { z } from 'zod';
import { isValidIsoDate, todayInOslo, nationalIdKind } from '../../domain/index.ts';
import { textLimits } from '../../domain/text-limits.ts';

/** Shared field schemas, so that every route validates dates, names and languages the same way. */
export const isoDate = z.string({ error: 'date.invalid' }).max(10, { error: 'date.invalid' })
  .refine(isValidIsoDate, { error: 'date.invalid' });
export const pastOrTodayDate = isoDate.refine((d) => d <= todayInOslo(), { error: 'date.future' });
export const personName = z.string().trim().min(1).max(textLimits.personName);
export const freeText = (max: number) => z.string().max(max);
export const reasonText = z.string().trim().max(textLimits.reason);
// BCP 47-style language codes ("ar", "uk", "prs", "ku-Latn"): statistics group by them and interpreters are booked by them.
export const languageCode = z.string().max(20).regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: 'language.invalid' });
export const nationalId = z.string().max(11, { error: 'nationalId.invalid' })
  .refine((s) => nationalIdKind(s) !== null, { error: 'nationalId.invalid' });
export const idParam = z.object({ id: z.uuid() });
export const version = z.number().int().min(1).max(2_147_483_647);
