import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { deadlinesText as t } from '../../src/content/fr/deadlines.ts';
import {
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  fillAct,
  keepAnswersOnDevice,
} from './helpers.ts';

/**
 * The plan's "Délais pour agir" (issue 14), dated from an act noted in the journal: the insult's
 * 3 months (long passed: the act is of March 2024), harassment's 6 years from it, and the dates
 * still ahead saved to a calendar file made on the device.
 */
test('the plan dates the limits to act from the journal, passes axe at 320 px, and saves them to a calendar', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await keepAnswersOnDevice(page, {
    role: 'victim',
    danger: 'none',
    age: 'adult',
    contentKinds: ['insults'],
    frequency: 'repeated',
    visibility: 'public',
  });
  await page.goto('/preuves/nouveau');
  await fillAct(page, 'Synthétique : une insulte sous une photo.');
  await page.goto('/plan');
  const section = page.getByRole('region', { name: t.title });
  await expect(section.locator('[data-deadline="press"]')).toHaveAttribute('data-passed', 'true');
  await expect(section.locator('[data-deadline="harassment"]')).toContainText('3 mars 2030');
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 320, height: 700 });
  await expectNoHorizontalScroll(page);

  const download = page.waitForEvent('download');
  await section.getByRole('button', { name: t.ics }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^agenda-\d{4}-\d{2}-\d{2}\.ics$/);
  const path = testInfo.outputPath('agenda.ics');
  await file.saveAs(path);
  const ics = readFileSync(path, 'utf8');
  expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
  expect(ics).toContain('DTSTART;VALUE=DATE:20300302');
  await expect(section.getByRole('status')).toContainText(file.suggestedFilename());
});
