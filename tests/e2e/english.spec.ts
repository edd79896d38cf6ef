import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { documents as en } from '../../src/content/en/documents.ts';
import { plan as enPlan } from '../../src/content/en/plan.ts';
import { screens as enScreens } from '../../src/content/en/screens.ts';
import { ui as enUiFrame } from '../../src/content/en/ui.ts';
import { screens as frScreens } from '../../src/content/fr/screens.ts';
import { ui as frUiFrame } from '../../src/content/fr/ui.ts';
import { LOCALE_NAMES } from '../../src/content/locales.ts';
import { decide } from '../../src/engine/index.ts';
import { pseudo } from '../../src/i18n/pseudo.ts';
import { audienceOf, plainText, voice } from '../../src/i18n/voice.ts';
import {
  answerQuestion,
  answersObject,
  answersOf,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  expectPath,
  loadPeople,
  planOf,
  runJourney,
  visitStepPages,
  PARENT_OF_14,
} from './helpers.ts';

const enUi = { ...enUiFrame, ...enScreens };
const frUi = { ...frUiFrame, ...frScreens };

/**
 * Balise in English: a browser that prefers English gets it from the first screen to the PDF, the
 * six people of the wizard's journeys make theirs in English on a phone, a switch in the middle of a
 * journey keeps answers and place, and the pseudo-locale (French made longer, between ⟦ ⟧) passes
 * over every screen at 320 px with no word left outside the catalogues.
 */
test.describe.configure({ timeout: 180_000 });

test.describe('a browser that prefers English', () => {
  test.use({ locale: 'en-GB', viewport: { width: 360, height: 740 } });

  test('gets Balise in English from the first screen, with the language said to screen readers', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(enUi.home.title);
    await expect(page.getByRole('button', { name: LOCALE_NAMES.en })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expectNoAxeViolations(page);
  });

  // Each person hears the plan in their own voice, so all six make the journey in English. Axe,
  // which took half of this file's time, scans the first one's screens: the French journeys scan
  // every screen of all six, and the language changes words, not structure (the pseudo-locale
  // below checks that longer words still fit at 320 px).
  for (const [index, who] of loadPeople().slice(0, 6).entries()) {
    const scan = index === 0;
    test(`${who.name}: the journey and every step page in English${scan ? ', axe on every screen' : ''}`, async ({
      page,
    }) => {
      const answers = await runJourney(page, answersOf(who), {
        scan,
        t: enUi,
        onScreen: async (screen) => {
          await expect(screen.locator('html')).toHaveAttribute('lang', 'en');
          // No markup left raw: French terms and glossary links are rendered, not shown as [[…]].
          await expect(screen.locator('body')).not.toContainText('[[');
        },
      });
      const audience = audienceOf(answers);
      const plan = planOf(who);
      for (const step of plan.steps) {
        await expect(page.locator(`#step-${step.id}-title`)).toContainText(
          plainText(voice(enPlan.steps[step.id].title, audience)),
        );
      }
      await visitStepPages(page, plan, {
        scan,
        t: enUi,
        onScreen: (screen) => expect(screen.locator('body')).not.toContainText('[['),
      });
    });
  }

  test('a document page explains in English beside the French letter, and the PDF downloads', async ({
    page,
  }) => {
    await runJourney(page, PARENT_OF_14, { scan: false, t: enUi });
    await page.goto('/documents/complaint-letter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      plainText(voice(enPlan.documents['complaint-letter'].title, 'parent')),
    );
    // The letter itself stays French, and says so to screen readers.
    const preview = page.locator('.document-preview');
    await expect(preview).toBeVisible();
    await expect(preview.locator('xpath=ancestor::*[@lang="fr"][1]')).toHaveCount(1);
    await expect(preview).toContainText('Procureur de la République');
    await expectNoAxeViolations(page);
    await expectNoHorizontalScroll(page);
    // The form in English; a missing field is named in English before any download.
    await page.getByRole('button', { name: en.ui.download, exact: true }).click();
    await expect(page.getByRole('alert').filter({ hasText: en.ui.missingTitle })).toBeVisible();
    const typed: Readonly<Record<string, string>> = {
      senderName: 'Dominique Essai',
      senderBirthDate: '1980-05-04',
      senderAddress: '3 allée du Test, 69000 Lyon',
      senderEmail: 'dominique@example.org',
      childName: 'Noa Essai',
      childBirthDate: '2012-01-20',
      court: 'Lyon',
      city: 'Lyon',
      harm: 'Noa ne dort plus.',
      facts: 'Des élèves insultent Noa sur Instagram depuis septembre.',
    };
    const inputs = page.locator('form.document-form [id^="field-"]');
    for (const id of await inputs.evaluateAll((els) => els.map((el) => el.id))) {
      const value = typed[id.replace('field-', '')];
      if (value !== undefined) await page.locator(`#${id}`).fill(value);
    }
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: en.ui.download, exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    await expect(
      page.getByRole('status').filter({ hasText: download.suggestedFilename() }),
    ).toBeVisible();
  });
});

test.describe('the language switch', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('comes right after "Quitter vite", and switching mid-journey keeps the answers and the place', async ({
    page,
  }) => {
    const who = loadPeople()[0];
    if (who === undefined) throw new Error('no journey');
    const all = answersOf(who);
    await page.goto('/');
    await page.getByRole('button', { name: frUi.quickExit.button }).focus();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: LOCALE_NAMES.fr })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: LOCALE_NAMES.en })).toBeFocused();

    await page.getByRole('link', { name: frUi.home.start, exact: true }).click();
    const [first, second, ...rest] = all;
    if (first === undefined || second === undefined) throw new Error('short journey');
    await answerQuestion(page, first[0], first[1]);
    const place = `/questions/${second[0]}`;
    await expectPath(page, place);

    const english = page.getByRole('button', { name: LOCALE_NAMES.en });
    await english.click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(english).toHaveAttribute('aria-pressed', 'true');
    await expect(english).toBeFocused();
    await expectPath(page, place);
    await expect(page.getByRole('button', { name: enUi.question.continue })).toBeVisible();
    await expectNoAxeViolations(page);

    // The rest of the journey in English ends on the plan the answers given in French lead to.
    await answerQuestion(page, second[0], second[1], undefined, enUi);
    for (const [question, values] of rest) {
      await answerQuestion(page, question, values, undefined, enUi);
      if (new URL(page.url()).pathname === '/urgence') {
        await page.getByRole('link', { name: enUi.emergency.continue, exact: true }).click();
      }
    }
    await expectPath(page, '/plan');
    const given = answersObject(all);
    const plan = decide(given);
    for (const step of plan.steps) {
      await expect(page.locator(`#step-${step.id}`)).toHaveAttribute('data-status', step.status);
    }

    // Kept with the answers: a reload stays in English; "Français" goes back.
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByRole('button', { name: LOCALE_NAMES.fr }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      voice(frUi.plan.title, audienceOf(given)),
    );
  });
});

/** The save that starts Balise in the pseudo-locale, written once (answering keeps it). */
async function startInPseudoLocale(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const key = 'balise:answers';
    if (sessionStorage.getItem(key) === null) {
      sessionStorage.setItem(key, JSON.stringify({ version: 2, answers: {}, locale: 'qps' }));
    }
  });
}

/**
 * Every piece of text on the screen comes from a catalogue: it lies between the pseudo-locale's
 * ⟦ ⟧ (fragments with their own `lang`, such as the French letters and sources, are left out; so
 * are numbers and dates). Returns what is outside, for the failure message.
 */
function unmarkedText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const parent = node.parentElement;
      if (parent === null || !/\p{L}/u.test(text)) continue;
      if (parent.closest('script, style, noscript, [lang]:not(html)') !== null) continue;
      // Inside a marked string: the nearest ancestor whose text has a ⟦ holds this node between
      // a ⟦ and its ⟧.
      let ancestor: Element | null = parent;
      let marked = false;
      while (ancestor !== null && ancestor !== document.body) {
        const full = ancestor.textContent;
        if (full.includes('⟦')) {
          let offset = 0;
          const inner = document.createTreeWalker(ancestor, NodeFilter.SHOW_TEXT);
          for (let n = inner.nextNode(); n !== null && n !== node; n = inner.nextNode()) {
            offset += (n.textContent ?? '').length;
          }
          const at = offset + text.search(/\p{L}/u);
          const open = full.lastIndexOf('⟦', at);
          const close = full.lastIndexOf('⟧', at);
          marked = open > close && full.slice(at).includes('⟧');
          break;
        }
        ancestor = ancestor.parentElement;
      }
      const withoutDates = text.replace(/\d{1,2}(er)? \p{L}+ \d{4}/gu, '');
      if (!marked && /\p{L}/u.test(withoutDates)) {
        found.push(
          `${text.trim()} [${parent.tagName} in ${(ancestor?.textContent ?? '').slice(0, 80)}]`,
        );
      }
    }
    return found;
  });
}

test.describe('the pseudo-locale', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test.describe.configure({ timeout: 300_000 });

  test('passes over every screen at 320 px: no word outside the catalogues, no sideways scroll', async ({
    page,
  }) => {
    await startInPseudoLocale(page);
    const t = pseudo(frUi);
    const check = async (screen: Page) => {
      await expect(screen.getByRole('heading', { level: 1 })).toContainText('⟦');
      await expectNoHorizontalScroll(screen);
      expect(await unmarkedText(screen), new URL(screen.url()).pathname).toEqual([]);
    };
    const answers = await runJourney(page, PARENT_OF_14, { scan: false, t, onScreen: check });
    const plan = decide(answers);
    await visitStepPages(page, plan, { scan: false, t, onScreen: check });
    const more = [
      '/urgence',
      '/mes-reponses',
      '/glossaire',
      '/preuves',
      '/preuves/nouveau',
      '/suivi',
      '/effacer-mes-traces',
      '/seance',
      '/terminer',
      ...plan.documents.map((id) => `/documents/${id}`),
      '/page-qui-n-existe-pas',
    ];
    for (const path of more) {
      await page.goto(path);
      await check(page);
    }
  });
});
