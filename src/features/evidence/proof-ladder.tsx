import type { JournalEntry } from '../../lib/journal/model.ts';
import { SourcesList } from '../../common/sources-list.tsx';
import { words } from '../../i18n/words.ts';

type Rung = keyof typeof words.journal.ladder.rungs;
const RUNGS: readonly Rung[] = ['capture', 'record', 'constat'];

/**
 * How strong an act's proof is, rung by rung: a capture, the Balise record with fingerprints, a
 * commissaire de justice's constat. What this act has reached is marked; the next rung is named.
 * Pure of storage: from the entry only.
 */
export function reachedRungs(entry: Pick<JournalEntry, 'attachments'>): readonly Rung[] {
  return entry.attachments.length > 0 ? ['capture', 'record'] : [];
}

export function ProofLadder({ entry }: { readonly entry: JournalEntry }) {
  const reached = reachedRungs(entry);
  const next = RUNGS.find((rung) => !reached.includes(rung));
  return (
    <section aria-labelledby="proof-ladder" className="proof-ladder">
      <h2 id="proof-ladder">{words.journal.ladder.title}</h2>
      <ol>
        {RUNGS.map((rung) => (
          <li key={rung} data-rung={rung} data-reached={reached.includes(rung)}>
            <strong>{words.journal.ladder.rungs[rung].label}</strong>
            {reached.includes(rung) ? ` (${words.journal.ladder.reached})` : ''}
            {rung === next ? ` (${words.journal.ladder.next})` : ''}
            <br />
            {words.journal.ladder.rungs[rung].text}
          </li>
        ))}
      </ol>
      <SourcesList ids={['sp-f32239']} />
    </section>
  );
}
