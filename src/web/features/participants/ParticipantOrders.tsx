import { Button, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useLanguageName } from '../../components/LanguageOptions.tsx';
import { Loading } from '../../components/Loading.tsx';
import { OrderStatusTag } from '../../components/StatusTags.tsx';
import { formatDate, formatDateTime } from '../../format.ts';
import { isMunicipalityRole } from '../../roles.ts';
import { useMe } from '../../session.ts';
import type { Order, Participant } from '../../types.ts';
import { OrderActions } from '../orders/OrderActions.tsx';
import { NoteLink } from '../notes/NoteLink.tsx';
import { OrderForm } from '../orders/OrderForm.tsx';
import { CompletenessTag } from '../brief/BriefSection.tsx';
import { ContactCard } from '../cooperation/ContactCard.tsx';
import { FollowUpProposal } from '../talks/FollowUpProposal.tsx';
import { FollowUpTag, MissingTalksTags } from '../talks/OrderKindTags.tsx';
import { OrderTalks } from '../talks/OrderTalks.tsx';

const openStatuses = new Set(['draft', 'sent', 'accepted', 'scheduled']);

export function ParticipantOrders({ participant }: { participant: Participant }) {
  const { t } = useTranslation();
  const me = useMe();
  const [ordering, setOrdering] = useState<false | 'first' | 'follow-up'>(false);
  const orders = useQuery({
    queryKey: ['participant-orders', participant.id],
    queryFn: async () => (await api.get<{ items: Order[] }>(`/participants/${participant.id}/orders`)).items,
  });
  const items = [...(orders.data ?? [])].reverse(); // newest first
  const hasOpenOrder = items.some((order) => openStatuses.has(order.status));
  const mayOrder = isMunicipalityRole(me.role);
  // A follow-up conversation comes after the first guidance was held (issue 13 item 5).
  const guidanceHeld = participant.deadlines.status === 'met' || items.some((order) => order.status === 'completed');

  return (
    <section aria-labelledby="orders-heading" className="stack">
      <div className="section-heading">
        <Heading level={2} data-size="sm" id="orders-heading">
          {t('participantOrders.heading')}
        </Heading>
        {mayOrder && !ordering && orders.isSuccess && !hasOpenOrder ? (
          <div className="button-row">
            {guidanceHeld ? (
              <Button variant="secondary" onClick={() => setOrdering('follow-up')}>{t('talks.followUp.order')}</Button>
            ) : null}
            <Button onClick={() => setOrdering('first')}>{t('participantOrders.order')}</Button>
          </div>
        ) : null}
      </div>
      {orders.isPending ? <Loading label={t('participantOrders.loading')} /> : null}
      {orders.isError ? <ErrorAlert error={orders.error} /> : null}
      {mayOrder && !ordering && orders.isSuccess ? <FollowUpProposal participant={participant} onOrder={() => setOrdering('follow-up')} /> : null}
      {ordering ? <OrderForm participant={participant} followUp={ordering === 'follow-up'} onDone={() => setOrdering(false)} /> : null}
      {orders.isSuccess && items.length === 0 && !ordering ? (
        <Paragraph>{mayOrder ? t('participantOrders.emptyMunicipality') : t('participantOrders.empty')}</Paragraph>
      ) : null}
      {mayOrder && hasOpenOrder ? <Paragraph data-size="sm">{t('participantOrders.openExists')}</Paragraph> : null}
      {mayOrder && items.length > 0 ? <ContactCard headingLevel={3} /> : null}
      <ul className="order-list">
        {items.map((order) => (
          <li key={order.id}>
            <OrderCard order={order} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function OrderCard({ order }: { order: Order }) {
  const { t } = useTranslation();
  const languageName = useLanguageName();
  const period =
    order.preferredFrom || order.preferredTo
      ? t('orders.period', { from: formatDate(order.preferredFrom) || '…', to: formatDate(order.preferredTo) || '…' })
      : t('orders.noPeriod');
  return (
    <Card data-color="neutral" className="order-card">
      <div className="order-card__head">
        <Heading level={3} data-size="2xs">
          {order.kind === 'follow-up'
            ? t('talks.followUp.orderTo', { centre: order.careerCentre.name })
            : t('participantOrders.orderTo', { centre: order.careerCentre.name })}
        </Heading>
        <OrderStatusTag status={order.status} />
      </div>
      <FollowUpTag order={order} />
      <MissingTalksTags order={order} />
      {order.brief ? (
        <div>
          {t('orders.brief')}: <CompletenessTag completeness={order.brief} />
        </div>
      ) : null}
      <dl className="facts facts--compact">
        <div>
          <dt>{t('orders.format')}</dt>
          <dd>{t(`orderFormat.${order.format}`)}, {t(`orderMode.${order.mode}`).toLowerCase()}</dd>
        </div>
        <div>
          <dt>{t('orders.preferredPeriod')}</dt>
          <dd>{period}</dd>
        </div>
        <div>
          <dt>{t('orders.language')}</dt>
          <dd>
            {languageName(order.language)}
            {order.interpreterLanguage ? `, ${t('orders.interpreter', { language: languageName(order.interpreterLanguage) })}` : ''}
          </dd>
        </div>
        {order.assignedCounsellor ? (
          <div>
            <dt>{t('orders.counsellor')}</dt>
            <dd>{order.assignedCounsellor.name}</dd>
          </div>
        ) : null}
        {order.message ? (
          <div className="facts__wide">
            <dt>{t('orders.message')}</dt>
            <dd className="pre-wrap">{order.message}</dd>
          </div>
        ) : null}
        {order.rejectionReason ? (
          <div className="facts__wide">
            <dt>{t('orders.rejectionReason')}</dt>
            <dd className="pre-wrap">{order.rejectionReason}</dd>
          </div>
        ) : null}
        {order.cancellationReason ? (
          <div className="facts__wide">
            <dt>{t('orders.cancellationReason')}</dt>
            <dd className="pre-wrap">{order.cancellationReason}</dd>
          </div>
        ) : null}
      </dl>
      <OrderActions order={order} />
      <NoteLink order={order} />
      {order.history.length > 0 ? (
        <details className="history">
          <summary>{t('orders.history', { count: order.history.length })}</summary>
          <ol>
            {order.history.map((entry, index) => (
              <li key={`${entry.at}-${index}`}>
                <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
                {': '}
                {t('orders.historyEntry', {
                  status: t(`orderStatus.${entry.to}`),
                  by: entry.by?.name ?? t('common.unknown'),
                })}
                {entry.reason ? <span className="pre-wrap"> – «{entry.reason}»</span> : null}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
      <OrderTalks order={order} />
    </Card>
  );
}
