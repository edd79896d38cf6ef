import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { ui } from '../../src/content/fr/ui.ts';
import { screens } from '../../src/content/fr/screens.ts';
import {
  answerQuestion,
  answersOf,
  expectHeadingFocused,
  expectNoAxeViolations,
  expectPath,
  person,
  runJourney,
} from './helpers.ts';

const teen = person('a 13-year-old');

async function openSummary(page: Page): Promise<void> {
  await page.getByRole('link', { name: ui.app.nav.answers }).click();
  await expectPath(page, '/mes-reponses');
  await expectHeadingFocused(page);
}

const rows = (page: Page) => page.locator('[data-question]');

test.beforeEach(async ({ page }) => {
  await runJourney(page, answersOf(teen), { scan: false });
});

test('"Mes réponses" lists every answer, each with a "Modifier" link to its question', async ({
  page,
}) => {
  await openSummary(page);
  const answers = answersOf(teen);
  await expect(rows(page)).toHaveCount(answers.length);
  for (const [index, [question]] of answers.entries()) {
    const row = rows(page).nth(index);
    await expect(row).toHaveAttribute('data-question', question);
    await expect(row.locator('dd').first()).not.toHaveText(screens.summary.notAnswered);
    const change = row.getByRole('link', { name: screens.summary.change });
    await expect(change).toHaveText(screens.summary.change);
    await expect(change).toHaveAttribute('href', `/questions/${question}?depuis=resume`);
  }
  await expectNoAxeViolations(page);
});

test('becoming a witness drops the questions that no longer apply, and the complaint step', async ({
  page,
}) => {
  await expect(page.locator('#step-file-complaint')).toHaveAttribute('data-status', 'todo');
  await openSummary(page);
  await expect(page.locator('[data-question="complaint"]')).toHaveCount(1);

  await page
    .locator('[data-question="role"]')
    .getByRole('link', { name: screens.summary.change })
    .click();
  await expectPath(page, '/questions/role');
  await expect(page.locator('input[value="victim"]')).toBeChecked();
  await answerQuestion(page, 'role', ['witness'], '/mes-reponses');

  // Only the person targeted files a complaint; a witness of public posts is not asked who wrote
  // them, nor the context, nor the date of the last act.
  for (const gone of ['complaint', 'author', 'context', 'lastAct']) {
    await expect(page.locator(`[data-question="${gone}"]`), gone).toHaveCount(0);
  }
  await expect(rows(page)).toHaveCount(answersOf(teen).length - 4);

  await page.getByRole('main').getByRole('link', { name: screens.summary.backToPlan }).click();
  await expectPath(page, '/plan');
  const complaint = page.locator('#step-file-complaint');
  await expect(complaint).toHaveAttribute('data-status', 'not-applicable');
  await expect(complaint.getByText(screens.plan.whyNot, { exact: true })).toBeVisible();
});

test('"Marquer comme fait" marks a step done, survives a reload, and can be undone', async ({
  page,
}) => {
  const step = page.locator('#step-keep-evidence');
  const toggle = step.getByRole('button', { name: screens.plan.markDone });
  await expect(step).toHaveAttribute('data-status', 'todo');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');

  await toggle.click();
  await expect(step).toHaveAttribute('data-status', 'done');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(step.locator('.badge--done')).toHaveText(screens.plan.status.done);

  await page.reload();
  await expect(step).toHaveAttribute('data-status', 'done');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');

  await openSummary(page);
  await expect(page.locator('.answers__row').last().locator('dd')).not.toHaveText(
    screens.summary.noDoneSteps,
  );
  await page.getByRole('main').getByRole('link', { name: screens.summary.backToPlan }).click();

  await toggle.click();
  await expect(step).toHaveAttribute('data-status', 'todo');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
});
