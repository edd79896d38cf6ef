import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { forgetExportFile } from './lib/journal/export-disk.ts';

// An export interrupted by a closed tab may have left its file behind: it goes at every start.
void forgetExportFile();

const root = document.getElementById('root');
if (root === null) throw new Error('#root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
