import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Order } from '../../types.ts';
import { notePath } from './noteApi.ts';

const noteStatuses = new Set(['accepted', 'scheduled', 'completed']);

/**
 * A link from an order to its note. It never fetches the note: for the municipality, opening the note records
 * the read receipt, so only the note page itself may ask for it.
 */
export function NoteLink({ order }: { order: Order }) {
  const { t } = useTranslation();
  if (!noteStatuses.has(order.status)) return null;
  return (
    <Link to={notePath(order.id)} className="note-link">
      {t('notes.title')}
      <span className="ds-sr-only">
        {' '}
        – {order.participant.givenName} {order.participant.familyName}
      </span>
    </Link>
  );
}
