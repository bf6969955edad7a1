import { Button, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { formatDate } from '../../format.ts';
import { canSeeParticipants } from '../../roles.ts';
import { useMe } from '../../session.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { gatheringPath, gatheringsQuery } from './gatheringApi.ts';
import { BackToHub } from '../cooperation/BackToHub.tsx';

/** `/samlinger`: the centre's gatherings, or those the municipality is invited to (issue 14; seed 000). */
export function GatheringsPage() {
  const { t } = useTranslation();
  const me = useMe();
  useDocumentTitle(t('gatherings.title'));
  const list = useQuery({ ...gatheringsQuery(), enabled: canSeeParticipants(me.role) });
  if (!canSeeParticipants(me.role)) return <NotFoundPage />;
  return (
    <div className="stack-lg">
      <div>
        <BackToHub />
        <Heading level={1} data-size="lg">{t('gatherings.title')}</Heading>
        <Paragraph>{t('gatherings.intro')}</Paragraph>
      </div>
      {me.role === 'career-centre-lead' ? (
        <div>
          <Button asChild><Link to="/samlinger/ny">{t('gatherings.new')}</Link></Button>
        </div>
      ) : null}
      {list.isPending ? <Loading /> : null}
      {list.isError ? <ErrorAlert error={list.error} /> : null}
      {list.isSuccess && list.data.length === 0 ? (
        <div className="empty-state"><Paragraph>{t('gatherings.empty')}</Paragraph></div>
      ) : null}
      {list.data && list.data.length > 0 ? (
        <>
          <Heading level={2} data-size="sm" id="gatherings-heading">{t('gatherings.listHeading')}</Heading>
          <DataTable labelledBy="gatherings-heading" headers={[t('gatherings.field.title'), t('gatherings.when'), t('gatherings.field.registrationClosesOn'), t('gatherings.seats'), t('gatherings.userParticipation')]}>
            {list.data.map((g) => (
              <Table.Row key={g.id}>
                <Table.Cell><Link to={gatheringPath(g.id)}>{g.title}</Link></Table.Cell>
                <Table.Cell>{formatDate(g.startsOn)}{g.endsOn !== g.startsOn ? ` – ${formatDate(g.endsOn)}` : ''}</Table.Cell>
                <Table.Cell>{formatDate(g.registrationClosesOn)}{g.registrationOpen ? null : <> <Tag data-size="sm">{t('gatherings.closed')}</Tag></>}</Table.Cell>
                <Table.Cell>{t('gatherings.seatsLine', { registered: g.registered, waiting: g.waiting })}</Table.Cell>
                <Table.Cell>
                  <Tag data-size="sm" data-color={g.hasUserParticipation ? 'success' : 'warning'}>{g.hasUserParticipation ? t('gatherings.yes') : t('gatherings.no')}</Tag>
                </Table.Cell>
              </Table.Row>
            ))}
          </DataTable>
        </>
      ) : null}
    </div>
  );
}
