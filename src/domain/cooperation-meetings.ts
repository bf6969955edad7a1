/**
 * Cooperation meetings between a career centre and its municipalities, and the actions they agree (issue 13 item 2).
 *
 * Not law: a way of working the seeds name. A series has a fixed interval ("digitalt frokostmøte hvert halvår",
 * a yearly leadership meeting); each meeting has an agenda, minutes and actions with an owner and a due date that
 * are followed up until done. The actions are general (a source kind and id) so that county gatherings can reuse them.
 */
import { addCalendarMonths, isValidIsoDate, type IsoDate } from './dates.ts';
import { nationalIdKind } from './national-id.ts';
import type { RuleSource } from './rule-source.ts';

export const cooperationMeetingsSource: RuleSource = {
  law: 'none (a way of working, not a legal rule)',
  seed:
    '000_4d34fa87f84c09e3.txt: "positive erfaringer med jevnlige samarbeidsmøter mellom ledelse for flyktningetjenesten i ' +
    'kommunen og leder ved karrieresenter"; "planen at det skal holdes et digitalt frokostmøte hvert halvår der kommunene og ' +
    'karriereveilederne deltar"; "Gjennomføre jevnlige samarbeidsmøter: … på ledelses- og veiledernivå. Dette kan bidra til ' +
    'bedre rutiner og avklaring av ansvar."; 001_ddaf841434328989.txt: "faste digitale samlinger, som frokostmøter eller ' +
    'statusmøter der både karriereveiledere og programrådgivere deltar. … kan gjennomføres med faste tidsintervall."',
  effectiveFrom: '2021-01-01',
  reviewNote:
    'The intervals (monthly, quarterly, half-yearly, yearly, or none) and "overdue = not done and due before today" are our ' +
    'modelling; the seeds name the meetings and that input from them must be followed up, not the exact rules.',
};

/** How often a series meets, in calendar months; 'none' = meetings are planned one at a time. */
export const meetingIntervals = { none: 0, monthly: 1, quarterly: 3, 'half-yearly': 6, yearly: 12 } as const;
export type MeetingInterval = keyof typeof meetingIntervals;
export const meetingIntervalKeys = Object.keys(meetingIntervals) as [MeetingInterval, ...MeetingInterval[]];

/**
 * The date the series is due to meet next: the last meeting's date plus the interval (calendar months, so
 * 31 August + 6 months = 28 or 29 February), or null for a series without interval or without any meeting yet.
 */
export function nextMeetingDate(lastMeetingOn: IsoDate | null, interval: MeetingInterval): IsoDate | null {
  if (lastMeetingOn === null || meetingIntervals[interval] === 0) return null;
  if (!isValidIsoDate(lastMeetingOn)) throw new RangeError(`not a valid IsoDate: ${lastMeetingOn}`);
  return addCalendarMonths(lastMeetingOn, meetingIntervals[interval]);
}

/** An action agreed in a meeting (and later a gathering): open, in progress or done. */
export const actionStatuses = ['open', 'in-progress', 'done'] as const;
export type ActionStatus = (typeof actionStatuses)[number];
/**
 * Where an action was agreed: a cooperation meeting, or a county gathering (issue 14 item 3: the gathering's
 * follow-up points are "the cooperation issue's actions", so they reach the same task pages and start pages).
 */
export const actionSourceKinds = ['meeting', 'gathering'] as const;
export type ActionSourceKind = (typeof actionSourceKinds)[number];

/**
 * Overdue: not done and the due date has passed (the due day itself still counts as in time). Seed 000 asks that
 * input from meetings and gatherings is followed up ("følge opp spørsmål og innspill"), so a passed date is shown.
 */
export function actionOverdue(a: { status: ActionStatus; dueDate: IsoDate }, today: IsoDate): boolean {
  return a.status !== 'done' && a.dueDate < today;
}

/** Length limits for the texts of meetings and actions (characters). */
export const meetingTextLimits = { title: 200, agenda: 10_000, minutes: 20_000, actionTitle: 500, place: 200 } as const;

/**
 * National identity numbers (fødselsnummer, D-nummer) written anywhere in a text: 11 digits, also written as
 * "DDMMYY NNNNN" or with a dot or dash after the date part. Minutes and agendas are shared between two
 * organisations and must not identify a participant, so a text with a number found here is refused.
 */
export function nationalIdsIn(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/(?<![0-9])([0-9]{6})[ .-]?([0-9]{5})(?![0-9])/g)) {
    const candidate = `${m[1]}${m[2]}`;
    if (nationalIdKind(candidate)) found.push(candidate);
  }
  return found;
}
