/**
 * zustand as the unit tests see it (`vi.mock('zustand')` in tests/setup.ts), after zustand's
 * testing guide: every store made with `create` or `createStore` remembers its first state, and
 * `resetAllStores()` (called by tests/setup.ts after each test) puts every one of them back, so
 * no test sees what another left in a store.
 */
import { act } from '@testing-library/react';
import { vi } from 'vitest';
import type * as Zustand from 'zustand';

export * from 'zustand';

const actual = await vi.importActual<typeof Zustand>('zustand');

const resets = new Set<() => void>();

function remembered<S extends Zustand.StoreApi<T>, T>(store: S & Zustand.StoreApi<T>): S {
  const initial = store.getInitialState();
  resets.add(() => {
    store.setState(initial, true);
  });
  return store;
}

export const create = (<T>(creator?: Zustand.StateCreator<T>) =>
  creator === undefined
    ? (later: Zustand.StateCreator<T>) => remembered(actual.create(later))
    : remembered(actual.create(creator))) as typeof Zustand.create;

export const createStore = (<T>(creator?: Zustand.StateCreator<T>) =>
  creator === undefined
    ? (later: Zustand.StateCreator<T>) => remembered(actual.createStore(later))
    : remembered(actual.createStore(creator))) as typeof Zustand.createStore;

/** Puts every store created so far back to its first state (inside `act`, for mounted screens). */
export function resetAllStores(): void {
  act(() => {
    for (const reset of resets) reset();
  });
}
