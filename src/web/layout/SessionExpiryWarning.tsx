import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { intlLocale } from '../i18n/index.ts';
import { meQueryKey, type SessionInfo } from '../session.ts';

/** How long before the session ends the warning appears. */
export const WARN_BEFORE_MS = 10 * 60_000;

/**
 * Warns before the session ends and offers to extend it (POST /auth/session/extend), so nobody is signed out in the
 * middle of writing (issue 16). Typed text is kept anyway if it does end (unsaved.ts).
 */
export function SessionExpiryWarning({ expiresAt }: { expiresAt: string | null }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [now, setNow] = useState(() => Date.now());
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const ends = expiresAt ? Date.parse(expiresAt) : null;

  useEffect(() => {
    if (ends === null) return;
    // Wake up when the warning is due, then every 30 s to keep the minutes current.
    const wait = Math.max(1000, Math.min(30_000, ends - WARN_BEFORE_MS - Date.now()));
    const timer = window.setTimeout(() => setNow(Date.now()), wait);
    return () => window.clearTimeout(timer);
  }, [ends, now]);

  if (ends === null || ends - now > WARN_BEFORE_MS) return null;

  const extend = async () => {
    setBusy(true);
    setFailed(false);
    try {
      const info = await api.post<SessionInfo>('/auth/session/extend');
      queryClient.setQueryData(meQueryKey, info);
      setNow(Date.now());
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  const time = new Intl.DateTimeFormat(intlLocale(i18n.language), { timeStyle: 'short', timeZone: 'Europe/Oslo' }).format(new Date(ends));
  return (
    <Alert data-color="warning" className="session-expiry no-print" data-testid="session-expiry">
      <Paragraph>{t('sessionRescue.expiresAt', { time })}</Paragraph>
      {failed ? <Paragraph>{t('sessionRescue.extendFailed')}</Paragraph> : null}
      <Button data-size="sm" onClick={() => void extend()} loading={busy} disabled={busy}>
        {t('sessionRescue.extend')}
      </Button>
    </Alert>
  );
}
