import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { STEP_IDS, decide } from '../../src/engine/index.ts';
import { ui } from '../../src/content/fr/ui.ts';
import { screens } from '../../src/content/fr/screens.ts';
import { chronologyHtml } from '../../src/features/evidence/chronology-html.ts';
import type { JournalEntry } from '../../src/lib/journal/model.ts';
import {
  answersObject,
  answersOf,
  expectNoHorizontalScroll,
  expectPath,
  loadPeople,
  person,
  questionGroup,
} from './helpers.ts';

/** A small phone held upright: what the five people of issue 15 used. */
const PHONE = { width: 360, height: 780 } as const;

test.use({ viewport: PHONE });

interface Box {
  readonly top: number;
  readonly bottom: number;
}

/** Where `selector`'s first element sits in the viewport now (no scrolling done). */
async function boxOf(page: Page, selector: string): Promise<Box> {
  const box = await page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const rect = element.getBoundingClientRect();
      return { top: rect.top, bottom: rect.bottom };
    });
  return box;
}

/** The bottom edge of the sticky "Quitter vite" bar, in the viewport. */
async function barBottom(page: Page): Promise<number> {
  return (await boxOf(page, '.exit-bar')).bottom;
}

/** `selector` is wholly on screen, below the exit bar, without the user scrolling. */
async function expectInView(page: Page, selector: string, what: string): Promise<void> {
  // Wait for focus and scrolling to settle after the route changed.
  await page.evaluate(
    () =>
      new Promise((done) => {
        requestAnimationFrame(() => {
          done(null);
        });
      }),
  );
  const bar = await barBottom(page);
  const box = await boxOf(page, selector);
  const where = `${what} on ${new URL(page.url()).pathname}: top ${Math.round(box.top)}, bottom ${Math.round(box.bottom)}, bar ${Math.round(bar)}`;
  expect(box.top, `${where} (hidden under the exit bar)`).toBeGreaterThanOrEqual(bar - 1);
  expect(box.bottom, `${where} (below the fold)`).toBeLessThanOrEqual(PHONE.height + 1);
}

/** Stores answers the way the app does, then opens `path`. */
async function openWith(page: Page, answers: object, path: string): Promise<void> {
  await page.goto('/');
  await page.evaluate((saved) => {
    sessionStorage.setItem('balise:answers', JSON.stringify({ version: 1, answers: saved }));
  }, answers);
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/**
 * Every control a finger must hit that is smaller than 44 × 44 px. Links inside a sentence are
 * exempt (WCAG 2.5.8); a radio or checkbox counts with the card or label that toggles it.
 */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const interactive = document.querySelectorAll<HTMLElement>(
      'a[href], button, input:not([type="hidden"]), select, textarea, summary',
    );
    const small: string[] = [];
    for (const element of interactive) {
      const own = element.getBoundingClientRect();
      if (own.width === 0 || own.height === 0) continue; // not rendered (closed, hidden)
      if (element.closest('.visually-hidden, .skip-link') !== null) continue;
      if (element.matches('a') && getComputedStyle(element).display === 'inline') {
        const around = element.parentElement?.textContent ?? '';
        if (around.replace(element.textContent, '').trim().length > 0) continue;
      }
      const target = element.matches('input[type="radio"], input[type="checkbox"]')
        ? (element.closest<HTMLElement>('.choice, .field--check') ?? element)
        : element;
      const box = target.getBoundingClientRect();
      if (box.width < 43.5 || box.height < 43.5) {
        const name = element.textContent.trim().slice(0, 40) || element.outerHTML.slice(0, 80);
        small.push(
          `${element.tagName.toLowerCase()} "${name}": ${Math.round(box.width)} × ${Math.round(box.height)}`,
        );
      }
    }
    return small;
  });
}

/** The small controls of the screen at `path`, with every disclosure and menu opened. */
async function smallTargetsOn(page: Page, path: string): Promise<string[]> {
  if (new URL(page.url()).pathname !== path) await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  });
  const closed = page.locator('button[aria-expanded="false"]');
  while ((await closed.count()) > 0) await closed.first().click();
  return (await smallTargets(page)).map((control) => `${path}: ${control}`);
}

test('the home page shows "Commencer" and the emergency button on the first screen', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const start = page.getByRole('link', { name: ui.home.start, exact: true });
  const danger = page.getByRole('main').getByRole('link', { name: ui.home.dangerLink });
  for (const [link, what] of [
    [start, 'Commencer'],
    [danger, 'emergency button'],
  ] as const) {
    const box = await link.boundingBox();
    expect(box, what).not.toBeNull();
    expect((box?.y ?? 0) + (box?.height ?? 0), `${what} is below the fold`).toBeLessThanOrEqual(
      PHONE.height,
    );
  }
  // The header and the exit bar together leave most of the screen to the page.
  const header = await boxOf(page, '.header');
  expect(header.bottom, 'the exit bar and header take this much height').toBeLessThanOrEqual(
    PHONE.height / 5,
  );
});

for (const who of loadPeople()) {
  test(`${who.name}: every question screen shows the question and "Continuer" without scrolling`, async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('link', { name: ui.home.start, exact: true }).click();
    for (const [question, values] of answersOf(who)) {
      await expectPath(page, `/questions/${question}`);
      await expect(page.locator('h1')).toBeFocused();
      await expectInView(page, 'h1', `the question "${question}"`);
      await expectInView(page, 'form button[type="submit"]', `"Continuer" of "${question}"`);
      const group = questionGroup(page, question);
      for (const value of values) await group.locator(`input[value="${value}"]`).check();
      await page.getByRole('button', { name: screens.question.continue, exact: true }).click();
      await expect.poll(() => new URL(page.url()).pathname).not.toBe(`/questions/${question}`);
      if (new URL(page.url()).pathname === '/urgence') {
        await expectInView(page, 'h1', 'the emergency heading');
        await page.getByRole('link', { name: screens.emergency.continue, exact: true }).click();
      }
    }
    await expectPath(page, '/plan');
    // The plan's code and words load on demand: its focus is set once its steps show.
    await expect(page.locator('ol.steps > li').first()).toBeVisible();
    await expect(page.locator('main :focus')).toHaveCount(1);
    await expectInView(page, ':focus', 'what the plan focuses');
  });
}

test('on the plan, focus lands on the warnings above the steps, not past them', async ({
  page,
}) => {
  const who = person('a parent whose 16-year-old');
  const answers = answersObject(answersOf(who));
  expect(decide(answers).warnings.length).toBeGreaterThan(0);
  await openWith(page, answers, '/mes-reponses');
  await page.getByRole('main').getByRole('link', { name: screens.summary.backToPlan }).click();
  await expectPath(page, '/plan');
  await expect(page.locator('#plan-warnings')).toBeFocused();
  await expectInView(page, '#plan-warnings', 'the warnings heading');
});

test('every control on every screen is at least 44 × 44 px', async ({ page }) => {
  test.setTimeout(90_000);
  const answers = answersObject(answersOf(person('a parent whose 16-year-old')));
  const small = [
    ...(await smallTargetsOn(page, '/')),
    ...(await smallTargetsOn(page, '/questions/role')),
  ];
  await openWith(page, answers, '/plan');
  for (const path of [
    '/plan',
    ...STEP_IDS.map((step) => `/plan/${step}`),
    '/urgence',
    '/mes-reponses',
    '/glossaire',
    '/preuves',
    '/preuves/nouveau',
    '/documents/complaint-letter',
    '/effacer-mes-traces',
    '/seance-terminee',
    // The séance on a shared computer: its start, and the checklist after it.
    '/seance',
    '/seance-terminee?seance=1',
  ]) {
    small.push(...(await smallTargetsOn(page, path)));
  }
  // A plan made before every question is answered says so, with a link back to the questions.
  await openWith(page, { role: 'victim', danger: 'none' }, '/plan');
  small.push(...(await smallTargetsOn(page, '/plan')).map((control) => `provisional ${control}`));
  expect(small, 'controls under 44 × 44 px').toEqual([]);
});

test('the plan shows the next step’s first actions (at least three, every urgent one), and the rest on demand', async ({
  page,
}) => {
  const answers = answersObject(answersOf(person('a parent whose 16-year-old')));
  const plan = decide(answers);
  const next = plan.steps.find((s) => s.id === plan.next);
  const shown = Math.max(3, next?.urgent.length ?? 0);
  if (next === undefined || next.actions.length <= shown) throw new Error('needs a long next step');
  await openWith(page, answers, '/plan');
  const card = page.locator(`#step-${next.id}`);
  await expect(card.locator('[data-action]:visible')).toHaveCount(shown);
  const more = card.getByRole('button', { name: new RegExp(String(next.actions.length - shown)) });
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await more.press('Enter');
  await expect(more).toHaveAttribute('aria-expanded', 'true');
  await expect(card.locator('[data-action]:visible')).toHaveCount(next.actions.length);
  await expectNoHorizontalScroll(page);
});

const ENTRY: JournalEntry = {
  id: 'e1',
  checks: [],
  versions: [],
  link: null,
  trimmed: [],
  occurredAt: '2026-11-03T21:14',
  approximate: false,
  platform: 'instagram',
  where: 'Messages privés',
  url: 'https://www.instagram.com/direct/t/1234567890/',
  conversation: 'Conversation avec « lea_du_69 »',
  author: 'lea_du_69 (compte anonyme)',
  kinds: ['insults', 'threats'],
  description: 'Menaces de publier des photos, insultes répétées pendant toute la soirée.',
  attachments: [],
  capturedAt: '2026-11-03T21:20:00.000Z',
  updatedAt: '2026-11-03T21:20:00.000Z',
};

for (const width of [320, 360]) {
  test(`the printable chronology is read as cards at ${width} px, never a word split letter by letter`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: PHONE.height });
    await page.setContent(chronologyHtml([ENTRY], new Date('2026-11-04T08:00:00Z')));
    const narrowest = await page
      .locator('tbody td')
      .evaluateAll((cells) =>
        Math.min(
          ...cells
            .filter((cell) => cell.textContent.trim() !== '')
            .map((cell) => cell.getBoundingClientRect().width),
        ),
      );
    expect(narrowest, 'the narrowest cell, in px').toBeGreaterThan(width / 2);
    await expectNoHorizontalScroll(page);
  });
}

test('on a wide screen the printable chronology stays a table', async ({ page }) => {
  await page.setViewportSize({ width: 1200, height: 800 });
  await page.setContent(chronologyHtml([ENTRY], new Date('2026-11-04T08:00:00Z')));
  await expect(page.locator('tbody td').first()).toHaveCSS('display', 'table-cell');
  await expect(page.locator('thead')).toBeVisible();
});

for (const [what, size] of [
  ['at 320 px', { width: 320, height: 640 }],
  // A 1280 × 780 screen zoomed to 200 % lays the page out in 640 × 390 CSS pixels.
  ['at 200 % zoom', { width: 640, height: 390 }],
] as const) {
  test(`${what}, nothing scrolls sideways and each screen still starts with its heading and "Continuer"`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await page.goto('/');
    await expectNoHorizontalScroll(page);
    const menu = page.getByRole('button', { name: ui.app.menu });
    await menu.click();
    await expect(page.getByRole('link', { name: ui.app.nav.glossary })).toBeVisible();
    await page.getByRole('link', { name: ui.home.start, exact: true }).click();
    for (const [question, values] of answersOf(person('a 13-year-old')).slice(0, 4)) {
      await expectPath(page, `/questions/${question}`);
      // Measured once the screen has arrived: its heading focused and scrolled into view.
      await expect(page.locator('h1')).toBeFocused();
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
      await expectNoHorizontalScroll(page);
      const bar = await barBottom(page);
      const heading = await boxOf(page, 'h1');
      expect(heading.top, `the heading of "${question}" under the exit bar`).toBeGreaterThanOrEqual(
        bar - 1,
      );
      expect(heading.top, `the heading of "${question}" below the fold`).toBeLessThan(size.height);
      await expect(page.getByRole('button', { name: screens.question.continue })).toBeInViewport();
      const group = questionGroup(page, question);
      for (const value of values) await group.locator(`input[value="${value}"]`).check();
      await page.getByRole('button', { name: screens.question.continue, exact: true }).click();
      await expect.poll(() => new URL(page.url()).pathname).not.toBe(`/questions/${question}`);
    }
  });
}
