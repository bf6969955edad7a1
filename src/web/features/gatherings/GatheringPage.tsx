import { Alert, Button, Heading, Paragraph, Select, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, isApiError, formErrorsFrom } from '../../api.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormErrorSummary } from '../../components/FormErrorSummary.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useSubmit } from '../../components/useSubmit.ts';
import { formatDate, formatDateTime } from '../../format.ts';
import { canSeeParticipants, isCentreRole, isMunicipalityRole } from '../../roles.ts';
import { useMe } from '../../session.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { followUpSources } from '../../../domain/gathering.ts';
import { gatheringQuery, gatheringsKey, resultsQuery, type Gathering } from './gatheringApi.ts';
import './gatherings.css';
import { LimitedTextfield } from '../../components/LimitedTextfield.tsx';
import { gatheringLimits } from '../../../domain/text-limits.ts';
import type { Counsellor } from '../../types.ts';
import type { z } from 'zod';
import type { noticeResult } from '../../../server/features/gatherings/schemas.ts';

/** `/samlinger/:id`: the plan, who is invited and registered, the notices, and (after) follow-up and the letter. */
export function GatheringPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { id = '' } = useParams();
  const allowed = canSeeParticipants(me.role);
  const gathering = useQuery({ ...gatheringQuery(id), enabled: allowed });
  useDocumentTitle(gathering.data?.title ?? t('gatherings.title'));
  if (!allowed) return <NotFoundPage />;
  if (gathering.isPending) return <Loading />;
  if (gathering.isError) return isApiError(gathering.error) && gathering.error.status === 404 ? <NotFoundPage /> : <ErrorAlert error={gathering.error} />;
  const g = gathering.data;
  const lead = me.role === 'career-centre-lead';
  return (
    <div className="stack-xl gathering-page">
      <div className="stack-sm">
        <Paragraph data-size="sm"><Link to="/samlinger">{t('gatherings.back')}</Link></Paragraph>
        <Heading level={1} data-size="lg">{g.title}</Heading>
        <Paragraph className="muted">{g.careerCentre.name}</Paragraph>
      </div>
      <Facts g={g} />
      {g.letter ? (
        <section aria-labelledby="letter-heading" className="panel stack-sm">
          <Heading level={2} data-size="sm" id="letter-heading">{t('gatherings.letter.heading')}</Heading>
          <Paragraph data-size="sm" className="muted">{t('gatherings.letter.sentAt', { at: formatDateTime(g.letter.sentAt) })}</Paragraph>
          <div className="gathering-letter">{g.letter.text}</div>
        </section>
      ) : null}
      <YouSection g={g} />
      <Programme g={g} />
      <Municipalities g={g} centre={isCentreRole(me.role)} />
      {lead ? <Notices g={g} /> : null}
      {isMunicipalityRole(me.role) ? <RegisterSection g={g} /> : null}
      {isCentreRole(me.role) ? <Registrations g={g} /> : null}
      {isCentreRole(me.role) ? <FollowUpSection g={g} lead={lead} /> : null}
      {lead && !g.letter ? <LetterForm g={g} /> : null}
    </div>
  );
}

function Facts({ g }: { g: Gathering }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="facts-heading" className="stack-sm">
      <Heading level={2} data-size="sm" id="facts-heading">{t('gatherings.facts')}</Heading>
      <dl className="gathering-facts">
        <dt>{t('gatherings.when')}</dt>
        <dd>{formatDate(g.startsOn)}{g.endsOn !== g.startsOn ? ` – ${formatDate(g.endsOn)}` : ''}</dd>
        {g.place ? <><dt>{t('gatherings.field.place')}</dt><dd>{g.place}</dd></> : null}
        {g.meetingUrl ? <><dt>{t('gatherings.field.meetingUrl')}</dt><dd><a href={g.meetingUrl} rel="noreferrer">{g.meetingUrl}</a></dd></> : null}
        <dt>{t('gatherings.field.registrationClosesOn')}</dt>
        <dd>{formatDate(g.registrationClosesOn)} {g.registrationOpen ? null : <Tag data-size="sm">{t('gatherings.closed')}</Tag>}</dd>
        <dt>{t('gatherings.field.capacityPerMunicipality')}</dt>
        <dd>{g.capacityPerMunicipality}</dd>
        <dt>{t('gatherings.userParticipation')}</dt>
        <dd>
          <Tag data-size="sm" data-color={g.hasUserParticipation ? 'success' : 'warning'}>{g.hasUserParticipation ? t('gatherings.yes') : t('gatherings.no')}</Tag>
        </dd>
      </dl>
      {g.hasUserParticipation ? null : <Alert data-color="warning" data-size="sm">{t('gatherings.plan.userParticipationNo')}</Alert>}
    </section>
  );
}

function YouSection({ g }: { g: Gathering }) {
  const { t } = useTranslation();
  const me = useMe();
  if (isCentreRole(me.role)) {
    return (
      <section aria-labelledby="results-link-heading" className="stack-sm">
        <Heading level={2} data-size="sm" id="results-link-heading">{t('gatherings.results.heading')}</Heading>
        <Paragraph data-size="sm">{t('gatherings.results.answersSoFar', { count: g.answers ?? 0 })}</Paragraph>
        <Paragraph data-size="sm"><Link to={`/samlinger/${g.id}/resultater`}>{t('gatherings.results.open')}</Link></Paragraph>
      </section>
    );
  }
  if (!g.you.registration) return null;
  return (
    <section aria-labelledby="you-heading" className="stack-sm">
      <Heading level={2} data-size="sm" id="you-heading">{t('gatherings.you.heading')}</Heading>
      <Paragraph data-size="sm">
        {g.you.registration.status === 'registered' ? t('gatherings.you.registered') : t('gatherings.you.waiting', { position: g.you.registration.waitingPosition })}
      </Paragraph>
      {g.you.canAnswerSurvey ? (
        <Alert data-color="info" data-size="sm">
          <Paragraph data-size="sm">{t('gatherings.you.surveyOpen')}</Paragraph>
          <Link to={`/samlinger/${g.id}/evaluering`}>{t('gatherings.you.answer')}</Link>
        </Alert>
      ) : null}
      {g.you.answeredSurvey ? <Paragraph data-size="sm">{t('gatherings.you.answered')}</Paragraph> : null}
    </section>
  );
}

function Programme({ g }: { g: Gathering }) {
  const { t } = useTranslation();
  const days = [...new Set(g.programme.map((i) => i.day))].sort((a, b) => a - b);
  return (
    <section aria-labelledby="programme-heading" className="stack-sm">
      <Heading level={2} data-size="sm" id="programme-heading">{t('gatherings.plan.programme')}</Heading>
      {g.programme.length === 0 ? <Paragraph data-size="sm">{t('gatherings.programmeEmpty')}</Paragraph> : null}
      <Paragraph data-size="sm" className="muted">
        {Object.entries(g.programmeMix).map(([kind, n]) => `${t(`gatherings.kind.${kind}`)}: ${n}`).join(' · ')}
      </Paragraph>
      {days.map((day) => (
        <div key={day} className="stack-sm">
          <Heading level={3} data-size="xs">{t('gatherings.day', { day })}</Heading>
          <ul className="stack-sm">
            {g.programme.filter((i) => i.day === day).map((item) => (
              <li key={item.id}>
                <strong>{item.title}</strong> <Tag data-size="sm">{t(`gatherings.kind.${item.kind}`)}</Tag>
                {item.speakers.map((s, n) => (
                  <span key={n}>
                    {' '}{t('gatherings.by', { name: s.name, affiliation: t(`gatherings.affiliation.${s.affiliation}`) })}
                    {s.userParticipation ? <> <Tag data-size="sm" data-color="success">{t('gatherings.refugeeBackground')}</Tag></> : null}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

function Municipalities({ g, centre }: { g: Gathering; centre: boolean }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="municipalities-heading" className="stack-sm">
      <Heading level={2} data-size="sm" id="municipalities-heading">{t('gatherings.field.municipalities')}</Heading>
      {g.municipalities.length === 0 ? <Paragraph data-size="sm">{t('gatherings.noMunicipalities')}</Paragraph> : (
        <DataTable labelledBy="municipalities-heading" headers={[
          t('gatherings.municipality'), t('gatherings.planningGroupShort'),
          ...(centre ? [t('gatherings.invitedShort'), t('gatherings.seats'), t('gatherings.fixedContact')] : []),
        ]}>
          {g.municipalities.map((m) => (
            <Table.Row key={m.municipality.id}>
              <Table.Cell>{m.municipality.name}</Table.Cell>
              <Table.Cell>{m.planningGroup ? t('gatherings.yes') : t('gatherings.no')}</Table.Cell>
              {centre ? (
                <>
                  <Table.Cell>{m.invited ? t('gatherings.yes') : <Tag data-size="sm" data-color="warning">{t('gatherings.notInvited')}</Tag>}</Table.Cell>
                  <Table.Cell>{t('gatherings.seatsLine', { registered: m.registered, waiting: m.waiting })}</Table.Cell>
                  <Table.Cell>{m.fixedContact?.name ?? t('gatherings.noContact')}</Table.Cell>
                </>
              ) : null}
            </Table.Row>
          ))}
        </DataTable>
      )}
    </section>
  );
}

function Notices({ g }: { g: Gathering }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, run } = useSubmit();
  const send = (kind: 'invitation' | 'reminder' | 'survey') => run(async () => {
    setDone(null);
    const res = await api.post<z.output<typeof noticeResult>>(`/gatherings/${g.id}/notices`, { kind });
    await queryClient.invalidateQueries({ queryKey: gatheringsKey });
    setDone(t('gatherings.notices.sent', { count: res.recipients }));
  });
  return (
    <section aria-labelledby="notices-heading" className="stack-sm">
      <Heading level={2} data-size="sm" id="notices-heading">{t('gatherings.notices.heading')}</Heading>
      <Paragraph data-size="sm">{t('gatherings.notices.intro')}</Paragraph>
      {done ? <Alert data-color="success" data-size="sm" role="status">{done}</Alert> : null}
      {error ? <Alert data-color="danger" data-size="sm">{error}</Alert> : null}
      <div className="button-row">
        <Button variant="secondary" data-size="sm" disabled={busy} onClick={() => void send('invitation')}>{t('gatherings.notices.invitation')}</Button>
        <Button variant="secondary" data-size="sm" disabled={busy} onClick={() => void send('reminder')}>{t('gatherings.notices.reminder')}</Button>
        <Button variant="secondary" data-size="sm" disabled={busy || !g.surveyOpen} onClick={() => void send('survey')}>{t('gatherings.notices.survey')}</Button>
      </div>
    </section>
  );
}

function RegisterSection({ g }: { g: Gathering }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [userId, setUserId] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const { busy, error, run } = useSubmit();
  const taken = new Set(g.registrations.map((r) => r.person.id));
  const refresh = (next: Gathering) => queryClient.setQueryData(gatheringQuery(g.id).queryKey, next);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    void run(async () => {
      setMessage(null);
      const next = await api.post<Gathering>(`/gatherings/${g.id}/registrations`, { userId });
      refresh(next);
      const reg = next.registrations.find((r) => r.person.id === userId);
      setMessage(reg?.status === 'waiting' ? t('gatherings.register.waiting', { name: reg.person.name, position: reg.waitingPosition }) : t('gatherings.register.done', { name: reg?.person.name }));
      setUserId('');
      await queryClient.invalidateQueries({ queryKey: gatheringsKey });
    });
  };
  const cancel = (id: string, version: number) => run(async () => {
    setMessage(null);
    refresh(await api.post<Gathering>(`/gathering-registrations/${id}/cancel`, { version }));
    await queryClient.invalidateQueries({ queryKey: gatheringsKey });
  });
  return (
    <section aria-labelledby="register-heading" className="stack">
      <Heading level={2} data-size="sm" id="register-heading">{t('gatherings.register.heading')}</Heading>
      <Paragraph data-size="sm">{t('gatherings.register.intro', { cap: g.capacityPerMunicipality })}</Paragraph>
      {message ? <Alert data-color="success" data-size="sm" role="status">{message}</Alert> : null}
      {g.registrationOpen ? (
        <form onSubmit={submit} noValidate className="stack-sm" aria-labelledby="register-heading">
          <SelectField id="register-userId" label={t('gatherings.register.person')} value={userId} error={error} onChange={(e) => setUserId(e.target.value)}>
            <Select.Option value="">{t('form.choose')}</Select.Option>
            {g.yourStaff.filter((s) => !taken.has(s.id)).map((s) => <Select.Option key={s.id} value={s.id}>{s.name}</Select.Option>)}
          </SelectField>
          <div><Button type="submit" loading={busy} disabled={busy}>{t('gatherings.register.submit')}</Button></div>
        </form>
      ) : <Paragraph data-size="sm">{t('gatherings.register.closed')}</Paragraph>}
      {g.registrations.length > 0 ? (
        <>
          <Heading level={3} data-size="xs" id="own-registrations-heading">{t('gatherings.register.yours')}</Heading>
          <DataTable labelledBy="own-registrations-heading" headers={[t('gatherings.register.person'), t('gatherings.status'), t('gatherings.actions')]}>
            {g.registrations.map((r) => (
              <Table.Row key={r.id}>
                <Table.Cell>{r.person.name}</Table.Cell>
                <Table.Cell>{r.status === 'waiting' ? t('gatherings.waitingPosition', { position: r.waitingPosition }) : t('gatherings.registeredStatus')}</Table.Cell>
                <Table.Cell>
                  <Button variant="tertiary" data-size="sm" disabled={busy} onClick={() => void cancel(r.id, r.version)}>
                    {t('gatherings.register.cancel')}<span className="visually-hidden">: {r.person.name}</span>
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </DataTable>
        </>
      ) : null}
    </section>
  );
}

function Registrations({ g }: { g: Gathering }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="registrations-heading" className="stack-sm">
      <Heading level={2} data-size="sm" id="registrations-heading">{t('gatherings.registrations')}</Heading>
      <Paragraph data-size="sm">{t('gatherings.seatsLine', { registered: g.registered, waiting: g.waiting })}</Paragraph>
      {g.registrations.length > 0 ? (
        <DataTable labelledBy="registrations-heading" headers={[t('gatherings.register.person'), t('gatherings.municipality'), t('gatherings.status')]}>
          {g.registrations.map((r) => (
            <Table.Row key={r.id}>
              <Table.Cell>{r.person.name}</Table.Cell>
              <Table.Cell>{r.municipality.name}</Table.Cell>
              <Table.Cell>{r.status === 'waiting' ? t('gatherings.waitingPosition', { position: r.waitingPosition }) : t('gatherings.registeredStatus')}</Table.Cell>
            </Table.Row>
          ))}
        </DataTable>
      ) : null}
    </section>
  );
}

const staffQuery = () => ({
  queryKey: ['career-centre', 'counsellors'],
  queryFn: async () => (await api.get<{ items: Counsellor[] }>('/career-centre/counsellors')).items,
});

function FollowUpSection({ g, lead }: { g: Gathering; lead: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const staff = useQuery({ ...staffQuery(), enabled: lead });
  const owners = [...(staff.data ?? []), ...g.registrations.filter((r) => r.status === 'registered').map((r) => r.person)];
  const [form, setForm] = useState({ text: '', source: 'question', ownerId: '', dueOn: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const { busy, error, run } = useSubmit();
  const refresh = () => queryClient.invalidateQueries({ queryKey: gatheringsKey });
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    void run(async () => {
      setErrors({});
      try {
        await api.post(`/gatherings/${g.id}/follow-ups`, form);
        setForm({ text: '', source: form.source, ownerId: '', dueOn: '' });
        await refresh();
      } catch (caught) {
        const found = formErrorsFrom(caught, t('errors.unexpected'));
        setErrors(found);
        setAttempt((n) => n + 1);
      }
    });
  };
  const labels: Record<string, string> = {
    text: t('gatherings.followUp.text'), source: t('gatherings.followUp.source'), ownerId: t('gatherings.followUp.owner'), dueOn: t('gatherings.followUp.dueOn'),
  };
  const summary = Object.entries(errors).map(([name, message]) => ({ fieldId: name === '_form' ? undefined : `followup-${name}`, label: labels[name], message }));
  return (
    <section aria-labelledby="followup-heading" className="stack">
      <Heading level={2} data-size="sm" id="followup-heading">{t('gatherings.followUp.heading')}</Heading>
      <Paragraph data-size="sm">{t('gatherings.followUp.intro')}</Paragraph>
      {error ? <Alert data-color="danger" data-size="sm">{error}</Alert> : null}
      {g.followUps.length === 0 ? <Paragraph data-size="sm">{t('gatherings.followUp.empty')}</Paragraph> : (
        <DataTable labelledBy="followup-heading" headers={[t('gatherings.followUp.text'), t('gatherings.followUp.owner'), t('gatherings.followUp.dueOn'), t('gatherings.status'), ...(lead ? [t('gatherings.actions')] : [])]}>
          {g.followUps.map((f) => (
            <Table.Row key={f.id}>
              <Table.Cell>{f.text} <Tag data-size="sm">{t(`gatherings.source.${f.source}`)}</Tag></Table.Cell>
              <Table.Cell>{f.owner.name}</Table.Cell>
              <Table.Cell>{formatDate(f.dueOn)}{f.overdue ? <> <Tag data-size="sm" data-color="danger">{t('gatherings.followUp.overdue')}</Tag></> : null}</Table.Cell>
              <Table.Cell>{t(`gatherings.followUp.status.${f.status}`)}</Table.Cell>
              {lead ? (
                <Table.Cell>
                  <Button variant="tertiary" data-size="sm" disabled={busy} onClick={() => void run(async () => {
                    await api.patch(`/gathering-follow-ups/${f.id}`, { status: f.status === 'done' ? 'open' : 'done', version: f.version });
                    await refresh();
                  })}>
                    {f.status === 'done' ? t('gatherings.followUp.reopen') : t('gatherings.followUp.markDone')}<span className="visually-hidden">: {f.text}</span>
                  </Button>
                </Table.Cell>
              ) : null}
            </Table.Row>
          ))}
        </DataTable>
      )}
      {lead ? (
        <form onSubmit={submit} noValidate className="stack-sm" aria-labelledby="followup-form-heading">
          <Heading level={3} data-size="xs" id="followup-form-heading">{t('gatherings.followUp.add')}</Heading>
          <FormErrorSummary key={attempt} errors={summary} />
          <LimitedTextfield limit={gatheringLimits.followUpText} id="followup-text" label={labels.text} value={form.text} error={errors['text']} onChange={(e) => setForm({ ...form, text: e.target.value })} />
          <div className="field-pair">
            <SelectField id="followup-source" label={labels.source} value={form.source} error={errors['source']} onChange={(e) => setForm({ ...form, source: e.target.value })}>
              {followUpSources.map((s) => <Select.Option key={s} value={s}>{t(`gatherings.source.${s}`)}</Select.Option>)}
            </SelectField>
            <SelectField id="followup-ownerId" label={labels.ownerId} value={form.ownerId} error={errors['ownerId']} onChange={(e) => setForm({ ...form, ownerId: e.target.value })}>
              <Select.Option value="">{t('form.choose')}</Select.Option>
              {owners.map((o) => <Select.Option key={o.id} value={o.id}>{o.name}</Select.Option>)}
            </SelectField>
            <Textfield id="followup-dueOn" type="date" label={labels.dueOn} value={form.dueOn} error={errors['dueOn']} onChange={(e) => setForm({ ...form, dueOn: e.target.value })} />
          </div>
          <div><Button type="submit" loading={busy} disabled={busy}>{t('gatherings.followUp.submit')}</Button></div>
        </form>
      ) : null}
    </section>
  );
}

/** The follow-up letter: a draft made from the follow-up points and the results, edited, then sent once in the app. */
function LetterForm({ g }: { g: Gathering }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const { busy, error, run } = useSubmit();
  const draft = () => run(async () => {
    const results = g.surveyOpen ? await queryClient.fetchQuery(resultsQuery(g.id)).catch(() => null) : null;
    const lines = [
      t('gatherings.letter.draftOpening', { title: g.title }), '',
      ...(results && !results.usefulness.hidden ? [t('gatherings.letter.draftResults', { answers: results.answers, useful: results.usefulness.topTwoShare, cooperation: results.strengthenedCooperation.topTwoShare }), ''] : []),
      t('gatherings.letter.draftFollowUps'),
      ...g.followUps.map((f) => `• ${f.text} (${f.owner.name}, ${formatDate(f.dueOn)})`), '',
      t('gatherings.letter.draftClosing'),
    ];
    setText(lines.join('\n'));
  });
  const send = (event: React.FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const next = await api.post<Gathering>(`/gatherings/${g.id}/letter`, { text, version: g.version });
      queryClient.setQueryData(gatheringQuery(g.id).queryKey, next);
    });
  };
  return (
    <section aria-labelledby="letter-form-heading" className="stack-sm">
      <Heading level={2} data-size="sm" id="letter-form-heading">{t('gatherings.letter.heading')}</Heading>
      <Paragraph data-size="sm">{t('gatherings.letter.intro')}</Paragraph>
      <div><Button variant="secondary" data-size="sm" disabled={busy} onClick={() => void draft()}>{t('gatherings.letter.draft')}</Button></div>
      <form onSubmit={send} noValidate className="stack-sm" aria-labelledby="letter-form-heading">
        <LimitedTextfield limit={gatheringLimits.letter} id="letter-text" multiline rows={10} label={t('gatherings.letter.text')} value={text} error={error} onChange={(e) => setText(e.target.value)} />
        <div><Button type="submit" loading={busy} disabled={busy}>{t('gatherings.letter.send')}</Button></div>
      </form>
    </section>
  );
}
