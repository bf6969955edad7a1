import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, isApiError } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useLanguageName } from '../../components/LanguageOptions.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { formatDate } from '../../format.ts';
import { isCentreRole, isMunicipalityRole } from '../../roles.ts';
import { useMe } from '../../session.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { notePath, noteQuery, type ParticipantVersion } from './noteApi.ts';
import { PlanStepsView } from './PlanStepsEditor.tsx';
import './notes.css';

/**
 * `/bestillinger/:orderId/notat/deltaker`: the participant's copy, in plain language and in the participant's
 * language, printable on A4. Whether it exists at all is the centre's policy (none, on request, always).
 */
export function ParticipantVersionPage() {
  const { orderId = '' } = useParams();
  const { t } = useTranslation();
  const me = useMe();
  const languageName = useLanguageName();
  useDocumentTitle(t('notes.participantVersion.title'));
  const note = useQuery(noteQuery(orderId));
  const version = useQuery({
    queryKey: ['note', note.data?.id, 'participant-version', note.data?.sentNumber],
    queryFn: () => api.get<ParticipantVersion>(`/notes/${note.data!.id}/participant-version`),
    enabled: Boolean(note.data),
  });

  if (!isCentreRole(me.role) && !isMunicipalityRole(me.role)) return <NotFoundPage />;
  if (note.isError && isApiError(note.error, 404)) return <NotFoundPage />;

  const copy = version.data;
  return (
    <div className="stack-lg participant-version-page">
      <div className="no-print">
        <Paragraph data-size="sm">
          <Link to={notePath(orderId)}>{t('notes.participantVersion.back')}</Link>
        </Paragraph>
      </div>
      <Heading level={1} data-size="lg">
        {t('notes.participantVersion.title')}
      </Heading>
      {note.isPending || (note.isSuccess && version.isPending) ? <Loading /> : null}
      {note.isError ? <ErrorAlert error={note.error} /> : null}
      {version.isError ? (
        isApiError(version.error, 404) || isApiError(version.error, 403) ? (
          <div className="empty-state">
            <Paragraph>{t('notes.participantVersion.notAvailable')}</Paragraph>
          </div>
        ) : (
          <ErrorAlert error={version.error} />
        )
      ) : null}
      {copy && note.data ? (
        <article className="participant-sheet stack">
          <Paragraph className="muted">
            {t('notes.participantVersion.meta', {
              language: languageName(copy.language),
              date: note.data.lastSentAt ? formatDate(note.data.lastSentAt.slice(0, 10)) : '',
            })}
          </Paragraph>
          <section aria-labelledby="pv-text" className="stack">
            <Heading level={2} data-size="sm" id="pv-text">
              {t('notes.participantVersion.textHeading')}
            </Heading>
            {copy.text.trim() ? (
              <div lang={copy.language} dir={['ar', 'fa', 'prs', 'ps', 'ckb'].includes(copy.language) ? 'rtl' : 'ltr'} className="pre-wrap participant-sheet__text">
                {copy.text}
              </div>
            ) : (
              <Paragraph className="muted">{t('notes.participantVersion.noText')}</Paragraph>
            )}
          </section>
          {copy.recommendationKind ? (
            <Paragraph>
              <strong>{t('notes.participantVersion.recommendation')}: </strong>
              {t(`notes.recommendationKind.${copy.recommendationKind}`)}
            </Paragraph>
          ) : null}
          <PlanStepsView plan="planA" steps={copy.planA} heading={2} />
          <PlanStepsView plan="planB" steps={copy.planB} heading={2} />
          <div className="button-row no-print">
            <Button onClick={() => window.print()}>{t('notes.print')}</Button>
          </div>
        </article>
      ) : null}
    </div>
  );
}
