import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** "Tilbake til Samarbeid", above the heading of each cooperation area's page: the menu has one item for them all. */
export function BackToHub() {
  const { t } = useTranslation();
  return <Paragraph data-size="sm"><Link to="/samarbeid">{t('cooperationHub.back')}</Link></Paragraph>;
}
