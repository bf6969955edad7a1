import { Button, Fieldset, Heading, Paragraph, Radio } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api, isApiError } from '../../api.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';

interface ParticipantExport {
  participantId: string;
  exportedAt: string;
  preferredLanguage: string;
  sections: Record<string, Record<string, unknown>[]>;
}

const erasureReasons = ['data-subject-request', 'registered-in-error', 'duplicate'] as const;

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'object') return JSON.stringify(value, null, 1);
  return String(value);
}

/**
 * Everything Veivalg holds about one participant, readable and ready to print (the municipality lead, for the
 * participant's right of access), with the same data as JSON to download, and erasure with a reason.
 */
export function ParticipantExportPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  useDocumentTitle(t('privacy.export.title'));
  const data = useQuery({
    queryKey: ['participant-export', id],
    queryFn: () => api.get<ParticipantExport>(`/participants/${encodeURIComponent(id)}/export`, { format: 'print' }),
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
  return (
    <div className="stack">
      <Link to={`/deltakere/${id}`} className="no-print">{t('privacy.export.back')}</Link>
      <Heading level={1} data-size="lg">
        {t('privacy.export.heading', { name: `${show(person['givenName'])} ${show(person['familyName'])}` })}
      </Heading>
      <Paragraph>{t('privacy.export.intro', { at: new Date(data.data.exportedAt).toLocaleString('nb-NO', { timeZone: 'Europe/Oslo' }) })}</Paragraph>
      <div className="button-row no-print">
        <Button type="button" onClick={() => window.print()}>{t('privacy.export.print')}</Button>
        <Button type="button" variant="secondary" onClick={download}>{t('privacy.export.download')}</Button>
      </div>
      {Object.entries(data.data.sections).map(([table, rows]) => (
        <section key={table} aria-labelledby={`export-${table}`} className="stack">
          <Heading level={2} data-size="sm" id={`export-${table}`}>
            {t(`privacy.export.sections.${table}`, { defaultValue: table })} ({rows.length})
          </Heading>
          {rows.length === 0 ? <Paragraph data-size="sm">{t('privacy.export.none')}</Paragraph> : null}
          {rows.map((row, i) => (
            <dl key={i} className="export-record">
              {Object.entries(row).map(([key, value]) => (
                <div key={key}>
                  <dt>{key}</dt>
                  <dd>{show(value)}</dd>
                </div>
              ))}
            </dl>
          ))}
        </section>
      ))}
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
