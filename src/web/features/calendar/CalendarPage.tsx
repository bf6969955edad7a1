import { Alert, Button, Heading, Paragraph, Select, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { addDays, todayInOslo } from '../../../domain/index.ts';
import { api, isApiError } from '../../api.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useLanguageName } from '../../components/LanguageOptions.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { formatDate, formatDateTime } from '../../format.ts';
import { isCentreRole } from '../../roles.ts';
import { useMe } from '../../session.ts';
import { useCounsellors } from '../orders/OrderActions.tsx';
import { NotFoundPage } from '../NotFoundPage.tsx';
import type { z } from 'zod';
import type { calendarJson, feedJson } from '../../../server/features/calendar/routes.ts';

type CalendarItem = z.output<typeof calendarJson>['items'][number];

/** Monday of the week that holds `day` (YYYY-MM-DD). */
function mondayOf(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const weekday = (new Date(Date.UTC(y!, m! - 1, d!)).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}

export function CalendarPage() {
  const { t } = useTranslation();
  const me = useMe();
  useDocumentTitle(t('calendar.title'));
  const [search, setSearch] = useSearchParams();
  const counsellorSelect = useId();
  const languageName = useLanguageName();
  const lead = me.role === 'career-centre-lead';
  const counsellors = useCounsellors(lead);
  const from = mondayOf(search.get('uke') ?? todayInOslo());
  const to = addDays(from, 6);
  const counsellorId = search.get('veileder') ?? '';
  const calendar = useQuery({
    queryKey: ['calendar', from, to, counsellorId],
    queryFn: async () => (await api.get<{ items: CalendarItem[] }>('/calendar', { from, to, counsellorId })).items,
    enabled: isCentreRole(me.role),
  });
  if (!isCentreRole(me.role)) return <NotFoundPage />;

  const go = (week: string) => {
    const next = new URLSearchParams(search);
    next.set('uke', week);
    setSearch(next, { replace: true });
  };
  const items = calendar.data ?? [];

  return (
    <div className="stack-lg">
      <div>
        <Heading level={1} data-size="lg">
          {lead ? t('calendar.titleLead') : t('calendar.title')}
        </Heading>
        <Paragraph className="muted">{t('calendar.week', { from: formatDate(from), to: formatDate(to) })}</Paragraph>
      </div>
      <div className="filter-bar button-row">
        <Button variant="secondary" data-size="sm" onClick={() => go(addDays(from, -7))}>
          {t('calendar.previous')}
        </Button>
        <Button variant="secondary" data-size="sm" onClick={() => go(mondayOf(todayInOslo()))}>
          {t('calendar.thisWeek')}
        </Button>
        <Button variant="secondary" data-size="sm" onClick={() => go(addDays(from, 7))}>
          {t('calendar.next')}
        </Button>
        {lead ? (
          <SelectField
            id={counsellorSelect}
            label={t('calendar.counsellor')}
            data-size="sm"
            width="auto"
            value={counsellorId}
            onChange={(event) => {
              const next = new URLSearchParams(search);
              if (event.target.value) next.set('veileder', event.target.value);
              else next.delete('veileder');
              setSearch(next, { replace: true });
            }}
          >
            <Select.Option value="">{t('calendar.allCounsellors')}</Select.Option>
            {(counsellors.data ?? []).map((c) => (
              <Select.Option key={c.id} value={c.id}>
                {c.name}
              </Select.Option>
            ))}
          </SelectField>
        ) : null}
      </div>
      {calendar.isPending ? <Loading label={t('calendar.loading')} /> : null}
      {calendar.isError ? <ErrorAlert error={calendar.error} /> : null}
      {calendar.isSuccess && items.length === 0 ? <Paragraph className="empty-state">{t('calendar.empty')}</Paragraph> : null}
      {items.length > 0 ? (
        <DataTable
          border
          caption={t('calendar.caption', { count: items.length })}
          headers={[
            t('calendar.when'),
            t('calendar.what'),
            t('sessions.mode'),
            t('sessions.counsellors'),
            t('sessions.interpreter'),
            t('orders.status'),
          ]}
        >
          {items.map((item) => (
            <Table.Row key={`${item.type}-${item.id}`}>
              <Table.Cell>
                <time dateTime={item.startsAt}>{formatDateTime(item.startsAt)}</time>
                <div className="muted">{t('sessions.minutes', { count: item.durationMinutes })}</div>
              </Table.Cell>
              <Table.Cell>
                {item.participant ? <Link to={`/deltakere/${item.participant.id}`}>{item.title}</Link> : item.title}
                <div className="muted">
                  {item.type === 'group-session' ? t('calendar.group') : t('calendar.individual')} · {item.reference}
                </div>
              </Table.Cell>
              <Table.Cell>
                {t(`sessions.modes.${item.mode}`, { defaultValue: item.mode })}
                {item.place ? <div className="muted">{item.place}</div> : null}
              </Table.Cell>
              <Table.Cell>{item.counsellors.map((c) => c.name).join(', ')}</Table.Cell>
              <Table.Cell>
                {item.interpreter
                  ? `${languageName(item.interpreter.language)}, ${t(`sessions.interpreterStatuses.${item.interpreter.status}`, { defaultValue: item.interpreter.status })}`
                  : '–'}
              </Table.Cell>
              <Table.Cell>
                <Tag data-size="sm" data-color={item.status === 'planned' ? 'info' : 'neutral'}>
                  {item.status === 'planned' ? t('sessions.planned') : t(`sessions.outcome.${item.status}`)}
                </Tag>
              </Table.Cell>
            </Table.Row>
          ))}
        </DataTable>
      ) : null}
      <FeedSection />
    </div>
  );
}

function FeedSection() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const feed = useQuery({
    queryKey: ['calendar-feed'],
    queryFn: () => api.get<z.output<typeof feedJson>>('/calendar/feed'),
  });
  const [url, setUrl] = useState<string>();
  const [confirm, setConfirm] = useState<'revoke' | 'replace' | null>(null);
  const [error, setError] = useState<string>();
  const [revoked, setRevoked] = useState(false);

  const create = async () => {
    setError(undefined);
    setRevoked(false);
    try {
      const answer = await api.post<{ url: string; createdAt: string }>('/calendar/feed');
      setUrl(answer.url);
      await queryClient.invalidateQueries({ queryKey: ['calendar-feed'] });
    } catch (caught) {
      setError(isApiError(caught) ? caught.message : t('errors.unexpected'));
    }
  };

  return (
    <section aria-labelledby="feed-heading" className="stack">
      <Heading level={2} data-size="sm" id="feed-heading">
        {t('calendar.feed.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('calendar.feed.intro')}</Paragraph>
      {feed.isPending ? <Loading /> : null}
      {feed.isError ? <ErrorAlert error={feed.error} /> : null}
      {feed.data ? (
        <Paragraph data-size="sm">
          {feed.data.active && feed.data.createdAt
            ? t('calendar.feed.active', { date: formatDateTime(feed.data.createdAt) })
            : t('calendar.feed.none')}
        </Paragraph>
      ) : null}
      {url ? (
        <Alert data-color="success" role="status">
          <Paragraph>{t('calendar.feed.created')}</Paragraph>
          <Textfield label={t('calendar.feed.address')} readOnly value={url} onFocus={(e) => e.target.select()} />
        </Alert>
      ) : null}
      {revoked ? (
        <Alert data-color="info" role="status" data-size="sm">
          {t('calendar.feed.revoked')}
        </Alert>
      ) : null}
      {error ? (
        <Alert data-color="danger" role="alert" data-size="sm">
          {error}
        </Alert>
      ) : null}
      {feed.data ? (
        <div className="button-row">
          <Button data-size="sm" onClick={() => (feed.data.active ? setConfirm('replace') : void create())}>
            {feed.data.active ? t('calendar.feed.replace') : t('calendar.feed.create')}
          </Button>
          {feed.data.active ? (
            <Button data-size="sm" variant="secondary" data-color="danger" onClick={() => setConfirm('revoke')}>
              {t('calendar.feed.revoke')}
            </Button>
          ) : null}
        </div>
      ) : null}
      {confirm ? (
        <ConfirmDialog
          title={t(`calendar.feed.${confirm}Title`)}
          body={t('calendar.feed.confirmBody')}
          confirmLabel={confirm === 'revoke' ? t('calendar.feed.revoke') : t('calendar.feed.replace')}
          onConfirm={async () => {
            if (confirm === 'revoke') {
              await api.post('/calendar/feed/revoke');
              setUrl(undefined);
              setRevoked(true);
              await queryClient.invalidateQueries({ queryKey: ['calendar-feed'] });
            } else {
              await create();
            }
          }}
          onClose={() => setConfirm(null)}
        />
      ) : null}
    </section>
  );
}
