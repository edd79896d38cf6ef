import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { journalText } from '../../src/content/fr/journal.ts';
import { ui } from '../../src/content/fr/ui.ts';

/** Notes into `asked` the app's own files the page asks for, in the order it asks. */
function recordRequests(page: Page, asked: string[]): void {
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/assets/')) asked.push(pathname.slice('/assets/'.length));
  });
}

/**
 * Holds the app's script back for a while, as a slow network would: what is asked for before it
 * arrives was asked by index.html's small modules, not by the app.
 */
async function slowAppScript(page: Page, asked: string[]): Promise<void> {
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    asked.push('(app script arrives)');
    await route.continue();
  });
}

test('a first visit to the home page asks for the app, its styles and the home page’s words, and no other screen', async ({
  page,
}) => {
  const asked: string[] = [];
  recordRequests(page, asked);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui.home.title);
  await page.waitForLoadState('load');
  expect(asked.some((file) => file.startsWith('words-fr-ui-'))).toBe(true);
  expect(
    asked.filter((file) => /^(pages|question-page|journal-page|words-fr-questions)-/.test(file)),
  ).toEqual([]);
});

test('a direct visit to the journal asks for its screen’s code, styles and words before the app’s script has arrived', async ({
  page,
}) => {
  const asked: string[] = [];
  await slowAppScript(page, asked);
  recordRequests(page, asked);
  await page.goto('/preuves');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(journalText.title);
  const arrival = asked.indexOf('(app script arrives)');
  expect(arrival).toBeGreaterThan(-1);
  const before = asked.slice(0, arrival);
  for (const stem of ['journal-page-', 'screens-common-', 'screen-styles-', 'words-fr-journal-']) {
    expect(
      before.some((file) => file.startsWith(stem)),
      `${stem} before the app`,
    ).toBe(true);
  }
});

test('a direct visit to a question asks for the question page and the questions’ words in English for an English browser', async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  const asked: string[] = [];
  await slowAppScript(page, asked);
  recordRequests(page, asked);
  await page.goto('/questions/role');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const before = asked.slice(0, asked.indexOf('(app script arrives)'));
  for (const stem of ['question-page-', 'words-en-questions-', 'words-en-frame-', 'words-en-ui-']) {
    expect(
      before.some((file) => file.startsWith(stem)),
      `${stem} before the app`,
    ).toBe(true);
  }
  expect(before.some((file) => file.startsWith('words-fr-'))).toBe(false);
  await context.close();
});

for (const path of ['/questions/role', '/urgence', '/preuves']) {
  test(`a direct visit to ${path} draws its screen in one go: no “Chargement…” and nothing that moves`, async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const seen = { shift: 0, loading: false };
      Object.assign(window, { seen });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          seen.shift += (entry as PerformanceEntry & { value: number }).value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
      new MutationObserver(() => {
        if (document.querySelector('.loading') !== null) seen.loading = true;
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('load');
    const seen = await page.evaluate(
      () => (window as unknown as { seen: { shift: number; loading: boolean } }).seen,
    );
    expect(seen).toEqual({ shift: 0, loading: false });
  });
}
