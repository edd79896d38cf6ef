import { useVoice } from '../../i18n/context.tsx';
import { useOffline } from '../../stores/offline.ts';
import { words } from '../../i18n/words.ts';

/**
 * "Installer Balise": a button where the browser offers installation (`beforeinstallprompt`),
 * else the share-menu steps of iOS Safari (InstallHint shows this only where one applies).
 */
export function InstallOffer() {
  const v = useVoice();
  const offer = useOffline((s) => s.installOffer);
  const done = useOffline((s) => s.installDone);
  return (
    <section aria-labelledby="install-hint-title">
      <h2 id="install-hint-title">{words.offline.install.title}</h2>
      {offer === null ? (
        <p>{v(words.offline.install.ios)}</p>
      ) : (
        <>
          <p>{words.offline.install.text}</p>
          <p>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                done();
                void offer.prompt();
              }}
            >
              {words.offline.install.button}
            </button>
          </p>
        </>
      )}
    </section>
  );
}
