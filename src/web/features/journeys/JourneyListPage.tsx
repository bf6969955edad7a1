import { Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { journeyKey } from '../../../content/map-i18n/model.ts';
import { useMapText } from '../map/mapLanguage.tsx';
import { journeysQuery } from './journeyData.ts';

/** `/kart/reiser`: the example journeys, each one possibility among many (never a "fasit"). */
export function JourneyListPage() {
  const { t } = useTranslation();
  const { tx, txt } = useMapText();
  useDocumentTitle(t('journeys.listTitle'));
  const journeys = useQuery(journeysQuery());

  return (
    <div className="journey-page stack-lg">
      <div className="stack">
        <Paragraph data-size="sm"><Link to="/kart">{t('journeys.backToMap')}</Link></Paragraph>
        <Heading level={1} data-size="lg">{t('journeys.listTitle')}</Heading>
        <Paragraph className="lead">{t('journeys.listLead')}</Paragraph>
        <Paragraph data-size="sm" className="muted">{t('journeys.notAFasit')}</Paragraph>
      </div>
      {journeys.isPending ? <Loading label={t('journeys.loading')} /> : null}
      {journeys.isError ? <ErrorAlert error={journeys.error} /> : null}
      {journeys.isSuccess ? (
        <ul className="journey-cards" aria-label={t('journeys.listTitle')}>
          {journeys.data.items.map((j) => (
            <li key={j.id}>
              <Card data-color="neutral">
                <Heading level={2} data-size="xs">
                  <Link to={`/kart/reiser/${j.id}`}>{t('journeys.cardTitle', { name: j.persona.name, age: j.persona.age, title: txt(journeyKey(j.id, 'title'), j.title) })}</Link>
                </Heading>
                <Paragraph data-size="sm">{tx(journeyKey(j.id, 'summary'), j.persona.summary)}</Paragraph>
                <Paragraph data-size="sm">
                  <strong>{t('journeys.goal')}:</strong> {tx(journeyKey(j.id, 'goal'), j.goal)}
                </Paragraph>
                <Paragraph data-size="sm">
                  {t('journeys.cardTotals', { count: j.summary.totalMonths, gaps: j.summary.gapMonths, transitions: j.summary.transitions.length })}
                </Paragraph>
                <div className="tag-row">
                  {j.persona.kinds.map((k) => (
                    <Tag key={k} data-size="sm" data-color="neutral" variant="outline">{t(`journeys.kinds.${k}`)}</Tag>
                  ))}
                </div>
              </Card>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
