import { Button, Heading, Paragraph, Select } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { SelectField } from '../../components/SelectField.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { isCentreRole } from '../../roles.ts';
import { useMe } from '../../session.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { languageInfo, pageLanguages, type PageLanguage } from '../participant-page/types.ts';
import { surveyTexts } from '../../../content/participant-survey/texts.ts';
import { SurveyScale } from './SurveyScale.tsx';

const isLanguage = (v: string | null): v is PageLanguage => (pageLanguages as readonly string[]).includes(v ?? '');

/**
 * The survey on paper, in any of the eight languages (issue 14): the same questions and faces as on the page, with
 * boxes to tick, so that a participant without a phone, or who prefers paper, can answer after the session and
 * drop the form in a box. Each question carries the bokmål wording in small print for the staff who type it in.
 * No name, number or date field: the form is as anonymous as the web answer.
 */
export function PaperFormPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [search, setSearch] = useSearchParams();
  const lang: PageLanguage = isLanguage(search.get('lang')) ? search.get('lang') as PageLanguage : 'nb';
  useDocumentTitle(t('survey.paper.title'));
  if (!isCentreRole(me.role)) return <NotFoundPage />;
  const texts = surveyTexts[lang];
  const { htmlLang, dir } = languageInfo[lang];
  return (
    <div className="stack-xl contained-tables">
      <div className="stack survey-paper-tools">
        <Heading level={1} data-size="lg">{t('survey.paper.title')}</Heading>
        <Paragraph>{t('survey.paper.intro')}</Paragraph>
        <div className="field-pair">
          <SelectField id="paper-form-language" label={t('survey.language')} value={lang}
            onChange={(e) => setSearch(new URLSearchParams({ lang: e.target.value }), { replace: true })}>
            {pageLanguages.map((l) => <Select.Option key={l} value={l}>{languageInfo[l].nativeName}</Select.Option>)}
          </SelectField>
        </div>
        <div><Button variant="secondary" onClick={() => window.print()}>{t('survey.paper.print')}</Button></div>
      </div>
      <article className="survey-paper pp-content stack" lang={htmlLang} dir={dir} data-testid="paper-form" aria-labelledby="paper-form-title">
        <Heading level={2} data-size="md" id="paper-form-title">{texts.labels.title}</Heading>
        <Paragraph>{texts.labels.intro} {texts.labels.anonymous}</Paragraph>
        <Paragraph><strong>{texts.labels.paperHint}</strong></Paragraph>
        {(['useful', 'interpreter', 'nextStep'] as const).map((q) => (
          <div key={q} className="stack-sm">
            <SurveyScale question={q} lang={lang} printable idPrefix="paper-form" extra={q === 'interpreter' ? texts.labels.noInterpreter : undefined} />
            {lang !== 'nb' ? <p className="pp-muted" lang="nb" dir="ltr">{surveyTexts.nb.labels[q]}</p> : null}
          </div>
        ))}
        <p>{texts.labels.comment}</p>
        <div className="survey-lines" /><div className="survey-lines" /><div className="survey-lines" />
        {texts.status === 'draft' ? <p className="pp-translation">{texts.labels.draft}</p> : null}
      </article>
    </div>
  );
}
