import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useLanguageName } from '../../components/LanguageOptions.tsx';
import type { NoteContent } from './noteApi.ts';
import { PlanStepsView } from './PlanStepsEditor.tsx';
import { NoteJourneyTimelines } from '../journeys/NoteJourneyTimelines.tsx';

/** The note as the municipality reads it and as it prints: headed sections, the plans, the recommendation. */
export function NoteView({ content }: { content: NoteContent }) {
  const { t } = useTranslation();
  const languageName = useLanguageName();
  const block = (key: keyof NoteContent & string, text: string) => (
    <section className="note-view__section" key={key}>
      <Heading level={3} data-size="xs">
        {t(`notes.fields.${key}`)}
      </Heading>
      {text.trim() ? <Paragraph className="pre-wrap">{text}</Paragraph> : <Paragraph className="muted">{t('notes.view.none')}</Paragraph>}
    </section>
  );
  const kind = content.recommendation.kind;
  return (
    <div className="note-view">
      <section className="note-view__group">
        <Heading level={2} data-size="sm">
          {t('notes.sections.about')}
        </Heading>
        {block('wishes', content.wishes)}
        {block('background', content.background)}
        {content.careerCompetenceThemes.trim() ? block('careerCompetenceThemes', content.careerCompetenceThemes) : null}
      </section>
      <section className="note-view__group">
        <Heading level={2} data-size="sm">
          {t('notes.sections.paths')}
        </Heading>
        {block('educationAndWorkPaths', content.educationAndWorkPaths)}
        {block('recognitions', content.recognitions)}
        {block('rightsAndOpportunities', content.rightsAndOpportunities)}
      </section>
      <section className="note-view__group">
        <Heading level={2} data-size="sm">
          {t('notes.sections.plans')}
        </Heading>
        <PlanStepsView plan="planA" steps={content.planA} />
        <PlanStepsView plan="planB" steps={content.planB} />
        <NoteJourneyTimelines planA={content.planA} planB={content.planB} />
      </section>
      <section className="note-view__group note-view__recommendation">
        <Heading level={2} data-size="sm">
          {t('notes.sections.recommendation')}
        </Heading>
        <Paragraph>
          <strong>{kind ? t(`notes.recommendationKind.${kind}`) : t('notes.view.noRecommendation')}</strong>
        </Paragraph>
        <section className="note-view__section">
          <Heading level={3} data-size="xs">
            {t('notes.fields.recommendation.justification')}
          </Heading>
          <Paragraph className="pre-wrap">{content.recommendation.justification || t('notes.view.none')}</Paragraph>
        </section>
        <section className="note-view__section">
          <Heading level={3} data-size="xs">
            {t('notes.fields.recommendation.reachWithinProgramme')}
          </Heading>
          <Paragraph className="pre-wrap">{content.recommendation.reachWithinProgramme || t('notes.view.none')}</Paragraph>
        </section>
      </section>
      <section className="note-view__group">
        <Heading level={2} data-size="sm">
          {t('notes.sections.language')}
        </Heading>
        <dl className="facts facts--compact">
          <div>
            <dt>{t('notes.fields.languageUsed')}</dt>
            <dd>{content.languageUsed ? languageName(content.languageUsed) : t('common.notGiven')}</dd>
          </div>
          <div>
            <dt>{t('notes.fields.interpreterTookPart')}</dt>
            <dd>
              {content.interpreterTookPart === null
                ? t('common.notGiven')
                : content.interpreterTookPart
                  ? t('notes.yes')
                  : t('notes.no')}
            </dd>
          </div>
        </dl>
      </section>
    </div>
  );
}
