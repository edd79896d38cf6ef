import { offline } from '../../content/fr/offline.ts';
import { useVoice } from '../../i18n/context.tsx';
import { isIosSafariInBrowser } from '../../lib/offline.ts';
import { useOffline } from '../../stores/offline.ts';

interface Props {
  /** Safari on an iPhone or iPad (injected in tests). */
  readonly iosSafari?: boolean;
}

/**
 * "Installer Balise": a button where the browser offers installation (`beforeinstallprompt`),
 * the share-menu steps on iOS Safari, nothing elsewhere (nor once installed).
 */
export function InstallHint({ iosSafari = isIosSafariInBrowser() }: Props) {
  const v = useVoice();
  const offer = useOffline((s) => s.installOffer);
  const done = useOffline((s) => s.installDone);
  if (offer === null && !iosSafari) return null;
  return (
    <section aria-labelledby="install-hint-title">
      <h2 id="install-hint-title">{offline.install.title}</h2>
      {offer === null ? (
        <p>{v(offline.install.ios)}</p>
      ) : (
        <>
          <p>{offline.install.text}</p>
          <p>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                done();
                void offer.prompt();
              }}
            >
              {offline.install.button}
            </button>
          </p>
        </>
      )}
    </section>
  );
}
