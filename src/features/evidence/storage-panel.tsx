import { useEffect, useState } from 'react';
import { useVoice } from '../../i18n/context.tsx';
import { fill } from '../../i18n/voice.ts';
import { useJournal } from '../../stores/journal.ts';
import { formatBytes } from '../../common/format.ts';
import { words } from '../../i18n/words.ts';

/** Used and available space, and whether the browser promised to keep the journal. */
export function StoragePanel() {
  const v = useVoice();
  const open = useJournal((s) => s.open);
  const count = useJournal((s) => s.entries.length);
  const fallback = useJournal((s) => s.fallback);
  const [estimate, setEstimate] = useState<{ usage: number; quota: number; persisted: boolean }>();

  useEffect(() => {
    let live = true;
    void open().then(async (repo) => {
      // A journal in memory only (a séance on a shared computer) is not the browser's to keep:
      // no space to show, no persistence to ask for.
      if (!repo.persistent) return;
      // Ask once the journal holds something worth keeping.
      if (count > 0) await repo.requestPersistence();
      const value = await repo.estimate();
      if (live) setEstimate(value);
    });
    return () => {
      live = false;
    };
  }, [open, count]);

  if (fallback !== null || estimate === undefined) return null;
  return (
    <section aria-labelledby="storage-title">
      <h2 id="storage-title">{words.journal.storage.title}</h2>
      <p>
        {fill(words.journal.storage.space, {
          used: formatBytes(estimate.usage),
          quota: formatBytes(estimate.quota),
        })}
      </p>
      <p>
        {estimate.persisted
          ? words.journal.storage.persisted
          : v(words.journal.storage.notPersisted)}
      </p>
    </section>
  );
}
