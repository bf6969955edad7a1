import { Alert, Button, Checkbox, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, isApiError } from '../../api.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormErrorSummary } from '../../components/FormErrorSummary.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import i18n, { intlLocale } from '../../i18n/index.ts';
import { formatDate, formatDateTime } from '../../format.ts';
import { isCentreRole, isMunicipalityRole } from '../../roles.ts';
import { useMe } from '../../session.ts';
import type { Order } from '../../types.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { FeedbackForm, FeedbackView } from './FeedbackForm.tsx';
import {
  noteKey, noteQuery, notificationsKey, participantVersionPath, useNotifications, type Note, type NoteContent,
} from './noteApi.ts';
import { appendWording, fieldDomId, getText, setText, type TextFieldKey } from './noteContent.ts';
import { NoteForm } from './NoteForm.tsx';
import { NoteReadinessList, isReadinessField, readinessField, useNoteReadiness } from './NoteReadiness.tsx';
import {
  ExportSection, NoteStatusTag, ReadReceipts, ReviewPanel, ReviewRequestDialog, RevisionsSection, useSetNote,
} from './NotePanels.tsx';
import { NoteView } from './NoteView.tsx';
import { useAutosave, type SaveState } from './useAutosave.ts';
import { WordingPanel } from './WordingPanel.tsx';
import './notes.css';
import { FormButtons } from '../../components/FormButtons.tsx';
import { FollowUpTag } from '../talks/OrderKindTags.tsx';
import { LimitedTextfield } from '../../components/LimitedTextfield.tsx';
import { textLimits } from '../../../domain/text-limits.ts';

/** `/bestillinger/:orderId/notat`: the counsellor writes the note here; the municipality reads the sent note here. */
export function NotePage() {
  const { orderId = '' } = useParams();
  const me = useMe();
  const { t } = useTranslation();
  const order = useQuery({
    queryKey: ['order', orderId],
    queryFn: () => api.get<Order>(`/orders/${encodeURIComponent(orderId)}`),
  });
  const note = useQuery({ ...noteQuery(orderId), enabled: order.isSuccess });
  useMarkNotificationsRead(note.data?.id);
  const name = order.data ? `${order.data.participant.givenName} ${order.data.participant.familyName}` : undefined;
  useDocumentTitle(name ? t('notes.titleFor', { name }) : t('notes.title'));

  if (!isCentreRole(me.role) && !isMunicipalityRole(me.role)) return <NotFoundPage />;
  if (order.isPending) return <Loading label={t('notes.loading')} />;
  if (order.isError && (isApiError(order.error, 404) || isApiError(order.error, 400))) return <NotFoundPage />;
  if (order.isError) return <ErrorAlert error={order.error} />;

  const centre = isCentreRole(me.role);
  const missing = note.isError && isApiError(note.error, 404);

  return (
    <div className="stack-lg note-page">
      <div>
        <Paragraph data-size="sm" className="no-print">
          <Link to={`/deltakere/${order.data.participantId}`}>{t('notes.backToParticipant', { name })}</Link>
        </Paragraph>
        <Heading level={1} data-size="lg">
          {t('notes.title')}
        </Heading>
        <Paragraph className="lead">
          {name} · {order.data.careerCentre.name}
          {note.data ? (
            <>
              {' '}
              <NoteStatusTag status={note.data.status} />
            </>
          ) : null}
        </Paragraph>
        <FollowUpTag order={order.data} />
      </div>
      {note.isPending ? <Loading label={t('notes.loading')} /> : null}
      {note.isError && !missing ? <ErrorAlert error={note.error} /> : null}
      {missing && centre ? <CreateNote order={order.data} /> : null}
      {missing && !centre ? (
        <div className="empty-state">
          <Paragraph>{t('notes.notSentYet')}</Paragraph>
        </div>
      ) : null}
      {note.data ? <NoteBody note={note.data} centre={centre} /> : null}
    </div>
  );
}

/** Opening the note is what its notifications ask for: mark them read so the count in the header goes down. */
function useMarkNotificationsRead(noteId: string | undefined) {
  const queryClient = useQueryClient();
  const notifications = useNotifications(Boolean(noteId));
  const unread = (notifications.data?.items ?? []).filter((n) => n.noteId === noteId && !n.readAt).map((n) => n.id);
  const key = unread.join(',');
  useEffect(() => {
    if (!key) return;
    void Promise.all(key.split(',').map((id) => api.post(`/notifications/${id}/read`).catch(() => undefined))).then(() =>
      queryClient.invalidateQueries({ queryKey: notificationsKey }),
    );
  }, [key, queryClient]);
}

function NoteBody({ note, centre }: { note: Note; centre: boolean }) {
  if (note.status === 'sent') return <SentNote note={note} centre={centre} />;
  if (note.status === 'draft' && centre) return <DraftEditor key={note.id} note={note} />;
  return <NoteInReview note={note} />;
}

const acceptedStatuses = new Set(['accepted', 'scheduled', 'completed']);

function CreateNote({ order }: { order: Order }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  if (!acceptedStatuses.has(order.status)) {
    return (
      <div className="empty-state">
        <Paragraph>{t('notes.notYetPossible')}</Paragraph>
      </div>
    );
  }
  const create = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const note = await api.post<Note>(`/orders/${order.id}/note`);
      queryClient.setQueryData(noteKey(order.id), note);
    } catch (caught) {
      // Someone else created it a moment ago: show theirs.
      if (isApiError(caught, 409)) await queryClient.invalidateQueries({ queryKey: noteKey(order.id) });
      else setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="empty-state stack">
      <Paragraph>{t('notes.noNoteYet')}</Paragraph>
      <Paragraph data-size="sm">{t('notes.createHelp')}</Paragraph>
      {error ? <ErrorAlert error={error} /> : null}
      <div>
        <Button onClick={() => void create()} loading={busy} disabled={busy}>
          {t('notes.create')}
        </Button>
      </div>
    </div>
  );
}

/** "Lagret kl. 12:03" in Norwegian time. */
function clock(value: string | null): string {
  if (!value) return '';
  return new Intl.DateTimeFormat(intlLocale(i18n.language), { timeStyle: 'short', timeZone: 'Europe/Oslo' }).format(new Date(value));
}

function SaveStatus({ state, onRetry, onOverwrite, onReload }: { state: SaveState; onRetry: () => void; onOverwrite: () => void; onReload: () => void }) {
  const { t } = useTranslation();
  const text =
    state.kind === 'saving'
      ? t('notes.save.saving')
      : state.kind === 'pending'
        ? t('notes.save.pending')
        : state.kind === 'saved'
          ? state.at
            ? t('notes.save.savedAt', { time: clock(state.at) })
            : t('notes.save.saved')
          : state.kind === 'error'
            ? t('notes.save.failed')
            : state.kind === 'too-long'
              ? t('notes.save.tooLong')
              : t('notes.save.conflictShort');
  return (
    <div className={`save-status save-status--${state.kind} no-print`}>
      <p role="status" className="save-status__text" data-testid="save-status">
        {text}
      </p>
      {state.kind === 'error' ? (
        <div className="save-status__actions">
          {state.message ? <span className="muted">{state.message}</span> : null}
          <Button data-size="sm" variant="secondary" onClick={onRetry}>
            {t('notes.save.retry')}
          </Button>
        </div>
      ) : null}
      {state.kind === 'conflict' ? (
        <Alert data-color="warning">
          <Paragraph>{t('notes.save.conflict')}</Paragraph>
          <div className="button-row">
            <Button data-size="sm" onClick={onOverwrite}>
              {t('notes.save.keepMine')}
            </Button>
            <Button data-size="sm" variant="secondary" onClick={onReload}>
              {t('notes.save.reload')}
            </Button>
          </div>
        </Alert>
      ) : null}
    </div>
  );
}

function fieldErrors(error: unknown): Record<string, string> {
  if (!isApiError(error, 400)) return {};
  return Object.fromEntries(error.fields.map((field) => [field.path.replace(/^(body\.)?(content\.)?/, ''), field.message]));
}

function DraftEditor({ note }: { note: Note }) {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const setNote = useSetNote();
  const autosave = useAutosave(note);
  const [target, setTarget] = useState<TextFieldKey>('wishes');
  const [dialog, setDialog] = useState<'review' | 'send' | 'reload' | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const [actionError, setActionError] = useState<string>();
  const showParticipantVersion = note.settings?.participantCopy !== 'none';
  const mayAct = note.author.id === me.id || me.role === 'career-centre-lead';

  /** Saves what is typed and gives the version to send with the next action. */
  const savedVersion = async () => {
    await autosave.flush();
    return queryClient.getQueryData<Note>(noteKey(note.orderId))?.version ?? note.version;
  };

  const send = async () => {
    setErrors({});
    setActionError(undefined);
    try {
      const version = await savedVersion();
      setNote(await api.post<Note>(`/notes/${note.id}/send`, { version }));
    } catch (caught) {
      const fields = fieldErrors(caught);
      if (Object.keys(fields).length > 0) {
        setErrors(fields);
        setAttempt((n) => n + 1);
        return; // the error summary explains, and the dialog closes
      }
      if (isApiError(caught)) throw caught; // the dialog shows the server's words (e.g. review required)
      throw new Error(t('notes.save.notSaved'));
    }
  };

  const readiness = useNoteReadiness(note, autosave.content);
  /** Opens the review or send dialog only when the note is ready; otherwise the summary lists what is missing. */
  const openWhenReady = (which: 'review' | 'send') => {
    if (readiness.ready) {
      setDialog(which);
      return;
    }
    setErrors(Object.fromEntries(readiness.missing.map((item) => [readinessField(item), t(`noteReadiness.fieldMessage.${item}`)])));
    setAttempt((n) => n + 1);
  };

  // A readiness gap the counsellor has since filled drops out of the summary at once.
  const stillMissing = new Set(readiness.missing.map(readinessField));
  const shownErrors = Object.fromEntries(Object.entries(errors).filter(([path]) => !isReadinessField(path) || stillMissing.has(path)));

  const reviewRequired = note.settings?.reviewRequired ?? false;
  const summary = Object.entries(shownErrors).map(([path, message]) => ({
    fieldId: fieldDomId(path),
    label: t(`notes.fields.${path}`, { defaultValue: path }),
    message,
  }));

  return (
    <div className="note-editor">
      <div className="note-editor__main stack-lg">
        {autosave.restored ? (
          <Alert data-color="info" data-testid="unsaved-restored">
            {t('sessionRescue.restored')}
          </Alert>
        ) : null}
        <SaveStatus
          state={autosave.state}
          onRetry={() => void autosave.retry()}
          onOverwrite={() => void autosave.overwrite()}
          onReload={() => setDialog('reload')}
        />
        <ReviewPanel note={note} />
        <FormErrorSummary key={attempt} errors={summary} />
        <NoteForm
          content={autosave.content}
          onChange={autosave.update}
          onFieldFocus={setTarget}
          errors={shownErrors}
          showParticipantVersion={showParticipantVersion}
          recommendationRequired={note.recommendationRequired ?? true}
        />
        {mayAct ? (
          <section className="stack no-print" aria-labelledby="note-actions-heading">
            <Heading level={2} data-size="sm" id="note-actions-heading">
              {t('notes.actions.heading')}
            </Heading>
            <Paragraph data-size="sm">
              {reviewRequired ? t('notes.actions.reviewRequired') : t('notes.actions.reviewOptional')}
            </Paragraph>
            {actionError ? (
              <Alert data-color="danger" role="alert">
                {actionError}
              </Alert>
            ) : null}
            <NoteReadinessList missing={readiness.missing} />
            <div className="button-row">
              <Button variant={reviewRequired ? 'primary' : 'secondary'} onClick={() => openWhenReady('review')}>
                {t('notes.actions.requestReview')}
              </Button>
              {!reviewRequired ? <Button onClick={() => openWhenReady('send')}>{t('notes.actions.send')}</Button> : null}
            </div>
          </section>
        ) : null}
        <RevisionsSection note={note} />
      </div>
      <WordingPanel
        target={target}
        onTargetChange={setTarget}
        showParticipantVersion={showParticipantVersion}
        onInsert={(wording, key) => {
          autosave.update(setText(autosave.content, key, appendWording(getText(autosave.content, key), wording.body, wording.lawReference)));
          // If the chosen field was the recommendation, a recommendation wording suggests nothing about the kind:
          // the counsellor still chooses work, education or both.
        }}
      />
      {dialog === 'review' ? <ReviewRequestDialog note={note} beforeSend={savedVersion} onClose={() => setDialog(null)} /> : null}
      {dialog === 'send' ? (
        <ConfirmDialog
          title={t('notes.send.title')}
          body={t('notes.send.body')}
          confirmLabel={t('notes.send.confirm')}
          onConfirm={send}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog === 'reload' ? (
        <ConfirmDialog
          title={t('notes.save.reloadTitle')}
          body={t('notes.save.reloadBody')}
          confirmLabel={t('notes.save.reloadConfirm')}
          onConfirm={() => queryClient.resetQueries({ queryKey: noteKey(note.orderId) })}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </div>
  );
}

/** In review or approved: nobody edits; the reviewer decides, the author (or lead) sends once approved. */
function NoteInReview({ note }: { note: Note }) {
  const { t } = useTranslation();
  const me = useMe();
  const setNote = useSetNote();
  const [sending, setSending] = useState(false);
  const [reopening, setReopening] = useState(false);
  const mayAct = note.author.id === me.id || me.role === 'career-centre-lead';
  return (
    <div className="stack-lg">
      <ReviewPanel note={note} />
      {mayAct ? (
        <div className="button-row no-print">
          {note.status === 'approved' ? <Button onClick={() => setSending(true)}>{t('notes.actions.send')}</Button> : null}
          <Button variant="secondary" onClick={() => setReopening(true)}>
            {t('notes.review.reopen')}
          </Button>
        </div>
      ) : null}
      {reopening ? (
        <ConfirmDialog
          title={t('notes.review.reopenTitle')}
          body={t('notes.review.reopenBody')}
          confirmLabel={t('notes.review.reopen')}
          onConfirm={async () => setNote(await api.post<Note>(`/notes/${note.id}/reopen`, { version: note.version }))}
          onClose={() => setReopening(false)}
        />
      ) : null}
      <NoteView content={note.content} />
      <RevisionsSection note={note} />
      {sending ? (
        <ConfirmDialog
          title={t('notes.send.title')}
          body={t('notes.send.body')}
          confirmLabel={t('notes.send.confirm')}
          onConfirm={async () => setNote(await api.post<Note>(`/notes/${note.id}/send`, { version: note.version }))}
          onClose={() => setSending(false)}
        />
      ) : null}
    </div>
  );
}

/** A sent note: frozen. The centre sees the read receipts and feedback and may correct; the municipality gives feedback. */
function SentNote({ note, centre }: { note: Note; centre: boolean }) {
  const { t } = useTranslation();
  const me = useMe();
  const [correcting, setCorrecting] = useState(false);
  const mayCorrect = centre && (note.author.id === me.id || me.role === 'career-centre-lead');
  // The participant's version is given as participantCopyAvailable says (policy and the participant's request).
  const copyAllowed = note.participantCopy?.available ?? false;
  return (
    <div className="stack-lg">
      <section className="sent-summary" aria-labelledby="sent-heading">
        <Heading level={2} data-size="sm" id="sent-heading" className="ds-sr-only">
          {t('notes.sent.heading')}
        </Heading>
        <Paragraph>
          {t('notes.sent.sentAt', { at: note.firstSentAt ? formatDateTime(note.firstSentAt) : '' })}
          {note.sentNumber && note.sentNumber > 1 && note.lastSentAt
            ? ` ${t('notes.sent.correctedAt', { number: note.sentNumber, at: formatDateTime(note.lastSentAt) })}`
            : ''}
        </Paragraph>
        <Paragraph data-size="sm" className="muted">
          {t('notes.sent.author', { name: note.author.name })}
          {note.reviewer && note.approvedAt ? ` · ${t('notes.sent.reviewedBy', { name: note.reviewer.name })}` : ''}
        </Paragraph>
        {centre ? <ReadReceipts note={note} /> : null}
        {!centre && note.planTask ? (
          <Paragraph data-size="sm" data-testid="plan-task">
            <strong>{t('notes.planTask.heading')}:</strong>{' '}
            {note.planTask.status === 'closed' ? t('notes.planTask.closed') : t('notes.planTask.due', { date: formatDate(note.planTask.dueOn) })}{' '}
            {note.planTask.status === 'open' && note.planTask.overdue ? (
              <Tag data-size="sm" data-color="danger">
                {t('notes.tasks.overdue')}
              </Tag>
            ) : null}
          </Paragraph>
        ) : null}
        {note.correctionReason ? (
          <Paragraph data-size="sm">{t('notes.revisions.reason', { reason: note.correctionReason })}</Paragraph>
        ) : null}
        <div className="button-row no-print">
          <Button variant="secondary" onClick={() => window.print()}>
            {t('notes.print')}
          </Button>
          {copyAllowed ? (
            <Button asChild variant="secondary">
              <Link to={participantVersionPath(note.orderId)}>{t('notes.participantVersion.link')}</Link>
            </Button>
          ) : null}
          {mayCorrect && !correcting ? (
            <Button variant="secondary" onClick={() => setCorrecting(true)}>
              {t('notes.correction.start')}
            </Button>
          ) : null}
        </div>
      </section>
      <ParticipantCopyRequest note={note} />
      {correcting ? <CorrectionForm note={note} onDone={() => setCorrecting(false)} /> : <NoteView content={note.content} />}
      {centre ? <FeedbackView feedback={note.feedback} /> : <FeedbackForm note={note} />}
      <ExportSection note={note} />
      <RevisionsSection note={note} />
      <p className="print-only note-print-footer">
        {t('notes.printedOn', { date: formatDate(new Date().toISOString().slice(0, 10)) })}
      </p>
    </div>
  );
}

/** Who records the participant's request for a copy (the server checks the same). */
const copyRequestRoles = new Set(['programme-adviser', 'municipality-lead', 'career-counsellor']);

/**
 * "Deltakeren har bedt om kopi": under the centre's "on-request" policy the adviser or the counsellor records the
 * participant's request; the participant's version is then given. Other policies are stated, not asked.
 */
function ParticipantCopyRequest({ note }: { note: Note }) {
  const { t } = useTranslation();
  const me = useMe();
  const setNote = useSetNote();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  /** What was just chosen, shown while the server records it (and dropped again if it refuses). */
  const [pending, setPending] = useState<boolean | null>(null);
  const policy = note.settings?.participantCopy;
  const request = note.participantCopy;
  if (!policy || !request) return null;
  const mayRecord = copyRequestRoles.has(me.role);
  const toggle = async (requested: boolean) => {
    setBusy(true);
    setPending(requested);
    setError(undefined);
    try {
      setNote(await api.put<Note>(`/notes/${note.id}/participant-copy-request`, { version: note.version, requested }));
    } catch (caught) {
      setError(isApiError(caught, 409) ? t('notes.changedByOthers') : isApiError(caught) ? caught.message : t('notes.copyRequest.failed'));
    } finally {
      setPending(null);
      setBusy(false);
    }
  };
  return (
    <section className="stack-sm no-print" aria-labelledby="copy-request-heading" data-testid="copy-request">
      <Heading level={2} data-size="xs" id="copy-request-heading">
        {t('notes.participantVersion.link')}
      </Heading>
      {policy === 'on-request' ? (
        <>
          <Paragraph data-size="sm">{t('notes.copyRequest.help')}</Paragraph>
          {mayRecord ? (
            <Checkbox
              label={t('notes.copyRequest.label')}
              value="requested"
              checked={pending ?? request.requested}
              readOnly={busy}
              onChange={(event) => void toggle(event.target.checked)}
            />
          ) : (
            request.requested ? <Paragraph data-size="sm">{t('notes.copyRequest.label')}.</Paragraph> : null
          )}
          {request.requestedBy && request.requestedAt ? (
            <Paragraph data-size="sm" className="muted">
              {t('notes.copyRequest.recorded', { name: request.requestedBy.name, at: formatDateTime(request.requestedAt) })}
            </Paragraph>
          ) : null}
        </>
      ) : (
        <Paragraph data-size="sm">{t(`notes.copyRequest.${policy}`)}</Paragraph>
      )}
      {error ? (
        <Alert data-color="danger" role="alert">
          {error}
        </Alert>
      ) : null}
    </section>
  );
}

/** "Rett notatet": the sent note is never edited; a correction is a new snapshot with a reason. */
function CorrectionForm({ note, onDone }: { note: Note; onDone: () => void }) {
  const { t } = useTranslation();
  const setNote = useSetNote();
  const [content, setContent] = useState<NoteContent>(note.content);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setErrors({});
    setFormError(undefined);
    if (!reason.trim()) {
      setErrors({ reason: t('notes.correction.reasonRequired') });
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    try {
      setNote(await api.post<Note>(`/notes/${note.id}/corrections`, { version: note.version, reason: reason.trim(), content }));
      onDone();
    } catch (caught) {
      const fields = fieldErrors(caught);
      if (Object.keys(fields).length > 0) {
        setErrors(fields);
        setAttempt((n) => n + 1);
      } else {
        setFormError(isApiError(caught, 409) ? t('notes.changedByOthers') : isApiError(caught) ? caught.message : t('errors.unexpected'));
      }
    } finally {
      setBusy(false);
    }
  };

  const summary = Object.entries(errors).map(([path, message]) => ({
    fieldId: path === 'reason' ? 'correction-reason' : fieldDomId(path),
    label: path === 'reason' ? t('notes.correction.reason') : t(`notes.fields.${path}`, { defaultValue: path }),
    message,
  }));

  return (
    <form onSubmit={submit} noValidate className="stack-lg correction-form" aria-labelledby="correction-heading">
      <div>
        <Heading level={2} data-size="sm" id="correction-heading">
          {t('notes.correction.heading')}
        </Heading>
        <Paragraph data-size="sm">{t('notes.correction.intro')}</Paragraph>
      </div>
      <FormErrorSummary key={attempt} errors={summary} />
      <LimitedTextfield
        limit={textLimits.reason}
        id="correction-reason"
        multiline
        rows={3}
        label={t('notes.correction.reason')}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={errors['reason']}
      />
      <NoteForm
        content={content} onChange={setContent} errors={errors} showParticipantVersion={note.settings?.participantCopy !== 'none'}
        recommendationRequired={note.recommendationRequired ?? true}
      />
      {formError ? (
        <Alert data-color="danger" role="alert">
          {formError}
        </Alert>
      ) : null}
      <FormButtons submitLabel={t('notes.correction.submit')} busy={busy} onCancel={onDone} />
    </form>
  );
}
