import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentId } from '../../src/engine/index.ts';
import { decide } from '../../src/engine/index.ts';
import { letterNotice } from '../../src/content/en/letter-notice.ts';
import { documentFields, documentsUi as u } from '../../src/content/fr/documents.ts';
import { fr } from '../../src/content/fr/plan.ts';
import { journalText } from '../../src/content/fr/journal.ts';
import { plainText, voice } from '../../src/i18n/voice.ts';
import type { FieldId } from '../../src/stores/documents.ts';
import { extractPdfText, pdfInfo } from '../lib/pdf/extract.ts';
import {
  answersObject,
  expectHeadingFocused,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  expectPath,
  runJourney,
  PARENT_OF_14,
} from './helpers.ts';

/**
 * The documents (`/documents/<id>`, issue 5) on a phone, as a new user would try them: a parent
 * of a 14-year-old harassed by classmates imports the journal, then opens each document the plan
 * offers, fills it, and downloads a PDF that opens and says what it must.
 */
test.use({ viewport: { width: 360, height: 740 } });
test.describe.configure({ timeout: 240_000 });

const VALID = join(import.meta.dirname, '..', 'fixtures', 'journal', 'valid.zip');

/** The hashes of the files in the fixture journal, read from its manifest. */
function fixtureHashes(): string[] {
  const files = unzipSync(readFileSync(VALID));
  const manifest = JSON.parse(Buffer.from(files['manifest.json'] ?? []).toString('utf8')) as {
    entries: { attachments: { sha256: string }[] }[];
  };
  return manifest.entries.flatMap((e) => e.attachments.map((a) => a.sha256));
}

/** What the parent types, field by field (synthetic). */
const TYPED: Partial<Record<FieldId, string>> = {
  senderName: 'Dominique Essai',
  senderBirthDate: '1980-05-04',
  senderAddress: '3 allée du Test, 69000 Lyon',
  senderEmail: 'dominique@example.org',
  childName: 'Noa Essai',
  childBirthDate: '2012-01-20',
  childClass: '4e C',
  court: 'Lyon',
  city: 'Lyon',
  harm: 'Noa ne dort plus et refuse d’aller au collège.',
  platformName: 'Instagram',
  siteName: 'Instagram',
  dataDescription: 'Photos de Noa publiées par d’autres élèves.',
  schoolName: 'Collège de l’Essai, Lyon',
};

const label = (field: FieldId) => documentFields[field].label;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A field by its label, whether or not it says "(obligatoire)". */
const byLabel = (page: Page, field: FieldId) =>
  page.getByLabel(new RegExp(`^${escape(label(field))}( ${escape(u.required)})?$`));

async function importFixtureJournal(page: Page): Promise<void> {
  await page.goto('/preuves');
  const t = journalText;
  const v = (text: Parameters<typeof voice>[0]) => voice(text, 'parent');
  const exchange = page.getByRole('region', { name: v(t.exchange.title), exact: true });
  await exchange.getByLabel(v(t.exchange.importFile), { exact: true }).setInputFiles(VALID);
  await exchange.getByRole('button', { name: v(t.exchange.import), exact: true }).click();
  await expect(exchange.getByRole('status')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('ol.chronology [data-entry]')).toHaveCount(2);
}

/** Fills every shown field the document asks for, from TYPED. */
async function fillForm(page: Page): Promise<void> {
  const inputs = page.locator('form.document-form [id^="field-"]');
  for (const id of await inputs.evaluateAll((els) => els.map((el) => el.id))) {
    const field = id.replace('field-', '') as FieldId;
    const value = TYPED[field];
    if (value === undefined) continue;
    await byLabel(page, field).fill(value);
  }
}

/** Clicks "Télécharger en PDF" and returns the file's bytes. */
async function downloadPdf(page: Page): Promise<Uint8Array> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: u.download, exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^document-\d{4}-\d{2}-\d{2}\.pdf$/);
  const path = await download.path();
  return new Uint8Array(readFileSync(path));
}

test('a parent of a 14-year-old gets the complaint letter with the journal’s chronology and hashes, the erasure request and the school report, as PDFs', async ({
  page,
}) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const answers = await runJourney(page, PARENT_OF_14, { scan: false });
  const plan = decide(answers);
  expect(plan.documents).toEqual([
    'platform-notice',
    'erasure-request',
    'complaint-letter',
    'front-desk-sheet',
    'school-report',
    'action-plan',
  ]);
  await importFixtureJournal(page);
  const hashes = fixtureHashes();

  const expected: Record<DocumentId, readonly (string | RegExp)[]> = {
    'complaint-letter': [
      'Procureur de la République',
      'Tribunal judiciaire de Lyon',
      'contre X',
      'Noa Essai',
      'que je représente légalement',
      '@someone',
      'x_anonyme_x',
      ...hashes,
    ],
    'front-desk-sheet': [
      'article 15-3',
      'main courante',
      '@someone',
      ...hashes.map((h) => h.slice(0, 12)),
    ],
    'erasure-request': ['article 51, II', 'article 17', 'CNIL', 'Noa Essai'],
    'school-report': ['Collège de l’Essai, Lyon', 'Noa Essai', '4e C', '3018', 'pHARe'],
    'platform-notice': ['article 16', 'https://www.instagram.com/stories/someone/1', 'bonne foi'],
    'action-plan': ['Prochaine étape', '3018'],
  };

  await page.goto('/plan');
  for (const id of plan.documents) {
    const title = plainText(voice(fr.documents[id].title, 'parent'));
    await page.locator(`#document-${id}`).getByRole('link', { name: title }).click();
    await expectPath(page, `/documents/${id}`);
    await expectHeadingFocused(page);
    await expect(page.locator('.document-preview')).toBeVisible();
    await expectNoAxeViolations(page);
    await fillForm(page);
    if (id === 'platform-notice') {
      await page.getByRole('button', { name: /Reprendre les adresses du journal/ }).click();
    }
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);

    const bytes = await downloadPdf(page);
    await expect(page.getByRole('status').filter({ hasText: 'est prêt' })).toBeVisible();
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const info = await pdfInfo(bytes);
    expect(info.language).toBe('fr-FR');
    expect(info.pages).toBeGreaterThan(0);
    const text = (await extractPdfText(bytes)).join('\n');
    const squashed = text.replace(/\s+/g, '');
    for (const part of expected[id]) {
      if (typeof part === 'string')
        expect(squashed, `${id}: ${part}`).toContain(part.replace(/\s+/g, ''));
      else expect(text).toMatch(part);
    }
    // Back to the plan inside the app: what was typed is still there for the next document.
    await page.locator('main .back-link').click();
    await expectPath(page, '/plan');
  }
  // Fonts and code come from the app itself; nothing typed or generated leaves the device.
  const origin = new URL(page.url()).origin;
  expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('blob:'))).toEqual([]);
  expect(requests.some((url) => url.endsWith('.ttf'))).toBe(true);
});

test('the platform notice downloads in English when English is chosen, tagged en-GB', async ({
  page,
}) => {
  await runJourney(page, PARENT_OF_14, { scan: false });
  await page.goto('/documents/platform-notice');
  const choice = page.getByRole('group', { name: u.noticeLanguage.legend });
  await expect(choice.getByRole('radio', { name: u.noticeLanguage.fr })).toBeChecked();
  await choice.getByRole('radio', { name: u.noticeLanguage.en }).check();
  const preview = page.locator('.document-preview');
  await expect(preview).toHaveAttribute('lang', 'en-GB');
  await expect(preview.locator('xpath=..')).toHaveAttribute('lang', 'en');
  await expect(preview).toContainText(letterNotice.notice.title);
  await byLabel(page, 'platformName').fill('Instagram');
  await byLabel(page, 'urls').fill('https://www.instagram.com/p/exemple/');
  await byLabel(page, 'senderName').fill('Dominique Essai');
  await byLabel(page, 'senderEmail').fill('dominique@example.org');
  await expectNoAxeViolations(page);

  const bytes = await downloadPdf(page);
  expect((await pdfInfo(bytes)).language).toBe('en-GB');
  const text = (await extractPdfText(bytes)).join('\n');
  const squashed = text.replace(/\s+/g, '');
  for (const part of [
    letterNotice.notice.title,
    'Article 16 of Regulation (EU) 2022/2065',
    'https://www.instagram.com/p/exemple/',
    letterNotice.common.goodFaith,
    'French Criminal Code',
    'Dominique Essai',
  ]) {
    expect(squashed, part).toContain(part.replace(/\s+/g, ''));
  }
  expect(text).not.toMatch(/Je déclare|bonne foi|Code pénal|\barticle\b/);

  // The choice stays after a reload, and the other letters stay French.
  await page.reload();
  await expect(page.getByRole('radio', { name: u.noticeLanguage.en })).toBeChecked();
  await page.goto('/documents/complaint-letter');
  await expect(page.locator('.document-preview')).toHaveAttribute('lang', 'fr-FR');
});

test('a missing field is named before the download, and the download waits for it', async ({
  page,
}) => {
  await runJourney(page, PARENT_OF_14, { scan: false });
  await page.goto('/documents/complaint-letter');
  await page.getByRole('button', { name: u.download, exact: true }).click();
  const summary = page.getByRole('alert').filter({ hasText: u.missingTitle });
  await expect(summary).toBeFocused();
  await expectNoAxeViolations(page);
  await summary.getByRole('link', { name: label('court'), exact: true }).click();
  await expect(byLabel(page, 'court')).toBeFocused();
});

test('a character the PDF cannot draw is named after the download, and the PDF still comes', async ({
  page,
}) => {
  await runJourney(page, PARENT_OF_14, { scan: false });
  await page.goto('/documents/platform-notice');
  await byLabel(page, 'platformName').fill('Instagram');
  await byLabel(page, 'urls').fill('https://www.instagram.com/p/exemple/');
  await byLabel(page, 'explanation').fill('Il a écrit 😀 sous chaque photo.');
  await byLabel(page, 'senderName').fill('Dominique Essai');
  await byLabel(page, 'senderEmail').fill('dominique@example.org');
  const bytes = await downloadPdf(page);
  expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
  await expect(page.getByRole('status').filter({ hasText: '😀' })).toBeVisible();
  await expectNoAxeViolations(page);
  // Editing the document makes the last download's messages stale: they go.
  await byLabel(page, 'explanation').fill('Il a écrit des insultes sous chaque photo.');
  await expect(page.getByRole('status').filter({ hasText: '😀' })).toBeHidden();
});

test('printing shows the document alone', async ({ page }) => {
  await runJourney(page, PARENT_OF_14, { scan: false });
  await page.goto('/documents/action-plan');
  await expect(page.locator('.document-preview')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.document-preview')).toBeVisible();
  await expect(page.getByRole('button', { name: u.download, exact: true })).toBeHidden();
  await expect(page.locator('h1')).toBeHidden();
  await expect(page.locator('.quick-exit')).toBeHidden();
});

test('at 320 px and 200 % zoom the document page does not scroll sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await runJourney(page, PARENT_OF_14, { scan: false });
  await importFixtureJournal(page);
  await page.goto('/documents/complaint-letter');
  await expect(page.locator('.document-preview table').first()).toBeVisible();
  await expectNoHorizontalScroll(page);
  await page.setViewportSize({ width: 640, height: 740 });
  await page.evaluate(() => {
    document.documentElement.style.zoom = '2';
  });
  await expectNoHorizontalScroll(page);
});

test('an unknown document and a document that does not fit the answers each explain themselves', async ({
  page,
}) => {
  await runJourney(page, PARENT_OF_14, { scan: false });
  await page.goto('/documents/inconnu');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(u.unknownTitle);
  await expectNoAxeViolations(page);
  const witness = answersObject([
    ['role', ['witness']],
    ['danger', ['none']],
  ]);
  await page.evaluate((answers) => {
    sessionStorage.setItem('balise:answers', JSON.stringify({ version: 1, answers }));
  }, witness);
  await page.goto('/documents/complaint-letter');
  await expect(page.getByText(u.notOfferedTitle)).toBeVisible();
  await expectNoAxeViolations(page);
});
