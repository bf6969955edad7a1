import { Alert, Button, Fieldset, Heading, Paragraph, Radio, Select, Table, Tag } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { addDays, todayInOslo } from '../../../domain/index.ts';
import { api, isApiError } from '../../api.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormErrorSummary } from '../../components/FormErrorSummary.tsx';
import { LanguageOptions, useLanguageName } from '../../components/LanguageOptions.tsx';
import { Loading } from '../../components/Loading.tsx';
import { ReasonDialog } from '../../components/ReasonDialog.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useSubmit } from '../../components/useSubmit.ts';
import { formatDateTime, toIsoDate } from '../../format.ts';
import { isCentreRole, isMunicipalityRole } from '../../roles.ts';
import { useMe } from '../../session.ts';
import type { Page, Participant } from '../../types.ts';
import { useCounsellors } from '../orders/OrderActions.tsx';
import { osloInstant } from '../sessions/SessionsSection.tsx';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { LimitedTextfield } from '../../components/LimitedTextfield.tsx';
import { textLimits } from '../../../domain/text-limits.ts';
import type { z } from 'zod';
import type { groupSessionJson, groupSessionSummary, registrationJson } from '../../../server/features/group-sessions/schemas.ts';

/** The server's limits of the free-text fields (dates, times and numbers are checked as such). */
const groupTextLimits: Record<string, number | undefined> = { title: textLimits.groupSessionTitle, place: textLimits.place };

/** A group session as listed (GET /group-sessions), or read whole with its registrations (GET /group-sessions/:id). */
type GroupSession = z.output<typeof groupSessionSummary> & Partial<Pick<z.output<typeof groupSessionJson>, 'registrations'>>;
type Registration = z.output<typeof registrationJson>;

function SeatsTag({ group }: { group: GroupSession }) {
  const { t } = useTranslation();
  if (group.cancellationReason) return <Tag data-size="sm" data-color="neutral">{t('groups.cancelled')}</Tag>;
  const left = group.seatsLeftForYou ?? group.rooms.reduce((sum, room) => sum + room.left, 0);
  const full = group.seatsLeftForYou !== null ? group.seatsLeftForYou <= 0 : group.rooms.length > 0 && group.rooms.every((r) => r.left <= 0);
  return full ? (
    <Tag data-size="sm" data-color="danger">{t('groups.full')}</Tag>
  ) : (
    <Tag data-size="sm" data-color="success">{t('groups.seatsLeft', { count: left })}</Tag>
  );
}

export function GroupSessionsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const languageName = useLanguageName();
  useDocumentTitle(t('groups.title'));
  const centre = isCentreRole(me.role);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState(false);
  const from = addDays(todayInOslo(), centre ? -30 : 0);
  const list = useQuery({
    queryKey: ['group-sessions', from],
    queryFn: async () => (await api.get<{ items: GroupSession[] }>('/group-sessions', { from })).items,
    enabled: centre || isMunicipalityRole(me.role),
  });
  if (!centre && !isMunicipalityRole(me.role)) return <NotFoundPage />;
  const items = list.data ?? [];
  return (
    <div className="stack-lg">
      <div className="section-heading">
        <Heading level={1} data-size="lg">
          {t('groups.title')}
        </Heading>
        {centre && !creating ? <Button onClick={() => { setCreated(false); setCreating(true); }}>{t('groups.new')}</Button> : null}
      </div>
      <Paragraph>{centre ? t('groups.introCentre') : t('groups.introMunicipality')}</Paragraph>
      {created ? (
        <Alert data-color="success" role="status" data-size="sm">
          {t('groups.created')}
        </Alert>
      ) : null}
      {creating ? <GroupForm onDone={(didCreate) => { setCreating(false); setCreated(didCreate); }} /> : null}
      {list.isPending ? <Loading label={t('groups.loading')} /> : null}
      {list.isError ? <ErrorAlert error={list.error} /> : null}
      {list.isSuccess && items.length === 0 ? <Paragraph className="empty-state">{t('groups.empty')}</Paragraph> : null}
      {items.length > 0 ? (
        <DataTable
          border
          caption={t('groups.caption', { count: items.length })}
          headers={[t('calendar.when'), t('groups.field.title'), t('sessions.mode'), t('groups.field.language'), t('groups.seats')]}
        >
          {items.map((group) => (
            <Table.Row key={group.id}>
              <Table.Cell>{formatDateTime(group.startsAt)}</Table.Cell>
              <Table.Cell>
                <Link to={`/gruppetimer/${group.id}`}>{group.title}</Link>
                <div className="muted">{group.reference} · {group.careerCentre.name}</div>
              </Table.Cell>
              <Table.Cell>{t(`sessions.modes.${group.mode}`)}</Table.Cell>
              <Table.Cell>{languageName(group.language)}</Table.Cell>
              <Table.Cell>
                <SeatsTag group={group} />
              </Table.Cell>
            </Table.Row>
          ))}
        </DataTable>
      ) : null}
    </div>
  );
}

function GroupForm({ onDone }: { onDone: (created: boolean) => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const lead = me.role === 'career-centre-lead';
  const counsellors = useCounsellors(lead);
  const [v, setV] = useState<Record<string, string>>({
    title: '', language: 'nb', mode: 'in-person', place: '', meetingUrl: '', date: '', time: '', durationMinutes: '90', capacity: '15', leadCounsellorId: '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const set = (name: string, value: string) => setV((current) => ({ ...current, [name]: value }));
  const gid = (name: string) => `group-${name}`;

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    const date = toIsoDate(v['date']!);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) found['date'] = t('form.dateInvalid');
    if (!/^\d{1,2}[:.]\d{2}$/.test(v['time']!.trim())) found['time'] = t('sessions.timeInvalid');
    if (Object.keys(found).length > 0) {
      setErrors(found);
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    setErrors({});
    try {
      await api.post('/group-sessions', {
        title: v['title']!.trim(),
        language: v['language'],
        mode: v['mode'],
        place: v['mode'] === 'in-person' ? v['place']!.trim() || null : null,
        meetingUrl: v['mode'] === 'digital' ? v['meetingUrl']!.trim() || null : null,
        startsAt: osloInstant(date, v['time']!.trim().replace('.', ':').padStart(5, '0')),
        durationMinutes: Number(v['durationMinutes']),
        capacity: Number(v['capacity']),
        ...(v['leadCounsellorId'] ? { leadCounsellorId: v['leadCounsellorId'] } : {}),
      });
      await queryClient.invalidateQueries({ queryKey: ['group-sessions'] });
      onDone(true);
    } catch (error) {
      const fromServer: Record<string, string> = {};
      if (isApiError(error)) {
        for (const { path, message } of error.fields) fromServer[(path === 'startsAt' ? 'date' : path) || '_form'] ??= message;
        if (error.fields.length === 0) fromServer['_form'] = error.message;
      } else fromServer['_form'] = t('errors.unexpected');
      setErrors(fromServer);
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };
  const summary = Object.entries(errors).map(([name, message]) => ({
    fieldId: name === '_form' ? undefined : gid(name),
    label: name === '_form' ? undefined : t(`groups.field.${name}`, { defaultValue: name }),
    message,
  }));
  const text = (name: string, extra: Record<string, unknown> = {}) => (
    <LimitedTextfield limit={groupTextLimits[name]} id={gid(name)} label={t(`groups.field.${name}`)} value={v[name]} onChange={(e) => set(name, (e.target as HTMLInputElement).value)}
      error={errors[name]} autoComplete="off" {...extra} />
  );
  return (
    <section className="panel stack" aria-labelledby="group-form-heading">
      <Heading level={2} data-size="xs" id="group-form-heading">
        {t('groups.new')}
      </Heading>
      <FormErrorSummary key={attempt} errors={summary} />
      <form onSubmit={submit} noValidate className="stack" aria-labelledby="group-form-heading">
        {text('title', { description: t('groups.titleHelp') })}
        <SelectField id={gid('language')} label={t('groups.field.language')} value={v['language']} onChange={(e) => set('language', e.target.value)} error={errors['language']}>
          <LanguageOptions current={v['language']} />
        </SelectField>
        <Fieldset>
          <Fieldset.Legend>{t('groups.field.mode')}</Fieldset.Legend>
          {(['in-person', 'digital'] as const).map((mode) => (
            <Radio key={mode} id={mode === 'in-person' ? gid('mode') : undefined} name="group-mode" value={mode} label={t(`sessions.modes.${mode}`)}
              checked={v['mode'] === mode} onChange={() => set('mode', mode)} />
          ))}
        </Fieldset>
        {v['mode'] === 'in-person' ? text('place') : text('meetingUrl', { description: t('sessions.meetingUrlHelp') })}
        <div className="field-pair">
          {text('date', { description: t('form.dateHelp'), inputMode: 'numeric', className: 'date-field' })}
          {text('time', { description: t('sessions.timeHelp'), inputMode: 'numeric', className: 'date-field' })}
        </div>
        <div className="field-pair">
          {text('durationMinutes', { inputMode: 'numeric', className: 'date-field' })}
          {text('capacity', { inputMode: 'numeric', className: 'date-field', description: t('groups.capacityHelp') })}
        </div>
        {lead ? (
          <SelectField id={gid('leadCounsellorId')} label={t('groups.field.leadCounsellorId')} value={v['leadCounsellorId']}
            onChange={(e) => set('leadCounsellorId', e.target.value)} error={errors['leadCounsellorId']}>
            <Select.Option value="">{t('form.choose')}</Select.Option>
            {(counsellors.data ?? []).map((c) => (
              <Select.Option key={c.id} value={c.id}>
                {c.name}
              </Select.Option>
            ))}
          </SelectField>
        ) : null}
        <div className="button-row">
          <Button type="submit" loading={busy} disabled={busy}>
            {t('groups.create')}
          </Button>
          <Button type="button" variant="secondary" onClick={() => onDone(false)}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}

export function GroupSessionPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const me = useMe();
  const languageName = useLanguageName();
  const queryClient = useQueryClient();
  const centre = isCentreRole(me.role);
  const municipality = isMunicipalityRole(me.role);
  const group = useQuery({
    queryKey: ['group-session', id],
    queryFn: () => api.get<GroupSession>(`/group-sessions/${encodeURIComponent(id)}`),
  });
  const [cancelling, setCancelling] = useState(false);
  useDocumentTitle(group.data?.title ?? t('groups.title'));
  if (group.isPending) return <Loading label={t('groups.loading')} />;
  if (group.isError && (isApiError(group.error, 404) || isApiError(group.error, 400))) return <NotFoundPage />;
  if (group.isError) return <ErrorAlert error={group.error} />;
  const data = group.data;
  const started = new Date(data.startsAt).getTime() <= Date.now();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['group-session', id] }),
      queryClient.invalidateQueries({ queryKey: ['group-sessions'] }),
    ]);

  return (
    <div className="stack-lg">
      <div>
        <Paragraph data-size="sm">
          <Link to="/gruppetimer">{t('groups.back')}</Link>
        </Paragraph>
        <Heading level={1} data-size="lg">
          {data.title}
        </Heading>
        <Paragraph className="muted">{data.reference} · {data.careerCentre.name}</Paragraph>
      </div>
      <dl className="facts">
        <div><dt>{t('calendar.when')}</dt><dd>{formatDateTime(data.startsAt)} ({t('sessions.minutes', { count: data.durationMinutes })})</dd></div>
        <div><dt>{t('sessions.mode')}</dt><dd>{t(`sessions.modes.${data.mode}`)}{data.place ? `: ${data.place}` : ''}{data.meetingUrl ? `: ${data.meetingUrl}` : ''}</dd></div>
        <div><dt>{t('groups.field.language')}</dt><dd>{languageName(data.language)}</dd></div>
        <div><dt>{t('groups.field.leadCounsellorId')}</dt><dd>{data.leadCounsellor.name}</dd></div>
        <div><dt>{t('groups.seats')}</dt><dd><SeatsTag group={data} /> {t('groups.capacity', { count: data.capacity })}</dd></div>
        {data.cancellationReason ? <div className="facts__wide"><dt>{t('orders.cancellationReason')}</dt><dd>{data.cancellationReason}</dd></div> : null}
      </dl>
      {municipality && !data.cancellationReason && !started ? <RegisterForm group={data} onChange={refresh} /> : null}
      <Registrations group={data} started={started} onChange={refresh} />
      {centre && !data.cancellationReason && !started ? (
        <div>
          <Button variant="secondary" data-color="danger" onClick={() => setCancelling(true)}>
            {t('groups.cancel')}
          </Button>
        </div>
      ) : null}
      {cancelling ? (
        <ReasonDialog
          open
          title={t('groups.cancelTitle', { title: data.title })}
          description={t('groups.cancelBody')}
          confirmLabel={t('groups.cancel')}
          onConfirm={async (reason) => {
            await api.patch(`/group-sessions/${data.id}`, { cancellationReason: reason, version: data.version });
            await refresh();
          }}
          onClose={() => setCancelling(false)}
        />
      ) : null}
    </div>
  );
}

function RegisterForm({ group, onChange }: { group: GroupSession; onChange: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const participants = useQuery({
    queryKey: ['participants', 'for-group'],
    queryFn: () => api.get<Page<Participant>>('/participants', { limit: 100 }),
  });
  const [participantId, setParticipantId] = useState('');
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<string>();
  const [busy, setBusy] = useState(false);
  const full = (group.seatsLeftForYou ?? 1) <= 0;
  const registered = new Set((group.registrations ?? []).filter((r) => r.status === 'registered').map((r) => r.participant.id));

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(undefined);
    setDone(undefined);
    if (!participantId) {
      setError(t('groups.chooseParticipant'));
      return;
    }
    setBusy(true);
    try {
      await api.post(`/group-sessions/${group.id}/registrations`, { participantId });
      const name = participants.data?.items.find((p) => p.id === participantId);
      setDone(t('groups.registered', { name: name ? `${name.givenName} ${name.familyName}` : '' }));
      setParticipantId('');
      await onChange();
    } catch (caught) {
      setError(isApiError(caught) ? (caught.fields[0]?.message ?? caught.message) : t('errors.unexpected'));
      await onChange();
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="register-heading" className="panel stack">
      <Heading level={2} data-size="xs" id="register-heading">
        {t('groups.register')}
      </Heading>
      {full ? (
        <Alert data-color="warning" data-size="sm">
          {t('groups.fullHelp')}
        </Alert>
      ) : null}
      {done ? <Alert data-color="success" role="status" data-size="sm">{done}</Alert> : null}
      <form onSubmit={submit} noValidate className="stack" aria-labelledby="register-heading">
        <SelectField id="group-participant" label={t('groups.participant')} value={participantId} onChange={(e) => setParticipantId(e.target.value)}
          error={error} disabled={full}>
          <Select.Option value="">{t('form.choose')}</Select.Option>
          {(participants.data?.items ?? [])
            .filter((p) => !registered.has(p.id))
            .map((p) => (
              <Select.Option key={p.id} value={p.id}>
                {p.givenName} {p.familyName}
              </Select.Option>
            ))}
        </SelectField>
        <div>
          <Button type="submit" loading={busy} disabled={busy || full}>
            {t('groups.registerButton')}
          </Button>
        </div>
      </form>
    </section>
  );
}

function Registrations({ group, started, onChange }: { group: GroupSession; started: boolean; onChange: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const me = useMe();
  const centre = isCentreRole(me.role);
  const municipality = isMunicipalityRole(me.role);
  const [withdrawing, setWithdrawing] = useState<Registration | null>(null);
  const [attendance, setAttendance] = useState<Record<string, 'attended' | 'absent'>>({});
  const [tookPart, setTookPart] = useState<boolean | null>(null);
  const { busy, error, setError, run } = useSubmit();
  const [saved, setSaved] = useState(false);
  const active = (group.registrations ?? []).filter((r) => r.status === 'registered');
  const open = active.filter((r) => r.attendance === null);
  const mayRecord = centre && started && !group.cancellationReason && open.length > 0;

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    const missing = open.filter((r) => !attendance[r.id]);
    if (missing.length > 0) {
      setError(t('groups.attendanceMissing', { names: missing.map((r) => `${r.participant.givenName} ${r.participant.familyName}`).join(', ') }));
      return;
    }
    await run(async () => {
      await api.post(`/group-sessions/${group.id}/attendance`, {
        items: open.map((r) => ({ registrationId: r.id, attended: attendance[r.id] === 'attended', version: r.version })),
        ...(group.interpreter && tookPart !== null ? { interpreterTookPart: tookPart } : {}),
      });
      setSaved(true);
      await onChange();
    });
  };

  return (
    <section aria-labelledby="registrations-heading" className="stack">
      <Heading level={2} data-size="sm" id="registrations-heading">
        {municipality ? t('groups.yourRegistrations') : t('groups.registrations')}
      </Heading>
      {saved ? <Alert data-color="success" role="status" data-size="sm">{t('groups.attendanceSaved')}</Alert> : null}
      {active.length === 0 ? <Paragraph>{t('groups.noRegistrations')}</Paragraph> : null}
      {active.length > 0 ? (
        <form onSubmit={save} noValidate className="stack" aria-labelledby="registrations-heading">
          <ul className="brief-list">
            {active.map((r) => {
              const name = `${r.participant.givenName} ${r.participant.familyName}`;
              return (
                <li key={r.id} className="brief-item" data-registration={r.id}>
                  <div className="brief-item__head">
                    <Link to={`/deltakere/${r.participant.id}`}>{name}</Link>
                    <span className="muted">{r.municipality.name}</span>
                    {r.attendance ? <Tag data-size="sm" data-color={r.attendance === 'attended' ? 'success' : 'neutral'}>{t(`groups.attendance.${r.attendance}`)}</Tag> : null}
                  </div>
                  {mayRecord && r.attendance === null ? (
                    <Fieldset data-size="sm">
                      <Fieldset.Legend>{t('groups.attendanceFor', { name })}</Fieldset.Legend>
                      {(['attended', 'absent'] as const).map((value) => (
                        <Radio key={value} name={`attendance-${r.id}`} value={value} label={t(`groups.attendance.${value}`)}
                          checked={attendance[r.id] === value} onChange={() => setAttendance((c) => ({ ...c, [r.id]: value }))} />
                      ))}
                    </Fieldset>
                  ) : null}
                  {municipality && !started && !group.cancellationReason ? (
                    <Button data-size="sm" variant="tertiary" data-color="danger" onClick={() => setWithdrawing(r)}>
                      {t('groups.withdraw')}
                      <span className="ds-sr-only"> – {name}</span>
                    </Button>
                  ) : null}
                </li>
              );
            })}
          </ul>
          {mayRecord && group.interpreter ? (
            <Fieldset data-size="sm">
              <Fieldset.Legend>{t('sessions.interpreterTookPart')}</Fieldset.Legend>
              <Radio name="group-interpreter" value="yes" label={t('brief.option.yes')} checked={tookPart === true} onChange={() => setTookPart(true)} />
              <Radio name="group-interpreter" value="no" label={t('brief.option.no')} checked={tookPart === false} onChange={() => setTookPart(false)} />
            </Fieldset>
          ) : null}
          {error ? <Alert data-color="danger" role="alert" data-size="sm">{error}</Alert> : null}
          {mayRecord ? (
            <div>
              <Button type="submit" loading={busy} disabled={busy}>
                {t('groups.saveAttendance')}
              </Button>
            </div>
          ) : null}
        </form>
      ) : null}
      {withdrawing ? (
        <ConfirmDialog
          title={t('groups.withdrawTitle', { name: `${withdrawing.participant.givenName} ${withdrawing.participant.familyName}` })}
          body={t('groups.withdrawBody')}
          confirmLabel={t('groups.withdraw')}
          onConfirm={async () => {
            await api.post(`/group-registrations/${withdrawing.id}/withdraw`, { version: withdrawing.version });
            await onChange();
          }}
          onClose={() => setWithdrawing(null)}
        />
      ) : null}
    </section>
  );
}
