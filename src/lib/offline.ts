/**
 * Installing Balise: the browser's install offer, Safari's lack of one, whether it runs installed.
 * In the app's script (the offer may come early); the offline copy itself is ./offline-copy.ts,
 * loaded only once the app has started.
 */

/** Applies a downloaded update: the new worker takes over, then the page reloads once. */
export type ApplyUpdate = () => void;

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
