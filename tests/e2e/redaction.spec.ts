import { expect, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { journalText as t } from '../../src/content/fr/journal.ts';
import { verifierWords as v } from '../../src/content/fr/verifier.ts';
import { fill } from '../../src/i18n/voice.ts';
import { expectHeadingFocused, expectNoAxeViolations, fillAct } from './helpers.ts';

/** An APP1 "Exif" segment (a TIFF header and an empty directory), put right after the JPEG's SOI. */
function withExif(jpeg: Buffer): Buffer {
  const payload = Buffer.concat([
    Buffer.from('Exif\0\0', 'latin1'),
    Buffer.from([0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0, 0, 0, 0]),
  ]);
  const length = Buffer.alloc(2);
  length.writeUInt16BE(payload.length + 2);
  return Buffer.concat([
    jpeg.subarray(0, 2),
    Buffer.from([0xff, 0xe1]),
    length,
    payload,
    jpeg.subarray(2),
  ]);
}

/**
 * Masking before sharing (issue 14): a photo with EXIF metadata, its left half masked with the
 * keyboard's fields; the copy is added to the act, names the original's fingerprint, has every
 * pixel of the masked half black, and carries no EXIF. The original stays as it was, and the
 * export's verifier.html, opened with the network cut, says everything matches, chain included.
 */
test('a masked copy leaves no pixel of the zone and no metadata, and the original stays', async ({
  page,
}, testInfo) => {
  await page.goto('/preuves');
  // A 200 × 100 photo: red on the left, green on the right, made by the browser, EXIF added.
  const jpeg = await page.evaluate(async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 200;
    canvas.height = 100;
    const context = canvas.getContext('2d') as CanvasRenderingContext2D;
    context.fillStyle = '#d00';
    context.fillRect(0, 0, 100, 100);
    context.fillStyle = '#0a0';
    context.fillRect(100, 0, 100, 100);
    const blob = await new Promise<Blob | null>((resolve) => {
      canvas.toBlob(resolve, 'image/jpeg', 0.95);
    });
    return Array.from(new Uint8Array(await (blob as Blob).arrayBuffer()));
  });
  const photo = withExif(Buffer.from(jpeg));
  expect(photo.includes(Buffer.from('Exif'))).toBe(true);
  await page.goto('/preuves/nouveau');
  await fillAct(page, 'Synthétique : une capture avec un numéro de téléphone.', 'adult', photo);
  const originalHash = await page.locator('[data-attachment] .hash code').first().textContent();

  await page.getByRole('link', { name: fill(t.entry.maskLink, { name: 'capture.png' }) }).click();
  await expectHeadingFocused(page);
  await expect(page.getByRole('img', { name: t.mask.imageLabel })).toBeVisible();
  await page.getByLabel(t.mask.x).fill('0');
  await page.getByLabel(t.mask.y).fill('0');
  await page.getByLabel(t.mask.width).fill('50');
  await page.getByLabel(t.mask.height).fill('100');
  await page.getByRole('button', { name: t.mask.add }).click();
  await expect(
    page.getByRole('button', { name: fill(t.mask.removeZone, { number: 1 }) }),
  ).toBeVisible();
  // Drawn with the pointer too: a drag over the image adds a zone, which can be taken back.
  const surface = page.getByRole('img', { name: t.mask.imageLabel });
  await surface.scrollIntoViewIfNeeded();
  const box = await surface.boundingBox();
  if (box === null) throw new Error('the image is shown');
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.1);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.9, box.y + box.height * 0.5, { steps: 5 });
  await page.mouse.up();
  const second = page.getByRole('button', { name: fill(t.mask.removeZone, { number: 2 }) });
  await expect(second).toBeVisible();
  await expectNoAxeViolations(page);
  await second.click();
  await expect(second).toHaveCount(0);
  await page.getByRole('button', { name: t.mask.create }).click();

  await expect(page.getByRole('status').filter({ hasText: t.entry.maskAdded })).toBeVisible();
  const copy = page.locator('li').filter({ hasText: 'capture-masque.png' });
  await expect(copy).toContainText(fill(t.entry.maskedFrom, { hash: originalHash ?? '' }));
  await expect(page.locator('[data-attachment] .hash code').first()).toHaveText(originalHash ?? '');

  // The copy's bytes, as they leave in the journal's export: no EXIF, and the masked half black.
  await page.goto('/preuves');
  const download = page.waitForEvent('download');
  await page
    .getByRole('region', { name: t.exchange.title })
    .getByRole('button', { name: t.exchange.export, exact: true })
    .click();
  const zipPath = testInfo.outputPath('export.zip');
  await (await download).saveAs(zipPath);
  const files = unzipSync(new Uint8Array(readFileSync(zipPath)));

  // The act, edited by the copy, still checks whole in the export's own verifier, offline.
  const pagePath = testInfo.outputPath('verifier.html');
  writeFileSync(pagePath, files['verifier.html'] ?? new Uint8Array());
  const verifier = await page.context().newPage();
  await page.context().setOffline(true);
  await verifier.goto(pathToFileURL(pagePath).href);
  await verifier.getByLabel(v.choose).setInputFiles(zipPath);
  const result = verifier.getByRole('status');
  await expect(result).toContainText('Tout correspond.');
  await expect(result).toContainText(
    v.chain.intact.replace('{records}', '2').replace('{last}', '2'),
  );
  await verifier.close();
  await page.context().setOffline(false);
  const copyPath = Object.keys(files).find((path) => path.endsWith('capture-masque.png'));
  const bytes = Array.from(files[copyPath ?? ''] ?? []);
  expect(bytes.length).toBeGreaterThan(0);
  const checked = await page.evaluate(async (data) => {
    const bytes = new Uint8Array(data);
    const text = new TextDecoder('latin1').decode(bytes);
    const bitmap = await createImageBitmap(new Blob([bytes]));
    const canvas = document.createElement('canvas');
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    const context = canvas.getContext('2d') as CanvasRenderingContext2D;
    context.drawImage(bitmap, 0, 0);
    const left = context.getImageData(0, 0, 100, 100).data;
    const right = context.getImageData(100, 0, 100, 100).data;
    let leftNotBlack = 0;
    for (let i = 0; i < left.length; i += 4) {
      if (left[i] !== 0 || left[i + 1] !== 0 || left[i + 2] !== 0 || left[i + 3] !== 255)
        leftNotBlack += 1;
    }
    let rightGreen = 0;
    for (let i = 0; i < right.length; i += 4) if ((right[i + 1] ?? 0) > 100) rightGreen += 1;
    return {
      png: bytes[0] === 0x89 && text.slice(1, 4) === 'PNG',
      exif: text.includes('Exif'),
      size: [bitmap.width, bitmap.height],
      leftNotBlack,
      rightGreen,
    };
  }, bytes);
  expect(checked).toEqual({
    png: true,
    exif: false,
    size: [200, 100],
    leftNotBlack: 0,
    rightGreen: 100 * 100,
  });
});
