import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { formatDate, formatDateTime } from '../../format.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';
import './documents.css';
import { DocumentText } from './DocumentText.tsx';
import { versionQuery } from './documentsApi.ts';

/** `/samarbeid/avtaler/:id/versjoner/:number`: one version as it was published, current or not. */
export function DocumentVersionPage() {
  const { t } = useTranslation();
  const { id = '', number = '' } = useParams();
  const valid = /^[1-9][0-9]{0,5}$/.test(number);
  const version = useQuery({ ...versionQuery(id, Number(number)), enabled: valid });
  const title = version.data ? t('cooperationDocuments.versions.pageTitle', { title: version.data.title, number: version.data.number }) : t('cooperationDocuments.title');
  useDocumentTitle(title);
  if (!valid) return <NotFoundPage />;
  if (version.isPending) return <Loading />;
  if (version.isError) return isApiError(version.error) && [400, 404].includes(version.error.status) ? <NotFoundPage /> : <ErrorAlert error={version.error} />;
  const v = version.data;
  const color = v.status === 'current' ? 'success' : v.status === 'upcoming' ? 'info' : 'neutral';
  return (
    <div className="stack-lg">
      <div className="stack">
        <Paragraph><Link to={`/samarbeid/avtaler/${id}`}>{t('cooperationDocuments.versions.backToDocument')}</Link></Paragraph>
        <Heading level={1} data-size="lg">{title}</Heading>
        <div><Tag data-color={color} data-size="sm">{t(`cooperationDocuments.versions.status.${v.status}`)}</Tag></div>
        <Paragraph data-size="sm" className="muted">
          {t('cooperationDocuments.versions.meta', { date: formatDate(v.effectiveFrom), by: v.publishedBy.name, at: formatDateTime(v.publishedAt) })}
        </Paragraph>
        <Paragraph data-size="sm"><strong>{t('cooperationDocuments.fields.changeNote')}:</strong> {v.changeNote || t('cooperationDocuments.versions.firstVersion')}</Paragraph>
      </div>
      <div className="panel"><DocumentText text={v.body} headingLevel={1} /></div>
    </div>
  );
}
