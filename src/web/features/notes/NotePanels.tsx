import { Alert, Button, Dialog, Heading, Paragraph, Select, Tag, Textfield } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useSubmit } from '../../components/useSubmit.ts';
import { formatDateTime } from '../../format.ts';
import { useMe } from '../../session.ts';
import { useCounsellors } from '../orders/OrderActions.tsx';
import { noteKey, revisionsQuery, type ImdinettBlock, type Note, type Revision } from './noteApi.ts';
import { NoteView } from './NoteView.tsx';
import { FormButtons } from '../../components/FormButtons.tsx';
import { LimitedTextfield, tooLong } from '../../components/LimitedTextfield.tsx';
import { textLimits } from '../../../domain/text-limits.ts';

export function NoteStatusTag({ status }: { status: Note['status'] }) {
  const { t } = useTranslation();
  const colour = { draft: 'neutral', 'in-review': 'warning', approved: 'info', sent: 'success' }[status];
  return (
    <Tag data-size="sm" data-color={colour}>
      {t(`notes.status.${status}`)}
    </Tag>
  );
}

/** Replaces the cached note with the server's answer after an action. */
export function useSetNote() {
  const queryClient = useQueryClient();
  return (note: Note) => {
    queryClient.setQueryData(noteKey(note.orderId), note);
    void queryClient.invalidateQueries({ queryKey: ['note', note.id, 'revisions'] });
    void queryClient.invalidateQueries({ queryKey: ['notifications'] });
  };
}

/** "Be om gjennomlesing": the author picks another counsellor of the centre to read the note before it is sent. */
export function ReviewRequestDialog({ note, beforeSend, onClose }: { note: Note; beforeSend: () => Promise<number>; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const headingId = useId();
  const setNote = useSetNote();
  const counsellors = useCounsellors(true);
  const [reviewerId, setReviewerId] = useState('');
  const { busy, error, setError, run } = useSubmit(t('notes.save.notSaved'));
  const others = (counsellors.data ?? []).filter((counsellor) => counsellor.id !== me.id);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!reviewerId) {
      setError(t('notes.review.chooseReviewer'));
      return;
    }
    await run(async () => {
      const version = await beforeSend();
      setNote(await api.post<Note>(`/notes/${note.id}/review-request`, { version, reviewerId }));
      onClose();
    });
  };

  return (
    <Dialog open onClose={onClose} closeButton={t('common.closeDialog')} aria-labelledby={headingId}>
      <Dialog.Block>
        <Heading level={2} data-size="xs" id={headingId}>
          {t('notes.review.requestTitle')}
        </Heading>
        <Paragraph>{t('notes.review.requestBody')}</Paragraph>
      </Dialog.Block>
      <Dialog.Block>
        <form onSubmit={submit} noValidate className="stack">
          {counsellors.isPending ? <Loading /> : null}
          {counsellors.isError ? <ErrorAlert error={counsellors.error} /> : null}
          <SelectField label={t('notes.review.reviewer')} value={reviewerId} onChange={(event) => setReviewerId(event.target.value)} error={error}>
            <Select.Option value="">{t('form.choose')}</Select.Option>
            {others.map((counsellor) => (
              <Select.Option key={counsellor.id} value={counsellor.id}>
                {counsellor.name}
              </Select.Option>
            ))}
          </SelectField>
          <FormButtons submitLabel={t('notes.review.requestConfirm')} busy={busy} onCancel={onClose} />
        </form>
      </Dialog.Block>
    </Dialog>
  );
}

/** Review state, the comments so far, and for the named reviewer the form to comment, approve or ask for changes. */
export function ReviewPanel({ note }: { note: Note }) {
  const { t } = useTranslation();
  const me = useMe();
  const setNote = useSetNote();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const reviews = note.reviews ?? [];
  const isReviewer = note.status === 'in-review' && note.reviewer?.id === me.id;
  if (!note.reviewer && reviews.length === 0) return null;

  const decide = async (decision: 'comment' | 'approve' | 'request-changes') => {
    // The counter says the comment is too long; nothing is decided until it fits.
    if (tooLong(comment, textLimits.reviewComment)) {
      document.getElementById('review-comment')?.focus();
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      setNote(await api.post<Note>(`/notes/${note.id}/reviews`, { version: note.version, decision, comment: comment.trim() }));
      setComment('');
    } catch (caught) {
      if (isApiError(caught, 400)) setError(caught.fields[0]?.message ?? caught.message);
      else setError(isApiError(caught, 409) ? t('notes.changedByOthers') : isApiError(caught) ? caught.message : t('errors.unexpected'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="stack review-panel no-print" aria-labelledby="review-heading">
      <Heading level={2} data-size="sm" id="review-heading">
        {t('notes.review.heading')}
      </Heading>
      {note.status === 'in-review' && note.reviewer ? (
        <Paragraph>
          {isReviewer ? t('notes.review.youAreReviewer', { author: note.author.name }) : t('notes.review.waiting', { name: note.reviewer.name })}
        </Paragraph>
      ) : null}
      {note.status === 'approved' && note.approvedAt ? (
        <Alert data-color="success">
          {t('notes.review.approvedAt', { name: note.reviewer?.name ?? '', at: formatDateTime(note.approvedAt) })}
        </Alert>
      ) : null}
      {reviews.length > 0 ? (
        <ol className="review-list">
          {reviews.map((review) => (
            <li key={review.id}>
              <div>
                <strong>{review.reviewer.name}</strong>{' '}
                <span className="muted">
                  <time dateTime={review.createdAt}>{formatDateTime(review.createdAt)}</time> – {t(`notes.review.decision.${review.decision}`)}
                </span>
              </div>
              {review.comment ? <Paragraph className="pre-wrap">{review.comment}</Paragraph> : null}
            </li>
          ))}
        </ol>
      ) : null}
      {isReviewer ? (
        <div className="stack">
          <LimitedTextfield
            limit={textLimits.reviewComment}
            id="review-comment"
            multiline
            rows={4}
            label={t('notes.review.comment')}
            description={t('notes.review.commentHelp')}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
            error={error}
          />
          <div className="button-row">
            <Button onClick={() => void decide('approve')} disabled={busy}>
              {t('notes.review.approve')}
            </Button>
            <Button variant="secondary" onClick={() => void decide('comment')} disabled={busy}>
              {t('notes.review.sendComment')}
            </Button>
            <Button variant="secondary" data-color="danger" onClick={() => void decide('request-changes')} disabled={busy}>
              {t('notes.review.requestChanges')}
            </Button>
          </div>
        </div>
      ) : null}
    </section>
  );
}

/** Read receipts of the newest sent snapshot: who opened it and when, or that nobody has yet. */
export function ReadReceipts({ note }: { note: Note }) {
  const { t } = useTranslation();
  const reads = (note.reads ?? []).filter((read) => read.sentNumber === note.sentNumber);
  return (
    <div className="read-receipts" data-testid="read-receipts">
      {reads.length === 0 ? (
        <Paragraph>
          <Tag data-size="sm" data-color="warning">
            {t('notes.sent.notRead')}
          </Tag>
        </Paragraph>
      ) : (
        <ul>
          {reads.map((read) => (
            <li key={`${read.user.id}-${read.sentNumber}`}>
              {t('notes.sent.readBy', { name: read.user.name, at: formatDateTime(read.readAt) })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Every revision: autosaved drafts (centre only), the sent snapshot and corrections; each can be opened. */
export function RevisionsSection({ note }: { note: Note }) {
  const { t } = useTranslation();
  const revisions = useQuery(revisionsQuery(note.id));
  const [open, setOpen] = useState<number | null>(null);
  const items = [...(revisions.data ?? [])].sort((a, b) => b.number - a.number);
  const describe = (revision: (typeof items)[number]) =>
    revision.kind === 'draft'
      ? t('notes.revisions.draft', { number: revision.number })
      : revision.kind === 'sent'
        ? t('notes.revisions.sent', { number: revision.sentNumber ?? 1 })
        : t('notes.revisions.correction', { number: revision.sentNumber ?? revision.number });
  return (
    <section className="stack no-print" aria-labelledby="revisions-heading">
      <Heading level={2} data-size="sm" id="revisions-heading">
        {t('notes.revisions.heading')}
      </Heading>
      {revisions.isPending ? <Loading label={t('notes.revisions.loading')} /> : null}
      {revisions.isError ? <ErrorAlert error={revisions.error} /> : null}
      {revisions.isSuccess && items.length === 0 ? <Paragraph>{t('notes.revisions.empty')}</Paragraph> : null}
      {items.length > 0 ? (
        <ul className="revision-list">
          {items.map((revision) => (
            <li key={revision.number}>
              <div className="revision-list__row">
                <span>
                  <strong>{describe(revision)}</strong>{' '}
                  <span className="muted">
                    {t('notes.revisions.by', { name: revision.createdBy.name, at: formatDateTime(revision.createdAt) })}
                  </span>
                  {revision.correctionReason ? (
                    <span className="pre-wrap"> – {t('notes.revisions.reason', { reason: revision.correctionReason })}</span>
                  ) : null}
                </span>
                <Button
                  variant="tertiary"
                  data-size="sm"
                  aria-expanded={open === revision.number}
                  onClick={() => setOpen(open === revision.number ? null : revision.number)}
                >
                  {open === revision.number ? t('notes.revisions.hide') : t('notes.revisions.show')}
                  <span className="ds-sr-only"> – {describe(revision)}</span>
                </Button>
              </div>
              {open === revision.number ? <RevisionContent noteId={note.id} number={revision.number} /> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function RevisionContent({ noteId, number }: { noteId: string; number: number }) {
  const { t } = useTranslation();
  const revision = useQuery({
    queryKey: ['note', noteId, 'revision', number],
    queryFn: () => api.get<Revision>(`/notes/${noteId}/revisions/${number}`),
    staleTime: Infinity, // revisions never change
  });
  if (revision.isPending) return <Loading label={t('notes.revisions.loading')} />;
  if (revision.isError) return <ErrorAlert error={revision.error} />;
  return (
    <div className="revision-content">
      <NoteView content={revision.data.content} />
    </div>
  );
}

/** Structured JSON to download, and the text blocks to paste into IMDinett, one copy button each. */
export function ExportSection({ note }: { note: Note }) {
  const { t } = useTranslation();
  const [showBlocks, setShowBlocks] = useState(false);
  const [copied, setCopied] = useState<string>();
  const blocks = useQuery({
    queryKey: ['note', note.id, 'imdinett', note.sentNumber],
    queryFn: async () => (await api.get<{ blocks: ImdinettBlock[] }>(`/notes/${note.id}/export/imdinett`)).blocks,
    enabled: showBlocks,
  });

  const copy = async (block: ImdinettBlock) => {
    try {
      await navigator.clipboard.writeText(block.text);
    } catch {
      // No clipboard permission (or an insecure context): select the text so Ctrl+C works.
      const area = document.getElementById(`imdinett-${block.key}`) as HTMLTextAreaElement | null;
      area?.select();
      document.execCommand('copy');
    }
    setCopied(t('notes.export.copied', { label: block.label }));
  };

  return (
    <section className="stack no-print" aria-labelledby="export-heading">
      <Heading level={2} data-size="sm" id="export-heading">
        {t('notes.export.heading')}
      </Heading>
      <div className="button-row">
        <Button asChild variant="secondary">
          <a href={`/api/v1/notes/${note.id}/export.json`} download={`notat-${note.id}.json`}>
            {t('notes.export.json')}
          </a>
        </Button>
        <Button variant="secondary" aria-expanded={showBlocks} onClick={() => setShowBlocks(!showBlocks)}>
          {t('notes.export.imdinett')}
        </Button>
      </div>
      {showBlocks ? (
        <div className="stack imdinett-blocks">
          <Paragraph data-size="sm">{t('notes.export.imdinettHelp')}</Paragraph>
          {blocks.isPending ? <Loading /> : null}
          {blocks.isError ? <ErrorAlert error={blocks.error} /> : null}
          {(blocks.data ?? []).map((block) => (
            <div key={block.key} className="imdinett-block">
              <Textfield id={`imdinett-${block.key}`} multiline rows={Math.min(10, block.text.split('\n').length + 1)} label={block.label} value={block.text} readOnly />
              <Button variant="secondary" data-size="sm" onClick={() => void copy(block)}>
                {t('notes.export.copy')}
                <span className="ds-sr-only"> – {block.label}</span>
              </Button>
            </div>
          ))}
          {copied ? (
            <Alert data-color="success" data-size="sm" role="status">
              {copied}
            </Alert>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
