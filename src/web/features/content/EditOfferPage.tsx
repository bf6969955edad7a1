import { Alert, Button, Fieldset, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isValidIsoDate } from '../../../domain/index.ts';
import { api, isApiError } from '../../api.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormErrorSummary, type SummaryError } from '../../components/FormErrorSummary.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { formatDate, formatDateTime, toInputDate, toIsoDate } from '../../format.ts';
import { canEditContent } from '../../roles.ts';
import { useMe } from '../../session.ts';
import type { Localized, PublishedOffer } from '../map/mapData.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { LimitedTextfield } from '../../components/LimitedTextfield.tsx';
import { textLimits } from '../../../domain/text-limits.ts';
import type { z } from 'zod';
import type { revisionList } from '../../../server/features/map/schemas.ts';

/** The texts an editor may change (the server's `editableTexts`); structure changes only in code review. */
export const editableFields = ['title', 'summary', 'forWhom', 'requirements', 'content', 'duration', 'fundedBy'] as const;
type EditableField = (typeof editableFields)[number];
type Texts = Record<EditableField, Localized>;
const languages = ['nb', 'en'] as const;
/** Short texts get one line; the rest a text area. */
const singleLine: readonly EditableField[] = ['title'];

type Revision = z.output<typeof revisionList>['items'][number];

const offerKey = (id: string) => ['map', 'offer', id] as const;
const revisionsKey = (id: string) => ['map', 'revisions', id] as const;

function textsOf(offer: PublishedOffer): Texts {
  return {
    title: offer.title,
    summary: offer.summary,
    forWhom: offer.forWhom,
    requirements: offer.requirements.text,
    content: offer.content,
    duration: offer.duration,
    fundedBy: offer.fundedBy,
  };
}

const fieldId = (field: string, language?: string) => (language ? `edit-${field}-${language}` : `edit-${field}`);

export function EditOfferPage() {
  const me = useMe();
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const allowed = canEditContent(me.role);
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  const offer = useQuery({
    queryKey: offerKey(id),
    queryFn: () => api.get<PublishedOffer>(`/map/offers/${encodeURIComponent(id)}`),
    enabled: allowed,
    staleTime: 0,
  });
  useDocumentTitle(
    !allowed ? t('notFound.title') : offer.data ? t('content.editTitle', { title: offer.data.title.nb }) : t('content.title'),
  );
  if (!allowed) return <NotFoundPage />;
  if (offer.isPending) return <Loading label={t('content.loadingOffer')} />;
  if (offer.isError && isApiError(offer.error, 404)) return <NotFoundPage />;
  if (offer.isError) {
    return (
      <div className="stack">
        <Heading level={1} data-size="lg">
          {t('content.title')}
        </Heading>
        <ErrorAlert error={offer.error} />
      </div>
    );
  }
  // A new key after each save or reload starts the form afresh from the published text.
  return (
    <EditOffer
      key={offer.data.version}
      offer={offer.data}
      saved={savedVersion === offer.data.version ? savedVersion : null}
      onSaved={setSavedVersion}
    />
  );
}

function EditOffer({
  offer,
  saved,
  onSaved,
}: {
  offer: PublishedOffer;
  saved: number | null;
  onSaved: (version: number) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [texts, setTexts] = useState<Texts>(() => textsOf(offer));
  const [reviewDue, setReviewDue] = useState(toInputDate(offer.reviewDue));
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [conflict, setConflict] = useState(false);
  const [formError, setFormError] = useState<unknown>();
  const original = textsOf(offer);

  const setText = (field: EditableField, language: 'nb' | 'en', value: string) => {
    setTexts({ ...texts, [field]: { ...texts[field], [language]: value } });
  };

  const validate = (): Record<string, string> => {
    const found: Record<string, string> = {};
    for (const field of editableFields) {
      for (const language of languages) {
        const value = texts[field][language].trim();
        if (!value) found[`texts.${field}.${language}`] = t('content.form.required');
        else if (value.length > textLimits.offerText) found[`texts.${field}.${language}`] = t('content.form.tooLong', { count: textLimits.offerText });
      }
    }
    const due = toIsoDate(reviewDue);
    if (!reviewDue.trim()) found['reviewDue'] = t('content.form.reviewDueRequired');
    else if (!isValidIsoDate(due)) found['reviewDue'] = t('form.dateInvalid');
    return found;
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setFormError(undefined);
    setConflict(false);
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    const changed = Object.fromEntries(
      editableFields
        .filter((field) => languages.some((language) => texts[field][language].trim() !== original[field][language]))
        .map((field) => [field, { nb: texts[field].nb.trim(), en: texts[field].en.trim() }]),
    );
    setBusy(true);
    try {
      const updated = await api.patch<PublishedOffer>(`/map/offers/${encodeURIComponent(offer.id)}`, {
        texts: changed,
        reviewDue: toIsoDate(reviewDue),
        ...(note.trim() ? { note: note.trim() } : {}),
        version: offer.version,
      });
      onSaved(updated.version);
      queryClient.setQueryData(offerKey(offer.id), updated);
      await queryClient.invalidateQueries({ queryKey: ['map'] });
    } catch (error) {
      if (isApiError(error, 409)) {
        setConflict(true);
      } else if (isApiError(error, 400) && error.fields.length > 0) {
        setErrors(Object.fromEntries(error.fields.map((field) => [field.path, field.message])));
        setAttempt((n) => n + 1);
      } else {
        setFormError(error);
      }
    } finally {
      setBusy(false);
    }
  };

  const reload = async () => {
    await queryClient.invalidateQueries({ queryKey: ['map'] });
  };

  const labelFor = (path: string): string => {
    const [, field, language] = path.split('.');
    if (path === 'reviewDue') return t('content.form.reviewDue');
    if (path === 'note') return t('content.form.note');
    if (field && language) return `${t(`content.fields.${field}`)} (${t(`content.form.${language}`)})`;
    return '';
  };
  const idFor = (path: string): string | undefined => {
    const [, field, language] = path.split('.');
    if (path === 'reviewDue' || path === 'note') return fieldId(path);
    return field && language ? fieldId(field, language) : undefined;
  };
  const summary: SummaryError[] = Object.entries(errors).map(([path, message]) => ({
    fieldId: idFor(path),
    label: labelFor(path) || undefined,
    message,
  }));

  return (
    <div className="stack-lg">
      <div>
        <Paragraph data-size="sm">
          <Link to="/innhold">{t('content.back')}</Link>
        </Paragraph>
        <Heading level={1} data-size="lg">
          {t('content.editTitle', { title: offer.title.nb })}
        </Heading>
        <dl className="facts facts--compact">
          <div>
            <dt>{t('content.version')}</dt>
            <dd>{offer.version}</dd>
          </div>
          <div>
            <dt>{t('content.lastReviewed')}</dt>
            <dd>{formatDate(offer.lastReviewed)}</dd>
          </div>
          <div>
            <dt>{t('content.reviewDue')}</dt>
            <dd>{offer.reviewDue ? formatDate(offer.reviewDue) : t('content.notSet')}</dd>
          </div>
          <div>
            <dt>{t('content.onMap')}</dt>
            <dd>
              <Link to={`/kart/tilbud/${offer.id}`}>{t('content.seeOnMap')}</Link>
            </dd>
          </div>
        </dl>
      </div>

      {saved !== null ? (
        <Alert data-color="success" role="status">
          <Paragraph>{t('content.saved', { version: saved })}</Paragraph>
        </Alert>
      ) : null}

      <form onSubmit={submit} noValidate className="edit-form stack-lg">
        <FormErrorSummary key={attempt} errors={summary} />
        <Paragraph data-size="sm">{t('content.form.intro')}</Paragraph>
        {editableFields.map((field) => (
          <Fieldset key={field} className="edit-fieldset">
            <Fieldset.Legend>{t(`content.fields.${field}`)}</Fieldset.Legend>
            <div className="edit-pair">
              {languages.map((language) => {
                const common = {
                  id: fieldId(field, language),
                  label: t(`content.form.${language}`),
                  lang: language,
                  value: texts[field][language],
                  error: errors[`texts.${field}.${language}`],
                };
                return singleLine.includes(field) ? (
                  <LimitedTextfield limit={textLimits.offerText} key={language} {...common} onChange={(event) => setText(field, language, event.target.value)} />
                ) : (
                  <LimitedTextfield
                    limit={textLimits.offerText}
                    key={language}
                    {...common}
                    multiline
                    rows={field === 'summary' ? 3 : 5}
                    onChange={(event) => setText(field, language, event.target.value)}
                  />
                );
              })}
            </div>
          </Fieldset>
        ))}
        <div className="field-pair">
          <Textfield
            id={fieldId('reviewDue')}
            className="date-field"
            label={t('content.form.reviewDue')}
            description={t('content.form.reviewDueHelp')}
            inputMode="numeric"
            value={reviewDue}
            onChange={(event) => setReviewDue(event.target.value)}
            error={errors['reviewDue']}
          />
        </div>
        <LimitedTextfield
          limit={textLimits.offerEditNote}
          id={fieldId('note')}
          multiline
          rows={3}
          label={t('content.form.note')}
          description={t('content.form.noteHelp')}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          error={errors['note']}
        />
        {conflict ? (
          <Alert data-color="danger" role="alert">
            <Paragraph>{t('content.conflict')}</Paragraph>
            <Button variant="secondary" data-size="sm" type="button" onClick={() => void reload()}>
              {t('content.reload')}
            </Button>
          </Alert>
        ) : null}
        {formError ? <ErrorAlert error={formError} /> : null}
        <div className="button-row">
          <Button type="submit" loading={busy} disabled={busy}>
            {t('content.form.submit')}
          </Button>
        </div>
      </form>

      <RevisionHistory offer={offer} onUse={(revisionTexts) => setTexts({ ...texts, ...revisionTexts })} />
    </div>
  );
}

/** Who changed the texts when, with the review date and note they gave; any version's texts can be viewed. */
function RevisionHistory({ offer, onUse }: { offer: PublishedOffer; onUse: (texts: Partial<Texts>) => void }) {
  const { t } = useTranslation();
  const revisions = useQuery({
    queryKey: revisionsKey(offer.id),
    queryFn: () => api.get<{ items: Revision[] }>(`/map/offers/${encodeURIComponent(offer.id)}/revisions`),
    staleTime: 0,
  });
  const [shown, setShown] = useState<number | null>(null);
  const shownRevision = revisions.data?.items.find((revision) => revision.version === shown);

  return (
    <section className="stack" aria-labelledby="history-heading">
      <Heading level={2} data-size="sm" id="history-heading">
        {t('content.history.heading')}
      </Heading>
      {revisions.isPending ? <Loading label={t('content.history.loading')} /> : null}
      {revisions.isError ? <ErrorAlert error={revisions.error} /> : null}
      {revisions.isSuccess && revisions.data.items.length === 0 ? (
        <Paragraph>{t('content.history.none')}</Paragraph>
      ) : null}
      {revisions.isSuccess && revisions.data.items.length > 0 ? (
        <DataTable
          zebra
          caption={t('content.history.caption')}
          headers={[
            t('content.version'),
            t('content.history.when'),
            t('content.history.who'),
            t('content.reviewDue'),
            t('content.history.note'),
            <span className="ds-sr-only">{t('content.history.actions')}</span>,
          ]}
        >
          {revisions.data.items.map((revision) => (
            <Table.Row key={revision.version}>
              <Table.Cell>{revision.version}</Table.Cell>
              <Table.Cell className="date-cell">{formatDateTime(revision.editedAt)}</Table.Cell>
              <Table.Cell>{revision.editedBy.name}</Table.Cell>
              <Table.Cell className="date-cell">{formatDate(revision.reviewDue)}</Table.Cell>
              <Table.Cell className="pre-wrap">{revision.note || <span className="muted">–</span>}</Table.Cell>
              <Table.Cell>
                <Button
                  variant="tertiary"
                  data-size="sm"
                  aria-expanded={shown === revision.version}
                  aria-controls="revision-texts"
                  onClick={() => setShown(shown === revision.version ? null : revision.version)}
                >
                  {shown === revision.version
                    ? t('content.history.hide', { version: revision.version })
                    : t('content.history.show', { version: revision.version })}
                </Button>
              </Table.Cell>
            </Table.Row>
          ))}
        </DataTable>
      ) : null}
      <div id="revision-texts">
        {shownRevision ? (
          <section className="panel stack" aria-labelledby="revision-texts-heading">
            <Heading level={3} data-size="xs" id="revision-texts-heading">
              {t('content.history.textsOf', { version: shownRevision.version })}
            </Heading>
            <dl className="revision-texts">
              {editableFields.map((field) => {
                const text = shownRevision.texts[field];
                return (
                  <div key={field}>
                    <dt>{t(`content.fields.${field}`)}</dt>
                    {text ? (
                      <>
                        <dd>
                          <span className="muted">{t('content.form.nb')}: </span>
                          <span lang="nb">{text.nb}</span>
                        </dd>
                        <dd>
                          <span className="muted">{t('content.form.en')}: </span>
                          <span lang="en">{text.en}</span>
                        </dd>
                      </>
                    ) : (
                      <dd className="muted">{t('content.history.unchanged')}</dd>
                    )}
                  </div>
                );
              })}
            </dl>
            {Object.keys(shownRevision.texts).length > 0 ? (
              <div className="button-row">
                <Button variant="secondary" data-size="sm" onClick={() => onUse(shownRevision.texts)}>
                  {t('content.history.use', { version: shownRevision.version })}
                </Button>
              </div>
            ) : null}
          </section>
        ) : null}
      </div>
      <Paragraph data-size="sm" className="muted">
        {t('content.history.original')}
      </Paragraph>
    </section>
  );
}
