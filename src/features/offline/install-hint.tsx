import { lazy, Suspense } from 'react';
import { isIosSafariInBrowser } from '../../lib/offline.ts';
import { useOffline } from '../../stores/offline.ts';

// Loaded only where installation applies: not on the first visit of most browsers.
const InstallOffer = lazy(async () => ({
  default: (await import('./install-offer.tsx')).InstallOffer,
}));

interface Props {
  /** Safari on an iPhone or iPad (injected in tests). */
  readonly iosSafari?: boolean;
}

/**
 * "Installer Balise" where the browser offers installation (`beforeinstallprompt`) or on iOS
 * Safari; nothing elsewhere, nor once installed.
 */
export function InstallHint({ iosSafari = isIosSafariInBrowser() }: Props) {
  const offered = useOffline((s) => s.installOffer !== null);
  if (!offered && !iosSafari) return null;
  return (
    <Suspense fallback={null}>
      <InstallOffer />
    </Suspense>
  );
}
