import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, isApiError } from '../../api.ts';
import { FormErrorSummary, type SummaryError } from '../../components/FormErrorSummary.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';

const minimumLength = 12;

/** The token travels in the URL fragment, which browsers never send to the server (so it is not in access logs). */
function tokenFromFragment(): string {
  return new URLSearchParams(window.location.hash.replace(/^#/, '')).get('token') ?? '';
}

export function SetPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('setPassword.title'));
  const [token] = useState(tokenFromFragment);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<{ password?: string; repeat?: string }>({});
  const [formError, setFormError] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setFormError(undefined);
    const found: { password?: string; repeat?: string } = {};
    if (password.length < minimumLength) found.password = t('setPassword.tooShort', { count: minimumLength });
    if (repeat !== password) found.repeat = t('setPassword.mismatch');
    setErrors(found);
    setAttempt((n) => n + 1);
    if (found.password || found.repeat) return;

    setBusy(true);
    try {
      await api.post('/auth/set-password', { token, password });
      // The token is spent; take it out of the address bar and the history entry.
      window.history.replaceState(null, '', window.location.pathname);
      setDone(true);
    } catch (error) {
      if (isApiError(error, 400)) {
        const passwordError = error.fields.find((field) => field.path === 'password');
        if (passwordError) setErrors({ password: passwordError.message });
        else setFormError(error.message);
      } else {
        setFormError(isApiError(error) ? error.message : t('errors.unexpected'));
      }
    } finally {
      setBusy(false);
    }
  };

  const summary: SummaryError[] = [
    ...(errors.password ? [{ fieldId: 'new-password', label: t('setPassword.password'), message: errors.password }] : []),
    ...(errors.repeat ? [{ fieldId: 'repeat-password', label: t('setPassword.repeat'), message: errors.repeat }] : []),
  ];

  return (
    <div className="narrow-page">
      <Heading level={1} data-size="lg">
        {t('setPassword.title')}
      </Heading>
      {done ? (
        <Alert data-color="success" role="status">
          <Heading level={2} data-size="xs">
            {t('setPassword.doneHeading')}
          </Heading>
          <Paragraph>
            <Link to="/logg-inn">{t('setPassword.goToSignIn')}</Link>
          </Paragraph>
        </Alert>
      ) : !token ? (
        <Alert data-color="warning">
          <Paragraph>{t('setPassword.missingToken')}</Paragraph>
        </Alert>
      ) : (
        <>
          <Paragraph>{t('setPassword.intro', { count: minimumLength })}</Paragraph>
          <FormErrorSummary key={attempt} errors={summary} />
          <form onSubmit={submit} noValidate className="stack">
            <Textfield
              id="new-password"
              label={t('setPassword.password')}
              description={t('setPassword.passwordHelp', { count: minimumLength })}
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              error={errors.password}
            />
            <Textfield
              id="repeat-password"
              label={t('setPassword.repeat')}
              type="password"
              autoComplete="new-password"
              value={repeat}
              onChange={(e) => setRepeat(e.target.value)}
              error={errors.repeat}
            />
            {formError ? (
              <Alert data-color="danger" role="alert">
                <Paragraph>{formError}</Paragraph>
              </Alert>
            ) : null}
            <div>
              <Button type="submit" loading={busy} disabled={busy}>
                {t('setPassword.submit')}
              </Button>
            </div>
          </form>
        </>
      )}
    </div>
  );
}
