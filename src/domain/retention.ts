/**
 * How long Veivalg keeps what it holds about a participant (issue 15, retention and deletion).
 *
 * Veivalg is a workspace between the municipality and the career centre, not the archive: the note and the
 * decisions that matter for the case are filed in the municipality's and the county's own case and archive
 * systems (arkivlova), and NIR holds what the state registers. Here the personal data is kept while the case is
 * alive and for a number of years after its last activity (a per-municipality setting), then anonymised: names,
 * national id, free text and everything only a person could be recognised by are removed, and the rows that the
 * statistics count stay with their codes and dates, so every figure is the same after retention as before.
 */
import { addCalendarMonths, type IsoDate } from './dates.ts';
import type { RuleSource } from './rule-source.ts';

export const retentionSource: RuleSource = {
  law:
    'personvernforordningen (GDPR) art. 5 nr. 1 bokstav e (lagringsbegrensning) og art. 17; personopplysningsloven; ' +
    'integreringsloven kapittel 12 (behandling av personopplysninger); arkivlova § 9 (kassasjonsforbod, arkivering i ' +
    'kommunens og fylkeskommunens sak- og arkivsystem)',
  seed:
    'IMDi, Veileder til integreringsloven kap. 12: "Et viktig grunnprinsipp i personvernreglene er at du kun skal ' +
    'behandle opplysninger om en privatperson som er nødvendig"; Arkivverket, Sletting av personopplysningar: ' +
    '"kassasjonsforbodet i arkivlova går framom føresegner om sletting i andre lover eller forskrifter"',
  effectiveFrom: '2021-01-01',
  reviewNote:
    'No source we have settles the number of years. The default (3 years after the last activity, about the ' +
    'length of an introduction programme, so the adviser can still look back while the person is in the programme) ' +
    'is a product choice each municipality can change. Before relying on it, the municipality must confirm that ' +
    'everything to be archived (the sent note, postponement decisions) is filed in its archive system, and its ' +
    'data protection officer must confirm the period.',
};

export const DEFAULT_RETENTION_YEARS = 3;
export const MIN_RETENTION_YEARS = 1;
export const MAX_RETENTION_YEARS = 10;

/** What retention does with each kind of record that holds data about a participant. */
export type RetentionAction =
  | 'anonymise' // the row stays for statistics; names, ids and free text are removed
  | 'delete'; // the row goes (nothing in it is counted)

export interface RetentionRule { table: string; action: RetentionAction; keeps: string; why: string }

/**
 * One rule per table that references a participant (the export test checks this list covers every such table).
 * `keeps` names what stays for the statistics; everything else about the person in the row is removed.
 */
export const retentionRules: readonly RetentionRule[] = [
  { table: 'participants', action: 'anonymise', keeps: 'municipality, residence basis, settlement/permit/request/deadline/held dates, guidance right (frozen: not recomputed after), gender, country background, birth year', why: 'Counted in every dashboard and the fact sheet; the birth year keeps the age band at each year end.' },
  { table: 'guidance_orders', action: 'anonymise', keeps: 'status, format, language, mode, dates', why: 'The funnel and the orders figures; the message and the reasons are free text.' },
  { table: 'order_transitions', action: 'anonymise', keeps: 'statuses and times', why: 'Reasons are free text.' },
  { table: 'guidance_sessions', action: 'anonymise', keeps: 'kind, mode, time, duration, outcome, minutes, interpreter language', why: 'Hours and outcomes; place, links, phone, briefing and free-text reasons go.' },
  { table: 'group_registrations', action: 'anonymise', keeps: 'attendance', why: 'Attendance figures; the row holds no free text.' },
  { table: 'handover_brief_items', action: 'anonymise', keeps: 'the schooling item, reduced to its levels; every other item is deleted', why: 'The fact sheet counts the highest schooling; every other item is personal and goes.' },
  { table: 'postponements', action: 'anonymise', keeps: 'reason code and dates', why: 'Postponement reasons are counted; the justification is free text.' },
  { table: 'guidance_notes', action: 'anonymise', keeps: 'status, sent and read times, recommendation kind', why: 'Read times and kinds are counted; the content goes (the sent note is in the archive).' },
  { table: 'integration_plan_tasks', action: 'anonymise', keeps: 'the whole row (no free text)', why: 'Nothing in it names the person beyond the id.' },
  { table: 'notifications', action: 'delete', keeps: 'nothing', why: 'Working messages, not counted.' },
  { table: 'journey_plans', action: 'delete', keeps: 'nothing', why: 'Personal plans, not counted.' },
  { table: 'participant_page_links', action: 'delete', keeps: 'nothing', why: 'The page ends with the person.' },
  { table: 'participant_page_resources', action: 'delete', keeps: 'nothing', why: 'The page ends with the person.' },
  { table: 'participant_corrections', action: 'delete', keeps: 'nothing (the audit trail keeps which field was corrected, when and by whom)', why: 'The values before and after and the reason are personal; corrections are not counted.' },
  { table: 'order_talks', action: 'delete', keeps: 'nothing', why: 'Working talks between adviser and counsellor (issue 13), free text, not counted.' },
];

/**
 * Whether a participant's data is due for anonymisation: nothing is open (no open order, no running postponement)
 * and the last activity on the case is more than `years` years before `today`.
 */
export function retentionDue(p: { lastActivityOn: IsoDate; caseOpen: boolean; anonymised: boolean }, today: IsoDate, years: number): boolean {
  if (p.anonymised || p.caseOpen) return false;
  return retentionLimit(today, years) > p.lastActivityOn;
}

/** Cases whose last activity is before this day are due. */
export function retentionLimit(today: IsoDate, years: number): IsoDate {
  return addCalendarMonths(today, -12 * years);
}
