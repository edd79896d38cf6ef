import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { STEP_IDS } from '../../src/engine/index.ts';
import { ui } from '../../src/content/fr/ui.ts';
import { screens } from '../../src/content/fr/screens.ts';
import {
  answerWithKeyboard,
  answersOf,
  expectHeadingFocused,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  expectPath,
  expectPlanFocused,
  person,
  planOf,
  pressUntilFocused,
  runJourney,
} from './helpers.ts';

const quickExitButton = (page: Page) =>
  page.getByRole('button', { name: ui.quickExit.button, exact: true });

/** Sends the neutral site's address to a local stand-in: nothing leaves the machine. */
async function standInForNeutralSite(page: Page): Promise<void> {
  await page.route('https://www.google.fr/**', (route) =>
    route.fulfill({ body: 'neutre', contentType: 'text/html' }),
  );
}

/** Answers every question for this person through the UI, without scanning. */
async function answerEverything(page: Page, name: string): Promise<void> {
  await runJourney(page, answersOf(person(name)), { scan: false });
}

test('the scan run on every screen does report a violation (an image with no text alternative)', async ({
  page,
}) => {
  await page.goto('/');
  await page.locator('main').evaluate((main) => {
    main.append(document.createElement('img'));
  });
  await expect(expectNoAxeViolations(page)).rejects.toThrow(/image-alt/);
});

test.describe('with the keyboard alone', () => {
  test('a person in danger goes from home to the plan and marks a step done', async ({ page }) => {
    test.setTimeout(60_000);
    const who = person('an adult receiving death threats');
    await page.goto('/');
    await pressUntilFocused(page, page.getByRole('link', { name: ui.home.start, exact: true }));
    await page.keyboard.press('Enter');

    for (const [question, values] of answersOf(who)) {
      await expectPath(page, `/questions/${question}`);
      await expectHeadingFocused(page);
      if (question === 'danger') {
        // Open "Pourquoi cette question ?" on the way, going back to it with Shift+Tab.
        await pressUntilFocused(
          page,
          page.getByRole('button', { name: screens.question.continue }),
        );
        const why = page.locator('details.why');
        await pressUntilFocused(page, why.locator('summary'), 'Shift+Tab');
        await page.keyboard.press('Enter');
        await expect(why).toHaveAttribute('open', '');
      }
      await answerWithKeyboard(page, question, values);
      if (question === 'danger') {
        await expectPath(page, '/urgence');
        await expectHeadingFocused(page);
        await pressUntilFocused(page, page.getByRole('link', { name: screens.emergency.continue }));
        await page.keyboard.press('Enter');
      }
    }

    await expectPath(page, '/plan');
    await expectPlanFocused(page, 'emergency');
    const step = page.locator('#step-emergency');
    const toggle = step.getByRole('button', { name: screens.plan.markDone });
    await pressUntilFocused(page, toggle);
    await page.keyboard.press('Space');
    await expect(step).toHaveAttribute('data-status', 'done');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('.step--next')).toHaveAttribute('id', 'step-dont-reply');
    // Focus stays on the button, so the same key undoes it.
    await expect(toggle).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(step).toHaveAttribute('data-status', 'todo');
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  });

  test('moving back with Shift+Tab several times does not leave Balise', async ({ page }) => {
    await standInForNeutralSite(page);
    await page.goto('/');
    for (let i = 0; i < 6; i += 1) await page.keyboard.press('Tab');
    for (let i = 0; i < 4; i += 1) await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui.home.title);
    await expectPath(page, '/');
  });
});

test.describe('quick exit', () => {
  const screens = [
    '/',
    '/questions/role',
    '/urgence',
    '/plan',
    '/plan/keep-evidence',
    '/mes-reponses',
    '/glossaire',
  ];

  test('"Quitter vite" is the first thing Tab reaches on every main screen', async ({ page }) => {
    await answerEverything(page, 'a 13-year-old');
    for (const screen of screens) {
      await page.goto(screen);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.keyboard.press('Tab');
      await expect(quickExitButton(page), `first Tab on ${screen}`).toBeFocused();
    }
  });

  test('"Quitter vite" stays on screen when a long page is scrolled', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await answerEverything(page, 'a 13-year-old');
    await page.getByRole('contentinfo').scrollIntoViewIfNeeded();
    await expect(page.getByRole('contentinfo')).toBeInViewport();
    await expect(quickExitButton(page)).toBeInViewport();
  });

  const ways: readonly [string, (page: Page) => Promise<void>][] = [
    ['Escape pressed three times', (page) => pressThrice(page, 'Escape')],
    ['Shift pressed three times', (page) => pressThrice(page, 'Shift')],
    ['the "Quitter vite" button', (page) => quickExitButton(page).click()],
  ];
  for (const [way, leave] of ways) {
    test(`${way} leaves for a neutral site, and Back does not return to Balise's page`, async ({
      page,
      baseURL,
    }) => {
      await standInForNeutralSite(page);
      await page.goto('/');
      await page.getByRole('link', { name: ui.home.start, exact: true }).click();
      await expectPath(page, '/questions/role');
      await leave(page);
      await expect(page).toHaveURL(ui.quickExit.destination);
      await expect(page.locator('body')).toHaveText('neutre');
      await page.goBack();
      // The question that was open was replaced: Back leads to the page before it.
      await expect(page).toHaveURL(`${baseURL ?? ''}/`);
    });
  }
});

async function pressThrice(page: Page, key: string): Promise<void> {
  for (let i = 0; i < 3; i += 1) await page.keyboard.press(key);
}

test.describe('at 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('no screen scrolls sideways, even with every detail open', async ({ page }) => {
    test.setTimeout(60_000);
    await answerEverything(page, 'a parent whose 16-year-old');
    const screens = [
      '/',
      '/questions/contentKinds',
      '/urgence',
      '/plan',
      ...STEP_IDS.map((id) => `/plan/${id}`),
      '/mes-reponses',
      '/glossaire',
    ];
    for (const screen of screens) {
      await page.goto(screen);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.locator('details').evaluateAll((all) => {
        for (const details of all) (details as HTMLDetailsElement).open = true;
      });
      await expectNoHorizontalScroll(page);
    }
  });

  test('the quick exit bar never hides the element that has focus', async ({ page }) => {
    await answerEverything(page, 'a 13-year-old');
    await page.goto('/plan');
    await expect(page.locator('.step--next')).toBeVisible();
    // Forwards, then backwards: going back, elements scroll in from the top, under the bar.
    for (let presses = 0; presses < 60; presses += 1) {
      await page.keyboard.press(presses < 30 ? 'Tab' : 'Shift+Tab');
      const hidden = await page.evaluate(() => {
        const focused = document.activeElement;
        const bar = document.querySelector('.exit-bar');
        if (focused === null || bar === null || bar.contains(focused)) return null;
        const box = focused.getBoundingClientRect();
        // Corners and centre of the focused element: hidden when the bar covers every one.
        const points = [
          [box.left + 1, box.top + 1],
          [box.right - 1, box.bottom - 1],
          [(box.left + box.right) / 2, (box.top + box.bottom) / 2],
        ] as const;
        const covered = points.every(([x, y]) => {
          const top = document.elementFromPoint(x, y);
          return top !== null && bar.contains(top) && !focused.contains(top);
        });
        return covered ? focused.outerHTML.slice(0, 100) : null;
      });
      expect(hidden, 'focused element entirely under the quick exit bar').toBeNull();
    }
  });
});

test.describe('at 200 % zoom (a 1280 px window seen at 640 px)', () => {
  test.use({ viewport: { width: 640, height: 360 }, deviceScaleFactor: 2 });

  test('a question and the plan reflow, and "Continuer" can be reached', async ({ page }) => {
    await page.goto('/');
    await expectNoHorizontalScroll(page);
    await page.getByRole('link', { name: ui.home.start, exact: true }).click();
    await expectPath(page, '/questions/role');
    await expectNoHorizontalScroll(page);
    const next = page.getByRole('button', { name: screens.question.continue });
    await next.scrollIntoViewIfNeeded();
    await expect(next).toBeInViewport();
    await expect(quickExitButton(page)).toBeInViewport();
    await answerEverything(page, 'a school counsellor');
    await expectNoHorizontalScroll(page);
    await page.goto('/plan/file-complaint');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoHorizontalScroll(page);
  });
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('pages load and nothing moves', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await runJourney(page, answersOf(person('a witness')), { scan: false });
    expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(
      true,
    );
    await expect(page.locator('ol.steps > li')).toHaveCount(STEP_IDS.length);
    const moving = await page.evaluate(() => ({
      animations: document.getAnimations().length,
      smoothScroll: getComputedStyle(document.documentElement).scrollBehavior === 'smooth',
    }));
    expect(moving).toEqual({ animations: 0, smoothScroll: false });
    expect(errors).toEqual([]);
  });
});

test.describe('an address that leads nowhere', () => {
  const cases = [
    ['/nope', ui.notFound.title],
    ['/questions/nope', screens.question.unknownTitle],
    ['/plan/nope', screens.step.unknownTitle],
  ] as const;

  for (const [path, title] of cases) {
    test(`${path} says so kindly, keeps the answers and leads back to the plan`, async ({
      page,
    }) => {
      const who = person('a 13-year-old');
      await answerEverything(page, who.name);
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      await expectNoAxeViolations(page);

      await page.getByRole('main').getByRole('link', { name: ui.notFound.toPlan }).click();
      await expectPath(page, '/plan');
      await expectPlanFocused(page, planOf(who).next);
      for (const step of planOf(who).steps) {
        await expect(page.locator(`#step-${step.id}`)).toHaveAttribute('data-status', step.status);
      }

      await page.getByRole('link', { name: ui.app.nav.answers }).click();
      await expectPath(page, '/mes-reponses');
      await expect(page.locator('[data-question]')).toHaveCount(answersOf(who).length);
    });
  }
});
