import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, isApiError } from '../../api.ts';
import { FormErrorSummary } from '../../components/FormErrorSummary.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { isMunicipalityRole } from '../../roles.ts';
import { useMe } from '../../session.ts';
import type { z } from 'zod';
import type { participantCreated } from '../../../server/features/participants/schemas.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { ParticipantFields, RulePreview, summaryOf } from './ParticipantFields.tsx';
import {
  dateFormatErrors,
  emptyParticipant,
  fieldErrorsFrom,
  toPayload,
  type FieldErrors,
  type ParticipantFormValues,
} from './participantForm.ts';

export function RegisterParticipantPage() {
  const me = useMe();
  if (!isMunicipalityRole(me.role)) return <NotFoundPage />;
  return <RegisterParticipant />;
}

function RegisterParticipant() {
  const { t } = useTranslation();
  useDocumentTitle(t('register.title'));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<ParticipantFormValues>(emptyParticipant);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  // The municipality's own record with the same national id, when the server refused a duplicate.
  const [existingId, setExistingId] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFormError(undefined);
    setExistingId(undefined);
    try {
      const created = await api.post<z.output<typeof participantCreated>>('/participants', toPayload(values));
      queryClient.setQueryData(['participant', created.id], created);
      await queryClient.invalidateQueries({ queryKey: ['participants'] });
      await queryClient.invalidateQueries({ queryKey: ['start'] });
      void navigate(`/deltakere/${created.id}`, { state: { created: true, registeredElsewhere: created.registeredElsewhere } });
    } catch (error) {
      if (isApiError(error, 400)) {
        setErrors({ ...fieldErrorsFrom(error.fields), ...dateFormatErrors(values, t('form.dateInvalid')) });
        if (error.fields.length === 0) setFormError(error.message);
      } else if (isApiError(error, 409) && (error as { existing?: { id: string } }).existing) {
        setErrors({ nationalId: t('nationalIdCheck.duplicate') });
        setExistingId((error as unknown as { existing: { id: string } }).existing.id);
      } else {
        setErrors({});
        setFormError(isApiError(error) ? error.message : t('errors.unexpected'));
      }
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="stack-lg">
      <div>
        <Paragraph data-size="sm">
          <Link to="/deltakere">{t('participants.backToList')}</Link>
        </Paragraph>
        <Heading level={1} data-size="lg">
          {t('register.title')}
        </Heading>
        <Paragraph>{t('register.intro')}</Paragraph>
      </div>
      <FormErrorSummary key={attempt} errors={summaryOf(errors, (field) => t(`participant.${field}`))} />
      <div className="form-with-aside">
        <form onSubmit={submit} noValidate className="stack" aria-label={t('register.title')}>
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
          {existingId ? (
            <Alert data-color="warning" role="alert">
              <Paragraph>{t('nationalIdCheck.duplicate')}</Paragraph>
              <Paragraph>
                <Link to={`/deltakere/${existingId}`}>{t('nationalIdCheck.openExisting')}</Link>
              </Paragraph>
            </Alert>
          ) : null}
          <div className="button-row">
            <Button type="submit" loading={busy} disabled={busy}>
              {t('register.submit')}
            </Button>
            <Button asChild variant="secondary">
              <Link to="/deltakere">{t('common.cancel')}</Link>
            </Button>
          </div>
        </form>
        <RulePreview values={values} />
      </div>
    </div>
  );
}
