import { api } from '../../api.ts';

/** A counsellor or lead at the career centre as the municipality sees them: work contact details only. */
export interface ContactPerson { id: string; name: string; email: string; workPhone: string | null; absentToday: boolean }
export type ContactKind = 'contact' | 'deputy';
export interface ContactPeriod { id: string; municipalityId: string; kind: ContactKind; person: ContactPerson; validFrom: string; validTo: string | null; version: number }
export interface ContactsToday {
  contact: ContactPerson | null;
  deputies: ContactPerson[];
  routedTo: { userId: string; as: ContactKind } | null;
}
export interface MyContacts extends ContactsToday { careerCentre: { id: string; name: string } | null }
export interface CentreMunicipality extends ContactsToday {
  municipality: { id: string; name: string };
  periods: ContactPeriod[];
  missingContact: boolean;
  missingDeputy: boolean;
  openOrdersOfContact: number;
}
export interface Absence { id: string; person: ContactPerson; from: string; to: string; version: number }

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
