import { describe, expect, it } from 'vitest';
import { guidanceHours, hoursEstimateOn, minutesUsed } from './guidance-hours.ts';

describe('guidance hours', () => {
  it('compares used minutes with the 1.5 h + 1.5 h estimate and cites it', () => {
    const h = guidanceHours({ individualMinutes: 120, groupMinutes: 45, on: '2026-05-01' });
    expect(h.individual).toEqual({ usedMinutes: 120, estimateMinutes: 90, remainingMinutes: 0, overEstimate: true });
    expect(h.group).toEqual({ usedMinutes: 45, estimateMinutes: 90, remainingMinutes: 45, overEstimate: false });
    expect(h.source.seed).toContain('1,5 time individuell veiledning og 1,5 time gruppeveiledning');
    expect(h.source.law).toContain('§ 11');
    expect(hoursEstimateOn('2021-01-01').individualMinutes).toBe(90);
  });

  it('counts held sessions in full (or as recorded), broken-off ones as recorded, and nothing else', () => {
    expect(minutesUsed({ outcome: 'held', plannedMinutes: 90, recordedMinutes: null })).toBe(90);
    expect(minutesUsed({ outcome: 'held', plannedMinutes: 90, recordedMinutes: 75 })).toBe(75);
    expect(minutesUsed({ outcome: 'broken-off', plannedMinutes: 90, recordedMinutes: 20 })).toBe(20);
    expect(minutesUsed({ outcome: 'broken-off', plannedMinutes: 90, recordedMinutes: null })).toBe(0);
    expect(minutesUsed({ outcome: 'no-show', plannedMinutes: 90, recordedMinutes: 90 })).toBe(0);
    expect(minutesUsed({ outcome: null, plannedMinutes: 90, recordedMinutes: null })).toBe(0);
  });
});
