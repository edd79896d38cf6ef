import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useVoice } from '../../i18n/context.tsx';
import { fill } from '../../i18n/voice.ts';
import type { JournalProblem } from '../../lib/journal/db.ts';
import type { JournalEntry } from '../../lib/journal/model.ts';
import { ConfirmAction } from '../../ui/confirm-action.tsx';
import { Notice } from '../../ui/notice.tsx';
import { PageHeading } from '../../ui/page-heading.tsx';
import { useJournal } from '../../stores/journal.ts';
import { EntryNotFound, JournalWaiting } from './journal-states.tsx';
import { AttachmentView } from './attachment-view.tsx';
import { isPicture } from './attachments.ts';
import { messageOf } from './journal-problem.tsx';
import { ProofLadder } from './proof-ladder.tsx';
import { EntryVersions } from './entry-versions.tsx';
import { lastChange } from './versions.ts';
import { useEntry } from './use-entry.ts';
import { formatBytes, formatInstant, formatOccurred } from '../../common/format.ts';
import { kindLabel } from '../../common/kind-label.ts';
import { platformName } from '../../common/platform-name.ts';
import './evidence.css';
import { words } from '../../i18n/words.ts';

/** `/preuves/:entryId`: one act, its files (blurred), their fingerprints, edit and delete. */
export function EntryPage() {
  const { entryId } = useParams();
  const { status, entry } = useEntry(entryId);
  if (status !== 'ready') return <JournalWaiting />;
  if (entry === undefined) return <EntryNotFound />;
  return <EntryDetail entry={entry} />;
}

function EntryDetail({ entry }: { entry: JournalEntry }) {
  const v = useVoice();
  const navigate = useNavigate();
  const location = useLocation();
  const remove = useJournal((s) => s.remove);
  // Why the last "Supprimer" failed: said here, where the person asked.
  const [deleteProblem, setDeleteProblem] = useState<JournalProblem | null>(null);
  const arrived = location.state as { saved?: boolean; masked?: boolean } | null;
  const saved = arrived?.saved === true;
  const masked = arrived?.masked === true;
  const changed = lastChange(entry);
  const title = fill(words.journal.entry.detailTitle, { date: formatOccurred(entry.occurredAt) });
  const rows: [string, string][] = [
    [
      words.journal.entry.platform,
      `${platformName(entry.platform)}${entry.where === '' ? '' : ` — ${entry.where}`}`,
    ],
    [words.journal.entry.url, entry.url],
    [words.journal.entry.conversation, entry.conversation],
    [words.journal.entry.author, entry.author],
    [words.journal.entry.kinds, entry.kinds.map((k) => kindLabel(k, v)).join(', ')],
    [
      v(words.journal.entry.captureChecks.legend),
      entry.checks.map((check) => words.journal.entry.captureChecks.items[check]).join(' '),
    ],
  ];

  return (
    <article data-entry={entry.id}>
      <p>
        <Link className="back-link" to="/preuves">
          {words.journal.entry.back}
        </Link>
      </p>
      <PageHeading>
        {title}
        {entry.approximate ? ' (≈)' : ''}
      </PageHeading>
      {saved || masked ? (
        <Notice tone="success" role="status">
          <p>{masked ? words.journal.entry.maskAdded : words.journal.entry.saved}</p>
        </Notice>
      ) : null}
      <p className="hint">
        {fill(words.journal.entry.capturedAt, { date: formatInstant(entry.capturedAt) })}
        {changed === null
          ? null
          : ` · ${fill(words.journal.entry.modifiedAt, { date: formatInstant(changed) })}`}
      </p>
      {entry.link === null ? null : (
        <p className="hint break">
          {fill(words.journal.entry.record, { seq: entry.link.seq, hash: entry.link.hash })}
        </p>
      )}
      <dl className="answers">
        {rows
          .filter(([, value]) => value !== '')
          .map(([label, value]) => (
            <div key={label} className="answers__row">
              <dt>{label}</dt>
              <dd className="break">{value}</dd>
            </div>
          ))}
      </dl>
      {entry.description === '' ? null : (
        <>
          <h2>{words.journal.entry.description}</h2>
          <p className="pre">{entry.description}</p>
        </>
      )}
      <h2>{words.journal.entry.attachments}</h2>
      {entry.attachments.length === 0 ? <p>{words.journal.entry.noAttachment}</p> : null}
      <ul className="attachments">
        {entry.attachments.map((a) => (
          <li key={a.id}>
            <AttachmentView meta={a} sizeLabel={formatBytes(a.size)} />
            {a.redactedFrom === undefined ? null : (
              <p className="hint break">
                {fill(words.journal.entry.maskedFrom, { hash: a.redactedFrom })}
              </p>
            )}
            {isPicture(a.type) ? (
              <p>
                <Link to={`/preuves/${entry.id}/masquer/${a.id}`}>
                  {fill(words.journal.entry.maskLink, { name: a.name })}
                </Link>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      <EntryVersions entry={entry} />
      <ProofLadder entry={entry} />
      <p className="actions">
        <Link className="button" to={`/preuves/${entry.id}/modifier`}>
          {words.journal.entry.edit}
        </Link>
      </p>
      <ConfirmAction
        label={words.journal.entry.delete}
        question={words.journal.entry.deleteConfirm}
        confirmLabel={words.journal.entry.deleteYes}
        cancelLabel={words.journal.entry.cancel}
        onConfirm={() => {
          void remove(entry.id).then((result) => {
            if (result.ok) void navigate('/preuves');
            else setDeleteProblem(result.problem);
          });
        }}
      />
      {deleteProblem === null ? null : (
        <Notice tone="danger" role="alert">
          <p>{words.journal.entry.deleteFailed}</p>
          <p>{v(messageOf(deleteProblem))}</p>
        </Notice>
      )}
    </article>
  );
}
