import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { todayInOslo } from '../../../domain/dates.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { mapOverviewQuery, type LaneInfo, type PublishedOffer } from './mapData.ts';
import { formatMapDate, useMapLanguage } from './mapLanguage.tsx';
import { useMapState } from './MapRoot.tsx';
import { LaneGrid } from './LaneGrid.tsx';
import { OfferList } from './OfferList.tsx';
import { ProfilePanel } from './ProfilePanel.tsx';
import { MunicipalityPicker } from '../local-offers/MapLocalOffers.tsx';

export interface LaneWithOffers {
  lane: LaneInfo;
  offers: PublishedOffer[];
  hidden: number;
}

/** The whole map: every lane side by side (or the same offers as a list), with the profile panel above. */
export function MapOverviewPage() {
  const { t } = useTranslation();
  const { htmlLang } = useMapLanguage();
  const map = useMapState();
  const location = useLocation();
  const [searchParams, setSearchParams] = useSearchParams();
  const asList = searchParams.get('visning') === 'liste';
  useDocumentTitle(asList ? t('map.titleList') : t('map.title'));
  const overview = useQuery(mapOverviewQuery());
  const listHeadingRef = useRef<HTMLHeadingElement>(null);
  const focusListNext = useRef(false);
  // The page is also pre-rendered at build time (issue 19): the printed date is the browser's, set once the page runs.
  const [today, setToday] = useState<string | null>(null);
  useEffect(() => setToday(todayInOslo()), []);

  const { setOverviewHref, lastOpened } = map;
  useEffect(() => {
    setOverviewHref(location.pathname + location.search);
  }, [location.pathname, location.search, setOverviewHref]);

  // Coming back from a detail: focus the card that was opened (after the layout has focused <main>).
  const ready = overview.isSuccess;
  useEffect(() => {
    if (!ready || !lastOpened) return;
    const id = lastOpened;
    const frame = requestAnimationFrame(() => {
      document.querySelector<HTMLElement>(`[data-offer-link="${CSS.escape(id)}"]`)?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [ready, lastOpened]);

  useEffect(() => {
    if (asList && focusListNext.current) {
      focusListNext.current = false;
      listHeadingRef.current?.focus();
    }
  }, [asList]);

  const setView = (list: boolean, moveFocus = false) => {
    focusListNext.current = moveFocus;
    const next = new URLSearchParams(searchParams);
    if (list) next.set('visning', 'liste');
    else next.delete('visning');
    setSearchParams(next, { replace: true, preventScrollReset: true });
  };

  const lanes: LaneWithOffers[] = (overview.data?.lanes ?? []).map((lane) => {
    const all = overview.data!.offers.filter((offer) => offer.lane === lane.id);
    const shown = map.onlyRelevant ? all.filter((offer) => map.resultFor(offer.id)?.status !== 'not-eligible') : all;
    return { lane, offers: shown, hidden: all.length - shown.length };
  });

  return (
    <div className="map-page stack-lg">
      {!asList ? (
        <Link
          to={{ search: '?visning=liste' }}
          replace
          preventScrollReset
          className="ds-skip-link map-skip"
          onClick={() => {
            focusListNext.current = true;
          }}
        >
          {t('map.skipToList')}
        </Link>
      ) : null}
      <div className="map-intro">
        <Heading level={1} data-size="lg">
          {t('map.title')}
        </Heading>
        <Paragraph className="lead">{t('map.lead')}</Paragraph>
        <Paragraph data-size="sm" className="muted">
          {t('map.principles')}
        </Paragraph>
        <Paragraph data-size="sm" className="no-print">
          <Link to="/kart/reiser">{t('journeys.mapLink')}</Link>
        </Paragraph>
        <Paragraph data-size="sm" className="print-only">
          {today ? t('map.printedOn', { date: formatMapDate(today, htmlLang) }) : null}
        </Paragraph>
      </div>

      {overview.isPending ? <Loading label={t('map.loading')} /> : null}
      {overview.isError ? <ErrorAlert error={overview.error} /> : null}
      {overview.isSuccess ? (
        <>
          <ProfilePanel levels={overview.data.norwegianLevels} />
          <MunicipalityPicker />
          <div className="map-toolbar">
            <Paragraph data-size="sm" className="muted map-toolbar__hint">
              {asList ? t('map.listHint') : t('map.keyboardHint')}
            </Paragraph>
            <div className="button-row" role="group" aria-label={t('map.viewOptions')}>
              <Button variant="secondary" data-size="sm" onClick={() => setView(!asList)}>
                {asList ? t('map.showAsMap') : t('map.showAsList')}
              </Button>
              <Button variant="tertiary" data-size="sm" onClick={() => window.print()}>
                {t('map.print')}
              </Button>
            </div>
          </div>
          {asList ? (
            <OfferList lanes={lanes} headingRef={listHeadingRef} />
          ) : (
            <LaneGrid lanes={lanes} />
          )}
        </>
      ) : null}
    </div>
  );
}
