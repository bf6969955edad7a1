import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

/** The submit and cancel pair under a form: submit shows progress and cannot be pressed twice while busy. */
export function FormButtons({ submitLabel, busy, onCancel }: { submitLabel: string; busy: boolean; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="button-row">
      <Button type="submit" loading={busy} disabled={busy}>
        {submitLabel}
      </Button>
      <Button type="button" variant="secondary" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
    </div>
  );
}
