import { describe, expect, it } from 'vitest';
import { decide, parseAnswers } from '../../src/engine/index.ts';

/** Whoever speaks of self-harm sees the suicide prevention line before any other number. */
describe('emergency order for self-harm', () => {
  const selfHarm = (more: object = {}) =>
    decide(parseAnswers({ role: 'victim', danger: 'self-harm', ...more }));

  it('lists 3114 first, then 15, then the other contacts', () => {
    const { contacts } = selfHarm({ age: 'under-15' });
    expect(contacts.slice(0, 2)).toEqual(['3114', '15']);
    expect(contacts).toContain('17');
    expect(contacts).toContain('119');
  });

  it('asks to call 3114 first, then 15, in the emergency step', () => {
    const step = selfHarm().steps.find((s) => s.id === 'emergency');
    expect(step?.actions.slice(0, 2)).toEqual(['call-3114', 'call-15']);
    expect(step?.actions).toContain('call-17');
  });

  it('keeps the usual order when the danger is physical', () => {
    const { contacts } = decide(parseAnswers({ role: 'victim', danger: 'physical' }));
    expect(contacts.slice(0, 3)).toEqual(['17', '112', '114']);
  });
});

describe('why the emergency step does not apply', () => {
  const reasonsOf = (answers: object) =>
    decide(parseAnswers(answers))
      .steps.find((s) => s.id === 'emergency')
      ?.reasons.map((r) => r.id);

  it('does not claim "no danger" when nothing was answered', () => {
    expect(reasonsOf({})).toEqual(['danger-not-answered']);
  });

  it('says "no danger" only when the person said so', () => {
    expect(reasonsOf({ role: 'victim', danger: 'none' })).toEqual(['no-immediate-danger']);
  });
});
