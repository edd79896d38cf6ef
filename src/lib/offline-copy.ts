import type { ApplyUpdate } from './offline.ts';

/**
 * Balise's offline copy: the service worker built by vite-plugin-pwa (Workbox) that keeps every
 * file of the app on the device, its updates, and its removal. Nothing here is loaded on the
 * first screen: the worker is registered after the page has loaded, and Workbox's window code is
 * fetched only then.
 */

/** Where the build writes the worker (vite-plugin-pwa's default). */
export const SERVICE_WORKER_URL = '/sw.js';

/** What the page is told about the worker. */
export interface OfflineCallbacks {
  /** A new version is downloaded and waits for the person's choice. */
  readonly onUpdateReady: (apply: ApplyUpdate) => void;
}

/**
 * Registers the worker once the page has loaded, so that the first visit downloads only what the
 * first screen needs; the offline copy then downloads in the background. A new version never
 * takes over by itself (vite-plugin-pwa's `registerType: 'prompt'`): `onUpdateReady` receives
 * the function that applies it, for the person to call.
 */
export function registerOfflineCopy(callbacks: OfflineCallbacks): void {
  if (!('serviceWorker' in navigator)) return;
  const start = () => {
    void import('workbox-window').then(({ Workbox }) => {
      const workbox = new Workbox(SERVICE_WORKER_URL);
      workbox.addEventListener('waiting', () => {
        callbacks.onUpdateReady(() => {
          workbox.addEventListener('controlling', () => {
            window.location.reload();
          });
          workbox.messageSkipWaiting();
        });
      });
      // A browser that refuses the worker (a private window, a policy, storage turned off)
      // simply has no offline copy: Balise works on as a web page, and the "Effacer mes traces"
      // page reads whether a copy exists. Left unhandled, Workbox's refusal was an uncaught
      // error on every page (found with Playwright's service workers blocked).
      return workbox.register().catch(() => undefined);
    });
  };
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}

/**
 * Removes the offline copy: every service worker of this origin is unregistered and every Cache
 * Storage cache deleted. Resolves false when the browser refused part of it (the rest is done).
 */
export async function removeOfflineCopy(): Promise<boolean> {
  let ok = true;
  if ('serviceWorker' in navigator) {
    try {
      const registrations = await navigator.serviceWorker.getRegistrations();
      const results = await Promise.all(registrations.map((r) => r.unregister()));
      if (results.includes(false)) ok = false;
    } catch {
      ok = false;
    }
  }
  if (typeof caches !== 'undefined') {
    try {
      const names = await caches.keys();
      const results = await Promise.all(names.map((name) => caches.delete(name)));
      if (results.includes(false)) ok = false;
    } catch {
      ok = false;
    }
  }
  return ok;
}

/** Whether this browser keeps an offline copy of Balise right now (a worker or a cache). */
export async function hasOfflineCopy(): Promise<boolean> {
  try {
    const registrations =
      'serviceWorker' in navigator ? await navigator.serviceWorker.getRegistrations() : [];
    const names = typeof caches === 'undefined' ? [] : await caches.keys();
    return registrations.length > 0 || names.length > 0;
  } catch {
    return false;
  }
}
