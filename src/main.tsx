import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { startIn, startLocale } from './app/locale.ts';
import { NEXT_PAGES } from './app/pages.ts';
import { loadPageAt, preloadPages } from './app/routes.tsx';
import { forgetExportFile } from './lib/journal/export-disk.ts';
import { listenForInstall } from './lib/offline.ts';
import { useOffline } from './stores/offline.ts';
import { ENDED_PATH } from './stores/session.ts';

// An export interrupted by a closed tab may have left its file behind: it goes at every start.
void forgetExportFile();

// The offline copy and the install offer: built app only (the dev server has no worker), and
// not on the neutral screen after a wipe (the end of a séance reloads there, maybe just after
// removing the copy on purpose).
const withOfflineCopy = import.meta.env.PROD && window.location.pathname !== ENDED_PATH;
const offline = useOffline.getState();

// The browser's offer to install Balise comes early: listened for at once.
if (withOfflineCopy) listenForInstall(offline.offerInstall, offline.installDone);

// The words of the first screen, in the person's language, before anything is shown. Not a
// top-level await: the app's script finishes at once and the browser is not kept waiting on it.
const root = document.getElementById('root');
if (root === null) throw new Error('#root is missing from index.html');
void startIn(startLocale())
  .then(() => loadPageAt(window.location.pathname))
  .then(() => {
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
    afterFirstScreen();
  });

/** Runs `run` once the page is idle, so that it never competes with what the person sees. */
const whenIdle = (run: () => void) => {
  if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: 5000 });
  else setTimeout(run, 2000);
};

/**
 * Once the first screen is drawn and the page idle: what the person will open next (the
 * questions, the emergency page), then the offline copy. Both used to start at the page's load
 * event, which comes before a direct visit's screen has arrived: on a slow network they took
 * connections from it.
 */
function afterFirstScreen(): void {
  setTimeout(() => {
    whenIdle(() => {
      preloadPages(NEXT_PAGES);
      // An update of the copy waits for the person's choice.
      if (withOfflineCopy) {
        void import('./lib/offline-copy.ts').then(({ registerOfflineCopy }) => {
          registerOfflineCopy({ onUpdateReady: offline.updateReady });
        });
      }
    });
  }, 1000);
}
