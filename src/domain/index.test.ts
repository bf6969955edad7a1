import { describe, expect, it } from 'vitest';
import * as domain from './index.ts';

describe('index', () => {
  it('re-exports exactly the agreed runtime values', () => {
    expect(Object.keys(domain).sort()).toEqual(
      [
        'DUE_SOON_DAYS',
        'NO_LEGAL_BASIS',
        'addCalendarMonths',
        'addDays', // not in the original brief; the server's status-filter.ts needs it
        'ageOn',
        'checkOrderTransition',
        'daysBetween',
        'deadlineStatus',
        'deadlineStatuses',
        'decisionDeadline',
        'eligibilityFor',
        'eligibilityForAll',
        'eligibilityStatuses',
        'guidanceRight',
        'isValidIsoDate',
        'nationalIdKind',
        'norwegianLevels',
        'offerIdsWithRules',
        'orderStatuses',
        'orderTransitions',
        'reasonRequired',
        'residenceBases',
        'schoolingLevels',
        'sideThatMay',
        'todayInOslo',
      ].sort(),
    );
  });
});
