import { Alert, Fieldset, Heading, Paragraph, Radio, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { recommendationKinds } from '../../../domain/guidance-note-model.ts';
import { LanguageOptions } from '../../components/LanguageOptions.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import type { NoteContent } from './noteApi.ts';
import { fieldDomId, getText, setText, type TextFieldKey } from './noteContent.ts';
import { PlanStepsEditor } from './PlanStepsEditor.tsx';
import { LimitedTextfield } from '../../components/LimitedTextfield.tsx';
import { NOTE_TEXT_MAX } from '../../../domain/text-limits.ts';

interface NoteFormProps {
  content: NoteContent;
  onChange: (content: NoteContent) => void;
  /** Which text field the user was last in: the wording library inserts there. */
  onFieldFocus?: (key: TextFieldKey) => void;
  errors?: Record<string, string>;
  showParticipantVersion: boolean;
  /** False under chapter 6A: the recommendation is optional and the form says why. */
  recommendationRequired?: boolean;
}

/**
 * The note as headed sections of free text. It summarises the conversation; it is deliberately not a list of
 * questions, so that it does not steer the talk like an interview guide (DOMAIN.md § 5).
 */
export function NoteForm({ content, onChange, onFieldFocus, errors = {}, showParticipantVersion, recommendationRequired = true }: NoteFormProps) {
  const { t } = useTranslation();

  const text = (key: TextFieldKey, options: { rows?: number; description?: string } = {}) => (
    <LimitedTextfield
      limit={NOTE_TEXT_MAX}
      id={fieldDomId(key)}
      multiline
      rows={options.rows ?? 4}
      label={t(`notes.fields.${key}`)}
      description={options.description}
      value={getText(content, key)}
      onChange={(event) => onChange(setText(content, key, event.target.value))}
      onFocus={() => onFieldFocus?.(key)}
      error={errors[key]}
    />
  );

  return (
    <div className="stack-lg note-form">
      <section className="stack" aria-labelledby="note-about">
        <Heading level={2} data-size="sm" id="note-about">
          {t('notes.sections.about')}
        </Heading>
        {text('wishes')}
        {text('background', { rows: 6, description: t('notes.fields.backgroundHelp') })}
        {text('careerCompetenceThemes', { description: t('notes.fields.optional') })}
      </section>

      <section className="stack" aria-labelledby="note-paths">
        <Heading level={2} data-size="sm" id="note-paths">
          {t('notes.sections.paths')}
        </Heading>
        {text('educationAndWorkPaths')}
        {text('recognitions')}
        {text('rightsAndOpportunities')}
      </section>

      <section className="stack" aria-labelledby="note-plans">
        <Heading level={2} data-size="sm" id="note-plans">
          {t('notes.sections.plans')}
        </Heading>
        <Paragraph data-size="sm">{t('notes.plan.intro')}</Paragraph>
        <PlanStepsEditor plan="planA" steps={content.planA} onChange={(planA) => onChange({ ...content, planA })} />
        <PlanStepsEditor plan="planB" steps={content.planB} onChange={(planB) => onChange({ ...content, planB })} />
      </section>

      <section className="stack" aria-labelledby="note-recommendation">
        <Heading level={2} data-size="sm" id="note-recommendation">
          {t('notes.sections.recommendation')}
        </Heading>
        {recommendationRequired ? null : (
          <Alert data-color="info" data-size="sm" data-testid="recommendation-optional">
            {t('notes.recommendationOptional6A')}
          </Alert>
        )}
        <Fieldset id={fieldDomId('recommendation.kind')}>
          <Fieldset.Legend>{t('notes.fields.recommendationKind')}</Fieldset.Legend>
          <Fieldset.Description>{t('notes.fields.recommendationKindHelp')}</Fieldset.Description>
          {recommendationKinds.map((kind) => (
            <Radio
              key={kind}
              name="note-recommendation-kind"
              value={kind}
              label={t(`notes.recommendationKind.${kind}`)}
              checked={content.recommendation.kind === kind}
              onChange={() => onChange({ ...content, recommendation: { ...content.recommendation, kind } })}
            />
          ))}
          {errors['recommendation.kind'] ? <ValidationMessage>{errors['recommendation.kind']}</ValidationMessage> : null}
        </Fieldset>
        {text('recommendation.justification', { rows: 5 })}
        {text('recommendation.reachWithinProgramme', { rows: 3, description: t('notes.fields.reachHelp') })}
      </section>

      <section className="stack" aria-labelledby="note-language">
        <Heading level={2} data-size="sm" id="note-language">
          {t('notes.sections.language')}
        </Heading>
        <SelectField
          id={fieldDomId('languageUsed')}
          label={t('notes.fields.languageUsed')}
          value={content.languageUsed}
          onChange={(event) => onChange({ ...content, languageUsed: event.target.value })}
          error={errors['languageUsed']}
        >
          <Select.Option value="">{t('form.choose')}</Select.Option>
          <LanguageOptions current={content.languageUsed} />
        </SelectField>
        <Fieldset>
          <Fieldset.Legend>{t('notes.fields.interpreterTookPart')}</Fieldset.Legend>
          {([true, false] as const).map((value) => (
            <Radio
              key={String(value)}
              name="note-interpreter"
              value={String(value)}
              label={value ? t('notes.yes') : t('notes.no')}
              checked={content.interpreterTookPart === value}
              onChange={() => onChange({ ...content, interpreterTookPart: value })}
            />
          ))}
        </Fieldset>
      </section>

      {showParticipantVersion ? (
        <section className="stack" aria-labelledby="note-participant-version">
          <Heading level={2} data-size="sm" id="note-participant-version">
            {t('notes.sections.participantVersion')}
          </Heading>
          <Paragraph data-size="sm">{t('notes.fields.participantVersionHelp')}</Paragraph>
          <SelectField
            label={t('notes.fields.participantLanguage')}
            value={content.participantVersion.language}
            onChange={(event) =>
              onChange({ ...content, participantVersion: { ...content.participantVersion, language: event.target.value } })
            }
          >
            <LanguageOptions current={content.participantVersion.language} />
          </SelectField>
          {text('participantVersion.text', { rows: 8 })}
        </section>
      ) : null}
    </div>
  );
}
