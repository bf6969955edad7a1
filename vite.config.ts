import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { publicPages } from './scripts/public-pages.ts';

// The web app lives in src/web with index.html at the repository root. The Fastify server serves
// dist/web and falls back to index.html for every non-API path (client-side routes). The public pages (/kart,
// /p/:token) are a second build into the same folder, with the map pre-rendered (scripts/public-pages.ts).
export default defineConfig({
  plugins: [react(), publicPages()],
  publicDir: false,
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
    sourcemap: true,
    rollupOptions: {
      output: {
        // Libraries change less often than the app: separate files stay cached across releases. Only the
        // libraries that every page needs go into these shared files; the rest (zod, the virtualised lists, the
        // national id check, design system parts only some pages use, …) is left to Rollup, which puts it with
        // the lazy pages that import it, so the public map and the participant's page do not download it.
        // Merge the tiny shared chunks that lazy routes produce (a form field, a date format) into a chunk
        // their importers load anyway, where that does not make a page load code it would not run.
        experimentalMinChunkSize: 5_000,
        manualChunks(id) {
          if (/node_modules\/(react|react-dom|scheduler)\//.test(id)) return 'react';
          // The design system is imported through its index, whose modules may have side effects (its web
          // components register themselves), so it is bundled whole, with its own dependencies (floating-ui,
          // u-elements, the virtualised list): every page loads it, so it gets a file of its own.
          if (id.includes('node_modules/@digdir/')) return 'designsystemet';
          if (/node_modules\/(react-router|@tanstack\/(query-core|react-query)|i18next|react-i18next)\//.test(id)) return 'vendor';
          return undefined;
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': 'http://localhost:3000',
    },
  },
});
