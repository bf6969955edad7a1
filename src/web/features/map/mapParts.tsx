import { Tag } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { offerKey, type OfferTextField } from '../../../content/map-i18n/model.ts';
import type { Actor, CefrLevel, EligibilityStatus, PublishedOffer } from './mapData.ts';
import { MapText, useMapText, type MapString } from './mapLanguage.tsx';

// Colour is a second signal only: every tag says its status in words, and none of the words is a verdict.
const statusColours: Record<EligibilityStatus, string> = {
  'right-and-duty': 'success',
  right: 'success',
  eligible: 'info',
  'not-eligible': 'warning',
  unknown: 'neutral',
};

export const eligibilityStatuses: readonly EligibilityStatus[] = ['right-and-duty', 'right', 'eligible', 'not-eligible', 'unknown'];

export function EligibilityTag({ status, id }: { status: EligibilityStatus; id?: string }) {
  const { t } = useTranslation();
  return (
    <Tag data-color={statusColours[status]} data-size="sm" id={id} className="eligibility-tag" data-status={status}>
      <span className="ds-sr-only">{t('map.eligibility.srPrefix')} </span>
      <span>{t(`map.eligibility.${status}`)}</span>
    </Tag>
  );
}

export function LevelTag({ level }: { level: CefrLevel }) {
  const { t } = useTranslation();
  return (
    <Tag data-color="neutral" data-size="sm" variant="outline" className="level-tag">
      {t('map.levelTag', { level })}
    </Tag>
  );
}

export function useActorNames() {
  const { t } = useTranslation();
  return (actors: readonly Actor[]) => actors.map((actor) => t(`map.actors.${actor}`)).join(', ');
}

/** A link to another organisation's page: opens in a new tab, and says so to everyone (not only by an icon). */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span className="external-link__hint"> {t('map.newTab')}</span>
    </a>
  );
}

/** 'https://www.nav.no/arbeid' → 'nav.no/arbeid', for printed cards. */
export function shortUrl(url: string): string {
  return url.replace(/^https:\/\/(www\.)?/, '').replace(/\/$/, '');
}

/**
 * The first sentence: a card shows one line of plain text and leaves the rest to the detail. A sentence ends at
 * . ! ? before a capital or a letter of a script without capitals (Arabic, Ethiopic), or at Ethiopic ። and Arabic ؟.
 */
export function firstSentence(text: string): string {
  return text.split(/(?<=[.!?])\s+(?=[\p{Lu}\p{Lo}])|(?<=[።؟])\s*/u)[0] ?? text;
}

/** An offer's text in the map's language. A field an editor has changed since the translation is shown in nb. */
export function useOfferText() {
  const { text } = useMapText();
  return (offer: PublishedOffer, field: OfferTextField): MapString => {
    const source =
      field === 'requirements' ? offer.requirements.text
      : field === 'flexibility' ? offer.flexibility.note
      : field === 'review' ? offer.review?.note
      : offer[field];
    return text(offerKey(offer.id, field), source, (offer.editedTexts ?? []).includes(field));
  };
}

/** An offer's text as a node: `<OfferText offer={o} field="summary" />`. */
export function OfferText({ offer, field, first = false }: { offer: PublishedOffer; field: OfferTextField; first?: boolean }) {
  const value = useOfferText()(offer, field);
  return <MapText value={first ? { ...value, text: firstSentence(value.text) } : value} />;
}
