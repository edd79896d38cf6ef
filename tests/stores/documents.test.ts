import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DOCUMENTS_SET_ASIDE_KEY, reloadAnswers, useAnswers } from '../../src/stores/answers.ts';
import {
  EMPTY_DETAILS,
  STORAGE_KEY,
  reloadDocuments,
  useDocuments,
} from '../../src/stores/documents.ts';
import { eraseEverything } from '../../src/stores/erase.ts';
import { saveAnswers } from '../helpers/render.tsx';

const details = () => useDocuments.getState().details;
const saved = (area: Storage): unknown => JSON.parse(area.getItem(STORAGE_KEY) ?? 'null');

/** A reload of the tab: the stores start again from what storage holds. */
function reloadTab(): void {
  reloadAnswers();
  reloadDocuments();
}

describe('the letters’ details', () => {
  it('survive a reload of the tab, kept in the tab’s session storage like the answers', () => {
    saveAnswers({ role: 'victim', age: 'adult' });
    reloadTab();
    useDocuments.getState().setField('user', 'senderName', 'Alex Exemple');
    useDocuments.getState().setField('user', 'civilParty', true);
    useDocuments.getState().setField('family', 'childName', 'Sam');
    expect(saved(sessionStorage)).toMatchObject({
      version: 1,
      user: { senderName: 'Alex Exemple', civilParty: true },
      family: { childName: 'Sam' },
    });
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();

    useDocuments.setState({ details: { user: EMPTY_DETAILS, family: EMPTY_DETAILS } });
    reloadTab();
    expect(details().user.senderName).toBe('Alex Exemple');
    expect(details().user.civilParty).toBe(true);
    expect(details().family.childName).toBe('Sam');
    expect(useDocuments.getState().problem).toBeNull();
  });

  it('are erased with the answers: from the tab, the device and memory', () => {
    useDocuments.getState().setField('user', 'senderName', 'Alex Exemple');
    useAnswers.getState().clear();
    expect(sessionStorage.getItem(STORAGE_KEY)).toBeNull();
    expect(details().user).toEqual(EMPTY_DETAILS);
    reloadTab();
    expect(details().user).toEqual(EMPTY_DETAILS);
  });

  it('are erased by "Tout effacer" / "Terminer la séance" with everything else', async () => {
    useAnswers.getState().setKeep('device');
    useDocuments.getState().setField('user', 'senderAddress', '1 rue de l’Exemple');
    expect(saved(localStorage)).toMatchObject({ user: { senderAddress: '1 rue de l’Exemple' } });
    await eraseEverything();
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
    expect(sessionStorage.getItem(STORAGE_KEY)).toBeNull();
    expect(details().user).toEqual(EMPTY_DETAILS);
  });

  it('an unreadable copy in the tab is said and set aside, so typing again never overwrites it', () => {
    const damaged = '{"version":1,"user":{"senderName":42}}';
    sessionStorage.setItem(STORAGE_KEY, damaged);
    reloadDocuments();
    expect(useDocuments.getState().problem).toBe('unreadable');
    expect(details().user).toEqual(EMPTY_DETAILS);
    useDocuments.getState().setField('user', 'senderName', 'Camille');
    expect(sessionStorage.getItem(DOCUMENTS_SET_ASIDE_KEY)).toBe(damaged);
    expect(saved(sessionStorage)).toMatchObject({ user: { senderName: 'Camille' } });
  });
});
