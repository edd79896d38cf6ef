import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTENT_KINDS } from '../../../src/engine/index.ts';
import {
  draftOf,
  draftProblems,
  emptyDraft,
  entryOf,
  intake,
  isEphemeral,
  rebasedFiles,
  removedFiles,
  withCheck,
  withKind,
} from '../../../src/features/evidence/entry-draft.ts';
import type { AttachmentMeta, CaptureCheck } from '../../../src/lib/journal/model.ts';
import { CAPTURE_CHECKS } from '../../../src/lib/journal/model.ts';

const file = (id: string): AttachmentMeta => ({
  id,
  name: `${id}.png`,
  type: 'image/png',
  size: 10,
  sha256: '0'.repeat(64),
  addedAt: '2026-01-01T00:00:00.000Z',
});

describe('the entry form, without a screen', () => {
  it('starts on today’s date in the person’s own time zone, with no time', () => {
    const draft = emptyDraft(new Date(2026, 0, 5, 23, 59));
    expect(draft).toMatchObject({ date: '2026-01-05', time: '', kinds: [] });
  });

  it('asks for the date and a kind, and for the confirmation when it is due', () => {
    const draft = { ...emptyDraft(new Date(2026, 0, 5)), date: '' };
    expect(draftProblems(draft, true)).toEqual([
      'occurred-at',
      'kinds',
      'confirm-no-intimate-image',
    ]);
    expect(draftProblems({ ...draft, date: '2026-01-05', kinds: ['insults'] }, false)).toEqual([]);
  });

  it('keeps the kinds in the same order whatever order they were ticked in', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([...CONTENT_KINDS]), (ticked) => {
        const kinds = ticked.reduce<readonly (typeof CONTENT_KINDS)[number][]>(
          (acc, kind) => withKind(acc, kind, true),
          [],
        );
        expect(kinds).toEqual(CONTENT_KINDS.filter((k) => ticked.includes(k)));
        for (const kind of ticked) expect(withKind(kinds, kind, false)).not.toContain(kind);
      }),
    );
  });

  it('keeps the capture checks in the same order whatever order they were ticked in', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([...CAPTURE_CHECKS]), (ticked) => {
        const checks = ticked.reduce<readonly CaptureCheck[]>(
          (acc, check) => withCheck(acc, check, true),
          [],
        );
        expect(checks).toEqual(CAPTURE_CHECKS.filter((c) => ticked.includes(c)));
        for (const check of ticked) expect(withCheck(checks, check, false)).not.toContain(check);
      }),
    );
  });

  it('says to capture first on Snapchat, and for a story, a snap or a disappearing message', () => {
    expect(isEphemeral({ platform: 'snapchat', where: '' })).toBe(true);
    for (const where of [
      'Story',
      'stories du compte',
      'un snap',
      'message éphémère',
      'Disappearing',
    ]) {
      expect(isEphemeral({ platform: 'instagram', where }), where).toBe(true);
    }
    for (const where of ['', 'commentaires', 'groupe de classe', 'historique']) {
      expect(isEphemeral({ platform: 'instagram', where }), where).toBe(false);
    }
  });

  it('trims what was typed, joins date and time, and gives back the same draft when edited', () => {
    const draft = {
      ...emptyDraft(new Date(2026, 2, 3)),
      time: '09:15',
      url: '  https://x.example/p  ',
      author: ' @someone ',
      kinds: ['threats', 'insults'] as const,
      description: ' Il a écrit. ',
      checks: ['context', 'date-shown'] as const,
    };
    const entry = entryOf(draft, {
      id: 'e1',
      capturedAt: '2026-03-03T10:00:00.000Z',
      now: '2026-03-04T10:00:00.000Z',
      attachments: [file('a')],
    });
    expect(entry).toMatchObject({
      occurredAt: '2026-03-03T09:15',
      url: 'https://x.example/p',
      author: '@someone',
      kinds: ['insults', 'threats'],
      description: 'Il a écrit.',
      checks: ['date-shown', 'context'],
      capturedAt: '2026-03-03T10:00:00.000Z',
      updatedAt: '2026-03-04T10:00:00.000Z',
    });
    expect(draftOf(entry)).toEqual({
      ...draft,
      url: 'https://x.example/p',
      author: '@someone',
      kinds: ['insults', 'threats'],
      description: 'Il a écrit.',
      checks: ['date-shown', 'context'],
    });
  });

  it('deletes with the save only the files removed in this form, keeping another tab’s additions', () => {
    const base = [file('a'), file('b')];
    const kept = [file('a')];
    expect(removedFiles(base, kept)).toEqual(['b']);
    // Another tab added "c" meanwhile: the merged form keeps it, and still drops "b".
    expect(rebasedFiles(base, kept, [file('a'), file('b'), file('c')]).map((f) => f.id)).toEqual([
      'a',
      'c',
    ]);
  });

  it('refuses files over the limit by name and keeps the others', () => {
    const chosen = [
      { name: 'small', size: 5 },
      { name: 'big', size: 11 },
      { name: 'edge', size: 10 },
    ];
    const { accepted, tooBig } = intake(chosen, 10);
    expect(accepted.map((f) => f.name)).toEqual(['small', 'edge']);
    expect(tooBig.map((f) => f.name)).toEqual(['big']);
  });
});
