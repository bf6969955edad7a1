import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { api, isApiError } from '../../api.ts';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import type { z } from 'zod';
import type { providersResponse } from '../../../server/auth/oidc.ts';

type SignInMethods = z.output<typeof providersResponse>;

interface LocationState {
  from?: string;
  signedOut?: boolean;
}

export function SignInPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('signIn.title'));
  const navigate = useNavigate();
  const location = useLocation();
  const state = (location.state ?? {}) as LocationState;
  const queryClient = useQueryClient();

  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [pausedSeconds, setPausedSeconds] = useState<number | null>(null);
  const methods = useQuery({ queryKey: ['auth', 'providers'], queryFn: () => api.get<SignInMethods>('/auth/providers'), staleTime: Infinity });
  const providers = methods.data?.providers ?? [];
  // Until the server has said, the password form shows (the usual case, and what works if the call fails).
  const localPasswords = methods.data?.localPasswords ?? true;

  // The message is announced once (no ticking countdown in a live region) and removed when the pause is over.
  useEffect(() => {
    if (pausedSeconds === null) return;
    const timer = window.setTimeout(() => setPausedSeconds(null), pausedSeconds * 1000);
    return () => window.clearTimeout(timer);
  }, [pausedSeconds]);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setFieldErrors({});
    setPausedSeconds(null);
    try {
      await api.post('/auth/login', { email: email.trim(), password });
      await queryClient.resetQueries();
      const target = state.from && state.from.startsWith('/') && !state.from.startsWith('//') ? state.from : '/';
      void navigate(target, { replace: true });
    } catch (caught) {
      if (isApiError(caught, 401)) {
        setError(t('signIn.wrongCredentials'));
      } else if (isApiError(caught, 429)) {
        setPausedSeconds(caught.retryAfter ?? 60);
      } else if (isApiError(caught, 400) && caught.fields.length > 0) {
        setFieldErrors(Object.fromEntries(caught.fields.map((field) => [field.path, field.message])));
      } else {
        setError(isApiError(caught) ? caught.message : t('errors.unexpected'));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="narrow-page">
      <Heading level={1} data-size="lg">
        {t('signIn.title')}
      </Heading>
      <Paragraph>{t('signIn.intro')}</Paragraph>
      {state.signedOut ? (
        <Alert data-color="success">
          <Paragraph>{t('signIn.signedOut')}</Paragraph>
        </Alert>
      ) : null}
      {providers.length > 0 ? (
        <div className="stack-sm">
          {providers.map((provider) => (
            // A full page load: the browser goes to the provider and comes back to the server's callback.
            <Button key={provider.id} asChild variant={localPasswords ? 'secondary' : 'primary'}>
              <a href={`/api/v1/auth/oidc/${encodeURIComponent(provider.id)}/start`}>{t('oidc.signInWith', { name: provider.name })}</a>
            </Button>
          ))}
        </div>
      ) : null}
      {localPasswords ? (
        <>
          {providers.length > 0 ? (
            <Heading level={2} data-size="xs">
              {t('oidc.orPassword')}
            </Heading>
          ) : null}
          <form onSubmit={submit} noValidate className="stack">
            <Textfield
              id="sign-in-email"
              label={t('signIn.email')}
              type="email"
              autoComplete="username"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              error={fieldErrors['email']}
              required
            />
            <Textfield
              id="sign-in-password"
              label={t('signIn.password')}
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              error={fieldErrors['password']}
              required
            />
            {error ? (
              <Alert data-color="danger" role="alert">
                <Paragraph>{error}</Paragraph>
              </Alert>
            ) : null}
            {pausedSeconds !== null ? (
              <Alert data-color="warning" role="alert">
                <Paragraph>{t('signIn.paused', { count: pausedSeconds })}</Paragraph>
              </Alert>
            ) : null}
            <div>
              <Button type="submit" loading={busy} disabled={busy}>
                {t('signIn.submit')}
              </Button>
            </div>
          </form>
        </>
      ) : null}
    </div>
  );
}
