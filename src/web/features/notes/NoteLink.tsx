import { Tag } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Order } from '../../types.ts';
import { notePath } from './noteApi.ts';

const noteStatuses = new Set(['accepted', 'scheduled', 'completed']);

/** The words and colour of the order's note summary: "Notat sendt – ikke lest" until someone in the municipality opens it. */
export function noteSummaryKey(note: NonNullable<Order['note']>): { key: string; color: 'success' | 'warning' | 'info' | 'neutral' } {
  if (note.status === 'sent') return note.readByMunicipality ? { key: 'read', color: 'success' } : { key: 'sentUnread', color: 'warning' };
  return { key: note.status, color: note.status === 'approved' ? 'info' : 'neutral' };
}

/** The order's note status as a tag, from the order itself (no read receipt). */
export function NoteStatusSummary({ order }: { order: Order }) {
  const { t } = useTranslation();
  if (!order.note) return null;
  const { key, color } = noteSummaryKey(order.note);
  return (
    <Tag data-size="sm" data-color={color} data-testid="note-summary">
      {t(`notes.summary.${key}`)}
    </Tag>
  );
}

/**
 * A link from an order to its note, with the note's status tag. It never fetches the note: for the municipality,
 * opening the note records the read receipt, so only the note page itself may ask for it; the status comes with
 * the order.
 */
export function NoteLink({ order }: { order: Order }) {
  const { t } = useTranslation();
  if (!noteStatuses.has(order.status) && !order.note) return null;
  return (
    <span className="note-link-row">
      <Link to={notePath(order.id)} className="note-link">
        {t('notes.title')}
        <span className="ds-sr-only">
          {' '}
          – {order.participant.givenName} {order.participant.familyName}
        </span>
      </Link>{' '}
      <NoteStatusSummary order={order} />
    </span>
  );
}
