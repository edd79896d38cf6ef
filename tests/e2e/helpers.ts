import type { Locator, Page } from '@playwright/test';
import type * as Axe from 'axe-core';
import { expect } from '@playwright/test';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { parse } from 'yaml';
import type { Answers, Plan, QuestionId, StepId, StepStatus } from '../../src/engine/index.ts';
import { OPTIONS, STEP_IDS, decide, parseAnswers } from '../../src/engine/index.ts';
import { ui } from '../../src/content/fr/ui.ts';
import { screens } from '../../src/content/fr/screens.ts';
import type { Catalogue } from '../../src/content/catalogue.ts';

/** The frame's words a journey clicks through: French by default, English in tests/e2e/english.spec.ts. */
/** The interface's words in one language: the frame's and the screens'. */
export type UiWords = Catalogue['ui'] & Catalogue['screens'];
const FRENCH: UiWords = { ...ui, ...screens };
import { journalText } from '../../src/content/fr/journal.ts';
import type { Audience } from '../../src/content/types.ts';
import { voice } from '../../src/i18n/voice.ts';

/** WCAG 2.0, 2.1 and 2.2 A and AA, plus axe's best practices. */
export const AXE_TAGS = [
  'wcag2a',
  'wcag2aa',
  'wcag21a',
  'wcag21aa',
  'wcag22aa',
  'best-practice',
] as const;

/**
 * Screens axe has already passed in this run, one empty file per screen, shared by the workers.
 * Playwright empties its output folder before each run, so nothing carries over from a past build.
 */
const AXE_PASSED = join('test-results', '.axe-passed');

/**
 * What axe's verdict depends on: the whole DOM (attributes included, so an open `<details>` or an
 * `aria-invalid` field is another screen), the viewport, the zoom and the emulated media. Two
 * screens with the same key get the same verdict, so one scan stands for both.
 */
async function screenKey(page: Page): Promise<string> {
  const state = await page.evaluate(() =>
    JSON.stringify([
      document.documentElement.outerHTML,
      innerWidth,
      innerHeight,
      devicePixelRatio,
      getComputedStyle(document.documentElement).fontSize,
      [
        '(prefers-color-scheme: dark)',
        '(prefers-reduced-motion: reduce)',
        '(forced-colors: active)',
      ].map((query) => matchMedia(query).matches),
    ]),
  );
  return createHash('sha256').update(state).digest('hex');
}

/** axe-core's script, put in a page once per document by `expectNoAxeViolations`. */
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * Runs axe-core on the page as it is and fails with a readable list of every violation. A screen
 * identical to one already passed in this run (the home page every journey starts from, a question
 * before it is answered) is not scanned twice: about half the browser tests' time went to scans.
 *
 * axe's 550 kB script is put in the document once and stays there across the app's own moves,
 * which do not load a new document: @axe-core/playwright put it in again before every scan, about
 * 0.6 s of each scan's 0.7 s. Balise has no frames: a page with some fails here, rather than being
 * half scanned.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const key = await screenKey(page);
  const passed = join(AXE_PASSED, key);
  if (existsSync(passed)) return;
  expect(page.frames(), `${pathOf(page)} has frames: the scan covers one document`).toHaveLength(1);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    async (tags) => {
      const { axe } = window as unknown as { axe: typeof Axe };
      // Scanned from the top of the page, as the key (the DOM) does not say where it is scrolled
      // to: further down, the controls that scrolled under the sticky "Quitter vite" bar count as
      // obscured targets (target-size), which depends on the scroll, not on the screen.
      const scrolled = window.scrollY;
      window.scrollTo({ top: 0, behavior: 'instant' });
      const results = await axe
        .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
        .finally(() => {
          window.scrollTo({ top: scrolled, behavior: 'instant' });
        });
      return results.violations.map((violation) => {
        const nodes = violation.nodes
          .map((node) => `    at ${node.target.join(' ')}: ${node.failureSummary ?? ''}`)
          .join('\n');
        return `${violation.id} (${violation.impact ?? 'no impact'}): ${violation.help}\n${nodes}`;
      });
    },
    [...AXE_TAGS],
  );
  expect(
    violations,
    `axe found ${violations.length} violation(s) on ${pathOf(page)}:\n${violations.join('\n')}`,
  ).toEqual([]);
  mkdirSync(AXE_PASSED, { recursive: true });
  writeFileSync(passed, '');
}

/** The path of the page's URL, without origin, query or hash. */
export function pathOf(page: Page): string {
  return new URL(page.url()).pathname;
}

/** Waits until the app has routed to `path`. */
export async function expectPath(page: Page, path: string): Promise<void> {
  // Routing is client-side and quick: poll often rather than Playwright's 100, 250, 500, 1000 ms.
  await expect
    .poll(() => pathOf(page), { message: `expected to be on ${path}`, intervals: [25, 50, 100] })
    .toBe(path);
}

/** After a navigation inside Balise, focus is on the new page's `h1` (its only one). */
export async function expectHeadingFocused(page: Page): Promise<void> {
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('h1')).toBeFocused();
}

/**
 * On `/plan`, focus is on the warnings above the steps when there are some (so they are not
 * skipped), else on the next step's heading, or on the page's `h1` when none is left.
 */
export async function expectPlanFocused(page: Page, next: StepId | null): Promise<void> {
  // The warnings render with the steps: once the steps show, their absence is certain.
  await expect(page.locator('ol.steps > li').first()).toBeVisible();
  if ((await page.locator('#plan-warnings').count()) > 0) {
    await expect(page.locator('#plan-warnings')).toBeFocused();
  } else if (next === null) await expectHeadingFocused(page);
  else await expect(page.locator(`#step-${next}-title`)).toBeFocused();
}

/** The fieldset that holds the options of one question. */
export function questionGroup(page: Page, questionId: QuestionId): Locator {
  return page.locator('fieldset').filter({ has: page.locator(`input[name="${questionId}"]`) });
}

/**
 * Answers the question on screen: checks the native radio or checkbox whose `value` is each
 * engine option id, presses "Continuer", and checks where the app went (`then`, a path).
 */
export async function answerQuestion(
  page: Page,
  questionId: QuestionId,
  values: readonly string[],
  then?: string,
  t: UiWords = FRENCH,
): Promise<void> {
  await expectPath(page, `/questions/${questionId}`);
  const group = questionGroup(page, questionId);
  for (const value of values) await group.locator(`input[value="${value}"]`).check();
  await page.getByRole('button', { name: t.question.continue, exact: true }).click();
  if (then === undefined) {
    await expect.poll(() => pathOf(page)).not.toBe(`/questions/${questionId}`);
  } else {
    await expectPath(page, then);
  }
}

/** One answer as the UI gives it: a question and the option ids chosen. */
export type Answer = readonly [QuestionId, readonly string[]];

/** A parent of a 14-year-old insulted at school (the documents' journeys). */
export const PARENT_OF_14: readonly Answer[] = [
  ['role', ['parent']],
  ['danger', ['none']],
  ['age', ['under-15']],
  ['contentKinds', ['insults', 'rumours']],
  ['frequency', ['repeated']],
  ['visibility', ['public']],
  ['author', ['pseudonym']],
  ['context', ['school']],
  ['evidence', ['partial']],
  ['platformReport', ['refused']],
  ['complaint', ['not-done']],
  ['lastAct', ['under-3-months']],
];

/** A person of tests/engine/scenarios/journeys.yaml: the answers they give and their plan. */
export interface Person {
  readonly name: string;
  readonly answers: Readonly<Record<string, string | readonly string[]>>;
  readonly expect: {
    readonly next?: StepId | null;
    readonly steps?: Readonly<Partial<Record<StepId, StepStatus>>>;
    readonly contacts?: readonly string[];
    readonly documents?: readonly string[];
    readonly warnings?: readonly string[];
    readonly actions?: Readonly<Partial<Record<StepId, readonly string[]>>>;
    readonly noActions?: Readonly<Partial<Record<StepId, readonly string[]>>>;
  };
}

/** The six people of the wizard's journeys, shared with the engine's scenario tests. */
export function loadPeople(): readonly Person[] {
  const file = join(import.meta.dirname, '..', 'engine', 'scenarios', 'journeys.yaml');
  return parse(readFileSync(file, 'utf8')) as Person[];
}

/** The person whose name starts with `name`. */
export function person(name: string): Person {
  const found = loadPeople().find((p) => p.name.startsWith(name));
  if (found === undefined) throw new Error(`no journey for "${name}" in journeys.yaml`);
  return found;
}

/** A person's answers in the order the file lists them: the order the questions are asked. */
export function answersOf(who: Person): Answer[] {
  return Object.entries(who.answers).map(
    ([question, value]) =>
      [question as QuestionId, typeof value === 'string' ? [value] : [...value]] as const,
  );
}

/** What the engine decides for this person (to check the screen shows the whole of it). */
export function planOf(who: Person): Plan {
  return decide(parseAnswers(who.answers));
}

export function answersObject(answers: readonly Answer[]): Answers {
  return parseAnswers(
    Object.fromEntries(
      answers.map(([q, values]) => [q, q === 'contentKinds' ? values : values[0]]),
    ),
  );
}

/** Where Balise goes after the answer at `index`: emergency first, then the next question. */
function destinationAfter(answers: readonly Answer[], index: number): string {
  const [question, values] = answers[index] ?? ['role', []];
  if (question === 'danger' && values[0] !== 'none') return '/urgence';
  const next = answers[index + 1];
  return next === undefined ? '/plan' : `/questions/${next[0]}`;
}

export interface JourneyOptions {
  /** Run axe on every screen passed through (default). */
  readonly scan?: boolean;
  /** Checks to run on the emergency screen, before "J’ai compris, continuer". */
  readonly onEmergency?: (page: Page) => Promise<void>;
  /** The words of the language the journey is made in (French by default). */
  readonly t?: UiWords;
  /** Checks to run on every screen passed through, after axe. */
  readonly onScreen?: (page: Page) => Promise<void>;
}

/**
 * From the home page's "Commencer" through every question to `/plan`, as a user would, checking
 * on each screen that focus is on its heading, the path is right, and axe finds nothing.
 * Returns the answers as the engine reads them.
 */
export async function runJourney(
  page: Page,
  answers: readonly Answer[],
  { scan = true, onEmergency, t = FRENCH, onScreen }: JourneyOptions = {},
): Promise<Answers> {
  const check = async () => {
    if (scan) await expectNoAxeViolations(page);
    await onScreen?.(page);
  };
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await check();
  await page.getByRole('link', { name: t.home.start, exact: true }).click();

  for (const [index, [question, values]] of answers.entries()) {
    await expectPath(page, `/questions/${question}`);
    await expectHeadingFocused(page);
    await check();
    const destination = destinationAfter(answers, index);
    await answerQuestion(page, question, values, destination, t);
    if (destination === '/urgence') {
      await expectHeadingFocused(page);
      await check();
      await onEmergency?.(page);
      await page.getByRole('link', { name: t.emergency.continue, exact: true }).click();
    }
  }

  const given = answersObject(answers);
  await expectPath(page, '/plan');
  await expect(page.locator('ol.steps > li')).toHaveCount(STEP_IDS.length);
  await expectPlanFocused(page, decide(given).next);
  await check();
  return given;
}

/**
 * Opens the page of every step from the plan and back (a step that does not apply has no link:
 * its address is opened directly), checking focus, status, sources and axe on each.
 */
export async function visitStepPages(
  page: Page,
  plan: Plan,
  {
    scan = true,
    t = FRENCH,
    onScreen,
  }: { scan?: boolean; t?: UiWords; onScreen?: (page: Page) => Promise<void> } = {},
): Promise<void> {
  for (const step of plan.steps) {
    await expectPath(page, '/plan');
    const card = page.locator(`#step-${step.id}`);
    const fromPlan = step.status !== 'not-applicable';
    if (fromPlan) {
      await card.getByRole('link', { name: t.plan.details }).click();
      await expectPath(page, `/plan/${step.id}`);
      await expectHeadingFocused(page);
    } else {
      await expect(card.getByRole('link', { name: t.plan.details })).toHaveCount(0);
      await page.goto(`/plan/${step.id}`);
    }
    const article = page.locator(`article#step-${step.id}`);
    await expect(article).toHaveAttribute('data-status', step.status);
    await expect(article.locator('[data-source]').first()).toBeVisible();
    if (scan) await expectNoAxeViolations(page);
    await onScreen?.(page);
    await page.getByRole('main').getByRole('link', { name: t.step.back }).click();
    await expectPath(page, '/plan');
    await expectPlanFocused(page, plan.next);
  }
}

/** Opens every step's "Voir les … actions" on the plan, so that all the actions show. */
export async function showAllActions(page: Page): Promise<void> {
  const closed = page.locator('ol.steps button[aria-expanded="false"]');
  while ((await closed.count()) > 0) await closed.first().click();
}

/** Whether the focused element is one of `locator`'s elements. */
export async function hasFocus(locator: Locator): Promise<boolean> {
  return locator.evaluateAll((elements) => elements.some((e) => e === document.activeElement));
}

/** Presses `key` (Tab by default) until focus is on one of `locator`'s elements. */
export async function pressUntilFocused(
  page: Page,
  locator: Locator,
  key: 'Tab' | 'Shift+Tab' = 'Tab',
  max = 60,
): Promise<void> {
  for (let presses = 0; presses < max; presses += 1) {
    if (await hasFocus(locator)) return;
    await page.keyboard.press(key);
  }
  await expect(locator.first(), `${key} never reached it in ${max} presses`).toBeFocused();
}

/**
 * Answers the question on screen with the keyboard only: Tab into the group, arrow keys and Space
 * for radios, Tab and Space for checkboxes, then Tab to "Continuer" and Enter.
 */
export async function answerWithKeyboard(
  page: Page,
  questionId: QuestionId,
  values: readonly string[],
): Promise<void> {
  const group = questionGroup(page, questionId);
  const inputs = group.locator('input');
  const options = OPTIONS[questionId] as readonly string[];
  if (questionId === 'contentKinds') {
    for (const value of options.filter((o) => values.includes(o))) {
      await pressUntilFocused(page, group.locator(`input[value="${value}"]`));
      await page.keyboard.press('Space');
    }
  } else {
    const [value = ''] = values;
    await pressUntilFocused(page, inputs);
    for (let moves = 0; moves <= options.length; moves += 1) {
      if (await hasFocus(group.locator(`input[value="${value}"]`))) break;
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Space');
  }
  for (const value of values) await expect(group.locator(`input[value="${value}"]`)).toBeChecked();
  await pressUntilFocused(page, page.getByRole('button', { name: screens.question.continue }));
  await page.keyboard.press('Enter');
}

/** The page has no horizontal scrolling. */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const root = document.documentElement;
          return root.scrollWidth - root.clientWidth;
        }),
      { message: `${pathOf(page)} scrolls sideways by this many pixels` },
    )
    .toBeLessThanOrEqual(0);
}

/**
 * The IndexedDB databases of the page and its storage buckets: Chromium keeps the journal in a
 * bucket of its own (`balise-journal-<n>`, see src/lib/journal/place.ts).
 */
export const storedDatabases = (page: Page): Promise<string[]> =>
  page.evaluate(async () => {
    const buckets = (navigator as { storageBuckets?: { keys: () => Promise<string[]> } })
      .storageBuckets;
    return [
      ...(await indexedDB.databases()).map((info) => info.name ?? ''),
      ...((await buckets?.keys()) ?? []),
    ];
  });

/** A 1 × 1 PNG (the smallest valid picture). */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC',
  'base64',
);

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A valid 1 × 1 PNG whose comment (a tEXt chunk, stored as is) is `label`: other bytes each. */
export function screenshot(label: string): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    pngChunk('IHDR', header),
    pngChunk('tEXt', Buffer.from(`Comment\0${label}`, 'latin1')),
    pngChunk('IDAT', deflateSync(Buffer.from([0, 200, 30, 30]))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * On the journal's form (`/preuves/nouveau`), notes an act on Instagram with a capture (`file`),
 * saves it, and waits for its file's SHA-256. `audience`: whose words the time field speaks.
 */
export async function fillAct(
  page: Page,
  description: string,
  audience: Audience | null = 'adult',
  file: Buffer = PNG,
): Promise<void> {
  const t = journalText;
  await expectPath(page, '/preuves/nouveau');
  const form = page.locator('form.entry-form');
  await form.getByLabel(t.entry.date, { exact: true }).fill('2024-03-03');
  await form.getByLabel(voice(t.entry.time, audience), { exact: true }).fill('08:05');
  await form.getByLabel(t.entry.platform, { exact: true }).selectOption('instagram');
  await form.getByLabel(t.entry.author, { exact: true }).fill('@moqueur_75');
  await form.locator('input[type="checkbox"][value="insults"]').check();
  await form.getByLabel(t.entry.description, { exact: true }).fill(description);
  await form
    .getByLabel(t.entry.attachments, { exact: true })
    .setInputFiles({ name: 'capture.png', mimeType: 'image/png', buffer: file });
  await expect(form.locator('ul.files')).toContainText('capture.png');
  await page.getByRole('button', { name: t.entry.save, exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: t.entry.saved })).toBeVisible();
  await expect(page.locator('[data-attachment] .hash code')).toHaveText(/^[0-9a-f]{64}$/);
}

/** Someone's answers kept on this device (local storage), as Balise saves them. */
export async function keepAnswersOnDevice(page: Page, answers: object): Promise<void> {
  await page.evaluate((saved) => {
    localStorage.setItem('balise:answers', JSON.stringify({ version: 2, answers: saved }));
  }, answers);
}
