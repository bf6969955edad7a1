/**
 * Postponement of the mandatory career guidance (integreringsloven § 11: guidance "bør" come before the programme
 * decision, which leaves room to postpone it for good reasons; DOMAIN.md § 3, grep 2, the Bergen model).
 *
 * The adviser, alone or with the career centre, makes an individual assessment, writes a justification and an
 * approximate new date; the reason is registered in the national register (NIR). Advisers asked for standardised
 * reasons (seed 000), so the reasons are data here, not free text.
 */
import { daysBetween, type IsoDate } from './dates.ts';
import type { RuleSource } from './rule-source.ts';

export const postponementSource: RuleSource = {
  law: 'integreringsloven § 11 første ledd, jf. § 12',
  seed:
    '001_ddaf841434328989.txt: "Dersom kommunen – eventuelt i samarbeid med karrieresenteret - avgjør at den obligatoriske karriereveiledningen skal utsettes bør programrådgiver skrive et notat med begrunnelse og legge inn i integreringsplanen at deltakeren skal ha karriereveiledning senere"; ' +
    '"Begrunnelsen for utsettelsen registreres i Nasjonalt introduksjonsregister (NIR)"; ' +
    '"det kan være fordelaktig for noen deltakere å vente, for eksempel til de har hatt samfunnskunnskap og opparbeidet seg noe karrierekompetanse gjennom livsmestringskurset"; ' +
    '000_4d34fa87f84c09e3.txt: "at kommunen utarbeider standardiserte begrunnelser for utsettelse"',
  effectiveFrom: '2021-01-01',
  reviewNote:
    'The list of standard reasons is our reading of the seeds (Bergen: mostly participants without primary school and ' +
    'a long programme; waiting for social studies / the life-skills course), not an official code list. Check the ' +
    'reason codes NIR actually accepts before the CSV is used for registration.',
};

export const postponementReasonCodes = [
  'settling-in-little-schooling-long-programme',
  'health',
  'family-situation',
  'awaiting-norwegian-or-life-skills',
  'participant-wish',
  'other',
] as const;
export type PostponementReason = (typeof postponementReasonCodes)[number];

export const postponementReasons: Record<PostponementReason, { nb: string; en: string; requiresText: boolean }> = {
  'settling-in-little-schooling-long-programme': {
    nb: 'Trenger tid til å lande / lite skolegang og lang programtid',
    en: 'Needs time to settle / little schooling and a long programme',
    requiresText: false,
  },
  health: { nb: 'Helse', en: 'Health', requiresText: false },
  'family-situation': { nb: 'Familiesituasjon', en: 'Family situation', requiresText: false },
  'awaiting-norwegian-or-life-skills': {
    nb: 'Venter på norsk og samfunnskunnskap eller livsmestringskurs',
    en: 'Waiting for Norwegian and social studies or the life-skills course',
    requiresText: false,
  },
  'participant-wish': { nb: 'Deltakerens ønske', en: "Participant's wish", requiresText: false },
  other: { nb: 'Annet', en: 'Other', requiresText: true },
};

export const postponementDecidedWith = ['adviser-alone', 'with-centre'] as const;
export type PostponementDecidedWith = (typeof postponementDecidedWith)[number];

/** How many days before the approximate new date the reminder shows: time to order guidance again. A product choice. */
export const REMINDER_DAYS = 14;

/**
 * Whether the reminder "new date is near" is due: from REMINDER_DAYS before the expected date, the date itself
 * included, and on every day after it (a passed date is even more reason to act).
 *
 * @throws RangeError if a date is not a valid IsoDate.
 */
export function postponementReminderDue(p: { expectedDate: IsoDate; today: IsoDate }): boolean {
  return daysBetween(p.today, p.expectedDate) <= REMINDER_DAYS;
}
