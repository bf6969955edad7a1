import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { isApiError, setUnauthorizedHandler } from './api.ts';
import { PublicLayout, SignedInLayout } from './layout/Layouts.tsx';
import { AdminPage } from './features/admin/AdminPage.tsx';
import { SetPasswordPage } from './features/auth/SetPasswordPage.tsx';
import { SignInPage } from './features/auth/SignInPage.tsx';
import { NotFoundPage } from './features/NotFoundPage.tsx';
import { RouteError } from './features/RouteError.tsx';
import { OrderQueuePage } from './features/orders/OrderQueuePage.tsx';
import { ParticipantListPage } from './features/participants/ParticipantListPage.tsx';
import { ParticipantPage } from './features/participants/ParticipantPage.tsx';
import { RegisterParticipantPage } from './features/participants/RegisterParticipantPage.tsx';
import { StartPage } from './features/start/StartPage.tsx';

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
    element: <SignedInLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <StartPage /> },
      { path: '/deltakere', element: <ParticipantListPage /> },
      { path: '/deltakere/ny', element: <RegisterParticipantPage /> },
      { path: '/deltakere/:id', element: <ParticipantPage /> },
      { path: '/bestillinger', element: <OrderQueuePage /> },
      { path: '/admin', element: <AdminPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

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

setUnauthorizedHandler(() => {
  const { pathname, search } = window.location;
  if (pathname === '/logg-inn' || pathname === '/sett-passord') return;
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
