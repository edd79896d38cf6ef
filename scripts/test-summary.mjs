#!/usr/bin/env node
// Prints `tests: N passed, N failed, N skipped` from the JSON reports of vitest and Playwright
// and the other checks (type-check, lint, format, build, size), one test each.
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);

export function summarise() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const unit = read('reports/unit.json');
  if (unit) {
    passed += unit.numPassedTests;
    failed += unit.numFailedTests;
    skipped += unit.numPendingTests + unit.numTodoTests;
    // A suite that fails to load, or a coverage gate, fails the run without a failed test.
    if (!unit.success && unit.numFailedTests === 0) failed += 1;
  } else failed += 1;
  const e2e = read('reports/e2e.json');
  if (e2e) {
    passed += e2e.stats.expected + e2e.stats.flaky;
    failed += e2e.stats.unexpected + (e2e.errors?.length ?? 0);
    skipped += e2e.stats.skipped;
  }
  for (const check of read('reports/checks.json') ?? [{ ok: false }]) {
    if (check.ok) passed += 1;
    else failed += 1;
  }
  console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  return { passed, failed, skipped };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = summarise().failed > 0 ? 1 : 0;
}
