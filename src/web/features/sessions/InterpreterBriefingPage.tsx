import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api, isApiError } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useLanguageName } from '../../components/LanguageOptions.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { formatDate } from '../../format.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';
import type { z } from 'zod';
import type { briefingJson } from '../../../server/features/sessions/schemas.ts';

type Briefing = z.output<typeof briefingJson>;

/** What the interpreter gets before the session: time, note and glossary terms, no personal data. */
export function InterpreterBriefingPage() {
  const { sessionId = '' } = useParams();
  const { t } = useTranslation();
  const languageName = useLanguageName();
  useDocumentTitle(t('briefing.title'));
  const briefing = useQuery({
    queryKey: ['interpreter-briefing', sessionId],
    queryFn: () => api.get<Briefing>(`/sessions/${encodeURIComponent(sessionId)}/interpreter-briefing`),
  });
  if (briefing.isPending) return <Loading />;
  if (briefing.isError && (isApiError(briefing.error, 404) || isApiError(briefing.error, 400))) return <NotFoundPage />;
  if (briefing.isError) {
    return (
      <div className="stack">
        <Heading level={1} data-size="lg">{t('briefing.title')}</Heading>
        <ErrorAlert error={briefing.error} />
      </div>
    );
  }
  const b = briefing.data;
  return (
    <div className="stack-lg letter-page">
      <div className="button-row no-print">
        <Button onClick={() => window.print()}>{t('letter.print')}</Button>
        <Button variant="secondary" onClick={() => window.history.back()}>{t('letter.back')}</Button>
      </div>
      <article className="letter-sheet stack" aria-labelledby="briefing-heading">
        <Heading level={1} data-size="md" id="briefing-heading">
          {t('briefing.heading', { reference: b.reference })}
        </Heading>
        <dl className="letter-sheet__facts">
          <div><dt>{t('briefing.centre')}</dt><dd>{b.careerCentre.name}</dd></div>
          <div><dt>{t('calendar.when')}</dt><dd>{formatDate(b.date)} {b.time} ({t('sessions.minutes', { count: b.durationMinutes })})</dd></div>
          <div><dt>{t('sessions.mode')}</dt><dd>{t(`sessions.modes.${b.sessionMode}`)}, {t(`sessions.interpreterModes.${b.interpreterMode}`)}</dd></div>
          <div><dt>{t('sessions.field.interpreter.language')}</dt><dd>{languageName(b.language)}{b.dialect ? ` (${b.dialect})` : ''}</dd></div>
        </dl>
        {b.briefing ? <Paragraph className="pre-wrap">{b.briefing}</Paragraph> : null}
        <Heading level={2} data-size="xs">{t('briefing.terms')}</Heading>
        {b.terms.length === 0 ? <Paragraph>{t('briefing.noTerms')}</Paragraph> : (
          <dl className="letter-sheet__facts">
            {b.terms.map((term) => (
              <div key={term.term}>
                <dt>{term.term}{term.translation ? <> – <span lang={b.language}>{term.translation.term}</span></> : null}</dt>
                <dd>
                  {term.explanation}
                  {term.translation ? <div lang={b.language}>{term.translation.explanation}</div> : null}
                </dd>
              </div>
            ))}
          </dl>
        )}
      </article>
    </div>
  );
}
