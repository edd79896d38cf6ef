import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { configDefaults, defineConfig } from 'vitest/config';
import { manifestWords, neutralPage as neutralWords } from './src/content/fr/offline.ts';
import { NEUTRAL_PAGE_PATH } from './src/content/neutral-page.ts';
import { FIRST_AREAS, QUESTIONS_FIRST } from './src/app/first-areas.ts';
import { createHash } from 'node:crypto';
import type { OutputBundle, OutputChunk } from 'rolldown';

/**
 * Content-Security-Policy of the built app: nothing but the app's own files, no request to any
 * other origin. Added at build time only (the dev server needs inline scripts for hot reload).
 */
const CSP = [
  "default-src 'self'",
  // 'wasm-unsafe-eval' lets WebAssembly compile (the SHA-256 of hash-wasm, shipped in our own
  // files: src/lib/journal/digest.ts), and nothing else: no eval, no code from elsewhere.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

/**
 * Headers for a static host, as the built app is served: the same policy, plus what a `<meta>`
 * cannot say (`frame-ancestors`: no other site may frame Balise and trick a click). Written to
 * `dist/_headers` (the format of Netlify, Cloudflare Pages and others) and sent by `vite preview`,
 * so the browser tests see them.
 */
export const HOST_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': `${CSP}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

const contentSecurityPolicy = (): Plugin => ({
  name: 'balise-csp',
  apply: 'build',
  transformIndexHtml: (html) =>
    html.replace(
      '<meta charset="UTF-8" />',
      `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`,
    ),
  generateBundle() {
    const lines = Object.entries(HOST_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
    this.emitFile({ type: 'asset', fileName: '_headers', source: `/*\n${lines.join('\n')}\n` });
  },
});

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The neutral page "Quitter vite" leaves for without network: a plain recipe, static HTML with no
 * script and no style, written from src/content/fr/offline.ts and kept in the offline copy.
 */
const neutralPage = (): Plugin => ({
  name: 'balise-neutral-page',
  apply: 'build',
  generateBundle() {
    const page = neutralWords;
    const list = (items: readonly string[], tag: 'ul' | 'ol') =>
      `<${tag}>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</${tag}>`;
    const source = `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="referrer" content="no-referrer" />
    <title>${escapeHtml(page.title)}</title>
  </head>
  <body>
    <h1>${escapeHtml(page.title)}</h1>
    <p>${escapeHtml(page.intro)}</p>
    <h2>${escapeHtml(page.ingredientsTitle)}</h2>
    ${list(page.ingredients, 'ul')}
    <h2>${escapeHtml(page.stepsTitle)}</h2>
    ${list(page.steps, 'ol')}
  </body>
</html>
`;
    this.emitFile({ type: 'asset', fileName: NEUTRAL_PAGE_PATH.slice(1), source });
  },
});

/**
 * The first screen's words, fetched alongside the app's script instead of after it: a tiny module
 * (`assets/first-words-<hash>.js`, `async`, so it runs as soon as it arrives) guesses the visitor's
 * language as src/app/locale.ts will (the language kept with the answers, else the browser's) and
 * adds a `modulepreload` for that language's first areas (src/app/first-areas.ts). Without it the
 * words waited for the app's script to run: one more round trip before the first paint (Lighthouse
 * LCP 2.7 s instead of 1.9 s on its slow 4G). A wrong guess only costs a fetch: the app loads what it
 * needs whatever was preloaded.
 */
const firstWords = (): Plugin => ({
  name: 'balise-first-words',
  apply: 'build',
  generateBundle: {
    order: 'post',
    handler(_, bundle: OutputBundle) {
      const chunks = Object.values(bundle).filter(
        (file): file is OutputChunk => file.type === 'chunk',
      );
      const entry = chunks.find((chunk) => chunk.isEntry);
      const html = bundle['index.html'];
      if (entry === undefined || html?.type !== 'asset') return;
      const loaded = new Set([entry.fileName, ...entry.imports]);
      const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const closure = (file: string, into: Set<string>): Set<string> => {
        if (loaded.has(file) || into.has(file)) return into;
        into.add(file);
        for (const dep of byName.get(file)?.imports ?? []) closure(dep, into);
        return into;
      };
      // Per language: the first screen's areas, and the questions' for a direct visit to a
      // question or to the emergency screen (their pages are in the app's script, their words not).
      const files: Record<string, string[]> = {};
      const questions: Record<string, string[]> = {};
      for (const chunk of chunks) {
        const match = /\/src\/content\/(\w+)\/([\w-]+)\.ts$/.exec(chunk.facadeModuleId ?? '');
        const [, locale = '', area = ''] = match ?? [];
        if (match === null) continue;
        if (FIRST_AREAS.some((first) => first === area)) {
          files[locale] = [...closure(chunk.fileName, new Set(files[locale] ?? []))];
        } else if (area === 'questions') {
          questions[locale] = [...closure(chunk.fileName, new Set())];
        }
      }
      const source = `const FILES=${JSON.stringify(files)};
const QUESTIONS=${JSON.stringify(questions)};
let locale=null;
try{for(const area of [localStorage,sessionStorage]){const save=JSON.parse(area.getItem('balise:answers')??'null');if(save&&typeof save.locale==='string'&&save.locale in FILES){locale=save.locale;break;}}}catch{}
if(locale===null){locale=[...(navigator.languages??[])].map((l)=>l.toLowerCase().split('-')[0]).find((l)=>l in FILES)??'fr';}
const next=${QUESTIONS_FIRST.toString()}.test(location.pathname)?QUESTIONS[locale]??[]:[];
for(const href of [...(FILES[locale]??[]),...next]){const link=document.createElement('link');link.rel='modulepreload';link.href='/'+href;document.head.append(link);}
`;
      const fileName = `assets/first-words-${createHash('sha256').update(source).digest('hex').slice(0, 8)}.js`;
      this.emitFile({ type: 'asset', fileName, source });
      const tag = `<script type="module" async src="/${fileName}"></script>`;
      const page = String(html.source);
      html.source = page.replace(/(\s*)<script type="module"/, `$1${tag}$1<script type="module"`);
    },
  },
});

/**
 * The offline copy (Workbox, through vite-plugin-pwa): every file of the build is precached —
 * each route's code and words, the PDF code and its fonts, the icons, the neutral page — and any
 * address of the app opens index.html from the device. The worker is registered by
 * src/lib/offline.ts after load (`injectRegister: false`); an update waits for the person's
 * choice (`registerType: 'prompt'`). Nothing is fetched from another origin.
 */
const offlineCopy = () =>
  VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    // The icons and the manifest are already among the precached files (globPatterns).
    includeManifestIcons: false,
    manifest: {
      name: manifestWords.name,
      short_name: manifestWords.shortName,
      description: manifestWords.description,
      lang: 'fr',
      dir: 'ltr',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: '#1d3a5f',
      background_color: '#ffffff',
      icons: [
        { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        {
          src: '/icons/icon-maskable-512.png',
          sizes: '512x512',
          type: 'image/png',
          purpose: 'maskable',
        },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{html,js,css,svg,png,ttf}'],
      // The largest file is pdf-lib's chunk; nothing of the app may be left out of the copy.
      maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
      navigateFallback: '/index.html',
      cleanupOutdatedCaches: true,
      // The first worker takes charge of the page already open, so that the screens not yet
      // loaded come from the device if the network goes. A later version waits (registerType).
      clientsClaim: true,
      // Hashed file names say the version already: no query string makes two copies.
      dontCacheBustURLsMatching: /^assets\//,
    },
  });

/** Unit tests that need a DOM: the screens and the stores (see `test.projects` below). */
const DOM_TESTS = ['tests/features/**/*.test.tsx', 'tests/stores/**/*.test.{ts,tsx}'];

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), neutralPage(), firstWords(), offlineCopy()],
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Each area of words is named by its language (words-en-ui-….js), so that the size budget
        // can count what a first visit in each language loads (scripts/size.mjs).
        chunkFileNames: (chunk) => {
          const words = /\/src\/content\/(\w+)\/([\w-]+)\.ts$/.exec(chunk.facadeModuleId ?? '');
          return words === null
            ? 'assets/[name]-[hash].js'
            : `assets/words-${words[1] ?? ''}-${words[2] ?? ''}-[hash].js`;
        },
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { headers: HOST_HEADERS },
  test: {
    restoreMocks: true,
    // One test file per core. Vitest leaves one core to itself by default: on this 2-core machine
    // that meant a single worker, while the main process mostly waits.
    maxWorkers: '100%',
    // Two projects, chosen by where a test lives, so that a new file needs no listing here:
    // screens (tests/features/**/*.test.tsx) and stores need a DOM (jsdom, Testing Library, the
    // stores reset after each test: tests/setup.ts); every other test — engine, content, pure
    // feature modules (tests/features/**/*.test.ts), lib, PDF, scripts — runs in plain Node, which
    // starts faster. A file may still ask for another environment with `// @vitest-environment`.
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: [...configDefaults.exclude, ...DOM_TESTS],
          setupFiles: ['./tests/setup-words.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: DOM_TESTS,
          setupFiles: ['./tests/setup-words.ts', './tests/setup.ts'],
          // A screen's first test loads its route's code; two workers on two busy cores can take
          // longer than the default 5 s for it.
          testTimeout: 15_000,
        },
      },
    ],
    coverage: {
      provider: 'v8',
      include: ['src/**/*.{ts,tsx}'],
      exclude: ['src/main.tsx', 'src/**/*.d.ts'],
      reporter: ['text-summary', 'json-summary'],
      reportsDirectory: 'reports/coverage',
      thresholds: {
        // The decision engine is the product's core: every branch is tested.
        'src/engine/**': { branches: 100, functions: 100, lines: 100, statements: 100 },
      },
    },
  },
});
