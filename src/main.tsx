import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { forgetExportFile } from './lib/journal/export-disk.ts';
import { listenForInstall, registerOfflineCopy } from './lib/offline.ts';
import { useOffline } from './stores/offline.ts';
import { ENDED_PATH } from './stores/session.ts';

// An export interrupted by a closed tab may have left its file behind: it goes at every start.
void forgetExportFile();

// The offline copy (built app only: the dev server has no worker). Registered after load, so the
// first visit stays small; an update waits for the person's choice. Not from the neutral screen
// after a wipe: the end of a séance reloads there, maybe just after removing the copy on purpose.
if (import.meta.env.PROD && window.location.pathname !== ENDED_PATH) {
  const offline = useOffline.getState();
  registerOfflineCopy({ onUpdateReady: offline.updateReady });
  listenForInstall(offline.offerInstall, offline.installDone);
}

const root = document.getElementById('root');
if (root === null) throw new Error('#root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
