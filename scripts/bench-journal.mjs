#!/usr/bin/env node
// `npm run bench:journal`: the evidence journal at scale, in Debian's Chromium, through the app's
// real code path (bench/journal/harness.tsx). Ends with one JSON line:
// {"entries":1000,"attachmentsMB":500,"hashMBps":…,"longestTaskMs":…,"chronologyRenderMs":…,"chronologyLongestTaskMs":…,"exportPeakMB":…,"roundTrip":true,…,
//  "phone":{"cpuSlowdown":4,"entries":1000,"attachmentsMB":50,"longestTaskMs":…,…}}
// The phone figures come from a second pass with the CPU slowed 4× (BENCH_PHONE_FILES files).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';
import { startPreview } from './preview.mjs';

const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 1000);
const FILES = Number(process.env.BENCH_FILES ?? 500);
const FILE_MB = Number(process.env.BENCH_FILE_MB ?? 1);
const PORT = 4175;
/** The phone pass (CPU slowed 4×, as `bench:phone`): the same entries, fewer files (÷4 is slow). */
const PHONE_CPU = 4;
const PHONE_FILES = Number(process.env.BENCH_PHONE_FILES ?? 50);

const build = spawnSync(
  process.execPath,
  ['node_modules/vite/bin/vite.js', 'build', '--config', 'bench/vite.config.ts'],
  {
    stdio: 'inherit',
  },
);
if (build.status !== 0) process.exit(1);

const { url: base, stop } = await startPreview({ port: PORT, config: 'bench/vite.config.ts' });
const profile = mkdtempSync(join(tmpdir(), 'balise-bench-'));
let context;
try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
    viewport: { width: 360, height: 740 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(0);
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${base}/`);
  await page.waitForFunction(() => document.title === 'ready');
  const ingest = await page.evaluate(
    ([e, f, mb]) => window.bench.ingest(e, f, mb),
    [ENTRIES, FILES, FILE_MB],
  );
  console.error('ingest', JSON.stringify(ingest));
  const render = await page.evaluate(() => window.bench.renderChronology());
  console.error('chronology', JSON.stringify(render));
  const exported = await page.evaluate(() => window.bench.exportZip());
  console.error('export', JSON.stringify(exported));
  const trip = await page.evaluate(() => window.bench.roundTrip());
  console.error('import', JSON.stringify(trip));
  // Peak memory of the page and of every Chromium process (RSS, from /proc) while it runs.
  // Only this bench's browser: its processes name the profile folder (the browser's own) or are
  // its children; others may run Chromium on the same machine.
  const rss = () => {
    const out = spawnSync('ps', ['-eo', 'pid=,ppid=,rss=,args='], { encoding: 'utf8' }).stdout;
    const rows = out
      .split('\n')
      .map((line) => line.trim().split(/\s+/))
      .filter((row) => row.length >= 4);
    const ours = new Set(rows.filter((row) => row.join(' ').includes(profile)).map((r) => r[0]));
    let grew = true;
    while (grew) {
      grew = false;
      for (const row of rows) {
        if (!ours.has(row[0]) && ours.has(row[1])) {
          ours.add(row[0]);
          grew = true;
        }
      }
    }
    return (
      rows.filter((row) => ours.has(row[0])).reduce((sum, row) => sum + Number(row[2]), 0) * 1024
    );
  };
  // The phone pass: a fresh profile, the CPU slowed 4×; the longest main-thread task of each
  // step (target: under 50 ms with 1,000 entries, issue 13).
  const phoneProfile = mkdtempSync(join(tmpdir(), 'balise-bench-phone-'));
  let phone = null;
  try {
    const phoneContext = await chromium.launchPersistentContext(phoneProfile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 360, height: 740 },
    });
    try {
      const phonePage = phoneContext.pages()[0] ?? (await phoneContext.newPage());
      phonePage.setDefaultTimeout(0);
      const cdp = await phoneContext.newCDPSession(phonePage);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE_CPU });
      await phonePage.goto(`${base}/`);
      await phonePage.waitForFunction(() => document.title === 'ready');
      const phoneIngest = await phonePage.evaluate(
        ([e, f]) => window.bench.ingest(e, f, 1),
        [ENTRIES, PHONE_FILES],
      );
      const phoneRender = await phonePage.evaluate(() => window.bench.renderChronology());
      const phoneExport = await phonePage.evaluate(() => window.bench.exportZip(false));
      phone = {
        cpuSlowdown: PHONE_CPU,
        entries: phoneIngest.entries,
        attachmentsMB: phoneIngest.attachmentsMB,
        longestTaskMs: phoneIngest.longestTaskMs,
        chronologyRenderMs: phoneRender.chronologyRenderMs,
        chronologyLongestTaskMs: phoneRender.renderLongestTaskMs,
        scrollLongestTaskMs: phoneRender.scrollLongestTaskMs,
        exportLongestTaskMs: phoneExport.exportLongestTaskMs,
        exportSeconds: phoneExport.exportSeconds,
      };
      console.error('phone (CPU ÷4)', JSON.stringify(phone));
    } finally {
      await phoneContext.close();
    }
  } finally {
    rmSync(phoneProfile, { recursive: true, force: true });
  }

  const rssBefore = rss();
  let rssPeak = rssBefore;
  const sampler = setInterval(() => {
    rssPeak = Math.max(rssPeak, rss());
  }, 200);
  const encrypted = await page.evaluate(() => window.bench.encryptedImport());
  clearInterval(sampler);
  encrypted.encryptedImportRssPeakMB = Math.round((rssPeak - rssBefore) / 1024 / 1024);
  console.error('encrypted import', JSON.stringify(encrypted));
  if (errors.length > 0) console.error('page errors:', errors);
  console.log(
    JSON.stringify({
      entries: ingest.entries,
      attachmentsMB: ingest.attachmentsMB,
      hashMBps: ingest.hashMBps,
      longestTaskMs: ingest.longestTaskMs,
      chronologyRenderMs: render.chronologyRenderMs,
      chronologyLongestTaskMs: render.renderLongestTaskMs,
      exportPeakMB: exported.exportPeakMB,
      roundTrip: trip.roundTrip,
      largestFileMB: FILE_MB,
      rawDigestMBps: ingest.digestMBps,
      rawWasmMBps: ingest.wasmDigestMBps,
      rawReadMBps: ingest.readMBps,
      rawRead8MBps: ingest.read8MBps,
      hashEngine: ingest.hashEngine,
      ingestSeconds: ingest.ingestSeconds,
      scrollLongestTaskMs: render.scrollLongestTaskMs,
      exportSeconds: exported.exportSeconds,
      archiveMB: exported.archiveMB,
      importSeconds: trip.importSeconds,
      ...encrypted,
      phone,
    }),
  );
} finally {
  await context?.close();
  stop();
  rmSync(profile, { recursive: true, force: true });
}
