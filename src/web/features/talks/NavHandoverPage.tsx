import { Alert, Button, Checkbox, Fieldset, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { navHandoverItems, type NavHandoverItem } from '../../../domain/index.ts';
import { api, isApiError } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { formatDate, formatDateTime } from '../../format.ts';
import { isMunicipalityRole } from '../../roles.ts';
import { useMe } from '../../session.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';
import './talks.css';
import type { z } from 'zod';
import type { navHandoverJson, navHandoverSourcesJson } from '../../../server/features/talks/schemas.ts';

type Sources = z.output<typeof navHandoverSourcesJson>;
type HandoverDocument = z.output<typeof navHandoverJson>;

/**
 * The hand-over summary for NAV when the programme ends (issue 13 item 5; seed 003: participants must not "starte
 * på nytt" when NAV takes over). The adviser ticks what goes in; the server builds the document from the ticked parts
 * only and records in the audit trail what was printed or exported. Nothing is ticked to begin with.
 */
export function NavHandoverPage() {
  const me = useMe();
  if (!isMunicipalityRole(me.role)) return <NotFoundPage />;
  return <NavHandover />;
}

function NavHandover() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const sources = useQuery({
    queryKey: ['nav-handover', id],
    queryFn: () => api.get<Sources>(`/participants/${encodeURIComponent(id)}/nav-handover`),
  });
  const name = sources.data ? `${sources.data.participant.givenName} ${sources.data.participant.familyName}` : '';
  useDocumentTitle(name ? `${t('talks.nav.title')} – ${name}` : t('talks.nav.title'));
  const [chosen, setChosen] = useState<NavHandoverItem[]>([]);
  const [doc, setDoc] = useState<HandoverDocument | null>(null);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  if (sources.isPending) return <Loading label={t('talks.nav.loading')} />;
  if (sources.isError && (isApiError(sources.error, 404) || isApiError(sources.error, 400))) return <NotFoundPage />;
  if (sources.isError) return <ErrorAlert error={sources.error} />;
  const data = sources.data;

  const prepare = async (format: 'print' | 'json') => {
    setError(undefined);
    if (!chosen.length) {
      setError(t('talks.nav.chooseOne'));
      return;
    }
    setBusy(true);
    try {
      // Ordered as on the page, whatever order they were ticked in.
      const include = navHandoverItems.filter((k) => chosen.includes(k));
      const prepared = await api.post<HandoverDocument>(`/participants/${data.participant.id}/nav-handover`, { include, format });
      setDoc(prepared);
      if (format === 'json') download(prepared);
    } catch (caught) {
      setError(isApiError(caught) ? caught.fields[0]?.message ?? caught.message : t('errors.unexpected'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="stack-lg nav-handover">
      <div className="no-print stack">
        <Paragraph data-size="sm">
          <Link to={`/deltakere/${data.participant.id}`}>{t('notes.backToParticipant', { name })}</Link>
        </Paragraph>
        <Heading level={1} data-size="lg">{t('talks.nav.title')}</Heading>
        <Paragraph className="lead">{name}</Paragraph>
        <Paragraph>{t('talks.nav.intro')}</Paragraph>
        <Fieldset>
          <Fieldset.Legend>{t('talks.nav.choose')}</Fieldset.Legend>
          <Fieldset.Description>{t('talks.nav.chooseHelp')}</Fieldset.Description>
          {navHandoverItems.map((item) => (
            <Checkbox
              key={item}
              value={item}
              label={t(`talks.nav.items.${item}`)}
              description={data.available[item] ? undefined : t('talks.nav.notAvailable')}
              disabled={!data.available[item]}
              checked={chosen.includes(item)}
              onChange={(event) => {
                setDoc(null);
                setChosen((c) => (event.target.checked ? [...c, item] : c.filter((x) => x !== item)));
              }}
            />
          ))}
        </Fieldset>
        {error ? <Alert data-color="danger" role="alert">{error}</Alert> : null}
        <div className="button-row">
          <Button onClick={() => void prepare('print')} loading={busy} disabled={busy}>{t('talks.nav.prepare')}</Button>
          <Button variant="secondary" onClick={() => void prepare('json')} disabled={busy}>{t('talks.nav.export')}</Button>
        </div>
      </div>
      {doc ? (
        <>
          <div className="no-print button-row">
            <Button onClick={() => window.print()}>{t('talks.nav.print')}</Button>
          </div>
          <HandoverSheet doc={doc} />
        </>
      ) : null}
    </div>
  );
}

/** Downloads the prepared document as the JSON the server returned (the export is audited on the server). */
function download(doc: HandoverDocument) {
  const blob = new Blob([JSON.stringify(doc, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  // No name in the file name: it ends up in download folders and logs.
  a.download = `overlevering-nav-${doc.preparedAt.slice(0, 10)}.json`;
  a.click();
  URL.revokeObjectURL(url);
}

function HandoverSheet({ doc }: { doc: HandoverDocument }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith('en') ? 'en' : 'nb';
  return (
    <article className="handover-sheet stack" aria-labelledby="handover-sheet-heading" data-testid="handover-sheet">
      <Heading level={2} data-size="md" id="handover-sheet-heading">
        {t('talks.nav.sheetTitle', { name: `${doc.participant.givenName} ${doc.participant.familyName}` })}
      </Heading>
      <Paragraph data-size="sm">
        {t('talks.nav.preparedBy', { name: doc.preparedBy, municipality: doc.municipality, at: formatDateTime(doc.preparedAt) })}
        {doc.participant.programmeEndDate ? ` ${t('talks.nav.programmeEnds', { date: formatDate(doc.participant.programmeEndDate) })}` : ''}
      </Paragraph>
      {doc.recommendation ? (
        <section className="stack-sm" aria-labelledby="handover-recommendation">
          <Heading level={3} data-size="xs" id="handover-recommendation">{t('talks.nav.items.recommendation')}</Heading>
          <Paragraph data-size="sm">
            {doc.recommendation.kind ? <strong>{t(`notes.recommendationKind.${doc.recommendation.kind}`)}</strong> : null}{' '}
            {t('talks.nav.fromNote', { centre: doc.recommendation.centre, date: doc.recommendation.sentAt ? formatDateTime(doc.recommendation.sentAt) : '' })}
          </Paragraph>
          {doc.recommendation.justification ? <Paragraph className="pre-wrap">{doc.recommendation.justification}</Paragraph> : null}
          {doc.recommendation.reachWithinProgramme ? (
            <Paragraph className="pre-wrap">{t('talks.nav.reach')}: {doc.recommendation.reachWithinProgramme}</Paragraph>
          ) : null}
        </section>
      ) : null}
      {doc.journeyPlan ? (
        <section className="stack-sm" aria-labelledby="handover-journey">
          <Heading level={3} data-size="xs" id="handover-journey">{t('talks.nav.items.journeyPlan')}</Heading>
          {doc.journeyPlan.map((plan) => (
            <div key={plan.plan} className="stack-sm">
              <Heading level={4} data-size="2xs">{t('talks.nav.plan', { plan: plan.plan, goal: plan.goal || '–' })}</Heading>
              <ol>
                {plan.steps.map((step, index) => (
                  <li key={index}>
                    {step.offerTitle ? step.offerTitle[lang] : step.text}
                    {step.durationMonths !== null ? ` (${t('talks.nav.months', { count: step.durationMonths })})` : ''}
                  </li>
                ))}
              </ol>
            </div>
          ))}
        </section>
      ) : null}
      {doc.endGoal ? (
        <section className="stack-sm" aria-labelledby="handover-end-goal">
          <Heading level={3} data-size="xs" id="handover-end-goal">{t('talks.nav.items.endGoal')}</Heading>
          <Paragraph>
            {t(`notes.endGoal.${doc.endGoal.code}`)}
            {doc.endGoal.text ? ` – ${doc.endGoal.text}` : ''}
          </Paragraph>
        </section>
      ) : null}
    </article>
  );
}
