import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NO_LEGAL_BASIS } from '../../../domain/eligibility/types.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { mapOverviewQuery, type EligibilityResult, type MapOverview, type PublishedOffer } from './mapData.ts';
import { laneKey, levelKey, linkKey, offerKey } from '../../../content/map-i18n/model.ts';
import { endonyms, formatMapDate, MapText, Nb, useMapText } from './mapLanguage.tsx';
import { materialList, materialsForOffer, type Material } from '../../../content/materials/data.ts';
import type { MapLanguage } from '../../../content/map-i18n/model.ts';
import { useMapState } from './MapRoot.tsx';
import { EligibilityTag, ExternalLink, LevelTag, OfferText, useActorNames } from './mapParts.tsx';

/** One offer in full: overview → detail, deep-linkable at /kart/tilbud/:id. */
export function OfferDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const overview = useQuery(mapOverviewQuery());
  const offer = overview.data?.offers.find((candidate) => candidate.id === id);

  if (overview.isPending) return <Loading label={t('map.loading')} />;
  if (overview.isError) {
    return (
      <div className="stack">
        <Heading level={1} data-size="lg">
          {t('map.title')}
        </Heading>
        <ErrorAlert error={overview.error} />
      </div>
    );
  }
  if (!offer) return <NotFoundPage />;
  return <OfferDetail offer={offer} overview={overview.data} />;
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="detail-section" aria-labelledby={`detail-${id}`}>
      <Heading level={2} data-size="xs" id={`detail-${id}`}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

function OfferDetail({ offer, overview }: { offer: PublishedOffer; overview: MapOverview }) {
  const { t } = useTranslation();
  const { tx, txt, htmlLang } = useMapText();
  const actorNames = useActorNames();
  const map = useMapState();
  const title = txt(offerKey(offer.id, 'title'), offer.title, offer.editedTexts.includes('title'));
  useDocumentTitle(title);
  const lane = overview.lanes.find((candidate) => candidate.id === offer.lane);
  const result = map.resultFor(offer.id);
  const level = offer.requirements.norwegianLevel;
  const levelInfo = level ? overview.norwegianLevels.find((candidate) => candidate.level === level) : undefined;

  const offerLinks = (ids: readonly string[]) => {
    const targets = ids
      .map((target) => overview.offers.find((candidate) => candidate.id === target))
      .filter((target): target is PublishedOffer => Boolean(target));
    if (targets.length === 0) return <Paragraph data-size="sm">{t('map.detail.none')}</Paragraph>;
    return (
      <ul className="detail-links">
        {targets.map((target) => {
          const targetResult = map.resultFor(target.id);
          return (
            <li key={target.id}>
              <Link to={`/kart/tilbud/${target.id}`} onClick={() => map.setLastOpened(target.id)}>
                <OfferText offer={target} field="title" />
              </Link>
              {targetResult ? (
                <>
                  {' '}
                  <EligibilityTag status={targetResult.status} />
                </>
              ) : null}
            </li>
          );
        })}
      </ul>
    );
  };

  const flexibility = (value: boolean | null) =>
    value === true ? t('map.detail.yes') : value === false ? t('map.detail.no') : t('map.detail.varies');

  return (
    <article className="offer-detail stack-lg" aria-labelledby="offer-title">
      <div className="stack-sm">
        <Paragraph data-size="sm" className="no-print">
          <Link to={map.overviewHref}>{t('map.detail.back')}</Link>
        </Paragraph>
        <Paragraph data-size="sm" className="muted">
          {lane ? tx(laneKey(lane.id, 'title'), lane.title) : null}
        </Paragraph>
        <Heading level={1} data-size="lg" id="offer-title">
          <OfferText offer={offer} field="title" />
        </Heading>
        <Paragraph className="lead">
          <OfferText offer={offer} field="summary" />
        </Paragraph>
        {level ? (
          <div className="offer-card__tags">
            <LevelTag level={level} />
          </div>
        ) : null}
      </div>

      {offer.review ? (
        <Alert data-color="warning" data-size="sm">
          <Paragraph data-size="sm">
            <strong>{t('map.detail.underReview')}</strong> <OfferText offer={offer} field="review" />
          </Paragraph>
        </Alert>
      ) : null}

      {result ? <EligibilityBox result={result} /> : <GeneralCaveat />}

      <div className="detail-grid">
        <Section id="for-whom" title={t('map.detail.forWhom')}>
          <Paragraph>
            <OfferText offer={offer} field="forWhom" />
          </Paragraph>
        </Section>
        <Section id="requirements" title={t('map.detail.requirements')}>
          <Paragraph>
            <OfferText offer={offer} field="requirements" />
          </Paragraph>
          {levelInfo ? (
            <Paragraph data-size="sm" className="muted">
              {tx(levelKey(levelInfo.level, 'title'), levelInfo.title)}: {tx(levelKey(levelInfo.level, 'description'), levelInfo.description)}
            </Paragraph>
          ) : offer.requirements.norwegianLevel === null ? (
            <Paragraph data-size="sm" className="muted">
              {t('map.detail.noLevelRequired')}
            </Paragraph>
          ) : null}
        </Section>
        <Section id="content" title={t('map.detail.content')}>
          <Paragraph>
            <OfferText offer={offer} field="content" />
          </Paragraph>
        </Section>
        <Section id="duration" title={t('map.detail.duration')}>
          <Paragraph>
            <OfferText offer={offer} field="duration" />
          </Paragraph>
          {offer.typicalMonths ? (
            <Paragraph data-size="sm" className="muted">
              {t('map.detail.typicalMonths', { min: offer.typicalMonths.min, max: offer.typicalMonths.max })}
            </Paragraph>
          ) : null}
        </Section>
        <Section id="flexibility" title={t('map.detail.flexibility')}>
          <dl className="facts facts--compact">
            <div>
              <dt>{t('map.detail.partTime')}</dt>
              <dd>{flexibility(offer.flexibility.partTime)}</dd>
            </div>
            <div>
              <dt>{t('map.detail.evening')}</dt>
              <dd>{flexibility(offer.flexibility.evening)}</dd>
            </div>
            <div>
              <dt>{t('map.detail.parallel')}</dt>
              <dd>{flexibility(offer.flexibility.parallel)}</dd>
            </div>
          </dl>
          {offer.flexibility.note ? (
            <Paragraph data-size="sm">
              <OfferText offer={offer} field="flexibility" />
            </Paragraph>
          ) : null}
        </Section>
        <Section id="responsible" title={t('map.detail.responsible')}>
          <Paragraph>{actorNames(offer.responsible)}</Paragraph>
          <Paragraph data-size="sm" className="muted">
            {t('map.detail.notEverywhere')}
          </Paragraph>
        </Section>
        <Section id="funded-by" title={t('map.detail.fundedBy')}>
          <Paragraph>
            <OfferText offer={offer} field="fundedBy" />
          </Paragraph>
        </Section>
        {offer.lane !== 'financing' ? (
          <Section id="living-costs" title={t('map.detail.livingCosts')}>
            {offerLinks(offer.livingCosts)}
          </Section>
        ) : null}
        <Section id="combines-with" title={t('map.detail.combinesWith')}>
          {offerLinks(offer.combinesWith)}
        </Section>
        <Section id="next-steps" title={offer.lane === 'financing' ? t('map.detail.afterwardsFinancing') : t('map.detail.nextSteps')}>
          {offerLinks(offer.nextSteps)}
        </Section>
      </div>

      <Section id="links" title={t('map.detail.links')}>
        {offer.links.length > 0 ? (
          <ul className="detail-links">
            {offer.links.map((link) => (
              <li key={link.url}>
                <ExternalLink href={link.url}>{tx(linkKey(offer.id, link.url), link.title)}</ExternalLink>
                <span className="muted">
                  {' – '}
                  <Nb>{link.owner}</Nb>
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <Paragraph data-size="sm">{t('map.detail.noLinks')}</Paragraph>
        )}
        {!offer.linksReviewed ? (
          <Paragraph data-size="sm" className="muted">
            {t('map.detail.linksNotReviewed')}
          </Paragraph>
        ) : null}
      </Section>

      <OfferMaterials offerId={offer.id} />

      <Section id="legal-basis" title={t('map.detail.legalBasis')}>
        {offer.legalBasis.length > 0 ? (
          <ul className="detail-links">
            {offer.legalBasis.map((basis) => (
              <li key={`${basis.law}-${basis.paragraph}`}>
                {basis.url ? (
                  <ExternalLink href={basis.url}>
                    <Nb>
                      {basis.law} {basis.paragraph}
                    </Nb>
                  </ExternalLink>
                ) : (
                  <Nb>
                    {basis.law} {basis.paragraph}
                  </Nb>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <Paragraph>
            <OfferText offer={offer} field="noLegalBasisReason" />
          </Paragraph>
        )}
      </Section>

      <Section id="sources" title={t('map.detail.sources')}>
        <ul className="detail-sources">
          {offer.sources.map((source, index) => (
            <li key={index}>
              {source.kind === 'seed' ? (
                <>
                  {/* Titles and sections of Norwegian reports: English has its own; the other languages keep them in Norwegian. */}
                  {htmlLang === 'en' ? (
                    <>
                      {t(`map.seeds.${source.seed.slice(0, 3)}`, { defaultValue: source.seed })}, {source.section}
                    </>
                  ) : (
                    <Nb>
                      {t(`map.seeds.${source.seed.slice(0, 3)}`, { defaultValue: source.seed, lng: 'nb' })}, {source.section}
                    </Nb>
                  )}
                  {source.quote ? <q lang="nb">{source.quote}</q> : null}
                </>
              ) : source.kind === 'law' ? (
                <Nb>
                  {source.law} {source.paragraph}
                </Nb>
              ) : (
                <ExternalLink href={source.url}>
                  <Nb>{source.title}</Nb>
                </ExternalLink>
              )}
            </li>
          ))}
        </ul>
        <Paragraph data-size="sm" className="muted">
          {t('map.detail.reviewed', { date: formatMapDate(offer.lastReviewed, htmlLang) })}
          {offer.version > 0 ? ` ${t('map.detail.version', { version: offer.version })}` : ''}
        </Paragraph>
      </Section>

      <Paragraph data-size="sm" className="no-print">
        <Link to={map.overviewHref}>{t('map.detail.back')}</Link>
      </Paragraph>
    </article>
  );
}

function EligibilityBox({ result }: { result: EligibilityResult }) {
  const { t } = useTranslation();
  const { keyed } = useMapText();
  // The rules may give the same text for two codes (two missing answers): say it once.
  const reasons = result.reasons.filter(
    (reason, index) => result.reasons.findIndex((other) => other.text === reason.text) === index,
  );
  return (
    <section className={`eligibility-box eligibility-box--${result.status}`} aria-labelledby="eligibility-heading">
      <Heading level={2} data-size="xs" id="eligibility-heading">
        {t('map.detail.eligibilityHeading')} <EligibilityTag status={result.status} />
      </Heading>
      <ul className="eligibility-box__reasons">
        {reasons.map((reason) => (
          <li key={reason.code}>
            <MapText value={keyed(reason.key, reason.text)} />
            {reason.legalRef && reason.legalRef !== NO_LEGAL_BASIS ? (
              <span className="muted eligibility-box__ref">
                {' ('}
                <Nb>{reason.legalRef}</Nb>)
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      {result.toFindOut.length > 0 ? (
        <div className="stack-sm">
          <Heading level={3} data-size="2xs">
            {t('map.detail.toFindOut')}
          </Heading>
          <ul>
            {result.toFindOut.map((question, i) => (
              <li key={question}>
                <MapText value={keyed(result.toFindOutKeys[i] ?? null, question)} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <Paragraph data-size="sm" className="eligibility-box__caveat">
        <MapText value={keyed(result.caveatKey, result.caveat)} />
      </Paragraph>
    </section>
  );
}

function GeneralCaveat() {
  const { t } = useTranslation();
  return (
    <Paragraph data-size="sm" className="detail-caveat">
      {t('map.detail.generalCaveat')}
    </Paragraph>
  );
}

/** A language's name in the reader's language where the browser knows it, else the name in itself. */
function languageName(code: MapLanguage, htmlLang: string): string {
  try {
    const name = new Intl.DisplayNames([htmlLang], { type: 'language', fallback: 'none' }).of(code === 'prs' ? 'fa-AF' : code);
    if (name && name !== code) return name;
  } catch {
    // no data for the language
  }
  return endonyms[code];
}

/**
 * Films, brochures and web pages about this offer (src/content/materials): links to the publishers' own pages, the
 * reader's language first, each with kind, length, languages, subtitles, publisher and when the link was checked.
 * Material written for counsellors is marked; an entry nobody has confirmed in full says so.
 */
function OfferMaterials({ offerId }: { offerId: string }) {
  const { t } = useTranslation();
  const { language, htmlLang } = useMapText();
  const items = materialsForOffer(materialList, offerId, language);
  if (items.length === 0) return null;
  const names = (codes: readonly MapLanguage[]) => codes.map((c) => languageName(c, htmlLang)).join(', ');
  const facts = (m: Material) => {
    const length = m.minutes ? t('materials.minutes', { minutes: m.minutes.to ? `${m.minutes.from}–${m.minutes.to}` : String(m.minutes.from) }) : m.pages ? t('materials.pages', { pages: m.pages }) : null;
    const subtitles = m.kind !== 'film' ? null
      : m.subtitles.status === 'yes' ? t('materials.subtitles', { languages: names(m.subtitles.languages) })
      : m.subtitles.status === 'no' ? t('materials.noSubtitles') : t('materials.subtitlesUnknown');
    return [t(`materials.kind.${m.kind}`), length, t('materials.languages', { languages: names(m.languages) }), subtitles].filter(Boolean).join(' · ');
  };
  return (
    <Section id="materials" title={t('materials.heading')}>
      <Paragraph data-size="sm" className="muted">{t('materials.lead')}</Paragraph>
      <ul className="detail-links detail-materials" data-testid="offer-materials">
        {items.map((m) => (
          <li key={m.id} data-testid="offer-material" data-material={m.id}>
            <ExternalLink href={m.url}>
              <span lang={m.title.language === 'prs' ? 'fa-AF' : m.title.language} dir="auto">{m.title.text}</span>
            </ExternalLink>
            {m.audience === 'counsellor' ? <span className="muted"> ({t('materials.forCounsellors')})</span> : null}
            <br />
            <span className="muted">{facts(m)}</span>
            <br />
            <span className="muted">
              {t('materials.publisher')} <Nb>{m.publisher}</Nb> · {t('materials.checked', { date: formatMapDate(m.checkedOn, htmlLang) })}
            </span>
            {m.review ? (
              <>
                <br />
                <span className="muted">{t('materials.notConfirmed')}</span>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </Section>
  );
}
