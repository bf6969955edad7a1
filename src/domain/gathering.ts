/**
 * County gatherings (issue 14, items 1–3): the whole subject of seed 000. A county's career centre hosts a
 * gathering for the municipalities it serves; municipalities register named staff with a cap and a waiting list;
 * afterwards everyone registered answers a short survey, and questions and input from the gathering become
 * follow-up points. The pure rules live here: the waiting-list order, the survey's questions and scales, and how
 * the results are summarised with the small-number rule of statistics.ts.
 */
import type { IsoDate } from './dates.ts';
import { actionOverdue, actionStatuses, type ActionStatus } from './cooperation-meetings.ts';
import type { RuleSource } from './rule-source.ts';
import { SUPPRESS_BELOW, shownShare } from './statistics.ts';

/** Seed 000 (2.3): "innlegg", "gruppearbeid", "diskusjon" and "et sosialt program" make up the two days. */
export const programmeItemKinds = ['talk', 'group-work', 'discussion', 'social'] as const;
export type ProgrammeItemKind = (typeof programmeItemKinds)[number];

/**
 * Where a speaker comes from. Seed 000's learning points: "Orientering og avklaringer fra statlige myndigheter"
 * (IMDi, HK-dir), "Å involvere andre aktører, som Nav og voksenopplæring", "Dele kommunenes erfaringer".
 * People with a refugee background are not an affiliation but the `userParticipation` flag on the speaker: a
 * NAV adviser may have fled too, and the plan must show user participation whoever the speaker works for.
 */
export const speakerAffiliations = [
  'municipality', 'career-centre', 'nav', 'adult-education', 'imdi', 'hk-dir', 'county', 'other',
] as const;
export type SpeakerAffiliation = (typeof speakerAffiliations)[number];

export interface Speaker { name: string; affiliation: SpeakerAffiliation; userParticipation: boolean }
export interface ProgrammeItem { id: string; kind: ProgrammeItemKind; title: string; day: number; speakers: Speaker[] }

/** Text limits, so that every form and the API say the same thing (and a 100 kB title is refused, not stored). */
export const gatheringLimits = {
  title: 200, place: 300, programmeItems: 40, itemTitle: 200, speakers: 10, speakerName: 120,
  freeText: 2000, followUpText: 1000, letter: 20000, capacity: 200, days: 5,
} as const;

export const userParticipationSource: RuleSource = {
  law: 'Ingen lovregel; læringspunkt i evalueringen av de fylkesvise samlingene (HK-dir/Oxford Research 2023)',
  seed: '000_4d34fa87f84c09e3.txt: "Sikre brukermedvirkning ved å involvere personer med fluktbakgrunn i programmet og ha fokus på brukerperspektivet"',
  effectiveFrom: '2023-01-01',
};

/** Whether the programme has user participation: at least one speaker with a refugee background. */
export function hasUserParticipation(programme: readonly ProgrammeItem[]): boolean {
  return programme.some((item) => item.speakers.some((s) => s.userParticipation));
}

/** Which of seed 000's kinds of programme the plan has, so the coordinator sees a one-sided programme. */
export function programmeMix(programme: readonly ProgrammeItem[]): Record<ProgrammeItemKind, number> {
  const mix = Object.fromEntries(programmeItemKinds.map((k) => [k, 0])) as Record<ProgrammeItemKind, number>;
  for (const item of programme) mix[item.kind]++;
  return mix;
}

// ─── Registration: the cap per municipality and the waiting list ────────────────────────────────────────────────

export const registrationStatuses = ['registered', 'waiting', 'cancelled'] as const;
export type RegistrationStatus = (typeof registrationStatuses)[number];

export interface QueueEntry {
  id: string;
  status: RegistrationStatus;
  /** When the entry joined (or rejoined) the queue: an ISO instant. */
  queuedAt: string;
  /** A number the database gives in insert order: breaks a tie when two entries share the same instant. */
  seq: number;
}

export const waitingListSource: RuleSource = {
  law: 'Ingen lovregel; produktregel i issue 14 (først til mølla innen hver kommunes kvote)',
  seed: '000_4d34fa87f84c09e3.txt: "Å ha tett dialog med kommunene om påmelding og invitere gjennom flere kanaler"',
  effectiveFrom: '2026-01-01',
  reviewNote: 'The cap is per municipality, so that large municipalities cannot fill the room; seed 000 asks that small ' +
    'municipalities share their experience too ("inkludert erfaringene fra små kommuner").',
};

/** The waiting list's order: first come first served, by the time an entry joined the queue, then by insert order. */
export function waitingOrder(a: QueueEntry, b: QueueEntry): number {
  if (a.queuedAt !== b.queuedAt) return a.queuedAt < b.queuedAt ? -1 : 1;
  return a.seq - b.seq;
}

/** The status a new registration gets: a seat while the municipality is under its cap, else the waiting list. */
export function statusOnRegistering(cap: number, registeredNow: number): 'registered' | 'waiting' {
  return registeredNow < cap ? 'registered' : 'waiting';
}

/**
 * The waiting entries of one municipality that move up to a seat: as many as there are free seats under the cap
 * (after a cancellation or a raised cap), first in the waiting order first. Never more than the cap.
 */
export function movesUp(cap: number, entries: readonly QueueEntry[]): string[] {
  const free = Math.max(0, cap - entries.filter((e) => e.status === 'registered').length);
  return entries.filter((e) => e.status === 'waiting').sort(waitingOrder).slice(0, free).map((e) => e.id);
}

/** A municipality may register while today is on or before the closing day. */
export const registrationOpen = (closesOn: IsoDate, today: IsoDate) => today <= closesOn;

// ─── The survey after the gathering ─────────────────────────────────────────────────────────────────────────────

export const surveySource: RuleSource = {
  law: 'Ingen lovregel; spørsmålene følger HK-dirs spørreundersøkelse til deltakerne på de fylkesvise samlingene',
  seed: '000_4d34fa87f84c09e3.txt: "Utbyttet av samlingene vurderes som godt av 93 prosent av deltakerne. 66 prosent av ' +
    'deltakerne som besvarte spørreundersøkelsen er «helt enig» i at samlingen har bidratt til å styrke samarbeidet"; ' +
    '"hva de syntes var mest nyttig på samlingen. Mange huket av for flere eller samtlige av postene på programmet"; ' +
    '"Hvordan kunne vi gjort denne samlingen enda mer nyttig for deg?"; "Oppfølging av spørsmål og innspill på samlingen"',
  effectiveFrom: '2023-01-01',
  reviewNote: 'Seed 000 gives the cooperation statement\'s scale ("helt enig", "delvis enig"); the five steps and the ' +
    'usefulness scale are ours, in the style of Udir\'s five-step scales (seed 004, 4.5).',
};

/** Five steps, 1 = lowest (very little use / fully disagree) to 5 = highest (very useful / fully agree). */
export const surveySteps = [1, 2, 3, 4, 5] as const;
export type SurveyStep = (typeof surveySteps)[number];
export const scaleQuestions = ['usefulness', 'strengthenedCooperation'] as const;
export type ScaleQuestion = (typeof scaleQuestions)[number];
export const textQuestions = ['improve', 'followUp'] as const;
export type TextQuestion = (typeof textQuestions)[number];

/** The survey opens on the gathering's last day (seed 000: the survey "ble gjennomført på slutten av samlingen"). */
export const surveyOpen = (endsOn: IsoDate, today: IsoDate) => today >= endsOn;

export interface SurveyAnswer {
  usefulness: SurveyStep;
  strengthenedCooperation: SurveyStep;
  /** Programme items the person found most useful. */
  helpfulItemIds: readonly string[];
  improve: string;
  followUp: string;
}

export interface ScaleSummary {
  /** Answers given to this question: always shown (it is the base the reader needs to judge the rest). */
  answers: number;
  /** True when the figures rest on fewer than five answers and are therefore not shown. */
  hidden: boolean;
  /** Per step 1–5: count and share in per cent; null when hidden. */
  steps: { step: SurveyStep; count: number | null; share: number | null }[];
  /** Share that answered 4 or 5 (seed 000's "helt eller delvis enig", "vurderes som godt"); null when hidden. */
  topTwoShare: number | null;
  /** Share that answered 5 ("helt enig"); null when hidden. */
  topShare: number | null;
}

export const resultsSource: RuleSource = {
  law: 'personvernforordningen art. 5 nr. 1 bokstav c (dataminimering)',
  seed: '000_4d34fa87f84c09e3.txt: "66 prosent er «helt enig» … 27 prosent er delvis enig. Det er dermed 93 prosent som er helt eller delvis enig"',
  effectiveFrom: '2026-01-01',
  reviewNote: 'A figure (a count, a share, a list of free texts) that rests on fewer than SUPPRESS_BELOW (5) answers is ' +
    'not shown: with three answers from a gathering, colleagues could tell who wrote what. Above that the step counts ' +
    'are shown exactly: they are staff opinions about an event, not data about participants.',
};

/** One scale question's results: nothing but the count of answers when there are fewer than five. */
export function summariseScale(values: readonly number[]): ScaleSummary {
  const n = values.length;
  const hidden = n < SUPPRESS_BELOW;
  const count = (pred: (v: number) => boolean) => values.filter(pred).length;
  const share = (part: number) => (hidden ? null : shownShare(part, n, true));
  return {
    answers: n,
    hidden,
    steps: surveySteps.map((step) => ({ step, count: hidden ? null : count((v) => v === step), share: share(count((v) => v === step)) })),
    topTwoShare: share(count((v) => v >= 4)),
    topShare: share(count((v) => v === 5)),
  };
}

/** How many picked each programme item as most useful; null for all when there are fewer than five answers. */
export function summariseItems(itemIds: readonly string[], picks: readonly (readonly string[])[]) {
  const hidden = picks.length < SUPPRESS_BELOW;
  return itemIds.map((id) => {
    const n = picks.filter((p) => p.includes(id)).length;
    return { itemId: id, count: hidden ? null : n, share: hidden ? null : shownShare(n, picks.length, true) };
  });
}

/**
 * The free-text answers to show: none below five answers, empty ones left out, and sorted alphabetically so that
 * the order does not tell who answered first (the coordinator may know who left early).
 */
export function shownTexts(answersGiven: number, texts: readonly string[]): string[] | null {
  if (answersGiven < SUPPRESS_BELOW) return null;
  return texts.map((s) => s.trim()).filter(Boolean).sort((a, b) => a.localeCompare(b, 'nb'));
}

// ─── Follow-up points ───────────────────────────────────────────────────────────────────────────────────────────

/**
 * Seed 000: "Oppfølging av spørsmål og innspill på samlingen"; after the gatherings counties made "nye eller
 * oppdaterte rutiner for samarbeidet, mulighet for en ekstra karriereveiledningssamtale, informasjonsmateriell …
 * samt møteplasser". Each point has an owner and a due date, and is tracked until done.
 */
export const followUpSources = ['question', 'input', 'survey'] as const;
export type FollowUpSource = (typeof followUpSources)[number];
/** A follow-up point is a cooperation action (cooperation-meetings.ts), so it has the action's statuses. */
export const followUpStatuses = actionStatuses;
export type FollowUpStatus = ActionStatus;

/** Not done and past its due date: the same rule as for every cooperation action. */
export const followUpOverdue = (p: { status: FollowUpStatus; dueOn: IsoDate }, today: IsoDate) => actionOverdue({ status: p.status, dueDate: p.dueOn }, today);
