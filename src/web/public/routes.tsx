/**
 * The public pages' own app (issue 19): /kart (the map, its offers and the example journeys) and /p/:token (a
 * participant's own page). Used by the browser (main.tsx) and by the build's pre-rendering (prerender.tsx), so
 * both render the same tree and the browser can hydrate the pre-rendered HTML. No staff code: no staff header,
 * no staff routes; a link to any other page loads it as a new document (the staff app).
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, RouterProvider, useLocation, type RouteObject, type createBrowserRouter } from 'react-router';
import { SkipLink } from '@digdir/designsystemet-react';
import { LanguageSwitcher } from '../components/LanguageSwitcher.tsx';
import { NotFoundPage } from '../features/NotFoundPage.tsx';
import { RouteError } from '../features/RouteError.tsx';
import { journeysQuery } from '../features/journeys/journeyData.ts';
import { useMeQuery } from '../session.ts';
import { isApiError } from '../api.ts';
import { useFocusMainOnNavigation } from '../layout/useFocusMainOnNavigation.ts';

export function newQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failureCount, error) =>
          failureCount < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
        refetchOnWindowFocus: false,
      },
    },
  });
}

/** Anything outside the public pages belongs to the staff app: load it as a document (the server serves it). */
function LeaveForStaffApp() {
  const location = useLocation();
  useEffect(() => {
    window.location.replace(location.pathname + location.search + location.hash);
  }, [location]);
  return null;
}

/** The public header: the app's name, the language switch, and sign-in once we know nobody is signed in. */
function PublicShell({ children, signIn }: { children: ReactNode; signIn: boolean }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const mainRef = useFocusMainOnNavigation();
  return (
    <div className="app">
      <header className="app-header">
        <SkipLink href="#main">{t('layout.skipToMain')}</SkipLink>
        <div className="app-header__inner">
          <div className="app-header__bar">
            <Link to="/kart" className="app-header__name">
              {t('app.name')}
            </Link>
          </div>
          <div className="app-header__menu">
            <div className="app-header__tools">
              <LanguageSwitcher />
              {signIn ? (
                <Link to="/logg-inn" state={{ from: pathname }} reloadDocument className="ds-button" data-variant="secondary" data-size="sm">
                  {t('layout.signIn')}
                </Link>
              ) : null}
            </div>
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} ref={mainRef} className="app-main app-main--wide">
        {children}
      </main>
      <footer className="app-footer">
        <p>{t('layout.footer')}</p>
      </footer>
    </div>
  );
}

/**
 * The map's layout. Staff who are signed in get their own app (with their usual header): it is loaded once the
 * session says so, so that visitors never download it.
 */
function PublicMapLayout() {
  const me = useMeQuery();
  const user = me.data?.user;
  useEffect(() => {
    if (user) handOverToStaffApp();
  }, [user]);
  return (
    <PublicShell signIn={me.isError || me.data?.user === null}>
      <Outlet />
    </PublicShell>
  );
}

let onStaff: () => void = () => {};
/** main.tsx decides how the staff app takes over (unmount this app, load the staff bundle). */
export function setStaffHandOver(handler: () => void) {
  onStaff = handler;
}
function handOverToStaffApp() {
  onStaff();
}

export function publicRoutes(queryClient: QueryClient): RouteObject[] {
  const journeyPages = () => {
    // Fetched with the code, not after it (not while pre-rendering: there is no server to ask).
    if (typeof window !== 'undefined') void queryClient.prefetchQuery(journeysQuery());
    return import('../features/journeys/routes.tsx');
  };
  return [
    {
      path: '/p/:token',
      errorElement: <RouteError />,
      lazy: async () => ({
        Component: (await import('../features/participant-page/PublicParticipantPage.tsx')).PublicParticipantPage,
      }),
    },
    {
      element: <PublicMapLayout />,
      errorElement: <RouteError />,
      children: [
        {
          path: '/kart',
          // Lazy like the other pages, so that /p/:token does not download the map (main.tsx and prerender.tsx load
          // the current address's route modules before rendering, so hydration still matches).
          lazy: async () => ({ Component: (await import('../features/map/MapRoot.tsx')).MapRoot }),
          children: [
            { index: true, lazy: async () => ({ Component: (await import('../features/map/MapOverviewPage.tsx')).MapOverviewPage }) },
            {
              path: 'tilbud/:id',
              lazy: async () => ({ Component: (await import('../features/map/OfferDetailPage.tsx')).OfferDetailPage }),
            },
            { path: 'reiser', lazy: async () => ({ Component: (await journeyPages()).JourneyListPage }) },
            { path: 'reiser/:id', lazy: async () => ({ Component: (await journeyPages()).JourneyPage }) },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
    { path: '*', element: <LeaveForStaffApp /> },
  ];
}

export function PublicApp({ router, queryClient }: { router: ReturnType<typeof createBrowserRouter>; queryClient: QueryClient }) {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
