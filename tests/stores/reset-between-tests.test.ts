import { describe, expect, it } from 'vitest';
import { useAnswers } from '../../src/stores/answers.ts';
import { useDocuments } from '../../src/stores/documents.ts';

// tests/setup.ts puts every store back to its first state after each test (__mocks__/zustand.ts)
// and empties storage: each test meets Balise as on a first visit, whatever the one before did.
// The two tests below run in this order; the second fails if anything from the first remains.
describe('each test starts from a first visit', () => {
  it('a test may answer, keep its answers on the device and fill in a letter', () => {
    useAnswers.getState().setAnswer('role', 'victim');
    useAnswers.getState().setKeep('device');
    useDocuments.getState().setField('user', 'senderName', 'Camille Martin');
    expect(localStorage.getItem('balise:answers')).toContain('victim');
  });

  it('the next one finds no answer, the tab as the place to keep them, and an empty letter', () => {
    expect(useAnswers.getState().answers).toEqual({});
    expect(useAnswers.getState().keep).toBe('session');
    expect(useDocuments.getState().details.user.senderName).toBe('');
    expect(localStorage.length + sessionStorage.length).toBe(0);
  });
});
