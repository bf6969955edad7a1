import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { Loading } from '../components/Loading.tsx';
import { useMeQuery } from '../session.ts';
import { Header } from './Header.tsx';
import { SessionExpiryWarning } from './SessionExpiryWarning.tsx';
import { useFocusMainOnNavigation } from './useFocusMainOnNavigation.ts';
import type { Me } from '../types.ts';

function Shell({ me, children, signIn = false, wide = false }: { me?: Me; children: ReactNode; signIn?: boolean; wide?: boolean }) {
  const { t } = useTranslation();
  const mainRef = useFocusMainOnNavigation();
  return (
    <div className="app">
      <Header me={me} signIn={signIn} />
      <main id="main" tabIndex={-1} ref={mainRef} className={wide ? 'app-main app-main--wide' : 'app-main'}>
        {children}
      </main>
      <footer className="app-footer">
        <p>{t('layout.footer')}</p>
      </footer>
    </div>
  );
}

/** Pages for people who are not signed in (sign-in, set password). */
export function PublicLayout() {
  return (
    <Shell>
      <Outlet />
    </Shell>
  );
}

/**
 * The public opportunity map: no sign-in needed. Staff who are signed in get their usual header; everyone else
 * gets a sign-in link (once we know they are not signed in, so signed-in staff never see it flash).
 */
export function MapLayout() {
  const me = useMeQuery();
  return (
    <Shell me={me.data?.user ?? undefined} signIn={me.isError || me.data?.user === null} wide>
      <Outlet />
    </Shell>
  );
}

/** Every other page: loads the signed-in user first; a 401 sends the browser to the sign-in page. */
export function SignedInLayout() {
  const me = useMeQuery();
  const location = useLocation();
  const { t } = useTranslation();
  if (me.isPending) {
    return (
      <Shell>
        <Loading label={t('common.loadingUser')} />
      </Shell>
    );
  }
  if (me.isError) {
    return (
      <Shell>
        <h1 className="ds-sr-only">{t('app.name')}</h1>
        <ErrorAlert error={me.error} />
      </Shell>
    );
  }
  if (!me.data.user) return <Navigate to="/logg-inn" replace state={{ from: location.pathname + location.search }} />;
  return (
    <Shell me={me.data.user}>
      <SessionExpiryWarning expiresAt={me.data.expiresAt} />
      <Outlet />
    </Shell>
  );
}
