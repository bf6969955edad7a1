import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { todayInOslo } from '../../../domain/dates.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { mapOverviewQuery } from '../map/mapData.ts';
import { journeyKey } from '../../../content/map-i18n/model.ts';
import { formatMapDate, useMapText } from '../map/mapLanguage.tsx';
import { journeysQuery } from './journeyData.ts';
import { JourneyTimeline } from './JourneyTimeline.tsx';

/** `/kart/reiser/:id`: one example journey on the timeline, with its conditions and sources. */
export function JourneyPage() {
  const { t } = useTranslation();
  const { tx, txt, htmlLang } = useMapText();
  const { id = '' } = useParams();
  const journeys = useQuery(journeysQuery());
  const overview = useQuery(mapOverviewQuery());
  const journey = journeys.data?.items.find((j) => j.id === id);
  useDocumentTitle(journey ? t('journeys.cardTitle', { name: journey.persona.name, age: journey.persona.age, title: txt(journeyKey(journey.id, 'title'), journey.title) }) : t('journeys.listTitle'));

  if (journeys.isPending || overview.isPending) return <Loading label={t('journeys.loading')} />;
  if (journeys.isError) return <ErrorAlert error={journeys.error} />;
  if (overview.isError) return <ErrorAlert error={overview.error} />;
  if (!journey) return <NotFoundPage />;

  const notes = Object.fromEntries(journey.steps.map((s, i) => [s.id, journey.phases[i]?.note]));
  const noteKeys = Object.fromEntries(
    journey.steps.map((s, i) => [s.id, journeyKey(journey.id, `phase.${journey.phases[i]?.offerId}.${journey.phases[i]?.startMonth}`)]),
  );
  const key = (field: string) => journeyKey(journey.id, field);
  return (
    <article className="journey-page stack-lg">
      <div className="stack">
        <Paragraph data-size="sm" className="no-print"><Link to="/kart/reiser">{t('journeys.backToList')}</Link></Paragraph>
        <Heading level={1} data-size="lg">{t('journeys.cardTitle', { name: journey.persona.name, age: journey.persona.age, title: txt(key('title'), journey.title) })}</Heading>
        <Paragraph className="lead">{tx(key('summary'), journey.persona.summary)}</Paragraph>
        <Paragraph data-size="sm" className="muted">{t('journeys.fictional')}</Paragraph>
        <Paragraph><strong>{t('journeys.goal')}:</strong> {tx(key('goal'), journey.goal)}</Paragraph>
        <Paragraph data-size="sm" className="print-only">{t('map.printedOn', { date: formatMapDate(todayInOslo(), htmlLang) })}</Paragraph>
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
        noteKeys={noteKeys}
      />

      <section className="stack" aria-labelledby="caveats-heading">
        <Heading level={2} data-size="xs" id="caveats-heading">{t('journeys.caveats')}</Heading>
        <ul>
          {journey.caveats.map((c, i) => <li key={c.nb}>{tx(key(`caveat.${i + 1}`), c)}</li>)}
        </ul>
        {journey.review ? (
          <Alert data-color="warning" data-size="sm">
            <Paragraph data-size="sm">{tx(key('review'), journey.review.note)}</Paragraph>
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
