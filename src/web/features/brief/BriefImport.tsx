import { Alert, Button, Heading, Label, Paragraph } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../../api.ts';
import type { z } from 'zod';
import type { importResult } from '../../../server/features/brief/schemas.ts';

type ImportResult = z.output<typeof importResult>;

/** Upload of a competence-mapping export (CSV or JSON), read in the browser and sent as text. */
export function BriefImport({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const inputId = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [rows, setRows] = useState<{ line: number; reason: string }[]>([]);
  const [result, setResult] = useState<ImportResult>();

  const upload = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(undefined);
    setRows([]);
    setResult(undefined);
    const file = fileRef.current?.files?.[0];
    if (!file) {
      setError(t('briefImport.chooseFile'));
      return;
    }
    const format = file.name.toLowerCase().endsWith('.json') ? 'json' : 'csv';
    setBusy(true);
    try {
      const content = await file.text();
      const answer = await api.post<ImportResult>(`/participants/${participantId}/brief/import`, { format, content });
      queryClient.setQueryData(['brief', participantId], answer.brief);
      await queryClient.invalidateQueries({ queryKey: ['participant-orders', participantId] });
      setResult(answer);
      if (fileRef.current) fileRef.current.value = '';
    } catch (caught) {
      setError(isApiError(caught) ? caught.message : t('errors.unexpected'));
      const data = caught as { rows?: { line: number; reason: string }[] };
      if (Array.isArray(data.rows)) setRows(data.rows);
    } finally {
      setBusy(false);
    }
  };

  return (
    <details className="brief-import">
      <summary>{t('briefImport.heading')}</summary>
      <form onSubmit={upload} noValidate className="stack-sm" aria-label={t('briefImport.heading')}>
        <Paragraph data-size="sm">{t('briefImport.intro')}</Paragraph>
        <Paragraph data-size="sm">
          {t('briefImport.templates')}{' '}
          <a href="/api/v1/brief/import-template.csv" download>
            {t('briefImport.templateCsv')}
          </a>
          {', '}
          <a href="/api/v1/brief/import-template.json" download>
            {t('briefImport.templateJson')}
          </a>
        </Paragraph>
        <div className="stack-sm">
          <Label htmlFor={inputId}>{t('briefImport.file')}</Label>
          <input id={inputId} ref={fileRef} type="file" accept=".csv,.json,text/csv,application/json" className="file-input" />
        </div>
        <div>
          <Button type="submit" data-size="sm" variant="secondary" loading={busy} disabled={busy}>
            {t('briefImport.upload')}
          </Button>
        </div>
        {error ? (
          <Alert data-color="danger" role="alert" data-size="sm">
            <Heading level={4} data-size="2xs">
              {error}
            </Heading>
            {rows.length > 0 ? (
              <ul className="import-rows">
                {rows.map((row, index) => (
                  <li key={`${row.line}-${index}`}>{t('briefImport.row', { line: row.line, reason: row.reason })}</li>
                ))}
              </ul>
            ) : null}
          </Alert>
        ) : null}
        {result ? (
          <Alert data-color="success" role="status" data-size="sm">
            {t('briefImport.done', { count: result.importedKeys.length })}
            {result.skipped.length > 0 ? ` ${t('briefImport.skipped', { keys: result.skipped.map((s) => s.key).join(', ') })}` : ''}
          </Alert>
        ) : null}
      </form>
    </details>
  );
}
