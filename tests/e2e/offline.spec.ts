import type { Page } from '@playwright/test';
import { chromium, expect, test } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { documentFields, documentsUi as u } from '../../src/content/fr/documents.ts';
import { journalText as t } from '../../src/content/fr/journal.ts';
import { neutralPage, offline } from '../../src/content/fr/offline.ts';
import { ui } from '../../src/content/fr/ui.ts';
import { screens } from '../../src/content/fr/screens.ts';
import type { FieldId } from '../../src/stores/documents.ts';
import {
  answersOf,
  expectHeadingFocused,
  expectPath,
  fillAct,
  person,
  runJourney,
} from './helpers.ts';

// This file is about the offline copy: its service worker is allowed (playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

/**
 * Balise offline (issue 11): after one visit, the network cut (airplane mode), a new user
 * completes a journey, opens a step, notes an act with a file in the journal and downloads the
 * complaint letter as a PDF; the app is installable; an update waits for "Mettre à jour" and
 * loses nothing; "Quitter vite" still leaves; "Tout effacer" can take the offline copy too.
 */
test.describe.configure({ timeout: 180_000 });

/** Flags for Chromium on a machine with no outside network (as playwright.config.ts). */
const CHROMIUM_ARGS = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'scripts', 'chromium-args.json'), 'utf8'),
) as string[];

const DIST_WORKER = join(import.meta.dirname, '..', '..', 'dist', 'sw.js');

/** An adult threatened by an ex-partner: the plan offers the complaint letter. */
const JOURNEY = answersOf(person('an adult receiving death threats'));

/** What the person types in the complaint letter's form (synthetic). */
const TYPED: Partial<Record<FieldId, string>> = {
  senderName: 'Dominique Essai',
  senderBirthDate: '1980-05-04',
  senderAddress: '3 allée du Test, 69000 Lyon',
  senderEmail: 'dominique@example.org',
  court: 'Lyon',
  city: 'Lyon',
  authorName: 'Camille Exemple',
  facts: 'Des menaces de mort par message privé.',
  harm: 'Je ne dors plus.',
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A document field by its label, whether or not it says "(obligatoire)". */
const byLabel = (page: Page, field: FieldId) =>
  page.getByLabel(new RegExp(`^${escape(documentFields[field].label)}( ${escape(u.required)})?$`));

/** First visit: the page loads, then the worker installs the offline copy and takes charge. */
async function visitOnce(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
    timeout: 60_000,
  });
}

/** The journal's form: an act on Instagram with a capture (an adult's voice). */
async function noteAct(page: Page, description: string): Promise<void> {
  await page.goto('/preuves');
  await page.getByRole('link', { name: t.add, exact: true }).click();
  await fillAct(page, description);
}

test('after one visit, with the network cut, an adult reaches the plan, opens a step, notes an act with a capture and downloads the complaint letter as a PDF', async ({
  page,
  context,
}) => {
  await visitOnce(page);
  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);

  // runJourney starts with a fresh load of '/': it comes from the device.
  await runJourney(page, JOURNEY, { scan: false });
  await page.locator('ol.steps').getByRole('link', { name: screens.plan.details }).first().click();
  await expect(page.locator('article[data-status]')).toBeVisible();
  await expectHeadingFocused(page);

  await noteAct(page, 'Commentaire noté sans réseau.');
  await page.reload();
  await expect(page.locator('article[data-entry]')).toContainText('Commentaire noté sans réseau.');

  await page.goto('/documents/complaint-letter');
  await expect(page.locator('.document-preview')).toBeVisible();
  for (const [field, value] of Object.entries(TYPED) as [FieldId, string][]) {
    const input = byLabel(page, field);
    if ((await input.count()) > 0) await input.fill(value);
  }
  await expect(page.getByRole('alert').filter({ hasText: u.missingTitle })).toHaveCount(0);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: u.download, exact: true }).click(),
  ]);
  const bytes = readFileSync(await download.path());
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(bytes.length).toBeGreaterThan(10_000);
});

test('the app is installable: a valid manifest with its icons, and no installability error in Chromium', async ({
  page,
  request,
  baseURL,
}) => {
  await visitOnce(page);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe('/manifest.webmanifest');
  const manifest = (await (await request.get(href ?? '')).json()) as {
    name: string;
    short_name: string;
    lang: string;
    start_url: string;
    display: string;
    theme_color: string;
    icons: { src: string; sizes: string; purpose: string }[];
  };
  expect(manifest).toMatchObject({
    name: 'Balise',
    short_name: 'Balise',
    lang: 'fr',
    start_url: '/',
    display: 'standalone',
  });
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
  for (const icon of manifest.icons) {
    const png = await (await request.get(icon.src)).body();
    // A PNG's width and height are in its IHDR chunk.
    const size = `${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`;
    expect(size, icon.src).toBe(icon.sizes);
  }
  expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose}`).sort()).toEqual([
    '192x192 any',
    '512x512 any',
    '512x512 maskable',
  ]);

  // Chromium installs nothing from a private window, which Playwright's contexts are: the
  // check runs in a browser profile of its own.
  const profile = mkdtempSync(join(tmpdir(), 'balise-install-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: process.env['BALISE_CHROMIUM'] ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    baseURL: baseURL ?? 'http://127.0.0.1:4173',
  });
  try {
    const installed = browser.pages()[0] ?? (await browser.newPage());
    await visitOnce(installed);
    const cdp = await browser.newCDPSession(installed);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  }

  // Installed, it opens on '/' without network.
  await page.context().setOffline(true);
  await page.goto('/');
  await expect(page.getByRole('link', { name: ui.home.start, exact: true })).toBeVisible();
});

test('a new version waits for "Mettre à jour"; the answers, a half-filled letter and the journal survive it', async ({
  page,
}) => {
  await visitOnce(page);
  await runJourney(page, JOURNEY, { scan: false });
  await noteAct(page, 'Acte gardé pendant la mise à jour.');
  await page.goto('/documents/complaint-letter');
  await byLabel(page, 'senderName').fill('Dominique Essai');
  await byLabel(page, 'court').fill('Lyon');

  // A second build: the worker's file changes on the server (restored afterwards).
  const original = readFileSync(DIST_WORKER, 'utf8');
  try {
    writeFileSync(DIST_WORKER, `${original}\n// version de test ${Date.now()}\n`);
    // A marker in this page's memory: it is gone only if the page reloads.
    await page.evaluate(() => {
      (window as Window & { notReloaded?: boolean }).notReloaded = true;
    });
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    const announce = page.getByRole('status').filter({ hasText: offline.update.ready });
    await expect(announce).toBeVisible({ timeout: 60_000 });
    // Nothing is applied by itself: the page and what is typed stay as they are.
    await page.waitForTimeout(1_000);
    expect(
      await page.evaluate(() => (window as Window & { notReloaded?: boolean }).notReloaded),
    ).toBe(true);
    await expect(byLabel(page, 'court')).toHaveValue('Lyon');

    // Keyboard-reachable: Tab reaches the button, Enter applies the update.
    const apply = announce.getByRole('button', { name: offline.update.apply, exact: true });
    for (let presses = 0; presses < 40; presses += 1) {
      if (await apply.evaluate((button) => button === document.activeElement)) break;
      await page.keyboard.press('Tab');
    }
    await expect(apply).toBeFocused();
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    await expect
      .poll(() =>
        page.evaluate(() => (window as Window & { notReloaded?: boolean }).notReloaded ?? false),
      )
      .toBe(false);
    await expect(page.getByRole('status').filter({ hasText: offline.update.ready })).toHaveCount(0);
  } finally {
    writeFileSync(DIST_WORKER, original);
  }

  await expect(byLabel(page, 'senderName')).toHaveValue('Dominique Essai');
  await expect(byLabel(page, 'court')).toHaveValue('Lyon');
  await page.goto('/plan');
  await expect(page.locator('ol.steps > li').first()).toBeVisible();
  await page.goto('/preuves');
  await expect(page.locator('ol.chronology [data-entry]')).toContainText(
    'Acte gardé pendant la mise à jour.',
  );
});

test('"Quitter vite" without network leaves for the recipe kept on the device, replacing the history entry', async ({
  page,
  context,
}) => {
  await visitOnce(page);
  await page.goto('/urgence');
  const length = await page.evaluate(() => history.length);
  await context.setOffline(true);
  await page.getByRole('button', { name: ui.quickExit.button, exact: true }).click();
  await expectPath(page, '/recette.html');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(neutralPage.title);
  expect(await page.evaluate(() => history.length)).toBe(length);
});

test('"Tout effacer" with the offline copy leaves no cache and no worker', async ({ page }) => {
  await visitOnce(page);
  expect(await page.evaluate(async () => (await caches.keys()).length)).toBeGreaterThan(0);
  await page.goto('/mes-reponses');
  await page.getByLabel(offline.erase.alsoOfflineCopy).check();
  await expect(page.getByRole('main')).toContainText(offline.erase.offlineCopyItem);
  await page.getByRole('button', { name: ui.session.erase, exact: true }).click();
  await page.getByRole('button', { name: ui.session.eraseYes, exact: true }).click();
  await expectPath(page, '/seance-terminee');
  expect(await page.evaluate(async () => (await caches.keys()).length)).toBe(0);
  expect(
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length),
  ).toBe(0);
});
