import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { STEP_IDS } from '../../src/engine/index.ts';
import { ui } from '../../src/content/fr/ui.ts';
import { screens } from '../../src/content/fr/screens.ts';
import { fill } from '../../src/i18n/voice.ts';
import type { Person } from './helpers.ts';
import {
  answerQuestion,
  answersOf,
  expectPath,
  loadPeople,
  planOf,
  runJourney,
  showAllActions,
  visitStepPages,
} from './helpers.ts';

/**
 * The six people of issue 3, each on a 360 × 740 phone: from "Commencer" through every question
 * to the plan, which must be the one tests/engine/scenarios/journeys.yaml promises them.
 */
test.use({ viewport: { width: 360, height: 740 } });
// A journey is some twenty screens, each scanned by axe.
test.describe.configure({ timeout: 120_000 });

/** A help line's tap-to-call link, or tap-to-text for the 114. */
async function expectTapToCall(page: Page, contact: string): Promise<void> {
  const card = page.locator(`#contact-${contact}`);
  const sms = contact === '114';
  const link = card.getByRole('link', {
    name: fill(sms ? screens.emergency.sms : screens.emergency.call, { number: contact }),
  });
  await expect(link).toHaveAttribute('href', sms ? 'sms:114' : `tel:${contact}`);
}

/** The elements whose id starts with `prefix` are exactly these, in this order. */
async function expectIds(page: Page, prefix: string, ids: readonly string[]): Promise<void> {
  const found = page.locator(`main [id^="${prefix}"]`);
  await expect(found).toHaveCount(ids.length);
  for (const [index, id] of ids.entries()) {
    await expect(found.nth(index)).toHaveAttribute('id', `${prefix}${id}`);
  }
}

async function expectPlanOf(page: Page, who: Person): Promise<void> {
  const plan = planOf(who);
  const expected = who.expect;

  // The six steps, in order, as an ordered list, each with its status.
  const steps = page.locator('ol.steps > li');
  await expect(steps).toHaveCount(STEP_IDS.length);
  for (const [index, id] of STEP_IDS.entries()) {
    await expect(steps.nth(index)).toHaveAttribute('id', `step-${id}`);
  }
  for (const [id, status] of Object.entries(expected.steps ?? {})) {
    await expect(page.locator(`#step-${id}`), `status of ${id}`).toHaveAttribute(
      'data-status',
      status,
    );
  }
  for (const step of plan.steps) {
    await expect(page.locator(`#step-${step.id}`)).toHaveAttribute('data-status', step.status);
    await expect(page.locator(`#step-${step.id} .badge--${step.status}`)).toHaveText(
      screens.plan.status[step.status],
    );
  }

  // The next step is highlighted, and said in words.
  const next = expected.next === undefined ? plan.next : expected.next;
  const highlighted = page.locator('.step--next');
  if (next === null) {
    await expect(highlighted).toHaveCount(0);
  } else {
    await expect(highlighted).toHaveCount(1);
    await expect(highlighted).toHaveAttribute('id', `step-${next}`);
    await expect(highlighted.getByText(screens.plan.next, { exact: true })).toBeVisible();
  }

  // What each step says to do in this situation, and what it must not say.
  await showAllActions(page);
  for (const [id, actions] of Object.entries(expected.actions ?? {})) {
    for (const action of actions) {
      await expect(page.locator(`#step-${id} [data-action="${action}"]`)).toBeVisible();
    }
  }
  for (const [id, actions] of Object.entries(expected.noActions ?? {})) {
    for (const action of actions) {
      await expect(page.locator(`#step-${id} [data-action="${action}"]`)).toHaveCount(0);
    }
  }

  await expectIds(page, 'contact-', expected.contacts ?? []);
  for (const contact of expected.contacts ?? []) await expectTapToCall(page, contact);
  await expectIds(page, 'warning-', expected.warnings ?? []);
  await expectIds(page, 'document-', expected.documents ?? []);
}

for (const who of loadPeople()) {
  test(`${who.name}: answers on a phone and leaves with the right plan, sources on every step`, async ({
    page,
  }) => {
    let sawEmergency = false;
    await runJourney(page, answersOf(who), {
      onEmergency: async () => {
        sawEmergency = true;
        for (const contact of ['17', '112', '114']) await expectTapToCall(page, contact);
      },
    });
    expect(sawEmergency, 'emergency screen shown').toBe(who.answers['danger'] !== 'none');
    await expectPlanOf(page, who);
    await visitStepPages(page, planOf(who));
    // Coming back from the step pages, the plan is unchanged.
    await expectPlanOf(page, who);
  });
}

test('in physical danger, the emergency screen comes right after the danger question, then the questions resume', async ({
  page,
}) => {
  const who = loadPeople().find((p) => p.answers['danger'] === 'physical');
  if (who === undefined) throw new Error('journeys.yaml has no one in physical danger');
  const [role, danger, next] = answersOf(who);
  if (role === undefined || danger === undefined || next === undefined)
    throw new Error('too short');

  await page.goto('/');
  await page.getByRole('link', { name: ui.home.start, exact: true }).click();
  await answerQuestion(page, role[0], role[1], '/questions/danger');
  await answerQuestion(page, danger[0], danger[1], '/urgence');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(screens.emergency.title.default);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expectTapToCall(page, '17');
  await expectTapToCall(page, '112');
  await expectTapToCall(page, '114');
  await expect(page.getByText(screens.emergency.smsNote.default)).toBeVisible();

  await page.getByRole('link', { name: screens.emergency.continue, exact: true }).click();
  await expectPath(page, `/questions/${next[0]}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});
