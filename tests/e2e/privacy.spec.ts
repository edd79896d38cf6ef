import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ui } from '../../src/content/fr/ui.ts';
import { screens } from '../../src/content/fr/screens.ts';
import { STORAGE_KEY } from '../../src/stores/answers.ts';
import {
  answerQuestion,
  answersOf,
  expectPath,
  person,
  planOf,
  runJourney,
  storedDatabases,
  visitStepPages,
} from './helpers.ts';

/** The answers saved in the tab (session) and on the device (local), as the app wrote them. */
async function saved(page: Page): Promise<{ session: unknown; device: unknown }> {
  return page.evaluate((key) => {
    const read = (raw: string | null): unknown =>
      raw === null ? null : (JSON.parse(raw) as { answers: unknown }).answers;
    return { session: read(sessionStorage.getItem(key)), device: read(localStorage.getItem(key)) };
  }, STORAGE_KEY);
}

async function start(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('link', { name: ui.home.start, exact: true }).click();
}

async function openSummary(page: Page): Promise<void> {
  await page.getByRole('link', { name: ui.app.nav.answers }).click();
  await expectPath(page, '/mes-reponses');
}

const roleRow = (page: Page) => page.locator('[data-question="role"] dd').first();

test.describe('nothing leaves the device', () => {
  test('a full journey, every step, the summary and the glossary ask nothing of another site', async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(60_000);
    const origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('websocket', (socket) => requests.push(socket.url()));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));

    const who = person('a parent whose 16-year-old');
    await runJourney(page, answersOf(who), { scan: false });
    await visitStepPages(page, planOf(who), { scan: false });
    await openSummary(page);
    await expect(page.locator('[data-question]')).toHaveCount(answersOf(who).length);
    await page.getByRole('link', { name: ui.app.nav.glossary }).click();
    await expectPath(page, '/glossaire');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(screens.glossary.title);

    const elsewhere = requests.filter(
      (url) =>
        !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin,
    );
    expect(elsewhere, 'requests to another origin').toEqual([]);
    // The recorder saw the app's own files (the lazy-loaded plan among them).
    expect(requests.filter((url) => url.endsWith('.js')).length).toBeGreaterThan(1);
    // And the Content-Security-Policy blocked nothing the app needs.
    expect(errors).toEqual([]);
  });

  test('the built page allows only its own origin, and the browser enforces it', async ({
    page,
  }) => {
    const built = readFileSync(join(import.meta.dirname, '..', '..', 'dist', 'index.html'), 'utf8');
    const inFile = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(built)?.[1];
    expect(inFile, 'CSP meta in dist/index.html').toBeDefined();

    await page.goto('/');
    const served = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(served).toBe(inFile);
    const directives = new Map(
      (served ?? '')
        .split(';')
        .map((directive) => directive.trim().split(/\s+/))
        .map(([name = '', ...values]) => [name, values] as const),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    const open = [...directives].filter(([, values]) =>
      values.some((v) => /^(https?:|wss?:|\*|'unsafe-inline'|'unsafe-eval')/.test(v)),
    );
    expect(open, 'directives letting in another origin or inline code').toEqual([]);

    // A request to another site is refused by the browser, before any network.
    await page.route('https://example.org/**', (route) => route.fulfill({ body: 'ailleurs' }));
    const attempt = await page.evaluate(async () => {
      const blocked = new Promise<string>((resolve) => {
        document.addEventListener('securitypolicyviolation', (event) => {
          resolve(event.effectiveDirective);
        });
      });
      const fetched = await fetch('https://example.org/', { mode: 'no-cors' }).then(
        () => 'fetched',
        () => 'refused',
      );
      return { fetched, directive: await blocked };
    });
    expect(attempt).toEqual({ fetched: 'refused', directive: 'connect-src' });
  });

  test('no other site can frame the app, and the host says so in the headers it ships', async ({
    page,
  }) => {
    const response = await page.goto('/');
    const headers = response?.headers() ?? {};
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    // Workers come from the app's own files only (the hashing worker is one).
    expect(headers['content-security-policy']).toContain("worker-src 'self';");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
    // The static host's file lists the same headers for every path.
    const shipped = readFileSync(join(import.meta.dirname, '..', '..', 'dist', '_headers'), 'utf8');
    expect(shipped.startsWith('/*\n')).toBe(true);
    expect(shipped).toContain(`Content-Security-Policy: ${headers['content-security-policy']}`);
    expect(shipped).toContain('X-Content-Type-Options: nosniff');
    expect(shipped).toContain('Referrer-Policy: no-referrer');

    // A page of another origin that frames Balise gets nothing: the browser refuses the frame.
    await page.route('http://framer.test/', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<iframe src="${new URL('/', page.url()).href}"></iframe>`,
      }),
    );
    await page.goto('http://framer.test/');
    // Chromium puts its error page in the refused frame instead of the app.
    await expect
      .poll(() =>
        page
          .frames()
          .find((frame) => frame !== page.mainFrame())
          ?.url(),
      )
      .toBe('chrome-error://chromewebdata/');
  });
});

test.describe('where answers are kept', () => {
  test('by default in this tab only: not on the device, not in another tab', async ({
    page,
    context,
  }) => {
    await start(page);
    await answerQuestion(page, 'role', ['victim'], '/questions/danger');
    expect(await saved(page)).toEqual({ session: { role: 'victim' }, device: null });

    const otherTab = await context.newPage();
    await otherTab.goto('/mes-reponses');
    await expect(roleRow(otherTab)).toHaveText(screens.summary.notAnswered);
  });

  test('"Se souvenir sur cet appareil" moves them to the device, where another tab finds them', async ({
    page,
    context,
  }) => {
    await start(page);
    await answerQuestion(page, 'role', ['victim'], '/questions/danger');
    await openSummary(page);
    const remember = page.getByLabel(screens.summary.keepDevice);
    await expect(remember).not.toBeChecked();
    await remember.check();
    await expect.poll(() => saved(page)).toEqual({ session: null, device: { role: 'victim' } });

    const otherTab = await context.newPage();
    await otherTab.goto('/mes-reponses');
    await expect(roleRow(otherTab)).not.toHaveText(screens.summary.notAnswered);
    await expect(otherTab.getByLabel(screens.summary.keepDevice)).toBeChecked();
  });

  test('"Tout effacer" asks first, then wipes everything and shows a neutral screen', async ({
    page,
  }) => {
    await start(page);
    await answerQuestion(page, 'role', ['victim'], '/questions/danger');
    await openSummary(page);
    await page.getByLabel(screens.summary.keepDevice).check();

    // Changing one's mind keeps everything.
    await page.getByRole('button', { name: ui.session.erase }).click();
    const confirm = page.getByRole('alertdialog');
    await expect(confirm).toContainText(ui.session.eraseConfirm);
    await confirm.getByRole('button', { name: ui.session.cancel }).click();
    await expect(confirm).toHaveCount(0);
    expect(await saved(page)).toEqual({ session: null, device: { role: 'victim' } });

    await page.getByRole('button', { name: ui.session.erase }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: ui.session.eraseYes }).click();
    await expectPath(page, '/seance-terminee');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui.session.endedTitle);
    expect(await saved(page)).toEqual({ session: null, device: null });
    expect(await storedDatabases(page)).toEqual([]);
    await page.goto('/mes-reponses');
    await expect(roleRow(page)).toHaveText(screens.summary.notAnswered);
  });

  test('a professional ends the session: asked first, everything wiped, neutral screen', async ({
    page,
  }) => {
    const endSession = page.getByRole('link', { name: ui.session.end });
    await start(page);
    await expect(endSession).toHaveCount(0);
    await answerQuestion(page, 'role', ['professional'], '/questions/danger');
    await answerQuestion(page, 'danger', ['none'], '/questions/age');
    expect(await saved(page)).toEqual({
      session: { role: 'professional', danger: 'none' },
      device: null,
    });

    await endSession.click();
    await expectPath(page, '/terminer');
    expect(await saved(page)).not.toEqual({ session: null, device: null });
    await page.getByRole('button', { name: ui.session.erase }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: ui.session.eraseYes }).click();
    await expectPath(page, '/seance-terminee');
    expect(await saved(page)).toEqual({ session: null, device: null });
    await page.getByRole('link', { name: ui.session.toHome }).click();
    await expect(page.getByRole('link', { name: ui.home.start, exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: ui.home.resume })).toHaveCount(0);
  });

  test('a victim is never offered to end a session', async ({ page }) => {
    await start(page);
    await answerQuestion(page, 'role', ['victim'], '/questions/danger');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(page.getByRole('link', { name: ui.session.end })).toHaveCount(0);
  });
});
