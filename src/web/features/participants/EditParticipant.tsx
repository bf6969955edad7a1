import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../../api.ts';
import { FormErrorSummary } from '../../components/FormErrorSummary.tsx';
import { useMe } from '../../session.ts';
import type { Participant } from '../../types.ts';
import { dropUnsaved, keepUnsaved, peekUnsaved } from '../../unsaved.ts';
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

/** The sessionStorage key of a participant's unsaved edit (ParticipantPage reopens the form when there is one). */
export const editUnsavedKey = (participantId: string) => `participant:${participantId}`;

/** Edits with the version that was read; if someone else saved first the server answers 409 and nothing is lost silently. */
export function EditParticipant({ participant, onDone }: { participant: Participant; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const me = useMe();
  const unsavedKey = editUnsavedKey(participant.id);
  const [base, setBase] = useState(participant);
  // Changes typed before the session ended come back (unsaved.ts); saving or cancelling drops them.
  const [restored] = useState(() => peekUnsaved<ParticipantFormValues>(unsavedKey, me.id));
  const [values, setValues] = useState<ParticipantFormValues>(() => restored ?? valuesFrom(participant));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [conflict, setConflict] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const changed = changedFields(values, valuesFrom(base));
    if (changed.length === 0) {
      dropUnsaved(unsavedKey);
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
      dropUnsaved(unsavedKey);
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
      {restored ? (
        <Alert data-color="info" data-testid="unsaved-restored">
          {t('sessionRescue.restoredForm')}
        </Alert>
      ) : null}
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
            onChange={(field, value) =>
              setValues((current) => {
                const next = { ...current, [field]: value };
                keepUnsaved(unsavedKey, me.id, next);
                return next;
              })
            }
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
            <Button type="button" variant="secondary" onClick={() => { dropUnsaved(unsavedKey); onDone(false); }}>
              {t('common.cancel')}
            </Button>
          </div>
        </form>
        <RulePreview values={values} />
      </div>
    </div>
  );
}
