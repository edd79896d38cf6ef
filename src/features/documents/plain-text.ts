import type { Block, Doc, Inline } from '../../lib/doc/model.ts';

const runs = (parts: readonly Inline[]): string =>
  parts.map((part) => (typeof part === 'string' ? part : part.text)).join('');

function blockText(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return runs(block.parts);
    case 'lines':
      return block.lines.join('\n');
    case 'list':
      return block.items
        .map((item, index) => `${block.ordered ? `${index + 1}.` : '-'} ${runs(item)}`)
        .join('\n');
    case 'table':
      return [
        block.caption,
        ...block.rows.map((row) =>
          row.map((cell, i) => `${block.columns[i] ?? ''} : ${cell}`).join(' ; '),
        ),
      ].join('\n');
  }
}

/**
 * The document as plain text, for pasting into a platform's report form. Tables become one
 * line per row, each cell named by its column.
 */
export function docToText(doc: Doc): string {
  return [
    doc.title,
    ...doc.opening.map(blockText),
    ...doc.sections.flatMap((section) => [section.title, ...section.blocks.map(blockText)]),
    ...doc.closing.map(blockText),
  ].join('\n\n');
}
