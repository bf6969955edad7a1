import { Alert, Button, Checkbox, Heading, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api, isApiError } from '../../api.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormErrorSummary } from '../../components/FormErrorSummary.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useFieldForm } from '../../components/useFieldForm.ts';
import { formatDate, formatDateTime } from '../../format.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';
import './documents.css';
import { documentLimits } from '../../../domain/cooperation-documents.ts';
import { LimitedText, OwnerField, PartiesField } from './DocumentFields.tsx';
import { DocumentText } from './DocumentText.tsx';
import { ReviewTag } from './DocumentsPage.tsx';
import { documentQuery, documentsKey, type CooperationDocument, type VersionSummary } from './documentsApi.ts';

/** `/samarbeid/avtaler/:id`: the text in force today, every version with its change note, and (lead or owner) the edits. */
export function DocumentPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const doc = useQuery(documentQuery(id));
  useDocumentTitle(doc.data?.title ?? t('cooperationDocuments.title'));
  if (doc.isPending) return <Loading />;
  if (doc.isError) return isApiError(doc.error) && [400, 404].includes(doc.error.status) ? <NotFoundPage /> : <ErrorAlert error={doc.error} />;
  const d = doc.data;
  const upcoming = d.versions.filter((v) => v.status === 'upcoming');
  return (
    <div className="stack-xl">
      <div className="stack">
        <Paragraph><Link to="/samarbeid/avtaler">{t('cooperationDocuments.back')}</Link></Paragraph>
        <Heading level={1} data-size="lg">{d.title}</Heading>
        <dl className="document-facts">
          <dt>{t('cooperationDocuments.fields.kind')}</dt><dd>{t(`cooperationDocuments.kind.${d.kind}`)}</dd>
          <dt>{t('cooperationDocuments.fields.centre')}</dt><dd>{d.careerCentre.name}</dd>
          <dt>{t('cooperationDocuments.fields.parties')}</dt><dd>{d.parties.map((p) => p.name).join(', ')}</dd>
          <dt>{t('cooperationDocuments.fields.owner')}</dt><dd>{d.owner.name}</dd>
          <dt>{t('cooperationDocuments.fields.nextReview')}</dt><dd><ReviewTag status={d.reviewStatus} date={d.nextReviewOn} /></dd>
          {d.templateSource ? <><dt>{t('cooperationDocuments.fields.templateSource')}</dt><dd>{d.templateSource.name}</dd></> : null}
        </dl>
        {d.publishedAsTemplate ? <div><Tag data-color="info" data-size="sm">{t('cooperationDocuments.publishedAsTemplate')}</Tag></div> : null}
      </div>
      {upcoming.length > 0 ? (
        <Alert data-color="info" data-size="sm">
          <Paragraph data-size="sm">
            {t('cooperationDocuments.upcoming', { number: upcoming[0]!.number, date: formatDate(upcoming[0]!.effectiveFrom) })}
          </Paragraph>
        </Alert>
      ) : null}
      <section aria-labelledby="current-heading" className="stack">
        <Heading level={2} data-size="sm" id="current-heading">
          {d.current
            ? t('cooperationDocuments.currentHeading', { number: d.current.number, date: formatDate(d.current.effectiveFrom) })
            : t('cooperationDocuments.noCurrent')}
        </Heading>
        {d.current?.changeNote ? <Paragraph data-size="sm"><strong>{t('cooperationDocuments.fields.changeNote')}:</strong> {d.current.changeNote}</Paragraph> : null}
        {d.current ? <div className="panel"><DocumentText text={d.current.body} headingLevel={2} /></div> : null}
      </section>
      <VersionsSection document={d} />
      {d.canEdit ? <PublishVersionForm document={d} /> : null}
      {d.canEdit ? <SettingsForm key={d.version} document={d} /> : null}
      {d.canRemove ? <RemoveSection document={d} /> : null}
    </div>
  );
}

function VersionsSection({ document: d }: { document: CooperationDocument }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="versions-heading" className="stack">
      <Heading level={2} data-size="sm" id="versions-heading">{t('cooperationDocuments.versions.heading')}</Heading>
      <ol className="version-list stack-sm" reversed>
        {d.versions.map((v) => <VersionItem key={v.number} documentId={d.id} version={v} />)}
      </ol>
    </section>
  );
}

function VersionItem({ documentId, version: v }: { documentId: string; version: VersionSummary }) {
  const { t } = useTranslation();
  const color = v.status === 'current' ? 'success' : v.status === 'upcoming' ? 'info' : 'neutral';
  return (
    <li className="panel stack-sm">
      <div>
        <Link to={`/samarbeid/avtaler/${documentId}/versjoner/${v.number}`}>{t('cooperationDocuments.versions.read', { number: v.number })}</Link>{' '}
        <Tag data-color={color} data-size="sm">{t(`cooperationDocuments.versions.status.${v.status}`)}</Tag>
      </div>
      <Paragraph data-size="sm" className="muted">
        {t('cooperationDocuments.versions.meta', { date: formatDate(v.effectiveFrom), by: v.publishedBy.name, at: formatDateTime(v.publishedAt) })}
      </Paragraph>
      <Paragraph data-size="sm">{v.changeNote || t('cooperationDocuments.versions.firstVersion')}</Paragraph>
    </li>
  );
}

const todayInOslo = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Oslo' });

function PublishVersionForm({ document: d }: { document: CooperationDocument }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form, setForm] = useState({ body: d.current?.body ?? '', changeNote: '', effectiveFrom: todayInOslo(), nextReviewOn: '' });
  const { busy, errors, attempt, onSubmit, summary } = useFieldForm('publish-');
  const [done, setDone] = useState<number | null>(null);
  const submit = onSubmit(async () => {
    setDone(null);
    const answer = await api.post<CooperationDocument>(`/cooperation/documents/${d.id}/versions`, {
      body: form.body, changeNote: form.changeNote, effectiveFrom: form.effectiveFrom || undefined,
      ...(form.nextReviewOn ? { nextReviewOn: form.nextReviewOn } : {}), version: d.version,
    });
    queryClient.setQueryData([...documentsKey, d.id], answer);
    await queryClient.invalidateQueries({ queryKey: documentsKey });
    setDone(answer.versions[0]!.number);
    setForm((f) => ({ ...f, changeNote: '', nextReviewOn: '' }));
  });
  const labels: Record<string, string> = {
    body: t('cooperationDocuments.fields.body'), changeNote: t('cooperationDocuments.fields.changeNote'),
    effectiveFrom: t('cooperationDocuments.fields.effectiveFrom'), nextReviewOn: t('cooperationDocuments.fields.newReviewDate'),
  };
  return (
    <section aria-labelledby="publish-heading" className="stack">
      <Heading level={2} data-size="sm" id="publish-heading">{t('cooperationDocuments.publish.heading')}</Heading>
      <Paragraph data-size="sm">{t('cooperationDocuments.publish.intro')}</Paragraph>
      <form onSubmit={submit} noValidate className="stack" aria-labelledby="publish-heading">
        <FormErrorSummary key={attempt} errors={summary(labels)} />
        {done ? <Alert data-color="success" role="status" data-size="sm">{t('cooperationDocuments.publish.done', { number: done })}</Alert> : null}
        <LimitedText id="publish-body" label={labels.body!} description={t('cooperationDocuments.fields.bodyHelp')} value={form.body} limit={documentLimits.body}
          error={errors.body} multiline rows={14} onChange={(v) => setForm({ ...form, body: v })} />
        <LimitedText id="publish-changeNote" label={labels.changeNote!} description={t('cooperationDocuments.publish.changeNoteHelp')} value={form.changeNote}
          limit={documentLimits.changeNote} error={errors.changeNote} multiline rows={2} onChange={(v) => setForm({ ...form, changeNote: v })} />
        <div className="field-pair">
          <Textfield id="publish-effectiveFrom" type="date" label={labels.effectiveFrom} value={form.effectiveFrom} error={errors.effectiveFrom}
            onChange={(e) => setForm({ ...form, effectiveFrom: e.target.value })} />
          <Textfield id="publish-nextReviewOn" type="date" label={labels.nextReviewOn} description={t('cooperationDocuments.fields.newReviewDateHelp')}
            value={form.nextReviewOn} error={errors.nextReviewOn} onChange={(e) => setForm({ ...form, nextReviewOn: e.target.value })} />
        </div>
        <div><Button type="submit" loading={busy} disabled={busy}>{t('cooperationDocuments.publish.submit')}</Button></div>
      </form>
    </section>
  );
}

function SettingsForm({ document: d }: { document: CooperationDocument }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form, setForm] = useState({
    title: d.title, ownerUserId: d.owner.id, municipalityIds: d.parties.map((p) => p.id), nextReviewOn: d.nextReviewOn ?? '', publishedAsTemplate: d.publishedAsTemplate,
  });
  const { busy, errors, attempt, onSubmit, summary } = useFieldForm('settings-');
  const submit = onSubmit(async () => {
    const answer = await api.patch<CooperationDocument>(`/cooperation/documents/${d.id}`, { ...form, nextReviewOn: form.nextReviewOn || null, version: d.version });
    queryClient.setQueryData([...documentsKey, d.id], answer);
    await queryClient.invalidateQueries({ queryKey: ['cooperation'] });
  });
  const labels: Record<string, string> = {
    title: t('cooperationDocuments.fields.title'), ownerUserId: t('cooperationDocuments.fields.owner'), municipalityIds: t('cooperationDocuments.fields.parties'),
    nextReviewOn: t('cooperationDocuments.fields.nextReview'), publishedAsTemplate: t('cooperationDocuments.fields.publishAsTemplate'),
  };
  return (
    <section aria-labelledby="settings-heading" className="stack">
      <Heading level={2} data-size="sm" id="settings-heading">{t('cooperationDocuments.settings.heading')}</Heading>
      <form onSubmit={submit} noValidate className="stack" aria-labelledby="settings-heading">
        <FormErrorSummary key={attempt} errors={summary(labels)} />
        <LimitedText id="settings-title" label={labels.title!} value={form.title} limit={documentLimits.title} error={errors.title} onChange={(v) => setForm({ ...form, title: v })} />
        <OwnerField value={form.ownerUserId} error={errors.ownerUserId} onChange={(v) => setForm({ ...form, ownerUserId: v })} />
        <PartiesField value={form.municipalityIds} error={errors.municipalityIds} onChange={(v) => setForm({ ...form, municipalityIds: v })} />
        <Textfield id="settings-nextReviewOn" type="date" className="date-field" label={labels.nextReviewOn} description={t('cooperationDocuments.fields.nextReviewHelp')}
          value={form.nextReviewOn} error={errors.nextReviewOn} onChange={(e) => setForm({ ...form, nextReviewOn: e.target.value })} />
        <Checkbox label={labels.publishedAsTemplate} description={t('cooperationDocuments.fields.publishAsTemplateHelp')} value="template"
          checked={form.publishedAsTemplate} onChange={(e) => setForm({ ...form, publishedAsTemplate: e.target.checked })} />
        <div><Button type="submit" variant="secondary" loading={busy} disabled={busy}>{t('common.save')}</Button></div>
      </form>
    </section>
  );
}

function RemoveSection({ document: d }: { document: CooperationDocument }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState(false);
  return (
    <section aria-labelledby="remove-heading" className="stack">
      <Heading level={2} data-size="sm" id="remove-heading">{t('cooperationDocuments.remove.heading')}</Heading>
      <Paragraph data-size="sm">{t('cooperationDocuments.remove.intro')}</Paragraph>
      <div><Button variant="secondary" data-color="danger" onClick={() => setAsking(true)}>{t('cooperationDocuments.remove.button')}</Button></div>
      {asking ? (
        <ConfirmDialog
          title={t('cooperationDocuments.remove.confirmTitle')}
          body={t('cooperationDocuments.remove.confirmBody', { title: d.title })}
          confirmLabel={t('cooperationDocuments.remove.button')}
          onConfirm={async () => {
            await api.post(`/cooperation/documents/${d.id}/remove`, { version: d.version });
            queryClient.removeQueries({ queryKey: [...documentsKey, d.id] });
            await queryClient.invalidateQueries({ queryKey: ['cooperation'] });
            await navigate('/samarbeid/avtaler');
          }}
          onClose={() => setAsking(false)}
        />
      ) : null}
    </section>
  );
}
