import { Alert, Button, Fieldset, Heading, Paragraph, Radio, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { endGoals, recommendationUses } from '../../../domain/guidance-note-model.ts';
import { api, isApiError } from '../../api.ts';
import { FormErrorSummary, type SummaryError } from '../../components/FormErrorSummary.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { formatDateTime } from '../../format.ts';
import { noteKey, type EndGoal, type Feedback, type Note, type RecommendationUse } from './noteApi.ts';
import { LimitedTextfield } from '../../components/LimitedTextfield.tsx';
import { textLimits } from '../../../domain/text-limits.ts';

interface Values {
  recommendationUse: RecommendationUse | '';
  reason: string;
  integrationPlanChanged: boolean | null;
  endGoal: EndGoal | '';
  endGoalText: string;
}

const fieldIds: Record<string, string> = {
  recommendationUse: 'feedback-use',
  reason: 'feedback-reason',
  integrationPlanChanged: 'feedback-plan-changed',
  endGoal: 'feedback-end-goal',
  endGoalText: 'feedback-end-goal-text',
};

/**
 * The municipality tells the counsellor how the recommendation was used. Saving it closes the adviser's task to
 * re-evaluate the integration plan (docs/api.md PUT /notes/{id}/feedback).
 */
export function FeedbackForm({ note }: { note: Note }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const existing = note.feedback ?? null;
  const [values, setValues] = useState<Values>({
    recommendationUse: existing?.recommendationUse ?? '',
    reason: existing?.reason ?? '',
    integrationPlanChanged: existing?.integrationPlanChanged ?? null,
    endGoal: existing?.endGoal ?? '',
    endGoalText: existing?.endGoalText ?? '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<Feedback | null>(null);
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((old) => ({ ...old, [key]: value }));

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    setFormError(undefined);
    setSaved(null);
    try {
      const feedback = await api.put<Feedback>(`/notes/${note.id}/feedback`, {
        ...(existing ? { version: existing.version } : {}),
        // Unanswered choices go as null, so the server's own field message (in the user's language) explains them.
        recommendationUse: values.recommendationUse || null,
        reason: values.reason.trim(),
        integrationPlanChanged: values.integrationPlanChanged,
        endGoal: values.endGoal || null,
        endGoalText: values.endGoalText.trim(),
      });
      setSaved(feedback);
      queryClient.setQueryData<Note>(noteKey(note.orderId), (old) => (old ? { ...old, feedback } : old));
      void queryClient.invalidateQueries({ queryKey: ['plan-tasks'] });
      void queryClient.invalidateQueries({ queryKey: ['start'] });
    } catch (error) {
      if (isApiError(error, 400) && error.fields.length > 0) {
        setErrors(Object.fromEntries(error.fields.map((field) => [field.path.replace(/^body\./, ''), field.message])));
        setAttempt((n) => n + 1);
      } else if (isApiError(error, 409)) {
        setFormError(t('notes.feedback.conflict'));
      } else {
        setFormError(isApiError(error) ? error.message : t('errors.unexpected'));
      }
    } finally {
      setBusy(false);
    }
  };

  const summary: SummaryError[] = Object.entries(errors).map(([path, message]) => ({
    fieldId: fieldIds[path],
    label: fieldIds[path] ? t(`notes.feedback.labels.${path}`) : undefined,
    message,
  }));

  return (
    <section className="stack feedback-form no-print" aria-labelledby="feedback-heading">
      <Heading level={2} data-size="sm" id="feedback-heading">
        {t('notes.feedback.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('notes.feedback.intro')}</Paragraph>
      {existing ? (
        <Paragraph data-size="sm" className="muted">
          {t('notes.feedback.givenBy', { name: existing.givenBy.name, at: formatDateTime(existing.updatedAt) })}
        </Paragraph>
      ) : null}
      <FormErrorSummary key={attempt} errors={summary} />
      <form onSubmit={submit} noValidate className="stack">
        <Fieldset id={fieldIds['recommendationUse']}>
          <Fieldset.Legend>{t('notes.feedback.labels.recommendationUse')}</Fieldset.Legend>
          {recommendationUses.map((use) => (
            <Radio
              key={use}
              name="feedback-use"
              value={use}
              label={t(`notes.recommendationUse.${use}`)}
              checked={values.recommendationUse === use}
              onChange={() => set('recommendationUse', use)}
            />
          ))}
          {errors['recommendationUse'] ? <ValidationMessage>{errors['recommendationUse']}</ValidationMessage> : null}
        </Fieldset>
        <LimitedTextfield
          limit={textLimits.feedbackReason}
          id={fieldIds['reason']}
          multiline
          rows={3}
          label={t('notes.feedback.labels.reason')}
          description={t('notes.feedback.reasonHelp')}
          value={values.reason}
          onChange={(event) => set('reason', event.target.value)}
          error={errors['reason']}
        />
        <Fieldset id={fieldIds['integrationPlanChanged']}>
          <Fieldset.Legend>{t('notes.feedback.labels.integrationPlanChanged')}</Fieldset.Legend>
          {([true, false] as const).map((value) => (
            <Radio
              key={String(value)}
              name="feedback-plan-changed"
              value={String(value)}
              label={value ? t('notes.yes') : t('notes.no')}
              checked={values.integrationPlanChanged === value}
              onChange={() => set('integrationPlanChanged', value)}
            />
          ))}
          {errors['integrationPlanChanged'] ? <ValidationMessage>{errors['integrationPlanChanged']}</ValidationMessage> : null}
        </Fieldset>
        <SelectField
          id={fieldIds['endGoal']}
          label={t('notes.feedback.labels.endGoal')}
          value={values.endGoal}
          onChange={(event) => set('endGoal', event.target.value as EndGoal | '')}
          error={errors['endGoal']}
        >
          <Select.Option value="">{t('form.choose')}</Select.Option>
          {endGoals.map((goal) => (
            <Select.Option key={goal} value={goal}>
              {t(`notes.endGoal.${goal}`)}
            </Select.Option>
          ))}
        </SelectField>
        <LimitedTextfield
          limit={textLimits.endGoalText}
          id={fieldIds['endGoalText']}
          label={t('notes.feedback.labels.endGoalText')}
          description={t('notes.feedback.endGoalTextHelp')}
          value={values.endGoalText}
          onChange={(event) => set('endGoalText', event.target.value)}
          error={errors['endGoalText']}
        />
        {formError ? (
          <Alert data-color="danger" role="alert">
            {formError}
          </Alert>
        ) : null}
        {saved ? (
          <Alert data-color="success" role="status">
            {t('notes.feedback.saved')}
          </Alert>
        ) : null}
        <div className="button-row">
          <Button type="submit" loading={busy} disabled={busy}>
            {existing ? t('notes.feedback.update') : t('notes.feedback.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}

/** The feedback as the counsellor sees it. */
export function FeedbackView({ feedback }: { feedback: Feedback | null | undefined }) {
  const { t } = useTranslation();
  return (
    <section className="stack" aria-labelledby="feedback-view-heading">
      <Heading level={2} data-size="sm" id="feedback-view-heading">
        {t('notes.feedback.viewHeading')}
      </Heading>
      {feedback ? (
        <dl className="facts facts--compact">
          <div>
            <dt>{t('notes.feedback.labels.recommendationUse')}</dt>
            <dd>{t(`notes.recommendationUse.${feedback.recommendationUse}`)}</dd>
          </div>
          {feedback.reason ? (
            <div className="facts__wide">
              <dt>{t('notes.feedback.labels.reason')}</dt>
              <dd className="pre-wrap">{feedback.reason}</dd>
            </div>
          ) : null}
          <div>
            <dt>{t('notes.feedback.labels.integrationPlanChanged')}</dt>
            <dd>{feedback.integrationPlanChanged ? t('notes.yes') : t('notes.no')}</dd>
          </div>
          <div>
            <dt>{t('notes.feedback.labels.endGoal')}</dt>
            <dd>
              {t(`notes.endGoal.${feedback.endGoal}`)}
              {feedback.endGoalText ? ` – ${feedback.endGoalText}` : ''}
            </dd>
          </div>
          <div>
            <dt>{t('notes.feedback.givenByLabel')}</dt>
            <dd>{t('notes.feedback.givenBy', { name: feedback.givenBy.name, at: formatDateTime(feedback.updatedAt) })}</dd>
          </div>
        </dl>
      ) : (
        <Paragraph>{t('notes.feedback.none')}</Paragraph>
      )}
    </section>
  );
}
