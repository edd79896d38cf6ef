import type { BrowserContext, Page } from '@playwright/test';
import { chromium, expect, test } from '@playwright/test';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { journalText as t } from '../../src/content/fr/journal.ts';
import { voice } from '../../src/i18n/voice.ts';

/**
 * What the journal leaves in a real Chromium profile's files (not through the app's own API):
 * the profile folder is searched byte by byte for an act's text, as someone who copied the
 * phone's storage would.
 */

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'journal');
const CHROMIUM_ARGS = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'scripts', 'chromium-args.json'), 'utf8'),
) as string[];
/** A description of the fixture `valid.zip`, found nowhere else. */
const MARKER = 'Insultes sous ma photo.';

/** Files of the profile whose bytes hold `text` (as Latin-1/UTF-8 or UTF-16LE). */
function filesHolding(folder: string, text: string): string[] {
  const needles = [Buffer.from(text, 'latin1'), Buffer.from(text, 'utf16le')];
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const info = statSync(path, { throwIfNoEntry: false });
      if (!info) continue;
      if (info.isDirectory()) walk(path);
      else if (info.isFile() && needles.some((n) => readFileSync(path).includes(n))) {
        found.push(path.slice(folder.length + 1));
      }
    }
  };
  walk(folder);
  return found;
}

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

test('an act written in clear, then locked, then wiped: what stays in the profile files', async ({
  baseURL,
}) => {
  test.setTimeout(120_000);
  const profile = mkdtempSync(join(tmpdir(), 'balise-disk-'));
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      executablePath: process.env['BALISE_CHROMIUM'] ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
      baseURL: baseURL ?? 'http://127.0.0.1:4173',
    });
  let context: BrowserContext | null = await launch();
  try {
    let page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/preuves');
    const exchange = region(page, t.exchange.title);
    await exchange
      .getByLabel(t.exchange.importFile, { exact: true })
      .setInputFiles(join(FIXTURES, 'valid.zip'));
    await exchange.getByRole('button', { name: t.exchange.import, exact: true }).click();
    await expect(exchange.getByRole('status')).toBeVisible({ timeout: 30_000 });
    await context.close();
    context = null;
    const inClear = filesHolding(profile, MARKER);

    context = await launch();
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/preuves');
    const lock = region(page, t.lock.title);
    const passphrase = 'tulipe radis gondole phare saule';
    await lock.getByLabel(t.lock.passphrase, { exact: true }).fill(passphrase);
    await lock.getByLabel(voice(t.lock.confirm, null), { exact: true }).fill(passphrase);
    await lock.getByRole('button', { name: t.lock.set, exact: true }).click();
    await expect(lock.getByRole('status')).toHaveText(t.lock.done, { timeout: 60_000 });
    // Chromium keeps the text written before the lock in its LevelDB log until it compacts it
    // (measured: still in 000003.log after the lock); the panel says so and how to clear it.
    await expect(lock.getByText(voice(t.lock.diskTraces, null))).toBeVisible();
    await lock.getByRole('button', { name: t.lock.lockNow, exact: true }).click();
    await context.close();
    context = null;
    const afterLock = filesHolding(profile, MARKER);

    context = await launch();
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/preuves');
    await expect(page.getByRole('heading', { name: t.lock.unlockTitle })).toBeVisible();
    const wipe = region(page, t.wipe.title);
    await wipe.getByRole('button', { name: t.wipe.button, exact: true }).click();
    await wipe.getByRole('button', { name: t.wipe.yes, exact: true }).click();
    await expect(wipe.getByText(t.wipe.done)).toBeVisible();
    await expect(wipe.getByText(voice(t.wipe.diskTraces, null))).toBeVisible();
    await context.close();
    context = null;
    const afterWipe = filesHolding(profile, MARKER);

    test.info().annotations.push({
      type: 'files holding the text',
      description: JSON.stringify({ inClear, afterLock, afterWipe }),
    });
    // The check is real: the act's text is found while the journal is in clear.
    expect(inClear.length).toBeGreaterThan(0);
    // A wipe deletes the database: Chromium then removes its files, the text with them.
    expect(afterWipe).toEqual([]);
  } finally {
    await context?.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
