import { and, gt, gte, isNotNull, isNull, lt, lte, eq, sql, type SQL } from 'drizzle-orm';
import { addDays, DUE_SOON_DAYS, type DeadlineStatus, type IsoDate } from '../../../domain/index.ts';

interface DeadlineColumns {
  decisionDeadline: Parameters<typeof lt>[0];
  guidanceHeldOn: Parameters<typeof isNull>[0];
  guidancePostponed: Parameters<typeof eq>[0];
  guidanceRight: Parameters<typeof eq>[0];
}

/**
 * The SQL twin of the domain's deadlineStatus(), so a queue can filter by status on the index. A test
 * checks that both give the same answer for every status on the same rows.
 */
export function deadlineStatusCondition(c: DeadlineColumns, status: DeadlineStatus, today: IsoDate): SQL {
  // Not covered by § 11: no § 12 deadline, so never due, overdue or postponed against it.
  const covered = sql`${c.guidanceRight} is distinct from 'none'`;
  const open = and(isNull(c.guidanceHeldOn), eq(c.guidancePostponed, false), covered);
  switch (status) {
    case 'met': return isNotNull(c.guidanceHeldOn);
    case 'no-deadline': return and(isNull(c.guidanceHeldOn), eq(c.guidanceRight, 'none'))!;
    case 'postponed': return and(isNull(c.guidanceHeldOn), eq(c.guidancePostponed, true), covered)!;
    case 'overdue': return and(open, lt(c.decisionDeadline, today))!;
    case 'due-soon': return and(open, gte(c.decisionDeadline, today), lte(c.decisionDeadline, addDays(today, DUE_SOON_DAYS)))!;
    case 'on-track': return and(open, gt(c.decisionDeadline, addDays(today, DUE_SOON_DAYS)))!;
  }
}
