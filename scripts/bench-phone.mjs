#!/usr/bin/env node
// `npm run bench:phone`: Balise as a cheap phone on a slow network would get it. Builds the app,
// serves it with `vite preview`, and drives Debian's Chromium twice: quiet (this machine as it is)
// and "phone" (CPU slowed 4× with the DevTools protocol's Emulation.setCPUThrottlingRate, and
// Lighthouse's slow-4G profile applied with Network.emulateNetworkConditions: 562.5 ms per request,
// 1.44 Mbit/s down, 675 kbit/s up). Each measure starts from a fresh profile (a first visit).
//
// Measures, for each profile:
// - LCP and total blocking time (TBT: the part over 50 ms of every long task from the first
//   contentful paint until the page has been quiet for 2 s) of `/`, `/questions/role`, `/plan`
//   (answers stored first) and `/preuves`;
// - the longest main-thread task while answering the questions from "Commencer" to the plan,
//   and the longest while the plan opens;
// - the time from a click on "Télécharger en PDF" to the file, for the complaint letter (answers
//   stored first, the letter's form filled in).
// Prints a table per profile, then one JSON line. Targets (issue 13, at 4× throttling): no task
// over 100 ms, LCP ≤ 2.5 s, PDF in ≤ 3 s. Reports; never fails on a figure.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { throttling } from 'lighthouse/core/config/constants.js';
import { parse } from 'yaml';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';
import { startPreview } from './preview.mjs';

const PORT = 4176;
const PAGES = ['/', '/questions/role', '/plan', '/preuves'];
const slow4G = throttling.mobileSlow4G;
const PROFILES = {
  quiet: null,
  phone: {
    cpu: slow4G.cpuSlowdownMultiplier,
    network: {
      offline: false,
      latency: slow4G.requestLatencyMs,
      downloadThroughput: (slow4G.downloadThroughputKbps * 1024) / 8,
      uploadThroughput: (slow4G.uploadThroughputKbps * 1024) / 8,
    },
  },
};

/**
 * The person of the journeys shared with the engine's scenarios and the browser tests
 * (tests/engine/scenarios/journeys.yaml): a 13-year-old insulted publicly by classmates, who gets
 * the complaint letter. Answers in the file's order, the order the questions are asked.
 */
const PERSON = parse(readFileSync('tests/engine/scenarios/journeys.yaml', 'utf8')).find((p) =>
  p.name.startsWith('a 13-year-old insulted'),
);
const ANSWERS = PERSON.answers;
const JOURNEY = Object.entries(ANSWERS).map(([q, value]) => [q, [value].flat()]);

/** What the bench types in each field of the letter's form (synthetic), by the field's kind. */
function sample(id, type) {
  if (type === 'date') return '2013-03-01';
  if (type === 'email') return 'essai@example.org';
  return id.includes('harm') ? 'Je ne dors plus et je refuse d’aller au collège.' : 'Essai';
}

/** Runs before the app in every page: records LCP and long tasks from the very start. */
function observe() {
  const perf = { lcp: 0, tasks: [] };
  window.__bench = perf;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) perf.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) perf.tasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
}

/** Stores the answers as the app does, before it starts. */
function seed({ answers }) {
  if (sessionStorage.getItem('balise:answers') !== null) return;
  sessionStorage.setItem('balise:answers', JSON.stringify({ version: 1, answers }));
}

const build = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (build.status !== 0) process.exit(1);

const { url: base, stop } = await startPreview({ port: PORT });
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: CHROMIUM_ARGS,
});

/** A fresh context and page with `profile`'s throttling and the observers installed. */
async function open(profile, storage) {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    // Balise follows the browser's language: the bench is a French person's phone.
    locale: 'fr-FR',
    isMobile: true,
    hasTouch: true,
    acceptDownloads: true,
    // A first visit: the offline copy (service worker) is fetched after load, outside the page's
    // throttling, and would then serve the PDF's code and fonts from the device.
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  await page.addInitScript(observe);
  if (storage) await page.addInitScript(seed, storage);
  if (profile) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', profile.network);
  }
  return { context, page };
}

/** Waits until no long task has started for `quietMs` (at most `maxMs`). */
async function settle(page, quietMs = 2000, maxMs = 20_000) {
  const started = Date.now();
  let count = -1;
  let since = Date.now();
  while (Date.now() - started < maxMs) {
    const now = await page.evaluate(() => window.__bench.tasks.length);
    if (now !== count) {
      count = now;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return;
    await page.waitForTimeout(250);
  }
}

const longest = (tasks, from = 0) =>
  Math.round(Math.max(0, ...tasks.filter(([start]) => start >= from).map(([, d]) => d)));

async function pageLoad(profile, path) {
  const { context, page } = await open(profile, path === '/plan' ? { answers: ANSWERS } : null);
  try {
    await page.goto(`${base}${path}`, { waitUntil: 'load' });
    await page.locator('h1').first().waitFor();
    await settle(page);
    const { lcp, tasks, fcp } = await page.evaluate(() => ({
      ...window.__bench,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0,
    }));
    const tbt = tasks
      .filter(([start]) => start >= fcp)
      .reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0);
    return { lcpMs: Math.round(lcp), tbtMs: Math.round(tbt), longestTaskMs: longest(tasks) };
  } finally {
    await context.close();
  }
}

/** From "Commencer" through every question; then the plan as it opens. */
async function answering(profile) {
  const { context, page } = await open(profile, null);
  try {
    await page.goto(`${base}/`, { waitUntil: 'load' });
    await settle(page, 1000);
    const from = await page.evaluate(() => performance.now());
    await page.locator('a[href="/questions/role"]').first().click();
    let planFrom = 0;
    for (const [index, [question, values]] of JOURNEY.entries()) {
      await page.waitForURL(`**/questions/${question}`);
      for (const value of values) {
        await page.locator(`input[name="${question}"][value="${value}"]`).check();
      }
      if (index === JOURNEY.length - 1) planFrom = await page.evaluate(() => performance.now());
      await page.locator('form button[type="submit"]').click();
    }
    await page.waitForURL('**/plan');
    await page.locator('ol.steps > li').first().waitFor();
    await settle(page, 1000);
    const tasks = await page.evaluate(() => window.__bench.tasks);
    return {
      answeringLongestTaskMs: longest(
        tasks.filter(([start]) => start < planFrom),
        from,
      ),
      planLongestTaskMs: longest(tasks, planFrom),
    };
  } finally {
    await context.close();
  }
}

/** Click on "Télécharger en PDF" → the file, for the complaint letter (code and fonts cold). */
async function pdf(profile) {
  const { context, page } = await open(profile, { answers: ANSWERS });
  try {
    await page.goto(`${base}/documents/complaint-letter`, { waitUntil: 'load' });
    const button = page.getByRole('button', { name: 'Télécharger en PDF', exact: true });
    await button.waitFor();
    const fields = page.locator(
      'form.document-form :is(input, textarea)[id^="field-"]:not([type="checkbox"])',
    );
    for (const field of await fields.all()) {
      const id = (await field.getAttribute('id')) ?? '';
      await field.fill(sample(id, (await field.getAttribute('type')) ?? 'text'));
    }
    await settle(page, 1000);
    const from = await page.evaluate(() => performance.now());
    const started = Date.now();
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    const pdfMs = Date.now() - started;
    await download.path();
    const tasks = await page.evaluate(() => window.__bench.tasks);
    return { pdfMs, pdfLongestTaskMs: longest(tasks, from), pdfFile: download.suggestedFilename() };
  } finally {
    await context.close();
  }
}

const results = {};
try {
  for (const [name, profile] of Object.entries(PROFILES)) {
    const pages = {};
    for (const path of PAGES) pages[path] = await pageLoad(profile, path);
    results[name] = { pages, ...(await answering(profile)), ...(await pdf(profile)) };
    const r = results[name];
    console.log(`\n${name}${profile ? ` (CPU ÷${profile.cpu}, slow 4G)` : ''}`);
    console.table(
      Object.fromEntries(
        Object.entries(pages).map(([path, p]) => [
          path,
          { 'LCP ms': p.lcpMs, 'TBT ms': p.tbtMs, 'longest task ms': p.longestTaskMs },
        ]),
      ),
    );
    console.log(
      `longest task while answering ${r.answeringLongestTaskMs} ms, while the plan opens ` +
        `${r.planLongestTaskMs} ms; PDF (complaint letter) ${r.pdfMs} ms, longest task ` +
        `${r.pdfLongestTaskMs} ms`,
    );
  }
} finally {
  await browser.close();
  stop();
}
console.log(JSON.stringify(results));
