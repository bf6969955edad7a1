import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The web app lives in src/web with index.html at the repository root. The Fastify server serves
// dist/web and falls back to index.html for every non-API path (client-side routes).
export default defineConfig({
  plugins: [react()],
  publicDir: false,
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
    sourcemap: true,
    rollupOptions: {
      output: {
        // Libraries change less often than the app: separate files stay cached across releases.
        manualChunks(id) {
          if (id.includes('node_modules/@digdir/')) return 'designsystemet';
          if (/node_modules\/(react|react-dom|scheduler)\//.test(id)) return 'react';
          if (id.includes('node_modules/')) return 'vendor';
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
