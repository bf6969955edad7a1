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
import { TranslationsPage } from './features/participant-page/TranslationsPage.tsx';
import { FactSheetPage, StatisticsPage } from './features/statistics/StatisticsPage.tsx';
import { NotePage } from './features/notes/NotePage.tsx';
import { ParticipantVersionPage } from './features/notes/ParticipantVersionPage.tsx';
import { WordingsPage } from './features/notes/WordingsPage.tsx';
import { NotificationsPage, PlanTasksPage } from './features/notes/FollowUpPages.tsx';
import { mapOverviewQuery } from './features/map/mapData.ts';
import { journeysQuery } from './features/journeys/journeyData.ts';

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
// The participant's own page: its own small bundle, with no staff chrome.
const publicParticipantPage = () => import('./features/participant-page/PublicParticipantPage.tsx');
const journeyPages = () => {
  void queryClient.prefetchQuery(journeysQuery());
  return import('./features/journeys/routes.tsx');
};

export const router = createBrowserRouter([
  {
    path: '/p/:token',
    errorElement: <RouteError />,
    hydrateFallbackElement: <Loading />,
    lazy: async () => ({ Component: (await publicParticipantPage()).PublicParticipantPage }),
  },
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
          { path: 'reiser', lazy: async () => ({ Component: (await journeyPages()).JourneyListPage }) },
          { path: 'reiser/:id', lazy: async () => ({ Component: (await journeyPages()).JourneyPage }) },
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
      { path: '/deltakere/:id/reiseplan', hydrateFallbackElement: <Loading />, lazy: async () => ({ Component: (await journeyPages()).JourneyBuilderPage }) },
      { path: '/deltakere/:id/reiseplan/deltaker', hydrateFallbackElement: <Loading />, lazy: async () => ({ Component: (await journeyPages()).ParticipantJourneyPage }) },
      { path: '/bestillinger', element: <OrderQueuePage /> },
      { path: '/bestillinger/:orderId/notat', element: <NotePage /> },
      { path: '/bestillinger/:orderId/notat/deltaker', element: <ParticipantVersionPage /> },
      { path: '/senter/formuleringer', element: <WordingsPage /> },
      { path: '/oppgaver', element: <PlanTasksPage /> },
      { path: '/varsler', element: <NotificationsPage /> },
      { path: '/admin', element: <AdminPage /> },
      { path: '/innkalling/:sessionId', element: <LetterPage /> },
      { path: '/tolkebrief/:sessionId', element: <InterpreterBriefingPage /> },
      { path: '/karrieresenter', element: <CentrePage /> },
      { path: '/karrieresenter/oversettelser', element: <TranslationsPage /> },
      { path: '/kalender', element: <CalendarPage /> },
      { path: '/gruppetimer', element: <GroupSessionsPage /> },
      { path: '/gruppetimer/:id', element: <GroupSessionPage /> },
      { path: '/statistikk', element: <StatisticsPage /> },
      { path: '/statistikk/faktaark', element: <FactSheetPage /> },
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
