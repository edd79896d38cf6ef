import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { traces } from '../../src/content/fr/traces.ts';
import { ui } from '../../src/content/fr/ui.ts';
import {
  expectHeadingFocused,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  expectPath,
  keepAnswersOnDevice,
  storedDatabases,
} from './helpers.ts';

// "Effacer mes traces" removes the offline copy: its service worker is allowed (playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

const PATH = '/effacer-mes-traces';
const w = traces.balise;

/** From `start`, the footer's link, as someone who wants to leave no trace finds it. */
async function openFromFooter(page: Page, start = '/'): Promise<void> {
  await page.goto(start);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('contentinfo').getByRole('link', { name: ui.app.traces }).click();
  await expectPath(page, PATH);
  await expectHeadingFocused(page);
}

test('"Effacer mes traces" is reached from the footer, focuses its heading, keeps the neutral title, passes axe', async ({
  page,
}) => {
  // The journal's page opens its database: there is something to erase.
  await openFromFooter(page, '/preuves');
  const names = () => storedDatabases(page);
  expect((await names()).length).toBeGreaterThan(0);
  await expect(page.locator('h1')).toHaveText(traces.title);
  await expect(page).toHaveTitle('Balise');
  for (const browser of ['Chrome', 'Firefox', 'Samsung Internet']) {
    await expect(page.getByRole('term').filter({ hasText: browser })).toBeVisible();
  }
  await expectNoAxeViolations(page);

  // Asking before erasing the journal: the question is read and scanned too.
  const journal = page.getByRole('region', { name: w.journal.title });
  await journal.getByRole('button', { name: w.journal.button }).click();
  await expect(journal.getByRole('alertdialog').locator('p').first()).toBeFocused();
  await expectNoAxeViolations(page);
  await journal.getByRole('button', { name: w.journal.yes }).click();
  await expect(journal.getByRole('status')).toHaveText(w.journal.done);
  expect(await names()).toEqual([]);
});

test('at 320 px the page does not scroll sideways and passes axe', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openFromFooter(page);
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);
});

test('erasing the answers on this page keeps the person on it, and the answers are gone', async ({
  page,
}) => {
  await page.goto('/');
  await keepAnswersOnDevice(page, { role: 'victim', age: '15-17' });
  await openFromFooter(page);
  // A teenager is spoken to with "tu".
  await expect(page.locator('main')).not.toContainText(/\b(vous|votre|vos)\b/i);
  const answers = page.getByRole('region', { name: w.answers.title });
  await answers.getByRole('button', { name: w.answers.button }).click();
  await answers.getByRole('button', { name: w.answers.yes }).click();
  await expect(answers.getByRole('status')).toHaveText(w.answers.done);
  await expectPath(page, PATH);
  expect(await page.evaluate(() => localStorage.getItem('balise:answers'))).toBeNull();
});

test('the offline copy is removed from this page: no worker, no cache', async ({ page }) => {
  await page.goto('/');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
    timeout: 60_000,
  });
  await page.getByRole('contentinfo').getByRole('link', { name: ui.app.traces }).click();
  await expectPath(page, PATH);
  const copy = page.getByRole('region', { name: w.offlineCopy.title });
  await copy.getByRole('button', { name: w.offlineCopy.button }).click();
  await copy.getByRole('button', { name: w.offlineCopy.yes }).click();
  await expect(copy.getByRole('status')).toHaveText(w.offlineCopy.done);
  expect(await page.evaluate(async () => (await caches.keys()).length)).toBe(0);
  expect(
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length),
  ).toBe(0);
});
