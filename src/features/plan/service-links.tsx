import type { ActionId } from '../../engine/index.ts';
import { ACTION_SERVICES, SERVICES } from '../../content/fr/services.ts';
import { ui } from '../../content/fr/ui.ts';
import { ExternalLink } from '../../ui/external-link.tsx';

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
          newTabLabel={ui.app.newTab}
          className="service-link"
        >
          {SERVICES[id].label}
        </ExternalLink>
      ))}
    </p>
  );
}
