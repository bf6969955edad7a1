import { Alert, Button, Heading, Paragraph, Select, Tag, Textfield } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayInOslo, type TalkKind } from '../../../domain/index.ts';
import { api, isApiError } from '../../api.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormButtons } from '../../components/FormButtons.tsx';
import { FormErrorSummary } from '../../components/FormErrorSummary.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { formatDate, toInputDate, toIsoDate } from '../../format.ts';
import { isCentreRole, isMunicipalityRole } from '../../roles.ts';
import { useMe } from '../../session.ts';
import type { Order } from '../../types.ts';
import './talks.css';
import { LimitedTextfield } from '../../components/LimitedTextfield.tsx';
import { TALK_TEXT_MAX } from '../../../domain/text-limits.ts';
import type { z } from 'zod';
import type { talkJson, talkList } from '../../../server/features/talks/schemas.ts';

export type Talk = z.output<typeof talkJson>;
type TalkList = z.output<typeof talkList>;

const points = ['forCounsellor', 'nextSteps', 'wayForward'] as const;
const talksKey = (orderId: string) => ['order-talks', orderId];

/**
 * The pre-talk and follow-up talk on one order (issue 13 item 4; seed 000: "et forberedende møte og et
 * oppfølgingsmøte etter hver karriereveiledningssamtale"), shown with the order's history to both sides. Either side
 * records its own; only the side that recorded a talk changes or deletes it (deleting asks first and is soft).
 */
export function OrderTalks({ order }: { order: Order }) {
  const { t } = useTranslation();
  const me = useMe();
  const headingId = useId();
  const talks = useQuery({ queryKey: talksKey(order.id), queryFn: () => api.get<TalkList>(`/orders/${order.id}/talks`) });
  const [editing, setEditing] = useState<{ kind: TalkKind; talk?: Talk } | null>(null);
  const [removing, setRemoving] = useState<Talk | null>(null);
  const queryClient = useQueryClient();
  const mayWrite = (isMunicipalityRole(me.role) || isCentreRole(me.role)) && order.status !== 'rejected' && order.status !== 'cancelled';
  const refresh = () => Promise.all([
    queryClient.invalidateQueries({ queryKey: talksKey(order.id) }),
    queryClient.invalidateQueries({ queryKey: ['orders'] }),
    queryClient.invalidateQueries({ queryKey: ['participant-orders', order.participantId] }),
  ]);

  return (
    <section className="order-talks stack-sm" aria-labelledby={headingId}>
      <Heading level={4} data-size="2xs" id={headingId}>
        {t('talks.heading')}
      </Heading>
      {talks.isPending ? <Loading label={t('talks.loading')} /> : null}
      {talks.isError ? <ErrorAlert error={talks.error} /> : null}
      {talks.data?.marker.missing.length ? (
        <Paragraph data-size="sm">
          {talks.data.marker.missing.map((kind) => (
            <Tag key={kind} data-color="warning" data-size="sm">{t(`talks.missing.${kind}`)}</Tag>
          ))}{' '}
          {t('talks.expectedHelp')}
        </Paragraph>
      ) : null}
      {talks.isSuccess && talks.data.items.length === 0 ? <Paragraph data-size="sm" className="muted">{t('talks.none')}</Paragraph> : null}
      {talks.data?.items.length ? (
        <ul className="talk-list">
          {talks.data.items.map((talk) => (
            <li key={talk.id} className="talk" data-talk-kind={talk.kind}>
              <Paragraph data-size="sm">
                <strong>{t(`talks.kind.${talk.kind}`)}</strong> {formatDate(talk.heldOn)}
                {' – '}
                {[talk.adviser?.name, talk.counsellor?.name].filter(Boolean).join(', ') || t('talks.nobodyNamed')}
              </Paragraph>
              <dl className="facts facts--compact">
                {points.filter((p) => talk[p]).map((p) => (
                  <div key={p} className="facts__wide">
                    <dt>{t(`talks.points.${p}`)}</dt>
                    <dd className="pre-wrap">{talk[p]}</dd>
                  </div>
                ))}
              </dl>
              <Paragraph data-size="xs" className="muted">{t('talks.recordedBy', { name: talk.recordedBy.name })}</Paragraph>
              {talk.mayEdit && mayWrite ? (
                <div className="button-row">
                  <Button data-size="sm" variant="secondary" onClick={() => setEditing({ kind: talk.kind, talk })}>
                    {t('talks.edit')}<span className="ds-sr-only"> – {t(`talks.kind.${talk.kind}`)}</span>
                  </Button>
                  <Button data-size="sm" variant="tertiary" data-color="danger" onClick={() => setRemoving(talk)}>
                    {t('talks.delete')}<span className="ds-sr-only"> – {t(`talks.kind.${talk.kind}`)}</span>
                  </Button>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {mayWrite && talks.isSuccess && !editing ? (
        <div className="button-row">
          {(['pre-talk', 'follow-up-talk'] as const).map((kind) => (
            <Button key={kind} data-size="sm" variant="secondary" onClick={() => setEditing({ kind })}>
              {t(`talks.record.${kind}`)}
            </Button>
          ))}
        </div>
      ) : null}
      {editing && talks.data ? (
        <TalkForm
          order={order}
          kind={editing.kind}
          talk={editing.talk}
          people={talks.data.people}
          onDone={async (saved) => {
            if (saved) await refresh();
            setEditing(null);
          }}
        />
      ) : null}
      {removing ? (
        <ConfirmDialog
          title={t('talks.deleteTitle', { kind: t(`talks.kind.${removing.kind}`).toLowerCase() })}
          body={t('talks.deleteBody')}
          confirmLabel={t('talks.delete')}
          onConfirm={async () => {
            await api.post(`/talks/${removing.id}/remove`, { version: removing.version });
            await refresh();
          }}
          onClose={() => setRemoving(null)}
        />
      ) : null}
    </section>
  );
}

type Field = 'heldOn' | 'adviserId' | 'counsellorId' | (typeof points)[number];

function TalkForm({ order, kind, talk, people, onDone }: {
  order: Order; kind: TalkKind; talk?: Talk; people: TalkList['people']; onDone: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const formId = useId();
  const idOf = (field: string) => `${formId}-${field}`;
  const municipality = isMunicipalityRole(me.role);
  const [values, setValues] = useState<Record<Field, string>>({
    heldOn: toInputDate(talk?.heldOn ?? todayInOslo()),
    adviserId: talk ? talk.adviser?.id ?? '' : municipality ? me.id : '',
    counsellorId: talk ? talk.counsellor?.id ?? '' : !municipality ? me.id : order.assignedCounsellor?.id ?? '',
    forCounsellor: talk?.forCounsellor ?? '',
    nextSteps: talk?.nextSteps ?? '',
    wayForward: talk?.wayForward ?? '',
  });
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [formError, setFormError] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const set = (field: Field, value: string) => setValues((v) => ({ ...v, [field]: value }));

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    setFormError(undefined);
    const body = {
      heldOn: toIsoDate(values.heldOn),
      adviserId: values.adviserId || null,
      counsellorId: values.counsellorId || null,
      forCounsellor: values.forCounsellor,
      nextSteps: values.nextSteps,
      wayForward: values.wayForward,
    };
    try {
      if (talk) await api.patch(`/talks/${talk.id}`, { ...body, version: talk.version });
      else await api.post(`/orders/${order.id}/talks`, { kind, ...body });
      onDone(true);
    } catch (error) {
      if (isApiError(error, 400) && error.fields.length) {
        setErrors(Object.fromEntries(error.fields.map((f) => [f.path || '_form', f.message])));
      } else {
        setFormError(isApiError(error, 409) && error.code === 'stale_version' ? t('talks.stale') : isApiError(error) ? error.message : t('errors.unexpected'));
      }
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };

  const labels: Record<Field, string> = {
    heldOn: t('talks.heldOn'), adviserId: t('talks.adviser'), counsellorId: t('talks.counsellor'),
    forCounsellor: t('talks.points.forCounsellor'), nextSteps: t('talks.points.nextSteps'), wayForward: t('talks.points.wayForward'),
  };
  const summary = Object.entries(errors).map(([field, message]) => ({
    fieldId: field in labels ? idOf(field) : undefined, label: labels[field as Field], message: message!,
  }));
  const heading = talk ? t('talks.editHeading', { kind: t(`talks.kind.${kind}`).toLowerCase() }) : t(`talks.record.${kind}`);

  return (
    <div className="panel stack-sm">
      <Heading level={5} data-size="2xs" id={`${formId}-heading`}>{heading}</Heading>
      <FormErrorSummary key={attempt} errors={summary} />
      <form onSubmit={submit} noValidate className="stack-sm" aria-labelledby={`${formId}-heading`}>
        <Textfield
          id={idOf('heldOn')}
          label={labels.heldOn}
          description={t('form.dateHelp')}
          inputMode="numeric"
          className="date-field"
          value={values.heldOn}
          onChange={(e) => set('heldOn', e.target.value)}
          error={errors['heldOn']}
          autoComplete="off"
        />
        <div className="field-pair">
          <SelectField id={idOf('adviserId')} label={labels.adviserId} value={values.adviserId} onChange={(e) => set('adviserId', e.target.value)} error={errors['adviserId']}>
            <Select.Option value="">{t('talks.nobody')}</Select.Option>
            {people.advisers.map((p) => <Select.Option key={p.id} value={p.id}>{p.name}</Select.Option>)}
          </SelectField>
          <SelectField id={idOf('counsellorId')} label={labels.counsellorId} value={values.counsellorId} onChange={(e) => set('counsellorId', e.target.value)} error={errors['counsellorId']}>
            <Select.Option value="">{t('talks.nobody')}</Select.Option>
            {people.counsellors.map((p) => <Select.Option key={p.id} value={p.id}>{p.name}</Select.Option>)}
          </SelectField>
        </div>
        {points.map((p) => (
          <LimitedTextfield
            limit={TALK_TEXT_MAX}
            key={p}
            id={idOf(p)}
            multiline
            rows={3}
            label={labels[p]}
            description={t(`talks.pointsHelp.${p}`, { max: TALK_TEXT_MAX })}
            value={values[p]}
            onChange={(e) => set(p, e.target.value)}
            error={errors[p]}
          />
        ))}
        {formError ? <Alert data-color="danger" role="alert">{formError}</Alert> : null}
        <FormButtons submitLabel={t('talks.save')} busy={busy} onCancel={() => onDone(false)} />
      </form>
    </div>
  );
}
