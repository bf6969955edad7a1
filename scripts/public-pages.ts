/**
 * The public pages' build (issue 19), run by `vite build` itself (a plugin in vite.config.ts), so `npm start`'s
 * build-if-changed, `npm run build` and the browser tests' `vite build` all produce it:
 *
 * 1. After the staff app is built, a second build of public.html (src/web/public/main.tsx) into the same folder,
 *    with '@digdir/designsystemet-react' resolved to the light components (src/web/public/ds-lite.tsx) and the
 *    locale files cut to their public part (src/web/public/texts.ts), one small module per language.
 * 2. Pre-rendering: /kart and /kart/reiser rendered with react-dom/server from the checked-in content (what the
 *    API sends until an editor changes an offer; the page fetches the current data once it runs) into
 *    kart/index.html and kart/reiser/index.html; that data, for hydration, in a JSON file of its own
 *    (assets/kart-data-<hash>.json, assets/kart-reiser-data-<hash>.json) that the page preloads (not in the HTML:
 *    it would be decoded and parsed before the first paint, which does not need it).
 *
 * 3. Critical CSS (scripts/critical-css.ts): the rules of the public stylesheet that can match the pre-rendered pages
 *    are inlined in their <head>, and the full stylesheet is loaded without blocking the first paint (media="print",
 *    switched to all screens by the entry script, src/web/public/full-stylesheet.ts; a <noscript> link without
 *    JavaScript). The inline style's hash goes to csp.json, which the server adds to its CSP's style-src.
 *
 * The server sends these files for /kart, /kart/reiser and (public.html) the other public addresses.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { build, createServer, type InlineConfig, type Plugin } from 'vite';
import type { PrerenderedData } from '../src/web/public/prerendered.ts';
import { buildCspFile, type BuildCsp } from '../src/server/http/build-csp.ts';
import { criticalCss, pageVocabulary } from './critical-css.ts';
import { precompress } from './precompress.ts';

const root = path.resolve(import.meta.dirname, '..');
const textsId = 'virtual:public-texts';
const localesDir = path.join(root, 'src/web/i18n/locales');

/** `virtual:public-texts` (a loader per language) and `virtual:public-texts/<language>` (that language's public texts). */
function publicTextsPlugin(): Plugin {
  const languages = () => fs.readdirSync(localesDir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
  return {
    name: 'veivalg-public-texts',
    resolveId: (id) => (id === textsId || id.startsWith(`${textsId}/`) ? `\0${id}` : undefined),
    async load(id) {
      if (id === `\0${textsId}`) {
        const entries = languages().map((lang) => `${JSON.stringify(lang)}: () => import(${JSON.stringify(`${textsId}/${lang}`)})`);
        const names = Object.fromEntries(languages().map((lang) => {
          const texts = JSON.parse(fs.readFileSync(path.join(localesDir, `${lang}.json`), 'utf8')) as { language?: { name?: string } };
          return [lang, texts.language?.name ?? lang];
        }));
        return `export const loaders = {${entries.join(', ')}};\nexport const names = ${JSON.stringify(names)};`;
      }
      if (!id.startsWith(`\0${textsId}/`)) return undefined;
      const lang = id.slice(textsId.length + 2);
      const file = path.join(localesDir, `${lang}.json`);
      this.addWatchFile(file);
      const { publicTexts } = await import('../src/web/public/texts.ts');
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(publicTexts(JSON.parse(fs.readFileSync(file, 'utf8')))))});`;
    },
  };
}

/** The public build's settings; `ssr` for the pre-rendering loader. */
function publicConfig(outDir: string): InlineConfig {
  return {
    configFile: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    plugins: [
      react(),
      publicTextsPlugin(),
    ],
    resolve: {
      alias: [
        { find: /^@digdir\/designsystemet-react$/, replacement: path.join(root, 'src/web/public/ds-lite.tsx') },
        { find: /^(\.\.?\/)+i18n\/index\.ts$/, replacement: path.join(root, 'src/web/public/i18n.ts') },
      ],
    },
    build: {
      outDir,
      emptyOutDir: false,
      sourcemap: true,
      rollupOptions: {
        input: path.join(root, 'public.html'),
        output: {
          // React changes least often: a file of its own stays cached across releases.
          manualChunks: (id) => (/node_modules\/(react|react-dom|scheduler)\//.test(id) ? 'react' : undefined),
        },
      },
    },
  };
}

const escapeJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Builds the public pages into `outDir` (which holds the staff app's build) and pre-renders the map. */
export async function buildPublicPages(outDir: string): Promise<void> {
  await build(publicConfig(outDir));

  const template = fs.readFileSync(path.join(outDir, 'public.html'), 'utf8');
  const staffIndex = fs.readFileSync(path.join(outDir, 'index.html'), 'utf8');
  const staffEntry = /<script type="module" crossorigin src="([^"]+)"/.exec(staffIndex)?.[1];
  if (!staffEntry) throw new Error('index.html names no script');
  // The staff app's stylesheets are links in its index.html, not imports of its entry: the hand-over adds them.
  const staffStyles = [...staffIndex.matchAll(/<link rel="stylesheet" crossorigin href="([^"]+)">/g)].map((match) => match[1]!);
  const stylesheetLink = /^( *)<link rel="stylesheet" crossorigin href="([^"]+)">\n/m.exec(template);
  if (!stylesheetLink || template.split('rel="stylesheet"').length !== 2) throw new Error('public.html should link exactly one stylesheet');
  const [, indent = '', stylesheet = ''] = stylesheetLink;
  const { prerenderedDataId, prerenderedLanguage } = await import('../src/web/public/prerendered.ts');
  const { publicTexts } = await import('../src/web/public/texts.ts');
  const texts = publicTexts(JSON.parse(fs.readFileSync(path.join(localesDir, `${prerenderedLanguage}.json`), 'utf8')));
  // Signed-in staff who open a public address get their own app (routes.tsx).
  const withHead = (html: string) => html.replace(
    '</head>',
    `  <meta name="veivalg-staff-app" content="${staffEntry}" />\n`
      + `    <meta name="veivalg-staff-styles" content="${staffStyles.join(' ')}" />\n  </head>`,
  );
  fs.writeFileSync(path.join(outDir, 'public.html'), withHead(template));

  const server = await createServer({ ...publicConfig(outDir), server: { middlewareMode: true, hmr: false, ws: false }, appType: 'custom' });
  try {
    const { prerender } = (await server.ssrLoadModule('/src/web/public/prerender.tsx')) as typeof import('../src/web/public/prerender.tsx');
    const content = (await server.ssrLoadModule('/src/content/index.ts')) as typeof import('../src/content/index.ts');
    const journeys = (await server.ssrLoadModule('/src/server/features/journeys/service.ts')) as typeof import('../src/server/features/journeys/service.ts');
    const map = (await server.ssrLoadModule('/src/server/features/map/service.ts')) as typeof import('../src/server/features/map/service.ts');
    // What GET /map/offers answers while no offer has been edited (src/server/features/map/routes.ts).
    const overview = {
      lanes: [...content.lanes],
      offers: content.offers.map(map.checkedInOffer),
      norwegianLevels: [...content.norwegianLevels],
    };
    const pages = [
      { url: '/kart', file: 'kart/index.html', title: 'map.title', data: [[['map', 'offers'], overview]] },
      {
        url: '/kart/reiser',
        file: 'kart/reiser/index.html',
        title: 'journeys.listTitle',
        data: [[['map', 'offers'], overview], [['map', 'journeys'], journeys.exampleJourneys()]],
      },
    ] as const;
    const rendered: { file: string; html: string; data: string }[] = [];
    for (const page of pages) {
      const queries = page.data as unknown as [readonly unknown[], unknown][];
      const { html, title } = await prerender(page.url, queries, page.title);
      // The data the page was rendered from goes in a file of its own (200 kB of JSON, more than the markup): in the
      // HTML the browser decoded, scanned and parsed it before the first paint, which does not need it. The page
      // preloads it (fetched beside the scripts) and the entry hydrates once it has it (src/web/public/main.tsx).
      const json = escapeJson({ texts, queries } satisfies PrerenderedData);
      const dataFile = `assets/${page.file.replace(/\/index\.html$/, '').replace(/\//g, '-')}-data-${createHash('sha256').update(json).digest('base64url').slice(0, 10)}.json`;
      fs.mkdirSync(path.dirname(path.join(outDir, dataFile)), { recursive: true });
      fs.writeFileSync(path.join(outDir, dataFile), json);
      const out = withHead(template)
        .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`)
        .replace('<div id="root"></div>', `<div id="root" data-prerendered="${prerenderedLanguage}">${html}</div>`);
      rendered.push({ file: page.file, html: out, data: `<link rel="preload" as="fetch" crossorigin href="/${dataFile}" id="${prerenderedDataId}">` });
    }
    // One critical stylesheet for both pages (one hash in the CSP): the rules that can match either page.
    const critical = criticalCss(fs.readFileSync(path.join(outDir, stylesheet), 'utf8'), pageVocabulary(...rendered.map((page) => page.html)));
    const nonBlocking = `${indent}<style>${critical}</style>\n`
      + `${indent}<link rel="stylesheet" crossorigin href="${stylesheet}" media="print" data-full-stylesheet>\n`
      + `${indent}<noscript><link rel="stylesheet" crossorigin href="${stylesheet}"></noscript>\n`;
    for (const page of rendered) {
      fs.mkdirSync(path.dirname(path.join(outDir, page.file)), { recursive: true });
      fs.writeFileSync(path.join(outDir, page.file), page.html.replace(stylesheetLink[0], () => `${nonBlocking}${indent}${page.data}\n`));
    }
    const csp: BuildCsp = { styleSrc: [`'sha256-${createHash('sha256').update(critical).digest('base64')}'`] };
    fs.writeFileSync(path.join(outDir, buildCspFile), `${JSON.stringify(csp, null, 2)}\n`);
  } finally {
    await server.close();
  }
}

/** The plugin for vite.config.ts: after the staff app's build, the public pages' build and pre-rendering. */
export function publicPages(): Plugin {
  let outDir = '';
  return {
    name: 'veivalg-public-pages',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      sequential: true,
      order: 'post',
      async handler() {
        await buildPublicPages(outDir);
        // Last: every file of the build is final now (the pre-rendered pages, the critical CSS, the data files).
        precompress(outDir);
      },
    },
  };
}
