import { Alert, Button, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useSubmit } from '../../components/useSubmit.ts';
import { formatDate } from '../../format.ts';
import { actionsQuery, meetingsKey, osloDay, type Action } from './meetingsApi.ts';

/** Overdue or not, in words and colour, so the mark does not rest on colour alone. */
export function DueDate({ action }: { action: Pick<Action, 'dueDate' | 'overdue'> }) {
  const { t } = useTranslation();
  return (
    <>
      {formatDate(action.dueDate)}
      {action.overdue ? <> <Tag data-color="danger" data-size="sm">{t('meetings.actions.overdue')}</Tag></> : null}
    </>
  );
}

/** The owner closes an action from their task list: one click, the version they read (409 if someone else changed it). */
function CloseButton({ action }: { action: Action }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { busy, error, run } = useSubmit();
  return (
    <>
      <Button variant="secondary" data-size="sm" loading={busy} disabled={busy}
        onClick={() => void run(async () => {
          await api.patch(`/cooperation/actions/${action.id}`, { status: 'done', version: action.version });
          await queryClient.invalidateQueries({ queryKey: meetingsKey });
        })}>
        {t('meetings.actions.markDone')}
        <span className="visually-hidden">: {action.title}</span>
      </Button>
      {error ? <Alert data-color="danger" data-size="sm" role="alert">{error}</Alert> : null}
    </>
  );
}

/**
 * Open actions from cooperation meetings (issue 13 item 2) and county gatherings' follow-up points (issue 14 item
 * 3): on an owner's task page the ones they own, on a lead's start page every open one of their parties'. Overdue ones are marked; the list is hidden when empty on
 * the start page and says so on the task page.
 */
export function ActionsSection({ view, hideWhenEmpty = false }: { view: 'mine' | 'lead'; hideWhenEmpty?: boolean }) {
  const { t } = useTranslation();
  const actions = useQuery(actionsQuery(view));
  const headingId = `actions-${view}-heading`;
  if (hideWhenEmpty && (!actions.data || actions.data.length === 0)) return null;
  const overdue = actions.data?.filter((a) => a.overdue).length ?? 0;
  return (
    <section aria-labelledby={headingId} className="stack">
      <Heading level={2} data-size="sm" id={headingId}>
        {t(view === 'mine' ? 'meetings.actions.mineHeading' : 'meetings.actions.leadHeading')}
      </Heading>
      {actions.isPending ? <Loading /> : null}
      {actions.isError ? <ErrorAlert error={actions.error} /> : null}
      {actions.isSuccess && actions.data.length === 0 ? <Paragraph data-size="sm">{t('meetings.actions.none')}</Paragraph> : null}
      {overdue > 0 ? <Paragraph data-size="sm">{t('meetings.actions.overdueCount', { count: overdue })}</Paragraph> : null}
      {actions.data && actions.data.length > 0 ? (
        <DataTable
          labelledBy={headingId}
          headers={[
            t('meetings.actions.title'), t('meetings.actions.due'), ...(view === 'lead' ? [t('meetings.actions.owner')] : []),
            t('meetings.actions.from'), ...(view === 'mine' ? [t('meetings.actions.do')] : []),
          ]}
        >
          {actions.data.map((a) => (
            <Table.Row key={a.id}>
              <Table.Cell>{a.title}</Table.Cell>
              <Table.Cell><DueDate action={a} /></Table.Cell>
              {view === 'lead' ? <Table.Cell>{a.owner.name}</Table.Cell> : null}
              <Table.Cell>
                <Link to={a.source.kind === 'gathering' ? `/samlinger/${a.source.id}` : `/samarbeid/mote/${a.source.id}`}>{t('meetings.actions.source', { title: a.source.title, date: formatDate(osloDay(a.source.startsAt)) })}</Link>
              </Table.Cell>
              {view === 'mine' ? <Table.Cell><CloseButton action={a} /></Table.Cell> : null}
            </Table.Row>
          ))}
        </DataTable>
      ) : null}
    </section>
  );
}
