import { expect, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { journalText as t } from '../../src/content/fr/journal.ts';
import { verifierWords as words } from '../../src/content/fr/verifier.ts';
import { expectNoAxeViolations, fillAct } from './helpers.ts';

/**
 * verifier.html (issue 14): the page inside every plain export checks it without Balise, with the
 * network cut, in a browser opened on the file itself; a changed byte is reported.
 */
test('an export checks itself offline: "tout correspond", and a changed byte is reported', async ({
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
  expect(requests.filter((url) => !url.startsWith('file:'))).toEqual([]);
});
