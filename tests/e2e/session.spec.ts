import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { documentsUi as u } from '../../src/content/fr/documents.ts';
import { journalText as t } from '../../src/content/fr/journal.ts';
import { offline } from '../../src/content/fr/offline.ts';
import { sharedSession as s } from '../../src/content/fr/shared-session.ts';
import { ui } from '../../src/content/fr/ui.ts';
import {
  answerQuestion,
  answersOf,
  expectHeadingFocused,
  expectNoAxeViolations,
  expectPath,
  fillAct,
  keepAnswersOnDevice,
  person,
  storedDatabases,
} from './helpers.ts';

// A séance's end removes the offline copy: its service worker is allowed (playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

/**
 * The counsellor's séance on a shared computer (issue 11): nothing of it reaches the device while
 * it runs, and "Terminer la séance" leaves every storage of the origin empty. Every move inside
 * the séance is a click: a reload would end it.
 */
test.describe.configure({ timeout: 180_000 });

/** A school counsellor with a pupil: the plan offers letters and the action plan. */
const COUNSELLOR = answersOf(person('a school counsellor'));

/**
 * What the origin keeps: Web Storage keys, IndexedDB databases — the page's own and those of its
 * storage buckets, where Chromium keeps the journal (src/lib/journal/place.ts) —, OPFS entries,
 * caches.
 */
async function originStorage(page: Page) {
  const databases = await storedDatabases(page);
  const rest = await page.evaluate(async () => {
    const opfs: string[] = [];
    const root = await navigator.storage.getDirectory();
    for await (const name of root.keys()) opfs.push(name);
    return {
      webStorage: [...Object.keys(localStorage), ...Object.keys(sessionStorage)],
      opfs,
      caches: await caches.keys(),
    };
  });
  return { ...rest, databases };
}

test('a séance leaves nothing on the computer: not while it runs, nor after "Terminer la séance"', async ({
  page,
}) => {
  // A first visit: the offline copy installs (the end is asked to remove it too).
  await page.goto('/');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
    timeout: 60_000,
  });

  await page.getByRole('link', { name: ui.shared.homeLink }).click();
  await expectPath(page, '/seance');
  await expectHeadingFocused(page);
  for (const line of s.how) await expect(page.getByText(line.default)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: s.start }).click();

  // The questions, with the banner on each screen.
  for (const [question, values] of COUNSELLOR) {
    await expect(page.getByRole('note', { name: ui.shared.banner })).toBeVisible();
    await answerQuestion(page, question, values);
  }
  await expectPath(page, '/plan');
  await expect(page.locator('ol.steps > li').first()).toBeVisible();
  await expectNoAxeViolations(page);

  // The journal: an act with a capture, kept in memory.
  await page.getByRole('navigation').getByRole('link', { name: ui.app.nav.journal }).click();
  await page.getByRole('link', { name: t.add, exact: true }).click();
  await fillAct(page, 'Insultes notées en séance.', 'professional');

  // The action plan as a PDF, for the pupil.
  await page.getByRole('note', { name: ui.shared.banner }).getByRole('link').click();
  await expectPath(page, '/terminer');
  await page
    .getByRole('region', { name: s.beforeTitle })
    .getByRole('link', { name: /plan d’action/ })
    .click();
  await expectPath(page, '/documents/action-plan');
  await expect(page.locator('.document-preview')).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: u.download, exact: true }).click(),
  ]);
  expect(
    readFileSync(await download.path())
      .subarray(0, 5)
      .toString('latin1'),
  ).toBe('%PDF-');

  // During the séance: nothing in Web Storage, no database, nothing in OPFS.
  const during = await originStorage(page);
  expect(during.webStorage).toEqual([]);
  expect(during.databases).toEqual([]);
  expect(during.opfs).toEqual([]);
  expect(during.caches.length).toBeGreaterThan(0);

  // The end: what it erases, the offline copy too, then the checklist on a new page.
  await page.getByRole('note', { name: ui.shared.banner }).getByRole('link').click();
  await expectPath(page, '/terminer');
  await expectHeadingFocused(page);
  await expect(page.getByText(s.nothingBefore)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel(offline.erase.alsoOfflineCopy).check();
  await page.getByRole('button', { name: s.end, exact: true }).click();
  await expectNoAxeViolations(page);
  await page.getByRole('alertdialog').getByRole('button', { name: s.yes }).click();

  await expectPath(page, '/seance-terminee');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui.session.endedTitle);
  await expect(page.getByText(s.endedAll)).toBeVisible();
  await expect(page.getByRole('region', { name: s.checklistTitle })).toBeVisible();
  await expectNoAxeViolations(page);

  const after = await originStorage(page);
  expect(after).toEqual({ webStorage: [], databases: [], opfs: [], caches: [] });
  expect(
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length),
  ).toBe(0);

  // The séance is gone: the home page starts afresh, without a banner.
  await page.getByRole('link', { name: ui.session.toHome }).click();
  await expect(page.getByRole('link', { name: ui.home.start, exact: true })).toBeVisible();
  await expect(page.getByRole('note', { name: ui.shared.banner })).toHaveCount(0);
});

test('a séance on a computer where Balise kept a journal neither shows it nor erases it unless asked', async ({
  page,
}) => {
  // Someone's answers and journal, kept on this computer.
  await page.goto('/');
  await keepAnswersOnDevice(page, { role: 'victim', age: '15-17' });
  await page.goto('/preuves');
  await page.getByRole('link', { name: t.add, exact: true }).click();
  await fillAct(page, 'Le journal de quelqu’un d’autre.', 'young');
  await expect
    .poll(async () => (await originStorage(page)).databases.join())
    .toMatch(/^balise-journal/);

  await page.getByRole('navigation').getByRole('link', { name: ui.shared.nav }).click();
  await expect(page.getByRole('heading', { name: s.priorTitle })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: s.start }).click();
  await expectPath(page, '/questions/role');
  await expect(page.locator('input[name="role"]:checked')).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.getByRole('note', { name: ui.shared.banner }).getByRole('link').click();
  await expect(page.getByLabel(s.erasePrior)).not.toBeChecked();
  await expect(page.getByText(s.priorKept)).toBeVisible();
  await page.getByRole('button', { name: s.end, exact: true }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: s.yes }).click();
  await expectPath(page, '/seance-terminee');
  await expect(page.getByText(s.endedKept)).toBeVisible();

  const kept = await originStorage(page);
  expect(kept.webStorage).toEqual(['balise:answers']);
  expect(kept.databases.join()).toMatch(/^balise-journal(-\d+)?$/);
});
