import { memo, startTransition, useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { ContentKind } from '../../engine/index.ts';
import { CONTENT_KINDS } from '../../engine/index.ts';
import { useVoice } from '../../i18n/context.tsx';
import { counted } from '../../i18n/plural.ts';
import { fill } from '../../i18n/voice.ts';
import { Notice } from '../../ui/notice.tsx';
import { PageHeading } from '../../ui/page-heading.tsx';
import { useAnswers } from '../../stores/answers.ts';
import { useJournal } from '../../stores/journal.ts';
import type { Filters } from './chronology.ts';
import { NO_FILTERS, applyFilters } from './chronology.ts';
import { authorsOf, countsOf } from '../../common/journal-counts.ts';
import type { JournalEntry } from '../../lib/journal/model.ts';
import { Checklist } from './checklist.tsx';
import { ExchangePanel } from './exchange-panel.tsx';
import { formatDay, formatOccurred } from '../../common/format.ts';
import { kindLabel } from '../../common/kind-label.ts';
import { platformName } from '../../common/platform-name.ts';
import { JournalProblemNotice } from './journal-problem.tsx';
import { LockPanel, UnlockForm } from './lock-panel.tsx';
import { StoragePanel } from './storage-panel.tsx';
import { WipePanel } from './wipe-panel.tsx';
import './evidence.css';
import { words } from '../../i18n/words.ts';

/** `/preuves`: the chronology of every act, its counts and filters, and the journal's tools. */
export function JournalPage() {
  const v = useVoice();
  const status = useJournal((s) => s.status);
  const entries = useJournal((s) => s.entries);
  const fallback = useJournal((s) => s.fallback);
  const open = useJournal((s) => s.open);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);

  useEffect(() => {
    void open();
  }, [open]);

  const shown = useMemo(() => applyFilters(entries, filters), [entries, filters]);
  const authors = useMemo(() => authorsOf(entries), [entries]);
  const counts = countsOf(shown);
  const platforms = [...new Set(entries.map((e) => e.platform))];

  return (
    <>
      <PageHeading>{words.journal.title}</PageHeading>
      <p className="lead">{v(words.journal.lead)}</p>
      <p>{v(words.journal.privacy)}</p>
      {fallback === null ? null : (
        <Notice tone="warning" role="status">
          <p>{v(words.journal.storage.memory)}</p>
        </Notice>
      )}
      <JournalProblemNotice />
      {/* While the journal opens (usually a few milliseconds), room for it: what comes below
          stays below the screen instead of jumping down when the chronology arrives. */}
      {status === 'idle' || status === 'loading' ? <div className="journal-opening" /> : null}
      {status === 'locked' ? <UnlockForm /> : null}
      {status === 'ready' ? (
        <>
          <p className="actions">
            <Link className="button" to="/preuves/nouveau">
              {words.journal.add}
            </Link>
          </p>
          <GroupSuggestion accounts={authors.length} />
          <section aria-labelledby="chronology-title">
            <h2 id="chronology-title">{words.journal.filters.title}</h2>
            <div className="filters">
              <FilterSelect
                id="filter-platform"
                label={words.journal.filters.platform}
                value={filters.platform}
                options={platforms.map((p) => ({ value: p, label: platformName(p) }))}
                onChange={(platform) => {
                  setFilters({ ...filters, platform });
                }}
              />
              <FilterSelect
                id="filter-kind"
                label={words.journal.filters.kind}
                value={filters.kind}
                options={CONTENT_KINDS.filter((k) => entries.some((e) => e.kinds.includes(k))).map(
                  (k) => ({ value: k, label: kindLabel(k, v) }),
                )}
                onChange={(kind) => {
                  setFilters({ ...filters, kind: kind as ContentKind | '' });
                }}
              />
              <FilterSelect
                id="filter-author"
                label={words.journal.filters.author}
                value={filters.author}
                options={authors.map((a) => ({ value: a.key, label: a.label }))}
                onChange={(author) => {
                  setFilters({ ...filters, author });
                }}
              />
            </div>
            <p role="status" className="counts" id="journal-counts">
              {counts.acts === 0
                ? words.journal.counts.none
                : fill(
                    counts.from === counts.to
                      ? words.journal.counts.summaryOneDay
                      : words.journal.counts.summary,
                    {
                      acts: counted(words.journal.counts.acts, counts.acts),
                      accounts: counted(words.journal.counts.accounts, counts.accounts),
                      from: formatDay(counts.from ?? ''),
                      to: formatDay(counts.to ?? ''),
                    },
                  )}
              {shown.length === entries.length
                ? null
                : ` — ${counted(words.journal.filters.shown, shown.length, { total: entries.length })}`}
            </p>
            {entries.length === 0 ? <p>{v(words.journal.empty)}</p> : null}
            <Chronology entries={shown} />
          </section>
          <div className="journal-tools">
            <Checklist />
            <StoragePanel />
            <LockPanel />
            <ExchangePanel />
          </div>
        </>
      ) : null}
      {/* Always: a forgotten passphrase or a damaged journal must not keep it on the device. */}
      <div className="journal-tools">
        <WipePanel />
      </div>
    </>
  );
}

function FilterSelect({
  id,
  label,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  return (
    <p className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(e) => {
          onChange(e.target.value);
        }}
      >
        <option value="">{words.journal.filters.all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </p>
  );
}

/** Several authors in the journal: suggest the "group" answer, never change it silently. */
function GroupSuggestion({ accounts }: { accounts: number }) {
  const v = useVoice();
  const frequency = useAnswers((s) => s.answers.frequency);
  const setAnswer = useAnswers((s) => s.setAnswer);
  if (accounts < 2 || frequency === 'group') return null;
  return (
    <Notice tone="info" role="status">
      <p>{fill(v(words.journal.suggestion.group), { accounts })}</p>
      <p>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setAnswer('frequency', 'group');
          }}
        >
          {words.journal.suggestion.accept}
        </button>
      </p>
    </Notice>
  );
}

/**
 * One act of the chronology. Drawn again only when the act changes: rows added as one scrolls,
 * or a filter changed, leave the rows already drawn as they are.
 */
const ChronologyRow = memo(function ChronologyRow({ entry }: { entry: JournalEntry }) {
  const v = useVoice();
  return (
    <li className="chronology__entry" data-entry={entry.id}>
      <Link to={`/preuves/${entry.id}`} className="chronology__link">
        <span className="chronology__date">
          {formatOccurred(entry.occurredAt)}
          {entry.approximate ? ' (≈)' : ''}
        </span>
        <span className="chronology__where">
          {platformName(entry.platform)}
          {entry.author === '' ? '' : ` · ${entry.author}`}
        </span>
      </Link>
      <span className="chronology__kinds">
        {entry.kinds.map((k) => kindLabel(k, v)).join(', ')}
        {entry.attachments.length === 0
          ? ''
          : ` · ${counted(words.journal.entry.filesCount, entry.attachments.length)}`}
      </span>
      {entry.description === '' ? null : (
        <span className="chronology__text">{entry.description.slice(0, 160)}</span>
      )}
    </li>
  );
});

/** Rows drawn at once: more than a phone's screen holds. */
const FIRST = 20;
/** Rows added per step, drawn in the background (a transition, in slices of a few ms). */
const STEP = 100;

/**
 * The acts, oldest first. Only the first rows are rendered at once; more come when the end of the
 * list nears the screen, or on the "Afficher plus" button (keyboard and screen reader users).
 */
function Chronology({ entries }: { entries: readonly JournalEntry[] }) {
  const [limit, setLimit] = useState(FIRST);
  const sentinel = useRef<HTMLLIElement>(null);
  const more = entries.length > limit;
  const grow = () => {
    startTransition(() => {
      setLimit((l) => l + STEP);
    });
  };

  useEffect(() => {
    const target = sentinel.current;
    if (!more || target === null || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (seen) => {
        if (seen.some((entry) => entry.isIntersecting)) grow();
      },
      { rootMargin: '800px' },
    );
    observer.observe(target);
    return () => {
      observer.disconnect();
    };
  }, [more, limit]);

  return (
    <>
      <ol className="chronology" aria-label={words.journal.title}>
        {entries.slice(0, limit).map((entry) => (
          <ChronologyRow key={entry.id} entry={entry} />
        ))}
        {more ? <li ref={sentinel} className="chronology__more" aria-hidden="true" /> : null}
      </ol>
      {more ? (
        <p>
          <button type="button" className="button button--secondary" onClick={grow}>
            {fill(words.journal.filters.more, { count: Math.min(STEP, entries.length - limit) })}
          </button>
        </p>
      ) : null}
    </>
  );
}
