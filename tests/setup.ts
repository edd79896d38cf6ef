// Set-up of the unit tests that run in a DOM (the `dom` and `dom-mocking` projects of vite.config.ts).
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, afterEach, vi } from 'vitest';
import { resetAllStores } from '../__mocks__/zustand.ts';

// A screen's first render loads its route's code: on a busy two-core machine (two test workers,
// other work) that took more than 3 s, over Testing Library’s one second, and a `findBy…` failed
// for no fault of the app. A test that passes waits no longer for it.
configure({ asyncUtilTimeout: 5000 });

// Every zustand store comes from __mocks__/zustand.ts, which remembers its first state.
vi.mock('zustand');

afterEach(() => {
  cleanup();
  resetAllStores();
  // The stores' first state was read from empty storage (a test file starts with none): empty
  // it again, so that the next test finds storage and stores as the app does on a first visit.
  // (A file may ask for plain Node with `// @vitest-environment node`: it has no storage.)
  if (typeof window === 'undefined') return;
  localStorage.clear();
  sessionStorage.clear();
});

// The files of the `dom` project share one worker's modules and window (vite.config.ts: `isolate:
// false`). Each file leaves them as it found them, so that the next one starts as on a first
// visit: the page's root attributes (language, direction) and head, the app's modules (their
// state: the language on screen, the journal's connection, where focus arrived), IndexedDB, and
// what a file put on `window` (`vi.stubGlobal`) or on `navigator` (a service worker, storage).
const root = [...document.documentElement.attributes].map(
  ({ name, value }) => [name, value] as const,
);
const head = document.head.innerHTML;
const navigatorOwn = new Set(Object.getOwnPropertyNames(navigator));
afterAll(() => {
  vi.unstubAllGlobals();
  for (const name of Object.getOwnPropertyNames(navigator)) {
    if (!navigatorOwn.has(name)) Reflect.deleteProperty(navigator, name);
  }
  for (const { name } of [...document.documentElement.attributes]) {
    document.documentElement.removeAttribute(name);
  }
  for (const [name, value] of root) document.documentElement.setAttribute(name, value);
  document.head.innerHTML = head;
  document.body.innerHTML = '';
  window.history.replaceState(null, '', '/');
  vi.resetModules();
  if ('indexedDB' in globalThis) globalThis.indexedDB = new IDBFactory();
});
