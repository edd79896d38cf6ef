import type { ContentKind } from '../../engine/index.ts';
import { journalText as t } from '../../content/fr/journal.ts';
import { frQuestions } from '../../content/fr/questions.ts';
import { fill, voice } from '../../i18n/voice.ts';
import type { JournalEntry } from '../../lib/journal/model.ts';
import { latestLink } from '../../lib/journal/model.ts';
import { escapeHtml as e } from './chronology.ts';
import { changesOf, valueText, type ValueWords } from './versions.ts';
import { formatInstant, formatOccurred } from '../../common/format.ts';
import { platformName } from '../../common/platform-name.ts';
import { FRENCH_PLATFORM_NAMES } from '../../common/french-platform-names.ts';

// Read by adults (police, lawyer, court): the default voice, whoever exported it.
const kindWords = (kind: ContentKind): string =>
  voice(frQuestions.questions.contentKinds.options[kind].label, null);

/** What the person checked each capture shows, as the form said it. */
const checkWords = t.entry.captureChecks.items;

const versionWords = t.entry.versions;
const valueWords: ValueWords = {
  empty: versionWords.empty,
  yes: t.export.yes,
  no: t.export.no,
  day: (occurredAt) => formatOccurred(occurredAt, 'fr'),
  platform: (id) => platformName(id, FRENCH_PLATFORM_NAMES),
  kind: kindWords,
  check: (check) => checkWords[check],
};

/** Each edit of an act, under when it was noted: its date, its fields and what they said before. */
function changesHtml(entry: JournalEntry): string {
  return changesOf(entry)
    .map((change) => {
      const fields = change.fields.map((field) => versionWords.fields[field]);
      const before = change.fields
        .map(
          (field) =>
            `${versionWords.fields[field]} : ${valueText(field, change.before, valueWords)}`,
        )
        .join(' ; ');
      const modified = fill(t.export.modified, {
        date: formatInstant(change.at, 'fr'),
        fields: fields.join(', '),
      });
      return `<br>${e(modified)}<br><small>${e(`${versionWords.before} ${before}`)}</small>`;
    })
    .join('');
}

/** A file: its name and SHA-256, and for a masked copy the image it was made from. */
const fileHtml = (a: JournalEntry['attachments'][number]): string =>
  `${e(a.name)}<br><code>${e(a.sha256)}</code>${
    a.redactedFrom === undefined
      ? ''
      : `<br><small>${e(fill(t.entry.maskedFrom, { hash: a.redactedFrom }))}</small>`
  }`;

/** The act's place in the journal's hash chain, when it has one. */
const recordHtml = (entry: JournalEntry): string =>
  entry.link === null
    ? ''
    : `<br><small>${e(fill(t.export.record, { seq: entry.link.seq }))}</small>`;

/** One act's row of the table. Each cell carries its column's name: on a narrow screen the rows become cards that say it. */
function rowHtml(entry: JournalEntry): string {
  const c = t.export.columns;
  const td = (column: string, html: string, className = '') =>
    `<td data-label="${e(column)}"${className === '' ? '' : ` class="${className}"`}>${html}</td>`;
  return `<tr>
${td(c.date, `${e(formatOccurred(entry.occurredAt, 'fr'))}${entry.approximate ? ' (≈)' : ''}`)}
${td(c.platform, `${e(platformName(entry.platform, FRENCH_PLATFORM_NAMES))}${entry.where === '' ? '' : `<br>${e(entry.where)}`}`)}
${td(c.url, `${e(entry.url)}${entry.conversation === '' ? '' : `<br>${e(entry.conversation)}`}`)}
${td(c.author, e(entry.author))}
${td(c.kinds, e(entry.kinds.map(kindWords).join(', ')))}
${td(c.description, e(entry.description), 'd')}
${td(c.files, entry.attachments.map(fileHtml).join('<br>'))}
${td(c.checks, entry.checks.map((check) => e(checkWords[check])).join('<br>'))}
${td(c.capturedAt, `${e(formatInstant(entry.capturedAt, 'fr'))}${changesHtml(entry)}${recordHtml(entry)}`)}
</tr>`;
}

/**
 * The printable `chronologie.html` of an export, in parts made one at a time (the head, a row
 * per act, the end), so that an export renders a long journal in slices: self-contained (no
 * script, no outside file), every user string escaped.
 */
export function* chronologyParts(
  entries: readonly JournalEntry[],
  exportedAt: Date,
): Generator<string, void, undefined> {
  const c = t.export.columns;
  const latest = latestLink(entries);
  const seal =
    latest === null
      ? ''
      : `\n<p>${e(fill(t.export.seal, { seq: latest.seq, hash: latest.hash }))}</p>`;
  yield `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${e(t.export.chronologyTitle)}</title>
<style>
body{font-family:system-ui,sans-serif;margin:1.5rem;color:#111}
table{border-collapse:collapse;width:100%;font-size:.85rem}
th,td{border:1px solid #777;padding:.35rem;vertical-align:top;text-align:left}
td.d{white-space:pre-wrap}
p{overflow-wrap:anywhere}
code{word-break:break-all;font-size:.75rem}
@media screen and (max-width:40rem){
body{margin:1rem}
table,tbody,tr,td{display:block}
thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}
tr{margin:0 0 1rem;padding:.5rem .75rem;border:1px solid #777;border-radius:.4rem}
td{border:0;padding:.25rem 0;overflow-wrap:anywhere}
td[data-label]::before{content:attr(data-label);display:block;font-weight:700;font-size:.8rem;color:#444}
td:empty{display:none}
}
@media print{body{margin:0}}
</style>
</head>
<body>
<h1>${e(t.export.chronologyTitle)}</h1>
<p>${e(fill(t.export.exportedAt, { date: formatInstant(exportedAt.toISOString(), 'fr') }))}</p>${seal}
<table>
<thead><tr><th>${e(c.date)}</th><th>${e(c.platform)}</th><th>${e(c.url)}</th><th>${e(c.author)}</th><th>${e(c.kinds)}</th><th>${e(c.description)}</th><th>${e(c.files)}</th><th>${e(c.checks)}</th><th>${e(c.capturedAt)}</th></tr></thead>
<tbody>
`;
  let separator = '';
  for (const entry of entries) {
    yield `${separator}${rowHtml(entry)}`;
    separator = '\n';
  }
  yield `
</tbody>
</table>
</body>
</html>
`;
}

/** The whole printable `chronologie.html` of an export (`chronologyParts`, joined). */
export function chronologyHtml(entries: readonly JournalEntry[], exportedAt: Date): string {
  return [...chronologyParts(entries, exportedAt)].join('');
}
