import { Alert, Button, Fieldset, Heading, Paragraph, Radio, Switch, Tag } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { wordingKinds } from '../../../domain/guidance-note-model.ts';
import { api, isApiError } from '../../api.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { isCentreRole } from '../../roles.ts';
import { useMe } from '../../session.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { wordingsQuery, type Wording, type WordingKind } from './noteApi.ts';
import './notes.css';
import { FormButtons } from '../../components/FormButtons.tsx';
import { LimitedTextfield } from '../../components/LimitedTextfield.tsx';
import { textLimits } from '../../../domain/text-limits.ts';

/** `/senter/formuleringer`: the centre's library of wordings. Counsellors read it; the lead curates it. */
export function WordingsPage() {
  const { t } = useTranslation();
  const me = useMe();
  useDocumentTitle(t('notes.wordings.pageTitle'));
  const [showArchived, setShowArchived] = useState(false);
  const wordings = useQuery({ ...wordingsQuery(showArchived), enabled: isCentreRole(me.role) });
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [archiving, setArchiving] = useState<Wording | null>(null);
  const queryClient = useQueryClient();
  if (!isCentreRole(me.role)) return <NotFoundPage />;
  const lead = me.role === 'career-centre-lead';
  const all = wordings.data ?? [];
  const shown = all.filter((wording) => showArchived || !wording.archived);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['wordings'] });

  return (
    <div className="stack-lg wordings-page">
      <div>
        <Heading level={1} data-size="lg">
          {t('notes.wordings.pageTitle')}
        </Heading>
        <Paragraph>{lead ? t('notes.wordings.introLead') : t('notes.wordings.introCounsellor')}</Paragraph>
      </div>
      <div className="button-row">
        {lead && !creating ? <Button onClick={() => setCreating(true)}>{t('notes.wordings.new')}</Button> : null}
        <Switch label={t('notes.wordings.showArchived')} checked={showArchived} onChange={(event) => setShowArchived(event.target.checked)} />
      </div>
      {creating ? <WordingForm onDone={() => setCreating(false)} /> : null}
      {wordings.isPending ? <Loading label={t('notes.wordings.loading')} /> : null}
      {wordings.isError ? <ErrorAlert error={wordings.error} /> : null}
      {wordings.isSuccess && shown.length === 0 ? (
        <div className="empty-state">
          <Paragraph>{lead ? t('notes.wordings.emptyLead') : t('notes.wordings.empty')}</Paragraph>
        </div>
      ) : null}
      {shown.length > 0 ? (
        <ul className="wording-list wording-list--page">
          {shown.map((wording) => (
            <li key={wording.id} className="wording-item">
              {editing === wording.id ? (
                <WordingForm wording={wording} onDone={() => setEditing(null)} />
              ) : (
                <>
                  <div className="wording-item__head">
                    <Heading level={2} data-size="xs">
                      {wording.title}
                    </Heading>
                    <Tag data-size="sm" data-color={wording.kind === 'recommendation' ? 'brand2' : 'neutral'}>
                      {t(`notes.wordingKind.${wording.kind}`)}
                    </Tag>
                    {wording.archived ? (
                      <Tag data-size="sm" data-color="warning">
                        {t('notes.wordings.archived')}
                      </Tag>
                    ) : null}
                  </div>
                  <Paragraph className="pre-wrap">{wording.body}</Paragraph>
                  {wording.lawReference ? (
                    <Paragraph data-size="sm" className="muted">
                      {t('notes.wordings.lawReferenceShown', { reference: wording.lawReference })}
                    </Paragraph>
                  ) : null}
                  {lead ? (
                    <div className="button-row">
                      <Button variant="secondary" data-size="sm" onClick={() => setEditing(wording.id)}>
                        {t('notes.wordings.edit')}
                        <span className="ds-sr-only"> «{wording.title}»</span>
                      </Button>
                      {wording.archived ? (
                        <Button
                          variant="tertiary"
                          data-size="sm"
                          onClick={() =>
                            void api
                              .patch(`/wordings/${wording.id}`, { version: wording.version, archived: false })
                              .then(refresh)
                          }
                        >
                          {t('notes.wordings.restore')}
                          <span className="ds-sr-only"> «{wording.title}»</span>
                        </Button>
                      ) : (
                        <Button variant="tertiary" data-color="danger" data-size="sm" onClick={() => setArchiving(wording)}>
                          {t('notes.wordings.archive')}
                          <span className="ds-sr-only"> «{wording.title}»</span>
                        </Button>
                      )}
                    </div>
                  ) : null}
                </>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {archiving ? (
        <ConfirmDialog
          title={t('notes.wordings.archiveTitle')}
          body={t('notes.wordings.archiveBody', { title: archiving.title })}
          confirmLabel={t('notes.wordings.archiveConfirm')}
          onConfirm={async () => {
            await api.patch(`/wordings/${archiving.id}`, { version: archiving.version, archived: true });
            await refresh();
          }}
          onClose={() => setArchiving(null)}
        />
      ) : null}
    </div>
  );
}

function WordingForm({ wording, onDone }: { wording?: Wording; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<WordingKind>(wording?.kind ?? 'wording');
  const [title, setTitle] = useState(wording?.title ?? '');
  const [body, setBody] = useState(wording?.body ?? '');
  const [lawReference, setLawReference] = useState(wording?.lawReference ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const prefix = wording ? `wording-${wording.id}` : 'wording-new';

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    setFormError(undefined);
    const values = { kind, title: title.trim(), body: body.trim(), lawReference: lawReference.trim() };
    try {
      if (wording) await api.patch(`/wordings/${wording.id}`, { version: wording.version, ...values });
      else await api.post('/wordings', values);
      await queryClient.invalidateQueries({ queryKey: ['wordings'] });
      onDone();
    } catch (error) {
      if (isApiError(error, 400) && error.fields.length > 0) {
        setErrors(Object.fromEntries(error.fields.map((field) => [field.path, field.message])));
      } else {
        setFormError(isApiError(error, 409) ? t('notes.changedByOthers') : isApiError(error) ? error.message : t('errors.unexpected'));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate className="stack wording-form" aria-labelledby={`${prefix}-heading`}>
      <Heading level={2} data-size="xs" id={`${prefix}-heading`}>
        {wording ? t('notes.wordings.editHeading', { title: wording.title }) : t('notes.wordings.newHeading')}
      </Heading>
      <Fieldset>
        <Fieldset.Legend>{t('notes.wordings.kind')}</Fieldset.Legend>
        {wordingKinds.map((value) => (
          <Radio
            key={value}
            name={`${prefix}-kind`}
            value={value}
            label={t(`notes.wordingKind.${value}`)}
            checked={kind === value}
            onChange={() => setKind(value)}
          />
        ))}
      </Fieldset>
      <LimitedTextfield limit={textLimits.wordingTitle} label={t('notes.wordings.titleLabel')} value={title} onChange={(event) => setTitle(event.target.value)} error={errors['title']} />
      <LimitedTextfield limit={textLimits.wordingBody} multiline rows={5} label={t('notes.wordings.body')} value={body} onChange={(event) => setBody(event.target.value)} error={errors['body']} />
      <LimitedTextfield
        limit={textLimits.lawReference}
        label={t('notes.wordings.lawReference')}
        description={t('notes.wordings.lawReferenceHelp')}
        value={lawReference}
        onChange={(event) => setLawReference(event.target.value)}
        error={errors['lawReference']}
      />
      {formError ? (
        <Alert data-color="danger" role="alert">
          {formError}
        </Alert>
      ) : null}
      <FormButtons submitLabel={t('common.save')} busy={busy} onCancel={onDone} />
    </form>
  );
}
