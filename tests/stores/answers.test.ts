import { afterEach, describe, expect, it, vi } from 'vitest';
import { missingQuestions } from '../../src/engine/index.ts';
import {
  DOCUMENTS_STORAGE_KEY,
  SAVE_VERSION,
  STORAGE_KEY,
  readSave,
  reloadAnswers,
  useAnswers,
} from '../../src/stores/answers.ts';
import { saveAnswers } from '../helpers/render.tsx';

const state = () => useAnswers.getState();

afterEach(() => {
  vi.restoreAllMocks();
});

describe('answers store', () => {
  it('keeps answers for the tab only by default', () => {
    state().setAnswer('role', 'victim');
    expect(JSON.parse(sessionStorage.getItem('balise:answers') ?? '')).toEqual({
      version: 2,
      answers: { role: 'victim' },
    });
    expect(localStorage.getItem('balise:answers')).toBeNull();
  });

  it('moves answers to the device when asked, and back', () => {
    state().setAnswer('role', 'parent');
    state().setKeep('device');
    expect(localStorage.getItem('balise:answers')).toContain('parent');
    expect(sessionStorage.getItem('balise:answers')).toBeNull();
    reloadAnswers();
    expect(state().keep).toBe('device');
    expect(state().answers).toEqual({ role: 'parent' });
    state().setKeep('session');
    expect(localStorage.getItem('balise:answers')).toBeNull();
  });

  it('marks steps done and undone', () => {
    state().setDone('dont-reply', true);
    state().setDone('dont-reply', true);
    expect(state().answers.done).toEqual(['dont-reply']);
    state().setDone('dont-reply', false);
    expect(state().answers.done).toEqual([]);
  });

  it('forgets everything when cleared', () => {
    state().setAnswer('role', 'victim');
    state().setKeep('device');
    state().clear();
    expect(state().answers).toEqual({});
    expect(localStorage.getItem('balise:answers')).toBeNull();
    expect(sessionStorage.getItem('balise:answers')).toBeNull();
  });

  it('sets an unreadable save aside and says so, instead of dropping it silently', () => {
    sessionStorage.setItem('balise:answers', '{not json');
    reloadAnswers();
    expect(state().problem).toEqual({ kind: 'unreadable' });
    expect(state().answers).toEqual({});
    expect(sessionStorage.getItem('balise:answers:unreadable')).toBe('{not json');
  });

  it('rejects a save with a malformed answer, naming it as unreadable', () => {
    saveAnswers({ role: 'boss' });
    reloadAnswers();
    expect(state().problem).toEqual({ kind: 'unreadable' });
  });

  it('does not guess at a save from a newer version', () => {
    sessionStorage.setItem('balise:answers', JSON.stringify({ version: 99, answers: {} }));
    reloadAnswers();
    expect(state().problem).toEqual({ kind: 'newer-version' });
  });

  it('keeps working in memory when storage is unavailable, and says so', () => {
    const blocked = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(blocked);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(blocked);
    reloadAnswers();
    expect(state().problem).toEqual({ kind: 'storage', failure: 'unavailable' });
    state().setAnswer('role', 'witness');
    expect(state().answers).toEqual({ role: 'witness' });
  });

  it('says when storage is full', () => {
    reloadAnswers();
    const original = Object.getOwnPropertyDescriptor(Storage.prototype, 'setItem')?.value as (
      this: Storage,
      key: string,
      value: string,
    ) => void;
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, k, v) {
      if (k === 'balise:answers') throw new DOMException('full', 'QuotaExceededError');
      original.call(this, k, v);
    });
    state().setAnswer('role', 'victim');
    expect(state().problem).toEqual({ kind: 'storage', failure: 'full' });
    expect(state().answers).toEqual({ role: 'victim' });
    state().dismissProblem();
    expect(state().problem).toBeNull();
  });

  it('says the storage is full, not unavailable, when it refuses every write for lack of room', () => {
    reloadAnswers();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    state().setAnswer('role', 'parent');
    expect(state().problem).toEqual({ kind: 'storage', failure: 'full' });
    expect(state().answers).toEqual({ role: 'parent' });
  });

  it('reads only whole, versioned saves', () => {
    expect(readSave('null')).toEqual({ problem: { kind: 'unreadable' } });
    expect(readSave('{"answers":{}}')).toEqual({ problem: { kind: 'unreadable' } });
    expect(readSave('{"version":"1","answers":{}}')).toEqual({ problem: { kind: 'unreadable' } });
    expect(readSave('{"version":1,"answers":{"age":"adult"}}')).toEqual({
      answers: { age: 'adult' },
      locale: null,
    });
  });

  it('keeps the language chosen with the answers, and forgets it with them', () => {
    state().setAnswer('role', 'parent');
    state().setLocale('en');
    const saved = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null') as unknown;
    expect(saved).toEqual({ version: SAVE_VERSION, answers: { role: 'parent' }, locale: 'en' });
    expect(readSave(JSON.stringify(saved))).toEqual({ answers: { role: 'parent' }, locale: 'en' });
    state().clear();
    expect(state().locale).toBeNull();
  });

  it('reads a language it does not speak as no choice, not as a damaged save', () => {
    expect(readSave('{"version":2,"answers":{},"locale":"tlh"}')).toEqual({
      answers: {},
      locale: null,
    });
  });
});

// Version 2 split the old « partenaire ou ex » answer into a spouse, concubin or PACS partner
// (C. pén. 222-33-2-1) and a boyfriend or girlfriend (fact: partners.who-is-a-partner).
describe('a save from version 1', () => {
  const v1 = (answers: object) => JSON.stringify({ version: 1, answers });

  it('places a teenager\'s old "partner or ex" answer under boyfriend or girlfriend, never under the couple\'s offence', () => {
    expect(readSave(v1({ role: 'victim', age: '15-17', context: 'couple' }))).toEqual({
      answers: { role: 'victim', age: '15-17', context: 'dating' },
      locale: null,
    });
    expect(readSave(v1({ role: 'parent', age: 'under-15', context: 'couple' }))).toEqual({
      answers: { role: 'parent', age: 'under-15', context: 'dating' },
      locale: null,
    });
  });

  it('asks an adult again who the author is, keeping every other answer', () => {
    sessionStorage.setItem(
      'balise:answers',
      v1({ role: 'victim', age: 'adult', context: 'couple', frequency: 'repeated' }),
    );
    reloadAnswers();
    expect(state().problem).toBeNull();
    expect(state().answers).toEqual({ role: 'victim', age: 'adult', frequency: 'repeated' });
    expect(missingQuestions(state().answers)).toContain('context');
  });

  it('keeps every other answer as it was, and is written back as version 2', () => {
    sessionStorage.setItem('balise:answers', v1({ role: 'victim', age: 'adult', context: 'work' }));
    reloadAnswers();
    expect(state().answers).toEqual({ role: 'victim', age: 'adult', context: 'work' });
    state().setAnswer('danger', 'none');
    expect(JSON.parse(sessionStorage.getItem('balise:answers') ?? '')).toEqual({
      version: 2,
      answers: { role: 'victim', age: 'adult', context: 'work', danger: 'none' },
    });
  });

  it('still sets aside a version 1 save that is broken in another way', () => {
    expect(readSave(v1({ context: 'couple', age: 'old' }))).toEqual({
      problem: { kind: 'unreadable' },
    });
    expect(readSave('{"version":1,"answers":null}')).toEqual({ problem: { kind: 'unreadable' } });
    expect(readSave('{"version":1,"answers":"couple"}')).toEqual({
      problem: { kind: 'unreadable' },
    });
  });
});

describe('the documents’ details, kept where the answers are', () => {
  it('are erased with the answers, from the device and the tab, even in a tab that never opened a document', () => {
    saveAnswers({ role: 'victim' }, localStorage);
    reloadAnswers();
    localStorage.setItem(DOCUMENTS_STORAGE_KEY, '{"version":1}');
    sessionStorage.setItem(DOCUMENTS_STORAGE_KEY, '{"version":1}');
    useAnswers.getState().clear();
    expect(localStorage.getItem(DOCUMENTS_STORAGE_KEY)).toBeNull();
    expect(sessionStorage.getItem(DOCUMENTS_STORAGE_KEY)).toBeNull();
  });

  it('leave the device for this tab when the answers go back to "this tab only", and return with them', () => {
    saveAnswers({ role: 'victim' }, localStorage);
    reloadAnswers();
    localStorage.setItem(DOCUMENTS_STORAGE_KEY, '{"version":1}');
    useAnswers.getState().setKeep('session');
    expect(localStorage.getItem(DOCUMENTS_STORAGE_KEY)).toBeNull();
    expect(sessionStorage.getItem(DOCUMENTS_STORAGE_KEY)).toBe('{"version":1}');
    useAnswers.getState().setKeep('device');
    expect(sessionStorage.getItem(DOCUMENTS_STORAGE_KEY)).toBeNull();
    expect(localStorage.getItem(DOCUMENTS_STORAGE_KEY)).toBe('{"version":1}');
  });
});
