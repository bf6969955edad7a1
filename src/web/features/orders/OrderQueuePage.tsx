import { Button, Heading, Paragraph, Select, Table } from '@digdir/designsystemet-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { orderStatuses, todayInOslo } from '../../../domain/index.ts';
import { api } from '../../api.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useLanguageName } from '../../components/LanguageOptions.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { daysUntil, DeadlineStatusTag, OrderStatusTag } from '../../components/StatusTags.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { formatDate } from '../../format.ts';
import { isCentreRole, isMunicipalityRole } from '../../roles.ts';
import { useMe } from '../../session.ts';
import type { Order, Page } from '../../types.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { CompletenessTag } from '../brief/BriefSection.tsx';
import { OrderActions } from './OrderActions.tsx';
import { NoteLink } from '../notes/NoteLink.tsx';
import { LoadMore } from '../../components/LoadMore.tsx';
import { ContactCard } from '../cooperation/ContactCard.tsx';
import { FollowUpTag, MissingTalksTags } from '../talks/OrderKindTags.tsx';

export function OrderQueuePage() {
  const me = useMe();
  if (!isCentreRole(me.role) && !isMunicipalityRole(me.role)) return <NotFoundPage />;
  return <OrderQueue />;
}

function OrderQueue() {
  const { t } = useTranslation();
  const me = useMe();
  const centre = isCentreRole(me.role);
  const title = centre ? t('orders.titleIncoming') : t('orders.titleMunicipality');
  useDocumentTitle(title);
  const languageName = useLanguageName();
  const [searchParams, setSearchParams] = useSearchParams();
  const status = searchParams.get('status') ?? '';
  // The centre never sees drafts, so it gets no filter for them.
  const statusChoices = orderStatuses.filter((value) => !(centre && value === 'draft'));

  const list = useInfiniteQuery({
    queryKey: ['orders', { status }],
    queryFn: ({ pageParam }) => api.get<Page<Order>>('/orders', { status, cursor: pageParam, limit: 50 }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  const orders = list.data?.pages.flatMap((page) => page.items) ?? [];
  const today = todayInOslo();

  return (
    <div className="stack-lg">
      <div>
        <Heading level={1} data-size="lg">
          {title}
        </Heading>
        <Paragraph>{centre ? t('orders.introIncoming') : t('orders.introMunicipality')}</Paragraph>
      </div>

      {centre ? null : <ContactCard />}

      <div className="filter-bar">
        <SelectField
          label={t('orders.filterStatus')}
          value={status}
          width="auto"
          onChange={(event) => {
            const next = new URLSearchParams(searchParams);
            if (event.target.value) next.set('status', event.target.value);
            else next.delete('status');
            setSearchParams(next, { replace: true });
          }}
        >
          <Select.Option value="">{t('orders.allStatuses')}</Select.Option>
          {statusChoices.map((value) => (
            <Select.Option key={value} value={value}>
              {t(`orderStatus.${value}`)}
            </Select.Option>
          ))}
        </SelectField>
      </div>

      {list.isPending ? <Loading label={t('orders.loading')} /> : null}
      {list.isError ? <ErrorAlert error={list.error} /> : null}
      {list.isSuccess && orders.length === 0 ? (
        <div className="empty-state">
          <Paragraph>
            {status ? t('orders.emptyFiltered') : centre ? t('orders.emptyIncoming') : t('orders.emptyMunicipality')}
          </Paragraph>
          {!centre && !status ? (
            <Button asChild variant="secondary">
              <Link to="/deltakere">{t('nav.participants')}</Link>
            </Button>
          ) : null}
        </div>
      ) : null}

      {orders.length > 0 ? (
        <>
          <DataTable
            border
            data-color="neutral"
            className="order-table"
            caption={t('orders.caption', { count: orders.length })}
            headers={[
              t('orders.participant'),
              t('participant.decisionDeadline'),
              t('orders.wish'),
              t('orders.language'),
              t('orders.message'),
              t('orders.status'),
              t('orders.actionsHeading'),
            ]}
          >
            {orders.map((order) => (
              <Table.Row key={order.id} data-order-id={order.id}>
                <Table.Cell>
                  <Link to={`/deltakere/${order.participantId}`}>
                    {order.participant.givenName} {order.participant.familyName}
                  </Link>
                  <div className="muted">{centre ? order.municipality.name : order.careerCentre.name}</div>
                  <FollowUpTag order={order} />
                </Table.Cell>
                <Table.Cell>
                  {/* A follow-up conversation has no § 11 deadline (issue 13 item 5): say so rather than show none. */}
                  {order.kind === 'follow-up' ? <div className="muted">{t('talks.followUp.noDeadline')}</div> : null}
                  <div className="nowrap">{formatDate(order.participant.decisionDeadline)}</div>
                  <DeadlineStatusTag
                    status={order.participant.deadlineStatus}
                    daysLeft={order.participant.decisionDeadline ? daysUntil(order.participant.decisionDeadline, today) : null}
                  />
                </Table.Cell>
                <Table.Cell>
                  <div>{t(`orderFormat.${order.format}`)}</div>
                  <div>{t(`orderMode.${order.mode}`)}</div>
                  <div className="muted">
                    {order.preferredFrom || order.preferredTo
                      ? t('orders.period', {
                          from: formatDate(order.preferredFrom) || '…',
                          to: formatDate(order.preferredTo) || '…',
                        })
                      : t('orders.noPeriod')}
                  </div>
                </Table.Cell>
                <Table.Cell>
                  <div>{languageName(order.language)}</div>
                  {order.interpreterLanguage ? (
                    <div className="muted">{t('orders.interpreter', { language: languageName(order.interpreterLanguage) })}</div>
                  ) : (
                    <div className="muted">{t('participant.noInterpreter')}</div>
                  )}
                </Table.Cell>
                <Table.Cell className="message-cell">
                  {order.message ? <span className="pre-wrap">{order.message}</span> : <span className="muted">–</span>}
                </Table.Cell>
                <Table.Cell>
                  <OrderStatusTag status={order.status} />
                  <MissingTalksTags order={order} />
                  {order.brief ? (
                    <div>
                      <span className="ds-sr-only">{t('orders.brief')}: </span>
                      <CompletenessTag completeness={order.brief} />
                    </div>
                  ) : null}
                  {order.assignedCounsellor ? <div className="muted">{order.assignedCounsellor.name}</div> : null}
                  {order.rejectionReason ? <div className="muted pre-wrap">{order.rejectionReason}</div> : null}
                  {order.cancellationReason ? <div className="muted pre-wrap">{order.cancellationReason}</div> : null}
                </Table.Cell>
                <Table.Cell>
                  <OrderActions order={order} />
                  <NoteLink order={order} />
                </Table.Cell>
              </Table.Row>
            ))}
          </DataTable>
          <LoadMore list={list} />
        </>
      ) : null}
    </div>
  );
}
