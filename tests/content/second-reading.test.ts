import { describe, expect, it } from 'vitest';
import { documentPages, documentsText } from '../../src/content/fr/documents.ts';
import { fr } from '../../src/content/fr/plan.ts';
import { frOffences } from '../../src/content/fr/offences.ts';
import { PLATFORMS } from '../../src/content/fr/platforms.ts';
import { frQuestions } from '../../src/content/fr/questions.ts';
import type { Voiced } from '../../src/content/types.ts';
import { strings } from '../helpers/content-strings.ts';

/**
 * Wording the legal second reading of 2026-12-01 corrected (issue 9 § 2 items 7, 9 and 10). The
 * engine's scenarios check which actions are given; these check that no sentence shown to a user
 * slips back into what the reading found wrong.
 */

const userText = [
  ...strings(fr, 'plan'),
  ...strings(frQuestions, 'questions'),
  ...strings(frOffences, 'offences'),
  ...strings(documentsText, 'documents'),
  ...strings(documentPages, 'pages'),
  ...strings(PLATFORMS, 'platforms'),
].filter(([path]) => !/\.(url|tel|sms)$/.test(path));

const variants = (text: Voiced): string[] =>
  typeof text === 'string'
    ? [text]
    : Object.values(text).filter((v): v is string => typeof v === 'string');

const matching = (pattern: RegExp) => userText.filter(([, text]) => pattern.test(text));

describe('after the legal second reading, the words', () => {
  // fact: complaint.visioplainte-uncertain
  it('never present the video complaint as something one can book', () => {
    const video = matching(/visioplainte|plainte en vidéo|par visioconférence/i).filter(
      ([path]) => !path.endsWith('.term'),
    );
    expect(video.length).toBeGreaterThan(0);
    for (const [path, text] of video) expect(text, path).toMatch(/expériment/);
    expect(matching(/rendez-vous[^.]*(vidéo|visio)/i)).toEqual([]);
  });

  // fact: complaint.no-online-complaint-for-harassment
  it('say that an online complaint for harassment is not possible "à ce jour", in every voice', () => {
    const action = fr.actions['online-complaint-not-possible'];
    for (const text of variants(action.text)) expect(text).toMatch(/à ce jour/);
  });

  // fact: dsa.liability-may-be-engaged
  it('say a platform "peut engager" its liability, never that it does', () => {
    expect(matching(/(?<!peut )engage sa responsabilité/)).toEqual([]);
    expect(matching(/peut engager sa responsabilité/).length).toBeGreaterThan(0);
  });

  // fact: dsa.small-platforms-exempt
  it('never put the duties of large platforms on every platform', () => {
    expect(
      matching(/chaque plateforme doit|les plateformes doivent|toute plateforme doit/i),
    ).toEqual([]);
    for (const text of variants(fr.actions['platform-internal-appeal'].detail ?? '')) {
      expect(text).toMatch(/la plupart des grandes plateformes/i);
    }
  });

  // fact: removal.refere-835, fact: removal.accelerated-procedure
  it('name the référé beside the accelerated procedure, both through a lawyer', () => {
    const judge = matching(/procédure accélérée au fond/).filter(
      ([path]) => !path.startsWith('plan.glossary'),
    );
    expect(judge.length).toBeGreaterThan(0);
    for (const [path, text] of judge) expect(text, path).toMatch(/référé/);
    for (const text of variants(fr.actions['judge-through-lawyer'].detail ?? '')) {
      expect(text).toMatch(/avocat/);
    }
  });

  // fact: partners.3919-for-women
  it('offer the 3919 as a line for women and girls, never as everyone’s first call', () => {
    for (const text of variants(frQuestions.contacts['3919'].what)) expect(text).toMatch(/femmes/);
    for (const text of variants(fr.actions['call-3919'].text)) expect(text).toMatch(/femme|fille/);
  });

  // fact: partners.who-is-a-partner
  it('let a teenager say "copain / copine" without saying they live together', () => {
    const options = frQuestions.questions.context.options;
    expect(variants(options.dating.label).join(' ')).toMatch(/copain|petit ami/);
    for (const text of variants(options.partner.label)) {
      expect(text).toMatch(/PACS|pacsé|concubin|vis/);
    }
  });
});
