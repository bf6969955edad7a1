import { Alert, Button, Heading, Paragraph, Select, Table, Textfield } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api, isApiError } from '../../api.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormErrorSummary } from '../../components/FormErrorSummary.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useSubmit } from '../../components/useSubmit.ts';
import { useFieldForm } from '../../components/useFieldForm.ts';
import { formatDateTime } from '../../format.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { DueDate } from './ActionsSection.tsx';
import { partiesOf } from './MeetingsPage.tsx';
import { actionStatuses, meetingQuery, meetingsKey, type Action, type ActionStatus, type Meeting } from './meetingsApi.ts';
import { LimitedTextfield } from '../../components/LimitedTextfield.tsx';
import { meetingTextLimits } from '../../../domain/text-limits.ts';

const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Oslo' });

/**
 * `/samarbeid/mote/:id`: a meeting's agenda, minutes and actions (issue 13 item 2). The texts are shared by the
 * municipality and the career centre and must not identify a participant: the page says so, and the server refuses
 * national identity numbers. Deleting asks first and is soft; the audit trail keeps who did it.
 */
export function MeetingPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const meeting = useQuery(meetingQuery(id));
  useDocumentTitle(meeting.data ? `${meeting.data.series.title} ${formatDateTime(meeting.data.startsAt)}` : t('meetings.title'));
  if (meeting.isError && isApiError(meeting.error, 404)) return <NotFoundPage />;
  if (meeting.isError) return <ErrorAlert error={meeting.error} />;
  if (!meeting.data) return <Loading />;
  const m = meeting.data;
  return (
    <div className="stack-xl">
      <div>
        <Paragraph data-size="sm"><Link to={`/samarbeid/moter/${m.series.id}`}>{t('meetings.meeting.backToSeries', { title: m.series.title })}</Link></Paragraph>
        <Heading level={1} data-size="lg">{m.series.title}</Heading>
        <Paragraph>{formatDateTime(m.startsAt)} · {t('meetings.meeting.minutesLong', { count: m.durationMinutes })}</Paragraph>
        <Paragraph data-size="sm">{partiesOf(m.series, t)}</Paragraph>
        <Paragraph data-size="sm">
          {/* A download: the calendar entry carries the time and the parties only (no names, no agenda). */}
          <a href={`/api/v1/cooperation/meetings/${m.id}/ical`} download>{t('meetings.meeting.ical')}</a>
        </Paragraph>
      </div>
      <TextsForm meeting={m} />
      <ActionsBlock meeting={m} />
      {m.canManage ? <RemoveMeeting meeting={m} /> : null}
    </div>
  );
}

function TextsForm({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [agenda, setAgenda] = useState(meeting.agenda);
  const [minutes, setMinutes] = useState(meeting.minutes);
  const { busy, errors, attempt, onSubmit, summary } = useFieldForm('meeting-text-');
  const [saved, setSaved] = useState(false);
  const submit = onSubmit(async () => {
    setSaved(false);
    await api.patch(`/cooperation/meetings/${meeting.id}`, { agenda, minutes, version: meeting.version });
    setSaved(true);
    await queryClient.invalidateQueries({ queryKey: meetingsKey });
  });
  const labels: Record<string, string> = { agenda: t('meetings.meeting.agenda'), minutes: t('meetings.meeting.minutes') };
  return (
    <form onSubmit={submit} noValidate className="stack" aria-labelledby="texts-heading">
      <Heading level={2} data-size="sm" id="texts-heading">{t('meetings.meeting.textsHeading')}</Heading>
      <Alert data-color="info" data-size="sm">{t('meetings.meeting.noNamesWarning')}</Alert>
      <FormErrorSummary key={attempt} errors={summary(labels)} />
      {saved ? <Alert data-color="success" data-size="sm" role="status">{t('meetings.meeting.saved')}</Alert> : null}
      <LimitedTextfield limit={meetingTextLimits.agenda} id="meeting-text-agenda" multiline rows={4} label={labels.agenda} value={agenda} error={errors.agenda} onChange={(e) => setAgenda(e.target.value)} />
      <LimitedTextfield limit={meetingTextLimits.minutes} id="meeting-text-minutes" multiline rows={8} label={labels.minutes} description={t('meetings.meeting.minutesHelp')} value={minutes}
        error={errors.minutes} onChange={(e) => setMinutes(e.target.value)} />
      <div><Button type="submit" loading={busy} disabled={busy}>{t('meetings.meeting.save')}</Button></div>
    </form>
  );
}

function ActionsBlock({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [removing, setRemoving] = useState<Action | null>(null);
  return (
    <section aria-labelledby="meeting-actions-heading" className="stack">
      <Heading level={2} data-size="sm" id="meeting-actions-heading">{t('meetings.actions.heading')}</Heading>
      {meeting.actions.length === 0 ? <Paragraph data-size="sm">{t('meetings.actions.noneInMeeting')}</Paragraph> : (
        <DataTable labelledBy="meeting-actions-heading"
          headers={[t('meetings.actions.title'), t('meetings.actions.owner'), t('meetings.actions.due'), t('meetings.actions.status'), t('meetings.actions.do')]}>
          {meeting.actions.map((a) => (
            <Table.Row key={a.id}>
              <Table.Cell>{a.title}</Table.Cell>
              <Table.Cell>{a.owner.name}</Table.Cell>
              <Table.Cell><DueDate action={a} /></Table.Cell>
              <Table.Cell><StatusSelect action={a} /></Table.Cell>
              <Table.Cell>
                {a.canRemove ? (
                  <Button variant="tertiary" data-size="sm" onClick={() => setRemoving(a)}>
                    {t('meetings.actions.remove')}<span className="visually-hidden">: {a.title}</span>
                  </Button>
                ) : null}
              </Table.Cell>
            </Table.Row>
          ))}
        </DataTable>
      )}
      <NewActionForm meeting={meeting} />
      {removing ? (
        <ConfirmDialog
          title={t('meetings.actions.removeTitle')}
          body={t('meetings.actions.removeBody', { title: removing.title })}
          confirmLabel={t('meetings.actions.remove')}
          onConfirm={async () => {
            await api.post(`/cooperation/actions/${removing.id}/remove`, { version: removing.version });
            await queryClient.invalidateQueries({ queryKey: meetingsKey });
          }}
          onClose={() => setRemoving(null)}
        />
      ) : null}
    </section>
  );
}

function StatusSelect({ action }: { action: Action }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { busy, error, run } = useSubmit();
  return (
    <SelectField id={`action-status-${action.id}`} label={<span className="visually-hidden">{t('meetings.actions.statusOf', { title: action.title })}</span>}
      value={action.status} disabled={busy} error={error}
      onChange={(e) => void run(async () => {
        await api.patch(`/cooperation/actions/${action.id}`, { status: e.target.value as ActionStatus, version: action.version });
        await queryClient.invalidateQueries({ queryKey: meetingsKey });
      })}>
      {actionStatuses.map((s) => <Select.Option key={s} value={s}>{t(`meetings.actionStatus.${s}`)}</Select.Option>)}
    </SelectField>
  );
}

function NewActionForm({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const empty = { title: '', ownerId: '', dueDate: '' };
  const [form, setForm] = useState(empty);
  const { busy, errors, attempt, onSubmit, summary } = useFieldForm('action-');
  const submit = onSubmit(async () => {
    await api.post(`/cooperation/meetings/${meeting.id}/actions`, { title: form.title, ownerId: form.ownerId || undefined, dueDate: form.dueDate || undefined });
    setForm(empty);
    await queryClient.invalidateQueries({ queryKey: meetingsKey });
  });
  const labels: Record<string, string> = { title: t('meetings.actions.title'), ownerId: t('meetings.actions.owner'), dueDate: t('meetings.actions.due') };
  return (
    <form onSubmit={submit} noValidate className="stack" aria-labelledby="new-action-heading">
      <Heading level={3} data-size="xs" id="new-action-heading">{t('meetings.actions.newHeading')}</Heading>
      <FormErrorSummary key={attempt} errors={summary(labels)} />
      <LimitedTextfield limit={meetingTextLimits.actionTitle} id="action-title" label={labels.title} description={t('meetings.meeting.noNames')} value={form.title} error={errors.title}
        onChange={(e) => setForm({ ...form, title: e.target.value })} />
      <div className="field-pair">
        <SelectField id="action-ownerId" label={labels.ownerId} description={t('meetings.actions.ownerHelp')} value={form.ownerId} error={errors.ownerId}
          onChange={(e) => setForm({ ...form, ownerId: e.target.value })}>
          <Select.Option value="">{t('meetings.actions.chooseOwner')}</Select.Option>
          {meeting.series.invitees.map((p) => <Select.Option key={p.id} value={p.id}>{p.name} ({p.organisationName})</Select.Option>)}
        </SelectField>
        <Textfield id="action-dueDate" type="date" min={today()} label={labels.dueDate} value={form.dueDate} error={errors.dueDate}
          onChange={(e) => setForm({ ...form, dueDate: e.target.value })} />
      </div>
      <div><Button type="submit" loading={busy} disabled={busy}>{t('meetings.actions.add')}</Button></div>
    </form>
  );
}

function RemoveMeeting({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  return (
    <section aria-labelledby="remove-meeting-heading" className="stack">
      <Heading level={2} data-size="sm" id="remove-meeting-heading">{t('meetings.meeting.removeHeading')}</Heading>
      <div><Button variant="secondary" data-color="danger" onClick={() => setOpen(true)}>{t('meetings.meeting.remove')}</Button></div>
      {open ? (
        <ConfirmDialog
          title={t('meetings.meeting.removeTitle')}
          body={t('meetings.meeting.removeBody', { when: formatDateTime(meeting.startsAt) })}
          confirmLabel={t('meetings.meeting.remove')}
          onConfirm={async () => {
            await api.post(`/cooperation/meetings/${meeting.id}/remove`, { version: meeting.version });
            queryClient.removeQueries({ queryKey: [...meetingsKey, 'meeting', meeting.id] });
            await queryClient.invalidateQueries({ queryKey: meetingsKey });
            await navigate(`/samarbeid/moter/${meeting.series.id}`);
          }}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </section>
  );
}
