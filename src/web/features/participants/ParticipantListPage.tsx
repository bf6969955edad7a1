import { Button, Heading, Paragraph, Select, Table, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { api } from '../../api.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { DeadlineStatusTag, GuidanceRightTag, OrderStatusTag, ReminderTag } from '../../components/StatusTags.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { formatDate } from '../../format.ts';
import { canSeeParticipants, isMunicipalityRole } from '../../roles.ts';
import { useMe } from '../../session.ts';
import type { DeadlineStatusCode, Page, Participant } from '../../types.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { LoadMore } from '../../components/LoadMore.tsx';

const statusFilters: DeadlineStatusCode[] = ['on-track', 'due-soon', 'overdue', 'met', 'postponed'];

export function ParticipantListPage() {
  const me = useMe();
  if (!canSeeParticipants(me.role)) return <NotFoundPage />;
  return <ParticipantList />;
}

function ParticipantList() {
  const { t } = useTranslation();
  const me = useMe();
  const ownMunicipality = isMunicipalityRole(me.role);
  const title = ownMunicipality ? t('participants.title') : t('participants.titleCentre');
  useDocumentTitle(title);

  const [searchParams, setSearchParams] = useSearchParams();
  const status = searchParams.get('status') ?? '';
  // A name is personal data: the search term lives in the history entry's state (back and forward keep it), never
  // in the address, and goes to the server in a request body.
  const location = useLocation();
  const q = (location.state as { q?: string } | null)?.q ?? '';
  const [search, setSearch] = useState(q);

  const list = useInfiniteQuery({
    queryKey: ['participants', { status, q }],
    queryFn: ({ pageParam }) =>
      api.post<Page<Participant>>('/participants/search', {
        ...(status ? { status } : {}), ...(q ? { q } : {}), ...(pageParam ? { cursor: pageParam } : {}), limit: 50,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });

  const updateParams = (changes: { status?: string; q?: string }) => {
    const next = new URLSearchParams(searchParams);
    if (changes.status !== undefined) {
      if (changes.status) next.set('status', changes.status);
      else next.delete('status');
    }
    setSearchParams(next, { replace: true, state: { q: changes.q ?? q } });
  };

  const participants = list.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = Boolean(status || q);

  return (
    <div className="stack-lg">
      <div className="page-heading">
        <Heading level={1} data-size="lg">
          {title}
        </Heading>
        {ownMunicipality ? (
          <div className="button-row">
            <Button asChild>
              <Link to="/deltakere/ny">{t('participants.registerNew')}</Link>
            </Button>
            {/* For registration in NIR: the municipality's postponements with reasons (personal data, audited). */}
            <Button asChild variant="secondary">
              <a href="/api/v1/postponements/export.csv" download>
                {t('postponement.exportCsv')}
              </a>
            </Button>
          </div>
        ) : null}
      </div>

      <div className="filter-bar">
        <SelectField
          label={t('participants.filterStatus')}
          value={status}
          onChange={(event) => updateParams({ status: event.target.value })}
          width="auto"
        >
          <Select.Option value="">{t('participants.allStatuses')}</Select.Option>
          {statusFilters.map((value) => (
            <Select.Option key={value} value={value}>
              {t(`deadlineStatusFilter.${value}`)}
            </Select.Option>
          ))}
        </SelectField>
        <form
          role="search"
          className="search-form"
          onSubmit={(event) => {
            event.preventDefault();
            updateParams({ q: search.trim() });
          }}
        >
          <Textfield
            label={t('participants.search')}
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            autoComplete="off"
          />
          <Button type="submit" variant="secondary">
            {t('participants.searchButton')}
          </Button>
        </form>
      </div>

      {list.isPending ? <Loading label={t('participants.loading')} /> : null}
      {list.isError ? <ErrorAlert error={list.error} /> : null}

      {list.isSuccess && participants.length === 0 ? (
        <div className="empty-state">
          {filtered ? (
            <>
              <Paragraph>{t('participants.emptyFiltered')}</Paragraph>
              <Button
                variant="secondary"
                onClick={() => {
                  setSearch('');
                  updateParams({ status: '', q: '' });
                }}
              >
                {t('participants.showAll')}
              </Button>
            </>
          ) : ownMunicipality ? (
            <>
              <Paragraph>{t('participants.empty')}</Paragraph>
              <Button asChild>
                <Link to="/deltakere/ny">{t('participants.registerNew')}</Link>
              </Button>
            </>
          ) : (
            <Paragraph>{t('participants.emptyCentre')}</Paragraph>
          )}
        </div>
      ) : null}

      {participants.length > 0 ? (
        <>
          <DataTable
            zebra
            border
            data-color="neutral"
            caption={t('participants.caption', { count: participants.length })}
            headers={[
              t('participant.name'),
              t('participant.birthDate'),
              t('participant.guidanceRight'),
              t('participant.decisionDeadline'),
              t('participant.deadlineStatus'),
              t('participant.latestOrder'),
            ]}
          >
            {participants.map((participant) => (
              <Table.Row key={participant.id}>
                <Table.Cell>
                  <Link to={`/deltakere/${participant.id}`}>
                    {participant.givenName} {participant.familyName}
                  </Link>
                  {!ownMunicipality ? (
                    <div className="muted">{participant.municipality.name}</div>
                  ) : null}
                </Table.Cell>
                <Table.Cell className="date-cell">{formatDate(participant.birthDate)}</Table.Cell>
                <Table.Cell>
                  <GuidanceRightTag right={participant.guidanceRight} />
                </Table.Cell>
                <Table.Cell className="date-cell">{formatDate(participant.deadlines.decision)}</Table.Cell>
                <Table.Cell>
                  <DeadlineStatusTag status={participant.deadlines.status} daysLeft={participant.deadlines.daysLeft} />
                  {participant.postponement?.reminderDue ? <> <ReminderTag /></> : null}
                </Table.Cell>
                <Table.Cell>
                  {participant.latestOrder ? (
                    <OrderStatusTag status={participant.latestOrder.status} />
                  ) : (
                    <span className="muted">{t('participants.noOrder')}</span>
                  )}
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
