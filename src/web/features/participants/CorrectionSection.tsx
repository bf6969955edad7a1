import { Alert, Button, Heading, Paragraph, Select } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { genders, residenceBases } from '../../../domain/index.ts';
import { api, isApiError } from '../../api.ts';
import { LanguageOptions } from '../../components/LanguageOptions.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { toInputDate, toIsoDate } from '../../format.ts';
import { CountryOptions } from './ParticipantFields.tsx';
import { participantFieldNames, type ParticipantField } from './participantForm.ts';
import { LimitedTextfield } from '../../components/LimitedTextfield.tsx';
import { textLimits } from '../../../domain/text-limits.ts';

const dateFields: readonly ParticipantField[] = ['birthDate', 'permitDate', 'settlementDate', 'programmeRequestDate'];

/** A field's name: the participant form's label, or this feature's own for the two that only have an "(optional)" label. */
export function useFieldLabel() {
  const { t } = useTranslation();
  return (field: string) => t(`participant.${field}`, { defaultValue: t(`privacy.correct.fields.${field}`, { defaultValue: field }) });
}

/**
 * Rectification (GDPR art. 16) by the municipality lead: one field, its new value and a reason (required). The
 * server keeps the value before and after with the reason, and names the field in the audit trail.
 */
export function CorrectionSection({ participantId, person }: { participantId: string; person: Record<string, unknown> }) {
  const { t } = useTranslation();
  const fieldLabel = useFieldLabel();
  const queryClient = useQueryClient();
  const [field, setField] = useState<ParticipantField | ''>('');
  const [value, setValue] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Partial<Record<'field' | 'value' | 'reason', string>>>({});
  const [formError, setFormError] = useState<string>();
  const [saved, setSaved] = useState<string>();
  const [busy, setBusy] = useState(false);

  const stored = (f: ParticipantField) => {
    const v = person[f];
    if (v === null || v === undefined || v === '') return '';
    return dateFields.includes(f) ? toInputDate(String(v)) : String(v);
  };
  const choose = (f: ParticipantField | '') => {
    setField(f);
    setValue(f ? stored(f) : '');
    setErrors({});
    setSaved(undefined);
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!field) {
      setErrors({ field: t('privacy.correct.chooseField') });
      return;
    }
    setBusy(true);
    setErrors({});
    setFormError(undefined);
    setSaved(undefined);
    try {
      const current = await api.get<{ version: number }>(`/participants/${encodeURIComponent(participantId)}`);
      const typed = value.trim() === '' ? null : dateFields.includes(field) ? toIsoDate(value) : value;
      await api.post(`/participants/${encodeURIComponent(participantId)}/corrections`, { version: current.version, field, value: typed, reason });
      setSaved(t('privacy.correct.saved', { field: fieldLabel(field) }));
      setField('');
      setValue('');
      setReason('');
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['participant-export', participantId] }),
        queryClient.invalidateQueries({ queryKey: ['participant', participantId] }),
        queryClient.invalidateQueries({ queryKey: ['participant-audit', participantId] }),
      ]);
    } catch (error) {
      if (isApiError(error) && error.fields.length > 0) {
        const next: typeof errors = {};
        for (const f of error.fields) if (f.path === 'field' || f.path === 'value' || f.path === 'reason') next[f.path] ??= f.message;
        setErrors(next);
        if (Object.keys(next).length === 0) setFormError(error.message);
        else if (isApiError(error, 409)) setFormError(error.message);
      } else {
        setFormError(isApiError(error) ? error.message : t('errors.unexpected'));
      }
    } finally {
      setBusy(false);
    }
  };

  const valueLabel = field ? t('privacy.correct.newValue', { field: fieldLabel(field) }) : t('privacy.correct.newValueEmpty');
  const select = (children: React.ReactNode, emptyLabel: string) => (
    <SelectField id="correction-value" label={valueLabel} value={value} onChange={(e) => setValue(e.target.value)} error={errors.value}>
      <Select.Option value="">{emptyLabel}</Select.Option>
      {children}
    </SelectField>
  );
  let valueInput: React.ReactNode;
  if (field === 'residenceBasis') {
    valueInput = select(residenceBases.map((b) => <Select.Option key={b} value={b}>{t(`residenceBasis.${b}`)}</Select.Option>), t('form.choose'));
  } else if (field === 'gender') {
    valueInput = select(genders.map((g) => <Select.Option key={g} value={g}>{t(`gender.${g}`)}</Select.Option>), t('participant.notStated'));
  } else if (field === 'preferredLanguage' || field === 'interpreterLanguage') {
    valueInput = select(<LanguageOptions current={value} />, field === 'interpreterLanguage' ? t('participant.noInterpreter') : t('form.choose'));
  } else if (field === 'countryBackground') {
    valueInput = select(<CountryOptions current={value} />, t('participant.notStated'));
  } else {
    valueInput = (
      <LimitedTextfield
        // A name has the registration's limit; the other fields typed here are dates and numbers, checked as such.
        limit={field === 'givenName' || field === 'familyName' ? textLimits.personName : undefined}
        id="correction-value"
        label={valueLabel}
        description={field && dateFields.includes(field) ? t('form.dateHelp') : undefined}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        error={errors.value}
        disabled={!field}
        autoComplete="off"
      />
    );
  }

  return (
    <section aria-labelledby="correct-heading" className="stack no-print">
      <Heading level={2} data-size="sm" id="correct-heading">{t('privacy.correct.heading')}</Heading>
      <Paragraph data-size="sm">{t('privacy.correct.intro')}</Paragraph>
      <form onSubmit={submit} noValidate className="stack">
        <SelectField
          id="correction-field"
          label={t('privacy.correct.field')}
          value={field}
          onChange={(e) => choose(e.target.value as ParticipantField | '')}
          error={errors.field}
        >
          <Select.Option value="">{t('form.choose')}</Select.Option>
          {participantFieldNames.map((f) => <Select.Option key={f} value={f}>{fieldLabel(f)}</Select.Option>)}
        </SelectField>
        {field ? <Paragraph data-size="sm">{t('privacy.correct.stored', { value: stored(field) || t('privacy.correct.empty') })}</Paragraph> : null}
        {valueInput}
        <LimitedTextfield
          limit={textLimits.correctionReason}
          id="correction-reason"
          multiline
          rows={3}
          label={t('privacy.correct.reason')}
          description={t('privacy.correct.reasonHelp', { max: textLimits.correctionReason })}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={errors.reason}
        />
        {formError ? <Alert data-color="danger" role="alert">{formError}</Alert> : null}
        {saved ? <Alert data-color="success" role="status">{saved}</Alert> : null}
        <div className="button-row">
          <Button type="submit" loading={busy} disabled={busy}>{t('privacy.correct.submit')}</Button>
        </div>
      </form>
    </section>
  );
}
