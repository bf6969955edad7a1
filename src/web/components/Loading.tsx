import { Spinner } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="loading">
      <Spinner aria-label={label ?? t('common.loading')} data-size="lg" />
    </div>
  );
}
