import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** Builds the journal bench page, which drives the app's own modules (not a copy of them). */
export default defineConfig({
  root: fileURLToPath(new URL('./journal', import.meta.url)),
  plugins: [react()],
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('../dist-bench', import.meta.url)),
    emptyOutDir: true,
  },
  logLevel: 'warn',
});
