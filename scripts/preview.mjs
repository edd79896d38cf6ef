// Serves a build with `vite preview` on 127.0.0.1 for the scripts that drive a browser, and waits
// until it answers. Vite is started directly (not through npx) so that stopping it stops it.
import { spawn } from 'node:child_process';

/** Starts the preview server; resolves once it answers, with its address and a way to stop it. */
export async function startPreview({ port, config }) {
  const server = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      ...(config === undefined ? [] : ['--config', config]),
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    { stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(`${url}/`)).ok) break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return { url, stop: () => server.kill() };
}
