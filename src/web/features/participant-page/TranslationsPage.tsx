import { Alert, Button, Heading, Paragraph, Radio, Select, Textfield } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useMe } from '../../session.ts';
import { languageInfo, pageLanguages, type PageLanguage, type TranslationList, type TranslationSection } from './types.ts';
import { LimitedTextfield } from '../../components/LimitedTextfield.tsx';
import { textLimits } from '../../../domain/text-limits.ts';

/**
 * The career centre's view of the information package's translations: every section next to the Norwegian
 * source. The lead replaces a section's wording or records that a qualified translator reviewed it (name, date).
 */
export function TranslationsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const selectId = useId();
  const [language, setLanguage] = useState<PageLanguage>('ar');
  const list = useQuery({ queryKey: ['info-translations', language], queryFn: () => api.get<TranslationList>('/info-translations', { language }) });
  useDocumentTitle(t('translations.title'));
  const mayEdit = me.role === 'career-centre-lead';

  return (
    <div className="stack-lg">
      <Heading level={1} data-size="lg">{t('translations.title')}</Heading>
      <Paragraph>{t('translations.intro')}</Paragraph>
      <SelectField id={selectId} label={t('participantPage.language')} value={language} width="auto" onChange={(e) => setLanguage(e.target.value as PageLanguage)}>
        {pageLanguages.filter((l) => l !== 'nb').map((code) => <Select.Option key={code} value={code}>{t(`participantPage.languages.${code}`)}</Select.Option>)}
      </SelectField>
      {list.isPending ? <Loading label={t('translations.loading')} /> : null}
      {list.isError ? <ErrorAlert error={list.error} /> : null}
      {list.data ? (
        <>
          <Paragraph data-size="sm">
            {list.data.translation.status === 'reviewed'
              ? t('translations.packageReviewed', { name: list.data.translation.reviewedBy, date: list.data.translation.reviewedOn })
              : t('translations.packageDraft')}
          </Paragraph>
          {list.data.sections.map((s) => <SectionEditor key={`${language}-${s.id}`} language={language} section={s} mayEdit={mayEdit} />)}
        </>
      ) : null}
    </div>
  );
}

function SectionEditor({ language, section, mayEdit }: { language: PageLanguage; section: TranslationSection; mayEdit: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const current = section.override;
  const [editing, setEditing] = useState(false);
  const [heading, setHeading] = useState(current?.heading ?? section.original.heading);
  const [paragraphs, setParagraphs] = useState<string[]>(current?.paragraphs ?? section.original.paragraphs);
  const [status, setStatus] = useState<'draft' | 'reviewed'>(current?.status ?? 'reviewed');
  const [reviewedBy, setReviewedBy] = useState(current?.reviewedBy ?? '');
  const [reviewedOn, setReviewedOn] = useState(current?.reviewedOn ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const errors = Object.fromEntries((isApiError(error) ? error.fields : []).map((f) => [f.path, f.message]));
  const info = languageInfo[language];
  const shown = { heading: current?.heading ?? section.original.heading, paragraphs: current?.paragraphs ?? section.original.paragraphs };

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const changed = heading !== section.original.heading || paragraphs.some((p, i) => p !== section.original.paragraphs[i]);
      await api.post('/info-translations', {
        language, sectionId: section.id,
        heading: changed ? heading : null, paragraphs: changed ? paragraphs : null, status,
        reviewedBy: status === 'reviewed' ? reviewedBy : null, reviewedOn: status === 'reviewed' && reviewedOn ? reviewedOn : null,
        version: current?.version ?? null,
      });
      await queryClient.invalidateQueries({ queryKey: ['info-translations', language] });
      setEditing(false);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel stack" aria-labelledby={`tr-${section.id}`}>
      <div className="translation-pair">
        <div lang={info.htmlLang} dir={info.dir}>
          <Heading level={2} data-size="xs" id={`tr-${section.id}`}>{shown.heading}</Heading>
          {shown.paragraphs.map((p, i) => <Paragraph key={i} data-size="sm">{p}</Paragraph>)}
        </div>
        <div lang="nb">
          <Heading level={3} data-size="2xs">{section.norwegian.heading}</Heading>
          {section.norwegian.paragraphs.map((p, i) => <Paragraph key={i} data-size="sm">{p}</Paragraph>)}
        </div>
      </div>
      <Paragraph data-size="sm">
        {current?.status === 'reviewed'
          ? t('translations.sectionReviewed', { name: current.reviewedBy, date: current.reviewedOn })
          : current ? t('translations.sectionDraft') : t('translations.sectionShipped')}
      </Paragraph>
      {mayEdit && !editing ? <div><Button data-size="sm" variant="secondary" onClick={() => setEditing(true)}>{t('translations.edit')}</Button></div> : null}
      {editing ? (
        <form className="stack" onSubmit={(e) => void save(e)} noValidate>
          <LimitedTextfield limit={textLimits.translationHeading} label={t('translations.heading')} value={heading} onChange={(e) => setHeading(e.target.value)} error={errors.heading} lang={info.htmlLang} dir={info.dir} />
          {paragraphs.map((p, i) => (
            <LimitedTextfield limit={textLimits.translationParagraph} key={i} multiline rows={3} label={t('translations.paragraph', { n: i + 1 })} value={p} lang={info.htmlLang} dir={info.dir}
              onChange={(e) => setParagraphs(paragraphs.map((x, j) => (j === i ? e.target.value : x)))} error={errors[`paragraphs.${i}`] ?? (i === 0 ? errors.paragraphs : undefined)} />
          ))}
          <fieldset className="stack">
            <legend>{t('translations.status')}</legend>
            <Radio label={t('translations.statusReviewed')} name={`status-${section.id}`} value="reviewed" checked={status === 'reviewed'} onChange={() => setStatus('reviewed')} />
            <Radio label={t('translations.statusDraft')} name={`status-${section.id}`} value="draft" checked={status === 'draft'} onChange={() => setStatus('draft')} />
          </fieldset>
          {status === 'reviewed' ? (
            <>
              <LimitedTextfield limit={textLimits.reviewedBy} label={t('translations.reviewedBy')} value={reviewedBy} onChange={(e) => setReviewedBy(e.target.value)} error={errors.reviewedBy} />
              <Textfield label={t('translations.reviewedOn')} description={t('translations.reviewedOnHelp')} value={reviewedOn} onChange={(e) => setReviewedOn(e.target.value)} error={errors.reviewedOn} />
            </>
          ) : null}
          {error && !Object.keys(errors).length ? <ErrorAlert error={error} /> : null}
          {error && Object.keys(errors).length ? <Alert data-color="danger" role="alert"><Paragraph>{isApiError(error) ? error.message : ''}</Paragraph></Alert> : null}
          <div className="button-row">
            <Button type="submit" data-size="sm" loading={busy} disabled={busy}>{t('translations.save')}</Button>
            <Button type="button" data-size="sm" variant="secondary" onClick={() => setEditing(false)}>{t('common.cancel')}</Button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
