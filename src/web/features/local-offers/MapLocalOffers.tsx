import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { Fragment, useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { mapHtmlLang, rtlMapLanguages } from '../../../content/map-i18n/model.ts';
import { SelectField } from '../../components/SelectField.tsx';
import { formatMapDate, MapText, useMapLanguage } from '../map/mapLanguage.tsx';
import { localOffersForQuery, municipalitiesQuery, type PublicLocalOffer } from './localOfferData.ts';
import { setMunicipalityChoice, useMunicipalityChoice } from './municipalityChoice.ts';

/** "Where do you live?": an optional municipality; the local offers then appear in their lanes beside the national ones. */
export function MunicipalityPicker() {
  const { t } = useTranslation();
  const { language } = useMapLanguage();
  const chosen = useMunicipalityChoice();
  const municipalities = useQuery(municipalitiesQuery());
  const local = useQuery({ ...localOffersForQuery(chosen), enabled: chosen !== '' });
  const name = isolate(municipalities.data?.find((m) => m.id === chosen)?.name ?? '', language);
  // The municipalities' names are Norwegian names: marked so, when the map is in another language.
  const nameLang = language === 'nb' ? undefined : 'nb';
  const headingId = useId();
  if (municipalities.isError || (municipalities.isSuccess && municipalities.data.length === 0)) return null;
  return (
    <section className="municipality-picker no-print" aria-labelledby={headingId}>
      <Heading level={2} data-size="xs" id={headingId}>{t('localOffers.map.heading')}</Heading>
      <Paragraph data-size="sm">{t('localOffers.map.intro')}</Paragraph>
      <SelectField label={t('localOffers.map.municipality')} value={chosen} onChange={(e) => setMunicipalityChoice(e.target.value)} id="map-municipality">
        <option value="">{t('localOffers.map.none')}</option>
        {(municipalities.data ?? []).map((m) => <option key={m.id} value={m.id} lang={nameLang}>{m.name}</option>)}
      </SelectField>
      <div role="status" aria-live="polite">
        {chosen && local.isPending ? <Paragraph data-size="sm">{t('localOffers.map.loading')}</Paragraph> : null}
        {chosen && local.isSuccess ? (
          <Paragraph data-size="sm">
            {local.data.length ? t('localOffers.map.count', { count: local.data.length, municipality: name }) : t('localOffers.map.empty', { municipality: name })}
          </Paragraph>
        ) : null}
      </div>
    </section>
  );
}

/** The chosen municipality's local offers in one lane, as cards after the national ones. */
export function LocalOfferLaneCards({ lane, headingLevel = 3 }: { lane: string; headingLevel?: 3 | 4 }) {
  const chosen = useMunicipalityChoice();
  const local = useQuery({ ...localOffersForQuery(chosen), enabled: chosen !== '' });
  const offers = (local.data ?? []).filter((o) => o.lane === lane);
  if (!chosen || offers.length === 0) return null;
  return (
    <ul className="lane__cards lane__cards--local">
      {offers.map((offer) => <li key={offer.id}><LocalOfferCard offer={offer} headingLevel={headingLevel} /></li>)}
    </ul>
  );
}

/**
 * A local offer's own text (as the editor entered it, in `offer.textLanguage`) on a map shown in `language`:
 * as it is when the two agree; otherwise marked with its own language and direction, and, when it is Norwegian,
 * followed by the same "only in Norwegian" the map puts after an untranslated national text (`marked`).
 */
function useLocalText(offer: PublicLocalOffer) {
  const { language } = useMapLanguage();
  const own = offer.textLanguage;
  return (text: string, marked = false): ReactNode => {
    if (own === language) return text;
    if (own === 'nb' && marked) return <MapText value={{ text, norwegian: true }} />;
    return <span lang={mapHtmlLang[own]} dir={rtlMapLanguages.includes(own) ? 'rtl' : 'ltr'}>{text}</span>;
  };
}

/** A Norwegian name (organisation, municipality) inside a sentence in another language: isolated for bidi. */
export const isolate = (name: string, language: string) => (language === 'nb' || language === 'en' ? name : `\u2068${name}\u2069`);

export function LocalOfferCard({ offer, headingLevel = 3 }: { offer: PublicLocalOffer; headingLevel?: 2 | 3 | 4 }) {
  // Inside the map pages `t` is the map's own instance: the labels come from the map's translation files
  // (`ui.localOffers.map.…` in src/content/map-i18n), in the language the reader chose.
  const { t } = useTranslation();
  const { language, htmlLang } = useMapLanguage();
  const text = useLocalText(offer);
  const date = (d: string) => formatMapDate(d, htmlLang);
  const languageName = (code: string) => t(`localOffers.languages.${code}`, { defaultValue: code });
  const where = [offer.address ? text(offer.address) : null, offer.digital ? t('localOffers.map.digital') : null].filter(Boolean);
  return (
    <article className="offer-card offer-card--local" data-local-offer={offer.id}>
      <div className="offer-card__tags">
        <Tag data-color="info" data-size="sm">{t('localOffers.map.local')}</Tag>
        <Tag data-color="neutral" data-size="sm" data-text-language={offer.textLanguage}>
          {offer.textLanguage === 'nb' ? t('localOffers.map.onlyNorwegian') : t('localOffers.map.inLanguage', { language: languageName(offer.textLanguage) })}
        </Tag>
      </div>
      <Heading level={headingLevel} data-size="2xs" className="offer-card__title">{text(offer.title, true)}</Heading>
      <p className="offer-card__summary">{text(offer.summary, true)}</p>
      <dl className="offer-card__facts">
        <div><dt>{t('localOffers.map.card.provider')}</dt><dd>{text(offer.provider)}</dd></div>
        <div>
          <dt>{t('localOffers.map.card.startDates')}</dt>
          <dd>{offer.continuousAdmission ? t('localOffers.map.continuous') : offer.startDates.map(date).join(', ')}</dd>
        </div>
        {offer.applicationDeadline ? <div><dt>{t('localOffers.map.card.deadline')}</dt><dd>{date(offer.applicationDeadline)}</dd></div> : null}
        {where.length ? (
          <div>
            <dt>{t('localOffers.map.card.where')}</dt>
            <dd>{where.map((w, i) => <Fragment key={i}>{i > 0 ? ' · ' : null}{w}</Fragment>)}</dd>
          </div>
        ) : null}
      </dl>
      <details className="offer-card__more">
        <summary>{t('localOffers.map.more')}</summary>
        <dl className="offer-card__facts">
          <div><dt>{t('localOffers.map.card.forWhom')}</dt><dd>{text(offer.forWhom, true)}</dd></div>
          {offer.length ? <div><dt>{t('localOffers.map.card.length')}</dt><dd>{text(offer.length)}</dd></div> : null}
          {offer.cost ? <div><dt>{t('localOffers.map.card.cost')}</dt><dd>{text(offer.cost)}</dd></div> : null}
          <div><dt>{t('localOffers.map.card.instructionLanguages')}</dt><dd>{offer.instructionLanguages.map(languageName).join(', ')}</dd></div>
          {offer.contact ? <div><dt>{t('localOffers.map.card.contact')}</dt><dd>{text(offer.contact)}</dd></div> : null}
        </dl>
        <p className="muted">
          {t('localOffers.map.publishedBy', { organisation: isolate(offer.publishedBy.name, language), date: date(offer.updatedOn) })}
        </p>
        {offer.link ? <p><a href={offer.link} rel="noopener noreferrer">{t('localOffers.map.readMore')}</a></p> : null}
      </details>
    </article>
  );
}
