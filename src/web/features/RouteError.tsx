import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../components/useDocumentTitle.ts';

/** Shown instead of a blank page if rendering fails; a full reload starts the app afresh. */
export function RouteError() {
  const { t } = useTranslation();
  useDocumentTitle(t('routeError.title'));
  return (
    <main id="main" className="app-main stack">
      <Heading level={1} data-size="lg">
        {t('routeError.title')}
      </Heading>
      <Paragraph>{t('routeError.body')}</Paragraph>
      <Paragraph>
        <a href="/">{t('notFound.home')}</a>
      </Paragraph>
    </main>
  );
}
