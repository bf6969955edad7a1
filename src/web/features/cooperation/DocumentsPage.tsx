import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { formatDate } from '../../format.ts';
import { isCentreRole, isMunicipalityRole } from '../../roles.ts';
import { useMe } from '../../session.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';
import './documents.css';
import { documentsQuery, templatesQuery, type DocumentSummary } from './documentsApi.ts';
import { BackToHub } from './BackToHub.tsx';

/**
 * `/samarbeid/avtaler`: the agreements and routine descriptions a centre shares with its municipalities (issue 13;
 * seed 004: "samarbeidsavtaler mellom fylkeskommunen og den enkelte kommune"). A municipality sees the ones it is
 * a party to; the centre also sees the templates other centres publish.
 */
export function DocumentsPage() {
  const { t } = useTranslation();
  const me = useMe();
  useDocumentTitle(t('cooperationDocuments.title'));
  const centre = isCentreRole(me.role);
  const documents = useQuery({ ...documentsQuery(), enabled: centre || isMunicipalityRole(me.role) });
  if (!centre && !isMunicipalityRole(me.role)) return <NotFoundPage />;
  const lead = me.role === 'career-centre-lead';
  return (
    <div className="stack-xl">
      <div className="stack">
        <BackToHub />
        <Heading level={1} data-size="lg">{t('cooperationDocuments.title')}</Heading>
        <Paragraph>{t(centre ? 'cooperationDocuments.introCentre' : 'cooperationDocuments.introMunicipality')}</Paragraph>
        {lead ? <Paragraph><Link to="/samarbeid/avtaler/ny">{t('cooperationDocuments.new')}</Link></Paragraph> : null}
      </div>
      <section aria-labelledby="documents-heading" className="stack">
        <Heading level={2} data-size="sm" id="documents-heading">{t('cooperationDocuments.listHeading')}</Heading>
        {documents.isPending ? <Loading /> : null}
        {documents.isError ? <ErrorAlert error={documents.error} /> : null}
        {documents.isSuccess && documents.data.length === 0 ? <Paragraph>{t('cooperationDocuments.empty')}</Paragraph> : null}
        {documents.data && documents.data.length > 0 ? (
          <ul className="document-list">
            {documents.data.map((d) => <DocumentItem key={d.id} document={d} centre={centre} />)}
          </ul>
        ) : null}
      </section>
      {centre ? <TemplatesSection lead={lead} /> : null}
    </div>
  );
}

export function ReviewTag({ status, date }: { status: DocumentSummary['reviewStatus']; date: string | null }) {
  const { t } = useTranslation();
  if (status === 'none' || !date) return <span>{t('cooperationDocuments.review.none')}</span>;
  const color = status === 'overdue' ? 'danger' : status === 'due-soon' ? 'warning' : 'neutral';
  return (
    <>
      {formatDate(date)}
      {status !== 'ok' ? <> <Tag data-color={color} data-size="sm">{t(`cooperationDocuments.review.${status}`)}</Tag></> : null}
    </>
  );
}

function DocumentItem({ document: d, centre }: { document: DocumentSummary; centre: boolean }) {
  const { t } = useTranslation();
  return (
    <li className="panel stack-sm">
      <Heading level={3} data-size="xs">
        <Link to={`/samarbeid/avtaler/${d.id}`}>{d.title}</Link>
      </Heading>
      <dl className="document-facts">
        <dt>{t('cooperationDocuments.fields.kind')}</dt><dd>{t(`cooperationDocuments.kind.${d.kind}`)}</dd>
        <dt>{centre ? t('cooperationDocuments.fields.parties') : t('cooperationDocuments.fields.centre')}</dt>
        <dd>{centre ? d.parties.map((p) => p.name).join(', ') : d.careerCentre.name}</dd>
        <dt>{t('cooperationDocuments.fields.owner')}</dt><dd>{d.owner.name}</dd>
        <dt>{t('cooperationDocuments.fields.currentVersion')}</dt>
        <dd>{d.currentVersionNumber ? t('cooperationDocuments.versionNumber', { number: d.currentVersionNumber }) : t('cooperationDocuments.noCurrent')}</dd>
        <dt>{t('cooperationDocuments.fields.nextReview')}</dt><dd><ReviewTag status={d.reviewStatus} date={d.nextReviewOn} /></dd>
      </dl>
      {d.publishedAsTemplate ? <Tag data-color="info" data-size="sm">{t('cooperationDocuments.publishedAsTemplate')}</Tag> : null}
    </li>
  );
}

/** Other centres' published templates: a centre need not write its routines from scratch (seed 000 summary). */
function TemplatesSection({ lead }: { lead: boolean }) {
  const { t } = useTranslation();
  const templates = useQuery(templatesQuery());
  const others = (templates.data ?? []).filter((x) => !x.own);
  return (
    <section aria-labelledby="templates-heading" className="stack">
      <Heading level={2} data-size="sm" id="templates-heading">{t('cooperationDocuments.templates.heading')}</Heading>
      <Paragraph data-size="sm">{t('cooperationDocuments.templates.intro')}</Paragraph>
      {templates.isPending ? <Loading /> : null}
      {templates.isError ? <ErrorAlert error={templates.error} /> : null}
      {templates.isSuccess && others.length === 0 ? <Paragraph data-size="sm">{t('cooperationDocuments.templates.empty')}</Paragraph> : null}
      {others.length > 0 ? (
        <ul className="stack-sm">
          {others.map((x) => (
            <li key={x.id}>
              <strong>{x.title}</strong> – {t(`cooperationDocuments.kind.${x.kind}`)}, {x.careerCentre.name}
              {lead ? (
                <> · <Link to={`/samarbeid/avtaler/ny?mal=${x.id}`}>{t('cooperationDocuments.templates.use')}<span className="visually-hidden">: {x.title}</span></Link></>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
