import { formatDay } from './format.ts';
import type { SourceId } from '../engine/index.ts';
import { SOURCES } from '../content/sources/index.ts';
import { ui } from '../content/fr/ui.ts';
import { fill } from '../i18n/voice.ts';
import { ExternalLink } from '../ui/external-link.tsx';

/** The references behind a step: title, publisher, the date the source shows, how sure it is. */
export function SourcesList({ ids }: { readonly ids: readonly SourceId[] }) {
  return (
    <ul className="sources">
      {ids.map((id) => {
        const source = SOURCES[id];
        return (
          <li key={id} data-source={id}>
            {source.url === undefined ? (
              <cite>{source.title}</cite>
            ) : (
              <ExternalLink href={source.url} newTabLabel={ui.app.newTab}>
                <cite>{source.title}</cite>
              </ExternalLink>
            )}
            {' — '}
            {source.publisher}
            {source.date === undefined
              ? null
              : `, ${fill(ui.source.date, { date: formatDay(source.date) })}`}
            {` (${ui.source.confidence[source.confidence]})`}
          </li>
        );
      })}
    </ul>
  );
}
