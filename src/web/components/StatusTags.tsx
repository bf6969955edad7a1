import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { DeadlineStatusCode, GuidanceRightCode, OrderStatusCode } from '../types.ts';

// Colour is a second signal only; every tag also says its status in words.
const guidanceRightColours: Record<GuidanceRightCode, string> = {
  'right-and-duty': 'info',
  right: 'accent',
  none: 'neutral',
};

const deadlineColours: Record<DeadlineStatusCode, string> = {
  'on-track': 'success',
  'due-soon': 'warning',
  overdue: 'danger',
  met: 'info',
  postponed: 'neutral',
  'no-deadline': 'neutral',
};

const orderColours: Record<OrderStatusCode, string> = {
  draft: 'neutral',
  sent: 'info',
  accepted: 'accent',
  rejected: 'danger',
  scheduled: 'brand2',
  completed: 'success',
  cancelled: 'neutral',
};

export function GuidanceRightTag({ right }: { right: GuidanceRightCode }) {
  const { t } = useTranslation();
  return (
    <Tag data-color={guidanceRightColours[right]} data-size="sm">
      {t(`guidanceRight.${right}`)}
    </Tag>
  );
}

export function deadlineStatusText(
  t: (key: string, options?: Record<string, unknown>) => string,
  status: DeadlineStatusCode,
  daysLeft: number | null,
): string {
  if (status === 'due-soon' && daysLeft !== null) {
    return daysLeft <= 0 ? t('deadlineStatus.due-today') : t('deadlineStatus.due-soon', { count: daysLeft });
  }
  return t(`deadlineStatus.${status}`);
}

export function DeadlineStatusTag({ status, daysLeft }: { status: DeadlineStatusCode; daysLeft: number | null }) {
  const { t } = useTranslation();
  return (
    <Tag data-color={deadlineColours[status]} data-size="sm">
      {deadlineStatusText(t, status, daysLeft)}
    </Tag>
  );
}

/** A postponement's approximate new date is near (or passed): time to order guidance again. */
export function ReminderTag() {
  const { t } = useTranslation();
  return (
    <Tag data-color="warning" data-size="sm">
      {t('postponement.reminderTag')}
    </Tag>
  );
}

export function OrderStatusTag({ status }: { status: OrderStatusCode }) {
  const { t } = useTranslation();
  return (
    <Tag data-color={orderColours[status]} data-size="sm" variant="outline">
      {t(`orderStatus.${status}`)}
    </Tag>
  );
}

/** Whole days from today (Oslo) to a calendar date; negative when it has passed. */
export function daysUntil(isoDate: string, today: string): number {
  const toUtc = (value: string) => Date.UTC(+value.slice(0, 4), +value.slice(5, 7) - 1, +value.slice(8, 10));
  return Math.round((toUtc(isoDate) - toUtc(today)) / 86_400_000);
}
