import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { ui } from '../../src/content/fr/ui.ts';
import { answerQuestion, expectNoAxeViolations, expectPath, storedDatabases } from './helpers.ts';

/** Sends the neutral site's address to a local stand-in: nothing leaves the machine. */
async function standInForNeutralSite(page: Page): Promise<void> {
  await page.route('https://www.google.fr/**', (route) =>
    route.fulfill({ body: 'neutre', contentType: 'text/html' }),
  );
}

/** A victim who answered the first questions, then opened the plan. */
async function reachPlan(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('link', { name: ui.home.start, exact: true }).click();
  await answerQuestion(page, 'role', ['victim'], '/questions/danger');
  await answerQuestion(page, 'danger', ['none'], '/questions/age');
  await page.goto('/plan');
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(ui.paused.title);
}

test('after "Quitter vite", Back shows a neutral screen, not the plan, until "Reprendre"', async ({
  page,
}) => {
  await standInForNeutralSite(page);
  await reachPlan(page);
  await page.goto('/documents/complaint-letter');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The tab never names the page, so the history list does not either.
  await expect(page).toHaveTitle('Balise');

  await page.getByRole('button', { name: ui.quickExit.button, exact: true }).click();
  await expect(page).toHaveURL(ui.quickExit.destination);

  for (const path of ['/plan', '/questions/age']) {
    await page.goBack();
    await expectPath(page, path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui.paused.title);
    await expect(page.getByRole('navigation')).toHaveCount(0);
    await expect(page.locator('body')).not.toContainText(ui.app.tagline);
    await expect(page).toHaveTitle('Balise');
  }
  await expectNoAxeViolations(page);

  // A reload, or the address typed again, shows the same neutral screen.
  await page.goto('/plan');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui.paused.title);
  await page.getByRole('button', { name: ui.paused.resume }).click();
  await expect(page.getByRole('navigation')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(ui.paused.title);
});

test('"Tout effacer" deletes the journal database itself and ends on a neutral screen', async ({
  page,
}) => {
  await reachPlan(page);
  await page.goto('/preuves');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const databases = () => storedDatabases(page);
  await expect.poll(databases).toContainEqual(expect.stringMatching(/^balise-journal/));

  await page.goto('/mes-reponses');
  await page.getByRole('button', { name: ui.session.erase }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: ui.session.eraseYes }).click();
  await expectPath(page, '/seance-terminee');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui.session.endedTitle);
  expect(await databases()).toEqual([]);
  const keys = await page.evaluate(() => [
    ...Object.keys(sessionStorage),
    ...Object.keys(localStorage),
  ]);
  expect(keys.filter((key) => key.startsWith('balise:'))).toEqual([]);
  await expectNoAxeViolations(page);
});

test('"Tout effacer" in one tab erases the copy held by another open tab', async ({
  page,
  context,
}) => {
  await reachPlan(page);
  const other = await context.newPage();
  await other.goto('/');
  await other.getByRole('link', { name: ui.home.start, exact: true }).click();
  await answerQuestion(other, 'role', ['parent'], '/questions/danger');
  const saved = () => other.evaluate(() => sessionStorage.getItem('balise:answers'));
  expect(await saved()).not.toBeNull();

  await page.goto('/mes-reponses');
  await page.getByRole('button', { name: ui.session.erase }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: ui.session.eraseYes }).click();
  await expectPath(page, '/seance-terminee');

  await expectPath(other, '/seance-terminee');
  await expect(other.getByRole('heading', { level: 1 })).toHaveText(ui.session.endedTitle);
  expect(await saved()).toBeNull();
});

test.describe('on a phone', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 780 } });

  test('the exit is the button; the keyboard shortcut is not offered', async ({ page }) => {
    await page.goto('/');
    await expect(
      page.getByRole('button', { name: ui.quickExit.button, exact: true }),
    ).toBeVisible();
    await expect(page.getByText(ui.quickExit.hint)).toHaveCount(0);
  });
});

test('with a keyboard and mouse, the shortcut is said', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText(ui.quickExit.hint)).toBeVisible();
});
