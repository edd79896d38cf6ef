import { useState } from 'react';
import { useVoice } from '../../i18n/context.tsx';
import type { ApplyUpdate } from '../../lib/offline.ts';
import { useOffline } from '../../stores/offline.ts';
import { words } from '../../i18n/words.ts';

/**
 * "Une nouvelle version est disponible", inside UpdateBanner's polite live region, with a
 * "Mettre à jour" button. The new version is applied only when the person presses it, and not
 * while an export, an import or a PDF is under way; what they keep (answers, letter details,
 * journal) is stored, so the reload that follows loses none of it.
 */
export function UpdatePrompt({ update }: { readonly update: ApplyUpdate }) {
  const v = useVoice();
  // An export, an import or a PDF under way: the update waits for it to end.
  const busy = useOffline((s) => s.busy > 0);
  const [applying, setApplying] = useState(false);
  return (
    <div className="notice notice--info">
      <p>
        <strong>{words.offline.update.ready}</strong> {v(words.offline.update.keep)}
      </p>
      {busy ? <p>{words.offline.update.wait}</p> : null}
      <p>
        <button
          type="button"
          className="button"
          disabled={applying}
          aria-disabled={busy}
          onClick={() => {
            if (busy) return;
            setApplying(true);
            update();
          }}
        >
          {applying ? words.offline.update.applying : words.offline.update.apply}
        </button>
      </p>
    </div>
  );
}
