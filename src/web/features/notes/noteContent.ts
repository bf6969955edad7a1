import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { mapOverviewQuery } from '../map/mapData.ts';

export { getText, noteTooLong, setText, textFieldKeys, type TextFieldKey } from './noteText.ts';

/** Appends a library wording to a field: a blank line between it and what is already written, nothing lost. */
export function appendWording(existing: string, body: string, lawReference: string): string {
  const addition = lawReference && !body.includes(lawReference) ? `${body} (${lawReference})` : body;
  const trimmed = existing.replace(/\s+$/, '');
  return trimmed ? `${trimmed}\n\n${addition}` : addition;
}

/** The DOM id of a field's input, so error summaries and the wording panel can point at it. */
export const fieldDomId = (key: string) => `note-${key.replace(/\./g, '-')}`;

/** Offer titles from the opportunity map in the UI language (the map carries nb and en). */
export function useOfferTitles() {
  const { i18n } = useTranslation();
  const overview = useQuery(mapOverviewQuery());
  const language = i18n.language === 'en' ? 'en' : 'nb';
  const offers = overview.data?.offers ?? [];
  const titles = new Map<string, string>(offers.map((offer) => [offer.id, offer.title[language]]));
  return { offers, titles, language, isPending: overview.isPending } as const;
}
