import type { Block, Doc, Inline } from '../../lib/doc/model.ts';

/**
 * The document as accessible HTML: the same data the PDF is drawn from. Every string is
 * rendered as text (React escapes it); nothing here is parsed as markup. It sits under the
 * page's "Aperçu du document" (`h2`): its title is an `h3`, its sections `h4`.
 */
export function DocView({ doc, headingId }: { readonly doc: Doc; readonly headingId: string }) {
  return (
    <article className="document-preview" lang={doc.lang} aria-labelledby={headingId}>
      <h3 id={headingId} className="document-preview__title">
        {doc.title}
      </h3>
      {doc.opening.map((block, index) => (
        <BlockView key={index} block={block} />
      ))}
      {doc.sections.map((section) => (
        <section
          key={section.id}
          data-section={section.id}
          aria-labelledby={`${headingId}-${section.id}`}
        >
          <h4 id={`${headingId}-${section.id}`}>{section.title}</h4>
          {section.blocks.map((block, index) => (
            <BlockView key={index} block={block} />
          ))}
        </section>
      ))}
      {doc.closing.map((block, index) => (
        <BlockView key={index} block={block} />
      ))}
    </article>
  );
}

function Runs({ parts }: { readonly parts: readonly Inline[] }) {
  return parts.map((part, index) =>
    typeof part === 'string' ? (
      <span key={index}>{part}</span>
    ) : part.strong === true ? (
      <strong key={index}>{part.text}</strong>
    ) : (
      <span key={index}>{part.text}</span>
    ),
  );
}

function BlockView({ block }: { readonly block: Block }) {
  switch (block.kind) {
    case 'paragraph':
      return (
        <p className={block.align === 'end' ? 'document-preview__end' : undefined}>
          <Runs parts={block.parts} />
        </p>
      );
    case 'lines':
      return (
        <p
          className={`document-preview__lines${block.align === 'end' ? ' document-preview__end' : ''}`}
        >
          {block.lines.map((line, index) => (
            <span key={index}>
              {line}
              {index < block.lines.length - 1 ? <br /> : null}
            </span>
          ))}
        </p>
      );
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul';
      return (
        <List>
          {block.items.map((item, index) => (
            <li key={index}>
              <Runs parts={item} />
            </li>
          ))}
        </List>
      );
    }
    case 'table':
      return (
        // A table wider than a phone scrolls inside this region, which the keyboard must reach.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        <div className="table-scroll" role="region" aria-label={block.caption} tabIndex={0}>
          <table>
            <caption>{block.caption}</caption>
            <thead>
              <tr>
                {block.columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, index) => (
                <tr key={index}>
                  {row.map((cell, cellIndex) => (
                    <td
                      key={cellIndex}
                      className={/^[0-9a-f]{64}$/.test(cell) ? 'hash' : undefined}
                      data-label={block.columns[cellIndex]}
                    >
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
  }
}
