import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api.ts';

/** A failed load or action, in the server's words when it gave any. */
export function ErrorAlert({ error, children }: { error: unknown; children?: React.ReactNode }) {
  const { t } = useTranslation();
  const message = isApiError(error) ? error.message : t('errors.unexpected');
  return (
    <Alert data-color="danger" role="alert">
      <Paragraph>{message}</Paragraph>
      {children}
    </Alert>
  );
}
