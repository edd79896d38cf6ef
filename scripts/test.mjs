#!/usr/bin/env node
// `npm test`: every check, in order, continuing after a failure so the report is complete:
// type-check, lint, format, unit tests with coverage gates, build, size budget, browser tests,
// Lighthouse. The three static checks run side by side (each is single-threaded, the machine has
// two cores); the rest in turn, so that the browser tests and Lighthouse have the machine alone.
// Ends with each stage's duration, then the line `tests: N passed, N failed, N skipped`
// (scripts/test-summary.mjs).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { ensureChromium } from './chromium.mjs';
import { summarise } from './test-summary.mjs';

const began = Date.now();
rmSync('reports', { recursive: true, force: true });
mkdirSync('reports', { recursive: true });

const checks = [];
/** Each stage's name and wall-clock seconds, printed at the end. */
const durations = [];
/** Whether a runner's JSON report exists and counts failed tests (so its failure is counted). */
const failedTests = (file) => {
  if (!existsSync(file)) return false;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  return (report.numFailedTests ?? report.stats?.unexpected ?? 0) > 0;
};
/** The lines around a stage's output: what runs, then how it ended. */
const opening = (name, command, args) => `\n=== ${name}: ${[command, ...args].join(' ')}`;
const closing = (name, ok, seconds) =>
  `=== ${name} ${ok ? 'ok' : 'FAILED'} (${seconds.toFixed(1)} s)`;
const run = (name, command, args, options = {}) => {
  const started = Date.now();
  console.log(opening(name, command, args));
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  const ok = result.status === 0;
  const seconds = (Date.now() - started) / 1000;
  durations.push({ name, seconds });
  console.log(closing(name, ok, seconds));
  return ok;
};
/** Runs commands at the same time; prints each one's output whole, in order, once all have ended. */
const together = async (stages) => {
  const started = Date.now();
  const results = await Promise.all(
    stages.map(
      ([name, command, args]) =>
        new Promise((resolve) => {
          const child = spawn(command, args);
          const output = [];
          const seconds = () => (Date.now() - started) / 1000;
          child.stdout.on('data', (chunk) => output.push(chunk));
          child.stderr.on('data', (chunk) => output.push(chunk));
          // A command that cannot start fails its stage (a promise settles only once).
          child.on('error', (error) => {
            output.push(Buffer.from(`${error.message}\n`));
            resolve({ name, command, args, ok: false, output, seconds: seconds() });
          });
          child.on('close', (code) => {
            resolve({ name, command, args, ok: code === 0, output, seconds: seconds() });
          });
        }),
    ),
  );
  for (const { name, command, args, ok, output, seconds } of results) {
    console.log(opening(name, command, args));
    process.stdout.write(Buffer.concat(output));
    console.log(closing(name, ok, seconds));
    checks.push({ name, ok });
  }
  durations.push({
    name: results.map((r) => r.name).join(' + '),
    seconds: (Date.now() - started) / 1000,
  });
};
const check = (name, command, args, options) => {
  const ok = run(name, command, args, options);
  checks.push({ name, ok });
  return ok;
};

const chromium = ensureChromium();
await together([
  ['typecheck', 'tsc', ['--noEmit', '-p', 'tsconfig.json']],
  ['lint', 'eslint', ['--max-warnings', '0', '.']],
  ['format', 'prettier', ['--check', '.']],
]);
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
    env: { ...process.env, BALISE_CHROMIUM: chromium.tests },
  });
  checks.push({ name: 'e2e run', ok: e2eOk || failedTests('reports/e2e.json') });
  check('lighthouse', 'node', ['scripts/lighthouse.mjs'], {
    env: { ...process.env, BALISE_CHROMIUM: chromium.path },
  });
} else {
  checks.push({ name: 'e2e', ok: false, why: built ? chromium.why : 'build failed' });
}

writeFileSync('reports/checks.json', JSON.stringify(checks, null, 2));
const total = (Date.now() - began) / 1000;
console.log('\nDurations:');
for (const { name, seconds } of [...durations, { name: 'total', seconds: total }]) {
  console.log(`  ${name.padEnd(28)} ${seconds.toFixed(1).padStart(6)} s`);
}
const { failed } = summarise();
process.exitCode = failed > 0 ? 1 : 0;
