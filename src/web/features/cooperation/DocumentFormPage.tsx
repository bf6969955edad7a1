import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api } from '../../api.ts';
import { FormErrorSummary } from '../../components/FormErrorSummary.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useFieldForm } from '../../components/useFieldForm.ts';
import { useMe } from '../../session.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';
import './documents.css';
import { documentLimits, type CooperationDocumentKind } from '../../../domain/cooperation-documents.ts';
import { KindField, LimitedText, OwnerField, PartiesField } from './DocumentFields.tsx';
import { documentsKey, templateQuery, type CooperationDocument } from './documentsApi.ts';

const todayInOslo = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Oslo' });

/**
 * `/samarbeid/avtaler/ny` (centre lead): a new agreement or routine with its first version. With `?mal=<id>` it
 * starts from a template another centre published; the text is copied here and is the centre's own from then on.
 */
export function DocumentFormPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [params] = useSearchParams();
  const templateId = params.get('mal');
  useDocumentTitle(t('cooperationDocuments.form.title'));
  const template = useQuery({ ...templateQuery(templateId ?? ''), enabled: !!templateId && me.role === 'career-centre-lead' });
  if (me.role !== 'career-centre-lead') return <NotFoundPage />;
  if (templateId && template.isPending) return <Loading />;
  if (templateId && template.isError) return <NotFoundPage />;
  return <DocumentForm key={templateId ?? 'blank'} template={template.data} />;
}

function DocumentForm({ template }: { template?: { id: string; kind: CooperationDocumentKind; title: string; body: string; careerCentre: { name: string } } }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form, setForm] = useState({
    kind: template?.kind ?? ('cooperation-agreement' as CooperationDocumentKind), title: template?.title ?? '', ownerUserId: '',
    municipalityIds: [] as string[], nextReviewOn: '', effectiveFrom: todayInOslo(), body: template?.body ?? '',
    changeNote: template ? t('cooperationDocuments.form.fromTemplateNote', { centre: template.careerCentre.name }) : '',
  });
  const { busy, errors, attempt, onSubmit, summary, clearErrors } = useFieldForm('document-');
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) => setForm((f) => ({ ...f, [key]: value }));
  // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new template clears the messages
  useEffect(() => { clearErrors(); }, [template]);

  const submit = onSubmit(async () => {
    const made = await api.post<CooperationDocument>('/cooperation/documents', {
      kind: form.kind, title: form.title, ownerUserId: form.ownerUserId || undefined, municipalityIds: form.municipalityIds,
      nextReviewOn: form.nextReviewOn || null, effectiveFrom: form.effectiveFrom || undefined, body: form.body,
      changeNote: form.changeNote, ...(template ? { fromTemplateId: template.id } : {}),
    });
    await queryClient.invalidateQueries({ queryKey: documentsKey });
    await navigate(`/samarbeid/avtaler/${made.id}`);
  });

  const labels: Record<string, string> = {
    kind: t('cooperationDocuments.fields.kind'), title: t('cooperationDocuments.fields.title'), ownerUserId: t('cooperationDocuments.fields.owner'),
    municipalityIds: t('cooperationDocuments.fields.parties'), nextReviewOn: t('cooperationDocuments.fields.nextReview'),
    effectiveFrom: t('cooperationDocuments.fields.effectiveFrom'), body: t('cooperationDocuments.fields.body'), changeNote: t('cooperationDocuments.fields.changeNote'),
  };

  return (
    <div className="stack-lg">
      <div className="stack">
        <Heading level={1} data-size="lg">{t('cooperationDocuments.form.title')}</Heading>
        <Paragraph><Link to="/samarbeid/avtaler">{t('cooperationDocuments.back')}</Link></Paragraph>
        {template ? (
          <Alert data-color="info" data-size="sm">
            <Paragraph data-size="sm">{t('cooperationDocuments.form.fromTemplate', { title: template.title, centre: template.careerCentre.name })}</Paragraph>
          </Alert>
        ) : null}
      </div>
      <form onSubmit={submit} noValidate className="stack" aria-labelledby="document-form-heading">
        <Heading level={2} data-size="sm" id="document-form-heading">{t('cooperationDocuments.form.heading')}</Heading>
        <FormErrorSummary key={attempt} errors={summary(labels)} />
        <KindField value={form.kind} error={errors.kind} onChange={(v) => set('kind', v)} />
        <LimitedText id="document-title" label={labels.title!} value={form.title} limit={documentLimits.title} error={errors.title} onChange={(v) => set('title', v)} />
        <OwnerField value={form.ownerUserId} error={errors.ownerUserId} onChange={(v) => set('ownerUserId', v)} />
        <PartiesField value={form.municipalityIds} error={errors.municipalityIds} onChange={(v) => set('municipalityIds', v)} />
        <div className="field-pair">
          <Textfield id="document-effectiveFrom" type="date" label={labels.effectiveFrom} value={form.effectiveFrom} error={errors.effectiveFrom}
            onChange={(e) => set('effectiveFrom', e.target.value)} />
          <Textfield id="document-nextReviewOn" type="date" label={labels.nextReviewOn} description={t('cooperationDocuments.fields.nextReviewHelp')}
            value={form.nextReviewOn} error={errors.nextReviewOn} onChange={(e) => set('nextReviewOn', e.target.value)} />
        </div>
        <LimitedText id="document-body" label={labels.body!} description={t('cooperationDocuments.fields.bodyHelp')} value={form.body} limit={documentLimits.body}
          error={errors.body} multiline rows={14} onChange={(v) => set('body', v)} />
        <LimitedText id="document-changeNote" label={labels.changeNote!} value={form.changeNote} limit={documentLimits.changeNote} error={errors.changeNote}
          multiline rows={2} onChange={(v) => set('changeNote', v)} />
        <div>
          <Button type="submit" loading={busy} disabled={busy}>{t('cooperationDocuments.form.submit')}</Button>
        </div>
      </form>
    </div>
  );
}
