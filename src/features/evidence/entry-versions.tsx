import { useVoice } from '../../i18n/context.tsx';
import { fill } from '../../i18n/voice.ts';
import { words } from '../../i18n/words.ts';
import type { JournalEntry } from '../../lib/journal/model.ts';
import { formatInstant, formatOccurred } from '../../common/format.ts';
import { kindLabel } from '../../common/kind-label.ts';
import { platformName } from '../../common/platform-name.ts';
import { changesOf, valueText } from './versions.ts';

/** An act's earlier versions: each edit's date and fields, and what they said before. */
export function EntryVersions({ entry }: { readonly entry: JournalEntry }) {
  const v = useVoice();
  const changes = changesOf(entry);
  if (changes.length === 0) return null;
  const w = words.journal.entry.versions;
  const valueWords = {
    empty: w.empty,
    yes: words.journal.export.yes,
    no: words.journal.export.no,
    day: (occurredAt: string) => formatOccurred(occurredAt),
    platform: (id: string) => platformName(id),
    kind: (kind: JournalEntry['kinds'][number]) => kindLabel(kind, v),
    check: (check: JournalEntry['checks'][number]) =>
      words.journal.entry.captureChecks.items[check],
  };
  return (
    <section aria-labelledby="versions-title">
      <h2 id="versions-title">{w.title}</h2>
      <p className="hint">{w.intro}</p>
      <ol className="versions">
        {changes.map((change) => (
          <li key={change.at}>
            <p>
              {fill(w.change, {
                date: formatInstant(change.at),
                fields: change.fields.map((field) => w.fields[field]).join(', '),
              })}
            </p>
            <p className="hint">{w.before}</p>
            <dl className="answers">
              {change.fields.map((field) => (
                <div key={field} className="answers__row">
                  <dt>{w.fields[field]}</dt>
                  <dd className="break pre">{valueText(field, change.before, valueWords)}</dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ol>
    </section>
  );
}
