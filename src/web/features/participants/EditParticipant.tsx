import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../../api.ts';
import { FormErrorSummary } from '../../components/FormErrorSummary.tsx';
import type { Participant } from '../../types.ts';
import { ParticipantFields, RulePreview, summaryOf } from './ParticipantFields.tsx';
import {
  changedFields,
  dateFormatErrors,
  fieldErrorsFrom,
  toPayload,
  valuesFrom,
  type FieldErrors,
  type ParticipantFormValues,
} from './participantForm.ts';

/** Edits with the version that was read; if someone else saved first the server answers 409 and nothing is lost silently. */
export function EditParticipant({ participant, onDone }: { participant: Participant; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [base, setBase] = useState(participant);
  const [values, setValues] = useState<ParticipantFormValues>(() => valuesFrom(participant));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [conflict, setConflict] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const changed = changedFields(values, valuesFrom(base));
    if (changed.length === 0) {
      onDone(false);
      return;
    }
    setBusy(true);
    setFormError(undefined);
    setConflict(false);
    try {
      const updated = await api.patch<Participant>(`/participants/${base.id}`, {
        ...toPayload(values, changed),
        version: base.version,
      });
      queryClient.setQueryData(['participant', updated.id], updated);
      await queryClient.invalidateQueries({ queryKey: ['participants'] });
      await queryClient.invalidateQueries({ queryKey: ['participant-audit', updated.id] });
      onDone(true);
    } catch (error) {
      if (isApiError(error, 409)) {
        setConflict(true);
      } else if (isApiError(error, 400)) {
        setErrors({ ...fieldErrorsFrom(error.fields), ...dateFormatErrors(values, t('form.dateInvalid')) });
        if (error.fields.length === 0) setFormError(error.message);
        setAttempt((n) => n + 1);
      } else {
        setFormError(isApiError(error) ? error.message : t('errors.unexpected'));
      }
    } finally {
      setBusy(false);
    }
  };

  const reload = async () => {
    const fresh = await queryClient.fetchQuery({
      queryKey: ['participant', participant.id],
      queryFn: () => api.get<Participant>(`/participants/${participant.id}`),
      staleTime: 0,
    });
    setBase(fresh);
    setValues(valuesFrom(fresh));
    setErrors({});
    setConflict(false);
  };

  return (
    <div className="stack">
      <FormErrorSummary key={attempt} errors={summaryOf(errors, (field) => t(`participant.${field}`))} />
      {conflict ? (
        <Alert data-color="warning" role="alert">
          <Paragraph>{t('participant.conflict')}</Paragraph>
          <Button data-size="sm" variant="secondary" onClick={() => void reload()}>
            {t('participant.reload')}
          </Button>
        </Alert>
      ) : null}
      <div className="form-with-aside">
        <form onSubmit={submit} noValidate className="stack" aria-label={t('participant.editHeading')}>
          <ParticipantFields
            values={values}
            errors={errors}
            onChange={(field, value) => setValues((current) => ({ ...current, [field]: value }))}
          />
          {formError ? (
            <Alert data-color="danger" role="alert">
              <Paragraph>{formError}</Paragraph>
            </Alert>
          ) : null}
          <div className="button-row">
            <Button type="submit" loading={busy} disabled={busy}>
              {t('participant.save')}
            </Button>
            <Button type="button" variant="secondary" onClick={() => onDone(false)}>
              {t('common.cancel')}
            </Button>
          </div>
        </form>
        <RulePreview values={values} />
      </div>
    </div>
  );
}
