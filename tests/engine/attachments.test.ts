import { describe, expect, it } from 'vitest';
import type { AgeBand, Answers, ContentKind } from '../../src/engine/index.ts';
import { AGE_BANDS, CONTENT_KINDS, attachmentPolicy } from '../../src/engine/index.ts';

/** Every subset of the content kinds (2^11), so the whole space is checked, not samples. */
const everyKindSet: readonly (readonly ContentKind[])[] = Array.from(
  { length: 2 ** CONTENT_KINDS.length },
  (_, mask) => CONTENT_KINDS.filter((_kind, bit) => (mask & (1 << bit)) !== 0),
);
const everyAge: readonly (AgeBand | undefined)[] = [...AGE_BANDS, undefined];
const maybeMinor = (age: AgeBand | undefined) => age !== 'adult';
/** The answers of someone of this age band (no age at all for `undefined`). */
const aged = (age: AgeBand | undefined): Answers => (age === undefined ? {} : { age });

describe('attachmentPolicy: which files the journal takes for an act', () => {
  it('refuses files for child sexual content, whatever the age', () => {
    for (const age of everyAge) {
      expect(attachmentPolicy(aged(age), ['child-sexual'])).toBe('refuse');
      expect(attachmentPolicy(aged(age), ['insults', 'sextortion', 'child-sexual'])).toBe('refuse');
    }
  });

  it('refuses files for intimate images of someone who may be a minor, age unknown included', () => {
    expect(attachmentPolicy({ age: 'under-15' }, ['intimate-images'])).toBe('refuse');
    expect(attachmentPolicy({ age: '15-17' }, ['intimate-images', 'sextortion'])).toBe('refuse');
    expect(attachmentPolicy({ age: 'unknown' }, ['intimate-images'])).toBe('refuse');
    expect(attachmentPolicy({}, ['intimate-images'])).toBe('refuse');
    expect(attachmentPolicy({ age: 'adult' }, ['intimate-images'])).toBe('accept');
  });

  it('takes sextortion captures once the person confirms no intimate image shows, at any age', () => {
    for (const age of everyAge) {
      expect(attachmentPolicy(aged(age), ['sextortion'])).toBe('confirm-no-intimate-image');
      expect(attachmentPolicy(aged(age), ['sextortion', 'threats'])).toBe(
        'confirm-no-intimate-image',
      );
    }
    expect(attachmentPolicy({ age: 'adult' }, ['sextortion', 'intimate-images'])).toBe(
      'confirm-no-intimate-image',
    );
  });

  it('accepts files for every other act', () => {
    expect(attachmentPolicy({ age: '15-17' }, ['insults', 'threats', 'rumours'])).toBe('accept');
    expect(attachmentPolicy({}, [])).toBe('accept');
  });

  it('over every age and every set of kinds, follows the three rules in order', () => {
    for (const age of everyAge) {
      for (const kinds of everyKindSet) {
        const expected =
          kinds.includes('child-sexual') || (maybeMinor(age) && kinds.includes('intimate-images'))
            ? 'refuse'
            : kinds.includes('sextortion')
              ? 'confirm-no-intimate-image'
              : 'accept';
        expect(attachmentPolicy(aged(age), kinds), `${String(age)} ${kinds.join(',')}`).toBe(
          expected,
        );
      }
    }
  });

  it('reads only the age and the kinds, and changes neither input', () => {
    const answers: Answers = Object.freeze({
      role: 'victim',
      age: '15-17',
      contentKinds: Object.freeze(['insults'] as ContentKind[]),
    });
    const kinds = Object.freeze(['sextortion'] as ContentKind[]);
    expect(attachmentPolicy(answers, kinds)).toBe('confirm-no-intimate-image');
    expect(attachmentPolicy({ ...answers, role: 'parent', danger: 'physical' }, kinds)).toBe(
      'confirm-no-intimate-image',
    );
  });
});
