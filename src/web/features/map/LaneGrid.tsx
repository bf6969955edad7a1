import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PublishedOffer } from './mapData.ts';
import { laneKey } from '../../../content/map-i18n/model.ts';
import { useMapText } from './mapLanguage.tsx';
import { useMapState } from './MapRoot.tsx';
import { EligibilityTag, LevelTag, OfferText, shortUrl, useActorNames } from './mapParts.tsx';
import type { LaneWithOffers } from './MapOverviewPage.tsx';
import { LocalOfferLaneCards } from '../local-offers/MapLocalOffers.tsx';

/**
 * Arrow keys as an extra to Tab: up and down move within a lane, left and right to the same place in the
 * neighbouring lane, Home and End to the first and last card of the lane.
 */
function onLaneKeyDown(event: React.KeyboardEvent<HTMLElement>) {
  const target = event.target as HTMLElement;
  if (!target.matches('[data-offer-link]') || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const grid = event.currentTarget;
  const laneLinks = (lane: Element | null) => (lane ? [...lane.querySelectorAll<HTMLElement>('[data-offer-link]')] : []);
  const lanes = [...grid.querySelectorAll('[data-lane]')].filter((lane) => laneLinks(lane).length > 0);
  const lane = target.closest('[data-lane]');
  const links = laneLinks(lane);
  const index = links.indexOf(target);
  const laneIndex = lanes.indexOf(lane!);
  let next: HTMLElement | undefined;
  switch (event.key) {
    case 'ArrowDown':
      next = links[index + 1];
      break;
    case 'ArrowUp':
      next = links[index - 1];
      break;
    case 'Home':
      next = links[0];
      break;
    case 'End':
      next = links.at(-1);
      break;
    case 'ArrowRight':
    case 'ArrowLeft': {
      const other = laneLinks(lanes[laneIndex + (event.key === 'ArrowRight' ? 1 : -1)] ?? null);
      next = other[Math.min(index, other.length - 1)];
      break;
    }
    default:
      return;
  }
  event.preventDefault();
  next?.focus();
}

/** The lanes side by side (a CSS grid), each offer a card. On narrow screens the lanes stack. */
export function LaneGrid({ lanes }: { lanes: LaneWithOffers[] }) {
  const { t } = useTranslation();
  const { tx } = useMapText();
  return (
    <>
      {/* On narrow screens the lanes stack: let people jump to one instead of scrolling past 40 cards. */}
      <nav className="lane-jump" aria-label={t('map.laneJump')}>
        <ul>
          {lanes.map(({ lane }) => (
            <li key={lane.id}>
              <a href={`#lane-${lane.id}`}>{tx(laneKey(lane.id, 'title'), lane.title)}</a>
            </li>
          ))}
        </ul>
      </nav>
      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions -- arrow keys bubble up from the cards' links */}
      <div className="lane-grid" onKeyDown={onLaneKeyDown}>
        {lanes.map(({ lane, offers, hidden }) => (
          <section key={lane.id} className={`lane lane--${lane.id}`} data-lane={lane.id} aria-labelledby={`lane-${lane.id}`}>
            <div className="lane__head">
              <Heading level={2} data-size="xs" id={`lane-${lane.id}`}>
                {tx(laneKey(lane.id, 'title'), lane.title)}
              </Heading>
              <Paragraph data-size="sm" className="lane__description">
                {tx(laneKey(lane.id, 'description'), lane.description)}
              </Paragraph>
              <Paragraph data-size="xs" className="lane__count">
                {t('map.laneCount', { count: offers.length })}
                {hidden > 0 ? ` · ${t('map.hiddenCount', { count: hidden })}` : ''}
              </Paragraph>
            </div>
            {offers.length > 0 ? (
              <ul className="lane__cards">
                {offers.map((offer) => (
                  <li key={offer.id}>
                    <OfferCard offer={offer} />
                  </li>
                ))}
              </ul>
            ) : (
              <Paragraph data-size="sm" className="lane__empty">
                {t('map.laneEmpty')}
              </Paragraph>
            )}
            <LocalOfferLaneCards lane={lane.id} />
          </section>
        ))}
      </div>
    </>
  );
}

function OfferCard({ offer }: { offer: PublishedOffer }) {
  const { t } = useTranslation();
  const actorNames = useActorNames();
  const map = useMapState();
  const result = map.resultFor(offer.id);
  const level = offer.requirements.norwegianLevel;
  const statusId = `status-${offer.id}`;
  return (
    <article className="offer-card" data-offer={offer.id}>
      <Heading level={3} data-size="2xs" className="offer-card__title">
        <Link
          to={`/kart/tilbud/${offer.id}`}
          data-offer-link={offer.id}
          className="offer-card__link"
          aria-describedby={result ? statusId : undefined}
          onClick={() => map.setLastOpened(offer.id)}
        >
          <OfferText offer={offer} field="title" />
        </Link>
      </Heading>
      <p className="offer-card__summary">
        <OfferText offer={offer} field="summary" first />
      </p>
      <dl className="offer-card__facts">
        <div>
          <dt>{t('map.card.responsible')}</dt>
          <dd>{actorNames(offer.responsible)}</dd>
        </div>
        <div>
          <dt>{t('map.card.duration')}</dt>
          <dd>
            <OfferText offer={offer} field="duration" first />
          </dd>
        </div>
      </dl>
      {level || result ? (
        <div className="offer-card__tags">
          {level ? <LevelTag level={level} /> : null}
          {result ? <EligibilityTag status={result.status} id={statusId} /> : null}
        </div>
      ) : null}
      {offer.links.length > 0 ? (
        <p className="print-only offer-card__print-links">
          {offer.links.map((link) => `${link.owner}: ${shortUrl(link.url)}`).join(' · ')}
        </p>
      ) : null}
    </article>
  );
}
