import { describe, expect, it } from 'vitest';
import {
  postponementReasonCodes, postponementReasons, postponementReminderDue, postponementSource, REMINDER_DAYS,
} from './postponement.ts';

describe('postponementReminderDue', () => {
  it.each<[string, string, boolean]>([
    ['a month away', '2026-06-01', false],
    ['15 days away', '2026-05-16', false],
    [`${REMINDER_DAYS} days away (first day of the reminder)`, '2026-05-15', true],
    ['tomorrow', '2026-05-02', true],
    ['today', '2026-05-01', true],
    ['passed', '2026-04-20', true],
  ])('expected date %s → %s', (_label, expectedDate, due) => {
    expect(postponementReminderDue({ expectedDate, today: '2026-05-01' })).toBe(due);
  });

  it('refuses impossible dates', () => {
    expect(() => postponementReminderDue({ expectedDate: '2026-02-30', today: '2026-05-01' })).toThrow(RangeError);
  });
});

describe('postponementReasons', () => {
  it.each(postponementReasonCodes.map((code) => [code] as const))('%s has nb and en labels', (code) => {
    expect(postponementReasons[code].nb.length).toBeGreaterThan(0);
    expect(postponementReasons[code].en.length).toBeGreaterThan(0);
  });

  it('only "other" needs a text', () => {
    expect(postponementReasonCodes.filter((c) => postponementReasons[c].requiresText)).toEqual(['other']);
  });

  it('quotes the seeds', () => {
    expect(postponementSource.seed).toContain('standardiserte begrunnelser for utsettelse');
    expect(postponementSource.seed).toContain('NIR');
  });
});
