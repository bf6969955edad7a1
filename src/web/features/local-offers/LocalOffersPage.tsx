import { Button, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { todayInOslo } from '../../../domain/dates.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { formatDate } from '../../format.ts';
import { canEditLocalOffers } from '../../roles.ts';
import { useMe } from '../../session.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { editorAreasQuery, ownLocalOffersQuery } from './localOfferData.ts';

/** The organisation's local offers: which are on the map, which have passed, and when each is due for review. */
export function LocalOffersPage() {
  const me = useMe();
  const { t } = useTranslation();
  useDocumentTitle(canEditLocalOffers(me.role) ? t('localOffers.title') : t('notFound.title'));
  if (!canEditLocalOffers(me.role)) return <NotFoundPage />;
  return <LocalOfferList />;
}

function LocalOfferList() {
  const { t } = useTranslation();
  const list = useQuery({ ...ownLocalOffersQuery(), staleTime: 0 });
  const areas = useQuery(editorAreasQuery());
  const today = todayInOslo();
  return (
    <div className="stack-lg">
      <div>
        <Heading level={1} data-size="lg">{t('localOffers.title')}</Heading>
        <Paragraph className="lead">{t('localOffers.intro', { organisation: areas.data?.organisation.name ?? '' })}</Paragraph>
      </div>
      <div>
        <Button asChild><Link to="/lokale-tilbud/ny">{t('localOffers.add')}</Link></Button>
      </div>
      {list.isPending ? <Loading label={t('localOffers.loading')} /> : null}
      {list.isError ? <ErrorAlert error={list.error} /> : null}
      {list.isSuccess && list.data.length === 0 ? <Paragraph>{t('localOffers.empty')}</Paragraph> : null}
      {list.isSuccess && list.data.length > 0 ? (
        <DataTable
          zebra
          caption={t('localOffers.caption', { count: list.data.length })}
          headers={[t('localOffers.fields.title'), t('localOffers.status'), t('localOffers.nextStart'), t('localOffers.fields.reviewDue'), t('localOffers.version')]}
        >
          {list.data.map((o) => {
            const next = o.input.startDates.filter((d) => d >= today).sort()[0];
            return (
              <Table.Row key={o.id}>
                <Table.Cell><Link to={`/lokale-tilbud/${o.id}`}>{o.input.title}</Link></Table.Cell>
                <Table.Cell>
                  {o.current
                    ? <Tag data-color="success" data-size="sm">{t('localOffers.onMap')}</Tag>
                    : <Tag data-color="warning" data-size="sm">{t('localOffers.expired')}</Tag>}
                </Table.Cell>
                <Table.Cell className="date-cell">{next ? formatDate(next) : o.input.startDates.length === 0 ? t('localOffers.continuous') : '–'}</Table.Cell>
                <Table.Cell className="date-cell">
                  {formatDate(o.reviewDue)}
                  {o.reviewDue < today ? <> <Tag data-color="danger" data-size="sm">{t('localOffers.reviewOverdue')}</Tag></> : null}
                </Table.Cell>
                <Table.Cell>{o.version}</Table.Cell>
              </Table.Row>
            );
          })}
        </DataTable>
      ) : null}
    </div>
  );
}
