import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { isApiError, setUnauthorizedHandler } from './api.ts';
import { Loading } from './components/Loading.tsx';
import { MapLayout, PublicLayout, SignedInLayout } from './layout/Layouts.tsx';
import { SetPasswordPage } from './features/auth/SetPasswordPage.tsx';
import { SignInPage } from './features/auth/SignInPage.tsx';
import { SignInResultPage } from './features/auth/SignInResultPage.tsx';
import { NotFoundPage } from './features/NotFoundPage.tsx';
import { RouteError } from './features/RouteError.tsx';
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

// Every page but sign-in, the layouts and the error pages is loaded on demand (route `lazy`), one bundle per
// feature area, so that the public pages a participant opens on a phone (/kart, /kart/reiser, /p/:token) download
// no staff code, and staff download an area's code when they first open it. The map's offers are fetched at the
// same time as its code, not after it, so the lazy route costs no extra round trip before the first card.
const mapPages = () => {
  void queryClient.prefetchQuery(mapOverviewQuery());
  return import('./features/map/routes.tsx');
};
// The participant's own page: its own small bundle, with no staff chrome.
const publicParticipantPage = () => import('./features/participant-page/PublicParticipantPage.tsx');
const journeyPages = () => {
  void queryClient.prefetchQuery(journeysQuery());
  return import('./features/journeys/routes.tsx');
};
// Staff only.
const staffJourneyPages = () => {
  void queryClient.prefetchQuery(journeysQuery());
  return import('./features/journeys/staffRoutes.tsx');
};
const contentPages = () => import('./features/content/routes.tsx');
const localOfferPages = () => import('./features/local-offers/routes.tsx');
const startPage = () => import('./features/start/StartPage.tsx');
const participantPages = () => import('./features/participants/routes.tsx');
const orderPages = () => import('./features/orders/OrderQueuePage.tsx');
const notePages = () => import('./features/notes/routes.tsx');
const sessionPages = () => import('./features/sessions/routes.tsx');
const centrePages = () => import('./features/centre/routes.tsx');
const calendarPage = () => import('./features/calendar/CalendarPage.tsx');
const groupPages = () => import('./features/groups/GroupSessionsPage.tsx');
const statisticsPages = () => import('./features/statistics/StatisticsPage.tsx');
const adminPage = () => import('./features/admin/AdminPage.tsx');
const rulePages = () => import('./features/rules/RuleChangesPage.tsx');
const cooperationPages = () => import('./features/cooperation/routes.tsx');
const gatheringPages = () => import('./features/gatherings/routes.tsx');
const talkPages = () => import('./features/talks/routes.tsx');
const surveyPages = () => import('./features/participant-survey/routes.tsx');
const qualityPage = () => import('./features/quality/QualityPage.tsx');

/**
 * A page whose code is loaded when its route is first matched. Until then the router shows the fallback (a
 * spinner with an accessible name) when the app starts on that page, and keeps the current page on screen
 * when navigating to it.
 */
function lazyPage<M>(load: () => Promise<M>, component: (module: M) => ComponentType) {
  return {
    hydrateFallbackElement: <Loading />,
    lazy: async () => ({ Component: component(await load()) }),
  };
}

export const router = createBrowserRouter([
  {
    path: '/p/:token',
    errorElement: <RouteError />,
    ...lazyPage(publicParticipantPage, (m) => m.PublicParticipantPage),
  },
  {
    element: <PublicLayout />,
    errorElement: <RouteError />,
    children: [
      { path: '/logg-inn', element: <SignInPage /> },
      { path: '/logg-inn/ikke-registrert', element: <SignInResultPage result="not-registered" /> },
      { path: '/logg-inn/feilet', element: <SignInResultPage result="failed" /> },
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
      { index: true, ...lazyPage(startPage, (m) => m.StartPage) },
      { path: '/deltakere', ...lazyPage(participantPages, (m) => m.ParticipantListPage) },
      { path: '/deltakere/ny', ...lazyPage(participantPages, (m) => m.RegisterParticipantPage) },
      { path: '/deltakere/:id', ...lazyPage(participantPages, (m) => m.ParticipantPage) },
      { path: '/deltakere/:id/innsyn', ...lazyPage(participantPages, (m) => m.ParticipantExportPage) },
      { path: '/deltakere/:id/reiseplan', ...lazyPage(staffJourneyPages, (m) => m.JourneyBuilderPage) },
      { path: '/deltakere/:id/overlevering-nav', ...lazyPage(talkPages, (m) => m.NavHandoverPage) },
      { path: '/deltakere/:id/reiseplan/deltaker', ...lazyPage(staffJourneyPages, (m) => m.ParticipantJourneyPage) },
      { path: '/bestillinger', ...lazyPage(orderPages, (m) => m.OrderQueuePage) },
      { path: '/bestillinger/:orderId/notat', ...lazyPage(notePages, (m) => m.NotePage) },
      { path: '/bestillinger/:orderId/notat/deltaker', ...lazyPage(notePages, (m) => m.ParticipantVersionPage) },
      { path: '/senter/formuleringer', ...lazyPage(notePages, (m) => m.WordingsPage) },
      { path: '/oppgaver', ...lazyPage(notePages, (m) => m.PlanTasksPage) },
      { path: '/varsler', ...lazyPage(notePages, (m) => m.NotificationsPage) },
      { path: '/admin', ...lazyPage(adminPage, (m) => m.AdminPage) },
      { path: '/innkalling/:sessionId', ...lazyPage(sessionPages, (m) => m.LetterPage) },
      { path: '/tolkebrief/:sessionId', ...lazyPage(sessionPages, (m) => m.InterpreterBriefingPage) },
      { path: '/karrieresenter', ...lazyPage(centrePages, (m) => m.CentrePage) },
      { path: '/karrieresenter/oversettelser', ...lazyPage(centrePages, (m) => m.TranslationsPage) },
      { path: '/kalender', ...lazyPage(calendarPage, (m) => m.CalendarPage) },
      { path: '/gruppetimer', ...lazyPage(groupPages, (m) => m.GroupSessionsPage) },
      { path: '/gruppetimer/:id', ...lazyPage(groupPages, (m) => m.GroupSessionPage) },
      { path: '/statistikk', ...lazyPage(statisticsPages, (m) => m.StatisticsPage) },
      { path: '/statistikk/faktaark', ...lazyPage(statisticsPages, (m) => m.FactSheetPage) },
      { path: '/regelendringer', ...lazyPage(rulePages, (m) => m.RuleChangesPage) },
      { path: '/innhold', ...lazyPage(contentPages, (m) => m.ContentListPage) },
      { path: '/innhold/:id', ...lazyPage(contentPages, (m) => m.EditOfferPage) },
      { path: '/lokale-tilbud', ...lazyPage(localOfferPages, (m) => m.LocalOffersPage) },
      { path: '/lokale-tilbud/ny', ...lazyPage(localOfferPages, (m) => m.LocalOfferFormPage) },
      { path: '/lokale-tilbud/:id', ...lazyPage(localOfferPages, (m) => m.LocalOfferFormPage) },
      { path: '/samarbeid', ...lazyPage(cooperationPages, (m) => m.HubPage) },
      { path: '/samarbeid/kontakter', ...lazyPage(cooperationPages, (m) => m.ContactsPage) },
      { path: '/samlinger', ...lazyPage(gatheringPages, (m) => m.GatheringsPage) },
      { path: '/samlinger/ny', ...lazyPage(gatheringPages, (m) => m.PlanGatheringPage) },
      { path: '/samlinger/:id', ...lazyPage(gatheringPages, (m) => m.GatheringPage) },
      { path: '/samlinger/:id/evaluering', ...lazyPage(gatheringPages, (m) => m.SurveyPage) },
      { path: '/samlinger/:id/resultater', ...lazyPage(gatheringPages, (m) => m.ResultsPage) },
      { path: '/samarbeid/moter', ...lazyPage(cooperationPages, (m) => m.MeetingsPage) },
      { path: '/samarbeid/moter/:id', ...lazyPage(cooperationPages, (m) => m.SeriesPage) },
      { path: '/samarbeid/mote/:id', ...lazyPage(cooperationPages, (m) => m.MeetingPage) },
      { path: '/samarbeid/praksis', ...lazyPage(cooperationPages, (m) => m.PracticePage) },
      { path: '/samarbeid/avtaler', ...lazyPage(cooperationPages, (m) => m.DocumentsPage) },
      { path: '/samarbeid/avtaler/ny', ...lazyPage(cooperationPages, (m) => m.DocumentFormPage) },
      { path: '/samarbeid/avtaler/:id', ...lazyPage(cooperationPages, (m) => m.DocumentPage) },
      { path: '/samarbeid/avtaler/:id/versjoner/:number', ...lazyPage(cooperationPages, (m) => m.DocumentVersionPage) },
      { path: '/karrieresenter/sporreundersokelse', ...lazyPage(surveyPages, (m) => m.SurveyResultsPage) },
      { path: '/karrieresenter/sporreundersokelse/skjema', ...lazyPage(surveyPages, (m) => m.PaperFormPage) },
      { path: '/karrieresenter/kvalitet', ...lazyPage(qualityPage, (m) => m.QualityPage) },
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
