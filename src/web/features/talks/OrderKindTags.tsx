import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Order } from '../../types.ts';
import './talks.css';

/**
 * Marks a follow-up conversation wherever orders are listed (issue 13 item 5): it has a purpose, not a § 11
 * deadline, so the list must not look as if one was missed.
 */
export function FollowUpTag({ order }: { order: Order }) {
  const { t } = useTranslation();
  if (order.kind !== 'follow-up') return null;
  return (
    <div className="follow-up-tag">
      <Tag data-color="brand1" data-size="sm" variant="outline">
        {t('talks.followUp.tag')}
      </Tag>{' '}
      <span className="muted">
        {order.purpose ? t(`talks.purpose.${order.purpose}`) : ''}
        {order.purposeText ? `: ${order.purposeText}` : ''}
      </span>
    </div>
  );
}

/** "Mangler forsamtale" / "Mangler ettersamtale" when the centre expects the talks (issue 13 item 4). */
export function MissingTalksTags({ order }: { order: Order }) {
  const { t } = useTranslation();
  if (!order.talks?.missing.length) return null;
  return (
    <div className="missing-talks" data-testid="missing-talks">
      {order.talks.missing.map((kind) => (
        <Tag key={kind} data-color="warning" data-size="sm">
          {t(`talks.missing.${kind}`)}
        </Tag>
      ))}
    </div>
  );
}
