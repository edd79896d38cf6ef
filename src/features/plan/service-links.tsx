import type { ActionId } from '../../engine/index.ts';
import { ACTION_SERVICES, SERVICES } from '../../content/services.ts';
import { ExternalLink } from '../../ui/external-link.tsx';
import { words } from '../../i18n/words.ts';

/** The official sites an action names (PHAROS, Take It Down…), as links a finger can hit. */
export function ServiceLinks({ action }: { readonly action: ActionId }) {
  const ids = ACTION_SERVICES[action] ?? [];
  if (ids.length === 0) return null;
  return (
    <p className="service-links">
      {ids.map((id) => (
        <ExternalLink
          key={id}
          href={SERVICES[id].url}
          newTabLabel={words.ui.app.newTab}
          className="service-link"
        >
          {words.plan.services[id]}
        </ExternalLink>
      ))}
    </p>
  );
}
