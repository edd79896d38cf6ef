import { expect, test } from '@playwright/test';
import { trackerText as t } from '../../src/content/fr/tracker.ts';
import {
  expectHeadingFocused,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  keepAnswersOnDevice,
} from './helpers.ts';

/**
 * The follow-up of the reports made (issue 14): from the complaint step, the person notes a
 * complaint filed four months ago; /suivi and the plan say that three months without news open
 * the civil-party route; the answer to a platform report is recorded. Axe on each screen, 320 px.
 */
test('a complaint noted from its step is followed on /suivi and on the plan, axe-clean at 320 px', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date('2026-07-15T10:00:00'));
  await page.goto('/');
  await keepAnswersOnDevice(page, {
    role: 'victim',
    danger: 'none',
    age: 'adult',
    contentKinds: ['threats'],
    frequency: 'repeated',
    visibility: 'private',
    author: 'unknown',
  });
  await page.goto('/plan/file-complaint');
  await page
    .getByRole('link', { name: new RegExp(t.kinds.complaint.replace(/[()]/g, '.')) })
    .click();
  await expectHeadingFocused(page);
  await expect(page.getByLabel(t.form.kind)).toHaveValue('complaint');
  await page.getByLabel(t.form.sentOn).fill('2026-03-02');
  await page.getByLabel(t.form.reference, { exact: false }).fill('Récépissé 2026/0042');
  await page.getByRole('button', { name: t.form.save }).click();
  const item = page.getByRole('region', { name: t.listTitle }).getByRole('listitem');
  await expect(item).toContainText(t.next['civil-party']);
  await expectNoAxeViolations(page);

  // A platform's refusal, recorded with its answer.
  await page.getByLabel(t.form.kind).selectOption('platform');
  await page.getByLabel(t.form.sentOn).fill('2026-07-01');
  await page.getByLabel(t.form.to, { exact: false }).fill('Instagram');
  await page.getByLabel(t.form.answered, { exact: false }).check();
  await page.getByLabel(t.form.answerOn).fill('2026-07-14');
  await page.getByLabel(t.form.outcomes.refused).check();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: t.form.save }).click();
  await expect(page.locator('[data-report="platform"]')).toContainText(t.next['platform-appeal']);
  await page.setViewportSize({ width: 320, height: 700 });
  await expectNoHorizontalScroll(page);

  // The plan says where each stands, and survives a reload (kept on the device, as chosen).
  await page.goto('/plan');
  const summary = page.getByRole('region', { name: t.plan.title });
  await expect(summary.locator('[data-report="complaint"]')).toContainText(t.next['civil-party']);
  await expect(summary.locator('[data-report="platform"]')).toContainText(
    t.next['platform-appeal'],
  );
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);
});
