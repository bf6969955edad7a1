import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { laneKey } from '../../../content/map-i18n/model.ts';
import { useMapText } from './mapLanguage.tsx';
import { useMapState } from './MapRoot.tsx';
import { EligibilityTag, OfferText, useActorNames } from './mapParts.tsx';
import type { LaneWithOffers } from './MapOverviewPage.tsx';
import { LocalOfferLaneCards } from '../local-offers/MapLocalOffers.tsx';

/** The same offers as a plain list grouped by lane: for screen readers, magnification and anyone who prefers it. */
export function OfferList({
  lanes,
  headingRef,
}: {
  lanes: LaneWithOffers[];
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { t } = useTranslation();
  const { tx } = useMapText();
  const actorNames = useActorNames();
  const map = useMapState();
  return (
    <section className="offer-list stack-lg" aria-labelledby="offer-list-heading">
      <Heading level={2} data-size="sm" id="offer-list-heading" ref={headingRef} tabIndex={-1}>
        {t('map.listHeading')}
      </Heading>
      {lanes.map(({ lane, offers, hidden }) => (
        <section key={lane.id} className="stack" aria-labelledby={`list-lane-${lane.id}`}>
          <div>
            <Heading level={3} data-size="xs" id={`list-lane-${lane.id}`}>
              {tx(laneKey(lane.id, 'title'), lane.title)}
            </Heading>
            <Paragraph data-size="sm" className="muted">
              {tx(laneKey(lane.id, 'description'), lane.description)} {t('map.laneCount', { count: offers.length })}
              {hidden > 0 ? ` · ${t('map.hiddenCount', { count: hidden })}` : ''}
            </Paragraph>
          </div>
          {offers.length > 0 ? (
            <ul className="offer-list__items">
              {offers.map((offer) => {
                const result = map.resultFor(offer.id);
                const level = offer.requirements.norwegianLevel;
                return (
                  <li key={offer.id} className="offer-list__item">
                    <Heading level={4} data-size="2xs">
                      <Link to={`/kart/tilbud/${offer.id}`} data-offer-link={offer.id} onClick={() => map.setLastOpened(offer.id)}>
                        <OfferText offer={offer} field="title" />
                      </Link>
                    </Heading>
                    <Paragraph data-size="sm">
                      <OfferText offer={offer} field="summary" />
                    </Paragraph>
                    <Paragraph data-size="sm" className="muted">
                      {t('map.card.responsible')}: {actorNames(offer.responsible)}. {t('map.card.duration')}:{' '}
                      <OfferText offer={offer} field="duration" />
                      {level ? ` ${t('map.card.level', { level })}.` : ''}
                    </Paragraph>
                    {result ? (
                      <Paragraph data-size="sm">
                        <EligibilityTag status={result.status} />
                      </Paragraph>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          ) : (
            <Paragraph data-size="sm">{t('map.laneEmpty')}</Paragraph>
          )}
          <LocalOfferLaneCards lane={lane.id} headingLevel={4} />
        </section>
      ))}
    </section>
  );
}
