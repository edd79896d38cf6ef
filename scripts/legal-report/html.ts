import type { Audience, Voiced } from '../../src/content/types.ts';
import { voice } from '../../src/i18n/voice.ts';
import type { Block, Doc, Inline } from '../../src/lib/doc/model.ts';
import { textParts } from '../../src/lib/markup.ts';

/** Small HTML builders for the report. Every text goes through `esc`; nothing is loaded. */

export const esc = (text: string): string =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/** An element id for an item: `action-call-17`, `fact-emergency_17-police`. */
export const anchor = (kind: string, id: string) => `${kind}-${id.replace(/[^a-zA-Z0-9-]/g, '_')}`;
/** An id as code. */
export const code = (id: string) => `<code>${esc(id)}</code>`;

const CONFIDENCES = new Set(['haute', 'moyenne', 'basse']);
/** A confidence, coloured; anything but haute/moyenne/basse stands out. */
export const confidence = (value: string) =>
  `<span class="conf-${CONFIDENCES.has(value) ? value : 'autre'}">${esc(value === '' ? 'non indiquée' : value)}</span>`;

/** An address to click (never loaded), or says there is none. */
export const link = (url: string | undefined) =>
  url === undefined
    ? '<span class="meta">pas d’adresse</span>'
    : `<a href="${esc(url)}">${esc(url)}</a>`;

/** Content text with its glossary links `[[id|mots]]` shown as marked terms. */
export const words = (text: string): string =>
  textParts(text)
    .map((part) =>
      part.kind === 'text' || part.kind === 'lang'
        ? esc(part.text)
        : `<span class="term" title="glossaire : ${esc(part.id)}">${esc(part.text)}</span>`,
    )
    .join('');

/** Who reads, in the order a reviewer checks them, with the form of address each gets. */
export const AUDIENCES: Readonly<Record<Audience, string>> = {
  young: 'Jeune (moins de 18 ans, «\u00a0tu\u00a0»)',
  adult: 'Adulte visé («\u00a0vous\u00a0»)',
  parent: 'Parent',
  professional: 'Professionnel·le',
  witness: 'Témoin',
};
export const AUDIENCE_IDS = Object.keys(AUDIENCES) as Audience[];

/**
 * The words each audience sees, audiences that see the same words grouped on one row. A plain
 * string is one row, « tous les publics ».
 */
export function voicedTable(text: Voiced | undefined): string {
  if (text === undefined) return '<p class="missing">Aucun texte.</p>';
  if (typeof text === 'string') {
    return `<table class="voiced"><tr><th scope="row">Tous les publics</th><td>${words(text)}</td></tr></table>`;
  }
  const groups = new Map<string, Audience[]>();
  for (const audience of AUDIENCE_IDS) {
    const said = voice(text, audience);
    groups.set(said, [...(groups.get(said) ?? []), audience]);
  }
  const rows = [...groups].map(([said, audiences]) => {
    const who =
      audiences.length === AUDIENCE_IDS.length
        ? 'Tous les publics'
        : audiences.map((a) => esc(AUDIENCES[a])).join('<br>');
    return `<tr><th scope="row">${who}</th><td>${words(said)}</td></tr>`;
  });
  return `<table class="voiced">${rows.join('')}</table>`;
}

/** A labelled list of voiced texts (title, summary, detail…), each as a table. */
export function labelled(entries: readonly (readonly [string, Voiced | undefined])[]): string {
  return entries
    .filter(([, text]) => text !== undefined)
    .map(([label, text]) => `<h5>${esc(label)}</h5>${voicedTable(text)}`)
    .join('');
}

const runs = (parts: readonly Inline[]): string =>
  parts
    .map((part) =>
      typeof part === 'string'
        ? esc(part)
        : part.strong === true
          ? `<strong>${esc(part.text)}</strong>`
          : esc(part.text),
    )
    .join('');

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p${block.align === 'end' ? ' class="end"' : ''}>${runs(block.parts)}</p>`;
    case 'lines':
      return `<p${block.align === 'end' ? ' class="end"' : ''}>${block.lines.map(esc).join('<br>')}</p>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>${block.items.map((item) => `<li>${runs(item)}</li>`).join('')}</${tag}>`;
    }
    case 'table':
      return `<table class="doc-table"><caption>${esc(block.caption)}</caption><thead><tr>${block.columns
        .map((c) => `<th scope="col">${esc(c)}</th>`)
        .join('')}</tr></thead><tbody>${block.rows
        .map((row) => `<tr>${row.map((cell) => `<td>${esc(cell)}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`;
  }
}

/** A document (letter, notice, report) as the preview shows it, framed like a sheet of paper. */
export function docHtml(doc: Doc): string {
  return [
    `<div class="sheet" lang="${esc(doc.lang)}">`,
    `<p class="doc-title">${esc(doc.title)}</p>`,
    ...doc.opening.map(blockHtml),
    ...doc.sections.map(
      (s) => `<p class="doc-section">${esc(s.title)}</p>${s.blocks.map(blockHtml).join('')}`,
    ),
    ...doc.closing.map(blockHtml),
    `<p class="doc-footer">${esc(doc.footer)}</p>`,
    '</div>',
  ].join('');
}

/** The box a reviewer fills in to sign a section off. */
export const signOff = (label: string): string =>
  `<table class="signoff" aria-label="Relecture : ${esc(label)}"><tr><th scope="row">Relu par</th><td></td><th scope="row">Date</th><td class="date"></td></tr><tr><th scope="row">Remarques</th><td colspan="3" class="remarks"></td></tr></table>`;

/** The report's style: screen and print (A4, a page per part, boxes kept whole). */
export const STYLE = `
:root { font-family: system-ui, "Noto Sans", Arial, sans-serif; color: #111; line-height: 1.4; }
body { margin: 0 auto; max-width: 60rem; padding: 1rem 1.5rem 4rem; font-size: 0.95rem; }
h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
h2 { font-size: 1.35rem; border-bottom: 2px solid #333; padding-bottom: 0.2rem; margin-top: 2.5rem; }
h3 { font-size: 1.1rem; margin: 2rem 0 0.5rem; background: #eef1f5; padding: 0.3rem 0.5rem; }
h4 { font-size: 1rem; margin: 1rem 0 0.3rem; }
h5 { font-size: 0.9rem; margin: 0.7rem 0 0.2rem; color: #333; }
code, .id { font-family: ui-monospace, "Noto Sans Mono", monospace; font-size: 0.85em; }
table { border-collapse: collapse; width: 100%; margin: 0.3rem 0 0.6rem; }
th, td { border: 1px solid #999; padding: 0.25rem 0.4rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #f4f4f4; font-weight: 600; overflow-wrap: normal; }
table.voiced th { width: 12rem; font-weight: 500; }
.term { text-decoration: underline dotted; }
.missing, .none { color: #8a1c1c; font-weight: 600; }
.conf-haute { color: #1d5e20; } .conf-moyenne { color: #7a5200; } .conf-basse, .conf-autre { color: #8a1c1c; font-weight: 700; }
.stale { background: #fde8e8; }
.nowrap { white-space: nowrap; overflow-wrap: normal; }
table.facts td:first-child { width: 10rem; }
table.facts td:last-child.meta { width: 11rem; }
.scenarios { font-size: 0.9em; }
.rule { border-left: 3px solid #5a6b7f; padding-left: 0.6rem; margin: 0.5rem 0; }
.meta { color: #444; font-size: 0.9em; }
.signoff { margin-top: 0.8rem; border: 2px solid #333; }
.signoff th { width: 7rem; }
.signoff td { height: 1.6rem; }
.signoff td.date { width: 9rem; }
.signoff td.remarks { height: 3.5rem; }
.sheet { border: 1px solid #bbb; padding: 1.2rem 1.5rem; margin: 0.6rem 0 1rem; background: #fff; box-shadow: 0 1px 3px rgba(0,0,0,0.15); }
.sheet .end { text-align: right; }
.doc-title { font-size: 1.15rem; font-weight: 700; }
.doc-section { font-weight: 700; margin-top: 1rem; }
.doc-footer { font-size: 0.8em; color: #555; border-top: 1px solid #ccc; padding-top: 0.3rem; }
.banner { background: #fff6d6; border: 1px solid #d9b54a; padding: 0.4rem 0.6rem; }
nav ol { list-style: none; padding-left: 1rem; } nav li { margin: 0.1rem 0; }
@page { size: A4; margin: 12mm 11mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 9.5pt; }
  h3 { margin-top: 1.2rem; }
  .part { break-before: page; }
  h2, h3, h4, h5 { break-after: avoid; }
  .signoff, .rule, table.voiced tr, .fact-row { break-inside: avoid; }
  .letter { break-before: page; }
  .sheet { box-shadow: none; }
  a { color: inherit; text-decoration: none; }
  a[href^="http"]::after { content: " <" attr(href) ">"; font-size: 0.8em; word-break: break-all; }
}
`;
