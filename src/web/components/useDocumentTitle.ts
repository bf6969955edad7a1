import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Screen-reader users hear the title first after a route change; keep it specific. */
export function useDocumentTitle(title: string | undefined): void {
  const { t } = useTranslation();
  const appName = t('app.name');
  useEffect(() => {
    document.title = title ? `${title} – ${appName}` : appName;
  }, [title, appName]);
}
