import { Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { todayInOslo } from '../../../domain/index.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { formatDate } from '../../format.ts';
import { canEditContent } from '../../roles.ts';
import { useMe } from '../../session.ts';
import { mapOverviewQuery } from '../map/mapData.ts';
import { useLocalized } from '../map/MapRoot.tsx';
import { NotFoundPage } from '../NotFoundPage.tsx';

/** Every offer with its version and review dates, so that an editor sees what is due. */
export function ContentListPage() {
  const me = useMe();
  const { t } = useTranslation();
  useDocumentTitle(canEditContent(me.role) ? t('content.title') : t('notFound.title'));
  if (!canEditContent(me.role)) return <NotFoundPage />;
  return <ContentList />;
}

function ContentList() {
  const { t } = useTranslation();
  const localized = useLocalized();
  const overview = useQuery({ ...mapOverviewQuery(), staleTime: 0 });
  const today = todayInOslo();

  const offers = overview.data?.offers ?? [];
  const overdue = offers.filter((offer) => offer.reviewDue !== null && offer.reviewDue < today).length;
  const laneTitle = (id: string) => localized(overview.data?.lanes.find((lane) => lane.id === id)?.title);

  return (
    <div className="stack-lg">
      <div>
        <Heading level={1} data-size="lg">
          {t('content.title')}
        </Heading>
        <Paragraph className="lead">{t('content.intro')}</Paragraph>
      </div>
      {overview.isPending ? <Loading label={t('content.loading')} /> : null}
      {overview.isError ? <ErrorAlert error={overview.error} /> : null}
      {overview.isSuccess ? (
        <>
          <Paragraph>
            {overdue > 0 ? <strong>{t('content.overdueCount', { count: overdue })}</strong> : t('content.noneOverdue')}
          </Paragraph>
          <DataTable
            zebra
            caption={t('content.caption', { count: offers.length })}
            headers={[
              t('content.offer'),
              t('content.lane'),
              t('content.version'),
              t('content.lastReviewed'),
              t('content.reviewDue'),
              t('content.subjectReview'),
            ]}
          >
            {offers.map((offer) => {
              const isOverdue = offer.reviewDue !== null && offer.reviewDue < today;
              return (
                <Table.Row key={offer.id}>
                  <Table.Cell>
                    <Link to={`/innhold/${offer.id}`}>{localized(offer.title)}</Link>
                  </Table.Cell>
                  <Table.Cell>{laneTitle(offer.lane)}</Table.Cell>
                  <Table.Cell>{offer.version}</Table.Cell>
                  <Table.Cell className="date-cell">{formatDate(offer.lastReviewed)}</Table.Cell>
                  <Table.Cell className="date-cell">
                    {offer.reviewDue ? formatDate(offer.reviewDue) : <span className="muted">{t('content.notSet')}</span>}
                    {isOverdue ? (
                      <>
                        {' '}
                        <Tag data-color="danger" data-size="sm">
                          {t('content.overdue')}
                        </Tag>
                      </>
                    ) : null}
                  </Table.Cell>
                  <Table.Cell>
                    {offer.review ? (
                      <Tag data-color="warning" data-size="sm">
                        {t('content.needsReview')}
                      </Tag>
                    ) : (
                      <span className="muted">{t('content.noReviewFlag')}</span>
                    )}
                  </Table.Cell>
                </Table.Row>
              );
            })}
          </DataTable>
        </>
      ) : null}
    </div>
  );
}
