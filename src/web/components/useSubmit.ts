import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api.ts';

/**
 * Busy flag and error message for one action (a dialog's confirm, a form's save). `run` clears the error, marks the
 * action busy while it runs, and on failure shows the server's message, or `fallback` ('errors.unexpected' unless
 * given) when the server gave none. `setError` is there for checks made before sending.
 */
export function useSubmit(fallback?: string) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setError(undefined);
    try {
      await action();
    } catch (caught) {
      setError(isApiError(caught) ? caught.message : (fallback ?? t('errors.unexpected')));
    } finally {
      setBusy(false);
    }
  };

  return { busy, error, setError, run };
}
