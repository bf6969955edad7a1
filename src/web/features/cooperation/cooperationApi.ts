import type { z } from 'zod';
import { api } from '../../api.ts';
import type {
  absenceJson, centreMunicipality, contactPeriodJson, contactsToday, personJson,
} from '../../../server/features/cooperation/schemas.ts';

/** A counsellor or lead at the career centre as the municipality sees them: work contact details only. */
export type ContactPerson = z.output<typeof personJson>;
export type ContactPeriod = z.output<typeof contactPeriodJson>;
export type ContactKind = ContactPeriod['kind'];
export type MyContacts = z.output<typeof contactsToday>;
export type ContactsToday = Omit<MyContacts, 'careerCentre'>;
export type CentreMunicipality = z.output<typeof centreMunicipality>;
export type Absence = z.output<typeof absenceJson>;

export const myContactsQuery = () => ({
  queryKey: ['cooperation', 'my-contacts'],
  queryFn: () => api.get<MyContacts>('/cooperation/my-contacts'),
});
export const centreMunicipalitiesQuery = () => ({
  queryKey: ['cooperation', 'municipalities'],
  queryFn: async () => (await api.get<{ items: CentreMunicipality[] }>('/cooperation/municipalities')).items,
});
export const absencesQuery = () => ({
  queryKey: ['cooperation', 'absences'],
  queryFn: async () => (await api.get<{ items: Absence[] }>('/cooperation/absences')).items,
});
