import { expect, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { journalText as t } from '../../src/content/fr/journal.ts';
import { verifierWords as words } from '../../src/content/fr/verifier.ts';
import { expectNoAxeViolations, fillAct } from './helpers.ts';

/** What verifier.html's own script declares, read by name in the page. */
declare const verifyArchive: (
  bytes: Uint8Array,
  check: unknown,
) => Promise<{ readonly allMatch?: boolean }>;
declare const chainKit: () => { readonly check: unknown };

/**
 * verifier.html (issue 14): the page inside every plain export checks it without Balise, with the
 * network cut, in a browser opened on the file itself; a changed byte is reported.
 */
test('an export checks itself offline: "tout correspond", and every changed byte is reported', async ({
  page,
  context,
}, testInfo) => {
  await page.goto('/preuves/nouveau');
  await fillAct(page, 'Synthétique : des insultes sous une photo.');
  await page.goto('/preuves');
  const exchange = page.getByRole('region', { name: t.exchange.title });
  const download = page.waitForEvent('download');
  await exchange.getByRole('button', { name: t.exchange.export, exact: true }).click();
  const zipPath = testInfo.outputPath('export.zip');
  await (await download).saveAs(zipPath);
  const zip = new Uint8Array(readFileSync(zipPath));

  // The page, as whoever receives the export would open it: from the disk, no network.
  const pagePath = testInfo.outputPath('verifier.html');
  const verifier = unzipSync(zip)['verifier.html'];
  expect(verifier, 'verifier.html in the export').toBeDefined();
  writeFileSync(pagePath, verifier ?? new Uint8Array());
  await context.setOffline(true);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(pathToFileURL(pagePath).href);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.title);

  const input = page.getByLabel(words.choose);
  await input.setInputFiles(zipPath);
  const result = page.getByRole('status');
  await expect(result).toContainText(words.allMatch.slice(0, 'Tout correspond.'.length));
  // The files: a header, the capture, 4 texts; the chain: a header, the act's one record.
  await expect(page.getByRole('row')).toHaveCount(1 + 1 + 4 + 1 + 1);
  await expect(result).toContainText(
    words.chain.intact.replace('{records}', '1').replace('{last}', '1'),
  );
  await expectNoAxeViolations(page);

  // One byte changed in the middle of the archive.
  const changed = zip.slice();
  const at = Math.floor(changed.length / 2);
  changed[at] = (changed[at] as number) ^ 0x01;
  const changedPath = testInfo.outputPath('changed.zip');
  writeFileSync(changedPath, changed);
  await input.setInputFiles(changedPath);
  await expect(result).not.toContainText('Tout correspond');
  await expect(result.locator('.bad').first()).toBeVisible();

  // 100 more copies, each with one random byte changed anywhere, through the page's own check.
  const missed = await page.evaluate(async (original) => {
    const bytes = new Uint8Array(original);
    const misses: number[] = [];
    for (let n = 0; n < 100; n += 1) {
      const at = Math.floor(Math.random() * bytes.length);
      const copy = bytes.slice();
      copy[at] = (copy[at] as number) ^ (1 + Math.floor(Math.random() * 255));
      const report = await verifyArchive(copy, chainKit().check);
      if (report.allMatch === true) misses.push(at);
    }
    return misses;
  }, Array.from(zip));
  expect(missed, 'bytes whose change went unreported').toEqual([]);
  expect(requests.filter((url) => !url.startsWith('file:'))).toEqual([]);
});
