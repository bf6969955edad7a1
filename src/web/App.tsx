import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { isApiError, setUnauthorizedHandler } from './api.ts';
import { Loading } from './components/Loading.tsx';
import { MapLayout, PublicLayout, SignedInLayout } from './layout/Layouts.tsx';
import { AdminPage } from './features/admin/AdminPage.tsx';
import { SetPasswordPage } from './features/auth/SetPasswordPage.tsx';
import { SignInPage } from './features/auth/SignInPage.tsx';
import { NotFoundPage } from './features/NotFoundPage.tsx';
import { RouteError } from './features/RouteError.tsx';
import { OrderQueuePage } from './features/orders/OrderQueuePage.tsx';
import { ParticipantListPage } from './features/participants/ParticipantListPage.tsx';
import { ParticipantPage } from './features/participants/ParticipantPage.tsx';
import { RegisterParticipantPage } from './features/participants/RegisterParticipantPage.tsx';
import { CentrePage } from './features/centre/CentrePage.tsx';
import { CalendarPage } from './features/calendar/CalendarPage.tsx';
import { GroupSessionPage, GroupSessionsPage } from './features/groups/GroupSessionsPage.tsx';
import { InterpreterBriefingPage } from './features/sessions/InterpreterBriefingPage.tsx';
import { LetterPage } from './features/sessions/LetterPage.tsx';
import { StartPage } from './features/start/StartPage.tsx';
import { mapOverviewQuery } from './features/map/mapData.ts';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // 4xx answers are final (not found, forbidden); only network trouble and 5xx are worth another try.
      retry: (failureCount, error) =>
        failureCount < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
      refetchOnWindowFocus: false,
    },
  },
});

// The map and the content editor are loaded on demand. The map's offers are fetched at the same time as its
// code, not after it, so the lazy route costs no extra round trip before the first card.
const mapPages = () => {
  void queryClient.prefetchQuery(mapOverviewQuery());
  return import('./features/map/routes.tsx');
};
const contentPages = () => import('./features/content/routes.tsx');

export const router = createBrowserRouter([
  {
    element: <PublicLayout />,
    errorElement: <RouteError />,
    children: [
      { path: '/logg-inn', element: <SignInPage /> },
      { path: '/sett-passord', element: <SetPasswordPage /> },
    ],
  },
  {
    // Public: no sign-in. Signed-in staff see their usual header.
    element: <MapLayout />,
    errorElement: <RouteError />,
    children: [
      {
        path: '/kart',
        lazy: async () => ({ Component: (await mapPages()).MapRoot }),
        hydrateFallbackElement: <Loading />,
        children: [
          { index: true, lazy: async () => ({ Component: (await mapPages()).MapOverviewPage }) },
          { path: 'tilbud/:id', lazy: async () => ({ Component: (await mapPages()).OfferDetailPage }) },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
  {
    element: <SignedInLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <StartPage /> },
      { path: '/deltakere', element: <ParticipantListPage /> },
      { path: '/deltakere/ny', element: <RegisterParticipantPage /> },
      { path: '/deltakere/:id', element: <ParticipantPage /> },
      { path: '/bestillinger', element: <OrderQueuePage /> },
      { path: '/admin', element: <AdminPage /> },
      { path: '/innkalling/:sessionId', element: <LetterPage /> },
      { path: '/tolkebrief/:sessionId', element: <InterpreterBriefingPage /> },
      { path: '/karrieresenter', element: <CentrePage /> },
      { path: '/kalender', element: <CalendarPage /> },
      { path: '/gruppetimer', element: <GroupSessionsPage /> },
      { path: '/gruppetimer/:id', element: <GroupSessionPage /> },
      { path: '/innhold', hydrateFallbackElement: <Loading />, lazy: async () => ({ Component: (await contentPages()).ContentListPage }) },
      { path: '/innhold/:id', hydrateFallbackElement: <Loading />, lazy: async () => ({ Component: (await contentPages()).EditOfferPage }) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

setUnauthorizedHandler(() => {
  const { pathname, search } = window.location;
  // The map is public: there a 401 only means "not signed in", and the header offers sign-in instead.
  if (pathname === '/logg-inn' || pathname === '/sett-passord' || pathname === '/kart' || pathname.startsWith('/kart/')) return;
  // Leave the signed-in pages first: they assume a signed-in user is in the cache.
  void router
    .navigate('/logg-inn', { replace: true, state: { from: pathname + search } })
    .finally(() => queryClient.clear());
});

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
