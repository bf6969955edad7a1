import { Alert, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';

/**
 * Where the server sends the browser back from an identity provider when no session was started: the identity
 * is not linked to a user (an administrator must add the person), or the sign-in itself failed.
 */
export function SignInResultPage({ result }: { result: 'not-registered' | 'failed' }) {
  const { t } = useTranslation();
  const title = result === 'not-registered' ? t('oidc.notRegisteredTitle') : t('oidc.failedTitle');
  useDocumentTitle(title);
  return (
    <div className="narrow-page stack">
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <Alert data-color={result === 'not-registered' ? 'info' : 'warning'}>
        <Paragraph>{result === 'not-registered' ? t('oidc.notRegisteredBody') : t('oidc.failedBody')}</Paragraph>
      </Alert>
      <Paragraph>
        <Link asChild>
          <RouterLink to="/logg-inn">{t('oidc.backToSignIn')}</RouterLink>
        </Link>
      </Paragraph>
    </div>
  );
}
