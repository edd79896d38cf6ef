import { useEffect } from 'react';
import { create } from 'zustand';
import type { ApplyUpdate, InstallPromptEvent } from '../lib/offline.ts';

/**
 * What the browser has offered about Balise's offline copy: a downloaded update waiting for the
 * person's choice, and the install offer. Filled by src/main.tsx; nothing here is persisted.
 */
interface OfflineState {
  /** Applies the waiting update; null while there is none. */
  readonly update: ApplyUpdate | null;
  /** The browser's install offer, kept for our button; null where it made none. */
  readonly installOffer: InstallPromptEvent | null;
  /** How many exports, imports or downloads are under way: an update waits for them. */
  readonly busy: number;
  updateReady: (apply: ApplyUpdate) => void;
  offerInstall: (event: InstallPromptEvent) => void;
  /** Installed, or the offer was used: it cannot be used twice. */
  installDone: () => void;
}

export const useOffline = create<OfflineState>()((set) => ({
  update: null,
  installOffer: null,
  busy: 0,
  updateReady: (apply) => {
    set({ update: apply });
  },
  offerInstall: (event) => {
    set({ installOffer: event });
  },
  installDone: () => {
    set({ installOffer: null });
  },
}));

/**
 * While `active` (an export, an import, a PDF being made), "Mettre à jour" waits: the reload
 * that applies an update would cut the work short.
 */
export function useHoldUpdate(active: boolean): void {
  useEffect(() => {
    if (!active) return undefined;
    useOffline.setState((s) => ({ busy: s.busy + 1 }));
    return () => {
      useOffline.setState((s) => ({ busy: s.busy - 1 }));
    };
  }, [active]);
}
