import { formatDay } from './format.ts';
import type { SourceId } from '../engine/index.ts';
import { SOURCES } from '../content/sources/index.ts';
import { fill } from '../i18n/voice.ts';
import { ExternalLink } from '../ui/external-link.tsx';
import { words } from '../i18n/words.ts';

/**
 * The references behind a step: title, publisher, the date the source shows, how sure it is. Titles
 * and publishers are French texts in every language (marked `lang="fr"` for screen readers).
 */
export function SourcesList({ ids }: { readonly ids: readonly SourceId[] }) {
  return (
    <ul className="sources">
      {ids.map((id) => {
        const source = SOURCES[id];
        return (
          <li key={id} data-source={id}>
            {source.url === undefined ? (
              <cite lang="fr">{source.title}</cite>
            ) : (
              <ExternalLink href={source.url} newTabLabel={words.ui.app.newTab}>
                <cite lang="fr">{source.title}</cite>
              </ExternalLink>
            )}
            {' — '}
            <span lang="fr">{source.publisher}</span>
            {source.date === undefined
              ? null
              : `, ${fill(words.screens.source.date, { date: formatDay(source.date) })}`}
            {` (${words.screens.source.confidence[source.confidence]})`}
          </li>
        );
      })}
    </ul>
  );
}
