/**
 * Before and after each guidance conversation (issue 13, items 4 and 5): the adviser's and the counsellor's short
 * pre-talk and follow-up talk on an order, a later follow-up conversation ordered with a purpose, and when the app
 * proposes one.
 *
 * Not law: ways of working the seeds recommend. The § 11 deadline belongs to the first guidance only; a follow-up
 * conversation is offered later "on the participant's own wish" and has no legal deadline.
 */
import { addCalendarMonths, type IsoDate } from './dates.ts';
import type { OrderStatus } from './guidance-order.ts';
import type { RuleSource } from './rule-source.ts';

export const orderTalksSource: RuleSource = {
  law: 'none (a way of working, not a legal rule)',
  seed:
    '000_4d34fa87f84c09e3.txt: "at programrådgiver og karriereveileder har et forberedende møte og et oppfølgingsmøte etter hver ' +
    'karriereveiledningssamtale"; "At programrådgiver og karriereveileder i fellesskap diskuterer veien videre"; ' +
    '002_56eb07db012f66ce.txt: "Tidsramme; 15 min. forsamtale (PR) 60 min. veiledning 15 min. ettersamtale (PR)"',
  effectiveFrom: '2021-01-01',
  reviewNote: 'Whether the talks are expected is each career centre\'s choice (a setting): the seeds report good practice, not a duty.',
};

/** The pre-talk ("forsamtale") before the conversation, the follow-up talk ("ettersamtale") after it. */
export const talkKinds = ['pre-talk', 'follow-up-talk'] as const;
export type TalkKind = (typeof talkKinds)[number];

/** Length limits of the talk's structured points (a short record, not a second note). */
export const TALK_TEXT_MAX = 2000;

/**
 * Which talks are missing on an order when the centre expects them. The pre-talk belongs before the conversation,
 * so it is missing once the centre has accepted the order; the follow-up talk once the conversation is held
 * (completed). A closed order that never took place (rejected, cancelled) and a draft miss nothing.
 */
export function missingTalks(p: { expected: boolean; status: OrderStatus; recorded: readonly TalkKind[] }): TalkKind[] {
  if (!p.expected) return [];
  const missing: TalkKind[] = [];
  if (['accepted', 'scheduled', 'completed'].includes(p.status) && !p.recorded.includes('pre-talk')) missing.push('pre-talk');
  if (p.status === 'completed' && !p.recorded.includes('follow-up-talk')) missing.push('follow-up-talk');
  return missing;
}

// ─── Follow-up conversations (item 5) ───────────────────────────────────────────────────────────────────────────

/** A first order is the § 11 guidance; a follow-up order is a later conversation with a purpose and no deadline. */
export const orderKinds = ['first', 'follow-up'] as const;
export type OrderKind = (typeof orderKinds)[number];

/** Why a follow-up conversation is ordered: the two occasions the seeds name, and anything else with a text. */
export const followUpPurposes = ['end-of-programme', 'change-of-plan', 'other'] as const;
export type FollowUpPurpose = (typeof followUpPurposes)[number];

export const followUpSource: RuleSource = {
  law: 'none (integreringsloven § 11 gives the first guidance a deadline; a later conversation has none)',
  seed:
    '000_4d34fa87f84c09e3.txt: "Vurdere oppfølgende veiledning: Det kan være nyttig med en ny karriereveiledningssamtale mot ' +
    'slutten av perioden for introduksjonsprogrammet. Vi mener at beslutningen om ny samtale bør ta utgangspunkt i brukers eget ønske."; ' +
    '001_ddaf841434328989.txt: "Å legge veiledningsmøte nummer to betydelig senere enn det første møtet, gjerne flere måneder senere ' +
    'eller helt i slutten av introduksjonsprogrammet"; "det sannsynlig at mange deltakere i løpet av introduksjonsprogrammet endrer planer"',
  effectiveFrom: '2021-01-01',
  reviewNote:
    'The seeds say "mot slutten" without a number. The default of 6 months before the programme end is our choice: it leaves ' +
    'time to book a conversation and act on it before NAV takes over (seed 003: participants must not "starte på nytt" when they ' +
    'come to NAV). Each municipality sets its own number (1–24).',
};

export const DEFAULT_FOLLOW_UP_PROPOSAL_MONTHS = 6;
export const MIN_FOLLOW_UP_PROPOSAL_MONTHS = 1;
export const MAX_FOLLOW_UP_PROPOSAL_MONTHS = 24;

export type FollowUpProposal =
  | { proposed: true; reason: 'end-of-programme'; programmeEndDate: IsoDate; from: IsoDate }
  | { proposed: false; reason: 'no-end-date' | 'not-yet' | 'programme-ended' | 'open-order' | 'already-ordered'; from: IsoDate | null };

/**
 * Whether the app proposes a follow-up conversation: the programme ends within `months` months from today (the end
 * day itself included, an end already passed no longer counts), no order is open, and no follow-up conversation was
 * ordered for this programme end yet (one not rejected or cancelled). `from` is the first day of the proposal
 * window. It is a proposal only: the participant's own wish decides (seed 000).
 */
export function followUpProposal(p: {
  programmeEndDate: IsoDate | null; today: IsoDate; months: number; hasOpenOrder: boolean; followUpOrdered: boolean;
}): FollowUpProposal {
  if (!p.programmeEndDate) return { proposed: false, reason: 'no-end-date', from: null };
  const from = addCalendarMonths(p.programmeEndDate, -p.months);
  if (p.programmeEndDate < p.today) return { proposed: false, reason: 'programme-ended', from };
  if (p.today < from) return { proposed: false, reason: 'not-yet', from };
  if (p.followUpOrdered) return { proposed: false, reason: 'already-ordered', from };
  if (p.hasOpenOrder) return { proposed: false, reason: 'open-order', from };
  return { proposed: true, reason: 'end-of-programme', programmeEndDate: p.programmeEndDate, from };
}

// ─── The hand-over to NAV (item 5) ──────────────────────────────────────────────────────────────────────────────

export const navHandoverSource: RuleSource = {
  law: 'personopplysningsloven, jf. personvernforordningen (GDPR) art. 5 nr. 1 bokstav c (dataminimering)',
  seed:
    '003_621298d49563d429.txt: "for å sikre gode overganger og unngå unødvendig lange løp, eller at man må «starte på nytt» når ' +
    'deltakerne kommer til NAV"',
  effectiveFrom: '2021-01-01',
  reviewNote: 'The summary holds only what the adviser ticks; what NAV needs beyond it is agreed in the cooperation agreement with NAV (seed 004).',
};

/** The parts of the NAV hand-over summary the adviser can tick. */
export const navHandoverItems = ['recommendation', 'journeyPlan', 'endGoal'] as const;
export type NavHandoverItem = (typeof navHandoverItems)[number];
