import type { BrowserContext, Page } from '@playwright/test';
import { chromium, expect, test } from '@playwright/test';
import { createHash, randomBytes, randomInt, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { journalText as t } from '../../src/content/fr/journal.ts';
import { voice } from '../../src/i18n/voice.ts';
import type { SaveItem } from '../../src/lib/journal/db.ts';
import { createMemoryJournal } from '../../src/lib/journal/db.ts';
import type { JournalEntry } from '../../src/lib/journal/model.ts';
import { exportJournal } from '../../src/lib/journal/zip-export.ts';
import { fillAct, screenshot, storedDatabases } from './helpers.ts';

/**
 * What the journal leaves in a real Chromium profile's files, not through the app's own API: the
 * profile folder is searched byte by byte for an act's text and a file's content, as someone who
 * copied the phone's storage would. Issue 16, item 4 (lock and wipe) and item 3's import path.
 * Last, the move that makes it possible (a fresh storage bucket at each lock), seen by two tabs.
 */

test.describe.configure({ mode: 'serial', timeout: 180_000 });

const CHROMIUM_ARGS = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'scripts', 'chromium-args.json'), 'utf8'),
) as string[];
const PASSPHRASE = 'tulipe radis gondole phare saule';

/**
 * A marker found nowhere else: random capitals G–Z, so that no 4 bytes of it repeat the hex of
 * the ids and hashes stored beside it (LevelDB compresses its tables with Snappy, which would
 * replace such repeats and hide the text from a plain search).
 */
function marker(length: number): string {
  return Array.from({ length }, () => String.fromCharCode(71 + randomInt(20))).join('');
}

/**
 * Files of the profile holding a piece of `text` (any 24-character slice of it, as one-byte
 * Latin-1/UTF-8 or as UTF-16LE, the two ways V8 and LevelDB store strings).
 */
function filesHolding(folder: string, text: string): string[] {
  const needles: Buffer[] = [];
  for (let start = 0; start + 24 <= text.length; start += 24) {
    const piece = text.slice(start, start + 24);
    needles.push(Buffer.from(piece, 'latin1'), Buffer.from(piece, 'utf16le'));
  }
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const info = statSync(path, { throwIfNoEntry: false });
      if (info?.isDirectory()) walk(path);
      else if (info?.isFile()) {
        const bytes = readFileSync(path);
        if (needles.some((needle) => bytes.includes(needle))) {
          found.push(path.slice(folder.length + 1));
        }
      }
    }
  };
  walk(folder);
  return found;
}

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

/** A Chromium profile of its own, opened and closed like a phone's browser. */
function profileBrowser(baseURL: string | undefined) {
  const folder = mkdtempSync(join(tmpdir(), 'balise-disk-'));
  let context: BrowserContext | null = null;
  return {
    folder,
    /** Opens the browser on `/preuves`; `before` runs first, on the home page. */
    async open(before?: (page: Page) => Promise<void>): Promise<Page> {
      context = await chromium.launchPersistentContext(folder, {
        executablePath: process.env['BALISE_CHROMIUM'] ?? '/usr/bin/chromium',
        args: CHROMIUM_ARGS,
        baseURL: baseURL ?? 'http://127.0.0.1:4173',
        acceptDownloads: true,
      });
      const page = context.pages()[0] ?? (await context.newPage());
      if (before) {
        await page.goto('/');
        await before(page);
      }
      await page.goto('/preuves');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.title);
      return page;
    },
    /** Closes the browser: what it kept is now only in its files. */
    async close(): Promise<void> {
      await context?.close();
      context = null;
    },
    async dispose(): Promise<void> {
      await context?.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** Writes an act through the form: `text` as its description, `fileText` inside its capture. */
async function addAct(page: Page, text: string, fileText: string): Promise<void> {
  await page.getByRole('link', { name: t.add, exact: true }).click();
  await fillAct(page, text, null, screenshot(fileText));
  await page.goto('/preuves');
}

async function setLock(page: Page): Promise<void> {
  const lock = region(page, t.lock.title);
  await lock.getByLabel(t.lock.passphrase, { exact: true }).fill(PASSPHRASE);
  await lock.getByLabel(voice(t.lock.confirm, null), { exact: true }).fill(PASSPHRASE);
  await lock.getByRole('button', { name: t.lock.set, exact: true }).click();
  await expect(lock.getByRole('status')).toHaveText(t.lock.done, { timeout: 60_000 });
  await lock.getByRole('button', { name: t.lock.lockNow, exact: true }).click();
  await expect(page.getByRole('heading', { name: t.lock.unlockTitle })).toBeVisible();
}

async function wipe(page: Page): Promise<void> {
  const panel = region(page, t.wipe.title);
  await panel.getByRole('button', { name: t.wipe.button, exact: true }).click();
  await panel.getByRole('button', { name: t.wipe.yes, exact: true }).click();
  await expect(panel.getByText(t.wipe.done)).toBeVisible();
}

interface Markers {
  readonly text: string;
  readonly file: string;
}

/** Where each marker is found in the profile's files. */
const traces = (folder: string, markers: Markers) => ({
  text: filesHolding(folder, markers.text),
  file: filesHolding(folder, markers.file),
});

const NOTHING = { text: [], file: [] };

/** Runs `work` in a profile of its own with new markers, then deletes the profile. */
async function inProfile(
  baseURL: string | undefined,
  work: (browser: ReturnType<typeof profileBrowser>, markers: Markers) => Promise<void>,
): Promise<void> {
  const browser = profileBrowser(baseURL);
  try {
    await work(browser, { text: marker(120), file: marker(3000) });
  } finally {
    await browser.dispose();
  }
}

test('an act written in clear leaves no readable trace in the profile once locked, nor once wiped', async ({
  baseURL,
}) => {
  await inProfile(baseURL, async (browser, markers) => {
    let page = await browser.open();
    await addAct(page, markers.text, markers.file);
    await browser.close();
    // The check is real: both are found while the journal is in clear.
    const inClear = traces(browser.folder, markers);
    expect(inClear.text.length, JSON.stringify(inClear)).toBeGreaterThan(0);
    expect(inClear.file.length, JSON.stringify(inClear)).toBeGreaterThan(0);

    page = await browser.open();
    await setLock(page);
    await browser.close();
    expect(traces(browser.folder, markers)).toEqual(NOTHING);

    // Still all there behind the passphrase.
    page = await browser.open();
    const unlock = region(page, t.lock.unlockTitle);
    await unlock.getByLabel(t.lock.passphrase, { exact: true }).fill(PASSPHRASE);
    await unlock.getByRole('button', { name: t.lock.unlock, exact: true }).click();
    await expect(page.locator('ol.chronology [data-entry]')).toHaveCount(1);
    await wipe(page);
    await browser.close();
    expect(traces(browser.folder, markers)).toEqual(NOTHING);
  });
});

test('"Tout effacer" on a journal in clear leaves no readable trace in the profile', async ({
  baseURL,
}) => {
  await inProfile(baseURL, async (browser, markers) => {
    const page = await browser.open();
    await addAct(page, markers.text, markers.file);
    expect(traces(browser.folder, markers).text.length).toBeGreaterThan(0);
    await wipe(page);
    await browser.close();
    expect(traces(browser.folder, markers)).toEqual(NOTHING);
  });
});

test('an export imported into an empty journal, then locked, leaves no readable trace in the profile', async ({
  baseURL,
}) => {
  await inProfile(baseURL, async (browser, markers) => {
    let page = await browser.open();
    await addAct(page, markers.text, markers.file);
    const exchange = region(page, t.exchange.title);
    await exchange.getByLabel(t.exchange.exportEncrypted, { exact: true }).uncheck();
    const downloading = page.waitForEvent('download');
    await exchange.getByRole('button', { name: t.exchange.export, exact: true }).click();
    const archive = join(browser.folder, '..', `${browser.folder.split('/').pop() ?? ''}.zip`);
    await (await downloading).saveAs(archive);
    await wipe(page);
    await browser.close();
    expect(traces(browser.folder, markers)).toEqual(NOTHING);

    page = await browser.open();
    const importer = region(page, t.exchange.title);
    await importer.getByLabel(t.exchange.importFile, { exact: true }).setInputFiles(archive);
    await importer.getByRole('button', { name: t.exchange.import, exact: true }).click();
    await expect(page.locator('ol.chronology [data-entry]')).toHaveCount(1, { timeout: 30_000 });
    await browser.close();
    rmSync(archive, { force: true });
    const imported = traces(browser.folder, markers);
    expect(imported.text.length, JSON.stringify(imported)).toBeGreaterThan(0);

    page = await browser.open();
    await setLock(page);
    await browser.close();
    expect(traces(browser.folder, markers)).toEqual(NOTHING);
  });
});

/**
 * A plain export that a nearly full device cannot take whole: 200 small acts holding the markers
 * (the first batch the import writes), then 40 acts with a 1 MB capture each (the next batch).
 */
async function tooBigArchive(markers: Markers): Promise<Buffer> {
  const repo = createMemoryJournal();
  const items: SaveItem[] = [];
  for (let i = 0; i < 240; i += 1) {
    const bytes =
      i < 10
        ? screenshot(markers.file)
        : i >= 200
          ? screenshot(randomBytes(1024 * 1024).toString('base64'))
          : null;
    const file = bytes && {
      meta: {
        id: randomUUID(),
        name: `capture-${i}.png`,
        type: 'image/png',
        size: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        addedAt: '2024-03-04T08:00:00.000Z',
      },
      data: new Blob([new Uint8Array(bytes)], { type: 'image/png' }),
    };
    const entry: JournalEntry = {
      id: randomUUID(),
      checks: [],
      versions: [],
      link: null,
      trimmed: [],
      occurredAt: '2024-03-03T21:15',
      approximate: false,
      capturedAt: '2024-03-04T08:00:00.000Z',
      updatedAt: '2024-03-04T08:00:00.000Z',
      platform: 'instagram',
      where: '',
      url: '',
      conversation: '',
      author: '',
      kinds: ['insults'],
      description: `${markers.text} ${i}`,
      attachments: file ? [file.meta] : [],
    };
    items.push({ entry, added: file ? [file] : [], removed: [] });
  }
  await repo.saveMany(items);
  const chunks: Uint8Array[] = [];
  await exportJournal(repo, (chunk) => chunks.push(chunk.slice()), {
    appVersion: '0.1.0',
    renderChronology: () => '<!doctype html><title>Chronologie</title>',
  });
  return Buffer.concat(chunks);
}

test('an import that fails midway for lack of room leaves nothing of it readable in the profile', async ({
  baseURL,
}) => {
  await inProfile(baseURL, async (browser, markers) => {
    const archive = join(browser.folder, '..', `${browser.folder.split('/').pop() ?? ''}.zip`);
    writeFileSync(archive, await tooBigArchive(markers));
    try {
      // A device with 12 MB left for the site, from before the journal opens: the first batch
      // fits, the second does not.
      const page = await browser.open(async (home) => {
        const cdp = await home.context().newCDPSession(home);
        await cdp.send('Storage.overrideQuotaForOrigin', {
          origin: new URL(home.url()).origin,
          quotaSize: 12 * 1024 * 1024,
        });
      });
      const exchange = region(page, t.exchange.title);
      await exchange.getByLabel(t.exchange.importFile, { exact: true }).setInputFiles(archive);
      await exchange.getByRole('button', { name: t.exchange.import, exact: true }).click();
      await expect(page.getByText(voice(t.exchange.problems['journal-full'], null))).toBeVisible({
        timeout: 60_000,
      });
      await expect(page.locator('ol.chronology [data-entry]')).toHaveCount(0);
      await browser.close();
    } finally {
      rmSync(archive, { force: true });
    }
    expect(traces(browser.folder, markers)).toEqual(NOTHING);
  });
});

test('another open tab follows the journal when the lock moves it, and both keep writing', async ({
  context,
}) => {
  const first = await context.newPage();
  await first.goto('/preuves');
  await addAct(first, 'Écrit dans le premier onglet.', 'premier');
  const second = await context.newPage();
  await second.goto('/preuves');
  await expect(second.locator('ol.chronology [data-entry]')).toHaveCount(1);

  const lock = region(first, t.lock.title);
  await lock.getByLabel(t.lock.passphrase, { exact: true }).fill(PASSPHRASE);
  await lock.getByLabel(voice(t.lock.confirm, null), { exact: true }).fill(PASSPHRASE);
  await lock.getByRole('button', { name: t.lock.set, exact: true }).click();
  await expect(lock.getByRole('status')).toHaveText(t.lock.done, { timeout: 60_000 });

  const unlock = region(second, t.lock.unlockTitle);
  await unlock.getByLabel(t.lock.passphrase, { exact: true }).fill(PASSPHRASE);
  await unlock.getByRole('button', { name: t.lock.unlock, exact: true }).click();
  await expect(second.locator('ol.chronology [data-entry]')).toHaveCount(1, { timeout: 30_000 });
  await addAct(second, 'Écrit dans le second onglet.', 'second');
  await expect(first.locator('ol.chronology [data-entry]')).toHaveCount(2);
  expect(await storedDatabases(first)).toEqual(['balise-journal-2']);
});
