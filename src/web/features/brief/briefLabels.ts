import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Brief } from '../../types.ts';

/** An item key → its label, from the brief already loaded on the page (the key itself when not loaded). */
export function useBriefLabel(participantId: string) {
  const queryClient = useQueryClient();
  const { i18n } = useTranslation();
  return (key: string): string => {
    const brief = queryClient.getQueryData<Brief>(['brief', participantId]);
    const item = brief?.items.find((i) => i.key === key);
    if (!item) return key;
    return i18n.language === 'en' ? item.label.en : item.label.nb;
  };
}
