import type { Locator, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { journalText as t } from '../../src/content/fr/journal.ts';
import { voice } from '../../src/i18n/voice.ts';

/**
 * What the journal leaves on the device's disk, read with the browser's own storage APIs rather
 * than through the app: an export must not outlive its download in clear.
 */

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'journal');

const region = (page: Page, name: string): Locator =>
  page.getByRole('region', { name, exact: true });

/** Every file of the origin-private file system, with its folder. */
function filesOnDisk(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const found: string[] = [];
    const walk = async (folder: FileSystemDirectoryHandle, prefix: string): Promise<void> => {
      for await (const [name, handle] of folder.entries() as AsyncIterable<
        [string, FileSystemHandle]
      >) {
        if (handle.kind === 'directory') {
          await walk(handle as FileSystemDirectoryHandle, `${prefix}${name}/`);
        } else found.push(`${prefix}${name}`);
      }
    };
    await walk(await navigator.storage.getDirectory(), '');
    return found;
  });
}

async function exportJournal(page: Page, passphrase: string | null): Promise<void> {
  const exchange = region(page, t.exchange.title);
  const encrypt = exchange.getByLabel(t.exchange.exportEncrypted, { exact: true });
  if (passphrase === null) await encrypt.uncheck();
  else {
    await encrypt.check();
    await exchange.getByLabel(t.lock.passphrase, { exact: true }).fill(passphrase);
  }
  const download = page.waitForEvent('download');
  await exchange.getByRole('button', { name: t.exchange.export, exact: true }).click();
  await download;
  await expect(exchange.getByRole('status')).toBeVisible();
}

test('an export leaves nothing readable behind: never kept in clear, the encrypted copy gone at the next start and on lock', async ({
  page,
}) => {
  await page.goto('/preuves');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.title);
  const exchange = region(page, t.exchange.title);
  await exchange
    .getByLabel(t.exchange.importFile, { exact: true })
    .setInputFiles(join(FIXTURES, 'valid.zip'));
  await exchange.getByRole('button', { name: t.exchange.import, exact: true }).click();
  await expect(exchange.getByRole('status')).toBeVisible({ timeout: 30_000 });

  // A plain export is handed to the browser without a copy in the app's storage.
  await exportJournal(page, null);
  expect(await filesOnDisk(page)).toEqual([]);

  // An encrypted export is streamed to disk (unreadable without its passphrase)…
  await exportJournal(page, 'pour mon avocate, 2024');
  expect(await filesOnDisk(page)).toEqual([
    expect.stringMatching(/^balise-export\/archive-.+\.zip\.enc$/),
  ]);
  // …and is gone at the next start, even if the tab closed before the download was done.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.title);
  await expect.poll(() => filesOnDisk(page)).toEqual([]);

  // Locking the journal removes it too.
  await exportJournal(page, 'pour mon avocate, 2024');
  expect(await filesOnDisk(page)).toHaveLength(1);
  const lock = region(page, t.lock.title);
  await lock.getByLabel(t.lock.passphrase, { exact: true }).fill('une phrase de passe');
  await lock.getByLabel(voice(t.lock.confirm, null), { exact: true }).fill('une phrase de passe');
  await lock.getByRole('button', { name: t.lock.set, exact: true }).click();
  await lock.getByRole('button', { name: t.lock.lockNow, exact: true }).click();
  await expect(page.getByRole('heading', { name: t.lock.unlockTitle })).toBeVisible();
  await expect.poll(() => filesOnDisk(page)).toEqual([]);
});
