import { Alert, Button, Heading, Paragraph, Radio, Fieldset, Select, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { participantCopyPolicies } from '../../../domain/guidance-note-model.ts';
import { api, isApiError } from '../../api.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { formatDate, formatDateTime } from '../../format.ts';
import { canSeeParticipants, isMunicipalityRole } from '../../roles.ts';
import { useMe } from '../../session.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';
import {
  notePath, noteSettingsQuery, notificationsKey, planTasksQuery, reviewQueueQuery, unreadNotesQuery, useNotifications,
  type AppNotification, type NoteSettings,
} from './noteApi.ts';
import './notes.css';
import { ActionsSection } from '../cooperation/ActionsSection.tsx';
import { TalkSettingsSection } from '../talks/TalkSettingsSection.tsx';

/** `/oppgaver`: the municipality's tasks to re-evaluate integration plans after a note arrives, and unread notes. */
export function PlanTasksPage() {
  const { t } = useTranslation();
  const me = useMe();
  useDocumentTitle(t('notes.tasks.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const status = searchParams.get('status') === 'all' ? 'all' : 'open';
  const tasks = useQuery({ ...planTasksQuery(status), enabled: isMunicipalityRole(me.role) });
  if (!isMunicipalityRole(me.role)) return <NotFoundPage />;
  const items = tasks.data ?? [];

  return (
    <div className="stack-lg">
      <div>
        <Heading level={1} data-size="lg">
          {t('notes.tasks.title')}
        </Heading>
        <Paragraph>{t('notes.tasks.intro')}</Paragraph>
      </div>
      <div className="filter-bar">
        <SelectField
          label={t('notes.tasks.filter')}
          value={status}
          width="auto"
          onChange={(event) => setSearchParams(event.target.value === 'all' ? { status: 'all' } : {}, { replace: true })}
        >
          <Select.Option value="open">{t('notes.tasks.open')}</Select.Option>
          <Select.Option value="all">{t('notes.tasks.all')}</Select.Option>
        </SelectField>
      </div>
      {tasks.isPending ? <Loading label={t('notes.tasks.loading')} /> : null}
      {tasks.isError ? <ErrorAlert error={tasks.error} /> : null}
      {tasks.isSuccess && items.length === 0 ? (
        <div className="empty-state">
          <Paragraph>{status === 'open' ? t('notes.tasks.emptyOpen') : t('notes.tasks.empty')}</Paragraph>
        </div>
      ) : null}
      {items.length > 0 ? (
        <DataTable
          border
          caption={t('notes.tasks.caption', { count: items.length })}
          headers={[t('notes.tasks.participant'), t('notes.tasks.task'), t('notes.tasks.due'), t('notes.tasks.status')]}
        >
          {items.map((task) => (
            <Table.Row key={task.id} data-task-id={task.id}>
              <Table.Cell>
                <Link to={`/deltakere/${task.participant.id}`}>
                  {task.participant.givenName} {task.participant.familyName}
                </Link>
              </Table.Cell>
              <Table.Cell>
                <Link to={notePath(task.orderId)}>
                  {t('notes.tasks.reevaluate')}
                  <span className="ds-sr-only">
                    {' '}
                    – {task.participant.givenName} {task.participant.familyName}
                  </span>
                </Link>
              </Table.Cell>
              <Table.Cell>
                <span className="nowrap">{formatDate(task.dueOn)}</span>
              </Table.Cell>
              <Table.Cell>
                {task.status === 'closed' ? (
                  <Tag data-size="sm" data-color="success">
                    {t('notes.tasks.closed')}
                  </Tag>
                ) : task.overdue ? (
                  <Tag data-size="sm" data-color="danger">
                    {t('notes.tasks.overdue')}
                  </Tag>
                ) : (
                  <Tag data-size="sm" data-color="info">
                    {t('notes.tasks.openTag')}
                  </Tag>
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </DataTable>
      ) : null}
      {/* Actions from cooperation meetings the user owns (issue 13), overdue ones marked. */}
      <ActionsSection view="mine" />
      <UnreadNotesSection />
      {me.role === 'municipality-lead' ? <NoteSettingsSection kind="municipality" /> : null}
      {me.role === 'municipality-lead' ? <TalkSettingsSection kind="municipality" /> : null}
    </div>
  );
}

/** Sent notes nobody in the municipality has opened for N days: on the adviser's and both leads' queues. */
export function UnreadNotesSection({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const unread = useQuery(unreadNotesQuery());
  const items = unread.data ?? [];
  return (
    <section className="stack" aria-labelledby="unread-notes-heading">
      <Heading level={headingLevel} data-size="sm" id="unread-notes-heading">
        {t('notes.unread.heading')}
      </Heading>
      {unread.isPending ? <Loading /> : null}
      {unread.isError ? <ErrorAlert error={unread.error} /> : null}
      {unread.isSuccess && items.length === 0 ? <Paragraph>{t('notes.unread.empty')}</Paragraph> : null}
      {items.length > 0 ? (
        <ul className="unread-list">
          {items.map((item) => (
            <li key={item.noteId}>
              <Link to={notePath(item.orderId)}>
                {t('notes.unread.item', { name: `${item.participant.givenName} ${item.participant.familyName}` })}
              </Link>{' '}
              <Tag data-size="sm" data-color="warning">
                {t('notes.unread.days', { count: item.daysUnread ?? 0 })}
              </Tag>{' '}
              {item.sentAt ? <span className="muted">{t('notes.unread.sentAt', { at: formatDateTime(item.sentAt) })}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

/**
 * What a notification says: the kind says what happened and, when the server gives it (only while the user may see
 * the participant), the participant's name says whom it is about. Nothing personal is stored in the notification.
 */
export function notificationText(t: (key: string, options?: Record<string, unknown>) => string, notification: AppNotification) {
  const what = t(`notes.notifications.kind.${notification.kind}`, { defaultValue: t('notes.notifications.kind.other') });
  const person = notification.participant;
  return person ? t('notes.notifications.about', { what, name: `${person.givenName} ${person.familyName}` }) : what;
}

/** `/varsler`: the signed-in user's in-app notifications; opening one marks it read. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  useDocumentTitle(t('notes.notifications.title'));
  const notifications = useNotifications(canSeeParticipants(me.role));
  const [error, setError] = useState<unknown>();
  if (!canSeeParticipants(me.role)) return <NotFoundPage />;
  const items = notifications.data?.items ?? [];

  const markRead = async (notification: AppNotification) => {
    setError(undefined);
    try {
      if (!notification.readAt) await api.post(`/notifications/${notification.id}/read`);
      await queryClient.invalidateQueries({ queryKey: notificationsKey });
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <div className="stack-lg">
      <div>
        <Heading level={1} data-size="lg">
          {t('notes.notifications.title')}
        </Heading>
        <Paragraph>{t('notes.notifications.intro')}</Paragraph>
      </div>
      {notifications.isPending ? <Loading /> : null}
      {notifications.isError ? <ErrorAlert error={notifications.error} /> : null}
      {error ? <ErrorAlert error={error} /> : null}
      {notifications.isSuccess && items.length === 0 ? (
        <div className="empty-state">
          <Paragraph>{t('notes.notifications.empty')}</Paragraph>
        </div>
      ) : null}
      {items.length > 0 ? (
        <ul className="notification-list">
          {items.map((notification) => (
            <li key={notification.id} className={notification.readAt ? 'notification' : 'notification notification--unread'} data-kind={notification.kind}>
              <div className="notification__text">
                {notification.readAt ? null : (
                  <Tag data-size="sm" data-color="info">
                    {t('notes.notifications.new')}
                  </Tag>
                )}{' '}
                <strong>{notificationText(t, notification)}</strong>{' '}
                <span className="muted">
                  <time dateTime={notification.createdAt}>{formatDateTime(notification.createdAt)}</time>
                </span>
              </div>
              <div className="button-row">
                {notification.orderId ? (
                  <Button
                    data-size="sm"
                    variant="secondary"
                    onClick={() => {
                      void markRead(notification);
                      void navigate(notePath(notification.orderId!));
                    }}
                  >
                    {t('notes.notifications.open')}
                  </Button>
                ) : null}
                {notification.kind.startsWith('gathering-') ? (
                  <Button data-size="sm" variant="secondary" onClick={() => {
                    void markRead(notification);
                    void navigate('/samlinger');
                  }}>
                    {t('gatherings.openFromNotice')}
                  </Button>
                ) : null}
                {notification.documentId ? (
                  <Button
                    data-size="sm"
                    variant="secondary"
                    onClick={() => {
                      void markRead(notification);
                      void navigate(`/samarbeid/avtaler/${notification.documentId}`);
                    }}
                  >
                    {t('cooperationDocuments.notification.open')}
                  </Button>
                ) : null}
                {notification.readAt ? null : (
                  <Button data-size="sm" variant="tertiary" onClick={() => void markRead(notification)}>
                    {t('notes.notifications.markRead')}
                  </Button>
                )}
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** The start page's share: unread notes, open plan tasks, review requests and notifications. */
export function NotesStartSection() {
  const { t } = useTranslation();
  const me = useMe();
  const municipality = isMunicipalityRole(me.role);
  const tasks = useQuery({ ...planTasksQuery('open'), enabled: municipality });
  const notifications = useNotifications();
  const openTasks = tasks.data ?? [];
  const overdue = openTasks.filter((task) => task.overdue).length;
  // A count is shown only once it is known: "0 åpne oppgaver" while loading would be false (issue 16).
  const tasksText = tasks.isSuccess ? t('notes.start.tasks', { count: openTasks.length }) : t('honestStates.tasksUnknown');
  const notificationsText = notifications.isSuccess
    ? t('notes.start.notifications', { count: notifications.data.unread })
    : t('honestStates.notificationsUnknown');
  return (
    <section className="stack" aria-labelledby="start-notes">
      <Heading level={2} data-size="sm" id="start-notes">
        {t('notes.start.heading')}
      </Heading>
      <ul className="start-notes-links">
        {municipality ? (
          <li>
            <Link to="/oppgaver" aria-busy={tasks.isPending || undefined}>{tasksText}</Link>
            {overdue > 0 ? (
              <>
                {' '}
                <Tag data-size="sm" data-color="danger">
                  {t('notes.start.overdue', { count: overdue })}
                </Tag>
              </>
            ) : null}
          </li>
        ) : null}
        <li>
          <Link to="/varsler" aria-busy={notifications.isPending || undefined}>{notificationsText}</Link>
        </li>
        {!municipality ? (
          <li>
            <Link to="/senter/formuleringer">{t('notes.start.wordings')}</Link>
          </li>
        ) : null}
      </ul>
      {!municipality ? <ReviewQueueSection /> : null}
      <UnreadNotesSection headingLevel={3} />
    </section>
  );
}

/**
 * "Til gjennomlesing": the notes the counsellor was asked to review (the lead: every note in review at the centre),
 * from the server, so the queue does not vanish when the notification is read.
 */
export function ReviewQueueSection() {
  const { t } = useTranslation();
  const me = useMe();
  const queue = useQuery(reviewQueueQuery());
  const lead = me.role === 'career-centre-lead';
  return (
    <section className="stack-sm" aria-labelledby="review-queue-heading" data-testid="review-queue">
      <Heading level={3} data-size="xs" id="review-queue-heading">
        {t('notes.start.reviewQueue')}
      </Heading>
      {queue.isPending ? <Loading /> : null}
      {queue.isError ? <ErrorAlert error={queue.error} /> : null}
      {queue.isSuccess && queue.data.length === 0 ? <Paragraph data-size="sm">{t('notes.start.reviewQueueEmpty')}</Paragraph> : null}
      {queue.isSuccess && queue.data.length > 0 ? (
        <ul>
          {queue.data.map((item) => (
            <li key={item.noteId}>
              <Link to={notePath(item.orderId)}>
                {t('notes.start.reviewQueueItem', {
                  name: `${item.participant.givenName} ${item.participant.familyName}`,
                  author: item.author.name,
                  at: item.reviewRequestedAt ? formatDateTime(item.reviewRequestedAt) : '',
                })}
              </Link>
              {lead && item.reviewer ? <span className="muted"> · {t('notes.start.reviewQueueReviewer', { name: item.reviewer.name })}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

/**
 * Note policies. The centre lead decides review and the participant's copy; the municipality lead decides when a
 * note counts as unread and when the plan task falls due. Others of the organisation see them, read-only.
 */
export function NoteSettingsSection({ kind }: { kind: 'centre' | 'municipality' }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const settings = useQuery(noteSettingsQuery());
  const [draft, setDraft] = useState<Partial<NoteSettings> | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const values = draft ?? settings.data ?? {};
  const set = (patch: Partial<NoteSettings>) => setDraft({ ...values, ...patch });

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    setMessage(null);
    const body =
      kind === 'centre'
        ? { reviewRequired: values.reviewRequired ?? false, participantCopy: values.participantCopy ?? 'on-request' }
        : {
            unreadAfterDays: Number(values.unreadAfterDays),
            planTaskDueDays: Number(values.planTaskDueDays),
            centreAccessDays: Number(values.centreAccessDays),
            retentionYears: Number(values.retentionYears),
          };
    try {
      const saved = await api.put<NoteSettings>('/note-settings', {
        ...(settings.data?.version !== undefined ? { version: settings.data.version } : {}),
        ...body,
      });
      queryClient.setQueryData(noteSettingsQuery().queryKey, saved);
      setDraft(null);
      setMessage({ ok: true, text: t('notes.settings.saved') });
    } catch (error) {
      if (isApiError(error, 400) && error.fields.length > 0) {
        setErrors(Object.fromEntries(error.fields.map((field) => [field.path, field.message])));
      } else {
        setMessage({ ok: false, text: isApiError(error, 409) ? t('notes.changedByOthers') : isApiError(error) ? error.message : t('errors.unexpected') });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="stack" aria-labelledby="note-settings-heading">
      <Heading level={2} data-size="sm" id="note-settings-heading">
        {t('notes.settings.heading')}
      </Heading>
      {settings.isPending ? <Loading /> : null}
      {settings.isError ? <ErrorAlert error={settings.error} /> : null}
      {settings.isSuccess ? (
        <form onSubmit={submit} noValidate className="stack">
          {kind === 'centre' ? (
            <>
              <Fieldset>
                <Fieldset.Legend>{t('notes.settings.reviewRequired')}</Fieldset.Legend>
                <Fieldset.Description>{t('notes.settings.reviewRequiredHelp')}</Fieldset.Description>
                {([true, false] as const).map((value) => (
                  <Radio
                    key={String(value)}
                    name="settings-review"
                    value={String(value)}
                    label={value ? t('notes.settings.reviewYes') : t('notes.settings.reviewNo')}
                    checked={(values.reviewRequired ?? false) === value}
                    onChange={() => set({ reviewRequired: value })}
                  />
                ))}
              </Fieldset>
              <Fieldset>
                <Fieldset.Legend>{t('notes.settings.participantCopy')}</Fieldset.Legend>
                <Fieldset.Description>{t('notes.settings.participantCopyHelp')}</Fieldset.Description>
                {participantCopyPolicies.map((policy) => (
                  <Radio
                    key={policy}
                    name="settings-copy"
                    value={policy}
                    label={t(`notes.settings.copy.${policy}`)}
                    checked={values.participantCopy === policy}
                    onChange={() => set({ participantCopy: policy })}
                  />
                ))}
              </Fieldset>
            </>
          ) : (
            <div className="field-pair">
              {/* The municipality's day and year settings: one numeric field each, checked by the server. */}
              {([
                ['unreadAfterDays', 'notes.settings.unreadAfterDays'],
                ['planTaskDueDays', 'notes.settings.planTaskDueDays'],
                ['centreAccessDays', 'privacy.centreAccessDays'],
                ['retentionYears', 'privacy.retentionYears'],
              ] as const).map(([key, label]) => (
                <Textfield
                  key={key}
                  label={t(label)}
                  description={t(`${label}Help`)}
                  inputMode="numeric"
                  value={String(values[key] ?? '')}
                  onChange={(event) => set({ [key]: event.target.value as unknown as number })}
                  error={errors[key]}
                />
              ))}
            </div>
          )}
          {message ? (
            <Alert data-color={message.ok ? 'success' : 'danger'} role={message.ok ? 'status' : 'alert'}>
              {message.text}
            </Alert>
          ) : null}
          <div className="button-row">
            <Button type="submit" loading={busy} disabled={busy}>
              {t('notes.settings.save')}
            </Button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
