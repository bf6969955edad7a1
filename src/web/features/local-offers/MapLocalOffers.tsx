import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/SelectField.tsx';
import { formatDate } from '../../format.ts';
import { localOffersForQuery, municipalitiesQuery, type PublicLocalOffer } from './localOfferData.ts';
import { setMunicipalityChoice, useMunicipalityChoice } from './municipalityChoice.ts';

const rtl = new Set(['ar', 'prs']);

/** "Where do you live?": an optional municipality; the local offers then appear in their lanes beside the national ones. */
export function MunicipalityPicker() {
  const { t } = useTranslation();
  const chosen = useMunicipalityChoice();
  const municipalities = useQuery(municipalitiesQuery());
  const local = useQuery({ ...localOffersForQuery(chosen), enabled: chosen !== '' });
  const name = municipalities.data?.find((m) => m.id === chosen)?.name ?? '';
  const headingId = useId();
  if (municipalities.isError || (municipalities.isSuccess && municipalities.data.length === 0)) return null;
  return (
    <section className="municipality-picker no-print" aria-labelledby={headingId}>
      <Heading level={2} data-size="xs" id={headingId}>{t('localOffers.map.heading')}</Heading>
      <Paragraph data-size="sm">{t('localOffers.map.intro')}</Paragraph>
      <SelectField label={t('localOffers.map.municipality')} value={chosen} onChange={(e) => setMunicipalityChoice(e.target.value)} id="map-municipality">
        <option value="">{t('localOffers.map.none')}</option>
        {(municipalities.data ?? []).map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
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

export function LocalOfferCard({ offer, headingLevel = 3 }: { offer: PublicLocalOffer; headingLevel?: 2 | 3 | 4 }) {
  const { t } = useTranslation();
  const lang = offer.textLanguage;
  const textProps = { lang, dir: rtl.has(lang) ? 'rtl' as const : undefined };
  const where = [offer.address, offer.digital ? t('localOffers.map.digital') : ''].filter(Boolean).join(' · ');
  return (
    <article className="offer-card offer-card--local" data-local-offer={offer.id}>
      <div className="offer-card__tags">
        <Tag data-color="info" data-size="sm">{t('localOffers.map.local')}</Tag>
        <Tag data-color="neutral" data-size="sm">
          {lang === 'nb' ? t('localOffers.map.onlyNorwegian') : t('localOffers.map.inLanguage', { language: t(`localOffers.languages.${lang}`) })}
        </Tag>
      </div>
      <Heading level={headingLevel} data-size="2xs" className="offer-card__title" {...textProps}>{offer.title}</Heading>
      <p className="offer-card__summary" {...textProps}>{offer.summary}</p>
      <dl className="offer-card__facts">
        <div><dt>{t('localOffers.fields.provider')}</dt><dd {...textProps}>{offer.provider}</dd></div>
        <div>
          <dt>{t('localOffers.fields.startDates')}</dt>
          <dd>{offer.continuousAdmission ? t('localOffers.map.continuous') : offer.startDates.map((d) => formatDate(d)).join(', ')}</dd>
        </div>
        {offer.applicationDeadline ? <div><dt>{t('localOffers.fields.applicationDeadline')}</dt><dd>{formatDate(offer.applicationDeadline)}</dd></div> : null}
        {where ? <div><dt>{t('localOffers.fields.address')}</dt><dd {...textProps}>{where}</dd></div> : null}
      </dl>
      <details className="offer-card__more">
        <summary>{t('localOffers.map.more')}</summary>
        <dl className="offer-card__facts">
          <div><dt>{t('localOffers.fields.forWhom')}</dt><dd {...textProps}>{offer.forWhom}</dd></div>
          {offer.length ? <div><dt>{t('localOffers.fields.length')}</dt><dd {...textProps}>{offer.length}</dd></div> : null}
          {offer.cost ? <div><dt>{t('localOffers.fields.cost')}</dt><dd {...textProps}>{offer.cost}</dd></div> : null}
          <div><dt>{t('localOffers.fields.instructionLanguages')}</dt><dd>{offer.instructionLanguages.join(', ')}</dd></div>
          {offer.contact ? <div><dt>{t('localOffers.fields.contact')}</dt><dd {...textProps}>{offer.contact}</dd></div> : null}
        </dl>
        <p className="muted">{t('localOffers.map.publishedBy', { organisation: offer.publishedBy.name, date: formatDate(offer.updatedOn) })}</p>
        {offer.link ? <p><a href={offer.link} rel="noopener noreferrer">{t('localOffers.map.readMore')}</a></p> : null}
      </details>
    </article>
  );
}
