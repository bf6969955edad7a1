import { Button, Fieldset, Heading, Paragraph, Radio } from '@digdir/designsystemet-react';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api, isApiError } from '../../api.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { useLanguageName } from '../../components/LanguageOptions.tsx';
import type { InfoLanguage } from '../../../content/info-packages/model.ts';
import { exportLanguageFor } from '../../../content/participant-export/labels.ts';
import { CorrectionSection } from './CorrectionSection.tsx';
import { ExportDocument, type ParticipantExport } from './ExportDocument.tsx';

const erasureReasons = ['data-subject-request', 'registered-in-error', 'duplicate'] as const;

/**
 * Everything Veivalg holds about one participant, readable and ready to print (the municipality lead, for the
 * participant's right of access), in bokmål or the participant's language, with the same data as JSON to download;
 * correction of a field and erasure, each with a reason.
 */
export function ParticipantExportPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const languageName = useLanguageName();
  useDocumentTitle(t('privacy.export.title'));
  const [language, setLanguage] = useState<InfoLanguage>('nb');
  const data = useQuery({
    queryKey: ['participant-export', id, language],
    queryFn: () => api.get<ParticipantExport>(`/participants/${encodeURIComponent(id)}/export`, { format: 'print', language }),
    placeholderData: keepPreviousData,
  });
  if (data.isPending) return <Loading label={t('privacy.export.loading')} />;
  if (data.isError && (isApiError(data.error, 404) || isApiError(data.error, 400))) return <NotFoundPage />;
  if (data.isError) {
    return (
      <div className="stack">
        <Heading level={1} data-size="lg">{t('privacy.export.title')}</Heading>
        <ErrorAlert error={data.error} />
      </div>
    );
  }
  const download = () => {
    const blob = new Blob([JSON.stringify(data.data, null, 2)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `veivalg-innsyn-${data.data.exportedAt.slice(0, 10)}.json`;
    a.click();
    URL.revokeObjectURL(url);
  };
  const person = data.data.sections['participants']?.[0] ?? {};
  const own = exportLanguageFor(data.data.preferredLanguage);
  // Bokmål, the participant's language when the copy has words for it, and English when it has not.
  const choices: InfoLanguage[] = ['nb', ...(own && own !== 'nb' ? [own] : own === 'nb' ? [] : ['en' as const])];
  return (
    <div className="stack export-page">
      <Link to={`/deltakere/${id}`} className="no-print">{t('privacy.export.back')}</Link>
      {/* The printout starts with the copy's own heading, in its language. */}
      <Heading level={1} data-size="lg" className="no-print">
        {t('privacy.export.heading', { name: `${String(person['givenName'] ?? '')} ${String(person['familyName'] ?? '')}` })}
      </Heading>
      <Paragraph className="no-print">{t('privacy.export.intro', { at: new Date(data.data.exportedAt).toLocaleString('nb-NO', { timeZone: 'Europe/Oslo' }) })}</Paragraph>
      <Fieldset className="no-print">
        <Fieldset.Legend>{t('privacy.export.language')}</Fieldset.Legend>
        <Fieldset.Description>
          {own
            ? t('privacy.export.languageHelp', { language: languageName(data.data.preferredLanguage) })
            : t('privacy.export.languageMissing', { language: languageName(data.data.preferredLanguage) })}
        </Fieldset.Description>
        {choices.map((code) => (
          <Radio
            key={code}
            name="export-language"
            value={code}
            label={code === own && code !== 'nb' ? t('privacy.export.participantLanguage', { language: languageName(code) }) : languageName(code)}
            checked={language === code}
            onChange={() => setLanguage(code)}
          />
        ))}
      </Fieldset>
      {language !== 'nb' ? <Paragraph data-size="sm" className="no-print">{t('privacy.export.draftNote')}</Paragraph> : null}
      <div className="button-row no-print">
        <Button type="button" onClick={() => window.print()}>{t('privacy.export.print')}</Button>
        <Button type="button" variant="secondary" onClick={download}>{t('privacy.export.download')}</Button>
      </div>
      <ExportDocument data={data.data} language={language} />
      <CorrectionSection participantId={id} person={person} />
      <EraseSection participantId={id} version={Number(person['version'])} />
    </div>
  );
}

function EraseSection({ participantId, version }: { participantId: string; version: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState<(typeof erasureReasons)[number] | null>(null);
  const [confirming, setConfirming] = useState(false);
  return (
    <section aria-labelledby="erase-heading" className="stack no-print">
      <Heading level={2} data-size="sm" id="erase-heading">{t('privacy.erase.heading')}</Heading>
      <Paragraph data-size="sm">{t('privacy.erase.intro')}</Paragraph>
      <Fieldset>
        <Fieldset.Legend>{t('privacy.erase.reason')}</Fieldset.Legend>
        {erasureReasons.map((code) => (
          <Radio key={code} name="erase-reason" value={code} label={t(`privacy.erase.reasons.${code}`)} checked={reason === code} onChange={() => setReason(code)} />
        ))}
      </Fieldset>
      <div className="button-row">
        <Button type="button" data-color="danger" disabled={!reason} onClick={() => setConfirming(true)}>{t('privacy.erase.button')}</Button>
      </div>
      {confirming && reason ? (
        <ConfirmDialog
          title={t('privacy.erase.confirmTitle')}
          body={t('privacy.erase.confirmBody')}
          confirmLabel={t('privacy.erase.button')}
          onConfirm={async () => {
            await api.post(`/participants/${participantId}/erase`, { version, reason });
            await queryClient.invalidateQueries({ queryKey: ['participants'] });
            void navigate('/deltakere', { state: { erased: true } });
          }}
          onClose={() => setConfirming(false)}
        />
      ) : null}
    </section>
  );
}
