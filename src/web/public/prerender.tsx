/**
 * Pre-rendering of the public pages at build time (issue 19), loaded by the build (vite.config.ts) through
 * Vite's SSR loader with the public build's settings. Renders the same app as main.tsx with react-dom/server, in
 * the default language, from the data the API would send (the checked-in content), and returns the markup and the
 * data to embed, so that the browser paints the offers before any script runs and then hydrates.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createMemoryRouter, matchRoutes } from 'react-router';
import i18n, { ready } from './i18n.ts';
import { newQueryClient, PublicApp, publicRoutes } from './routes.tsx';
import { prerenderedLanguage } from './prerendered.ts';

export interface Prerendered {
  html: string;
  title: string;
}

/** `data`: [query key, data] pairs, as main.tsx puts them in its query cache. */
export async function prerender(url: string, data: [readonly unknown[], unknown][], titleKey: string): Promise<Prerendered> {
  await ready;
  await i18n.changeLanguage(prerenderedLanguage);
  const queryClient = newQueryClient();
  for (const [key, value] of data) queryClient.setQueryData(key, value, { updatedAt: 1 });
  const routes = publicRoutes(queryClient);
  for (const { route } of matchRoutes(routes, url) ?? []) {
    if (typeof route.lazy === 'function') Object.assign(route, { ...(await route.lazy()), lazy: undefined });
  }
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const html = renderToString(
    <StrictMode>
      <PublicApp router={router as never} queryClient={queryClient} />
    </StrictMode>,
  );
  queryClient.clear();
  return { html, title: `${i18n.t(titleKey)} – ${i18n.t('app.name')}` };
}
