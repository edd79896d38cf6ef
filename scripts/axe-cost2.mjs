// Temporary: axe injected once, then run directly.
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { CHROMIUM_ARGS, HEADLESS_SHELL } from './chromium.mjs';
import { startPreview } from './preview.mjs';

const require = createRequire(import.meta.url);
const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const { url, stop } = await startPreview({ port: 4179 });
const browser = await chromium.launch({ executablePath: HEADLESS_SHELL, args: CHROMIUM_ARGS });
const answers = { role: 'parent', danger: 'none', age: '15-17', contentKinds: ['sextortion', 'intimate-images'], frequency: 'repeated', visibility: 'private', author: 'unknown', context: 'other', evidence: 'none', platformReport: 'not-done', complaint: 'not-done', lastAct: 'under-3-months' };
for (const path of ['/plan', '/plan/request-removal', '/questions/danger']) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'fr-FR', serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript((a) => sessionStorage.setItem('balise:answers', JSON.stringify({ version: 1, answers: a })), answers);
  await page.goto(url + path);
  await page.locator('h1').waitFor();
  await page.waitForTimeout(500);
  let t = Date.now();
  await page.evaluate(source);
  console.log(path, 'inject', Date.now() - t, 'ms');
  for (let i = 0; i < 3; i++) {
    t = Date.now();
    const r = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }).then((r) => r.violations.length), TAGS);
    console.log(path, 'run', i, Date.now() - t, 'ms', r, 'violations');
  }
  await context.close();
}
await browser.close();
stop();
