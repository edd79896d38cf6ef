#!/usr/bin/env node
// `npm run legal:report`: writes reports/legal-report.html, one self-contained page (inline CSS,
// no script, nothing loaded from elsewhere) for a lawyer to review the engine's rules, their
// words per audience, facts, sources, scenarios and every letter. Loads the TypeScript sources
// through Vite (no build step), like `npm run bench`; reads nothing outside the repository.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'reports', 'legal-report.html');

/** The commit described, flagged when the working tree has changes not committed yet. */
function commitOf() {
  try {
    const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
    const hash = git('rev-parse', '--short=12', 'HEAD');
    const dirty = git('status', '--porcelain', '--untracked-files=no') !== '';
    return dirty ? `${hash} (avec des modifications non commitées)` : hash;
  } catch {
    return 'inconnu (pas un dépôt git)';
  }
}

const server = await createServer({
  root,
  appType: 'custom',
  logLevel: 'error',
  server: { middlewareMode: true, hmr: false, ws: false },
});
try {
  const { collect } = await server.ssrLoadModule('/scripts/legal-report/collect.ts');
  const { renderReport } = await server.ssrLoadModule('/scripts/legal-report/render.ts');
  const today = new Date().toISOString().slice(0, 10);
  const input = collect(root, commitOf(), today);
  const html = renderReport(input);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, html);
  console.log(
    `${relative(process.cwd(), out)}: ${(html.length / 1024).toFixed(0)} kB, ` +
      `${input.facts.length} facts, ${input.scenarios.length} scenarios` +
      (input.problems.length > 0
        ? `, ${input.problems.length} problem(s) listed in the report`
        : ''),
  );
} finally {
  await server.close();
}
