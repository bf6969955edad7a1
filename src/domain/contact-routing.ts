/**
 * The fixed contact at the career centre for a municipality, the deputies, and where a new order goes.
 *
 * Not law: a way of working the seeds name as a success factor, with the warning that it makes the contact
 * depend on one person. Hence a deputy, planned periods, and absences that move new orders to the deputy.
 */
import type { IsoDate } from './dates.ts';
import type { RuleSource } from './rule-source.ts';

export const contactRoutingSource: RuleSource = {
  law: 'none (a way of working, not a legal rule)',
  seed:
    '000_4d34fa87f84c09e3.txt: "At kommunene har en fast kontaktperson ved karrieresenteret trekkes av flere frem som en suksessfaktor"; ' +
    '"Fast kontaktperson ved karrieresenteret: At kommunene har en fast kontaktperson kan gjøre samarbeidet enklere og senke terskelen for kontakt"; ' +
    '001_ddaf841434328989.txt: "Noen av de større karrieresentrene hadde tilordnet faste karriereveiledere for hver kommune. … ' +
    'Samtidig ligger det en sårbarhet i at kontakten mellom karrieresentre og kommuner blir personavhengig."',
  effectiveFrom: '2021-01-01',
  reviewNote:
    'The routing (contact unless absent, then the first deputy present, otherwise the centre\'s shared queue) is our ' +
    'modelling of "fast kontaktperson" with a deputy against the vulnerability seed 001 names; the seeds do not prescribe it.',
};

export const contactKinds = ['contact', 'deputy'] as const;
export type ContactKind = (typeof contactKinds)[number];

/** One assignment: `validTo` null means until further notice; both days are included. */
export interface ContactPeriod { userId: string; kind: ContactKind; validFrom: IsoDate; validTo: IsoDate | null }
/** A counsellor's absence (leave, course, illness): applies to every municipality the counsellor serves. */
export interface Absence { userId: string; from: IsoDate; to: IsoDate }

export const coversDay = (p: { validFrom: IsoDate; validTo: IsoDate | null }, day: IsoDate) =>
  p.validFrom <= day && (p.validTo === null || day <= p.validTo);

export const isAbsent = (absences: readonly Absence[], userId: string, day: IsoDate) =>
  absences.some((a) => a.userId === userId && a.from <= day && day <= a.to);

/** The assignments in force on a day: the contact (the latest started, if periods overlap) and the deputies. */
export function contactsOn(periods: readonly ContactPeriod[], day: IsoDate): { contact: ContactPeriod | null; deputies: ContactPeriod[] } {
  const current = periods.filter((p) => coversDay(p, day)).sort((a, b) => b.validFrom.localeCompare(a.validFrom));
  return { contact: current.find((p) => p.kind === 'contact') ?? null, deputies: current.filter((p) => p.kind === 'deputy') };
}

/**
 * Whose queue a new order from the municipality goes to on `day`: the contact, or during the contact's absence
 * (or when there is none) the first deputy who is present; null when nobody is, so the order stays in the
 * centre's shared queue for the lead to assign as before.
 */
export function routeOrder(
  periods: readonly ContactPeriod[], absences: readonly Absence[], day: IsoDate,
): { userId: string; as: ContactKind } | null {
  const { contact, deputies } = contactsOn(periods, day);
  if (contact && !isAbsent(absences, contact.userId, day)) return { userId: contact.userId, as: 'contact' };
  const deputy = deputies.find((d) => d.userId !== contact?.userId && !isAbsent(absences, d.userId, day));
  return deputy ? { userId: deputy.userId, as: 'deputy' } : null;
}
