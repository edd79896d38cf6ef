/**
 * Balise's offline copy: the service worker built by vite-plugin-pwa (Workbox) that keeps every
 * file of the app on the device, its updates, and its removal. Nothing here is loaded on the
 * first screen: the worker is registered after the page has loaded, and Workbox's window code is
 * fetched only then.
 */

/** Where the build writes the worker (vite-plugin-pwa's default). */
export const SERVICE_WORKER_URL = '/sw.js';

/** Applies a downloaded update: the new worker takes over, then the page reloads once. */
export type ApplyUpdate = () => void;

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
      return workbox.register();
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

/** The event Chromium fires when it would install the app (not in TypeScript's DOM types). */
export interface InstallPromptEvent extends Event {
  prompt(): Promise<void>;
  readonly userChoice: Promise<{ readonly outcome: 'accepted' | 'dismissed' }>;
}

/**
 * Keeps the browser's install offer (`beforeinstallprompt`) for a button of ours instead of the
 * browser's own banner; `onInstalled` once the app is installed.
 */
export function listenForInstall(
  onOffer: (event: InstallPromptEvent) => void,
  onInstalled: () => void,
): void {
  window.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault();
    onOffer(event as InstallPromptEvent);
  });
  window.addEventListener('appinstalled', onInstalled);
}

/** Safari on an iPhone or iPad, not yet opened from the home screen: it has no install button. */
export function isIosSafariInBrowser(
  userAgent: string = navigator.userAgent,
  standalone: boolean = isStandalone(),
): boolean {
  const ios = /iPhone|iPad|iPod/.test(userAgent);
  const safari = userAgent.includes('Safari/') && !/CriOS|FxiOS|EdgiOS|OPiOS/.test(userAgent);
  return ios && safari && !standalone;
}

/** Whether Balise runs installed (opened from the home screen or app list). */
export function isStandalone(): boolean {
  const iosStandalone = (navigator as Navigator & { standalone?: boolean }).standalone === true;
  const displayStandalone =
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(display-mode: standalone)').matches;
  return iosStandalone || displayStandalone;
}
