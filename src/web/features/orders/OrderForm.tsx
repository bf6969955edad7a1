import { Alert, Fieldset, Heading, Paragraph, Radio, Select, Textfield } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isValidIsoDate } from '../../../domain/index.ts';
import { textLimits } from '../../../domain/text-limits.ts';
import { LimitedTextfield } from '../../components/LimitedTextfield.tsx';
import { api, isApiError } from '../../api.ts';
import { FormErrorSummary } from '../../components/FormErrorSummary.tsx';
import { LanguageOptions } from '../../components/LanguageOptions.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { toIsoDate } from '../../format.ts';
import type { z } from 'zod';
import type { orderInput } from '../../../server/features/orders/schemas.ts';
import type { AssertTrue, Order, Participant, SameType } from '../../types.ts';
import { invalidateOrderViews } from './useOrderTransition.ts';
import { useBriefLabel } from '../brief/briefLabels.ts';
import { FormButtons } from '../../components/FormButtons.tsx';
import { FollowUpPurposeFields } from '../talks/FollowUpPurposeFields.tsx';

const fields = ['format', 'preferredFrom', 'preferredTo', 'language', 'interpreterLanguage', 'mode', 'message', 'purpose', 'purposeText'] as const;
type OrderField = (typeof fields)[number];
/** The form has the fields of the order the server takes (orderInput), but the kind, which the form's use decides. */
export type OrderFieldsMatchServer = AssertTrue<SameType<OrderField, Exclude<keyof z.input<typeof orderInput>, 'kind'>>>;
type Values = Record<OrderField, string>;
const fieldId = (field: string) => `order-${field}`;

/**
 * "Bestill karriereveiledning": creates the order as a draft and sends it straight away, as two API calls, so
 * that a draft is kept (and can be sent from the list) if sending fails. With `followUp` it orders a later
 * conversation with a purpose and no § 11 deadline (issue 13 item 5).
 */
export function OrderForm({ participant, onDone, followUp = false }: { participant: Participant; onDone: () => void; followUp?: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Values>({
    format: 'individual',
    preferredFrom: '',
    preferredTo: '',
    language: participant.preferredLanguage,
    interpreterLanguage: participant.interpreterLanguage ?? '',
    mode: 'in-person',
    message: '',
    purpose: followUp ? 'end-of-programme' : '',
    purposeText: '',
  });
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [formError, setFormError] = useState<string>();
  const [briefFields, setBriefFields] = useState<string[]>([]);
  const briefLabel = useBriefLabel(participant.id);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const set = (field: OrderField, value: string) => setValues((current) => ({ ...current, [field]: value }));

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFormError(undefined);
    setErrors({});
    const body = {
      format: values.format,
      preferredFrom: values.preferredFrom.trim() ? toIsoDate(values.preferredFrom) : null,
      preferredTo: values.preferredTo.trim() ? toIsoDate(values.preferredTo) : null,
      language: values.language || undefined,
      interpreterLanguage: values.interpreterLanguage || null,
      mode: values.mode,
      message: values.message.trim(),
      ...(followUp ? { kind: 'follow-up', purpose: values.purpose || undefined, purposeText: values.purposeText.trim() } : {}),
    };
    let draft: Order | undefined;
    try {
      draft = await api.post<Order>(`/participants/${participant.id}/orders`, body);
      await api.post<Order>(`/orders/${draft.id}/transitions`, { to: 'sent', version: draft.version });
      await invalidateOrderViews(queryClient, participant.id);
      onDone();
    } catch (error) {
      if (draft) {
        await invalidateOrderViews(queryClient, participant.id);
        setFormError(t('orderForm.savedNotSent', { message: isApiError(error) ? error.message : '' }));
        if (isApiError(error, 409) && error.code === 'brief.incomplete') {
          setBriefFields(error.fields.map((f) => `${briefLabel(f.path.replace(/^brief\./, ''))}: ${f.message}`));
        }
      } else if (isApiError(error, 400)) {
        const found: Partial<Record<string, string>> = {};
        for (const { path, message } of error.fields) found[path || '_form'] ??= message;
        for (const field of ['preferredFrom', 'preferredTo'] as const) {
          const value = values[field].trim();
          if (value && !isValidIsoDate(toIsoDate(value))) found[field] = t('form.dateInvalid');
        }
        setErrors(found);
        if (error.fields.length === 0) setFormError(error.message);
      } else {
        setFormError(isApiError(error) ? error.message : t('errors.unexpected'));
      }
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };

  const summary = [
    ...fields
      .filter((field) => errors[field])
      .map((field) => ({
        fieldId: fieldId(field), label: field.startsWith('purpose') ? t(`talks.followUp.${field}`) : t(`orderForm.${field}`), message: errors[field]!,
      })),
    ...Object.entries(errors)
      .filter(([key]) => !(fields as readonly string[]).includes(key))
      .map(([, message]) => ({ message: message! })),
  ];

  return (
    <section className="panel stack" aria-labelledby="order-form-heading">
      <Heading level={3} data-size="xs" id="order-form-heading">
        {followUp ? t('talks.followUp.heading') : t('orderForm.heading')}
      </Heading>
      <Paragraph data-size="sm">{followUp ? t('talks.followUp.intro') : t('orderForm.intro')}</Paragraph>
      <FormErrorSummary key={attempt} errors={summary} />
      <form onSubmit={submit} noValidate className="stack" aria-labelledby="order-form-heading">
        {followUp ? (
          <FollowUpPurposeFields
            purpose={values.purpose}
            purposeText={values.purposeText}
            onChange={(field, value) => set(field, value)}
            errors={{ purpose: errors['purpose'], purposeText: errors['purposeText'] }}
            idOf={fieldId}
          />
        ) : null}
        <Fieldset>
          <Fieldset.Legend>{t('orderForm.format')}</Fieldset.Legend>
          {(['individual', 'group'] as const).map((format) => (
            <Radio
              key={format}
              id={format === 'individual' ? fieldId('format') : undefined}
              name="order-format"
              value={format}
              label={t(`orderFormat.${format}`)}
              checked={values.format === format}
              onChange={() => set('format', format)}
            />
          ))}
        </Fieldset>
        <Fieldset>
          <Fieldset.Legend>{t('orderForm.period')}</Fieldset.Legend>
          <Fieldset.Description>{t('orderForm.periodHelp')}</Fieldset.Description>
          <div className="field-pair">
            <Textfield
              id={fieldId('preferredFrom')}
              label={t('orderForm.from')}
              description={t('form.dateHelp')}
              inputMode="numeric"
              className="date-field"
              value={values.preferredFrom}
              onChange={(event) => set('preferredFrom', event.target.value)}
              error={errors['preferredFrom']}
              autoComplete="off"
            />
            <Textfield
              id={fieldId('preferredTo')}
              label={t('orderForm.to')}
              description={t('form.dateHelp')}
              inputMode="numeric"
              className="date-field"
              value={values.preferredTo}
              onChange={(event) => set('preferredTo', event.target.value)}
              error={errors['preferredTo']}
              autoComplete="off"
            />
          </div>
        </Fieldset>
        <div className="field-pair">
          <SelectField
            id={fieldId('language')}
            label={t('orderForm.language')}
            value={values.language}
            onChange={(event) => set('language', event.target.value)}
            error={errors['language']}
          >
            <Select.Option value="">{t('form.choose')}</Select.Option>
            <LanguageOptions current={values.language} />
          </SelectField>
          <SelectField
            id={fieldId('interpreterLanguage')}
            label={t('orderForm.interpreterLanguage')}
            value={values.interpreterLanguage}
            onChange={(event) => set('interpreterLanguage', event.target.value)}
            error={errors['interpreterLanguage']}
          >
            <Select.Option value="">{t('participant.noInterpreter')}</Select.Option>
            <LanguageOptions current={values.interpreterLanguage} />
          </SelectField>
        </div>
        <Fieldset>
          <Fieldset.Legend>{t('orderForm.mode')}</Fieldset.Legend>
          {(['in-person', 'digital'] as const).map((mode) => (
            <Radio
              key={mode}
              id={mode === 'in-person' ? fieldId('mode') : undefined}
              name="order-mode"
              value={mode}
              label={t(`orderMode.${mode}`)}
              checked={values.mode === mode}
              onChange={() => set('mode', mode)}
            />
          ))}
        </Fieldset>
        <LimitedTextfield
          id={fieldId('message')}
          multiline
          rows={4}
          limit={textLimits.orderMessage}
          label={t('orderForm.message')}
          description={t('orderForm.messageHelp')}
          value={values.message}
          onChange={(event) => set('message', event.target.value)}
          error={errors['message']}
        />
        {formError ? (
          <Alert data-color="danger" role="alert">
            <Paragraph>{formError}</Paragraph>
            {briefFields.length > 0 ? (
              <ul className="brief-blocked">
                {briefFields.map((text) => (
                  <li key={text}>{text}</li>
                ))}
              </ul>
            ) : null}
          </Alert>
        ) : null}
        <FormButtons submitLabel={t('orderForm.submit')} busy={busy} onCancel={onDone} />
      </form>
    </section>
  );
}
