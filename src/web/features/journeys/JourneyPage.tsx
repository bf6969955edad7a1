import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { todayInOslo } from '../../../domain/dates.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { formatDate } from '../../format.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { mapOverviewQuery } from '../map/mapData.ts';
import { useLocalized } from '../map/MapRoot.tsx';
import { journeysQuery } from './journeyData.ts';
import { JourneyTimeline } from './JourneyTimeline.tsx';

/** `/kart/reiser/:id`: one example journey on the timeline, with its conditions and sources. */
export function JourneyPage() {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { id = '' } = useParams();
  const journeys = useQuery(journeysQuery());
  const overview = useQuery(mapOverviewQuery());
  const journey = journeys.data?.items.find((j) => j.id === id);
  useDocumentTitle(journey ? t('journeys.cardTitle', { name: journey.persona.name, age: journey.persona.age, title: localized(journey.title) }) : t('journeys.listTitle'));

  if (journeys.isPending || overview.isPending) return <Loading label={t('journeys.loading')} />;
  if (journeys.isError) return <ErrorAlert error={journeys.error} />;
  if (overview.isError) return <ErrorAlert error={overview.error} />;
  if (!journey) return <NotFoundPage />;

  const notes = Object.fromEntries(journey.steps.map((s, i) => [s.id, journey.phases[i]?.note]));
  return (
    <article className="journey-page stack-lg">
      <div className="stack">
        <Paragraph data-size="sm" className="no-print"><Link to="/kart/reiser">{t('journeys.backToList')}</Link></Paragraph>
        <Heading level={1} data-size="lg">{t('journeys.cardTitle', { name: journey.persona.name, age: journey.persona.age, title: localized(journey.title) })}</Heading>
        <Paragraph className="lead">{localized(journey.persona.summary)}</Paragraph>
        <Paragraph data-size="sm" className="muted">{t('journeys.fictional')}</Paragraph>
        <Paragraph><strong>{t('journeys.goal')}:</strong> {localized(journey.goal)}</Paragraph>
        <Paragraph data-size="sm" className="print-only">{t('map.printedOn', { date: formatDate(todayInOslo()) })}</Paragraph>
        <div className="button-row no-print">
          <Button variant="tertiary" data-size="sm" onClick={() => window.print()}>{t('journeys.print')}</Button>
        </div>
      </div>

      <JourneyTimeline
        steps={journey.steps}
        offers={overview.data.offers}
        planning={journeys.data.planning}
        label={t('journeys.timelineFor', { name: journey.persona.name })}
        notes={notes}
      />

      <section className="stack" aria-labelledby="caveats-heading">
        <Heading level={2} data-size="xs" id="caveats-heading">{t('journeys.caveats')}</Heading>
        <ul>
          {journey.caveats.map((c) => <li key={c.nb}>{localized(c)}</li>)}
        </ul>
        {journey.review ? (
          <Alert data-color="warning" data-size="sm">
            <Paragraph data-size="sm">{localized(journey.review.note)}</Paragraph>
          </Alert>
        ) : null}
      </section>

      <section className="stack" aria-labelledby="sources-heading">
        <Heading level={2} data-size="xs" id="sources-heading">{t('journeys.sources')}</Heading>
        <ul className="journey-sources">
          {journey.sources.map((s, i) => (
            <li key={i}>
              {s.kind === 'seed' ? <>{s.section}{s.quote ? <>: <q>{s.quote}</q></> : null}</> : s.kind === 'law' ? `${s.law} ${s.paragraph}` : s.title}
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
