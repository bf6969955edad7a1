import { Alert, Button, Card, Checkbox, Fieldset, Heading, Paragraph, Select, Tag } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormErrorSummary } from '../../components/FormErrorSummary.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useFieldForm } from '../../components/useFieldForm.ts';
import { formatDate, formatDateTime } from '../../format.ts';
import { isCentreRole, isMunicipalityRole } from '../../roles.ts';
import { useMe } from '../../session.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { ActionsSection } from './ActionsSection.tsx';
import { centreMunicipalitiesQuery } from './cooperationApi.ts';
import { meetingIntervals, meetingsKey, peopleQuery, seriesListQuery, type MeetingInterval, type Series, type SeriesDetail } from './meetingsApi.ts';
import { BackToHub } from './BackToHub.tsx';
import { LimitedTextfield } from '../../components/LimitedTextfield.tsx';
import { meetingTextLimits } from '../../../domain/text-limits.ts';

const isLead = (role: string) => role === 'career-centre-lead' || role === 'municipality-lead';

/**
 * `/samarbeid/moter`: the cooperation meetings between the career centre and its municipalities (issue 13 item 2;
 * seed 000: "jevnlige samarbeidsmøter … på ledelses- og veiledernivå", "et digitalt frokostmøte hvert halvår"), your
 * own open actions, and for leads a form to start a series.
 */
export function MeetingsPage() {
  const { t } = useTranslation();
  const me = useMe();
  useDocumentTitle(t('meetings.title'));
  if (!isMunicipalityRole(me.role) && !isCentreRole(me.role)) return <NotFoundPage />;
  const lead = isLead(me.role);
  return (
    <div className="stack-xl">
      <div>
        <BackToHub />
        <Heading level={1} data-size="lg">{t('meetings.title')}</Heading>
        <Paragraph>{t('meetings.intro')}</Paragraph>
        {lead ? <Paragraph><Link to="/samarbeid/praksis">{t('meetings.practiceLink')}</Link></Paragraph> : null}
      </div>
      <ActionsSection view="mine" />
      <SeriesSection />
      {lead ? <NewSeriesForm /> : null}
    </div>
  );
}

function SeriesSection() {
  const { t } = useTranslation();
  const series = useQuery(seriesListQuery());
  return (
    <section aria-labelledby="series-heading" className="stack">
      <Heading level={2} data-size="sm" id="series-heading">{t('meetings.series.heading')}</Heading>
      {series.isPending ? <Loading /> : null}
      {series.isError ? <ErrorAlert error={series.error} /> : null}
      {series.isSuccess && series.data.length === 0 ? <Paragraph data-size="sm">{t('meetings.series.empty')}</Paragraph> : null}
      {series.data && series.data.length > 0 ? (
        <ul className="stack">
          {series.data.map((s) => <li key={s.id}><SeriesCard series={s} /></li>)}
        </ul>
      ) : null}
    </section>
  );
}

export function partiesOf(s: Pick<Series, 'careerCentre' | 'municipality'>, t: (key: string, o?: Record<string, string>) => string) {
  return s.municipality
    ? t('meetings.series.parties', { centre: s.careerCentre.name, municipality: s.municipality.name })
    : t('meetings.series.partiesAll', { centre: s.careerCentre.name });
}

function SeriesCard({ series: s }: { series: Series }) {
  const { t } = useTranslation();
  return (
    <Card data-color="neutral" className="stack">
      <Heading level={3} data-size="xs"><Link to={`/samarbeid/moter/${s.id}`}>{s.title}</Link></Heading>
      <Paragraph data-size="sm">{partiesOf(s, t)} · {t(`meetings.interval.${s.interval}`)}</Paragraph>
      <Paragraph data-size="sm">
        {s.upcoming ? t('meetings.series.upcoming', { when: formatDateTime(s.upcoming.startsAt) })
          : s.nextMeetingOn ? t('meetings.series.nextDue', { date: formatDate(s.nextMeetingOn) }) : t('meetings.series.noneUpcoming')}
        {s.lastMeetingOn ? ` · ${t('meetings.series.last', { date: formatDate(s.lastMeetingOn) })}` : ''}
      </Paragraph>
      <Paragraph data-size="sm">
        {t('meetings.series.openActions', { count: s.openActions })}
        {s.overdueActions > 0 ? <> <Tag data-color="danger" data-size="sm">{t('meetings.series.overdueActions', { count: s.overdueActions })}</Tag></> : null}
      </Paragraph>
    </Card>
  );
}

function NewSeriesForm() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const centreLead = me.role === 'career-centre-lead';
  const municipalities = useQuery({ ...centreMunicipalitiesQuery(), enabled: centreLead });
  // '' = every municipality the centre serves (centre lead only); a municipality lead's series is always their own.
  const [municipalityId, setMunicipalityId] = useState<string>(centreLead ? '' : (me.organisation?.id ?? ''));
  const people = useQuery(peopleQuery(municipalityId || null));
  const [title, setTitle] = useState('');
  const [interval, setInterval] = useState<MeetingInterval>('half-yearly');
  const [invitees, setInvitees] = useState<string[]>([]);
  const { busy, errors, attempt, onSubmit, summary } = useFieldForm('series-');

  const submit = onSubmit(async () => {
    const created = await api.post<SeriesDetail>('/cooperation/meeting-series', {
      title, interval, inviteeIds: invitees, ...(centreLead ? { municipalityId: municipalityId || null } : {}),
    });
    await queryClient.invalidateQueries({ queryKey: meetingsKey });
    await navigate(`/samarbeid/moter/${created.id}`);
  });
  const labels: Record<string, string> = {
    title: t('meetings.form.title'), interval: t('meetings.form.interval'), municipalityId: t('meetings.form.municipality'), inviteeIds: t('meetings.form.invitees'),
  };
  const toggle = (id: string, on: boolean) => setInvitees((list) => (on ? [...list, id] : list.filter((x) => x !== id)));

  return (
    <form onSubmit={submit} noValidate className="stack" aria-labelledby="new-series-heading">
      <Heading level={2} data-size="sm" id="new-series-heading">{t('meetings.form.heading')}</Heading>
      <FormErrorSummary key={attempt} errors={summary(labels)} />
      <LimitedTextfield limit={meetingTextLimits.title} id="series-title" label={labels.title} description={t('meetings.form.titleHelp')} value={title} error={errors.title}
        onChange={(e) => setTitle(e.target.value)} />
      <div className="field-pair">
        <SelectField id="series-interval" label={labels.interval} value={interval} error={errors.interval}
          onChange={(e) => setInterval(e.target.value as MeetingInterval)}>
          {meetingIntervals.map((i) => <Select.Option key={i} value={i}>{t(`meetings.interval.${i}`)}</Select.Option>)}
        </SelectField>
        {centreLead ? (
          <SelectField id="series-municipalityId" label={labels.municipalityId} value={municipalityId} error={errors.municipalityId}
            onChange={(e) => { setMunicipalityId(e.target.value); setInvitees([]); }}>
            <Select.Option value="">{t('meetings.form.allMunicipalities')}</Select.Option>
            {(municipalities.data ?? []).map((m) => <Select.Option key={m.municipality.id} value={m.municipality.id}>{m.municipality.name}</Select.Option>)}
          </SelectField>
        ) : null}
      </div>
      <Fieldset id="series-inviteeIds" tabIndex={-1} aria-invalid={errors.inviteeIds ? true : undefined}>
        <Fieldset.Legend>{labels.inviteeIds}</Fieldset.Legend>
        <Fieldset.Description>{t('meetings.form.inviteesHelp')}</Fieldset.Description>
        {people.isPending ? <Loading /> : null}
        {(people.data ?? []).map((p) => (
          <Checkbox key={p.id} label={`${p.name} (${p.organisationName})`} value={p.id} checked={invitees.includes(p.id)}
            onChange={(e) => toggle(p.id, e.target.checked)} />
        ))}
        {errors.inviteeIds ? <Alert data-color="danger" data-size="sm">{errors.inviteeIds}</Alert> : null}
      </Fieldset>
      <div>
        <Button type="submit" loading={busy} disabled={busy}>{t('meetings.form.submit')}</Button>
      </div>
    </form>
  );
}
