import { describe, expect, it } from 'vitest';
import {
  isLocalOfferCurrent, localOfferIdOf, localOfferInputSchema, localOfferReminderDue, localOfferStepId, refusedStartDates, reviewDueProblem,
  upcomingStartDates,
} from './local-offers.ts';
import { localOfferLimits } from './text-limits.ts';

const valid = {
  lane: 'language', nationalOfferId: 'sprakpraksis', textLanguage: 'nb', title: 'Norsk med arbeidspraksis', provider: 'Bergen voksenopplæring',
  summary: 'Norskkurs tre dager i uka og arbeidspraksis to dager.', forWhom: 'Deltakere i introduksjonsprogrammet.',
  area: { kind: 'county' }, address: 'Kalfarveien 1, Bergen', digital: false, startDates: ['2026-08-17'], applicationDeadline: '2026-06-01',
  length: '20 uker', instructionLanguages: ['nb'], cost: 'Gratis', contact: 'post@example.no', link: 'https://www.bergen.kommune.no',
  source: 'Tilbyderens side', reviewDue: '2026-06-01',
};
const issues = (input: unknown) => {
  const r = localOfferInputSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
};

describe('local offer input', () => {
  it('accepts a complete offer', () => expect(issues(valid)).toEqual([]));
  it.each([
    ['http link', { link: 'http://example.no' }, 'link:url.invalid'],
    ['link with a space', { link: 'https://exa mple.no' }, 'link:url.invalid'],
    ['impossible date', { startDates: ['2026-02-30'] }, 'startDates.0:date.invalid'],
    ['deadline after the last start', { applicationDeadline: '2026-09-01' }, 'applicationDeadline:local-offer.deadline-after-start'],
    ['neither address nor digital', { address: ' ' }, 'address:local-offer.where-missing'],
    ['the same start twice', { startDates: ['2026-08-17', '2026-08-17'] }, 'startDates:local-offer.start-duplicate'],
    ['unknown language of the texts', { textLanguage: 'de' }, 'textLanguage:'],
    ['title over its limit', { title: 'x'.repeat(localOfferLimits.title + 1) }, 'title:'],
    ['summary over its limit', { summary: 'x'.repeat(localOfferLimits.summary + 1) }, 'summary:'],
    ['an unknown field', { editor: 'Navn' }, ':'],
    ['no instruction language', { instructionLanguages: [] }, 'instructionLanguages:'],
    ['municipalities left empty', { area: { kind: 'municipalities', municipalityIds: [] } }, 'area.municipalityIds:'],
  ])('refuses %s', (_, patch, expected) => {
    expect(issues({ ...valid, ...patch }).some((i) => i.startsWith(expected))).toBe(true);
  });
  it('accepts a digital offer without an address and continuous admission without start dates', () => {
    expect(issues({ ...valid, address: '', digital: true, startDates: [], applicationDeadline: null })).toEqual([]);
  });
});

describe('when a local offer is on the map', () => {
  it.each([
    [['2026-08-17'], false, '2026-08-17', true],
    [['2026-08-17'], false, '2026-08-18', false],
    [['2026-01-10', '2026-08-17'], false, '2026-05-01', true],
    [[], false, '2030-01-01', true],
    [['2026-08-17'], true, '2026-01-01', false],
  ])('starts %j removed=%s on %s → %s', (startDates, removed, today, expected) => {
    expect(isLocalOfferCurrent({ startDates, removed }, today)).toBe(expected);
  });
  it('shows only the start dates still ahead, in order', () => {
    expect(upcomingStartDates(['2026-09-01', '2026-01-01', '2026-05-01'], '2026-05-01')).toEqual(['2026-05-01', '2026-09-01']);
  });
});

describe('start dates and review dates', () => {
  it('refuses a new start in the past but keeps one already stored', () => {
    expect(refusedStartDates(['2026-01-05', '2026-03-01'], [], '2026-02-01')).toEqual(['2026-01-05']);
    expect(refusedStartDates(['2026-01-05', '2026-03-01'], ['2026-01-05'], '2026-02-01')).toEqual([]);
    expect(refusedStartDates(['2026-02-01'], [], '2026-02-01')).toEqual([]);
  });
  it.each([
    ['2026-01-31', 'past'], ['2026-02-01', null], ['2027-02-02', null], ['2027-02-03', 'too-far'],
  ])('review date %s on 2026-02-01 → %s', (due, expected) => expect(reviewDueProblem(due, '2026-02-01')).toBe(expected));
  it.each([
    ['2026-03-01', null, false, '2026-02-14', false],
    ['2026-03-01', null, false, '2026-02-15', true],
    ['2026-03-01', '2026-03-01', false, '2026-02-20', false],
    ['2026-03-01', '2025-03-01', false, '2026-02-20', true],
    ['2026-03-01', null, true, '2026-02-20', false],
  ])('review %s reminded %s removed %s on %s → %s', (reviewDue, remindedFor, removed, today, expected) => {
    expect(localOfferReminderDue({ reviewDue, remindedFor, removed }, today)).toBe(expected);
  });
});

describe('local offer ids in plan steps', () => {
  const id = '3f1c2b8e-0d4a-4c5e-9b7a-1a2b3c4d5e6f';
  it('round-trips and never takes a national id or a malformed one', () => {
    expect(localOfferIdOf(localOfferStepId(id))).toBe(id);
    expect(localOfferIdOf('amo-kurs')).toBeNull();
    expect(localOfferIdOf('local:not-a-uuid')).toBeNull();
    expect(localOfferIdOf(null)).toBeNull();
  });
});
