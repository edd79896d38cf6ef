import type { Locator, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { documentFields, documentsUi as u } from '../../src/content/fr/documents.ts';
import { fr } from '../../src/content/fr/plan.ts';
import { journalText as t } from '../../src/content/fr/journal.ts';
import { ui } from '../../src/content/fr/ui.ts';
import { decide } from '../../src/engine/index.ts';
import { fill, plainText, voice } from '../../src/i18n/voice.ts';
import { counted } from '../../src/i18n/plural.ts';
import type { FieldId } from '../../src/stores/documents.ts';
import { answersOf, expectPath, fillAct, person, runJourney } from './helpers.ts';

// This file is about the offline copy: its service worker is allowed (playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

/**
 * Balise with the network cut after one visit (issue 11), beyond offline.spec.ts: the journal's
 * lock, export and import, and every document's PDF download of a plan that offers all five.
 */
test.describe.configure({ timeout: 240_000 });

/** A school counsellor with a pupil: the plan offers every document. */
const COUNSELLOR = answersOf(person('a school counsellor'));
const w = (text: Parameters<typeof voice>[0]) => voice(text, 'professional');

/** What the counsellor types in the letters (synthetic). */
const TYPED: Partial<Record<FieldId, string>> = {
  senderName: 'Dominique Essai',
  senderBirthDate: '1980-05-04',
  senderAddress: '3 allée du Test, 69000 Lyon',
  senderEmail: 'dominique@example.org',
  senderFunction: 'Conseillère principale d’éducation',
  childName: 'Noa Essai',
  childBirthDate: '2012-01-20',
  childClass: '4e C',
  court: 'Lyon',
  city: 'Lyon',
  harm: 'Noa ne dort plus.',
  platformName: 'Instagram',
  siteName: 'Instagram',
  urls: 'https://www.instagram.com/p/essai',
  explanation: 'Des insultes publiques.',
  dataDescription: 'Photos de Noa publiées par d’autres élèves.',
  schoolName: 'Collège de l’Essai, Lyon',
  facts: 'Des insultes sous chaque photo.',
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** First visit, then the network cut once the worker holds the offline copy. */
async function visitThenCut(page: Page): Promise<void> {
  await page.goto('/');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
    timeout: 60_000,
  });
  await page.context().setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
}

const region = (page: Page, name: string): Locator =>
  page.getByRole('region', { name, exact: true });

test('with the network cut, the journal locks, unlocks, exports and imports back its act', async ({
  page,
}, testInfo) => {
  await visitThenCut(page);
  await runJourney(page, COUNSELLOR, { scan: false });
  await page.getByRole('navigation').getByRole('link', { name: ui.app.nav.journal }).click();
  await page.getByRole('link', { name: t.add, exact: true }).click();
  await fillAct(page, 'Noté sans réseau.', 'professional');
  await page.goto('/preuves');
  const entries = page.locator('ol.chronology [data-entry]');
  await expect(entries).toHaveCount(1);

  // Lock, then a reload (from the device): the passphrase opens it again.
  const passphrase = 'le chat dort sur le radiateur';
  const lock = region(page, t.lock.title);
  await lock.getByLabel(t.lock.passphrase, { exact: true }).fill(passphrase);
  await lock.getByLabel(w(t.lock.confirm), { exact: true }).fill(passphrase);
  await lock.getByRole('button', { name: t.lock.set, exact: true }).click();
  await expect(lock.getByRole('status')).toHaveText(t.lock.done, { timeout: 30_000 });
  await page.reload();
  const unlock = region(page, t.lock.unlockTitle);
  await expect(entries).toHaveCount(0);
  await unlock.getByLabel(t.lock.passphrase, { exact: true }).fill(passphrase);
  await unlock.getByRole('button', { name: t.lock.unlock, exact: true }).click();
  await expect(entries).toHaveCount(1, { timeout: 30_000 });

  // Export, wipe, import: the act is back.
  const exchange = region(page, w(t.exchange.title));
  const downloading = page.waitForEvent('download');
  await exchange.getByRole('button', { name: t.exchange.export, exact: true }).click();
  const archive = testInfo.outputPath('journal.zip');
  await (await downloading).saveAs(archive);
  const wipe = region(page, t.wipe.title);
  await wipe.getByRole('button', { name: t.wipe.button, exact: true }).click();
  await wipe.getByRole('button', { name: t.wipe.yes, exact: true }).click();
  await expect(entries).toHaveCount(0);
  await exchange.getByLabel(w(t.exchange.importFile), { exact: true }).setInputFiles(archive);
  await exchange.getByRole('button', { name: t.exchange.import, exact: true }).click();
  await expect(exchange.getByRole('status')).toHaveText(
    fill(t.exchange.imported, {
      added: counted(t.exchange.added, 1),
      skipped: counted(t.exchange.skipped, 0),
    }),
    { timeout: 30_000 },
  );
  await expect(entries).toHaveCount(1);
  // Still cut: a request that only the server could answer fails.
  const reach = () =>
    page.evaluate(() =>
      fetch(`/absent-${String(Date.now())}.txt`).then(
        () => 'reached',
        () => 'failed',
      ),
    );
  expect(await reach()).toBe('failed');
});

test('with the network cut, every document of the plan downloads as a PDF', async ({ page }) => {
  await visitThenCut(page);
  const answers = await runJourney(page, COUNSELLOR, { scan: false });
  const documents = decide(answers).documents;
  expect(documents).toEqual(
    expect.arrayContaining([
      'platform-notice',
      'erasure-request',
      'complaint-letter',
      'school-report',
      'action-plan',
    ]),
  );
  for (const id of documents) {
    await page
      .locator(`#document-${id}`)
      .getByRole('link', { name: plainText(w(fr.documents[id].title)) })
      .click();
    await expectPath(page, `/documents/${id}`);
    await expect(page.locator('.document-preview')).toBeVisible();
    // The fields TYPED knows, and every other required one with a plain value.
    const inputs = page.locator('form.document-form [id^="field-"]');
    const fields = await inputs.evaluateAll((els) =>
      els.map((el) => ({
        id: el.id,
        type: el.getAttribute('type'),
        required: el.hasAttribute('required'),
      })),
    );
    for (const { id: fieldId, type, required } of fields) {
      const field = fieldId.replace('field-', '') as FieldId;
      const value = TYPED[field] ?? (required ? (type === 'date' ? '2012-01-20' : 'Essai') : null);
      if (value === null) continue;
      const label = documentFields[field].label;
      await page.getByLabel(new RegExp(`^${escape(label)}( ${escape(u.required)})?$`)).fill(value);
    }
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: u.download, exact: true }).click(),
    ]);
    const head = readFileSync(await download.path())
      .subarray(0, 5)
      .toString('latin1');
    expect(head, id).toBe('%PDF-');
    await page
      .getByRole('navigation')
      .getByRole('link', { name: w(ui.app.nav.plan) })
      .click();
    await expectPath(page, '/plan');
  }
});
