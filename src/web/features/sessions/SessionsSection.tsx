import { Alert, Button, Card, Checkbox, Fieldset, Heading, Paragraph, Radio, Select, Tag, Textfield } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, isApiError } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormErrorSummary } from '../../components/FormErrorSummary.tsx';
import { LanguageOptions, useLanguageName } from '../../components/LanguageOptions.tsx';
import { Loading } from '../../components/Loading.tsx';
import { ReasonDialog } from '../../components/ReasonDialog.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { formatDateTime, toIsoDate } from '../../format.ts';
import { isCentreRole } from '../../roles.ts';
import { useMe } from '../../session.ts';
import type { GuidanceSession, Order } from '../../types.ts';
import { useCounsellors } from '../orders/OrderActions.tsx';
import { invalidateOrderViews } from '../orders/useOrderTransition.ts';
import { HoursBox } from './HoursBox.tsx';
import { LimitedTextfield } from '../../components/LimitedTextfield.tsx';
import { textLimits } from '../../../domain/text-limits.ts';
import type { z } from 'zod';
import type { glossaryList } from '../../../server/features/glossary/schemas.ts';

/** The server's limits of the free-text fields (a link, a phone number, dates, times and numbers are checked as such). */
const sessionTextLimits: Record<string, number | undefined> = {
  place: textLimits.place, 'interpreter.dialect': textLimits.interpreterDialect, 'interpreter.service': textLimits.interpreterService,
  'interpreter.reference': textLimits.interpreterReference,
};

const sessionStatuses = new Set(['accepted', 'scheduled', 'completed']);

/** "2026-05-12" + "10:00" in Norway → an ISO instant (UTC), whatever the browser's time zone. */
export function osloInstant(date: string, time: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  if (![y, m, d, h, mi].every((n) => Number.isFinite(n))) return `${date}T${time}`;
  const guess = Date.UTC(y!, m! - 1, d!, h!, mi!);
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date(guess));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return new Date(guess - (wall - guess)).toISOString();
}

export function SessionsSection({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const orders = useQuery({
    queryKey: ['participant-orders', participantId],
    queryFn: async () => (await api.get<{ items: Order[] }>(`/participants/${participantId}/orders`)).items,
  });
  const open = (orders.data ?? []).filter((order) => sessionStatuses.has(order.status));
  if (orders.isPending || open.length === 0) return null;
  return (
    <section aria-labelledby="sessions-heading" className="stack">
      <Heading level={2} data-size="sm" id="sessions-heading">
        {t('sessions.heading')}
      </Heading>
      {open.map((order) => (
        <OrderSessions key={order.id} order={order} />
      ))}
      <HoursBox participantId={participantId} />
    </section>
  );
}

function OrderSessions({ order }: { order: Order }) {
  const { t } = useTranslation();
  const me = useMe();
  const centre = isCentreRole(me.role);
  const [scheduling, setScheduling] = useState(false);
  const [booked, setBooked] = useState(false);
  const sessions = useQuery({
    queryKey: ['sessions', order.id],
    queryFn: async () => (await api.get<{ items: GuidanceSession[] }>(`/orders/${order.id}/sessions`)).items,
  });
  const mayBook = centre && (order.status === 'accepted' || order.status === 'scheduled');
  return (
    <div className="stack">
      {sessions.isPending ? <Loading label={t('sessions.loading')} /> : null}
      {sessions.isError ? <ErrorAlert error={sessions.error} /> : null}
      {sessions.isSuccess && sessions.data.length === 0 ? <Paragraph>{t('sessions.empty')}</Paragraph> : null}
      {booked ? (
        <Alert data-color="success" role="status" data-size="sm">
          {t('sessions.booked')}
        </Alert>
      ) : null}
      <ul className="order-list">
        {(sessions.data ?? []).map((session) => (
          <li key={session.id}>
            <SessionCard session={session} order={order} />
          </li>
        ))}
      </ul>
      {mayBook && !scheduling ? (
        <div>
          <Button onClick={() => { setBooked(false); setScheduling(true); }}>{t('sessions.schedule')}</Button>
        </div>
      ) : null}
      {scheduling ? (
        <ScheduleForm
          order={order}
          onDone={(didBook) => {
            setScheduling(false);
            setBooked(didBook);
          }}
        />
      ) : null}
    </div>
  );
}

function SessionCard({ session, order }: { session: GuidanceSession; order: Order }) {
  const { t } = useTranslation();
  const me = useMe();
  const languageName = useLanguageName();
  const queryClient = useQueryClient();
  const centre = isCentreRole(me.role);
  const [recording, setRecording] = useState(false);
  const [editing, setEditing] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const started = new Date(session.startsAt).getTime() <= Date.now();
  const where =
    session.mode === 'in-person' ? session.place : session.mode === 'digital' ? session.meetingUrl : session.phone;

  const cancel = async (reason: string) => {
    await api.post(`/sessions/${session.id}/outcome`, { outcome: 'cancelled', reason, version: session.version });
    await invalidateOrderViews(queryClient, order.participantId);
  };

  return (
    <Card data-color="neutral" className="order-card session-card" data-session-id={session.id}>
      <div className="order-card__head">
        <Heading level={3} data-size="2xs">
          {t('sessions.cardTitle', { when: formatDateTime(session.startsAt), reference: session.reference })}
        </Heading>
        <Tag data-size="sm" data-color={session.outcome ? (session.outcome.outcome === 'held' ? 'success' : 'neutral') : 'info'}>
          {session.outcome ? t(`sessions.outcome.${session.outcome.outcome}`) : t('sessions.planned')}
        </Tag>
      </div>
      <dl className="facts facts--compact">
        <div>
          <dt>{t('sessions.kind')}</dt>
          <dd>
            {t(`sessions.kinds.${session.kind}`)}
            {session.threePartyWith ? ` (${t(`sessions.threePartyWith.${session.threePartyWith}`)})` : ''}
          </dd>
        </div>
        <div>
          <dt>{t('sessions.mode')}</dt>
          <dd>
            {t(`sessions.modes.${session.mode}`)}
            {where ? `: ${where}` : ''}
          </dd>
        </div>
        <div>
          <dt>{t('sessions.duration')}</dt>
          <dd>{t('sessions.minutes', { count: session.durationMinutes })}</dd>
        </div>
        <div>
          <dt>{t('sessions.counsellors')}</dt>
          <dd>{[session.leadCounsellor.name, session.secondCounsellor?.name].filter(Boolean).join(', ')}</dd>
        </div>
        <div>
          <dt>{t('sessions.adviserRole')}</dt>
          <dd>{t(`sessions.adviserRoles.${session.adviserRole}`)}</dd>
        </div>
        {session.plannedIntervalDays !== null ? (
          <div>
            <dt>{t('sessions.plannedInterval')}</dt>
            <dd>{t('sessions.days', { count: session.plannedIntervalDays })}</dd>
          </div>
        ) : null}
        <div className="facts__wide">
          <dt>{t('sessions.interpreter')}</dt>
          <dd>
            {session.interpreter
              ? t('sessions.interpreterSummary', {
                  language: languageName(session.interpreter.language),
                  dialect: session.interpreter.dialect ? ` (${session.interpreter.dialect})` : '',
                  mode: t(`sessions.interpreterModes.${session.interpreter.mode}`),
                  status: t(`sessions.interpreterStatuses.${session.interpreter.status}`),
                }) +
                (session.interpreter.service ? `, ${session.interpreter.service}` : '') +
                (session.interpreter.reference ? ` ${session.interpreter.reference}` : '')
              : t('sessions.noInterpreter')}
          </dd>
        </div>
        {session.outcome ? (
          <div className="facts__wide">
            <dt>{t('sessions.outcomeHeading')}</dt>
            <dd className="pre-wrap">
              {t(`sessions.outcome.${session.outcome.outcome}`)}
              {session.outcome.reason ? ` – ${session.outcome.reason}` : ''}
              {session.outcome.minutesUsed !== null ? `. ${t('sessions.minutesUsedValue', { count: session.outcome.minutesUsed })}` : ''}
              {session.outcome.interpreterTookPart !== null
                ? `. ${session.outcome.interpreterTookPart ? t('sessions.interpreterTookPartYes') : t('sessions.interpreterTookPartNo')}`
                : ''}
              {session.outcome.interpreterQualityProblem ? `. ${t('sessions.qualityProblem')}: ${session.outcome.interpreterQualityProblem}` : ''}
            </dd>
          </div>
        ) : null}
      </dl>
      <div className="button-row">
        <Button asChild variant="secondary" data-size="sm">
          <Link to={`/innkalling/${session.id}`}>
            {t('sessions.letter')}
            <span className="ds-sr-only"> – {session.reference}</span>
          </Link>
        </Button>
        {centre && session.interpreter ? (
          <Button asChild variant="secondary" data-size="sm">
            <Link to={`/tolkebrief/${session.id}`}>
              {t('sessions.interpreterBriefing')}
              <span className="ds-sr-only"> – {session.reference}</span>
            </Link>
          </Button>
        ) : null}
        {centre && !session.outcome && started && !recording ? (
          <Button data-size="sm" onClick={() => setRecording(true)}>
            {t('sessions.recordOutcome')}
            <span className="ds-sr-only"> – {session.reference}</span>
          </Button>
        ) : null}
        {centre && !session.outcome && !editing ? (
          <Button data-size="sm" variant="secondary" onClick={() => setEditing(true)}>
            {t('sessions.edit')}
            <span className="ds-sr-only"> – {session.reference}</span>
          </Button>
        ) : null}
        {centre && !session.outcome ? (
          <Button data-size="sm" variant="tertiary" data-color="danger" onClick={() => setCancelling(true)}>
            {t('sessions.cancel')}
            <span className="ds-sr-only"> – {session.reference}</span>
          </Button>
        ) : null}
      </div>
      {editing ? <ScheduleForm order={order} session={session} onDone={() => setEditing(false)} /> : null}
      {recording ? <OutcomeForm session={session} order={order} onDone={() => setRecording(false)} /> : null}
      {cancelling ? (
        <ReasonDialog
          open
          title={t('sessions.cancelDialog.title', { reference: session.reference })}
          description={t('sessions.cancelDialog.description')}
          confirmLabel={t('sessions.cancelDialog.confirm')}
          onConfirm={cancel}
          onClose={() => setCancelling(false)}
        />
      ) : null}
    </Card>
  );
}

const scheduleFields = [
  'kind', 'threePartyWith', 'mode', 'place', 'meetingUrl', 'phone', 'date', 'time', 'durationMinutes', 'leadCounsellorId',
  'secondCounsellorId', 'adviserRole', 'plannedIntervalDays', 'interpreter.language', 'interpreter.dialect', 'interpreter.mode',
  'interpreter.status', 'interpreter.service', 'interpreter.reference', 'interpreter.briefing',
] as const;

/** Oslo wall-clock date (YYYY-MM-DD) and time (HH:MM) of an instant. */
function osloParts(instant: string): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date(instant));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { date: `${get('day')}.${get('month')}.${get('year')}`, time: `${get('hour')}:${get('minute')}` };
}

function ScheduleForm({ order, session, onDone }: { order: Order; session?: GuidanceSession; onDone: (booked: boolean) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const counsellors = useCounsellors(true);
  const when = session ? osloParts(session.startsAt) : { date: '', time: '' };
  const formKey = session?.id ?? order.id;
  const fid = (name: string) => `session-${session ? session.id.slice(0, 8) : 'new'}-${name.replace('.', '-')}`;
  const i = session?.interpreter;
  const [v, setV] = useState<Record<string, string>>({
    kind: session?.kind ?? 'individual',
    threePartyWith: session?.threePartyWith ?? '',
    mode: session?.mode ?? (order.mode === 'digital' ? 'digital' : 'in-person'),
    place: session?.place ?? '',
    meetingUrl: session?.meetingUrl ?? '',
    phone: session?.phone ?? '',
    date: when.date,
    time: when.time,
    durationMinutes: String(session?.durationMinutes ?? 90),
    leadCounsellorId: session?.leadCounsellor.id ?? order.assignedCounsellor?.id ?? '',
    secondCounsellorId: session?.secondCounsellor?.id ?? '',
    adviserRole: session?.adviserRole ?? 'absent',
    plannedIntervalDays: session?.plannedIntervalDays != null ? String(session.plannedIntervalDays) : '',
    'interpreter.language': i?.language ?? order.interpreterLanguage ?? '',
    'interpreter.dialect': i?.dialect ?? '',
    'interpreter.mode': i?.mode ?? 'on-site',
    'interpreter.status': i?.status ?? 'requested',
    'interpreter.service': i?.service ?? '',
    'interpreter.reference': i?.reference ?? '',
  });
  const [withInterpreter, setWithInterpreter] = useState(session ? Boolean(i) : Boolean(order.interpreterLanguage));
  const [briefing, setBriefing] = useState(i?.briefing ?? '');
  const [termIds, setTermIds] = useState<string[]>(i?.briefingTermIds ?? []);
  const glossary = useQuery({
    queryKey: ['glossary', 'active'],
    queryFn: async () => (await api.get<z.output<typeof glossaryList>>('/glossary')).items.filter((term) => !term.archived),
    enabled: withInterpreter,
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const set = (name: string, value: string) => setV((current) => ({ ...current, [name]: value }));

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    const date = toIsoDate(v['date']!);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) found['date'] = t('form.dateInvalid');
    if (!/^\d{1,2}[:.]\d{2}$/.test(v['time']!.trim())) found['time'] = t('sessions.timeInvalid');
    setConflict(undefined);
    if (Object.keys(found).length > 0) {
      setErrors(found);
      setAttempt((n) => n + 1);
      return;
    }
    const time = v['time']!.trim().replace('.', ':').padStart(5, '0');
    const text = (name: string) => (v[name]!.trim() ? v[name]!.trim() : null);
    const body = {
      kind: v['kind'],
      threePartyWith: v['kind'] === 'three-party' ? text('threePartyWith') : null,
      mode: v['mode'],
      place: v['mode'] === 'in-person' ? text('place') : null,
      meetingUrl: v['mode'] === 'digital' ? text('meetingUrl') : null,
      phone: v['mode'] === 'phone' ? text('phone') : null,
      startsAt: osloInstant(date, time),
      durationMinutes: Number(v['durationMinutes']),
      ...(v['leadCounsellorId'] ? { leadCounsellorId: v['leadCounsellorId'] } : {}),
      secondCounsellorId: text('secondCounsellorId'),
      adviserRole: v['adviserRole'],
      plannedIntervalDays: v['plannedIntervalDays']!.trim() ? Number(v['plannedIntervalDays']) : null,
      interpreter: withInterpreter
        ? {
            language: v['interpreter.language'],
            dialect: text('interpreter.dialect'),
            mode: v['interpreter.mode'],
            status: v['interpreter.status'],
            service: text('interpreter.service'),
            reference: text('interpreter.reference'),
            briefing: briefing.trim() || null,
            briefingTermIds: termIds,
          }
        : null,
    };
    setBusy(true);
    setErrors({});
    try {
      if (session) await api.patch<GuidanceSession>(`/sessions/${session.id}`, { ...body, version: session.version });
      else await api.post<GuidanceSession>(`/orders/${order.id}/sessions`, body);
      await invalidateOrderViews(queryClient, order.participantId);
      onDone(true);
    } catch (error) {
      const fromServer: Record<string, string> = {};
      if (isApiError(error)) {
        for (const { path, message } of error.fields) {
          const name = path === 'startsAt' ? 'date' : path;
          fromServer[(scheduleFields as readonly string[]).includes(name) ? name : '_form'] ??= message;
        }
        if (error.status === 409) setConflict(error.code === 'stale_version' ? t('sessions.changedByOthers') : error.message);
        else if (error.fields.length === 0) fromServer['_form'] = error.message;
      } else fromServer['_form'] = t('errors.unexpected');
      setErrors(fromServer);
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };

  const summary = Object.entries(errors).map(([name, message]) => ({
    fieldId: name === '_form' ? undefined : fid(name),
    label: name === '_form' ? undefined : t(`sessions.field.${name}`),
    message,
  }));
  const counsellorOptions = (counsellors.data ?? []).map((c) => (
    <Select.Option key={c.id} value={c.id}>
      {c.name}
    </Select.Option>
  ));
  const textField = (name: string, extra: Partial<React.ComponentProps<typeof Textfield>> = {}) => (
    <LimitedTextfield
      limit={sessionTextLimits[name]}
      id={fid(name)}
      label={t(`sessions.field.${name}`)}
      value={v[name]}
      onChange={(e) => set(name, (e.target as HTMLInputElement).value)}
      error={errors[name]}
      autoComplete="off"
      {...(extra as object)}
    />
  );

  return (
    <section className="panel stack" aria-labelledby={`schedule-${session?.id ?? order.id}`}>
      <Heading level={3} data-size="xs" id={`schedule-${session?.id ?? order.id}`}>
        {session ? t('sessions.editHeading', { reference: session.reference }) : t('sessions.scheduleHeading')}
      </Heading>
      <FormErrorSummary key={attempt} errors={summary} />
      {conflict ? (
        <Alert data-color="danger" role="alert">
          <Heading level={4} data-size="2xs">
            {t('sessions.conflictHeading')}
          </Heading>
          <Paragraph>{conflict}</Paragraph>
        </Alert>
      ) : null}
      <form onSubmit={submit} noValidate className="stack" aria-labelledby={`schedule-${session?.id ?? order.id}`}>
        <Fieldset>
          <Fieldset.Legend>{t('sessions.field.kind')}</Fieldset.Legend>
          {(['individual', 'three-party'] as const).map((kind) => (
            <Radio key={kind} id={kind === 'individual' ? fid('kind') : undefined} name={`kind-${formKey}`} value={kind}
              label={t(`sessions.kinds.${kind}`)} checked={v['kind'] === kind} onChange={() => set('kind', kind)} />
          ))}
        </Fieldset>
        {v['kind'] === 'three-party' ? (
          <SelectField id={fid('threePartyWith')} label={t('sessions.field.threePartyWith')} value={v['threePartyWith']}
            onChange={(e) => set('threePartyWith', e.target.value)} error={errors['threePartyWith']}>
            <Select.Option value="">{t('form.choose')}</Select.Option>
            <Select.Option value="adviser">{t('sessions.threePartyWith.adviser')}</Select.Option>
            <Select.Option value="nav">{t('sessions.threePartyWith.nav')}</Select.Option>
          </SelectField>
        ) : null}
        <Fieldset>
          <Fieldset.Legend>{t('sessions.field.mode')}</Fieldset.Legend>
          {(['in-person', 'digital', 'phone'] as const).map((mode) => (
            <Radio key={mode} id={mode === 'in-person' ? fid('mode') : undefined} name={`mode-${formKey}`} value={mode}
              label={t(`sessions.modes.${mode}`)} checked={v['mode'] === mode} onChange={() => set('mode', mode)} />
          ))}
        </Fieldset>
        {v['mode'] === 'in-person' ? textField('place') : null}
        {v['mode'] === 'digital' ? textField('meetingUrl', { description: t('sessions.meetingUrlHelp'), type: 'url' }) : null}
        {v['mode'] === 'phone' ? textField('phone', { type: 'tel' }) : null}
        <div className="field-pair">
          {textField('date', { description: t('form.dateHelp'), inputMode: 'numeric', className: 'date-field' })}
          {textField('time', { description: t('sessions.timeHelp'), inputMode: 'numeric', className: 'date-field' })}
        </div>
        {textField('durationMinutes', { inputMode: 'numeric', description: t('sessions.durationHelp'), className: 'date-field' })}
        <div className="field-pair">
          <SelectField id={fid('leadCounsellorId')} label={t('sessions.field.leadCounsellorId')} value={v['leadCounsellorId']}
            onChange={(e) => set('leadCounsellorId', e.target.value)} error={errors['leadCounsellorId']}>
            <Select.Option value="">{t('form.choose')}</Select.Option>
            {counsellorOptions}
          </SelectField>
          <SelectField id={fid('secondCounsellorId')} label={t('sessions.field.secondCounsellorId')} value={v['secondCounsellorId']}
            onChange={(e) => set('secondCounsellorId', e.target.value)} error={errors['secondCounsellorId']}>
            <Select.Option value="">{t('sessions.none')}</Select.Option>
            {counsellorOptions}
          </SelectField>
        </div>
        <div className="field-pair">
          <SelectField id={fid('adviserRole')} label={t('sessions.field.adviserRole')} value={v['adviserRole']}
            onChange={(e) => set('adviserRole', e.target.value)} error={errors['adviserRole']}>
            {(['absent', 'observer', 'participant'] as const).map((role) => (
              <Select.Option key={role} value={role}>
                {t(`sessions.adviserRoles.${role}`)}
              </Select.Option>
            ))}
          </SelectField>
          {textField('plannedIntervalDays', { inputMode: 'numeric', description: t('sessions.plannedIntervalHelp') })}
        </div>
        <Checkbox label={t('sessions.withInterpreter')} checked={withInterpreter} onChange={(e) => setWithInterpreter(e.target.checked)} value="interpreter" />
        {withInterpreter ? (
          <Fieldset>
            <Fieldset.Legend>{t('sessions.interpreter')}</Fieldset.Legend>
            <div className="field-pair">
              <SelectField id={fid('interpreter.language')} label={t('sessions.field.interpreter.language')} value={v['interpreter.language']}
                onChange={(e) => set('interpreter.language', e.target.value)} error={errors['interpreter.language']}>
                <Select.Option value="">{t('form.choose')}</Select.Option>
                <LanguageOptions current={v['interpreter.language']} />
              </SelectField>
              {textField('interpreter.dialect')}
            </div>
            <div className="field-pair">
              <SelectField id={fid('interpreter.mode')} label={t('sessions.field.interpreter.mode')} value={v['interpreter.mode']}
                onChange={(e) => set('interpreter.mode', e.target.value)} error={errors['interpreter.mode']}>
                {(['on-site', 'phone', 'video'] as const).map((mode) => (
                  <Select.Option key={mode} value={mode}>
                    {t(`sessions.interpreterModes.${mode}`)}
                  </Select.Option>
                ))}
              </SelectField>
              <SelectField id={fid('interpreter.status')} label={t('sessions.field.interpreter.status')} value={v['interpreter.status']}
                onChange={(e) => set('interpreter.status', e.target.value)} error={errors['interpreter.status']}>
                {(['requested', 'booked', 'confirmed', 'none-available'] as const).map((status) => (
                  <Select.Option key={status} value={status}>
                    {t(`sessions.interpreterStatuses.${status}`)}
                  </Select.Option>
                ))}
              </SelectField>
            </div>
            <div className="field-pair">
              {textField('interpreter.service')}
              {textField('interpreter.reference', { description: t('sessions.referenceHelp') })}
            </div>
            <LimitedTextfield limit={textLimits.interpreterBriefing} id={fid('interpreter.briefing')} multiline rows={2} label={t('sessions.field.interpreter.briefing')}
              description={t('sessions.briefingHelp')} value={briefing}
              onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setBriefing(e.target.value)} error={errors['interpreter.briefing']} />
            {(glossary.data ?? []).length > 0 ? (
              <Fieldset>
                <Fieldset.Legend>{t('sessions.briefingTerms')}</Fieldset.Legend>
                <div className="term-choices">
                  {(glossary.data ?? []).map((term) => (
                    <Checkbox key={term.id} label={term.term} value={term.id} checked={termIds.includes(term.id)}
                      onChange={(e) => setTermIds((ids) => (e.target.checked ? [...ids, term.id] : ids.filter((x) => x !== term.id)))} />
                  ))}
                </div>
              </Fieldset>
            ) : null}
          </Fieldset>
        ) : null}
        <div className="button-row">
          <Button type="submit" loading={busy} disabled={busy}>
            {session ? t('sessions.saveChanges') : t('sessions.book')}
          </Button>
          <Button type="button" variant="secondary" onClick={() => onDone(false)}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}

function OutcomeForm({ session, order, onDone }: { session: GuidanceSession; order: Order; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [outcome, setOutcome] = useState<'held' | 'no-show' | 'broken-off'>('held');
  const [reason, setReason] = useState('');
  const [minutes, setMinutes] = useState('');
  const [tookPart, setTookPart] = useState(Boolean(session.interpreter));
  const [quality, setQuality] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const oid = (name: string) => `outcome-${session.id}-${name}`;

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (outcome === 'broken-off' && !reason.trim()) found['reason'] = t('sessions.reasonRequired');
    if (minutes.trim() && !Number.isInteger(Number(minutes))) found['minutesUsed'] = t('brief.integerInvalid');
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    try {
      await api.post(`/sessions/${session.id}/outcome`, {
        outcome,
        ...(reason.trim() ? { reason: reason.trim() } : {}),
        ...(minutes.trim() && outcome !== 'no-show' ? { minutesUsed: Number(minutes) } : {}),
        ...(session.interpreter ? { interpreterTookPart: tookPart } : {}),
        ...(quality.trim() ? { interpreterQualityProblem: quality.trim() } : {}),
        version: session.version,
      });
      await invalidateOrderViews(queryClient, order.participantId);
      onDone();
    } catch (error) {
      const fromServer: Record<string, string> = {};
      if (isApiError(error)) {
        for (const { path, message } of error.fields) fromServer[path || '_form'] ??= message;
        if (error.fields.length === 0) fromServer['_form'] = error.message;
      } else fromServer['_form'] = t('errors.unexpected');
      setErrors(fromServer);
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };
  const labels: Record<string, string> = {
    reason: t('sessions.reason'), minutesUsed: t('sessions.minutesUsed'), interpreterQualityProblem: t('sessions.qualityProblem'),
  };
  const summary = Object.entries(errors).map(([name, message]) => ({
    fieldId: labels[name] ? oid(name) : undefined, label: labels[name], message,
  }));

  return (
    <form onSubmit={submit} noValidate className="panel stack" aria-label={t('sessions.recordOutcome')}>
      <FormErrorSummary key={attempt} errors={summary} />
      <Fieldset>
        <Fieldset.Legend>{t('sessions.outcomeHeading')}</Fieldset.Legend>
        {(['held', 'no-show', 'broken-off'] as const).map((code) => (
          <Radio key={code} name={`outcome-${session.id}`} value={code} label={t(`sessions.outcome.${code}`)}
            checked={outcome === code} onChange={() => setOutcome(code)} />
        ))}
      </Fieldset>
      {outcome === 'broken-off' ? (
        <LimitedTextfield limit={textLimits.reason} id={oid('reason')} multiline rows={2} label={t('sessions.reason')} value={reason}
          onChange={(e) => setReason(e.target.value)} error={errors['reason']} />
      ) : null}
      {outcome !== 'no-show' ? (
        <Textfield id={oid('minutesUsed')} label={t('sessions.minutesUsed')} description={t('sessions.minutesUsedHelp', { count: session.durationMinutes })}
          inputMode="numeric" className="date-field" value={minutes} onChange={(e) => setMinutes(e.target.value)} error={errors['minutesUsed']} />
      ) : null}
      {session.interpreter ? (
        <>
          <Checkbox label={t('sessions.interpreterTookPart')} checked={tookPart} onChange={(e) => setTookPart(e.target.checked)} value="took-part" />
          <LimitedTextfield limit={textLimits.interpreterQualityProblem} id={oid('interpreterQualityProblem')} multiline rows={2} label={t('sessions.qualityProblemOptional')} value={quality}
            onChange={(e) => setQuality(e.target.value)} error={errors['interpreterQualityProblem']} />
        </>
      ) : null}
      <div className="button-row">
        <Button type="submit" data-size="sm" loading={busy} disabled={busy}>
          {t('sessions.saveOutcome')}
        </Button>
        <Button type="button" variant="secondary" data-size="sm" onClick={onDone}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
