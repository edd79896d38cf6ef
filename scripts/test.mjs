#!/usr/bin/env node
// `npm test`: every check, in order, continuing after a failure so the report is complete:
// type-check, lint, format, unit tests with coverage gates, build, size budget, browser tests,
// Lighthouse.
// Ends with the line `tests: N passed, N failed, N skipped` (scripts/test-summary.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { ensureChromium } from './chromium.mjs';
import { summarise } from './test-summary.mjs';

rmSync('reports', { recursive: true, force: true });
mkdirSync('reports', { recursive: true });

const checks = [];
/** Whether a runner's JSON report exists and counts failed tests (so its failure is counted). */
const failedTests = (file) => {
  if (!existsSync(file)) return false;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  return (report.numFailedTests ?? report.stats?.unexpected ?? 0) > 0;
};
const run = (name, command, args, options = {}) => {
  const started = Date.now();
  console.log(`\n=== ${name}: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  const ok = result.status === 0;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`=== ${name} ${ok ? 'ok' : 'FAILED'} (${seconds} s)`);
  return ok;
};
const check = (name, command, args, options) => {
  const ok = run(name, command, args, options);
  checks.push({ name, ok });
  return ok;
};

const chromium = ensureChromium();
check('typecheck', 'tsc', ['--noEmit', '-p', 'tsconfig.json']);
check('lint', 'eslint', ['--max-warnings', '0', '.']);
check('format', 'prettier', ['--check', '.']);
const unitOk = run('unit', 'vitest', [
  'run',
  '--coverage',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=reports/unit.json',
]);
// A run can fail with every test green (a coverage gate, a file that does not load): count it.
checks.push({
  name: 'unit run and coverage gates',
  ok: unitOk || failedTests('reports/unit.json'),
});
const built = check('build', 'vite', ['build']) && existsSync('dist/index.html');
if (built) check('size', 'node', ['scripts/size.mjs']);
if (built && chromium.ok) {
  const e2eOk = run('e2e', 'playwright', ['test'], {
    env: { ...process.env, BALISE_CHROMIUM: chromium.path },
  });
  checks.push({ name: 'e2e run', ok: e2eOk || failedTests('reports/e2e.json') });
  check('lighthouse', 'node', ['scripts/lighthouse.mjs'], {
    env: { ...process.env, BALISE_CHROMIUM: chromium.path },
  });
} else {
  checks.push({ name: 'e2e', ok: false, why: built ? chromium.why : 'build failed' });
}

writeFileSync('reports/checks.json', JSON.stringify(checks, null, 2));
const { failed } = summarise();
process.exitCode = failed > 0 ? 1 : 0;
