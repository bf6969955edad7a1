import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
import './styles.css';
import './i18n/index.ts';
import { config as zodConfig } from 'zod/v4/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';

// zod compiles fast parsers with new Function(), which the Content Security Policy (no 'unsafe-eval') refuses;
// zod would fall back on its own, but only after the browser reported a violation. Parse without compiling.
zodConfig({ jitless: true });

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
