import { Button, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api, isApiError } from '../../api.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormErrorSummary } from '../../components/FormErrorSummary.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useFieldForm } from '../../components/useFieldForm.ts';
import { formatDate, formatDateTime } from '../../format.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { osloInstant } from '../sessions/SessionsSection.tsx';
import { partiesOf } from './MeetingsPage.tsx';
import { meetingsKey, seriesQuery, type Meeting, type SeriesDetail } from './meetingsApi.ts';
import { LimitedTextfield } from '../../components/LimitedTextfield.tsx';
import { meetingTextLimits } from '../../../domain/text-limits.ts';

/** `/samarbeid/moter/:id`: one series, who is invited, its meetings, and for leads a form to plan the next one. */
export function SeriesPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const series = useQuery(seriesQuery(id));
  useDocumentTitle(series.data?.title ?? t('meetings.title'));
  if (series.isError && isApiError(series.error, 404)) return <NotFoundPage />;
  if (series.isError) return <ErrorAlert error={series.error} />;
  if (!series.data) return <Loading />;
  const s = series.data;
  return (
    <div className="stack-xl">
      <div>
        <Paragraph data-size="sm"><Link to="/samarbeid/moter">{t('meetings.back')}</Link></Paragraph>
        <Heading level={1} data-size="lg">{s.title}</Heading>
        <Paragraph>{partiesOf(s, t)} · {t(`meetings.interval.${s.interval}`)}</Paragraph>
        {s.nextMeetingOn ? <Paragraph data-size="sm">{t('meetings.series.nextDue', { date: formatDate(s.nextMeetingOn) })}</Paragraph> : null}
      </div>
      <section aria-labelledby="invitees-heading" className="stack">
        <Heading level={2} data-size="sm" id="invitees-heading">{t('meetings.form.invitees')}</Heading>
        {s.invitees.length === 0 ? <Paragraph data-size="sm">{t('meetings.series.noInvitees')}</Paragraph> : (
          <ul>{s.invitees.map((p) => <li key={p.id}>{p.name} ({p.organisationName})</li>)}</ul>
        )}
        <Paragraph data-size="sm" className="muted">{t('meetings.series.leadsSee')}</Paragraph>
      </section>
      <section aria-labelledby="meetings-heading" className="stack">
        <Heading level={2} data-size="sm" id="meetings-heading">{t('meetings.series.meetingsHeading')}</Heading>
        {s.meetings.length === 0 ? <Paragraph data-size="sm">{t('meetings.series.noMeetings')}</Paragraph> : (
          <DataTable labelledBy="meetings-heading" headers={[t('meetings.meeting.when'), t('meetings.series.openActionsColumn')]}>
            {s.meetings.map((m) => (
              <Table.Row key={m.id}>
                <Table.Cell><Link to={`/samarbeid/mote/${m.id}`}>{formatDateTime(m.startsAt)}</Link></Table.Cell>
                <Table.Cell>{m.openActions}</Table.Cell>
              </Table.Row>
            ))}
          </DataTable>
        )}
      </section>
      {s.canManage ? <NewMeetingForm series={s} /> : null}
    </div>
  );
}

function NewMeetingForm({ series }: { series: SeriesDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form, setForm] = useState({ date: series.nextMeetingOn ?? '', time: '08:30', durationMinutes: '60', agenda: '' });
  // The date and time fields together are the request's startsAt.
  const { busy, errors, attempt, onSubmit, summary } = useFieldForm((name) => (name === 'startsAt' ? 'meeting-date' : `meeting-${name}`));
  const submit = onSubmit(async () => {
    const created = await api.post<Meeting>(`/cooperation/meeting-series/${series.id}/meetings`, {
      startsAt: osloInstant(form.date, form.time), durationMinutes: Number(form.durationMinutes), agenda: form.agenda,
    });
    await queryClient.invalidateQueries({ queryKey: meetingsKey });
    await navigate(`/samarbeid/mote/${created.id}`);
  });
  const labels: Record<string, string> = {
    startsAt: t('meetings.meeting.date'), durationMinutes: t('meetings.meeting.duration'), agenda: t('meetings.meeting.agenda'),
  };
  return (
    <form onSubmit={submit} noValidate className="stack" aria-labelledby="new-meeting-heading">
      <Heading level={2} data-size="sm" id="new-meeting-heading">{t('meetings.meeting.newHeading')}</Heading>
      <FormErrorSummary key={attempt} errors={summary(labels)} />
      <div className="field-pair">
        <Textfield id="meeting-date" type="date" label={labels.startsAt} value={form.date} error={errors.startsAt}
          onChange={(e) => setForm({ ...form, date: e.target.value })} />
        <Textfield id="meeting-time" type="time" label={t('meetings.meeting.time')} value={form.time}
          onChange={(e) => setForm({ ...form, time: e.target.value })} />
        <Textfield id="meeting-durationMinutes" type="number" label={labels.durationMinutes} value={form.durationMinutes} error={errors.durationMinutes}
          onChange={(e) => setForm({ ...form, durationMinutes: e.target.value })} />
      </div>
      <LimitedTextfield limit={meetingTextLimits.agenda} id="meeting-agenda" multiline rows={4} label={labels.agenda} description={t('meetings.meeting.noNames')} value={form.agenda}
        error={errors.agenda} onChange={(e) => setForm({ ...form, agenda: e.target.value })} />
      <div>
        <Button type="submit" loading={busy} disabled={busy}>{t('meetings.meeting.plan')}</Button>
      </div>
    </form>
  );
}
