/**
 * Entry of the public pages (/kart, /kart/…, /p/:token), built separately from the staff app (vite.config.ts):
 * React, the router, the query client and i18next, the map's code, light Designsystemet components and the chosen
 * language's public texts, nothing else. /kart and /kart/reiser arrive pre-rendered (offers in the HTML, painted
 * before any script runs); this hydrates them. Other public pages render on the client.
 */
import './full-stylesheet.ts';
import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
import '../styles.css';
import { StrictMode, useEffect } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { createBrowserRouter, matchRoutes, type RouteObject } from 'react-router';
import i18n, { addTexts, loadTexts, ready } from './i18n.ts';
import { newQueryClient, PublicApp, publicRoutes, setStaffHandOver } from './routes.tsx';
import { prerenderedDataId, prerenderedLanguage, type PrerenderedData } from './prerendered.ts';
import { storedChoice } from '../features/map/mapLanguage.tsx';

const container = document.getElementById('root');
if (!container) throw new Error('the page has no #root');

// Until the pre-rendered page is hydrated its buttons and fields do nothing (links work as links): say so, so that
// assistive technology and browser tests (Playwright waits for enabled controls) do not act on them in vain. Set as
// soon as this module runs (before the page's load event); removed once React has taken over (Interactive below).
// Without JavaScript it is never set.
if (container.dataset['prerendered']) container.setAttribute('aria-disabled', 'true');
function Interactive() {
  useEffect(() => container!.removeAttribute('aria-disabled'), []);
  return null;
}

const queryClient = newQueryClient();
const routes = publicRoutes(queryClient);

// What the pre-rendered page was rendered from (a JSON file that the page preloads: in the HTML it held up the first
// paint): its texts, so that hydration waits for no other download (a click on the page is then not lost), and the
// API's answers, marked as fetched long ago so that the queries fetch the current data once the page is interactive.
// Resolves to whether there is such data (without it, or if it fails to load, the page is rendered anew).
const dataLink = document.querySelector<HTMLLinkElement>(`link#${prerenderedDataId}`);
const prerendered: Promise<boolean> = !dataLink ? Promise.resolve(false) : fetch(dataLink.href)
  .then((response) => (response.ok ? (response.json() as Promise<PrerenderedData>) : null))
  .then((data) => {
    if (!data) return false;
    if (i18n.language === prerenderedLanguage) addTexts(prerenderedLanguage, data.texts);
    for (const [key, value] of data.queries) queryClient.setQueryData(key, value, { updatedAt: 1 });
    return true;
  })
  .catch(() => false);

/** Load the route modules of the current address first: hydration needs the same tree the page was rendered with. */
async function resolveLazyRoutes(all: RouteObject[]) {
  const matches = matchRoutes(all, window.location) ?? [];
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      const loaded = await route.lazy();
      Object.assign(route, { ...loaded, lazy: undefined });
    }),
  );
}

let root: Root | null = null;

setStaffHandOver(() => {
  // Signed-in staff get their own app (its header and menu); its entry and its stylesheets (links in its index.html,
  // not imports of the entry) are named by the page's meta elements. The entry runs once they have loaded.
  const entry = document.querySelector<HTMLMetaElement>('meta[name="veivalg-staff-app"]')?.content;
  if (!entry || !root) return;
  root.unmount();
  root = null;
  const styles = document.querySelector<HTMLMetaElement>('meta[name="veivalg-staff-styles"]')?.content.split(' ').filter(Boolean) ?? [];
  const loaded = styles.map((href) => new Promise<void>((resolve) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href, crossOrigin: '' });
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => resolve());
    document.head.append(link);
  }));
  void Promise.all(loaded).then(() => import(/* @vite-ignore */ entry));
});

async function start() {
  await ready;
  const lazyRoutes = resolveLazyRoutes(routes);
  // The pre-rendered data first: it holds the texts of the language the page was rendered in.
  const data = await prerendered;
  // The participant's page has its own labels in the page's language (page-labels.ts): it needs none of these.
  const needsTexts = !window.location.pathname.startsWith('/p/');
  await Promise.all([needsTexts ? loadTexts(i18n.language) : undefined, lazyRoutes]);
  const router = createBrowserRouter(routes);
  const app = (
    <StrictMode>
      <PublicApp router={router} queryClient={queryClient} />
      <Interactive />
    </StrictMode>
  );
  // Hydrate only HTML rendered in the language chosen here (the app's, and no translated map language: that one's
  // file is still on its way); otherwise render anew (no mismatch to recover from).
  const asRendered = i18n.language === prerenderedLanguage && storedChoice() === null;
  if (container!.dataset['prerendered'] === prerenderedLanguage && asRendered && data) {
    root = hydrateRoot(container!, app);
  } else {
    container!.replaceChildren();
    root = createRoot(container!);
    root.render(app);
  }
}

void start();
