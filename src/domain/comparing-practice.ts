/**
 * Comparing practice between the municipalities a career centre serves (issue 13 item 6): a few figures per
 * municipality, with small numbers suppressed as in the statistics (statistics.ts), so leads can see where
 * practice differs and talk about it in their cooperation meetings.
 */
import { shownShare, suppress, type ShownCount } from './statistics.ts';
import type { IsoDate } from './dates.ts';
import type { RuleSource } from './rule-source.ts';

export const comparingPracticeSource: RuleSource = {
  law: 'none (a way of working); suppression: see statistics.ts suppressionSource',
  seed:
    '000_4d34fa87f84c09e3.txt: "Mer sammenligning mellom kommunene, for det virker som at de gjør ting på forskjellige måter. ' +
    'Ingen felles rutiner eller fremgangsmåte"; "Erfaringsdeling kan bidra til inspirasjon og læring, og til likere praksis på ' +
    'tvers av kommuner."',
  effectiveFrom: '2021-01-01',
  reviewNote:
    'The figures (orders in the last 365 days, guidance held before the decision deadline, notes read within 5 days, feedback ' +
    'given) and the 5-day read window are our choice from issue 13; the seeds ask for comparison, not for these exact measures.',
};

/** Orders sent in this many days back from today are counted. */
export const PRACTICE_PERIOD_DAYS = 365;
/** A note read by the municipality within this many days of being sent counts as read in time. */
export const NOTE_READ_WITHIN_DAYS = 5;

/** The raw counts for one municipality (or a total). */
export interface PracticeCounts {
  orders: number;
  /** Participants whose guidance is held or whose decision deadline has passed. */
  due: number;
  /** Of those, held on or before the deadline. */
  heldInTime: number;
  notesSent: number;
  notesReadInTime: number;
  notesWithFeedback: number;
  openActions: number;
  overdueActions: number;
  lastMeetingOn: IsoDate | null;
}

export interface PracticeFigures {
  orders: ShownCount;
  heldBeforeDeadlineShare: number | null;
  notesReadWithin5DaysShare: number | null;
  feedbackGivenShare: number | null;
  openActions: number;
  overdueActions: number;
  lastMeetingOn: IsoDate | null;
}

/**
 * The figures as the reader may see them: exact for the reader's own organisation, otherwise a count of 1–4 shows
 * as "under 5" and a share over or of such a count is hidden (null). Actions and meetings are about the cooperation,
 * not about participants, so they are shown as they are.
 */
export function practiceFigures(c: PracticeCounts, exact: boolean): PracticeFigures {
  return {
    orders: suppress(c.orders, exact),
    heldBeforeDeadlineShare: shownShare(c.heldInTime, c.due, exact),
    notesReadWithin5DaysShare: shownShare(c.notesReadInTime, c.notesSent, exact),
    feedbackGivenShare: shownShare(c.notesWithFeedback, c.notesSent, exact),
    openActions: c.openActions,
    overdueActions: c.overdueActions,
    lastMeetingOn: c.lastMeetingOn,
  };
}

/** Whether a note counts as read in time: read, and no more than NOTE_READ_WITHIN_DAYS × 24 hours after it was sent. */
export function readInTime(sentAt: Date, readAt: Date | null): boolean {
  return readAt !== null && readAt.getTime() - sentAt.getTime() <= NOTE_READ_WITHIN_DAYS * 24 * 3600 * 1000;
}
